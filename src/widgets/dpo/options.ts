// The DPO example's settings, as they appear in the URL, their allowed ranges, and how they map onto
// the engine's trainer. Shared by the widget and its tests, so both build exactly the same trainer.
import type { BanditPairOptions } from '../../lib';
import { LR_FIELD, SEED_FIELD } from '../shell/common-fields';
import type { FieldSpecs } from '../shell/fields';
import { fieldLabels } from '../shell/strings';
import { DPO_STRINGS } from './strings';

const L = fieldLabels(DPO_STRINGS);

export const DPO_DEFAULTS = { seed: 1, lr: 0.5, beta: 0.5, tau: 0.5, method: 'dpo', mode: 'offline', step: 0 };
export type DpoState = typeof DPO_DEFAULTS;

/** The allowed range of every number setting: the fields, their messages and the URL check use it. */
export const DPO_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  beta: { label: L.beta, min: 0.05, max: 2 },
  tau: { label: L.tau, min: 0.05, max: 5 },
};

export function dpoOptions(state: DpoState, pairs?: BanditPairOptions['pairs']): BanditPairOptions {
  return {
    seed: state.seed,
    lr: state.lr,
    beta: state.beta,
    tau: state.tau,
    method: state.method === 'ipo' ? 'ipo' : 'dpo',
    mode: state.mode === 'online' ? 'online' : 'offline',
    noise: 1,
    pairs,
  };
}
