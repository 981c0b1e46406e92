// The models of the toy world are tables of logits: one row per context, one column per output.
//   - The autoregressive policy: context = (prompt, previous word or start), output = next word or <end>.
//   - The bandit policy: context = prompt, output = one of K fixed candidate replies.
// Both compute log-probabilities of a batch of sequences with the same four tensor ops (one-hot
// context matrix × table, log-softmax, one-hot target selection, a sum over each padded row): the
// differentiable path the unit tests use as the autodiff oracle. The trainers themselves read float64
// log-probabilities (logProbs) and step with the closed-form update (applyDeltas).
import type { Rank } from '@tensorflow/tfjs-core';
import { tf, type Tensor1D, type Tensor2D, type Variable } from '../tf';
import type { Rng } from '../random';
import { EngineError } from '../errors';

export interface Position {
  ctx: number;
  out: number;
}

/**
 * A batch of sequences laid out as B rows of T positions (T = the longest sequence), as constant 0/1
 * matrices. Padding positions have all-zero rows, so they add exactly 0 to a sequence's log-probability.
 */
export interface EncodedBatch {
  /** [B·T, C] one-hot context of every position (zero rows for padding). */
  ctx: Tensor2D;
  /** [B·T, V] one-hot output of every position (zero rows for padding). */
  tgt: Tensor2D;
  rows: number;
  width: number;
  /** Positions per sequence (how many tokens each sequence has). */
  lengths: number[];
  /** The positions themselves, for reading per-token numbers back. */
  positions: Position[][];
  /** [N, B·T] picks the N real tokens out of the padded layout (built on first use). */
  tokens(): Tensor2D;
  dispose(): void;
}

export function encode(sequences: Position[][], contexts: number, outputs: number): EncodedBatch {
  if (sequences.length === 0) throw new Error('encode: the batch is empty');
  const width = Math.max(...sequences.map((s) => s.length));
  const rows = sequences.length;
  const ctx = new Float32Array(rows * width * contexts);
  const tgt = new Float32Array(rows * width * outputs);
  sequences.forEach((seq, b) => {
    seq.forEach((p, t) => {
      if (!(p.ctx >= 0 && p.ctx < contexts)) throw new Error(`encode: context ${p.ctx} is outside 0..${contexts - 1}`);
      if (!(p.out >= 0 && p.out < outputs)) throw new Error(`encode: output ${p.out} is outside 0..${outputs - 1}`);
      ctx[(b * width + t) * contexts + p.ctx] = 1;
      tgt[(b * width + t) * outputs + p.out] = 1;
    });
  });
  let select: Tensor2D | undefined;
  const batch: EncodedBatch = {
    ctx: tf.tensor2d(ctx, [rows * width, contexts]),
    tgt: tf.tensor2d(tgt, [rows * width, outputs]),
    rows,
    width,
    lengths: sequences.map((s) => s.length),
    positions: sequences,
    tokens() {
      if (!select) {
        const n = sequences.reduce((a, s) => a + s.length, 0);
        const m = new Float32Array(n * rows * width);
        let i = 0;
        sequences.forEach((seq, b) => seq.forEach((_, t) => (m[i++ * rows * width + b * width + t] = 1)));
        // Built lazily, often inside a tf.tidy: keep it alive until the batch is disposed.
        select = tf.keep(tf.tensor2d(m, [n, rows * width]));
      }
      return select;
    },
    dispose() {
      tf.dispose([batch.ctx, batch.tgt, ...(select ? [select] : [])]);
    },
  };
  return batch;
}

/**
 * Thrown when an update would leave non-finite weights. The table is left as it was (the last good
 * step is kept), so a page can show the message and carry on with a smaller learning rate.
 */
export class NonFiniteStepError extends EngineError {
  constructor(where: string) {
    super(
      'non-finite-step',
      { fn: where },
      `${where}: this learning rate makes the weights overflow; the last good step is kept`,
    );
    this.name = 'NonFiniteStepError';
  }
}

/**
 * Token positions of a batch of sequences as flat integer arrays: token i sits at context ctx[i] and
 * emits out[i]; sequence b owns tokens start[b] .. start[b + 1] − 1. The closed-form update reads these.
 */
export interface FlatTokens {
  ctx: Int32Array;
  out: Int32Array;
  start: Int32Array;
  count: number;
}

export function flatTokens(sequences: Position[][]): FlatTokens {
  let n = 0;
  for (const s of sequences) n += s.length;
  const ctx = new Int32Array(n);
  const out = new Int32Array(n);
  const start = new Int32Array(sequences.length + 1);
  let i = 0;
  sequences.forEach((seq, b) => {
    start[b] = i;
    for (const p of seq) {
      ctx[i] = p.ctx;
      out[i++] = p.out;
    }
  });
  start[sequences.length] = n;
  return { ctx, out, start, count: sequences.length };
}

/** A table of logits with an optional additive mask (−1e9 where an output is not allowed). */
export class LogitTable {
  readonly weights: Variable<Rank.R2>;
  private readonly maskAdd: Tensor2D | undefined;
  private readonly maskValues: Float32Array | undefined;

  constructor(
    readonly contexts: number,
    readonly outputs: number,
    init: Float32Array,
    mask?: Float32Array,
  ) {
    this.weights = tf.variable(tf.tensor2d(init, [contexts, outputs]));
    this.maskAdd = mask ? tf.keep(tf.tensor2d(mask, [contexts, outputs])) : undefined;
    this.maskValues = mask ? Float32Array.from(mask) : undefined;
  }

  /**
   * log π(v | c) for every context and output, in float64 plain JS (max-shifted log-softmax of the
   * masked logits): what the closed-form trainers read their log-probabilities from.
   */
  logProbs(weights: Float32Array = this.weights.dataSync() as Float32Array): Float64Array {
    const m = this.maskValues;
    const V = this.outputs;
    const out = new Float64Array(weights.length);
    for (let c = 0; c < this.contexts; c++) {
      const o = c * V;
      let max = -Infinity;
      for (let v = 0; v < V; v++) {
        const x = weights[o + v] + (m ? m[o + v] : 0);
        out[o + v] = x;
        if (x > max) max = x;
      }
      let z = 0;
      for (let v = 0; v < V; v++) z += Math.exp(out[o + v] - max);
      const lse = max + Math.log(z);
      for (let v = 0; v < V; v++) out[o + v] -= lse;
    }
    return out;
  }

  /**
   * π(v | c) for every context and output (row-major [C, V]), as exp of logProbs(), stored in float32.
   * Plain JS rather than tf.softmax: on this table (a few hundred rows of nine) TF.js's softmax, five
   * kernels each allocating a tensor, took 8–17 ms a call in Node against 0.5–2 ms here, and every step
   * and every sample reads the table once; the first call of it was most of a widget's start in the
   * browser. Computed in float64 and rounded once, it is within float32 rounding of the softmax.
   */
  probabilitiesOf(weights: Float32Array): Float32Array {
    return Float32Array.from(this.logProbs(weights), Math.exp);
  }

  /**
   * The survey's equation (1) as the update, in closed form:
   *
   *     W ← W + scale · Σ_i δ_i (e_{out_i} − π(·|ctx_i))     (the rows ctx_i of W)
   *
   * because ∂ log softmax(W[c])[o] / ∂W[c] = e_o − softmax(W[c]) for the tabular softmax. `delta`
   * holds one δ per token (or one per sequence with `perSequence`, spread over its tokens); `scale`
   * is η/B. Cost: one pass over the tokens plus one over the table, in float64 — no tensors, no
   * autodiff (the unit tests compare this with TF.js autodiff of the losses). The result is written
   * back as float32; if any weight would be non-finite nothing is written and NonFiniteStepError is
   * thrown. `logp` is this table's logProbs() at the current weights (passed in when already computed).
   */
  applyDeltas(
    tokens: FlatTokens,
    delta: ArrayLike<number>,
    scale: number,
    perSequence: boolean,
    logp = this.logProbs(),
  ) {
    const V = this.outputs;
    const hits = new Float64Array(this.contexts * V); // Σ δ at (c, o)
    const mass = new Float64Array(this.contexts); // Σ δ at c
    for (let b = 0; b < tokens.count; b++) {
      for (let i = tokens.start[b]; i < tokens.start[b + 1]; i++) {
        const d = perSequence ? delta[b] : delta[i];
        const c = tokens.ctx[i];
        hits[c * V + tokens.out[i]] += d;
        mass[c] += d;
      }
    }
    const w = this.weights.dataSync() as Float32Array;
    const next = new Float32Array(w.length);
    for (let c = 0; c < this.contexts; c++) {
      const o = c * V;
      const s = mass[c];
      for (let v = 0; v < V; v++) {
        const x = w[o + v] + scale * (hits[o + v] - s * Math.exp(logp[o + v]));
        next[o + v] = x;
        if (!Number.isFinite(next[o + v])) throw new NonFiniteStepError('trainer');
      }
    }
    tf.tidy(() => this.weights.assign(tf.tensor2d(next, [this.contexts, this.outputs])));
  }

  static random(contexts: number, outputs: number, rng: Rng, scale = 0.1, mask?: Float32Array) {
    const init = new Float32Array(contexts * outputs);
    for (let i = 0; i < init.length; i++) init[i] = scale * rng.normal();
    return new LogitTable(contexts, outputs, init, mask);
  }

  /** Masked logits, [C, V]; differentiable in the weights. */
  logits(weights: Tensor2D = this.weights): Tensor2D {
    return this.maskAdd ? tf.add(weights, this.maskAdd) : weights;
  }

  /** Log-probability of every position of the padded layout, [B·T] (0 at padding). */
  paddedLogp(batch: EncodedBatch, weights: Tensor2D = this.weights): Tensor1D {
    return tf.tidy(() => {
      const logProbs = tf.logSoftmax(this.logits(weights)); // [C, V]
      const perPosition = tf.matMul(batch.ctx, logProbs); // [B·T, V]
      return tf.sum(tf.mul(perPosition, batch.tgt), 1) as Tensor1D;
    });
  }

  /** Log-probability of each real token, in sequence order, [N]. */
  tokenLogp(batch: EncodedBatch, weights: Tensor2D = this.weights): Tensor1D {
    return tf.tidy(
      () =>
        tf.reshape(tf.matMul(batch.tokens(), tf.reshape(this.paddedLogp(batch, weights), [-1, 1])), [-1]) as Tensor1D,
    );
  }

  /** Summed log-probability of each sequence, [B]. */
  sequenceLogp(batch: EncodedBatch, weights: Tensor2D = this.weights): Tensor1D {
    return tf.tidy(() => tf.sum(tf.reshape(this.paddedLogp(batch, weights), [batch.rows, batch.width]), 1) as Tensor1D);
  }

  /** The probability table as numbers (row-major [C, V]); read once per step for sampling. */
  probabilities(): Float32Array {
    return this.probabilitiesOf(this.weights.dataSync() as Float32Array);
  }

  snapshot(): Float32Array {
    return this.weights.dataSync().slice() as Float32Array;
  }

  restore(values: Float32Array) {
    if (values.length !== this.contexts * this.outputs)
      throw new Error(`restore: expected ${this.contexts * this.outputs} values, got ${values.length}`);
    this.weights.assign(tf.tensor2d(values, [this.contexts, this.outputs]));
  }

  /** A frozen copy (the reference model): same logits, no longer trained. */
  freeze(): FrozenTable {
    return new FrozenTable(this);
  }

  dispose() {
    this.weights.dispose();
    this.maskAdd?.dispose();
  }
}

/** A frozen snapshot of a table: π_ref. */
export class FrozenTable {
  readonly weights: Tensor2D;
  constructor(private readonly source: LogitTable) {
    this.weights = tf.keep(source.weights.clone()) as Tensor2D;
  }
  tokenLogp(batch: EncodedBatch): Tensor1D {
    return this.source.tokenLogp(batch, this.weights);
  }
  sequenceLogp(batch: EncodedBatch): Tensor1D {
    return this.source.sequenceLogp(batch, this.weights);
  }
  probabilities(): Float32Array {
    return this.source.probabilitiesOf(this.weights.dataSync() as Float32Array);
  }
  dispose() {
    this.weights.dispose();
  }
}

/** Summed log π of each sequence of `tokens`, from a logProbs() table with `outputs` columns. */
export function sequenceLogps(logp: Float64Array, outputs: number, tokens: FlatTokens): Float64Array {
  const out = new Float64Array(tokens.count);
  for (let b = 0; b < tokens.count; b++) {
    let s = 0;
    for (let i = tokens.start[b]; i < tokens.start[b + 1]; i++) s += logp[tokens.ctx[i] * outputs + tokens.out[i]];
    out[b] = s;
  }
  return out;
}

/** log π of every token of `tokens`, in order, from a logProbs() table with `outputs` columns. */
export function tokenLogps(logp: Float64Array, outputs: number, tokens: FlatTokens): Float64Array {
  const out = new Float64Array(tokens.ctx.length);
  for (let i = 0; i < out.length; i++) out[i] = logp[tokens.ctx[i] * outputs + tokens.out[i]];
  return out;
}
