// Reader-visible sentences of the widget shell, in one place for the translated edition.
import { plain, type FieldSpec } from './fields';

export function rangeText(spec: FieldSpec): string {
  const kind = spec.integer ? 'a whole number' : 'a number';
  return `${kind} from ${plain(spec.min)} to ${plain(spec.max)}`;
}

export const SHELL = {
  label: { seed: 'Seed', lr: 'Learning rate', step: 'Step' },
  fieldInvalid: (spec: FieldSpec, last: number) =>
    `${spec.label}: enter ${rangeText(spec)}. The last good value, ${plain(last)}, is kept.`,
  fieldInvalidStatus: (spec: FieldSpec) => `${spec.label} not changed: it must be ${rangeText(spec)}.`,
  urlClamped: (param: string, raw: string, spec: FieldSpec, used: number) =>
    `The link set ${param} to ${raw}, outside ${rangeText(spec)}; the nearest allowed value, ${plain(used)}, is used.`,
  urlNotANumber: (param: string, raw: string, used: number) =>
    `The link set ${param} to “${raw}”, which is not a number; the default, ${plain(used)}, is used.`,
  urlNotAChoice: (param: string, raw: string, used: string) =>
    `The link set ${param} to “${raw}”, which is not one of its choices; the default, “${used}”, is used.`,
  overflow: 'This learning rate makes the weights overflow; the last good step is kept.',
  overflowAt: (step: number) =>
    `This learning rate makes the weights overflow; the last good step (${step}) is kept. Lower it and train on.`,
  engineRefused: (why: string, step: number) =>
    `The engine refused this step (${why}); the last good step (${step}) is kept.`,
  ready: (step: number) => `Ready at step ${step}. Press Step or Play to train.`,
  reset: 'Reset to step 0 with the current settings.',
  settingsChanged: (key: string) => `Settings changed (${key}); training restarts from step 0.`,
  blocked: (why: string) => `Cannot train this combination: ${why}`,
  paused: (step: number) => `Paused at step ${step}.`,
  stepped: (step: number, message: string) => `Step ${step}: ${message}`,
  copied: 'Copied a link to this exact state.',
  copyFailed: (url: string) => `Could not copy; the link is ${url}`,
  stateLink: (url: string) => `This figure's state: ${url}`,
  noOwnData: 'This example does not take your own data.',
  dataRefused: (message: string) => `Your data was not used: ${message}`,
  dataLoaded: 'Your data is loaded; training restarts from step 0.',
  backToToyData: 'Back to the built-in toy data.',
  play: 'Play',
  pause: 'Pause',
};
