// The point-wise example's settings, as they appear in the URL, and how they map onto the engine's
// trainer. Shared by the widget and its tests, so both build exactly the same trainer.
import type { PointwiseMethod, PointwiseOptions, Sample } from '../../lib';
import { LR_FIELD, SEED_FIELD } from '../shell/common-fields';
import type { FieldSpecs } from '../shell/fields';
import { fieldLabels } from '../shell/strings';
import { POINTWISE_STRINGS } from './strings';

export const POINTWISE_DEFAULTS = { seed: 1, lr: 0.5, method: 'sft', n: 4, step: 0 };
export type PointwiseState = typeof POINTWISE_DEFAULTS;
export const POINTWISE_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  n: { label: fieldLabels(POINTWISE_STRINGS).n, min: 1, max: 16, integer: true },
};

export const POINTWISE_METHODS: Record<PointwiseMethod, string> = {
  sft: 'SFT',
  rft: 'RFT',
  raft: 'RAFT',
  remax: 'ReMax',
};
/** Whether a method draws n samples per prompt (the others use one demonstration or one sample). */
export const USES_N: Record<PointwiseMethod, boolean> = { sft: false, rft: true, raft: true, remax: false };

export function pointwiseMethod(state: PointwiseState): PointwiseMethod {
  const known = (Object.keys(POINTWISE_METHODS) as PointwiseMethod[]).includes(state.method as PointwiseMethod);
  return known ? (state.method as PointwiseMethod) : 'sft';
}

/**
 * The engine's options for a state. The widget's shell only lets values inside POINTWISE_FIELDS into
 * the state (typed or from a link), so they pass through unchanged; `demos` (the reader's
 * demonstrations) are used by SFT only.
 */
export function pointwiseOptions(state: PointwiseState, demos?: Sample[]): PointwiseOptions {
  const method = pointwiseMethod(state);
  return { seed: state.seed, lr: state.lr, method, n: state.n, demos: method === 'sft' ? demos : undefined };
}
