// The β-tilt example's settings as they appear in the URL (?tilt.beta=…&tilt.prompt=…&tilt.reference=…),
// their allowed values, and the check shared by the widget and its test.
import { TILT_REFERENCES, type TiltReference } from '../../lib/algorithms/trainers/bandit-tilt';
import { checkNumber, type NumberRange } from '../fields/check';

export const TILT_DEFAULTS = { beta: 0.5, prompt: 0, reference: 'skewed' as string };
export type TiltState = typeof TILT_DEFAULTS;

export const TILT_RANGES: Record<'beta' | 'prompt', NumberRange> = {
  beta: { label: 'β', min: 0.05, max: 5 },
  prompt: { label: 'The prompt', min: 0, max: 2, integer: true },
};

/** The β values of the curve under the table: a log-spaced grid over the slider's range. */
export const BETA_GRID = Array.from(
  { length: 49 },
  (_, i) => TILT_RANGES.beta.min * Math.pow(TILT_RANGES.beta.max / TILT_RANGES.beta.min, i / 48),
);

export function isReference(name: string): name is TiltReference {
  return Object.prototype.hasOwnProperty.call(TILT_REFERENCES, name);
}

/** Why a state cannot be shown, as a sentence; undefined when it can. */
export function checkTiltState(state: TiltState): string | undefined {
  for (const key of ['beta', 'prompt'] as const) {
    const problem = checkNumber(state[key], TILT_RANGES[key]);
    if (problem) return problem;
  }
  if (!isReference(state.reference)) return `The reference must be one of: ${Object.keys(TILT_REFERENCES).join(', ')}.`;
  return undefined;
}
