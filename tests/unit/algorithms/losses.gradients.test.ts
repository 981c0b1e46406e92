// Gradient check for every contract loss: tf.grads through the engine (float32) against central
// differences of the independent float64 reference (./reference.ts), w.r.t. every tensor input
// that carries a gradient (all but KTO's 0/1 labels).
import { describe, expect, it } from 'vitest';
import { tf } from '../../../src/lib/tf';
import type { Tensor, Tensor1D } from '../../../src/lib/tf';
import { lossCases, toF32, toTensors, TENSOR_LOSSES } from './cases';
import { centralDifference } from './reference';

/** Relative tolerance 1e-3 (the engine is float32), with an absolute floor of 1e-5 for ~0 gradients. */
function gradientsAgree(got: number, want: number): boolean {
  return Math.abs(got - want) <= 1e-3 * Math.abs(want) + 1e-5;
}

describe('engine gradients match central differences of the reference', () => {
  it('covers all eleven tensor losses', () => {
    expect(new Set(lossCases.map((c) => c.loss))).toEqual(new Set(TENSOR_LOSSES));
  });

  it('the comparison rejects a gradient that is 1% off', () => {
    expect(gradientsAgree(1.01, 1)).toBe(false);
    expect(gradientsAgree(-0.5, 0.5)).toBe(false);
    expect(gradientsAgree(1.0005, 1)).toBe(true);
  });

  it.each(lossCases.map((c) => [c.loss, c.label, c] as const))('%s — %s', (_loss, _label, c) => {
    const got = tf.tidy(() => {
      const tensors = toTensors(c.inputs);
      const f = (...xs: Tensor[]) =>
        c.engine({ ...tensors, ...Object.fromEntries(c.diff.map((k, i) => [k, xs[i] as Tensor1D])) });
      const grads = tf.grads(f)(c.diff.map((k) => tensors[k]));
      return grads.map((g) => Array.from(g.dataSync()));
    });
    const x = toF32(c.inputs);
    c.diff.forEach((name, i) => {
      const want = centralDifference(c.reference, x, name);
      got[i].forEach((g, j) => {
        expect(gradientsAgree(g, want[j]), `d/d${name}[${j}]: got ${g}, want ${want[j]}`).toBe(true);
      });
    });
  });
});
