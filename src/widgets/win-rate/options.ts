// The win-rate example's settings as they appear in the URL (?winrate.…) and their allowed ranges,
// shared by the markup, the widget and its tests. The two policies are π(y) ∝ exp((u(y) + bonus·|y|)/τ)
// over all 584 replies of each prompt (feedback/bias.ts: tiltedPolicy): A is told to be brief, B is not.
import type { Locale } from '../../i18n/locales';
import type { JudgeBias } from '../../lib/feedback/bias';
import { labelledFields, type FieldRange } from '../fields/ranges';
import type { FieldSpecs } from '../shell/fields';
import { WIN_STRINGS } from './strings';

export const WIN_DEFAULTS = { tau: 0.5, bonusA: -1, bonusB: 0, verbosity: 1, position: 0, judgeNoise: 0.5 };
export type WinState = typeof WIN_DEFAULTS;
export type WinKey = keyof WinState;

export const WIN_RANGES: Record<WinKey, FieldRange> = {
  tau: { min: 0.1, max: 5 },
  bonusA: { min: -2, max: 2 },
  bonusB: { min: -2, max: 2 },
  verbosity: { min: -3, max: 3 },
  position: { min: -3, max: 3 },
  judgeNoise: { min: 0.05, max: 5 },
};

export const winFields = (locale: Locale = 'en'): FieldSpecs => labelledFields(WIN_RANGES, WIN_STRINGS[locale].fields);

export function winJudge(state: WinState): JudgeBias {
  return { positionBias: state.position, verbosityBias: state.verbosity, noise: state.judgeNoise };
}
