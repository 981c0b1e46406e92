// Reader-visible strings of the page furniture (header, cite box, cover), in one place for translation.
// enhance.ts reads the ones it swaps at run time from data attributes, so they stay here too.
export const UI = {
  menu: 'Menu',
  closeMenu: 'Close menu',
  search: 'Search',
  darkTheme: 'Dark theme',
  toDark: 'Switch to the dark theme',
  toLight: 'Switch to the light theme',
  citeButton: 'Cite this page',
  citeWhat: 'What to cite',
  citeFormat: 'Format',
  citeShown: 'Showing',
  citeIntro:
    'Every format names this book’s version and the exact address, so whoever follows your citation finds the ' +
    'text you read. The access date is the day this copy of the site was built; change it to the day you read it.',
  citeSurvey: 'The survey this book follows',
  copy: 'Copy',
};
