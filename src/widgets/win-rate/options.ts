// The win-rate example's settings as they appear in the URL (?winrate.…), their allowed ranges, and the
// check shared by the widget and its test. The two policies are π(y) ∝ exp((u(y) + bonus·|y|)/τ) over all
// 584 replies of each prompt (feedback/bias.ts: tiltedPolicy): A is told to be brief, B is not.
import type { JudgeBias } from '../../lib/feedback/bias';
import { checkNumber, type NumberRange } from '../fields/check';

export const WIN_DEFAULTS = { tau: 0.5, bonusA: -1, bonusB: 0, verbosity: 1, position: 0, judgeNoise: 0.5 };
export type WinState = typeof WIN_DEFAULTS;
export type WinKey = keyof WinState;

export const WIN_RANGES: Record<WinKey, NumberRange> = {
  tau: { label: 'Policy temperature τ', min: 0.1, max: 5 },
  bonusA: { label: 'Length bonus of policy A', min: -2, max: 2 },
  bonusB: { label: 'Length bonus of policy B', min: -2, max: 2 },
  verbosity: { label: 'Judge verbosity bias', min: -3, max: 3 },
  position: { label: 'Judge position bias', min: -3, max: 3 },
  judgeNoise: { label: 'Judge noise', min: 0.05, max: 5 },
};

export function winJudge(state: WinState): JudgeBias {
  return { positionBias: state.position, verbosityBias: state.verbosity, noise: state.judgeNoise };
}

export function checkWinState(state: WinState): string | undefined {
  for (const key of Object.keys(WIN_RANGES) as WinKey[]) {
    const problem = checkNumber(state[key], WIN_RANGES[key]);
    if (problem) return problem;
  }
  return undefined;
}
