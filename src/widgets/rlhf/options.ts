// The RLHF example's settings, as they appear in the URL, their allowed ranges, and their mapping onto
// the engine's trainers. Shared by the widgets and their tests.
import type { Pair, PpoOptions, RewardModelOptions, Scorer } from '../../lib';
import { LR_FIELD, SEED_FIELD } from '../shell/common-fields';
import type { FieldSpecs } from '../shell/fields';
import { fieldLabels } from '../shell/strings';
import { RLHF_STRINGS } from './strings';

const L = fieldLabels(RLHF_STRINGS);

export const RM_DEFAULTS = { seed: 1, lr: 1, loss: 'bradley-terry', pairs: 12, step: 0 };
export type RmState = typeof RM_DEFAULTS;
export const RM_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  pairs: { label: L.pairs, min: 2, max: 60, integer: true },
};

export function rewardModelOptions(state: RmState, pairs?: Pair[]): RewardModelOptions {
  const loss = state.loss === 'binary' ? 'binary' : 'bradley-terry';
  return { seed: state.seed, lr: state.lr, pairsPerPrompt: state.pairs, loss, pairs };
}

export const PPO_DEFAULTS = {
  seed: 1,
  lr: 1,
  klBeta: 0.05,
  clipEps: 0.2,
  epochs: 2,
  lambda: 0.95,
  mode: 'online',
  reward: 'rm',
  step: 0,
};
export type PpoState = typeof PPO_DEFAULTS;
/** β weighs the KL penalty in the shaped reward, so β = 0 (no penalty) is a legitimate setting. */
export const PPO_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  klBeta: { label: L.klBeta, min: 0, max: 2 },
  clipEps: { label: L.clipEps, min: 0.01, max: 1 },
  epochs: { label: L.epochs, min: 1, max: 8, integer: true },
  lambda: { label: L.lambda, min: 0, max: 1 },
};

/** `score` is the stage-1 reward model (trainRewardScorer(seed)) or the hidden utility. */
export function ppoOptions(state: PpoState, score?: Scorer): PpoOptions {
  return {
    seed: state.seed,
    lr: state.lr,
    klBeta: state.klBeta,
    clipEps: state.clipEps,
    epochs: state.epochs,
    lambda: state.lambda,
    gamma: 1,
    mode: state.mode === 'offline' ? 'offline' : 'online',
    score: state.reward === 'rm' ? score : undefined,
  };
}
