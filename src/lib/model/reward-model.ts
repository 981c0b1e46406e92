// The learned reward model r_φ(x, y) and PPO's critic.
//
// RewardModel: a linear scalar head on hand-made reply features — which of the eight words appear,
// and the reply's length. It cannot see the prompt's topic bonus in the hidden utility, so, like real
// reward models, it is right on average and wrong in places: a policy that optimises it too hard
// drifts away from what the hidden utility wants (the lab's over-optimisation preset).
//
// ValueHead: V(s) for the autoregressive policy's states, one number per (prompt, previous word)
// context — a tabular critic.
import { tf, type Tensor1D, type Variable } from '../tf';
import type { Reply } from '../world';
import { linearScore, replyFeatures, RM_FEATURES } from './features';

export { linearScore, replyFeatures, RM_FEATURES };
import { AutoregressivePolicy } from './policy';
import { NonFiniteStepError, type EncodedBatch } from './tabular';
import { engineError } from '../errors';

const F = RM_FEATURES.length;

export class RewardModel {
  readonly weights: Variable;
  constructor(init?: number[]) {
    this.weights = tf.variable(tf.tensor1d(init ?? new Array(F).fill(0)));
  }
  /** Feature matrix of a batch of replies, [B, F] (a constant). */
  features(replies: Reply[]) {
    if (replies.length === 0)
      throw engineError('empty-data', 'RewardModel', { what: 'replies' }, 'the batch of replies is empty');
    return tf.tensor2d(replies.map(replyFeatures));
  }
  /** r_φ for each row of a feature matrix; differentiable in the weights. */
  score(features: tf.Tensor2D): Tensor1D {
    return tf.tidy(() => tf.reshape(tf.matMul(features, tf.reshape(this.weights, [-1, 1])), [-1]) as Tensor1D);
  }
  /** Scores as plain numbers. */
  scoreReplies(replies: Reply[]): number[] {
    return tf.tidy(() => Array.from(this.score(this.features(replies)).dataSync()));
  }
  values(): number[] {
    return Array.from(this.weights.dataSync());
  }
  dispose() {
    this.weights.dispose();
  }
}

export class ValueHead {
  readonly weights: Variable;
  constructor() {
    this.weights = tf.variable(tf.zeros([AutoregressivePolicy.contexts]));
  }
  /** V at every real token position of a batch, in sequence order, [N]; differentiable in the weights. */
  values(batch: EncodedBatch, weights: tf.Tensor = this.weights): Tensor1D {
    return tf.tidy(() => {
      const padded = tf.matMul(batch.ctx, tf.reshape(weights, [-1, 1])); // [B·T, 1]
      return tf.reshape(tf.matMul(batch.tokens(), padded), [-1]) as Tensor1D;
    });
  }
  dispose() {
    this.weights.dispose();
  }

  /**
   * One gradient step of mean_t (V(c_t) − R_t)² over the tokens whose contexts are `ctx`, in closed
   * form: ∂/∂V[c] = (2/N) Σ_{t: c_t = c} (V[c] − R_t). Returns the loss before the step; refuses a step
   * that would leave non-finite values (NonFiniteStepError), keeping the last good values.
   */
  fitReturns(ctx: ArrayLike<number>, returns: ArrayLike<number>, lr: number): number {
    const v = this.weights.dataSync() as Float32Array;
    const grad = new Float64Array(v.length);
    const n = returns.length;
    let loss = 0;
    for (let t = 0; t < n; t++) {
      const e = v[ctx[t]] - returns[t];
      loss += e * e;
      grad[ctx[t]] += (2 * e) / n;
    }
    const next = new Float32Array(v.length);
    for (let c = 0; c < v.length; c++) {
      next[c] = v[c] - lr * grad[c];
      if (!Number.isFinite(next[c])) throw new NonFiniteStepError('critic');
    }
    tf.tidy(() => this.weights.assign(tf.tensor1d(next)));
    return loss / n;
  }
}
