// Every numeric exercise, three ways: the engine's answer (what the page checks against, computed at
// build time), an independent recomputation here in plain Math from the inputs the question states, and
// the number the worked solution writes by hand. The three must agree, or the page is teaching a wrong
// number (or the engine has changed under it).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXERCISE_SETS } from '../../../src/exercises/index';
import type { NumericExercise } from '../../../src/exercises/types';

type In = Record<string, number | number[]>;
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const nls = (z: number) => Math.log1p(Math.exp(-z)); // -log σ(z)
const n = (i: In, k: string) => i[k] as number;
const a = (i: In, k: string) => i[k] as number[];
const margin = (i: In) => n(i, 'policyChosen') - n(i, 'refChosen') - (n(i, 'policyRejected') - n(i, 'refRejected'));
const tilt = (i: In, k: number) => {
  const w = a(i, 'ref').map((p, j) => p * Math.exp(a(i, 'rewards')[j] / n(i, 'beta')));
  return w[k] / w.reduce((s, v) => s + v, 0);
};
const ppoDelta = (A: number, rho: number, eps: number) => ((A >= 0 ? rho <= 1 + eps : rho >= 1 - eps) ? A * rho : 0);
function gae0(i: In) {
  const r = a(i, 'rewards'),
    v = a(i, 'values'),
    g = n(i, 'gamma'),
    l = n(i, 'lambda');
  let next = 0;
  for (let t = r.length - 1; t >= 0; t--) next = r[t] + g * v[t + 1] - v[t] + g * l * next;
  return next;
}
const lse = (xs: number[]) => Math.log(xs.reduce((s, x) => s + Math.exp(x), 0));

/** Plain-Math answers, keyed by exercise id; an exercise without one fails the test below. */
const INDEPENDENT: Record<string, (i: In) => number> = {
  'intro-bt-loss': (i) => nls(n(i, 'chosen') - n(i, 'rejected')),
  'def-bt-probability': (i) => sig(n(i, 'rA') - n(i, 'rB')),
  'def-tilt-beta-1': (i) => tilt(i, 0),
  'def-tilt-beta-quarter': (i) => tilt(i, 0),
  'uv-dpo-delta': (i) => n(i, 'beta') * sig(-n(i, 'beta') * n(i, 'h')),
  'uv-ppo-clipped': (i) => ppoDelta(n(i, 'advantage'), n(i, 'ratio'), n(i, 'eps')),
  'uv-ppo-negative': (i) => ppoDelta(n(i, 'advantage'), n(i, 'ratio'), n(i, 'eps')),
  'pd-bon-kl': (i) => Math.log(n(i, 'n')) - (n(i, 'n') - 1) / n(i, 'n'),
  'pd-utility': (i) => n(i, 'steps') + n(i, 'please') + n(i, 'bonus') - 2 * n(i, 'cost'),
  'pd-utility-repeat': (i) => n(i, 'thanks') + n(i, 'bonus') - 2 * n(i, 'cost'),
  'fb-bt-wrong-order': (i) => nls(n(i, 'chosen') - n(i, 'rejected')),
  'fb-judge-position': (i) => sig(n(i, 'first') - n(i, 'second') + n(i, 'bias')),
  'fb-judge-swap': (i) =>
    (sig(n(i, 'first') - n(i, 'second') + n(i, 'bias')) + sig(n(i, 'first') - n(i, 'second') - n(i, 'bias'))) / 2,
  'alg-dpo-loss': (i) => nls(n(i, 'beta') * margin(i)),
  'alg-ipo-loss': (i) => (margin(i) - 1 / (2 * n(i, 'tau'))) ** 2,
  'pw-gae': gae0,
  'pw-gae-lambda-zero': gae0,
  'pw-ppo-clip-loss': (i) => {
    const rho = Math.exp(n(i, 'logp') - n(i, 'oldLogp')),
      A = n(i, 'advantage'),
      e = n(i, 'eps');
    return Math.max(-A * rho, -A * Math.min(Math.max(rho, 1 - e), 1 + e));
  },
  'pw-kl-shaped': (i) => -n(i, 'beta') * (a(i, 'logp')[1] - a(i, 'refLogp')[1]) + n(i, 'score'),
  'pw-kto-loss': (i) => 1 - sig(n(i, 'beta') * (n(i, 'policy') - n(i, 'ref') - n(i, 'z0'))),
  'pair-dpo-weight': (i) => n(i, 'beta') * sig(-n(i, 'beta') * n(i, 'h')),
  'pair-cdpo': (i) => (1 - n(i, 'eps')) * nls(n(i, 'beta') * margin(i)) + n(i, 'eps') * nls(-n(i, 'beta') * margin(i)),
  'pair-simpo': (i) => nls(n(i, 'beta') * (n(i, 'avgChosen') - n(i, 'avgRejected')) - n(i, 'gamma')),
  'pair-hinge': (i) => Math.max(0, 1 - n(i, 'beta') * margin(i)),
  'lw-pl-nll': (i) => {
    const s = a(i, 'scores');
    return -s.slice(0, -1).reduce((t, sk, k) => t + sk - lse(s.slice(k)), 0);
  },
  'lw-rrhf': (i) => {
    const s = a(i, 'scores'),
      r = a(i, 'rewards');
    let total = 0;
    for (let x = 0; x < s.length; x++)
      for (let y = 0; y < s.length; y++) if (r[x] < r[y]) total += Math.max(0, s[x] - s[y]);
    return total;
  },
  'lw-grpo-delta': (i) =>
    ppoDelta(n(i, 'advantage'), n(i, 'ratio'), n(i, 'eps')) +
    n(i, 'beta') * (Math.exp(n(i, 'refLogp') - n(i, 'logp')) - 1),
  'tf-reweight': (i) => tilt(i, 1),
  'ev-length-bias': (i) =>
    sig(n(i, 'uLong') + n(i, 'bias') * n(i, 'lenLong') - n(i, 'uShort') - n(i, 'bias') * n(i, 'lenShort')),
  'ev-swap-average': (i) => (sig(n(i, 'd') + n(i, 'bias')) + sig(n(i, 'd') - n(i, 'bias'))) / 2,
  'fd-label-noise': (i) => sig(n(i, 'gap') / n(i, 'noise')),
  'cc-dpo-start': (i) => nls(n(i, 'beta') * margin(i)),
  'rg-remax': (i) => n(i, 'reward') - n(i, 'baseline'),
  'rg-grpo-clipped': (i) =>
    ppoDelta(n(i, 'advantage'), n(i, 'ratio'), n(i, 'eps')) +
    n(i, 'beta') * (Math.exp(n(i, 'refLogp') - n(i, 'logp')) - 1),
};

const numeric = Object.values(EXERCISE_SETS)
  .flatMap((s) => s.exercises)
  .filter((e): e is NumericExercise => e.kind === 'numeric');
/** The numbers a question shows, as written (TeX minus signs and thin spaces removed). */
const shown = (q: string) => new Set([...q.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));

describe('numeric exercises', () => {
  for (const ex of numeric) {
    test(`${ex.id}: engine, plain Math and the written solution agree`, () => {
      const engine = ex.compute(ex.inputs);
      const independent = INDEPENDENT[ex.id];
      expect(independent, `add a plain-Math answer for ${ex.id}`).toBeTypeOf('function');
      const plain = independent(ex.inputs);
      expect(Number.isFinite(engine)).toBe(true);
      // float32 engine against float64 Math
      expect(Math.abs(engine - plain)).toBeLessThan(1e-5 + 1e-5 * Math.abs(plain));
      expect(ex.solution).toContain(ex.written);
      expect(Math.abs(Number(ex.written) - engine)).toBeLessThanOrEqual(ex.tolerance);
      // The tolerance is tight enough that a typical slip (the wrong sign, a factor of two) is "not yet".
      expect(ex.tolerance).toBeLessThanOrEqual(Math.max(0.01, Math.abs(engine) * 0.02));
    });
    test(`${ex.id}: the question states every input it is computed from`, () => {
      const numbers = shown(ex.question);
      for (const [name, value] of Object.entries(ex.inputs)) {
        for (const v of [value].flat()) expect(numbers.has(v) || numbers.has(Math.abs(v)), `${name} = ${v}`).toBe(true);
      }
    });
  }
});

test('every exercise set belongs to a chapter that renders it', () => {
  for (const [name, set] of Object.entries(EXERCISE_SETS)) {
    const file = set.page === '/' ? '' : `content${set.page.replace(/\/$/, '')}`;
    const path = [`${file}.mdx`, `${file}/index.mdx`].find((p) => {
      try {
        return readFileSync(p, 'utf8').includes(`<Exercises set="${name}"`);
      } catch {
        return false;
      }
    });
    expect(path, `${name} on ${set.page}`).toBeDefined();
  }
});
