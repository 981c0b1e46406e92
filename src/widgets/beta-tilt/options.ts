// The β-tilt example's settings as they appear in the URL (?tilt.beta=…&tilt.prompt=…&tilt.reference=…)
// and their allowed values, shared by the markup, the widget and its tests.
import type { Locale } from '../../i18n/locales';
import { TILT_REFERENCES, type TiltReference } from '../../lib/algorithms/trainers/bandit-tilt';
import { labelledFields, type FieldRange } from '../fields/ranges';
import type { FieldSpecs } from '../shell/fields';
import { TILT_STRINGS } from './strings';

export const TILT_DEFAULTS = { beta: 0.5, prompt: 0, reference: 'skewed' as string };
export type TiltState = typeof TILT_DEFAULTS;

export const TILT_RANGES: Record<'beta' | 'prompt', FieldRange> = {
  beta: { min: 0.05, max: 5 },
  prompt: { min: 0, max: 2, integer: true },
};

export const tiltFields = (locale: Locale = 'en'): FieldSpecs =>
  labelledFields(TILT_RANGES, TILT_STRINGS[locale].fields);

/** The β values of the curve under the table: a log-spaced grid over the slider's range. */
export const BETA_GRID = Array.from(
  { length: 49 },
  (_, i) => TILT_RANGES.beta.min * Math.pow(TILT_RANGES.beta.max / TILT_RANGES.beta.min, i / 48),
);

export function isReference(name: string): name is TiltReference {
  return Object.prototype.hasOwnProperty.call(TILT_REFERENCES, name);
}
