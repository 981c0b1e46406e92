// The decoding example's settings as they appear in the URL (?decoding.temperature=…), their allowed
// ranges, and how they map onto the engine (data/decoding.ts). Shared by the widget and its test.
import type { DecodingOptions } from '../../lib/data/decoding';
import { checkNumber, type NumberRange } from '../fields/check';

export const DECODING_DEFAULTS = { seed: 1, temperature: 1, topK: 9, topP: 1, n: 4, prompt: 0, draw: 0 };
export type DecodingState = typeof DECODING_DEFAULTS;
export type DecodingKey = keyof DecodingState;

/** The base policy's logit scale: random enough that decoding choices visibly matter. */
export const BASE_SCALE = 1;
/** How many of the most likely replies the table lists. */
export const TOP_ROWS = 10;

export const DECODING_RANGES: Record<DecodingKey, NumberRange> = {
  seed: { label: 'Seed', min: 0, max: 99999, integer: true },
  temperature: { label: 'Temperature', min: 0.1, max: 5 },
  topK: { label: 'Top-k', min: 1, max: 9, integer: true },
  topP: { label: 'Top-p', min: 0.05, max: 1 },
  n: { label: 'Samples per prompt N', min: 1, max: 16, integer: true },
  prompt: { label: 'The prompt', min: 0, max: 2, integer: true },
  draw: { label: 'The draw number', min: 0, max: 9999, integer: true },
};

export function decodingOptions(state: DecodingState): DecodingOptions {
  return { temperature: state.temperature, topK: state.topK, topP: state.topP };
}

/** The seed of the random draws shown under the tables (different from the base policy's). */
export function drawSeed(state: DecodingState): number {
  return state.seed + 100000 * (state.draw + 1);
}

export function checkDecodingState(state: DecodingState): [DecodingKey, string] | undefined {
  for (const key of Object.keys(DECODING_RANGES) as DecodingKey[]) {
    const problem = checkNumber(state[key], DECODING_RANGES[key]);
    if (problem) return [key, problem];
  }
  return undefined;
}
