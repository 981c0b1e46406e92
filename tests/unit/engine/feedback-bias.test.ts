// The exact label probabilities agree with the sampling labellers they describe (humanLabel, judge), a
// policy judged against itself by an unbiased judge wins half the time, and the biases move the
// summaries in the direction their names say.
import { describe, expect, it } from 'vitest';
import {
  biasSummary,
  humanLabel,
  humanPreferProbability,
  judge,
  judgeFirstProbability,
  tiltedPolicy,
  winRate,
} from '../../../src/lib/feedback';
import { createRng } from '../../../src/lib/random';
import { allReplies, CANDIDATES } from '../../../src/lib/world';

const NO_BIAS = { positionBias: 0, verbosityBias: 0, noise: 0.5 };

describe('exact label probabilities', () => {
  it('are the probabilities the sampling labellers use', () => {
    const rng = createRng(4);
    const opts = { positionBias: 0.7, verbosityBias: 0.4, noise: 0.8 };
    for (let p = 0; p < 3; p++)
      for (const a of CANDIDATES[p])
        for (const b of CANDIDATES[p]) {
          if (a === b) continue;
          const j = judge(p, a, b, rng, opts);
          expect(j.pChosen).toBeCloseTo(
            j.chosen === a ? judgeFirstProbability(p, a, b, opts) : 1 - judgeFirstProbability(p, a, b, opts),
            12,
          );
          const h = humanLabel(p, a, b, rng, 1.5);
          expect(h.pChosen).toBeCloseTo(
            h.chosen === a ? humanPreferProbability(p, a, b, 1.5) : 1 - humanPreferProbability(p, a, b, 1.5),
            12,
          );
        }
  });
});

describe('biasSummary', () => {
  it('an unbiased judge picks the first reply half the time; position bias raises it', () => {
    expect(biasSummary(1, NO_BIAS).judgeFirstWins).toBeCloseTo(0.5, 12);
    expect(biasSummary(1, { ...NO_BIAS, positionBias: 1 }).judgeFirstWins).toBeGreaterThan(0.55);
  });
  it('verbosity bias makes the judge prefer longer replies more often than the utility does', () => {
    const s = biasSummary(1, { ...NO_BIAS, verbosityBias: 1.5 });
    expect(s.judgeLongerWins).toBeGreaterThan(s.utilityLongerWins);
    expect(s.judgeAgreement).toBeLessThan(biasSummary(1, NO_BIAS).judgeAgreement);
  });
  it('noisier humans agree less with the hidden utility; noise 0 always agrees', () => {
    expect(biasSummary(0, NO_BIAS).humanAgreement).toBe(1);
    expect(biasSummary(2, NO_BIAS).humanAgreement).toBeLessThan(biasSummary(0.5, NO_BIAS).humanAgreement);
  });
});

describe('winRate', () => {
  it('a policy against itself: one half by the utility and by an unbiased judge', () => {
    const pi = tiltedPolicy(0, 0.5, 0);
    const w = winRate(0, pi, pi, NO_BIAS);
    expect(w.trueWinRate).toBeCloseTo(0.5, 9);
    expect(w.judgedWinRate).toBeCloseTo(0.5, 9);
  });
  it('a length-biased judge inflates the win rate of the longer policy', () => {
    for (let p = 0; p < 3; p++) {
      const a = tiltedPolicy(p, 0.5, -1);
      const b = tiltedPolicy(p, 0.5, 0);
      const w = winRate(p, a, b, { ...NO_BIAS, verbosityBias: 1 });
      expect(w.meanLengthB).toBeGreaterThan(w.meanLengthA);
      expect(w.judgedWinRate).toBeGreaterThan(w.trueWinRate + 0.03);
      // Without the verbosity bias the judge's win rate comes down.
      expect(winRate(p, a, b, NO_BIAS).judgedWinRate).toBeLessThan(w.judgedWinRate);
    }
  });
});

describe('winRate against a slow sum over judgeFirstProbability', () => {
  it('agrees on a small policy pair with biases', () => {
    const judgeOpts = { positionBias: 0.7, verbosityBias: 0.9, noise: 0.6 };
    // Sharp policies, so only a few replies carry mass and the slow sum stays quick.
    const a = tiltedPolicy(1, 0.15, -1);
    const b = tiltedPolicy(1, 0.15, 0.4);
    const replies = allReplies();
    let slow = 0;
    a.forEach((pa, i) => {
      if (pa < 1e-9) return;
      b.forEach((pb, j) => {
        if (pb < 1e-9) return;
        slow +=
          (pa *
            pb *
            (judgeFirstProbability(1, replies[j], replies[i], judgeOpts) +
              1 -
              judgeFirstProbability(1, replies[i], replies[j], judgeOpts))) /
          2;
      });
    });
    expect(winRate(1, a, b, judgeOpts).judgedWinRate).toBeCloseTo(slow, 6);
  });
});
