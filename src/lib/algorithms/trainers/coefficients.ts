// The unified view in numbers: the gradient coefficient δ of the survey's equation (1) (DeepSeekMath's
// GC) for every method the engine trains, in closed form, from quantities a page already shows.
//
// Conventions (stated once, in docs/engine-contract.md, "Conventions", and in the unified-view chapter):
// - δ in the summed form. A step's loss L is an average over B examples (sequences for SFT, RFT and
//   ReMax; pairs for the pair-wise methods; lists for the list-wise ones; single replies for KTO;
//   tokens for PPO and GRPO, whose contract loss averages over tokens), and
//
//       −∇_θ L  =  (1/B) Σ_examples Σ_{sequences o in it} Σ_t δ_{o,t} ∇_θ log π_θ(o_t | x, o_<t),
//
//   so δ_{o,t} = −B · ∂L/∂log π_θ(o_t), with no 1/|o| (equation (1) as printed has δ_(1) = |o|·δ).
//   Methods built on summed log-probabilities give every token of a sequence the same δ; methods
//   built on length-averaged log-probabilities (SimPO, ORPO, PRO) give each token δ/|o|, which is why
//   those functions take the lengths.
// - DPO's δ carries its leading β: ±β·σ(−βh). cDPO's ε ∈ [0, 0.5). PPO's δ is ρ·A (A at ratio 1).
//   GRPO's advantages use the population std. PRO's SFT term is the summed NLL, weight 0.05·(n−1)².
// The formulas live once, unchecked, in ./pair-terms and ./point-terms (the trainers step with them);
// the functions here check their arguments (the public boundary) and call them. The unit tests check
// every function here against TF.js autodiff of the contract loss.
//
// No TF.js here: plain numbers in, plain numbers out, so a page can call these without the engine.

import {
  cdpoPairTerm,
  CDPO_EPSILON_MAX,
  dpoPairTerm,
  hingePairTerm,
  ipoPairTerm,
  orpoPairTerm,
  simpoPairTerm,
} from './pair-terms';
import { grpoTerm, ktoTerm, plackettLuceTerm, ppoTerm, rrhfTerm } from './point-terms';

function finite(name: string, value: number, fn: string) {
  if (!Number.isFinite(value)) throw new Error(`${fn}: ${name} must be a finite number, got ${value}`);
}
function positive(name: string, value: number, fn: string) {
  if (!(value > 0) || !Number.isFinite(value))
    throw new Error(`${fn}: ${name} must be a finite number > 0, got ${value}`);
}
function lengthOk(name: string, value: number, fn: string) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${fn}: ${name} must be a whole number ≥ 1, got ${value}`);
}

/** δ on each token of the chosen and of the rejected reply of one pair. */
export interface PairDelta {
  chosen: number;
  rejected: number;
}

/** SFT and rejection sampling (RFT, RAFT): δ = 1 on kept replies, 0 on the discarded ones. */
export function sftDelta(kept = true): number {
  return kept ? 1 : 0;
}

/** REINFORCE with a baseline (ReMax: the greedy reply's reward): δ = r(y) − b. */
export function reinforceDelta(reward: number, baseline: number): number {
  finite('reward', reward, 'reinforceDelta');
  finite('baseline', baseline, 'reinforceDelta');
  return reward - baseline;
}

/**
 * DPO, h = (log π(y⁺) − log π_ref(y⁺)) − (log π(y⁻) − log π_ref(y⁻)): δ = ±β·σ(−βh). The weight is
 * large when the implicit reward orders the pair wrongly and vanishes once the margin is large.
 */
export function dpoDelta(h: number, beta: number): PairDelta {
  finite('h', h, 'dpoDelta');
  positive('beta', beta, 'dpoDelta');
  const t = dpoPairTerm(h, beta);
  return { chosen: t.chosen, rejected: t.rejected };
}

/** IPO, loss (h − 1/(2τ))²: δ = ±2(1/(2τ) − h) — it changes sign past the target margin. */
export function ipoDelta(h: number, tau: number): PairDelta {
  finite('h', h, 'ipoDelta');
  positive('tau', tau, 'ipoDelta');
  const t = ipoPairTerm(h, tau);
  return { chosen: t.chosen, rejected: t.rejected };
}

/** Conservative DPO with label-flip rate ε: δ = ±β((1−ε)σ(−βh) − ε·σ(βh)), zero where σ(βh) = 1−ε. */
export function cdpoDelta(h: number, beta: number, epsilon: number): PairDelta {
  finite('h', h, 'cdpoDelta');
  positive('beta', beta, 'cdpoDelta');
  if (!(epsilon >= 0 && epsilon < CDPO_EPSILON_MAX))
    throw new Error(`cdpoDelta: epsilon must be in [0, 0.5), got ${epsilon}`);
  const t = cdpoPairTerm(h, beta, epsilon);
  return { chosen: t.chosen, rejected: t.rejected };
}

/** SLiC-style hinge max(0, 1 − βh): δ = ±β while βh < 1, then exactly 0. */
export function hingeDelta(h: number, beta: number): PairDelta {
  finite('h', h, 'hingeDelta');
  positive('beta', beta, 'hingeDelta');
  const t = hingePairTerm(h, beta);
  return { chosen: t.chosen, rejected: t.rejected };
}

/**
 * SimPO on length-averaged log-probs a = log π(y)/|y|, z = β(a⁺ − a⁻) − γ: per token
 * δ⁺ = β·σ(−z)/|y⁺| and δ⁻ = −β·σ(−z)/|y⁻| (no reference model).
 */
export function simpoDelta(
  avgChosen: number,
  avgRejected: number,
  lenChosen: number,
  lenRejected: number,
  beta: number,
  gamma: number,
): PairDelta {
  finite('avgChosen', avgChosen, 'simpoDelta');
  finite('avgRejected', avgRejected, 'simpoDelta');
  lengthOk('lenChosen', lenChosen, 'simpoDelta');
  lengthOk('lenRejected', lenRejected, 'simpoDelta');
  positive('beta', beta, 'simpoDelta');
  finite('gamma', gamma, 'simpoDelta');
  const t = simpoPairTerm({ h: 0, avgChosen, avgRejected, lenChosen, lenRejected }, beta, gamma);
  return { chosen: t.chosen, rejected: t.rejected };
}

/**
 * ORPO, NLL on the chosen reply plus λ·(−log σ(logodds(a⁺) − logodds(a⁻))), logodds(a) = a − log(1 − e^a)
 * whose derivative is 1/(1 − e^a): per token δ⁺ = (1 + λσ(−d)/(1 − e^{a⁺}))/|y⁺|,
 * δ⁻ = −λσ(−d)/(1 − e^{a⁻})/|y⁻|. Needs a < 0 (a reply with probability 1 has infinite odds).
 */
export function orpoDelta(
  avgChosen: number,
  avgRejected: number,
  lenChosen: number,
  lenRejected: number,
  lambda: number,
): PairDelta {
  for (const [name, a] of [
    ['avgChosen', avgChosen],
    ['avgRejected', avgRejected],
  ] as const) {
    if (!(a < 0) || !Number.isFinite(a))
      throw new Error(`orpoDelta: ${name} must be a finite average log-probability < 0, got ${a}`);
  }
  lengthOk('lenChosen', lenChosen, 'orpoDelta');
  lengthOk('lenRejected', lenRejected, 'orpoDelta');
  if (!(lambda >= 0) || !Number.isFinite(lambda))
    throw new Error(`orpoDelta: lambda must be a finite number ≥ 0, got ${lambda}`);
  const t = orpoPairTerm({ h: 0, avgChosen, avgRejected, lenChosen, lenRejected }, lambda);
  return { chosen: t.chosen, rejected: t.rejected };
}

/**
 * KTO on one reply with implicit reward r = log π(y) − log π_ref(y) and reference point z0:
 * desirable δ = λ_D·β·s(1 − s), s = σ(β(r − z0)); undesirable δ = −λ_U·β·s(1 − s), s = σ(β(z0 − r)).
 * The weight is largest near the reference point and fades for replies already far past it.
 */
export function ktoDelta(
  r: number,
  desirable: boolean,
  { beta, z0, lambdaD, lambdaU }: { beta: number; z0: number; lambdaD: number; lambdaU: number },
): number {
  finite('r', r, 'ktoDelta');
  positive('beta', beta, 'ktoDelta');
  finite('z0', z0, 'ktoDelta');
  finite('lambdaD', lambdaD, 'ktoDelta');
  finite('lambdaU', lambdaU, 'ktoDelta');
  return ktoTerm(r, desirable, { beta, z0, lambdaD, lambdaU }).delta;
}

/**
 * PPO's clipped objective for one token, ratio ρ = π/π_old: δ = A·ρ while the clip is inactive, 0 once
 * the ratio has left [1−ε, 1+ε] in the direction the advantage pushes. At the first epoch ρ = 1 and
 * δ = A (DeepSeekMath's GC_PPO).
 */
export function ppoDelta(advantage: number, ratio: number, clipEps: number): number {
  finite('advantage', advantage, 'ppoDelta');
  positive('ratio', ratio, 'ppoDelta');
  positive('clipEps', clipEps, 'ppoDelta');
  return ppoTerm(advantage, ratio, clipEps).delta;
}

/**
 * GRPO for one token: the clipped term with the group-normalised advantage, plus the gradient of
 * β·KL̂ with KL̂ = π_ref/π − log(π_ref/π) − 1, i.e. δ = ppoDelta(Â, ρ, ε) + β(π_ref/π − 1).
 */
export function grpoDelta(
  advantage: number,
  ratio: number,
  clipEps: number,
  logp: number,
  refLogp: number,
  beta: number,
): number {
  finite('logp', logp, 'grpoDelta');
  finite('refLogp', refLogp, 'grpoDelta');
  if (!(beta >= 0) || !Number.isFinite(beta))
    throw new Error(`grpoDelta: beta must be a finite number ≥ 0, got ${beta}`);
  finite('advantage', advantage, 'grpoDelta');
  positive('ratio', ratio, 'grpoDelta');
  positive('clipEps', clipEps, 'grpoDelta');
  return grpoTerm(advantage, ratio, clipEps, logp, refLogp, beta).delta;
}

function checkList(fn: string, scores: number[], lengths: number[]) {
  if (scores.length < 2) throw new Error(`${fn}: a list needs at least 2 replies, got ${scores.length}`);
  if (lengths.length !== scores.length)
    throw new Error(`${fn}: lengths has ${lengths.length} entries but scores has ${scores.length}`);
  scores.forEach((s, i) => finite(`scores[${i}]`, s, fn));
  lengths.forEach((n, i) => lengthOk(`lengths[${i}]`, n, fn));
}

/**
 * Plackett–Luce on one list ordered best first, with scores s_k = scale·log π(y_k)/|y_k| (list-wise DPO:
 * scale β, log-ratios to π_ref, lengths 1; PRO: scale 1, the real lengths). Per token of reply k:
 * δ_k = −(scale/|y_k|)·∂L/∂s_k. The best reply gets a positive δ, the worst a negative one.
 * `sftWeight` adds PRO's SFT term on the best reply, its summed NLL (as PRO's paper and code write it):
 * +sftWeight on every token of y_0.
 */
export function plackettLuceDeltas(
  scores: number[],
  lengths: number[] = scores.map(() => 1),
  scale = 1,
  sftWeight = 0,
): number[] {
  checkList('plackettLuceDeltas', scores, lengths);
  positive('scale', scale, 'plackettLuceDeltas');
  const g = plackettLuceTerm(scores).grad;
  return g.map((gk, k) => (-scale * gk) / lengths[k] + (k === 0 ? sftWeight : 0));
}

/**
 * RRHF on one list: scores s_i = log π(y_i)/|y_i|, loss Σ_{r_i<r_j} max(0, s_i − s_j) plus `sftWeight`
 * times the summed NLL of the highest-reward reply. Per token of reply i: δ_i = (wins − losses)/|y_i|,
 * where a "loss" is a better-rewarded reply that i out-scores (i is pushed down) and a "win" a
 * worse-rewarded reply scoring above i (i is pushed up); plus sftWeight on the best reply.
 */
export function rrhfDeltas(
  scores: number[],
  rewards: number[],
  lengths: number[] = scores.map(() => 1),
  sftWeight = 0,
): number[] {
  checkList('rrhfDeltas', scores, lengths);
  if (rewards.length !== scores.length)
    throw new Error(`rrhfDeltas: rewards has ${rewards.length} entries but scores has ${scores.length}`);
  rewards.forEach((r, i) => finite(`rewards[${i}]`, r, 'rrhfDeltas'));
  const best = rewards.indexOf(Math.max(...rewards));
  const g = rrhfTerm(scores, rewards).grad; // ∂L/∂s
  return g.map((gi, i) => -gi / lengths[i] + (i === best ? sftWeight : 0));
}
