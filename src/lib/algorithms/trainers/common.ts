// Shared pieces of the trainers: one gradient-descent step on a logit table, and exact quantities of
// the toy world (expected utility, KL to the reference, the KL-regularised optimum of the bandit).
import { tf, type Scalar, type Tensor, type Tensor2D, type Variable } from '../../tf';
import { exactDistribution, exactKl } from '../../model/policy';
import type { LogitTable } from '../../model/tabular';
import { klDivergence } from '../../maths';
import { CANDIDATES, K, P, utility } from '../../world';
import { engineError, rangeError } from '../../errors';

/**
 * Computes loss(weights), takes one autodiff step w ← w − lr·∇loss and returns the loss value. No trainer
 * steps this way any more (they apply equation (1) in closed form); `npm run bench` times it as the
 * before-and-after baseline, and the tests' oracle is the same autodiff of the contract losses.
 */
export function descendVariable<T extends Tensor>(
  variable: Variable,
  loss: (weights: T) => Scalar,
  lr: number,
): number {
  if (!(lr > 0) || !Number.isFinite(lr))
    throw rangeError('trainer', 'lr', lr, { min: 0, exclusiveMin: true }, `lr must be a finite number > 0, got ${lr}`);
  return tf.tidy(() => {
    const { value, grad } = tf.valueAndGrad(loss)(variable as unknown as T);
    const v = value.dataSync()[0];
    if (!Number.isFinite(v))
      throw engineError('non-finite-step', 'trainer', {}, `the loss became ${v}; lower the learning rate`);
    variable.assign(tf.sub(variable, tf.mul(grad, lr)));
    return v;
  });
}

export function descend(table: LogitTable, loss: (weights: Tensor2D) => Scalar, lr: number): number {
  return descendVariable<Tensor2D>(table.weights, loss, lr);
}

/** Mean over prompts of the exact expected hidden utility of an autoregressive policy's table. */
export function expectedUtility(probs: ArrayLike<number>): number {
  let total = 0;
  for (let p = 0; p < P; p++) {
    const { replies, p: prob } = exactDistribution(probs, p);
    replies.forEach((r, i) => (total += prob[i] * utility(p, r)));
  }
  return total / P;
}

/** Mean over prompts of the exact KL(π ‖ π_ref). */
export function meanKl(probs: ArrayLike<number>, refProbs: ArrayLike<number>): number {
  let total = 0;
  for (let p = 0; p < P; p++) total += exactKl(probs, refProbs, p);
  return total / P;
}

/** Bandit: expected hidden utility of the candidate distribution, averaged over prompts. */
export function banditUtility(probs: ArrayLike<number>): number {
  let total = 0;
  for (let p = 0; p < P; p++) for (let k = 0; k < K; k++) total += probs[p * K + k] * utility(p, CANDIDATES[p][k]);
  return total / P;
}

/**
 * π*(y|x) ∝ π_ref(y|x)·exp(r(x,y)/β): the optimum of the KL-regularised objective, per prompt. At β = 0
 * (no KL penalty) it is the limit: π_ref renormalised over the replies of highest reward.
 */
export function banditOptimum(
  refProbs: ArrayLike<number>,
  reward: (prompt: number, k: number) => number,
  beta: number,
): number[][] {
  return [...Array(P).keys()].map((p) => {
    const r = [...Array(K).keys()].map((k) => reward(p, k));
    const top = Math.max(...r);
    // Shifted by the top reward, so exp never overflows for small β.
    const w = r.map((v, k) => refProbs[p * K + k] * (beta > 0 ? Math.exp((v - top) / beta) : v === top ? 1 : 0));
    const z = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / z);
  });
}

/** Total-variation distance between two distributions per prompt, averaged over prompts. */
export function meanTv(a: number[][], b: number[][]): number {
  return a.reduce((s, row, p) => s + 0.5 * row.reduce((t, v, k) => t + Math.abs(v - b[p][k]), 0), 0) / a.length;
}

export function rows(probs: ArrayLike<number>, width: number): number[][] {
  return [...Array(probs.length / width).keys()].map((r) =>
    Array.from({ length: width }, (_, c) => probs[r * width + c]),
  );
}

/** Mean over prompts of KL(π ‖ π_ref) over the bandit's K candidates, exactly. */
export function banditKl(probs: ArrayLike<number>, refProbs: ArrayLike<number>): number {
  let kl = 0;
  for (let p = 0; p < P; p++) kl += klDivergence(probs, refProbs, p * K, p * K + K);
  return kl / P;
}

export { sigmoid } from '../../maths';

/** What a step throws when it would leave non-finite weights (the weights are kept as they were). */
export { NonFiniteStepError } from '../../model/tabular';
