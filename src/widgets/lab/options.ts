// The lab's state, as it appears in the URL, its presets, and how it maps onto the engine's composer.
// Shared by the widget and its tests.
import type { LabChoice } from '../../lib';
import { LR_FIELD, SEED_FIELD } from '../shell/common-fields';
import type { FieldSpec, FieldSpecs } from '../shell/fields';
import { fieldLabels } from '../shell/strings';
import { LAB_STRINGS } from './strings';

export const LAB_DEFAULTS = {
  seed: 1,
  lr: 1,
  step: 0,
  model: 'autoregressive',
  reference: true,
  data: 'off-policy',
  feedback: 'human',
  algorithm: 'dpo',
  beta: 0.5,
  noise: 1,
  n: 4,
  positionBias: 0,
  verbosityBias: 0,
  rmPairs: 30,
};
export type LabState = typeof LAB_DEFAULTS;

const L = fieldLabels(LAB_STRINGS);
/** The allowed range of every number setting; β's minimum depends on the algorithm (labBetaField). */
export const LAB_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  beta: { label: L.beta, min: 0.001, max: 5 },
  noise: { label: L.noise, min: 0, max: 5 },
  n: { label: L.n, min: 2, max: 16, integer: true },
  positionBias: { label: L.positionBias, min: -3, max: 3 },
  verbosityBias: { label: L.verbosityBias, min: -3, max: 3 },
  rmPairs: { label: L.rmPairs, min: 1, max: 60, integer: true },
};

/** Algorithms whose β weighs a KL penalty (not a temperature inside the loss), so β = 0 is allowed. */
export const KL_PENALTY_ALGORITHMS: readonly string[] = ['ppo', 'grpo'];

export function labBetaField(algorithm: string): FieldSpec {
  return KL_PENALTY_ALGORITHMS.includes(algorithm) ? { ...LAB_FIELDS.beta, min: 0 } : LAB_FIELDS.beta;
}

export function labChoice(s: LabState): LabChoice {
  return {
    model: s.model as LabChoice['model'],
    reference: Boolean(s.reference),
    data: s.data as LabChoice['data'],
    feedback: s.feedback as LabChoice['feedback'],
    algorithm: s.algorithm as LabChoice['algorithm'],
    seed: s.seed,
    lr: s.lr,
    beta: s.beta,
    noise: s.noise,
    n: s.n,
    positionBias: s.positionBias,
    verbosityBias: s.verbosityBias,
  };
}

/** Failure-mode presets: each a full state, reproducible from its seed; tests assert each effect's direction. */
/** Their titles and explanations are the lab's dictionaries' (strings.ts, `preset`). */
export const PRESETS: Array<{ id: string; state: Partial<LabState> }> = [
  {
    id: 'over-optimisation',
    state: {
      model: 'autoregressive',
      data: 'on-policy',
      feedback: 'reward-model',
      algorithm: 'ppo',
      beta: 0.001,
      lr: 2,
      rmPairs: 2,
      seed: 1,
    },
  },
  {
    id: 'verbosity',
    state: {
      model: 'autoregressive',
      data: 'on-policy',
      feedback: 'judge',
      algorithm: 'dpo',
      beta: 0.5,
      verbosityBias: 1,
      seed: 1,
    },
  },
  {
    id: 'displacement',
    state: {
      model: 'bandit',
      data: 'off-policy',
      feedback: 'human',
      algorithm: 'dpo',
      beta: 0.5,
      lr: 0.5,
      noise: 0,
      seed: 3,
    },
  },
  {
    id: 'off-policy-drift',
    state: { model: 'autoregressive', data: 'off-policy', feedback: 'human', algorithm: 'dpo', beta: 0.5, seed: 1 },
  },
];
