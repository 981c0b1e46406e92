// The tabular models: batched log-probabilities agree with the plain product of table entries,
// padding adds nothing, the exact distribution sums to one, and sampling follows it.
import { describe, expect, it } from 'vitest';
import { tf } from '../../../src/lib/tf';
import { AutoregressivePolicy, exactDistribution, replyLogp } from '../../../src/lib/model/policy';
import { createRng } from '../../../src/lib/random';
import { replyText } from '../../../src/lib/world';

describe('autoregressive policy', () => {
  const policy = new AutoregressivePolicy(createRng(7), 0.8);
  const probs = policy.table.probabilities();
  const samples = [
    { prompt: 0, reply: [0] },
    { prompt: 1, reply: [2, 3] },
    { prompt: 2, reply: [1, 1, 7] },
  ];

  it('computes sequence log-probs in one batch, equal to the product of table entries', () => {
    const enc = policy.encode(samples);
    const batched = Array.from(policy.table.sequenceLogp(enc).dataSync());
    enc.dispose();
    samples.forEach((s, i) => expect(batched[i]).toBeCloseTo(replyLogp(probs, s.prompt, s.reply), 4));
  });

  it('never lets a reply start with the end token', () => {
    const end = 8;
    for (let p = 0; p < 3; p++) expect(probs[p * 9 * 9 + end]).toBeLessThan(1e-12);
  });

  it('gives an exact distribution over all 584 replies that sums to one', () => {
    for (let p = 0; p < 3; p++) {
      const { p: dist } = exactDistribution(probs, p);
      expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('samples replies with their probabilities (2000 draws, seeded)', () => {
    const rng = createRng(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const r = replyText(policy.sample(0, rng, {}, probs));
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const { replies, p } = exactDistribution(probs, 0);
    const top = [...p.keys()].sort((a, b) => p[b] - p[a]).slice(0, 3);
    for (const i of top) {
      const freq = (counts.get(replyText(replies[i])) ?? 0) / 2000;
      expect(Math.abs(freq - p[i])).toBeLessThan(4 * Math.sqrt((p[i] * (1 - p[i])) / 2000) + 1e-3);
    }
  });

  it('greedy decoding takes the most likely word each time', () => {
    const reply = policy.greedy(0, probs);
    const first = Array.from(probs.subarray(0, 9));
    expect(reply[0]).toBe(first.indexOf(Math.max(...first)));
  });

  it('does not leak tensors across encode/dispose', () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      const enc = policy.encode(samples);
      tf.dispose(policy.table.tokenLogp(enc));
      enc.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
