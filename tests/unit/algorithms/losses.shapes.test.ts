// Return types of the contract: losses are rank-0 tensors returned synchronously (never shape [1],
// never a Promise) and leak no intermediate tensors; gae / klShapedRewards return plain arrays.
import { describe, expect, it } from 'vitest';
import { tf } from '../../../src/lib/tf';
import * as api from '../../../src/lib/algorithms';
import { gae, klShapedRewards } from '../../../src/lib/algorithms';
import { lossCases, toTensors, TENSOR_LOSSES } from './cases';

describe('public surface (index.ts)', () => {
  it('exports every contract function', () => {
    for (const name of [...TENSOR_LOSSES, 'gae', 'klShapedRewards']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

describe('losses return a synchronous rank-0 float32 tensor', () => {
  // One case per loss is enough here; values and gradients are covered elsewhere.
  const firstPerLoss = TENSOR_LOSSES.map((name) => lossCases.find((c) => c.loss === name)!);

  it.each(firstPerLoss.map((c) => [c.loss, c] as const))('%s', (_name, c) => {
    const t = toTensors(c.inputs);
    const before = tf.memory().numTensors;
    const out = c.engine(t);
    // Exactly one new tensor (the result): everything intermediate was disposed by tf.tidy.
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(out).toBeInstanceOf(tf.Tensor);
    expect(out).not.toBeInstanceOf(Promise);
    expect(typeof (out as unknown as { then?: unknown }).then).toBe('undefined');
    expect(out.shape).toEqual([]);
    expect(out.rank).toBe(0);
    expect(out.dtype).toBe('float32');
    out.dispose();
    Object.values(t).forEach((x) => x.dispose());
  });
});

describe('gae and klShapedRewards return plain number arrays', () => {
  it('gae', () => {
    const a = gae([1, 0, 2], [0.5, 1, 1.5, 0], 0.99, 0.95);
    expect(Array.isArray(a)).toBe(true);
    expect(Object.getPrototypeOf(a)).toBe(Array.prototype);
    expect(a).toHaveLength(3);
    a.forEach((v) => expect(typeof v).toBe('number'));
  });

  it('klShapedRewards', () => {
    const r = klShapedRewards(1, [-1, -2], [-1.5, -2], 0.1);
    expect(Array.isArray(r)).toBe(true);
    expect(Object.getPrototypeOf(r)).toBe(Array.prototype);
    expect(r).toHaveLength(2);
    r.forEach((v) => expect(typeof v).toBe('number'));
  });
});
