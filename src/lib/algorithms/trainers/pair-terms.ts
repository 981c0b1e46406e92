// One pair's share of a pair-wise step, for every pair-wise method of the engine: its loss and its
// gradient coefficient δ on each token of the chosen and of the rejected reply (the summed form of
// the Conventions in docs/engine-contract.md: −∇ of the pair's loss is δ⁺ Σ_t ∇log π(y⁺_t) + δ⁻ Σ_t ∇log π(y⁻_t)).
// The trainers (autoregressive and bandit), the records the DPO example shows and the closed-form
// δ of ./coefficients all read these functions, so each formula is written once. Unchecked: plain
// numbers in, plain numbers out, for the hot loop; the trainers check hyper-parameters when they are
// created and coefficients.ts checks its arguments (the public boundary).
import { log1mexp, sigmoid, softplus } from '../../maths';
import { checkFinite, checkInRange, checkNonNegative, checkPositive } from '../validate';
import { engineError } from '../../errors';

export type PairMethod = 'dpo' | 'ipo' | 'cdpo' | 'hinge' | 'simpo' | 'orpo';

/** The loss of one pair and δ on each token of its chosen (δ⁺) and rejected (δ⁻) reply. */
export interface PairTerm {
  loss: number;
  chosen: number;
  rejected: number;
}

/** What a pair's term is computed from (log-probs before the step). */
export interface PairInputs {
  /** h = (log π(y⁺) − log π_ref(y⁺)) − (log π(y⁻) − log π_ref(y⁻)), summed log-probs. */
  h: number;
  /** Length-averaged policy log-probs log π(y)/|y| (SimPO, ORPO). */
  avgChosen: number;
  avgRejected: number;
  /** Token counts |y⁺|, |y⁻| (SimPO, ORPO spread their δ over the tokens). */
  lenChosen: number;
  lenRejected: number;
}

export interface PairParams {
  beta: number;
  tau: number;
  epsilon: number;
  gamma: number;
  lambda: number;
}

/** DPO: loss −log σ(βh) = softplus(−βh); δ = ±β·σ(−βh). */
export function dpoPairTerm(h: number, beta: number): PairTerm {
  const z = beta * h;
  const d = beta * sigmoid(-z);
  return { loss: softplus(-z), chosen: d, rejected: -d };
}

/** IPO: loss (h − 1/(2τ))²; δ = ±2(1/(2τ) − h). */
export function ipoPairTerm(h: number, tau: number): PairTerm {
  const gap = h - 1 / (2 * tau);
  return { loss: gap * gap, chosen: -2 * gap, rejected: 2 * gap };
}

/** cDPO: loss −(1−ε)log σ(βh) − ε log σ(−βh); δ = ±β((1−ε)σ(−βh) − εσ(βh)). */
export function cdpoPairTerm(h: number, beta: number, epsilon: number): PairTerm {
  const z = beta * h;
  const d = beta * ((1 - epsilon) * sigmoid(-z) - epsilon * sigmoid(z));
  return { loss: (1 - epsilon) * softplus(-z) + epsilon * softplus(z), chosen: d, rejected: -d };
}

/** SLiC-style hinge: loss max(0, 1 − βh); δ = ±β while βh < 1, then 0. */
export function hingePairTerm(h: number, beta: number): PairTerm {
  const z = beta * h;
  const d = z < 1 ? beta : 0;
  return { loss: Math.max(0, 1 - z), chosen: d, rejected: -d };
}

/** SimPO: z = β(a⁺ − a⁻) − γ; loss softplus(−z); δ⁺ = βσ(−z)/|y⁺|, δ⁻ = −βσ(−z)/|y⁻|. */
export function simpoPairTerm(x: PairInputs, beta: number, gamma: number): PairTerm {
  const z = beta * (x.avgChosen - x.avgRejected) - gamma;
  const w = beta * sigmoid(-z);
  return { loss: softplus(-z), chosen: w / x.lenChosen, rejected: -w / x.lenRejected };
}

/**
 * ORPO: loss −a⁺ + λ·softplus(−d), d = logodds(a⁺) − logodds(a⁻), logodds(a) = a − log(1 − e^a),
 * whose slope is 1/(1 − e^a): δ⁺ = (1 + λσ(−d)/(1 − e^{a⁺}))/|y⁺|, δ⁻ = −λσ(−d)/(1 − e^{a⁻})/|y⁻|.
 */
export function orpoPairTerm(x: PairInputs, lambda: number): PairTerm {
  const d = x.avgChosen - log1mexp(x.avgChosen) - (x.avgRejected - log1mexp(x.avgRejected));
  const s = sigmoid(-d);
  return {
    loss: -x.avgChosen + lambda * softplus(-d),
    chosen: (1 + (lambda * s) / -Math.expm1(x.avgChosen)) / x.lenChosen,
    rejected: -(lambda * s) / -Math.expm1(x.avgRejected) / x.lenRejected,
  };
}

/** Per-method entry: the pair term, and whether the method compares with π_ref or length-normalises. */
export interface PairMethodEntry {
  usesReference: boolean;
  lengthNormalised: boolean;
  term(x: PairInputs, p: PairParams): PairTerm;
}

export const PAIR_TERMS: Record<PairMethod, PairMethodEntry> = {
  dpo: { usesReference: true, lengthNormalised: false, term: (x, p) => dpoPairTerm(x.h, p.beta) },
  ipo: { usesReference: true, lengthNormalised: false, term: (x, p) => ipoPairTerm(x.h, p.tau) },
  cdpo: { usesReference: true, lengthNormalised: false, term: (x, p) => cdpoPairTerm(x.h, p.beta, p.epsilon) },
  hinge: { usesReference: true, lengthNormalised: false, term: (x, p) => hingePairTerm(x.h, p.beta) },
  simpo: { usesReference: false, lengthNormalised: true, term: (x, p) => simpoPairTerm(x, p.beta, p.gamma) },
  orpo: { usesReference: false, lengthNormalised: true, term: (x, p) => orpoPairTerm(x, p.lambda) },
};

/** cDPO's label-flip rate must stay below one half: at ε = ½ the loss no longer prefers either reply. */
export const CDPO_EPSILON_MAX = 0.5;

/** Checks a pair-wise method's hyper-parameters once, when its trainer is created. */
export function checkPairParams(fn: string, method: PairMethod, p: PairParams): PairParams {
  if (!(method in PAIR_TERMS))
    throw engineError(
      'not-one-of',
      fn,
      { name: 'method', value: String(method), choices: Object.keys(PAIR_TERMS) },
      `method must be one of ${Object.keys(PAIR_TERMS).join(', ')}, got ${JSON.stringify(method)}`,
    );
  checkPositive(fn, 'beta', p.beta);
  if (method === 'ipo') checkPositive(fn, 'tau', p.tau);
  if (method === 'cdpo') checkInRange(fn, 'epsilon', p.epsilon, 0, CDPO_EPSILON_MAX, true);
  if (method === 'simpo') checkFinite(fn, 'gamma', p.gamma);
  if (method === 'orpo') checkNonNegative(fn, 'lambda', p.lambda);
  return p;
}
