// The ICDPO example's default seed illustrates the text: on every prompt ICDPO picks the candidate with
// the highest hidden utility while the model's own likelihood picks a worse one; seed 1, which the text
// links to as the counter-example, makes ICDPO pick a repeated-word reply worse than the likelihood's.
import { describe, expect, it } from 'vitest';
import * as E from '../../../src/lib/algorithms';
import { parseReply, utility } from '../../../src/lib/world';
import { ICDPO_DEFAULTS, icdpoOptions } from '../../../src/widgets/icdpo/options';

describe('ICDPO example seeds', () => {
  it('the default seed: ICDPO picks the best candidate on all three prompts, likelihood does not', () => {
    for (const r of E.icdpoSelect(icdpoOptions(ICDPO_DEFAULTS))) {
      const best = Math.max(...r.candidates.map((c) => c.utility));
      expect(r.candidates[r.picked].utility).toBe(best);
      expect(r.candidates[r.pickedByLikelihood].utility).toBeLessThan(best);
      // The hidden utility shown is the world's, recomputed from the reply's words.
      const picked = parseReply(r.candidates[r.picked].reply) as number[];
      expect(utility(r.prompt, picked)).toBeCloseTo(r.candidates[r.picked].utility, 6);
    }
  });

  it('seed 1: on prompt 0 ICDPO prefers "steps ugh steps" to the likelihood\'s pick, which people like better', () => {
    const [first] = E.icdpoSelect(icdpoOptions({ ...ICDPO_DEFAULTS, seed: 1 }));
    expect(first.candidates[first.picked].reply).toBe('steps ugh steps');
    expect(first.candidates[first.picked].utility).toBeLessThan(first.candidates[first.pickedByLikelihood].utility);
  });
});
