// The toy world: its size, its hidden utility (hand-computed values), and the seeded generator.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/random';
import { allReplies, CANDIDATES, parseReply, utility } from '../../../src/lib/world';

describe('toy world', () => {
  it('has 8 + 64 + 512 = 584 replies per prompt', () => {
    expect(allReplies()).toHaveLength(584);
  });
  it('lists the replies by length, then word by word (checked pairwise, not by re-sorting)', () => {
    const replies = allReplies();
    expect(replies.slice(0, 3)).toEqual([[0], [1], [2]]);
    expect(replies[8]).toEqual([0, 0]);
    expect(replies.at(-1)).toEqual([7, 7, 7]);
    expect(new Set(replies.map((r) => r.join(','))).size).toBe(584);
    for (let i = 1; i < replies.length; i++) {
      const [a, b] = [replies[i - 1], replies[i]];
      const j = a.findIndex((w, k) => w !== b[k]);
      expect(a.length < b.length || (a.length === b.length && a[j] < b[j])).toBe(true);
    }
  });
  it('scores replies by the documented utility', () => {
    // "steps" for the password prompt: 1.2 (steps) + 0.8 (topic bonus) − 0.4 (one word) = 1.6
    expect(utility(0, [0])).toBeCloseTo(1.6, 12);
    // "um maybe ugh" for the gift prompt: −0.5 − 0.3 − 1.5 − 3·0.4 = −3.5
    expect(utility(1, [5, 4, 7])).toBeCloseTo(-3.5, 12);
    // Repeating a word costs length and adds nothing: "steps steps steps" = 1.2 + 0.8 − 1.2 = 0.8
    expect(utility(0, [0, 0, 0])).toBeCloseTo(0.8, 12);
  });
  it("ranks each prompt's first bandit candidate best", () => {
    for (const [p, cands] of CANDIDATES.entries()) {
      const u = cands.map((c) => utility(p, c));
      expect(u.indexOf(Math.max(...u))).toBe(0);
    }
  });
  it('parses replies and names the problem in bad ones', () => {
    expect(parseReply('steps here')).toEqual([0, 1]);
    expect(parseReply('helo')).toMatch(/unknown word "helo"/);
    expect(parseReply('a b c d')).toMatch(/at most 3 words, got 4/);
  });
  it('draws the same stream for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(43).next()).not.toBe(xs[0]);
  });
});
