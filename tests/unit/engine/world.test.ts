// The toy world: its size, its hidden utility (hand-computed values), and the seeded generator.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/random';
import { allReplies, CANDIDATES, parseReply, utility } from '../../../src/lib/world';

describe('toy world', () => {
  it('has 8 + 64 + 512 = 584 replies per prompt', () => {
    expect(allReplies()).toHaveLength(584);
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
