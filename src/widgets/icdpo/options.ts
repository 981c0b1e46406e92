// The ICDPO example's settings, as they appear in the URL, their check, and their mapping onto the
// engine's icdpoSelect. Shared by the widget and its tests.
import type { IcdpoOptions } from '../../lib/algorithms/trainers/icdpo';

// Seed 52 is the default because on it ICDPO does what the text says it usually does: on each prompt it
// picks the candidate with the highest hidden utility, where the plain likelihood picks a worse one.
// Seed 1 shows the failure the text explains (tests/unit/engine/icdpo-default.test.ts checks both).
export const ICDPO_DEFAULTS = { seed: 52, candidates: 6, alpha: 1.5 };
export type IcdpoState = typeof ICDPO_DEFAULTS;
export const MAX_CANDIDATES = 12;

/** A message naming the first bad setting, or null when the settings can be run. */
export function checkIcdpoState(state: IcdpoState): string | null {
  if (!Number.isInteger(state.seed) || state.seed < 0 || state.seed > 99999) return `Seed must be a whole number from 0 to 99999, got ${state.seed}.`;
  if (!Number.isInteger(state.candidates) || state.candidates < 2 || state.candidates > MAX_CANDIDATES) return `Candidates must be a whole number from 2 to ${MAX_CANDIDATES}, got ${state.candidates}.`;
  if (!Number.isFinite(state.alpha) || state.alpha < 0 || state.alpha > 5) return `α must be a number from 0 to 5, got ${state.alpha}.`;
  return null;
}

export function icdpoOptions(state: IcdpoState): IcdpoOptions {
  return { seed: state.seed, candidates: state.candidates, alpha: state.alpha };
}
