// REINFORCE on the bandit with and without a baseline: the exact gradient variance agrees with a brute
// enumeration of the estimator's outcomes, a hand-worked two-candidate case, and the trainer's own steps
// agree with a plain-arithmetic softmax update driven by the same random stream.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBanditReinforce, reinforceGradVariance } from '../../../src/lib/algorithms';
import { createRng } from '../../../src/lib/random';
import { CANDIDATES, K, P, utility } from '../../../src/lib/world';

/** Variance by listing the K outcomes of the one-sample estimator g = (r_k − b)(e_k − π). */
function bruteVariance(pi: number[], r: number[], b: number): number {
  const gs = pi.map((_, k) => pi.map((pj, j) => (r[k] - b) * ((j === k ? 1 : 0) - pj)));
  const mean = pi.map((_, j) => gs.reduce((s, g, k) => s + pi[k] * g[j], 0));
  return gs.reduce((s, g, k) => s + pi[k] * g.reduce((t, gj, j) => t + (gj - mean[j]) ** 2, 0), 0);
}

describe('reinforceGradVariance', () => {
  it('matches enumeration for fixed and value baselines', () => {
    const pi = [0.1, 0.2, 0.3, 0.4];
    const r = [1.6, 0.8, -1.6, -1.9];
    const v = pi.reduce((s, p, k) => s + p * r[k], 0);
    for (const b of [0, 3, -2, v]) expect(reinforceGradVariance(pi, r, b)).toBeCloseTo(bruteVariance(pi, r, b), 12);
    expect(reinforceGradVariance(pi, r)).toBeCloseTo(bruteVariance(pi, r, v), 12);
  });

  // Two candidates, π = (½, ½), r = (1, 0): g = (r_k − b)·(e_k − π). With b = 0 the outcomes are
  // k=0: (1)(½, −½), k=1: 0 → mean (¼, −¼), E‖g‖² = ½·½ = ¼, ‖mean‖² = ⅛, variance ⅛.
  // With b = V = ½: outcomes (½)(½, −½) and (−½)(−½, ½) are equal, so the variance is 0.
  it('two candidates by hand', () => {
    expect(reinforceGradVariance([0.5, 0.5], [1, 0], 0)).toBeCloseTo(0.125, 12);
    expect(reinforceGradVariance([0.5, 0.5], [1, 0])).toBeCloseTo(0, 12);
  });

  it('a constant offset raises the no-baseline variance and leaves the value baseline unchanged', () => {
    const pi = [0.25, 0.25, 0.25, 0.25];
    const r = [1.6, 0.8, -1.6, -1.9];
    const shifted = r.map((x) => x + 5);
    expect(reinforceGradVariance(pi, shifted, 0)).toBeGreaterThan(reinforceGradVariance(pi, r, 0));
    expect(reinforceGradVariance(pi, shifted)).toBeCloseTo(reinforceGradVariance(pi, r), 12);
  });
});

describe('createBanditReinforce', () => {
  it('steps like a plain softmax update on the same random draws', () => {
    const seed = 5,
      lr = 0.8,
      n = 6,
      offset = 2,
      steps = 4;
    const t = createBanditReinforce({ seed, lr, samples: n, offset });
    let last!: ReturnType<typeof t.step>;
    for (let s = 0; s < steps; s++) last = t.step();
    t.dispose();
    const softmax = (row: number[]) => {
      const z = row.map(Math.exp);
      const sum = z.reduce((a, b) => a + b, 0);
      return z.map((x) => x / sum);
    };
    for (const kind of ['none', 'value'] as const) {
      const rng = createRng(seed);
      const logits = [...Array(P)].map(() => new Array(K).fill(0));
      for (let s = 0; s < steps; s++) {
        // The loss is a mean over all P·n samples, so each row moves by lr/(P·n) times its summed estimates.
        const grads = logits.map((row, p) => {
          const pi = softmax(row);
          const r = CANDIDATES[p].map((c) => utility(p, c) + offset);
          const b = kind === 'none' ? 0 : pi.reduce((a, q, k) => a + q * r[k], 0);
          const g = new Array(K).fill(0);
          for (let i = 0; i < n; i++) {
            const k = rng.choice(pi);
            for (let j = 0; j < K; j++) g[j] += (r[k] - b) * ((j === k ? 1 : 0) - pi[j]);
          }
          return g;
        });
        grads.forEach((g, p) => g.forEach((gj, j) => (logits[p][j] += (lr * gj) / (P * n))));
      }
      logits
        .map(softmax)
        .forEach((row, p) =>
          row.forEach((q, k) => expect(last[kind].policy[p][k], `${kind} ${p} ${k}`).toBeCloseTo(q, 5)),
        );
    }
  });

  it('with the same seed both runs draw the same first samples and differ only in δ', () => {
    const t = createBanditReinforce({ seed: 3, lr: 0.5, samples: 4, offset: 0 });
    const r = t.step();
    expect(r.none.samples.map((s) => s.candidate)).toEqual(r.value.samples.map((s) => s.candidate));
    r.value.samples.forEach((s, i) => expect(s.delta).toBeCloseTo(r.none.samples[i].delta - s.baseline, 12));
    t.dispose();
  });

  it('refuses bad settings with a message', () => {
    expect(() => createBanditReinforce({ seed: 1, lr: 0.5, samples: 0 })).toThrow(/samples/);
    expect(() => createBanditReinforce({ seed: 1, lr: 0.5, offset: Number.NaN })).toThrow(/offset/);
  });
});

describe('the figures the RL primer quotes', () => {
  // content/rl-primer.mdx: "Over 30 seeds at that setting (c = 10, N = 2), the expected utility after 30
  // steps was A ± a with the baseline and B ± b without it." Recomputed here from the engine.
  it('30 seeds, offset 10, two samples per prompt, 30 steps', () => {
    const text = readFileSync('content/rl-primer.mdx', 'utf8').replace(/\s+/g, ' ');
    const n = '([\\d.]+)';
    const m = new RegExp(`after 30 steps was ${n} ± ${n} with the baseline and ${n} ± ${n} without it`).exec(text);
    expect(m, 'the sentence with the figures').not.toBeNull();
    expect(text).toContain('/rl-primer/?reinforce.offset=10&reinforce.samples=2');
    const runs = { value: [] as number[], none: [] as number[] };
    for (let seed = 1; seed <= 30; seed++) {
      const t = createBanditReinforce({ seed, lr: 0.5, samples: 2, offset: 10 });
      let r!: ReturnType<typeof t.step>;
      for (let i = 0; i < 30; i++) r = t.step();
      runs.value.push(r.value.expectedUtility);
      runs.none.push(r.none.expectedUtility);
      t.dispose();
    }
    const stats = (x: number[]) => {
      const mean = x.reduce((a, b) => a + b, 0) / x.length;
      return [mean, Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length)].map((v) => v.toFixed(2));
    };
    expect([...stats(runs.value), ...stats(runs.none)]).toEqual(m!.slice(1, 5));
  });
});
