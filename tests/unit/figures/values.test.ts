// The plotted numbers: equal to the engine's public functions at a few points, and checked from an
// independent path (closed forms in plain Math, or the hand calculations the chapters print).
import { describe, expect, it } from 'vitest';
import { dpoLoss, ipoLoss } from '../../../src/lib/algorithms/index';
import { AutoregressivePolicy, exactDistribution } from '../../../src/lib/model/policy';
import { createRng } from '../../../src/lib/random';
import { tf } from '../../../src/lib/tf';
import { utility } from '../../../src/lib/world';
import * as E from '../../../src/figures/engine';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('pair-wise loss geometry', () => {
  const data = E.lossGeometry();
  const series = (name: string) => data.find((d) => d.name === name)!.points;
  const { beta, tau, epsilon, gamma } = E.LOSS_GEOMETRY;

  it('plots the closed forms of each loss and weight', () => {
    for (const p of series('DPO')) {
      expect(p.loss).toBeCloseTo(-Math.log(sigma(beta * p.h)), 5);
      expect(p.delta).toBeCloseTo(beta * sigma(-beta * p.h), 10);
    }
    for (const p of series('IPO')) expect(p.loss).toBeCloseTo((p.h - 1 / (2 * tau)) ** 2, 4);
    for (const p of series('hinge')) expect(p.loss).toBeCloseTo(Math.max(0, 1 - beta * p.h), 5);
    for (const p of series('cDPO')) {
      expect(p.loss).toBeCloseTo(
        -(1 - epsilon) * Math.log(sigma(beta * p.h)) - epsilon * Math.log(sigma(-beta * p.h)),
        5,
      );
    }
    for (const p of series('SimPO')) expect(p.loss).toBeCloseTo(-Math.log(sigma(beta * p.h - gamma)), 5);
  });

  it('equals the engine’s losses called directly', () => {
    const at = (h: number) => series('DPO').find((p) => Math.abs(p.h - h) < 1e-9)!;
    for (const h of [-4, -1, 0, 2.4, 4]) {
      const pair = {
        policyChosen: tf.tensor1d([h]),
        policyRejected: tf.tensor1d([0]),
        refChosen: tf.tensor1d([0]),
        refRejected: tf.tensor1d([0]),
      };
      expect(at(h).loss).toBeCloseTo(dpoLoss(pair, beta).dataSync()[0], 6);
      expect(series('IPO').find((p) => Math.abs(p.h - h) < 1e-9)!.loss).toBeCloseTo(
        ipoLoss(pair, tau).dataSync()[0],
        5,
      );
    }
  });

  it('shows what the chapter says: hinge weight exactly 0 past its margin, IPO negative past its target', () => {
    expect(
      series('hinge')
        .filter((p) => beta * p.h >= 1)
        .every((p) => p.delta === 0),
    ).toBe(true);
    expect(
      series('IPO')
        .filter((p) => p.h > 1 / (2 * tau))
        .every((p) => p.delta < 0),
    ).toBe(true);
    expect(series('DPO').every((p) => p.delta > 0)).toBe(true);
  });
});

describe('closed-form optimum', () => {
  it('reproduces the definition chapter’s two-reply example', () => {
    const { optima } = E.optimumData();
    const at = (beta: number) => optima.find((o) => o.beta === beta)!.probs;
    expect(at(0.5)[0]).toBeCloseTo(0.76, 3); // the chapter's table
    expect(at(2)[0]).toBeCloseTo(0.414, 3); // "with β = 2 … ≈ 0.414"
    for (const o of optima) {
      const w = [0.3 * Math.exp(1 / o.beta), 0.7];
      expect(o.probs[0]).toBeCloseTo(w[0] / (w[0] + w[1]), 10);
      expect(o.probs[0] + o.probs[1]).toBeCloseTo(1, 12);
    }
  });
});

describe('Bradley–Terry with label noise', () => {
  it('is σ(Δu / noise), symmetric about 0.5', () => {
    for (const { noise, points } of E.bradleyTerryData()) {
      expect(points.length).toBeGreaterThan(10);
      for (const p of points) expect(p.p).toBeCloseTo(sigma(p.d / noise), 10);
    }
  });
});

describe('ranking', () => {
  const d = E.rankingData();
  it('reads Plackett–Luce as choices whose probabilities multiply to the likelihood', () => {
    const product = d.stages.reduce((a, s) => a * s.p, 1);
    expect(product).toBeCloseTo(Math.exp(-d.plackettLuce.loss), 5);
    const [s0, s1, s2, s3] = d.scores;
    expect(d.stages[0].p).toBeCloseTo(Math.exp(s0) / (Math.exp(s0) + Math.exp(s1) + Math.exp(s2) + Math.exp(s3)), 10);
    expect(d.stages[2].p).toBeCloseTo(sigma(s2 - s3), 10);
  });
  it('has RRHF push only the one misordered pair', () => {
    expect(d.rrhf.pairs.filter((p) => p.active).map((p) => [p.better, p.worse])).toEqual([[0, 1]]);
    expect(d.rrhf.loss).toBeCloseTo(d.scores[1] - d.scores[0], 5);
    expect(d.rrhf.deltas).toEqual([1, -1, 0, 0]);
    expect(d.plackettLuce.deltas.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
  });
});

describe('KTO', () => {
  it('has the value of the kto-loss equation and the weight peaks at the reference point', () => {
    const { lambdaD, lambdaU, beta, z0 } = E.KTO;
    for (const p of E.ktoData()) {
      expect(p.valueDesirable).toBeCloseTo(lambdaD * sigma(beta * (p.r - z0)), 5);
      expect(p.valueUndesirable).toBeCloseTo(lambdaU * sigma(beta * (z0 - p.r)), 5);
    }
    const at0 = E.ktoData().find((p) => Math.abs(p.r) < 1e-9)!;
    expect(at0.deltaDesirable).toBeCloseTo((lambdaD * beta) / 4, 10);
    expect(at0.deltaUndesirable).toBeCloseTo((-lambdaU * beta) / 4, 10);
  });
});

describe('GRPO group', () => {
  it('has advantages of mean 0 and (population) standard deviation 1, ordered like the rewards', () => {
    const g = E.grpoGroup();
    expect(g).toHaveLength(E.GRPO.groupSize);
    const a = g.map((x) => x.advantage);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean).toBeCloseTo(0, 8);
    expect(Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length)).toBeCloseTo(1, 6);
    const r = g.map((x) => x.reward);
    const rm = r.reduce((s, v) => s + v, 0) / r.length;
    const rs = Math.sqrt(r.reduce((s, v) => s + (v - rm) ** 2, 0) / r.length);
    g.forEach((x) => expect(x.advantage).toBeCloseTo((x.reward - rm) / rs, 6));
  });
});

describe('PPO worked example', () => {
  it('matches the point-wise chapter’s hand calculation', () => {
    const t = E.ppoTokens();
    expect(t.map((x) => x.reward)).toEqual([
      expect.closeTo(-0.05, 10),
      expect.closeTo(0.02, 10),
      expect.closeTo(0.97, 10),
    ]);
    expect(t.map((x) => x.tdError)).toEqual([
      expect.closeTo(0.05, 10),
      expect.closeTo(0.22, 10),
      expect.closeTo(0.17, 10),
    ]);
    expect(t[2].advantage).toBeCloseTo(0.17, 10);
    expect(t[1].advantage).toBeCloseTo(0.3815, 10);
    expect(t[0].advantage).toBeCloseTo(0.412, 3);
  });
});

describe('best-of-N', () => {
  it('plots the bound log N − (N−1)/N and an exact KL that never exceeds it', () => {
    const d = E.bestOfNData();
    expect(d[0]).toMatchObject({ n: 1, bound: 0 });
    expect(Math.abs(d[0].exact)).toBeLessThan(1e-12);
    for (const p of d) {
      expect(p.bound).toBeCloseTo(Math.log(p.n) - (p.n - 1) / p.n, 12);
      expect(p.exact).toBeLessThanOrEqual(p.bound + 1e-12);
      // Up to rounding: at N = 1 the KL is 0, computed from differences of cumulative masses.
      expect(p.exact).toBeGreaterThanOrEqual(-1e-12);
    }
    // The chapter's numbers: 0.636 nats at N = 4 and 1.835 at N = 16.
    expect(d.find((p) => p.n === 4)!.bound).toBeCloseTo(0.636, 3);
    expect(d.find((p) => p.n === 16)!.bound).toBeCloseTo(1.835, 3);
  });

  it('agrees with brute-force best-of-2 over every pair of replies of the toy policy', () => {
    // Independent path: enumerate both draws, the better-utility one wins, a tie is a fair coin.
    const policy = new AutoregressivePolicy(createRng(E.BEST_OF_N.seed));
    const { replies, p } = exactDistribution(policy.table.probabilities(), E.BEST_OF_N.prompt);
    policy.table.dispose();
    const u = replies.map((r) => utility(E.BEST_OF_N.prompt, r));
    const bon = new Float64Array(replies.length);
    for (let a = 0; a < replies.length; a++)
      for (let b = 0; b < replies.length; b++) {
        const w = p[a] * p[b];
        if (Math.abs(u[a] - u[b]) < 1e-9) {
          bon[a] += w / 2;
          bon[b] += w / 2;
        } else bon[u[a] > u[b] ? a : b] += w;
      }
    let kl = 0;
    bon.forEach((q, i) => {
      if (q > 0) kl += q * Math.log(q / p[i]);
    });
    expect(E.bestOfNKl(2)).toBeCloseTo(kl, 8);
  });
});
