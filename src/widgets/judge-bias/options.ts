// The labeller example's settings as they appear in the URL (?judge.position=…) and their allowed
// ranges, shared by the markup, the widget and its tests.
import type { Locale } from '../../i18n/locales';
import type { JudgeBias } from '../../lib/feedback/bias';
import { labelledFields, type FieldRange } from '../fields/ranges';
import type { FieldSpecs } from '../shell/fields';
import { JUDGE_STRINGS } from './strings';

export const JUDGE_DEFAULTS = { humanNoise: 1, position: 0.5, verbosity: 0.8, judgeNoise: 0.5, prompt: 0 };
export type JudgeState = typeof JUDGE_DEFAULTS;
export type JudgeKey = keyof JudgeState;

export const JUDGE_RANGES: Record<JudgeKey, FieldRange> = {
  humanNoise: { min: 0, max: 5 },
  position: { min: -3, max: 3 },
  verbosity: { min: -3, max: 3 },
  judgeNoise: { min: 0.05, max: 5 },
  prompt: { min: 0, max: 2, integer: true },
};

/** The toy's candidate pairs: three prompts, four candidates each, every unordered pair. */
export const CANDIDATE_PAIRS = 3 * 6;

export const judgeFields = (locale: Locale = 'en'): FieldSpecs =>
  labelledFields(JUDGE_RANGES, JUDGE_STRINGS[locale].fields);

export function judgeBias(state: JudgeState): JudgeBias {
  return { positionBias: state.position, verbosityBias: state.verbosity, noise: state.judgeNoise };
}
