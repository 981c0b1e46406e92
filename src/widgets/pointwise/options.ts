// The point-wise example's settings, as they appear in the URL, and how they map onto the engine's
// trainer. Shared by the widget and its tests, so both build exactly the same trainer.
import type { PointwiseMethod, PointwiseOptions } from '../../lib/algorithms/trainers/policy-trainers';
import type { Sample } from '../../lib/model/policy';

export const POINTWISE_DEFAULTS = { seed: 1, lr: 0.5, method: 'sft', n: 4, step: 0 };
export type PointwiseState = typeof POINTWISE_DEFAULTS;

/** Short names of the three prompts, for the samples table (the full texts are listed under it). */
export const PROMPT_NAMES = ['password', 'gift', 'book'];

export const POINTWISE_METHODS: Record<PointwiseMethod, string> = { sft: 'SFT', rft: 'RFT', raft: 'RAFT', remax: 'ReMax' };
/** Whether a method draws n samples per prompt (the others use one demonstration or one sample). */
export const USES_N: Record<PointwiseMethod, boolean> = { sft: false, rft: true, raft: true, remax: false };

export function pointwiseMethod(state: PointwiseState): PointwiseMethod {
  return (Object.keys(POINTWISE_METHODS) as PointwiseMethod[]).includes(state.method as PointwiseMethod) ? (state.method as PointwiseMethod) : 'sft';
}

/**
 * The engine's options for a state. Out-of-range values typed into the number fields are brought
 * back into the fields' own ranges (n: a whole number 1–16; lr: 0.001–5), so a half-typed value never
 * stops the example; `demos` (the reader's demonstrations) are used by SFT only.
 */
export function pointwiseOptions(state: PointwiseState, demos?: Sample[]): PointwiseOptions {
  const clamp = (v: number, lo: number, hi: number, fallback: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback);
  const method = pointwiseMethod(state);
  return {
    seed: state.seed,
    lr: clamp(state.lr, 0.001, 5, POINTWISE_DEFAULTS.lr),
    method,
    n: Math.round(clamp(state.n, 1, 16, POINTWISE_DEFAULTS.n)),
    demos: method === 'sft' ? demos : undefined,
  };
}
