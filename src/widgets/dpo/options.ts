// The DPO example's settings, as they appear in the URL, and how they map onto the engine's trainer.
// Shared by the widget and its tests, so both build exactly the same trainer.
import type { BanditPairOptions } from '../../lib/algorithms/trainers/bandit-pairs';

export const DPO_DEFAULTS = { seed: 1, lr: 0.5, beta: 0.5, tau: 0.5, method: 'dpo', mode: 'offline', step: 0 };
export type DpoState = typeof DPO_DEFAULTS;

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
