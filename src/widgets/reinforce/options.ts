// The REINFORCE example's settings as they appear in the URL, their allowed ranges, and how they map onto
// the engine's trainer. Shared by the widget and its test, so both build exactly the same trainer.
import type { BanditReinforceOptions } from '../../lib/algorithms/trainers/bandit-reinforce';
import type { NumberRange } from '../fields/check';

export const REINFORCE_DEFAULTS = { seed: 1, lr: 0.5, samples: 8, offset: 0, step: 0 };
export type ReinforceState = typeof REINFORCE_DEFAULTS;

/** A link may ask for at most this many steps, so replaying it never takes more than a moment. */
export const MAX_STEPS = 2000;

export const REINFORCE_RANGES: Record<'seed' | 'lr' | 'samples' | 'offset' | 'step', NumberRange> = {
  seed: { label: 'Seed', min: 0, max: 99999, integer: true },
  lr: { label: 'Learning rate', min: 0.001, max: 5 },
  samples: { label: 'Samples per prompt N', min: 1, max: 64, integer: true },
  offset: { label: 'Reward offset c', min: -10, max: 10 },
  step: { label: 'The step in the link', min: 0, max: MAX_STEPS, integer: true },
};

export function reinforceOptions(state: ReinforceState): BanditReinforceOptions {
  return { seed: state.seed, lr: state.lr, samples: state.samples, offset: state.offset };
}
