// The ICDPO example's settings, as they appear in the URL, their allowed ranges, and their mapping onto
// the engine's icdpoSelect. Shared by the widget and its tests.
import type { IcdpoOptions } from '../../lib';
import { SEED_FIELD } from '../shell/common-fields';
import type { FieldSpecs } from '../shell/fields';
import { fieldLabels } from '../shell/strings';
import { ICDPO_STRINGS } from './strings';

const L = fieldLabels(ICDPO_STRINGS);

// Seed 52 is the default because on it ICDPO does what the text says it usually does: on each prompt it
// picks the candidate with the highest hidden utility, where the plain likelihood picks a worse one.
// Seed 1 shows the failure the text explains (tests/unit/engine/icdpo-default.test.ts checks both).
export const ICDPO_DEFAULTS = { seed: 52, candidates: 6, alpha: 1.5 };
export type IcdpoState = typeof ICDPO_DEFAULTS;
export const MAX_CANDIDATES = 12;

export const ICDPO_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  candidates: { label: L.candidates, min: 2, max: MAX_CANDIDATES, integer: true },
  alpha: { label: L.alpha, min: 0, max: 5 },
};

export function icdpoOptions(state: IcdpoState): IcdpoOptions {
  return { seed: state.seed, candidates: state.candidates, alpha: state.alpha };
}
