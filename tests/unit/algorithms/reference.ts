// Independent float64 reference implementations of the loss contract, written straight from the
// definitions in docs/engine-contract.md with plain JS Math and loops. They never
// call the engine (no tf, no import from src/), so a test comparing the two can actually fail.
//
// Where the definition itself would overflow in float64 (log σ(x) = -log(1 + e^-x) at x = -800,
// say), the reference uses the textbook stable form of the *same* expression; everything else is
// written literally (e.g. cDPO with its two log σ terms, KTO with its if/else, 1 - σ(...)).

export type Vec = number[];

/** Round to float32, as the engine's tensors do, so both sides see the same inputs. */
export const f32 = (xs: Vec): Vec => xs.map((x) => Math.fround(x));

const mean = (xs: Vec): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sum = (xs: Vec): number => xs.reduce((a, b) => a + b, 0);

/** log σ(x) = -log(1 + e^-x), split by sign so that neither branch overflows. */
export function logSig(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** log Σ e^{x_i}, shifted by the max. */
export function logSumExp(xs: Vec): number {
  const m = Math.max(...xs);
  return m + Math.log(sum(xs.map((x) => Math.exp(x - m))));
}

export interface Pair {
  policyChosen: Vec;
  policyRejected: Vec;
  refChosen: Vec;
  refRejected: Vec;
}

export interface AvgPair {
  policyChosenAvg: Vec;
  policyRejectedAvg: Vec;
}

/** h_i = (πc - refc) - (πr - refr). */
export function margins(p: Pair): Vec {
  return p.policyChosen.map((_, i) => p.policyChosen[i] - p.refChosen[i] - (p.policyRejected[i] - p.refRejected[i]));
}

export function bradleyTerry(chosen: Vec, rejected: Vec): number {
  return mean(chosen.map((c, i) => -logSig(c - rejected[i])));
}

export function dpo(p: Pair, beta: number): number {
  return mean(margins(p).map((h) => -logSig(beta * h)));
}

export function ipo(p: Pair, tau: number): number {
  return mean(margins(p).map((h) => (h - 1 / (2 * tau)) ** 2));
}

export function cdpo(p: Pair, beta: number, eps: number): number {
  return mean(margins(p).map((h) => -(1 - eps) * logSig(beta * h) - eps * logSig(-beta * h)));
}

export function hinge(p: Pair, beta: number): number {
  return mean(margins(p).map((h) => Math.max(0, 1 - beta * h)));
}

export function simpo(p: AvgPair, beta: number, gamma: number): number {
  const ar = p.policyRejectedAvg;
  return mean(p.policyChosenAvg.map((ac, i) => -logSig(beta * (ac - ar[i]) - gamma)));
}

/** logodds(a) = a - log(1 - e^a); float64 Math.expm1 makes 1 - e^a exact enough near a = 0. */
export function logOdds(a: number): number {
  return a - Math.log(-Math.expm1(a));
}

export function orpo(p: AvgPair, lambda: number): number {
  const ac = p.policyChosenAvg;
  const ar = p.policyRejectedAvg;
  const nll = mean(ac.map((a) => -a));
  const or = mean(ac.map((a, i) => -logSig(logOdds(a) - logOdds(ar[i]))));
  return nll + lambda * or;
}

export interface Kto {
  policy: Vec;
  ref: Vec;
  desirable: Vec;
}

export interface KtoHyper {
  beta: number;
  z0: number;
  lambdaD: number;
  lambdaU: number;
}

export function kto(b: Kto, h: KtoHyper): number {
  return mean(
    b.policy.map((p, i) => {
      const r = p - b.ref[i];
      if (b.desirable[i] === 1) return h.lambdaD * (1 - sigmoid(h.beta * (r - h.z0)));
      return h.lambdaU * (1 - sigmoid(h.beta * (h.z0 - r)));
    }),
  );
}

export function rrhf(scores: Vec, rewards: Vec): number {
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    for (let j = 0; j < scores.length; j++) {
      if (rewards[i] < rewards[j]) total += Math.max(0, scores[i] - scores[j]);
    }
  }
  return total;
}

export function plackettLuce(s: Vec): number {
  let total = 0;
  for (let k = 0; k <= s.length - 2; k++) total -= s[k] - logSumExp(s.slice(k));
  return total;
}

export interface Ppo {
  logp: Vec;
  oldLogp: Vec;
  advantages: Vec;
}

export function ppoClip(b: Ppo, eps: number): number {
  return mean(
    b.logp.map((lp, i) => {
      const ratio = Math.exp(lp - b.oldLogp[i]);
      const a = b.advantages[i];
      const clipped = Math.min(Math.max(ratio, 1 - eps), 1 + eps);
      return Math.max(-a * ratio, -a * clipped);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Comparison helpers

/** The contract's tolerance: |got - want| ≤ 1e-4 · max(1, |want|). */
export function withinContract(got: number, want: number): boolean {
  return Math.abs(got - want) <= 1e-4 * Math.max(1, Math.abs(want));
}

/**
 * Central difference of `f` at `x` (float64), one coordinate of one named input at a time.
 * The step is 1e-3 scaled down for inputs of magnitude < 1 (never below 1e-6), so that e.g. ORPO
 * at a = -1e-3 is differentiated at -1e-3 ± 1e-6 instead of stepping across the pole at a = 0.
 */
export function centralDifference(
  f: (inputs: Record<string, Vec>) => number,
  inputs: Record<string, Vec>,
  name: string,
): Vec {
  return inputs[name].map((x, i) => {
    const step = 1e-3 * Math.min(1, Math.max(Math.abs(x), 1e-3));
    const at = (v: number) => f({ ...inputs, [name]: inputs[name].map((y, j) => (j === i ? v : y)) });
    return (at(x + step) - at(x - step)) / (2 * step);
  });
}
