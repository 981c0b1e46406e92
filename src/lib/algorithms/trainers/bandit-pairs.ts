// Pair-wise preference optimisation on the bandit toy: DPO, IPO, cDPO and the SLiC-style hinge, offline
// (one fixed labelled dataset of candidate pairs) or online (fresh pairs sampled from the current policy
// and labelled every step). Each step is one full-batch gradient step, and the record holds every
// number the DPO example shows: one pair's log-ratios, margin, σ(βh), loss and gradient weight, the
// batch's chosen/rejected log-probs, margin and accuracy, the policy, and the analytic optimum π*.
import { tf } from '../../tf';
import { humanLabel } from '../../feedback';
import { banditPairs } from '../../data';
import { BanditPolicy } from '../../model/policy';
import { createRng, type Rng } from '../../random';
import { CANDIDATES, K, P, utility } from '../../world';
import { cdpoLoss, dpoLoss, hingeLoss, ipoLoss } from '../losses';
import { banditOptimum, banditUtility, descend, meanTv, rows, sigmoid } from './common';

export type BanditPairMethod = 'dpo' | 'ipo' | 'cdpo' | 'hinge';
export interface BanditPair { prompt: number; chosen: number; rejected: number }

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
  prompt: number; chosen: number; rejected: number;
  policyChosen: number; policyRejected: number; refChosen: number; refRejected: number;
  logRatioChosen: number; logRatioRejected: number; h: number; betaH: number;
  sigmoidBetaH: number; loss: number; weight: number;
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
  if (!(o.beta > 0)) throw new Error(`banditPairTrainer: beta must be > 0, got ${o.beta}`);
  if (o.method === 'ipo' && !((o.tau ?? 0) > 0)) throw new Error(`banditPairTrainer: tau must be > 0, got ${o.tau}`);
  if (o.method === 'cdpo' && !((o.epsilon ?? -1) >= 0 && (o.epsilon ?? 1) < 0.5)) throw new Error(`banditPairTrainer: epsilon must be in [0, 0.5), got ${o.epsilon}`);
  if (!(o.lr > 0)) throw new Error(`banditPairTrainer: lr must be > 0, got ${o.lr}`);
  if (o.pairs) {
    if (o.pairs.length === 0) throw new Error('banditPairTrainer: pairs is empty');
    for (const [i, p] of o.pairs.entries()) {
      if (!(p.prompt >= 0 && p.prompt < P) || !(p.chosen >= 0 && p.chosen < K) || !(p.rejected >= 0 && p.rejected < K) || p.chosen === p.rejected) {
        throw new Error(`banditPairTrainer: pairs[${i}] is not a valid pair of candidates: ${JSON.stringify(p)}`);
      }
    }
  }
}

export function createBanditPairTrainer(options: BanditPairOptions) {
  validate(options);
  const { seed, method, beta, tau = 0.5, epsilon = 0.1, lr, mode, noise = 1, pairsPerStep = 4, labelsPerPair = 1 } = options;
  const rng = createRng(seed);
  // π_ref is uniform over the candidates, so the optimum is easy to read: π* ∝ exp(r/β).
  const policy = new BanditPolicy(rng, 0);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const labelled = (): BanditPair[] => {
    const out: BanditPair[] = [];
    for (let p = 0; p < P; p++) for (let i = 0; i < K; i++) for (let j = i + 1; j < K; j++) {
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
        const winner = options.label ? options.label(p, a, b, rng) : humanLabel(p, CANDIDATES[p][a], CANDIDATES[p][b], rng, noise).chosen === CANDIDATES[p][a] ? a : b;
        out.push(winner === a ? { prompt: p, chosen: a, rejected: b } : { prompt: p, chosen: b, rejected: a });
      }
    }
    return out;
  };

  function next(): BanditPairRecord {
    const batch = mode === 'online' ? onlinePairs() : dataset;
    const chosen = policy.encode(batch.map((b) => ({ prompt: b.prompt, candidate: b.chosen })));
    const rejected = policy.encode(batch.map((b) => ({ prompt: b.prompt, candidate: b.rejected })));
    // Numbers of the batch before the update (what this step's gradient is computed from).
    const [pc, pr, rc, rr] = tf.tidy(() => [
      policy.table.sequenceLogp(chosen), policy.table.sequenceLogp(rejected), ref.sequenceLogp(chosen), ref.sequenceLogp(rejected),
    ].map((t) => Array.from(t.dataSync())));
    const loss = descend(policy.table, (w) => {
      const pair = {
        policyChosen: policy.table.sequenceLogp(chosen, w), policyRejected: policy.table.sequenceLogp(rejected, w),
        refChosen: ref.sequenceLogp(chosen), refRejected: ref.sequenceLogp(rejected),
      };
      if (method === 'ipo') return ipoLoss(pair, tau);
      if (method === 'cdpo') return cdpoLoss(pair, beta, epsilon);
      if (method === 'hinge') return hingeLoss(pair, beta);
      return dpoLoss(pair, beta);
    }, lr);
    chosen.dispose();
    rejected.dispose();
    step++;
    const hs = pc.map((_, i) => pc[i] - rc[i] - (pr[i] - rr[i]));
    const shown = Math.min(Math.max(0, options.showPair ?? 0), batch.length - 1);
    const b0 = batch[shown];
    const h = hs[shown];
    const sig = sigmoid(beta * h);
    const termLoss = method === 'ipo' ? (h - 1 / (2 * tau)) ** 2
      : method === 'cdpo' ? -(1 - epsilon) * Math.log(sig) - epsilon * Math.log(1 - sig)
      : method === 'hinge' ? Math.max(0, 1 - beta * h)
      : -Math.log(sig);
    // The weight on ∇ log π(y⁺) − ∇ log π(y⁻) in the loss's negative gradient (the unified δ, per pair).
    const weight = method === 'ipo' ? -2 * (h - 1 / (2 * tau))
      : method === 'cdpo' ? beta * ((1 - epsilon) * (1 - sig) - epsilon * sig)
      : method === 'hinge' ? (1 - beta * h > 0 ? beta : 0)
      : beta * (1 - sig);
    const probs = policy.table.probabilities();
    const policyRows = rows(probs, K);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    return {
      step,
      loss,
      pair: {
        prompt: b0.prompt, chosen: b0.chosen, rejected: b0.rejected,
        policyChosen: pc[shown], policyRejected: pr[shown], refChosen: rc[shown], refRejected: rr[shown],
        logRatioChosen: pc[shown] - rc[shown], logRatioRejected: pr[shown] - rr[shown], h, betaH: beta * h,
        sigmoidBetaH: sig, loss: termLoss, weight: method === 'dpo' ? 1 - sig : weight,
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
      kl: policyRows.reduce((acc, row, q) => acc + row.reduce((t, v, k) => t + (v > 0 ? v * Math.log(v / refProbs[q * K + k]) : 0), 0), 0) / P,
      delta: { chosen: weight, rejected: -weight },
      batchSize: batch.length,
    };
  }

  return {
    step: next,
    get dataset() { return dataset; },
    policy,
    reference: ref,
    optimum,
    dispose() { policy.table.dispose(); ref.dispose(); },
  };
}

/**
 * Likelihood displacement, reproducibly: with deterministic labels on all candidate pairs, the pair
 * "maybe um" ≻ "ugh" (prompt 0) keeps its margin growing while its chosen reply's probability falls,
 * because "maybe um" is also the rejected reply of two other pairs (it loses to "steps" and to
 * "here please"): the probability mass leaves both replies of the pair and moves to the winners.
 */
export const LIKELIHOOD_DISPLACEMENT: BanditPairOptions = { seed: 3, method: 'dpo', beta: 0.5, lr: 0.5, mode: 'offline', noise: 0, showPair: 5 };

export interface BanditPolicyGradientOptions { seed: number; beta: number; lr: number; samples?: number }

/**
 * KL-regularised policy gradient (REINFORCE) on the bandit: reward r = u (hidden utility) minus
 * β·(log π − log π_ref) for each sampled candidate, with the batch mean as baseline. Its fixed point is
 * the same π* ∝ π_ref·exp(r/β) that DPO reaches from preferences.
 */
export function createBanditPolicyGradient(options: BanditPolicyGradientOptions) {
  const { beta, lr, samples = 64 } = options;
  if (!(beta > 0)) throw new Error(`banditPolicyGradient: beta must be > 0, got ${beta}`);
  const rng = createRng(options.seed);
  const policy = new BanditPolicy(rng, 0);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const optimum = banditOptimum(refProbs, (p, k) => utility(p, CANDIDATES[p][k]), beta);
  return {
    policy, optimum,
    step() {
      const probs = policy.table.probabilities();
      const batch: Array<{ prompt: number; candidate: number }> = [];
      const adv: number[] = [];
      for (let p = 0; p < P; p++) {
        const row = policy.distribution(p, probs);
        const picks = Array.from({ length: samples }, () => rng.choice(row));
        const r = picks.map((k) => utility(p, CANDIDATES[p][k]) - beta * (Math.log(row[k]) - Math.log(refProbs[p * K + k])));
        const mean = r.reduce((a, b) => a + b, 0) / r.length;
        picks.forEach((k, i) => { batch.push({ prompt: p, candidate: k }); adv.push(r[i] - mean); });
      }
      const enc = policy.encode(batch);
      const a = tf.tensor1d(adv);
      const loss = descend(policy.table, (w) => tf.neg(tf.mean(tf.mul(a, policy.table.sequenceLogp(enc, w)))) as tf.Scalar, lr);
      enc.dispose();
      a.dispose();
      const policyRows = rows(policy.table.probabilities(), K);
      return { loss, policy: policyRows, tvToOptimum: meanTv(policyRows, optimum) };
    },
    dispose() { policy.table.dispose(); ref.dispose(); },
  };
}
