// The REINFORCE example's settings as they appear in the URL, their allowed ranges, and how they map onto
// the engine's trainer. Shared by the widget and its test, so both build exactly the same trainer.
import type { BanditReinforceOptions } from '../../lib/algorithms/trainers/bandit-reinforce';
import { LR_FIELD, SEED_FIELD } from '../shell/common-fields';
import type { FieldSpecs } from '../shell/fields';
import { fieldLabels } from '../shell/strings';
import { REINFORCE_STRINGS } from './strings';

const L = fieldLabels(REINFORCE_STRINGS);

export const REINFORCE_DEFAULTS = { seed: 1, lr: 0.5, samples: 8, offset: 0, step: 0 };
export type ReinforceState = typeof REINFORCE_DEFAULTS;

/**
 * The allowed range of every number setting, as the DPO example declares its own: the shell checks the
 * fields and the URL state against it (a refused field names the range, a link's value is clamped with a
 * note). The step's range is the shell's (MAX_STEP).
 */
export const REINFORCE_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  samples: { label: L.samples, min: 1, max: 64, integer: true },
  offset: { label: L.offset, min: -10, max: 10 },
};

export function reinforceOptions(state: ReinforceState): BanditReinforceOptions {
  return { seed: state.seed, lr: state.lr, samples: state.samples, offset: state.offset };
}
