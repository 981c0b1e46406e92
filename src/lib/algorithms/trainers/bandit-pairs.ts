// Pair-wise preference optimisation on the bandit toy: DPO, IPO, cDPO and the SLiC-style hinge, offline
// (one fixed labelled dataset of candidate pairs) or online (fresh pairs sampled from the current policy
// and labelled every step). Each step is one full-batch gradient step, and the record holds every
// number the DPO example shows: one pair's log-ratios, margin, σ(βh), loss and gradient weight, the
// batch's chosen/rejected log-probs, margin and accuracy, the policy, and the analytic optimum π*.
import { humanLabel } from '../../feedback';
import { sigmoid } from '../../maths';
import { flatTokens } from '../../model/tabular';
import { checkLearningRate, checkNonNegative, checkWholeNumber } from '../validate';
import { checkPairParams, PAIR_TERMS, type PairTerm } from './pair-terms';
import { banditPairs } from '../../data';
import { BanditPolicy } from '../../model/policy';
import { createRng, type Rng } from '../../random';
import { CANDIDATES, K, P, utility } from '../../world';
import { banditKl, banditOptimum, banditUtility, meanTv, rows } from './common';
import { engineError } from '../../errors';

export type BanditPairMethod = 'dpo' | 'ipo' | 'cdpo' | 'hinge';
export interface BanditPair {
  prompt: number;
  chosen: number;
  rejected: number;
}

export interface BanditPairOptions {
  seed: number;
  method: BanditPairMethod;
  beta: number;
  /** IPO's τ: the target margin is 1/(2τ). */
  tau?: number;
  /** cDPO's label-noise rate ε. */
  epsilon?: number;
  lr: number;
  mode: 'offline' | 'online';
  /** Label noise of the simulated humans (0 = always prefer the higher utility). */
  noise?: number;
  /** A reader's own pairs; replaces the generated offline dataset. */
  pairs?: BanditPair[];
  /** Online mode: fresh pairs per prompt per step. */
  pairsPerStep?: number;
  /** Offline mode: how many independent labels each candidate pair gets (more → closer to the true preference). */
  labelsPerPair?: number;
  /** Which pair of the batch the record breaks down (default: the first). */
  showPair?: number;
  /** Who labels a pair of candidates (defaults to simulated humans with `noise`). */
  label?: (prompt: number, a: number, b: number, rng: Rng) => number;
}

export interface PairBreakdown {
  prompt: number;
  chosen: number;
  rejected: number;
  policyChosen: number;
  policyRejected: number;
  refChosen: number;
  refRejected: number;
  logRatioChosen: number;
  logRatioRejected: number;
  h: number;
  betaH: number;
  sigmoidBetaH: number;
  /** This pair's loss, and its gradient coefficient δ on the chosen reply (DPO: β·σ(−βh)). */
  loss: number;
  weight: number;
}

export interface BanditPairRecord {
  step: number;
  loss: number;
  pair: PairBreakdown;
  meanChosenLogp: number;
  meanRejectedLogp: number;
  meanMargin: number;
  accuracy: number;
  policy: number[][];
  reference: number[][];
  optimum: number[][];
  tvToOptimum: number;
  utility: number;
  /** Mean over prompts of KL(π ‖ π_ref) over the K candidates, exactly. */
  kl: number;
  /** Unified-view δ of the shown pair: +β·σ(−βh) on the chosen reply, −β·σ(−βh) on the rejected (DPO). */
  delta: { chosen: number; rejected: number };
  batchSize: number;
}

function validate(o: BanditPairOptions) {
  const fn = 'banditPairTrainer';
  if (!['dpo', 'ipo', 'cdpo', 'hinge'].includes(o.method))
    throw engineError(
      'not-one-of',
      fn,
      { name: 'method', value: String(o.method), choices: ['dpo', 'ipo', 'cdpo', 'hinge'] },
      `method must be dpo, ipo, cdpo or hinge, got ${JSON.stringify(o.method)}`,
    );
  checkPairParams(fn, o.method, { beta: o.beta, tau: o.tau ?? 0.5, epsilon: o.epsilon ?? 0.1, gamma: 0, lambda: 0 });
  checkLearningRate(fn, o.lr);
  if (o.pairs) {
    if (o.pairs.length === 0) throw engineError('empty-data', fn, { what: 'pairs' }, 'pairs is empty');
    for (const [i, p] of o.pairs.entries()) {
      const ok = p.prompt >= 0 && p.prompt < P && p.chosen >= 0 && p.chosen < K && p.rejected >= 0 && p.rejected < K;
      if (!ok || p.chosen === p.rejected) {
        throw engineError(
          'invalid-argument',
          fn,
          {},
          `pairs[${i}] is not a valid pair of candidates: ${JSON.stringify(p)}`,
        );
      }
    }
  }
}

export function createBanditPairTrainer(options: BanditPairOptions) {
  validate(options);
  const {
    seed,
    method,
    beta,
    tau = 0.5,
    epsilon = 0.1,
    lr,
    mode,
    noise = 1,
    pairsPerStep = 4,
    labelsPerPair = 1,
  } = options;
  const rng = createRng(seed);
  // π_ref is uniform over the candidates, so the optimum is easy to read: π* ∝ exp(r/β).
  const policy = new BanditPolicy(rng, 0);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const labelled = (): BanditPair[] => {
    const out: BanditPair[] = [];
    for (let p = 0; p < P; p++)
      for (let i = 0; i < K; i++)
        for (let j = i + 1; j < K; j++) {
          const w = options.label!(p, i, j, rng);
          out.push({ prompt: p, chosen: w, rejected: w === i ? j : i });
        }
    return out;
  };
  const dataset = options.pairs ?? (options.label ? labelled() : banditPairs(rng, labelsPerPair, noise));
  // The Bradley–Terry labels use σ((u1 − u2)/noise), so the reward they imply is r = u / noise.
  const reward = (p: number, k: number) => utility(p, CANDIDATES[p][k]) / Math.max(noise, 1e-9);
  const optimum = banditOptimum(refProbs, reward, beta);
  let step = 0;

  const onlinePairs = (): BanditPair[] => {
    const probs = policy.table.probabilities();
    const out: BanditPair[] = [];
    for (let p = 0; p < P; p++) {
      for (let i = 0; i < pairsPerStep; i++) {
        const row = policy.distribution(p, probs);
        const a = rng.choice(row);
        let b = rng.choice(row);
        for (let t = 0; b === a && t < 20; t++) b = rng.choice(row);
        if (a === b) b = (a + 1) % K;
        const winner = options.label
          ? options.label(p, a, b, rng)
          : humanLabel(p, CANDIDATES[p][a], CANDIDATES[p][b], rng, noise).chosen === CANDIDATES[p][a]
            ? a
            : b;
        out.push(winner === a ? { prompt: p, chosen: a, rejected: b } : { prompt: p, chosen: b, rejected: a });
      }
    }
    return out;
  };

  const refLogp = policy.table.logProbs();
  const params = { beta, tau, epsilon, gamma: 0, lambda: 0 };
  const entry = PAIR_TERMS[method];
  // Chosen candidates first, then rejected ones: one token each.
  const layout = (batch: BanditPair[]) =>
    flatTokens([
      ...batch.map((b) => [{ ctx: b.prompt, out: b.chosen }]),
      ...batch.map((b) => [{ ctx: b.prompt, out: b.rejected }]),
    ]);
  const offline = mode === 'online' ? undefined : layout(dataset);

  function next(): BanditPairRecord {
    const batch = mode === 'online' ? onlinePairs() : dataset;
    const tokens = offline ?? layout(batch);
    const n = batch.length;
    // Numbers of the batch before the update (what this step's gradient is computed from).
    const logp = policy.table.logProbs();
    const pc: number[] = [];
    const pr: number[] = [];
    const rc: number[] = [];
    const rr: number[] = [];
    const hs: number[] = [];
    const terms: PairTerm[] = [];
    const deltas = new Float64Array(2 * n);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const c = batch[i].prompt * K + batch[i].chosen;
      const r = batch[i].prompt * K + batch[i].rejected;
      pc.push(logp[c]);
      pr.push(logp[r]);
      rc.push(refLogp[c]);
      rr.push(refLogp[r]);
      const h = logp[c] - refLogp[c] - (logp[r] - refLogp[r]);
      hs.push(h);
      const term = entry.term({ h, avgChosen: logp[c], avgRejected: logp[r], lenChosen: 1, lenRejected: 1 }, params);
      terms.push(term);
      loss += term.loss;
      deltas[i] = term.chosen;
      deltas[n + i] = term.rejected;
    }
    // Equation (1) in closed form: W ← W + (η/B)·Σ δ·(e_y − π(·|x)).
    policy.table.applyDeltas(tokens, deltas, lr / n, true, logp);
    step++;
    const shown = Math.min(Math.max(0, options.showPair ?? 0), n - 1);
    const b0 = batch[shown];
    const h = hs[shown];
    const probs = policy.table.probabilities();
    const policyRows = rows(probs, K);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    return {
      step,
      loss: loss / n,
      pair: {
        prompt: b0.prompt,
        chosen: b0.chosen,
        rejected: b0.rejected,
        policyChosen: pc[shown],
        policyRejected: pr[shown],
        refChosen: rc[shown],
        refRejected: rr[shown],
        logRatioChosen: pc[shown] - rc[shown],
        logRatioRejected: pr[shown] - rr[shown],
        h,
        betaH: beta * h,
        sigmoidBetaH: sigmoid(beta * h),
        loss: terms[shown].loss,
        weight: terms[shown].chosen,
      },
      meanChosenLogp: mean(pc),
      meanRejectedLogp: mean(pr),
      meanMargin: mean(hs.map((v) => beta * v)),
      accuracy: mean(hs.map((v) => (v > 0 ? 1 : 0))),
      policy: policyRows,
      reference: rows(refProbs, K),
      optimum,
      tvToOptimum: meanTv(policyRows, optimum),
      utility: banditUtility(probs),
      kl: banditKl(probs, refProbs),
      delta: { chosen: terms[shown].chosen, rejected: terms[shown].rejected },
      batchSize: n,
    };
  }

  return {
    step: next,
    get dataset() {
      return dataset;
    },
    policy,
    reference: ref,
    optimum,
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}

/**
 * Likelihood displacement, reproducibly: with deterministic labels on all candidate pairs, the pair
 * "maybe um" ≻ "ugh" (prompt 0) keeps its margin growing while its chosen reply's probability falls,
 * because "maybe um" is also the rejected reply of two other pairs (it loses to "steps" and to
 * "here please"): the probability mass leaves both replies of the pair and moves to the winners.
 */
export const LIKELIHOOD_DISPLACEMENT: BanditPairOptions = {
  seed: 3,
  method: 'dpo',
  beta: 0.5,
  lr: 0.5,
  mode: 'offline',
  noise: 0,
  showPair: 5,
};

export interface BanditPolicyGradientOptions {
  seed: number;
  beta: number;
  lr: number;
  samples?: number;
}

/**
 * KL-regularised policy gradient (REINFORCE) on the bandit: reward r = u (hidden utility) minus
 * β·(log π − log π_ref) for each sampled candidate, with the batch mean as baseline. Its fixed point is
 * the same π* ∝ π_ref·exp(r/β) that DPO reaches from preferences.
 */
export function createBanditPolicyGradient(options: BanditPolicyGradientOptions) {
  const { beta, lr, samples = 64 } = options;
  const fn = 'banditPolicyGradient';
  // β ≥ 0: without the KL penalty (β = 0) the fixed point is the reward's argmax instead of π*.
  checkNonNegative(fn, 'beta', beta);
  checkLearningRate(fn, lr);
  checkWholeNumber(fn, 'samples', samples, 1);
  const rng = createRng(options.seed);
  const policy = new BanditPolicy(rng, 0);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const optimum = banditOptimum(refProbs, (p, k) => utility(p, CANDIDATES[p][k]), beta);
  return {
    policy,
    optimum,
    step() {
      const probs = policy.table.probabilities();
      const batch: Array<{ prompt: number; candidate: number }> = [];
      const adv: number[] = [];
      for (let p = 0; p < P; p++) {
        const row = policy.distribution(p, probs);
        const picks = Array.from({ length: samples }, () => rng.choice(row));
        const r = picks.map(
          (k) => utility(p, CANDIDATES[p][k]) - beta * (Math.log(row[k]) - Math.log(refProbs[p * K + k])),
        );
        const mean = r.reduce((a, b) => a + b, 0) / r.length;
        picks.forEach((k, i) => {
          batch.push({ prompt: p, candidate: k });
          adv.push(r[i] - mean);
        });
      }
      // REINFORCE: −mean(A · log π), whose negative gradient is mean(A ∇log π): equation (1), δ = A.
      const logp = policy.table.logProbs();
      let loss = 0;
      batch.forEach((b, i) => (loss -= adv[i] * logp[b.prompt * K + b.candidate]));
      policy.table.applyDeltas(
        flatTokens(batch.map((b) => [{ ctx: b.prompt, out: b.candidate }])),
        adv,
        lr / batch.length,
        true,
        logp,
      );
      const policyRows = rows(policy.table.probabilities(), K);
      return { loss: loss / batch.length, policy: policyRows, tvToOptimum: meanTv(policyRows, optimum) };
    },
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}
