// The unified view for every method: the closed-form gradient coefficients of
// src/lib/algorithms/trainers/coefficients.ts, put into equation (1), give the same gradient as TF.js
// autodiff of the contract loss. Normalisation (stated once in coefficients.ts):
//   −∇L = (1/B) Σ_examples Σ_sequences Σ_t δ_t ∇ log π(o_t),
// B = pairs (DPO, IPO, cDPO, hinge, SimPO, ORPO), replies (KTO), lists (RRHF, Plackett–Luce, PRO) or
// tokens (PPO, GRPO). Checked on the autoregressive toy with random weights, at ratios away from 1 for
// PPO/GRPO so the clipping branch is exercised too.
import { describe, expect, it } from 'vitest';
import { tf, type Scalar, type Tensor1D, type Tensor2D } from '../../../src/lib/tf';
import {
  cdpoLoss,
  dpoLoss,
  hingeLoss,
  ipoLoss,
  ktoLoss,
  orpoLoss,
  plackettLuceLoss,
  ppoClipLoss,
  rrhfLoss,
  simpoLoss,
} from '../../../src/lib/algorithms';
import * as C from '../../../src/lib/algorithms/trainers/coefficients';
import { AutoregressivePolicy, type Sample } from '../../../src/lib/model/policy';
import { createRng } from '../../../src/lib/random';
import { replyText, utility } from '../../../src/lib/world';

const policy = new AutoregressivePolicy(createRng(11), 0.8);
const other = new AutoregressivePolicy(createRng(12), 0.8); // plays π_ref / π_old
const rng = createRng(13);
const probs = policy.table.probabilities();

function distinctPair(prompt: number): [Sample, Sample] {
  const a = policy.sample(prompt, rng, {}, probs);
  let b = policy.sample(prompt, rng, {}, probs);
  while (replyText(a) === replyText(b)) b = policy.sample(prompt, rng, {}, probs);
  return [
    { prompt, reply: a },
    { prompt, reply: b },
  ];
}
const pairs = [0, 1, 2, 0, 1, 2].map(distinctPair);
const chosen = pairs.map((p) => p[0]);
const rejected = pairs.map((p) => p[1]);
const B = pairs.length;

const encC = policy.encode(chosen);
const encR = policy.encode(rejected);
const seq = (enc: ReturnType<AutoregressivePolicy['encode']>, w?: Tensor2D) => policy.table.sequenceLogp(enc, w);
const read = (t: tf.Tensor) => Array.from(t.dataSync());
const lpC = read(seq(encC));
const lpR = read(seq(encR));
const refC = read(other.table.sequenceLogp(encC));
const refR = read(other.table.sequenceLogp(encR));
const h = lpC.map((_, i) => lpC[i] - refC[i] - (lpR[i] - refR[i]));

/** Autodiff gradient of a loss in the policy weights. */
function autodiff(loss: (w: Tensor2D) => Scalar): number[] {
  return tf.tidy(() => read(tf.grad((w: tf.Tensor) => loss(w as Tensor2D))(policy.table.weights)));
}

/** (1/B) Σ δ_t ∇log π(o_t): per-token deltas, in the token order of `samples`, as a gradient. */
function unified(samples: Sample[], tokenDeltas: number[], norm: number): number[] {
  const enc = policy.encode(samples);
  const n = enc.lengths.reduce((a, b) => a + b, 0);
  expect(tokenDeltas).toHaveLength(n);
  const out = tf.tidy(() => {
    const d = tf.tensor1d(tokenDeltas);
    return read(
      tf.neg(
        tf.grad(
          (w: tf.Tensor) => tf.div(tf.sum(tf.mul(d, policy.table.tokenLogp(enc, w as Tensor2D))), norm) as Scalar,
        )(policy.table.weights),
      ),
    );
  });
  enc.dispose();
  return out; // the gradient of −(surrogate), to compare with ∇L
}

/** Expand one δ per sequence onto its tokens. */
function perToken(samples: Sample[], deltas: number[]): number[] {
  const enc = policy.encode(samples);
  const out = enc.lengths.flatMap((n, i) => new Array(n).fill(deltas[i]));
  enc.dispose();
  return out;
}

function expectSame(got: number[], want: number[]) {
  const scale = Math.max(...want.map(Math.abs));
  expect(scale).toBeGreaterThan(1e-4);
  const worst = Math.max(...got.map((g, i) => Math.abs(g - want[i])));
  expect(worst / scale).toBeLessThan(1e-3);
}

const both = [...chosen, ...rejected];
function checkPair(loss: (w: Tensor2D) => Scalar, delta: (i: number) => C.PairDelta) {
  const deltas = pairs.map((_, i) => delta(i));
  expectSame(
    unified(both, perToken(both, [...deltas.map((d) => d.chosen), ...deltas.map((d) => d.rejected)]), B),
    autodiff(loss),
  );
}
const pairLogps = (w: Tensor2D) => ({
  policyChosen: seq(encC, w),
  policyRejected: seq(encR, w),
  refChosen: tf.tensor1d(refC),
  refRejected: tf.tensor1d(refR),
});

describe('closed-form δ equals autodiff of the contract loss', () => {
  it('DPO: ±β·σ(−βh)', () => {
    checkPair(
      (w) => dpoLoss(pairLogps(w), 0.7),
      (i) => C.dpoDelta(h[i], 0.7),
    );
  });
  it('IPO: ±2(1/(2τ) − h)', () => {
    checkPair(
      (w) => ipoLoss(pairLogps(w), 0.3),
      (i) => C.ipoDelta(h[i], 0.3),
    );
  });
  it('cDPO: ±β((1−ε)σ(−βh) − εσ(βh))', () => {
    checkPair(
      (w) => cdpoLoss(pairLogps(w), 0.7, 0.2),
      (i) => C.cdpoDelta(h[i], 0.7, 0.2),
    );
  });
  it('hinge: ±β while βh < 1, else 0', () => {
    // β chosen so that some pairs are past the hinge and some are not.
    const beta = 1 / [...h].sort((a, b) => a - b)[Math.floor(B / 2)];
    expect(h.some((v) => beta * v < 1) && h.some((v) => beta * v > 1)).toBe(true);
    checkPair(
      (w) => hingeLoss(pairLogps(w), Math.abs(beta)),
      (i) => C.hingeDelta(h[i], Math.abs(beta)),
    );
  });

  const lenC = encC.lengths;
  const lenR = encR.lengths;
  const avg = (w: Tensor2D) => ({
    policyChosenAvg: tf.div(seq(encC, w), tf.tensor1d(lenC)) as Tensor1D,
    policyRejectedAvg: tf.div(seq(encR, w), tf.tensor1d(lenR)) as Tensor1D,
  });
  it('SimPO: ±β·σ(−z)/|y| per token', () => {
    checkPair(
      (w) => simpoLoss(avg(w), 2, 0.5),
      (i) => C.simpoDelta(lpC[i] / lenC[i], lpR[i] / lenR[i], lenC[i], lenR[i], 2, 0.5),
    );
  });
  it('ORPO: NLL weight plus λσ(−d)/(1 − e^a) per token', () => {
    checkPair(
      (w) => orpoLoss(avg(w), 0.8),
      (i) => C.orpoDelta(lpC[i] / lenC[i], lpR[i] / lenR[i], lenC[i], lenR[i], 0.8),
    );
  });

  it('KTO: ±λβ·s(1−s) around the reference point', () => {
    const params = { beta: 0.9, z0: 0.2, lambdaD: 1.2, lambdaU: 0.8 };
    const flags = both.map((_, i) => i % 3 !== 0);
    const enc = policy.encode(both);
    const lp = read(seq(enc));
    const ref = read(other.table.sequenceLogp(enc));
    const deltas = both.map((_, i) => C.ktoDelta(lp[i] - ref[i], flags[i], params));
    const want = autodiff((w) =>
      ktoLoss(
        { policy: seq(enc, w), ref: tf.tensor1d(ref), desirable: tf.tensor1d(flags.map((f) => (f ? 1 : 0))) },
        params,
      ),
    );
    expectSame(unified(both, perToken(both, deltas), both.length), want);
    enc.dispose();
  });

  // One ranked list of four distinct replies of prompt 0, ordered by the hidden utility (best first).
  const list: Sample[] = [];
  while (list.length < 4) {
    const r = policy.sample(0, rng, {}, probs);
    if (!list.some((s) => replyText(s.reply) === replyText(r))) list.push({ prompt: 0, reply: r });
  }
  list.sort((a, b) => utility(0, b.reply) - utility(0, a.reply));
  const encL = policy.encode(list);
  const lpL = read(seq(encL));
  const refL = read(other.table.sequenceLogp(encL));
  const lenL = encL.lengths;

  it('RRHF: (wins − losses)/|y| plus the SFT weight on the best reply', () => {
    const rewards = list.map((s) => utility(0, s.reply));
    const scores = lpL.map((v, i) => v / lenL[i]);
    // The random policy must disagree with the ranking somewhere, or the hinge terms are all zero.
    expect(rewards.some((ri, i) => rewards.some((rj, j) => ri < rj && scores[i] > scores[j]))).toBe(true);
    const sft = 0.5;
    const want = autodiff((w) => {
      const s = seq(encL, w);
      return tf.sub(
        rrhfLoss(tf.div(s, tf.tensor1d(lenL)) as Tensor1D, rewards),
        tf.mul(sft, tf.reshape(tf.slice(s, [0], [1]), [])),
      ) as Scalar;
    });
    expectSame(unified(list, perToken(list, C.rrhfDeltas(scores, rewards, lenL, sft)), 1), want);
  });

  it('Plackett–Luce (list-wise DPO, s = β·log-ratio): −β·∂L/∂s', () => {
    const beta = 0.6;
    const scores = lpL.map((v, i) => beta * (v - refL[i]));
    const want = autodiff((w) => plackettLuceLoss(tf.mul(beta, tf.sub(seq(encL, w), tf.tensor1d(refL))) as Tensor1D));
    expectSame(
      unified(
        list,
        perToken(
          list,
          C.plackettLuceDeltas(
            scores,
            lenL.map(() => 1),
            beta,
          ),
        ),
        1,
      ),
      want,
    );
  });

  it('PRO (s = log π/|y|, plus the summed SFT NLL of the best): −∂L/∂s/|y| + β on y_0', () => {
    const sft = 0.3;
    const scores = lpL.map((v, i) => v / lenL[i]);
    const want = autodiff((w) => {
      const summed = seq(encL, w);
      const s = tf.div(summed, tf.tensor1d(lenL)) as Tensor1D;
      return tf.sub(plackettLuceLoss(s), tf.mul(sft, tf.reshape(tf.slice(summed, [0], [1]), []))) as Scalar;
    });
    expectSame(unified(list, perToken(list, C.plackettLuceDeltas(scores, lenL, 1, sft)), 1), want);
  });

  // Token-level methods: an old policy different from the current one, so ratios spread around 1.
  const encT = policy.encode(both);
  const lpT = read(policy.table.tokenLogp(encT));
  const oldT = read(other.table.tokenLogp(encT)).map((v, t) => 0.3 * v + 0.7 * lpT[t]);
  const advT = lpT.map(() => 2 * rng.next() - 1);
  const ratios = lpT.map((v, t) => Math.exp(v - oldT[t]));
  const eps = 0.1;

  it('PPO: δ = A·ρ unless clipped (and = A at ratio 1)', () => {
    expect(ratios.some((r) => r > 1 + eps) && ratios.some((r) => r < 1 - eps)).toBe(true);
    const deltas = advT.map((a, t) => C.ppoDelta(a, ratios[t], eps));
    expect(deltas.some((d) => d === 0)).toBe(true); // some tokens are clipped
    const want = autodiff((w) =>
      ppoClipLoss(
        { logp: policy.table.tokenLogp(encT, w), oldLogp: tf.tensor1d(oldT), advantages: tf.tensor1d(advT) },
        eps,
      ),
    );
    expectSame(unified(both, deltas, lpT.length), want);
    expect(C.ppoDelta(0.7, 1, 0.2)).toBe(0.7);
  });

  it('GRPO: δ = clipped-term δ + β(π_ref/π − 1)', () => {
    const beta = 0.4;
    const refT = read(other.table.tokenLogp(encT));
    const deltas = advT.map((a, t) => C.grpoDelta(a, ratios[t], eps, lpT[t], refT[t], beta));
    const want = autodiff((w) => {
      const logp = policy.table.tokenLogp(encT, w);
      const lr = tf.sub(tf.tensor1d(refT), logp);
      const kl = tf.sub(tf.sub(tf.exp(lr), lr), 1);
      return tf.add(
        ppoClipLoss({ logp, oldLogp: tf.tensor1d(oldT), advantages: tf.tensor1d(advT) }, eps),
        tf.mul(beta, tf.mean(kl)),
      ) as Scalar;
    });
    expectSame(unified(both, deltas, lpT.length), want);
  });

  it('bad arguments are named with their value', () => {
    expect(() => C.dpoDelta(Number.NaN, 1)).toThrow('dpoDelta: h must be a finite number, got NaN');
    expect(() => C.dpoDelta(0, 0)).toThrow('dpoDelta: beta must be a finite number > 0, got 0');
    expect(() => C.ipoDelta(0, -1)).toThrow('ipoDelta: tau must be a finite number > 0, got -1');
    expect(() => C.cdpoDelta(0, 1, 0.5)).toThrow('cdpoDelta: epsilon must be in [0, 0.5), got 0.5');
    expect(() => C.orpoDelta(0, -1, 1, 1, 1)).toThrow(
      'orpoDelta: avgChosen must be a finite average log-probability < 0, got 0',
    );
    expect(() => C.simpoDelta(-1, -1, 0, 1, 1, 0)).toThrow('simpoDelta: lenChosen must be a whole number ≥ 1, got 0');
    expect(() => C.ppoDelta(1, 1, Number.POSITIVE_INFINITY)).toThrow(
      'ppoDelta: clipEps must be a finite number > 0, got Infinity',
    );
    expect(() => C.plackettLuceDeltas([1])).toThrow('plackettLuceDeltas: a list needs at least 2 replies, got 1');
    expect(() => C.rrhfDeltas([1, 2], [1])).toThrow('rrhfDeltas: rewards has 1 entries but scores has 2');
  });
});
