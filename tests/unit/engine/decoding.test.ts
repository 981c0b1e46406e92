// Decoding on the toy: the nucleus and top-k example worked in the preference-data chapter, the base
// logits against AutoregressivePolicy's own table, and the closed forms of best-of-N pairs against a
// brute enumeration of every N-tuple of samples.
import { describe, expect, it } from 'vitest';
import { baseLogits, bestOfNPairs, nextTokenDistribution, replyDistribution } from '../../../src/lib/data/decoding';
import { AutoregressivePolicy } from '../../../src/lib/model/policy';
import { createRng } from '../../../src/lib/random';
import { V } from '../../../src/lib/world';

const logOf = (p: number[]) => p.map(Math.log);

describe('nextTokenDistribution', () => {
  // The chapter's example: probabilities 0.50, 0.20, 0.15, 0.10, 0.05.
  const row = logOf([0.5, 0.2, 0.15, 0.1, 0.05]);
  it('top-p 0.8 keeps three tokens: 0.588, 0.235, 0.176', () => {
    const d = nextTokenDistribution(row, { temperature: 1, topK: 9, topP: 0.8 });
    [0.5 / 0.85, 0.2 / 0.85, 0.15 / 0.85, 0, 0].forEach((want, i) => expect(d[i]).toBeCloseTo(want, 12));
    expect(d[0]).toBeCloseTo(0.588, 3);
  });
  it('top-k 2 keeps two tokens: 0.714, 0.286', () => {
    const d = nextTokenDistribution(row, { temperature: 1, topK: 2, topP: 1 });
    expect(d.slice(0, 2).map((v) => v.toFixed(3))).toEqual(['0.714', '0.286']);
  });
  it('temperature 0.5 squares the probabilities before normalising', () => {
    const d = nextTokenDistribution(row, { temperature: 0.5, topK: 9, topP: 1 });
    const sq = [0.5, 0.2, 0.15, 0.1, 0.05].map((p) => p * p);
    const s = sq.reduce((a, b) => a + b, 0);
    sq.forEach((v, i) => expect(d[i]).toBeCloseTo(v / s, 12));
  });
  it('refuses bad settings', () => {
    expect(() => nextTokenDistribution(row, { temperature: 0, topK: 9, topP: 1 })).toThrow(/temperature/);
    expect(() => nextTokenDistribution(row, { temperature: 1, topK: 9, topP: 0 })).toThrow(/top-p/);
    expect(() => nextTokenDistribution(row, { temperature: 1, topK: 0, topP: 1 })).toThrow(/top-k/);
  });
});

describe('baseLogits and replyDistribution', () => {
  it('is the distribution of AutoregressivePolicy(createRng(seed), 1)', () => {
    const { logits } = baseLogits(7, 1);
    const policy = new AutoregressivePolicy(createRng(7), 1);
    const probs = policy.table.probabilities();
    for (let ctx = 0; ctx < 27; ctx++) {
      const d = nextTokenDistribution(
        Array.from({ length: V }, (_, j) => logits[ctx * V + j]),
        { temperature: 1, topK: 9, topP: 1 },
      );
      d.forEach((p, j) => expect(probs[ctx * V + j]).toBeCloseTo(p, 5));
    }
    policy.table.dispose();
  });
  it('sums to one over all replies, for several decoding rules', () => {
    const { logits } = baseLogits(3);
    for (const o of [
      { temperature: 1, topK: 9, topP: 1 },
      { temperature: 0.3, topK: 3, topP: 0.9 },
      { temperature: 2, topK: 9, topP: 0.5 },
    ]) {
      const d = replyDistribution(logits, 1, o);
      expect(d.reduce((s, e) => s + e.p, 0)).toBeCloseTo(1, 12);
    }
    expect(replyDistribution(logits, 0, { temperature: 1, topK: 9, topP: 1 })).toHaveLength(584);
    expect(replyDistribution(logits, 0, { temperature: 1, topK: 1, topP: 1 })).toHaveLength(1);
  });
});

describe('bestOfNPairs', () => {
  it('matches an enumeration of every N-tuple of samples', () => {
    const { logits } = baseLogits(2);
    const entries = replyDistribution(logits, 0, { temperature: 1, topK: 3, topP: 1 });
    for (const n of [1, 2, 3]) {
      const got = bestOfNPairs(entries, n);
      const chosen = new Array(entries.length).fill(0);
      const rejected = new Array(entries.length).fill(0);
      let tie = 0;
      const walk = (picked: number[], p: number) => {
        if (picked.length === n) {
          let b = picked[0];
          let w = picked[0];
          for (const i of picked) {
            if (entries[i].utility > entries[b].utility) b = i;
            if (entries[i].utility < entries[w].utility) w = i;
          }
          chosen[b] += p;
          rejected[w] += p;
          if (entries[b].utility === entries[w].utility) tie += p;
          return;
        }
        entries.forEach((e, i) => walk([...picked, i], p * e.p));
      };
      walk([], 1);
      chosen.forEach((v, i) => expect(got.chosen[i]).toBeCloseTo(v, 10));
      rejected.forEach((v, i) => expect(got.rejected[i]).toBeCloseTo(v, 10));
      expect(got.tie).toBeCloseTo(tie, 10);
      expect(got.expectedChosen).toBeCloseTo(
        chosen.reduce((s, v, i) => s + v * entries[i].utility, 0),
        10,
      );
    }
  });
});
