// The per-pair loss and δ of every pair-wise method (src/lib/algorithms/trainers/pair-terms.ts), which
// both pair trainers and the DPO example's pair breakdown use, against independent float64 values: each
// loss written out directly from its paper's formula, and δ as minus the central finite difference of
// that loss in the log-probabilities (δ per token of the summed form: −∂L/∂log π(y)).
import { describe, expect, it } from 'vitest';
import * as E from '../../../src/lib/algorithms';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const p = { beta: 0.7, tau: 0.4, epsilon: 0.15, gamma: 0.3, lambda: 0.6 };
// A pair: summed log-probs under the policy and the reference, and the replies' token counts.
const cases = [
  { pc: -3.2, pr: -4.1, rc: -3.5, rr: -3.9, lc: 2, lr: 3 },
  { pc: -5.0, pr: -2.0, rc: -4.0, rr: -2.5, lc: 3, lr: 1 },
  { pc: -1.1, pr: -1.3, rc: -1.2, rr: -1.2, lc: 1, lr: 2 },
];
type Case = (typeof cases)[number];

/** Independent losses, as functions of the two policy log-probs. */
const losses: Record<E.PairMethod, (c: Case, pc: number, pr: number) => number> = {
  dpo: (c, pc, pr) => -Math.log(sig(p.beta * (pc - c.rc - (pr - c.rr)))),
  ipo: (c, pc, pr) => (pc - c.rc - (pr - c.rr) - 1 / (2 * p.tau)) ** 2,
  cdpo: (c, pc, pr) => {
    const z = p.beta * (pc - c.rc - (pr - c.rr));
    return -(1 - p.epsilon) * Math.log(sig(z)) - p.epsilon * Math.log(sig(-z));
  },
  hinge: (c, pc, pr) => Math.max(0, 1 - p.beta * (pc - c.rc - (pr - c.rr))),
  simpo: (c, pc, pr) => -Math.log(sig(p.beta * (pc / c.lc - pr / c.lr) - p.gamma)),
  orpo: (c, pc, pr) => {
    const odds = (a: number) => Math.exp(a) / (1 - Math.exp(a));
    return -pc / c.lc - p.lambda * Math.log(sig(Math.log(odds(pc / c.lc)) - Math.log(odds(pr / c.lr))));
  },
};

const term = (m: E.PairMethod, c: Case) =>
  E.PAIR_TERMS[m].term(
    {
      h: c.pc - c.rc - (c.pr - c.rr),
      avgChosen: c.pc / c.lc,
      avgRejected: c.pr / c.lr,
      lenChosen: c.lc,
      lenRejected: c.lr,
    },
    p,
  );

describe('per-pair loss and δ of the pair-wise methods', () => {
  for (const m of Object.keys(losses) as E.PairMethod[]) {
    it(`${m}: loss and δ against an independent float64 loss and its finite differences`, () => {
      for (const c of cases) {
        const t = term(m, c);
        const L = losses[m];
        expect(Math.abs(t.loss - L(c, c.pc, c.pr))).toBeLessThan(1e-12);
        const e = 1e-6;
        const dC = -(L(c, c.pc + e, c.pr) - L(c, c.pc - e, c.pr)) / (2 * e);
        const dR = -(L(c, c.pc, c.pr + e) - L(c, c.pc, c.pr - e)) / (2 * e);
        expect(Math.abs(t.chosen - dC)).toBeLessThan(1e-7);
        expect(Math.abs(t.rejected - dR)).toBeLessThan(1e-7);
      }
    });
  }
  it('DPO carries the leading β: δ = β·σ(−βh), e.g. β = 0.1, h = 2 gives 0.1·σ(−0.2) ≈ 0.0450', () => {
    expect(E.dpoPairTerm(2, 0.1).chosen).toBeCloseTo(0.1 / (1 + Math.exp(0.2)), 15);
    expect(E.dpoPairTerm(2, 0.1).chosen).toBeCloseTo(0.045017, 6);
  });
  it('stable at large margins: |βh| = 120 gives finite losses and weights', () => {
    expect(E.dpoPairTerm(240, 0.5)).toEqual({
      loss: expect.closeTo(0, 12),
      chosen: expect.closeTo(0, 12),
      rejected: expect.closeTo(0, 12),
    });
    const wrong = E.dpoPairTerm(-240, 0.5);
    expect(wrong.loss).toBeCloseTo(120, 10);
    expect(wrong.chosen).toBeCloseTo(0.5, 12);
  });
  it('the DPO example’s pair breakdown: loss −log σ(βh) and weight βσ(−βh) from its own log-ratios', () => {
    const t = E.createBanditPairTrainer({ seed: 3, lr: 0.5, method: 'dpo', beta: 0.5, mode: 'offline', noise: 1 });
    t.step();
    const r = t.step();
    const pr = r.pair;
    const h = pr.logRatioChosen - pr.logRatioRejected;
    expect(pr.h).toBeCloseTo(h, 12);
    expect(pr.loss).toBeCloseTo(Math.log1p(Math.exp(-0.5 * h)), 12);
    expect(pr.weight).toBeCloseTo(0.5 / (1 + Math.exp(0.5 * h)), 12);
    expect(r.delta).toEqual({ chosen: pr.weight, rejected: -pr.weight });
    t.dispose();
  });
});
