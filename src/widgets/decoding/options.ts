// The decoding example's settings as they appear in the URL (?decoding.temperature=…), their allowed
// ranges, and how they map onto the engine (data/decoding.ts). Shared by the markup, the widget and its
// tests.
import type { Locale } from '../../i18n/locales';
import type { DecodingOptions } from '../../lib/data/decoding';
import { labelledFields, type FieldRange } from '../fields/ranges';
import type { FieldSpecs } from '../shell/fields';
import { DECODING_STRINGS } from './strings';

export const DECODING_DEFAULTS = { seed: 1, temperature: 1, topK: 9, topP: 1, n: 4, prompt: 0, draw: 0 };
export type DecodingState = typeof DECODING_DEFAULTS;
export type DecodingKey = keyof DecodingState;

/** The base policy's logit scale: random enough that decoding choices visibly matter. */
export const BASE_SCALE = 1;
/** How many of the most likely replies the table lists. */
export const TOP_ROWS = 10;
/** Every reply of a prompt: 8 one-word, 64 two-word and 512 three-word replies (src/lib/world.ts). */
export const ALL_REPLIES = 8 + 64 + 512;

export const DECODING_RANGES: Record<DecodingKey, FieldRange> = {
  seed: { min: 0, max: 99999, integer: true },
  temperature: { min: 0.1, max: 5 },
  topK: { min: 1, max: 9, integer: true },
  topP: { min: 0.05, max: 1 },
  n: { min: 1, max: 16, integer: true },
  prompt: { min: 0, max: 2, integer: true },
  draw: { min: 0, max: 9999, integer: true },
};

export const decodingFields = (locale: Locale = 'en'): FieldSpecs =>
  labelledFields(DECODING_RANGES, DECODING_STRINGS[locale].fields);

export function decodingOptions(state: DecodingState): DecodingOptions {
  return { temperature: state.temperature, topK: state.topK, topP: state.topP };
}

/** The seed of the random draws shown under the tables (different from the base policy's). */
export function drawSeed(state: DecodingState): number {
  return state.seed + 100000 * (state.draw + 1);
}
