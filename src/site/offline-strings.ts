// Reader-visible strings of the offline/update machinery, in one place for translation.
export const UPDATE_STRINGS = {
  available: 'A new version is available —',
  reload: 'reload',
  reloadLabel: 'Reload to read the new version',
  dismiss: 'Later',
  dismissLabel: 'Keep reading this version for now',
};
