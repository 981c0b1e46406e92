// The reusable validated helpers of losses.ts (pairMargin, logSigmoid, logOdds), and the float32
// stability facts the losses rely on.
import { describe, expect, it } from 'vitest';
import { tf } from '../../../src/lib/tf';
import { logOdds, logSigmoid, pairMargin } from '../../../src/lib/algorithms/losses';
import { logOdds as refLogOdds, logSig, withinContract } from './reference';

const t1 = (xs: number[]) => tf.tensor1d(xs);
const read = (t: tf.Tensor) => Array.from(t.dataSync());

describe('pairMargin', () => {
  // h = (πc - refc) - (πr - refr) = (-9.5 + 10) - (-11.5 + 10) = 0.5 + 1.5 = 2; second: (-3 + 1) - (-1 + 2) = -3
  it('is (πc - refc) - (πr - refr)', () => {
    const h = pairMargin({
      policyChosen: t1([-9.5, -3]),
      refChosen: t1([-10, -1]),
      policyRejected: t1([-11.5, -1]),
      refRejected: t1([-10, -2]),
    });
    expect(h.shape).toEqual([2]);
    expect(read(h)).toEqual([2, -3]);
  });
});

describe('logSigmoid (and the softplus form the losses use)', () => {
  const xs = [-200, -120, -30, -1, 0, 1, 30, 120];

  it('is finite and correct for x = ±120 and beyond in float32', () => {
    const got = read(logSigmoid(t1(xs)));
    got.forEach((g, i) => {
      expect(Number.isFinite(g), `x = ${xs[i]}`).toBe(true);
      expect(withinContract(g, logSig(xs[i])), `x = ${xs[i]}: got ${g}, want ${logSig(xs[i])}`).toBe(true);
    });
    expect(got[1]).toBe(-120);
  });

  // d/dx log σ(x) = σ(-x): 1 at x = -120, 0 at x = 120, 1/2 at 0.
  it('has the gradient σ(-x), also under tf.tidy', () => {
    const g = tf.grad((x: tf.Tensor) => tf.sum(logSigmoid(tf.mul(x, 1) as tf.Tensor1D)))(t1([-120, 0, 120]));
    expect(read(g)).toEqual([1, 0.5, 0]);
  });

  // The reason the engine avoids tf.logSigmoid: its gradient closes over an unsaved input, so an
  // intermediate disposed by tf.tidy breaks tf.grad. If a TF.js upgrade fixes this, this test fails
  // and the engine could switch back (it is the documented reason, not a requirement).
  it('tf.logSigmoid itself breaks under tf.tidy inside tf.grad (why the engine uses softplus)', () => {
    const f = (x: tf.Tensor) => tf.tidy(() => tf.sum(tf.logSigmoid(tf.mul(x, 2))));
    expect(() => tf.grad(f)(t1([1, 2]))).toThrow();
  });
});

describe('logOdds', () => {
  // a = log(1/2): odds 1, log-odds 0;  a = log(1/4): odds 1/3, log-odds -log 3.
  it('is log(p / (1 - p)) with p = e^a', () => {
    const got = read(logOdds(t1([Math.log(0.5), Math.log(0.25)])));
    expect(Math.abs(got[0])).toBeLessThan(1e-6);
    expect(withinContract(got[1], -Math.log(3))).toBe(true);
  });

  // Near 0 the naive 1 - exp(a) cancels in float32; far below, e^a underflows.
  it('is accurate near 0 and for very negative inputs', () => {
    const as = [-1e-6, -1e-3, -0.5, -Math.LN2, -0.7, -30, -200];
    const got = read(logOdds(t1(as)));
    got.forEach((g, i) => {
      const want = refLogOdds(Math.fround(as[i]));
      expect(withinContract(g, want), `a = ${as[i]}: got ${g}, want ${want}`).toBe(true);
    });
  });

  it('has finite gradients 1 / (1 - e^a) across the range', () => {
    const as = [-1e-3, -0.5, -30, -200];
    const g = read(tf.grad((x: tf.Tensor) => tf.sum(logOdds(x as tf.Tensor1D)))(t1(as)));
    g.forEach((gi, i) => {
      const a = Math.fround(as[i]);
      const want = 1 / -Math.expm1(a);
      expect(Math.abs(gi - want) <= 1e-4 * Math.max(1, Math.abs(want)), `a = ${as[i]}: got ${gi}, want ${want}`).toBe(
        true,
      );
    });
  });
});

describe('helpers leak no intermediate tensors', () => {
  it('pairMargin, logSigmoid and logOdds each add exactly their result', () => {
    const p = { policyChosen: t1([-1]), refChosen: t1([-2]), policyRejected: t1([-3]), refRejected: t1([-2]) };
    const x = t1([-0.5, -2]);
    for (const make of [() => pairMargin(p), () => logSigmoid(x), () => logOdds(x)]) {
      const before = tf.memory().numTensors;
      const out = make();
      expect(tf.memory().numTensors).toBe(before + 1);
      out.dispose();
    }
  });
});
