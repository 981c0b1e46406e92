// The preference-learning objectives of the engine (the public loss contract, see
// docs/engine-contract.md and ./index.ts). The trainers step in closed form (equation (1), see
// LogitTable.applyDeltas); these losses are what the unit tests differentiate with autodiff to prove it.
//
// Conventions, shared by every loss here:
// - Tensor arguments are float32 tf.Tensor1D over a batch (one entry per example); sequence
//   log-probabilities are summed over response tokens unless the name ends in `Avg`.
// - Losses return the batch-mean loss as a rank-0 tensor (tf.Scalar), synchronously, built from
//   differentiable ops only, so tf.grad / optimizer.minimize work through them.
// - Every public function validates its inputs first (./validate.ts) and throws a message naming the
//   argument and its value. The op graph is built inside tf.tidy, so only the result survives.
// - Hyper-parameters are used exactly as given: nothing is clamped (not KTO's z0, not PPO's ratio).
// - Numerically stable for large margins: -log σ(x) is written as softplus(-x), whose cpu kernel
//   switches to x or e^x at the float32 thresholds, so -log σ(-120) = 120 and -log σ(120) = 0 with
//   gradients -1 and 0 (checked in the unit tests), never log(0) = -∞. List normalisers use
//   max-shifted log-sum-exp.
// - Why not tf.logSigmoid: it computes the same -softplus(-x), but through a custom gradient whose
//   backward pass closes over its input without saving it. When that input is an intermediate
//   created inside tf.tidy (as every loss here does), tidy disposes it and tf.grad then fails with
//   "Cannot read properties of undefined (reading 'backend')". tf.softplus saves its input properly.
//   Writing -log σ directly as softplus also saves the outer negation (1 op fewer).
// - Few ops per loss: the engine is benchmarked against plain JS, and per-op overhead dominates on
//   these tiny batches. No tf.gather; per-pair and per-suffix selections are constant 0/1 masks.
import { tf } from '../tf';
import type { Scalar, Tensor, Tensor1D } from '../tf';
import {
  checkBatch,
  checkFinite,
  checkInRange,
  checkLength,
  checkNonNegative,
  checkNumberArray,
  checkObject,
  checkPositive,
  checkTensor1D,
  fail,
  formatValue,
} from './validate';

// ---------------------------------------------------------------------------------------------
// Argument objects

/** Summed sequence log-probs of the chosen and rejected responses under the policy and the reference. */
export interface PairLogps {
  policyChosen: Tensor1D;
  policyRejected: Tensor1D;
  refChosen: Tensor1D;
  refRejected: Tensor1D;
}

/** Length-normalised (average per token) policy log-probs of the chosen and rejected responses. */
export interface AvgPairLogps {
  policyChosenAvg: Tensor1D;
  policyRejectedAvg: Tensor1D;
}

/** KTO's unpaired batch: one response per example, labelled desirable (1) or undesirable (0). */
export interface KtoBatch {
  policy: Tensor1D;
  ref: Tensor1D;
  /** float32 tensor of 1s (desirable) and 0s (undesirable). */
  desirable: Tensor1D;
}

/** KTO's hyper-parameters. */
export interface KtoParams {
  beta: number;
  /** The reference point (KL estimate), used as given. */
  z0: number;
  /** Weight of desirable examples. */
  lambdaD: number;
  /** Weight of undesirable examples. */
  lambdaU: number;
}

/** A PPO minibatch: per-token (or per-sequence) log-probs now and at rollout time, and advantages. */
export interface PpoBatch {
  logp: Tensor1D;
  oldLogp: Tensor1D;
  advantages: Tensor1D;
}

// ---------------------------------------------------------------------------------------------
// Reusable validated helpers

function checkPair(fn: string, pair: unknown): PairLogps {
  const p = checkObject(fn, 'pair', pair);
  checkBatch(fn, {
    policyChosen: p.policyChosen,
    policyRejected: p.policyRejected,
    refChosen: p.refChosen,
    refRejected: p.refRejected,
  });
  return p as unknown as PairLogps;
}

function checkAvgPair(fn: string, pair: unknown): { values: Record<keyof AvgPairLogps, ArrayLike<number>> } {
  const p = checkObject(fn, 'pair', pair);
  const values = checkBatch(fn, { policyChosenAvg: p.policyChosenAvg, policyRejectedAvg: p.policyRejectedAvg });
  return { values };
}

// h = (πc - refc) - (πr - refr), the implicit-reward margin of DPO-style losses. Unchecked.
function margin(p: PairLogps): Tensor1D {
  return tf.sub(tf.sub(p.policyChosen, p.refChosen), tf.sub(p.policyRejected, p.refRejected));
}

// log(1 - e^a) for a < 0, i.e. log(-expm1(a)). Unchecked.
//
// Why this form: the naive 1 - exp(a) cancels catastrophically for a near 0 (in float32,
// exp(-1e-3) carries a relative error of ~6e-8, i.e. ~6e-5 relative error in 1 - e^a, and at
// a = -1e-6 the result is off by several percent). expm1 is accurate there: tfjs-core does have
// tf.expm1 (cpu kernel: Math.expm1, gradient registered), so no hand-written series is needed.
// The usual two-branch log1mexp (Mächler: log(-expm1(a)) for a > -ln2, log1p(-exp(a)) below) only
// improves the *relative* accuracy of the result when it is tiny (a ≪ 0, value ≈ -e^a); log-odds use
// it as `a - log1mexp(a)`, where an absolute error of one float32 ulp of 1 (6e-8) is invisible, so
// one branch (3 ops, no tf.where and no unused-branch gradients) is enough. At a = -200, -expm1(a)
// rounds to 1 and the value is 0 (exact: -1.4e-87), with a finite gradient.
function log1mexp(a: Tensor): Tensor {
  return tf.log(tf.neg(tf.expm1(a)));
}

// logodds(a) = log(p / (1 - p)) with p = e^a, i.e. a - log(1 - e^a). Unchecked; needs a < 0.
function logOddsOps(a: Tensor): Tensor {
  return tf.sub(a, log1mexp(a));
}

function checkLogProbsBelowZero(fn: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!(values[i] < 0)) {
      fail(
        fn,
        `${name}[${i}] must be < 0 (an average log-prob; its log-odds need 1 - e^a > 0), got ${formatValue(values[i])}`,
      );
    }
  }
}

/**
 * The DPO implicit-reward margin h = (πc - refc) - (πr - refr), per example (Tensor1D).
 * Validated like the losses; the caller owns (and disposes) the result.
 */
export function pairMargin(pair: PairLogps): Tensor1D {
  checkPair('pairMargin', pair);
  return tf.tidy(() => margin(pair));
}

/**
 * log σ(x), elementwise, in the stable form -softplus(-x): finite for any finite x, e.g.
 * log σ(-120) = -120 rather than log(0). (Not tf.logSigmoid, whose gradient breaks under tf.tidy;
 * see the note at the top of this file.) Validated; the caller owns the result.
 */
export function logSigmoid(x: Tensor1D): Tensor1D {
  checkTensor1D('logSigmoid', 'x', x);
  return tf.tidy(() => tf.neg(tf.softplus(tf.neg(x))));
}

/**
 * ORPO's log-odds of an average log-prob a < 0: logodds(a) = a - log(1 - e^a), computed as
 * a - log(-expm1(a)), accurate for a near 0 (e.g. -1e-3) and for a ≪ 0 (e.g. -30).
 * Throws if any entry is ≥ 0 (the probability e^a would be ≥ 1). The caller owns the result.
 */
export function logOdds(avgLogp: Tensor1D): Tensor1D {
  const values = checkTensor1D('logOdds', 'avgLogp', avgLogp);
  checkLogProbsBelowZero('logOdds', 'avgLogp', values);
  return tf.tidy(() => logOddsOps(avgLogp)) as Tensor1D;
}

// ---------------------------------------------------------------------------------------------
// Reward model

/** Bradley-Terry reward-model loss: mean(-log σ(r_c - r_r)), computed as mean(softplus(r_r - r_c)). */
export function bradleyTerryLoss(chosenReward: Tensor1D, rejectedReward: Tensor1D): Scalar {
  checkBatch('bradleyTerryLoss', { chosenReward, rejectedReward });
  return tf.tidy(() => tf.mean(tf.softplus(tf.sub(rejectedReward, chosenReward)))) as Scalar;
}

// ---------------------------------------------------------------------------------------------
// Pairwise offline losses with a reference model

/** DPO: h = (πc - refc) - (πr - refr); mean(-log σ(β h)), computed as mean(softplus(-β h)). */
export function dpoLoss(pair: PairLogps, beta: number): Scalar {
  const fn = 'dpoLoss';
  checkPair(fn, pair);
  checkPositive(fn, 'beta', beta);
  return tf.tidy(() => tf.mean(tf.softplus(tf.mul(margin(pair), -beta)))) as Scalar;
}

/**
 * IPO: mean((h - 1/(2τ))²), with h the summed-log-prob margin as in DPO.
 *
 * TRL difference: TRL's IPO (`loss_type="ipo"`) length-normalises the log-ratios (divides each
 * summed log-prob by its token count) before forming h; here h uses summed log-probs, as in the paper.
 */
export function ipoLoss(pair: PairLogps, tau: number): Scalar {
  const fn = 'ipoLoss';
  checkPair(fn, pair);
  checkPositive(fn, 'tau', tau);
  return tf.tidy(() => tf.mean(tf.square(tf.sub(margin(pair), 1 / (2 * tau))))) as Scalar;
}

/**
 * Conservative DPO (label smoothing ε): mean(-(1-ε) log σ(βh) - ε log σ(-βh)), ε ∈ [0, 0.5).
 * Why ε stops below one half: the loss is minimised where σ(βh) = 1 - ε, i.e. βh = log((1-ε)/ε). At
 * ε = 0.5 that margin is 0 (the labels carry no information) and for ε > 0.5 it turns negative: the
 * model would learn the reverse of the labelled preference. The same range holds in cdpoDelta.
 *
 * Computed through the identity log σ(-x) = log σ(x) - x, which turns the definition into
 * -log σ(βh) + ε·βh = softplus(y) - ε·y with y = -βh: one softplus instead of two, and still
 * stable at |βh| = 120.
 */
export function cdpoLoss(pair: PairLogps, beta: number, epsilon: number): Scalar {
  const fn = 'cdpoLoss';
  checkPair(fn, pair);
  checkPositive(fn, 'beta', beta);
  checkInRange(fn, 'epsilon', epsilon, 0, 0.5, true);
  return tf.tidy(() => {
    const y = tf.mul(margin(pair), -beta);
    return tf.mean(tf.sub(tf.softplus(y), tf.mul(y, epsilon)));
  }) as Scalar;
}

/** SLiC-style hinge with reference: mean(max(0, 1 - β h)). The gradient is 0 where 1 - βh ≤ 0. */
export function hingeLoss(pair: PairLogps, beta: number): Scalar {
  const fn = 'hingeLoss';
  checkPair(fn, pair);
  checkPositive(fn, 'beta', beta);
  return tf.tidy(() => tf.mean(tf.relu(tf.sub(1, tf.mul(margin(pair), beta))))) as Scalar;
}

// ---------------------------------------------------------------------------------------------
// Reference-free pairwise losses (length-normalised log-probs)

/**
 * SimPO: mean(-log σ(β(ac - ar) - γ)), with ac, ar the average per-token policy log-probs.
 * γ (the target reward margin) may be any finite number, used as given.
 *
 * TRL difference: TRL's SimPO (CPOTrainer with `loss_type="simpo"`) adds an NLL term on the chosen
 * response by default (`cpo_alpha = 1`); this is the pure SimPO objective of the paper.
 */
export function simpoLoss(pair: AvgPairLogps, beta: number, gamma: number): Scalar {
  const fn = 'simpoLoss';
  checkAvgPair(fn, pair);
  checkPositive(fn, 'beta', beta);
  checkFinite(fn, 'gamma', gamma);
  return tf.tidy(() => {
    // -log σ(β(ac - ar) - γ) = softplus(β(ar - ac) + γ)
    const y = tf.add(tf.mul(tf.sub(pair.policyRejectedAvg, pair.policyChosenAvg), beta), gamma);
    return tf.mean(tf.softplus(y));
  }) as Scalar;
}

/**
 * ORPO: mean(-ac) + λ·mean(-log σ(logodds(ac) - logodds(ar))), logodds(a) = a - log(1 - e^a).
 * Every average log-prob must be < 0 (else the odds are undefined); λ must be ≥ 0.
 *
 * TRL difference: TRL's ORPO computes the NLL term as one token-level mean that pools prompt and
 * response tokens (of all chosen sequences in the batch); here it is mean(-ac), the batch mean of
 * each chosen response's own average per-token log-prob (response tokens only).
 */
export function orpoLoss(pair: AvgPairLogps, lambda: number): Scalar {
  const fn = 'orpoLoss';
  const { values } = checkAvgPair(fn, pair);
  checkLogProbsBelowZero(fn, 'policyChosenAvg', values.policyChosenAvg);
  checkLogProbsBelowZero(fn, 'policyRejectedAvg', values.policyRejectedAvg);
  checkNonNegative(fn, 'lambda', lambda);
  return tf.tidy(() => {
    const ac = pair.policyChosenAvg;
    // Log-odds of both halves in one pass (concat + split costs 2 ops, a second pass 4).
    const [oddsC, oddsR] = tf.split(logOddsOps(tf.concat([ac, pair.policyRejectedAvg])), 2);
    const orTerm = tf.mean(tf.softplus(tf.sub(oddsR, oddsC))); // mean(-log σ(oddsC - oddsR))
    return tf.sub(tf.mul(orTerm, lambda), tf.mean(ac));
  }) as Scalar;
}

// ---------------------------------------------------------------------------------------------
// Unpaired (KTO)

/**
 * KTO: with r = policy - ref, each desirable example (label 1) costs λD(1 - σ(β(r - z0))) and each
 * undesirable one (label 0) λU(1 - σ(β(z0 - r))); the loss is the mean over the whole batch.
 *
 * Computed without branching: 1 - σ(x) = σ(-x), so with x = β(r - z0) an example costs
 * λ_i·σ(s_i·x), where s_i = 1 - 2·d_i is -1 for desirable and +1 for undesirable examples and
 * λ_i = λU + d_i(λD - λU). σ is bounded, so this is stable for any margin.
 *
 * TRL difference: TRL estimates z0 itself (a batch KL estimate between policy and reference, detached)
 * and clamps it at 0; here z0 is a hyper-parameter, used exactly as given (negative values included).
 */
export function ktoLoss(batch: KtoBatch, params: KtoParams): Scalar {
  const fn = 'ktoLoss';
  const b = checkObject(fn, 'batch', batch);
  const values = checkBatch(fn, { policy: b.policy, ref: b.ref, desirable: b.desirable });
  for (let i = 0; i < values.desirable.length; i++) {
    const d = values.desirable[i];
    if (d !== 0 && d !== 1) fail(fn, `desirable[${i}] must be 0 or 1, got ${formatValue(d)}`);
  }
  const p = checkObject(fn, 'params', params);
  const beta = checkPositive(fn, 'beta', p.beta);
  const z0 = checkFinite(fn, 'z0', p.z0);
  const lambdaD = checkNonNegative(fn, 'lambdaD', p.lambdaD);
  const lambdaU = checkNonNegative(fn, 'lambdaU', p.lambdaU);
  return tf.tidy(() => {
    const d = batch.desirable;
    const x = tf.mul(tf.sub(tf.sub(batch.policy, batch.ref), z0), beta);
    const sign = tf.sub(1, tf.mul(d, 2));
    const weight = tf.add(tf.mul(d, lambdaD - lambdaU), lambdaU);
    return tf.mean(tf.mul(weight, tf.sigmoid(tf.mul(sign, x))));
  }) as Scalar;
}

// ---------------------------------------------------------------------------------------------
// Listwise losses (one candidate list per call)

/**
 * RRHF ranking loss for one candidate list: Σ over pairs (i, j) with rewards[i] < rewards[j] of
 * max(0, scores[i] - scores[j]). A sum over pairs, not a mean; tied rewards contribute nothing;
 * no SFT term. `scores` are length-normalised log-probs (Tensor1D of length K), `rewards` a number[].
 *
 * Built as a K×K matrix of score differences times a constant 0/1 mask of the ordered pairs,
 * so the op count does not grow with K.
 */
export function rrhfLoss(scores: Tensor1D, rewards: number[]): Scalar {
  const fn = 'rrhfLoss';
  checkTensor1D(fn, 'scores', scores);
  checkNumberArray(fn, 'rewards', rewards);
  const k = scores.size;
  checkLength(fn, 'rewards', rewards.length, k, 'the length of scores');
  const mask = new Float32Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) mask[i * k + j] = rewards[i] < rewards[j] ? 1 : 0;
  }
  return tf.tidy(() => {
    // diff[i][j] = scores[i] - scores[j]
    const diff = tf.sub(tf.reshape(scores, [k, 1]), tf.reshape(scores, [1, k]));
    return tf.sum(tf.mul(tf.relu(diff), tf.tensor2d(mask, [k, k])));
  }) as Scalar;
}

/**
 * Plackett-Luce negative log-likelihood of one list ordered best → worst:
 * -Σ_{k=0}^{K-2} (s_k - logsumexp(s_k..s_{K-1})). Needs K ≥ 2.
 *
 * All suffix log-sum-exps at once, without tf.gather: row k of a K×K matrix holds s_j for j ≥ k and
 * s_k elsewhere (a value already in the suffix, so the row max is the suffix max). Each row is
 * shifted by its own max before exp, so scores around -150 (or lists spanning hundreds of nats) stay
 * finite, then the masked entries are zeroed. The k = K-1 term is s - s = 0 exactly, so summing all
 * K terms equals the contract's sum to K-2.
 */
export function plackettLuceLoss(scoresBestFirst: Tensor1D): Scalar {
  const fn = 'plackettLuceLoss';
  checkTensor1D(fn, 'scoresBestFirst', scoresBestFirst);
  const k = scoresBestFirst.size;
  if (k < 2) fail(fn, `scoresBestFirst must hold at least 2 scores, got length ${k}`);
  const upper = new Float32Array(k * k); // upper[r][j] = 1 if j ≥ r
  for (let r = 0; r < k; r++) for (let j = r; j < k; j++) upper[r * k + j] = 1;
  return tf.tidy(() => {
    const mask = tf.tensor2d(upper, [k, k]);
    const col = tf.reshape(scoresBestFirst, [k, 1]); // s_r
    const row = tf.reshape(scoresBestFirst, [1, k]); // s_j
    const x = tf.add(col, tf.mul(mask, tf.sub(row, col))); // s_j where j ≥ r, else s_r
    const m = tf.max(x, 1, true);
    const lse = tf.add(m, tf.log(tf.sum(tf.mul(tf.exp(tf.sub(x, m)), mask), 1, true)));
    return tf.sum(tf.sub(lse, col));
  }) as Scalar;
}

// ---------------------------------------------------------------------------------------------
// Online RL (PPO)

/**
 * PPO clipped surrogate: ratio = exp(logp - oldLogp); mean(max(-A·ratio, -A·clip(ratio, 1-ε, 1+ε))).
 * ε = clipEps > 0, used as given (ε ≥ 1 makes the lower clip bound ≤ 0, i.e. inactive).
 * The ratio is exponentiated directly, as in every PPO implementation: log-ratios above ~88 overflow
 * float32, which a policy that far from its rollout policy deserves.
 */
export function ppoClipLoss(batch: PpoBatch, clipEps: number): Scalar {
  const fn = 'ppoClipLoss';
  const b = checkObject(fn, 'batch', batch);
  checkBatch(fn, { logp: b.logp, oldLogp: b.oldLogp, advantages: b.advantages });
  checkPositive(fn, 'clipEps', clipEps);
  return tf.tidy(() => {
    const ratio = tf.exp(tf.sub(batch.logp, batch.oldLogp));
    const negA = tf.neg(batch.advantages);
    const unclipped = tf.mul(negA, ratio);
    const clipped = tf.mul(negA, tf.clipByValue(ratio, 1 - clipEps, 1 + clipEps));
    return tf.mean(tf.maximum(unclipped, clipped));
  }) as Scalar;
}

/**
 * Generalised advantage estimation over one trajectory of T steps (plain float64 JS).
 * `values` has length T+1: values[T] is the bootstrap value (0 at a terminal state).
 * δ_t = r_t + γV_{t+1} - V_t;  A_t = δ_t + γλA_{t+1}  (A_T = 0). γ, λ ∈ [0, 1].
 * Returns a plain number[] of length T.
 */
export function gae(rewards: number[], values: number[], gamma: number, lambda: number): number[] {
  const fn = 'gae';
  checkNumberArray(fn, 'rewards', rewards);
  checkNumberArray(fn, 'values', values);
  checkLength(
    fn,
    'values',
    values.length,
    rewards.length + 1,
    'rewards.length + 1, the last entry being the bootstrap value',
  );
  checkInRange(fn, 'gamma', gamma, 0, 1);
  checkInRange(fn, 'lambda', lambda, 0, 1);
  const t = rewards.length;
  const adv = new Array<number>(t);
  let next = 0;
  for (let i = t - 1; i >= 0; i--) {
    const delta = rewards[i] + gamma * values[i + 1] - values[i];
    next = delta + gamma * lambda * next;
    adv[i] = next;
  }
  return adv;
}

/**
 * Per-token rewards for RLHF with a KL penalty: -β(logp_t - refLogp_t) at every token t, plus the
 * sequence-level `score` added at the last token. Returns a plain number[] of length T.
 *
 * TRL difference: TRL's PPO trainer places the score one token after the last response token
 * (when that position exists in its padded batch); here it is added at the last token itself.
 */
export function klShapedRewards(score: number, logp: number[], refLogp: number[], beta: number): number[] {
  const fn = 'klShapedRewards';
  checkFinite(fn, 'score', score);
  checkNumberArray(fn, 'logp', logp);
  checkNumberArray(fn, 'refLogp', refLogp);
  checkLength(fn, 'refLogp', refLogp.length, logp.length, 'the length of logp');
  // β is a penalty weight: 0 (no KL penalty) is a legitimate setting, a negative one is not.
  checkNonNegative(fn, 'beta', beta);
  const out = logp.map((lp, t) => -beta * (lp - refLogp[t]));
  out[out.length - 1] += score;
  return out;
}
