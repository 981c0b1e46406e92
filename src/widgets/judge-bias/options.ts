// The labeller example's settings as they appear in the URL (?judge.position=…), their allowed ranges,
// and the check shared by the widget and its test.
import type { JudgeBias } from '../../lib/feedback/bias';
import { checkNumber, type NumberRange } from '../fields/check';

export const JUDGE_DEFAULTS = { humanNoise: 1, position: 0.5, verbosity: 0.8, judgeNoise: 0.5, prompt: 0 };
export type JudgeState = typeof JUDGE_DEFAULTS;
export type JudgeKey = keyof JudgeState;

export const JUDGE_RANGES: Record<JudgeKey, NumberRange> = {
  humanNoise: { label: 'Human label noise', min: 0, max: 5 },
  position: { label: 'Judge position bias', min: -3, max: 3 },
  verbosity: { label: 'Judge verbosity bias', min: -3, max: 3 },
  judgeNoise: { label: 'Judge noise', min: 0.05, max: 5 },
  prompt: { label: 'The prompt', min: 0, max: 2, integer: true },
};

export function judgeBias(state: JudgeState): JudgeBias {
  return { positionBias: state.position, verbosityBias: state.verbosity, noise: state.judgeNoise };
}

export function checkJudgeState(state: JudgeState): string | undefined {
  for (const key of Object.keys(JUDGE_RANGES) as JudgeKey[]) {
    const problem = checkNumber(state[key], JUDGE_RANGES[key]);
    if (problem) return problem;
  }
  return undefined;
}
