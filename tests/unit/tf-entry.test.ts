import { describe, expect, it } from 'vitest';
import { ensureBackend, tf } from '../../src/lib/tf';

describe('TF.js entry point', () => {
  it('runs on the cpu backend and has gradients registered', async () => {
    await ensureBackend();
    expect(tf.getBackend()).toBe('cpu');
    const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(x, x)))(tf.tensor1d([1, -2, 3]));
    expect(Array.from(g.dataSync())).toEqual([2, -4, 6]);
  });
});
