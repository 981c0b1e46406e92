// The RLHF example's settings, as they appear in the URL, and their mapping onto the engine's trainers.
// Shared by the widgets and their tests.
import type { Pair } from '../../lib/data';
import type { PpoOptions, RewardModelOptions, Scorer } from '../../lib/algorithms/trainers';

export const RM_DEFAULTS = { seed: 1, lr: 1, loss: 'bradley-terry', pairs: 12, step: 0 };
export type RmState = typeof RM_DEFAULTS;

export function rewardModelOptions(state: RmState, pairs?: Pair[]): RewardModelOptions {
  return { seed: state.seed, lr: state.lr, pairsPerPrompt: state.pairs, loss: state.loss === 'binary' ? 'binary' : 'bradley-terry', pairs };
}

export const PPO_DEFAULTS = { seed: 1, lr: 1, klBeta: 0.05, clipEps: 0.2, epochs: 2, lambda: 0.95, mode: 'online', reward: 'rm', step: 0 };
export type PpoState = typeof PPO_DEFAULTS;

/** `score` is the stage-1 reward model (trainRewardScorer(seed)) or the hidden utility. */
export function ppoOptions(state: PpoState, score?: Scorer): PpoOptions {
  return {
    seed: state.seed, lr: state.lr, klBeta: state.klBeta, clipEps: state.clipEps, epochs: state.epochs,
    lambda: state.lambda, gamma: 1, mode: state.mode === 'offline' ? 'offline' : 'online',
    score: state.reward === 'rm' ? score : undefined,
  };
}
