// Known results reproduced on the toy.
import { describe, expect, it } from 'vitest';
import * as E from '../../../src/lib/algorithms';

describe('known results', () => {
  it('(a) DPO from Bradley–Terry preferences and KL-regularised policy gradient both reach π* ∝ π_ref·exp(r/β)', () => {
    // DPO: 300 independent labels per candidate pair, so label frequencies approach σ(Δr).
    const dpo = E.createBanditPairTrainer({
      seed: 1,
      method: 'dpo',
      beta: 1,
      lr: 1,
      mode: 'offline',
      labelsPerPair: 300,
    });
    let rec!: E.BanditPairRecord;
    for (let i = 0; i < 400; i++) rec = dpo.step();
    // Tolerance: mean total-variation distance 0.05 (sampling noise of the labels remains).
    expect(rec.tvToOptimum).toBeLessThan(0.05);
    const pg = E.createBanditPolicyGradient({ seed: 1, beta: 1, lr: 0.5, samples: 128 });
    let tv = 1;
    for (let i = 0; i < 300; i++) tv = pg.step().tvToOptimum;
    expect(tv).toBeLessThan(0.05);
    // Both are compared to the same optimum.
    expect(pg.optimum).toEqual(dpo.optimum);
  });

  it('(b) with deterministic preferences DPO drives the rejected reply toward 0 for any β; IPO stops at its target margin 1/(2τ)', () => {
    for (const beta of [0.1, 1]) {
      const t = E.createBanditPairTrainer({ seed: 2, method: 'dpo', beta, lr: 5, mode: 'offline', noise: 0 });
      let rec!: E.BanditPairRecord;
      for (let i = 0; i < 400; i++) rec = t.step();
      // The worst candidate of each prompt (rejected in every pair it appears in).
      for (const row of rec.policy) expect(Math.min(...row)).toBeLessThan(0.01);
    }
    const tau = 0.25;
    const pairs = [0, 1, 2].map((prompt) => ({ prompt, chosen: 0, rejected: 3 }));
    const ipo = E.createBanditPairTrainer({ seed: 2, method: 'ipo', beta: 1, tau, lr: 0.1, mode: 'offline', pairs });
    let rec!: E.BanditPairRecord;
    for (let i = 0; i < 300; i++) rec = ipo.step();
    expect(rec.pair.h).toBeCloseTo(1 / (2 * tau), 2);
  });

  it('(c) likelihood displacement: the chosen reply loses probability while the margin grows', () => {
    const t = E.createBanditPairTrainer(E.LIKELIHOOD_DISPLACEMENT);
    const first = t.step();
    let last = first;
    for (let i = 0; i < 60; i++) last = t.step();
    expect(last.pair.h).toBeGreaterThan(first.pair.h + 0.3);
    expect(last.pair.policyChosen).toBeLessThan(first.pair.policyChosen - 0.3);
  });
});
