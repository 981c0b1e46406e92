// Trainers on the autoregressive toy policy. Each `step()` takes one gradient step — equation (1) in closed
// form (LogitTable.applyDeltas), with each example's δ from ./pair-terms or ./point-terms — and returns a record
// of plain numbers a page can show, including the unified view's gradient coefficient δ per example:
// the factor that multiplies ∇ log π_θ(y|x) in the negative gradient of the step's loss (summed over
// the response's tokens, averaged over the batch; see the unit tests for the exact normalisation).
//
// Point-wise: SFT, RFT (rule-filtered samples), RAFT (best-of-N by a reward), ReMax (REINFORCE with
// the greedy reply as baseline), KTO (unpaired desirable/undesirable labels).
// Pair-wise: DPO, IPO, cDPO, hinge, SimPO, ORPO — offline (a fixed dataset drawn once from the initial
// policy) or online (fresh pairs from the current policy, labelled every step).
import { correctnessRule, humanLabel } from '../../feedback';
import {
  demonstrations,
  offPolicyPairs,
  offPolicyUnpaired,
  onPolicyPairs,
  sampleOnPolicy,
  type Pair,
} from '../../data';
import { AutoregressivePolicy, replyPositions, type Sample } from '../../model/policy';
import { flatTokens, sequenceLogps } from '../../model/tabular';
import { createRng, type Rng } from '../../random';
import { P, replyText, utility, V, type Reply } from '../../world';
import { checkFinite, checkLearningRate, checkNonNegative, checkPositive, checkWholeNumber } from '../validate';
import { ktoTerm } from './point-terms';
import { checkPairParams, PAIR_TERMS } from './pair-terms';
import { expectedUtility, meanKl } from './common';

export type Scorer = (prompt: number, reply: Reply) => number;
export const hiddenUtility: Scorer = (p, r) => utility(p, r);

interface Base {
  seed: number;
  lr: number;
  /** Initial-policy scale of random logits. */
  initScale?: number;
}

/**
 * One example of a step. `score` is the reward or utility that decided δ (when one did), `kept` the
 * filter's verdict (RFT, RAFT, KTO). ReMax also reports its baseline: the greedy reply of the same prompt
 * (`greedy`) and its reward (`baseline`), so δ = score − baseline can be read off the record.
 */
export interface StepSample {
  prompt: number;
  reply: string;
  score?: number;
  kept?: boolean;
  delta: number;
  baseline?: number;
  greedy?: string;
  /** The pair-wise trainers: the pair's rejected reply (`reply` is the chosen one, `delta` its δ). */
  rejected?: string;
}
export interface PolicyRecord {
  step: number;
  loss: number;
  utility: number;
  kl: number;
  samples: StepSample[];
}

function makePolicy(seed: number, initScale = 0.3): { rng: Rng; policy: AutoregressivePolicy } {
  const rng = createRng(seed);
  return { rng, policy: new AutoregressivePolicy(rng, initScale) };
}

/** SFT's default demonstrations live in data/ (re-exported here, where the trainers are). */
export { demonstrations };

export type PointwiseMethod = 'sft' | 'rft' | 'raft' | 'remax';
export interface PointwiseOptions extends Base {
  method: PointwiseMethod;
  /** Samples per prompt (RFT, RAFT). */
  n?: number;
  /** Reward for RAFT and ReMax (defaults to the hidden utility). */
  reward?: Scorer;
  /** Rule for RFT (defaults to the correctness rule); gets the trainer's generator for noisy labels. */
  rule?: (prompt: number, reply: Reply, rng: Rng) => boolean;
  /** SFT's demonstrations (defaults to `demonstrations()`, the best reply of each prompt); e.g. a reader's own. */
  demos?: Sample[];
}

export function createPointwiseTrainer(options: PointwiseOptions) {
  const { method, lr, n = 4, reward = hiddenUtility, rule = correctnessRule } = options;
  checkWholeNumber('pointwiseTrainer', 'n', n, 1);
  checkLearningRate('pointwiseTrainer', lr);
  const demos = options.demos ?? demonstrations();
  if (demos.length === 0) throw engineError('empty-data', 'pointwiseTrainer', { what: 'demos' }, 'demos is empty');
  const { rng, policy } = makePolicy(options.seed, options.initScale);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  let step = 0;

  function next(): PolicyRecord {
    let batch: Array<Sample & { delta: number; score?: number; kept?: boolean; baseline?: number; greedy?: Reply }> =
      [];
    if (method === 'sft') {
      batch = demos.map((d) => ({ ...d, delta: 1 }));
    } else if (method === 'rft') {
      // On-policy samples from data/, kept where the rule passes.
      for (const { prompt: p, reply } of sampleOnPolicy(policy, rng, n)) {
        const kept = rule(p, reply, rng);
        batch.push({ prompt: p, reply, kept, delta: kept ? 1 : 0 });
      }
    } else if (method === 'raft') {
      // Best-of-N: n on-policy samples per prompt, the highest-reward one kept.
      const all = sampleOnPolicy(policy, rng, n);
      for (let p = 0; p < P; p++) {
        const cands = all.slice(p * n, (p + 1) * n).map((s) => s.reply);
        const scores = cands.map((c) => reward(p, c));
        const best = scores.indexOf(Math.max(...scores));
        cands.forEach((c, i) =>
          batch.push({ prompt: p, reply: c, score: scores[i], kept: i === best, delta: i === best ? 1 : 0 }),
        );
      }
    } else {
      const probs = policy.table.probabilities();
      for (const { prompt: p, reply } of sampleOnPolicy(policy, rng, 1)) {
        const greedy = policy.greedy(p, probs);
        const baseline = reward(p, greedy);
        const score = reward(p, reply);
        batch.push({ prompt: p, reply, score, delta: score - baseline, baseline, greedy });
      }
    }
    const used = batch.filter((b) => b.delta !== 0);
    let loss = 0;
    if (used.length > 0) {
      // −mean(δ · log π(y|x)): its negative gradient is mean(δ ∇log π), equation (1), applied in closed form.
      const tokens = flatTokens(used.map((b) => replyPositions(b.prompt, b.reply)));
      const logp = policy.table.logProbs();
      const seq = sequenceLogps(logp, V, tokens);
      const deltas = used.map((b) => b.delta);
      for (let i = 0; i < used.length; i++) loss -= deltas[i] * seq[i];
      loss /= used.length;
      policy.table.applyDeltas(tokens, deltas, lr / used.length, true, logp);
    }
    step++;
    const after = policy.table.probabilities();
    return {
      step,
      loss,
      utility: expectedUtility(after),
      kl: meanKl(after, refProbs),
      samples: batch.map((b) => ({
        prompt: b.prompt,
        reply: replyText(b.reply),
        score: b.score,
        kept: b.kept,
        delta: b.delta,
        ...(b.greedy ? { baseline: b.baseline, greedy: replyText(b.greedy) } : {}),
      })),
    };
  }
  /** The starting point, before any step: the reference's expected utility, and KL 0. */
  const initial = { utility: expectedUtility(refProbs), kl: meanKl(refProbs, refProbs) };
  return {
    step: next,
    policy,
    reference: ref,
    initial,
    demos,
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}

import type { PairMethod } from './pair-terms';
import { engineError } from '../../errors';
export type { PairMethod };
export interface PairOptions extends Base {
  method: PairMethod;
  beta: number;
  tau?: number;
  epsilon?: number;
  gamma?: number;
  lambda?: number;
  mode: 'offline' | 'online';
  noise?: number;
  /** Offline: pairs per prompt in the dataset drawn once from the initial policy. */
  pairsPerPrompt?: number;
  pairs?: Pair[];
  /** Who labels a pair (defaults to simulated humans: Bradley–Terry on the hidden utility with `noise`). */
  label?: Labeler;
  /** Online: sample at temperature T (the data component of the lab). */
  temperature?: number;
}

/** Labels two replies of a prompt: returns which is chosen. */
export type Labeler = (prompt: number, a: Reply, b: Reply, rng: Rng) => { chosen: Reply; rejected: Reply };

export interface PairRecord extends PolicyRecord {
  /** δ on each token of every pair's chosen reply, in batch order (DPO: β·σ(−βh)). */
  deltas: number[];
  /** δ on each token of every pair's rejected reply (DPO: −β·σ(−βh); SimPO, ORPO: their own). */
  rejectedDeltas: number[];
  batch: Pair[];
  meanChosenLogp: number;
  meanRejectedLogp: number;
  meanMargin: number;
  accuracy: number;
}

export function createPairTrainer(options: PairOptions) {
  const {
    method,
    beta,
    tau = 0.5,
    epsilon = 0.1,
    gamma = 0.5,
    lambda = 0.5,
    lr,
    mode,
    noise = 1,
    pairsPerPrompt = 8,
  } = options;
  const params = checkPairParams('pairTrainer', method, { beta, tau, epsilon, gamma, lambda });
  checkLearningRate('pairTrainer', lr);
  const entry = PAIR_TERMS[method];
  const { rng, policy } = makePolicy(options.seed, options.initScale);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  // π_ref is the initial table: its log-probabilities, once, in float64.
  const refLogp = policy.table.logProbs();
  const label: Labeler = options.label ?? ((p, a, b, r) => humanLabel(p, a, b, r, noise));
  const temperature = options.temperature ?? 1;
  const samplePairs = (perPrompt: number): Pair[] => onPolicyPairs(policy, rng, perPrompt, label, temperature);
  // Offline: pairs sampled once from the initial policy and labelled once, then reused every step.
  const dataset =
    options.pairs ??
    (options.label || options.temperature
      ? samplePairs(pairsPerPrompt)
      : offPolicyPairs(policy, rng, pairsPerPrompt, noise));
  if (dataset.length === 0) throw engineError('empty-data', 'pairTrainer', { what: 'pairs' }, 'the dataset is empty');
  let step = 0;

  const freshPairs = (): Pair[] => {
    const out = samplePairs(4);
    return out.length ? out : dataset.slice(0, 1);
  };

  // A batch's token layout: chosen replies first, then rejected ones (one sequence each), with the
  // reference log-probs; built once for the offline dataset.
  const layout = (batch: Pair[]) => {
    const tokens = flatTokens([
      ...batch.map((b) => replyPositions(b.prompt, b.chosen)),
      ...batch.map((b) => replyPositions(b.prompt, b.rejected)),
    ]);
    return { tokens, ref: sequenceLogps(refLogp, V, tokens) };
  };
  const offline = mode === 'online' ? undefined : layout(dataset);

  /** The training step itself: log-probs, each pair's loss and δ, equation (1) in closed form. */
  function update(batch: Pair[]) {
    const { tokens, ref: refSeq } = offline && batch === dataset ? offline : layout(batch);
    const n = batch.length;
    const logp = policy.table.logProbs();
    const seq = sequenceLogps(logp, V, tokens);
    // One δ per sequence (chosen, then rejected), from the log-probs before the step.
    const deltas = new Float64Array(2 * n);
    const hs = new Float64Array(n);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const lc = tokens.start[i + 1] - tokens.start[i];
      const lrj = tokens.start[n + i + 1] - tokens.start[n + i];
      const h = seq[i] - refSeq[i] - (seq[n + i] - refSeq[n + i]);
      const term = entry.term(
        { h, avgChosen: seq[i] / lc, avgRejected: seq[n + i] / lrj, lenChosen: lc, lenRejected: lrj },
        params,
      );
      loss += term.loss;
      deltas[i] = term.chosen;
      deltas[n + i] = term.rejected;
      hs[i] = h;
    }
    policy.table.applyDeltas(tokens, deltas, lr / n, true, logp);
    return { loss: loss / n, deltas, seq, hs: Array.from(hs) };
  }

  function next(): PairRecord {
    const batch = mode === 'online' ? freshPairs() : dataset;
    const n = batch.length;
    const { loss, deltas, seq, hs } = update(batch);
    const pc = Array.from(seq.subarray(0, n));
    const pr = Array.from(seq.subarray(n, 2 * n));
    step++;
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const after = policy.table.probabilities();
    // The chosen reply's δ (pair-terms.ts); the rejected one's is its negative for the reference-based
    // losses, and per token (divided by length) for SimPO and ORPO.
    const chosenDeltas = Array.from(deltas.subarray(0, n));
    return {
      step,
      loss,
      utility: expectedUtility(after),
      kl: meanKl(after, refProbs),
      // Every pair of the batch, by its replies' text (the words of the toy world): which ones a page
      // shows, and how it writes a pair, is the page's choice.
      samples: batch.map((b, i) => ({
        prompt: b.prompt,
        reply: replyText(b.chosen),
        rejected: replyText(b.rejected),
        delta: chosenDeltas[i],
      })),
      deltas: chosenDeltas,
      rejectedDeltas: Array.from(deltas.subarray(n, 2 * n)),
      batch,
      meanChosenLogp: mean(pc),
      meanRejectedLogp: mean(pr),
      meanMargin: mean(hs.map((h) => beta * h)),
      accuracy: mean(hs.map((h) => (h > 0 ? 1 : 0))),
    };
  }
  return {
    step: next,
    /** One training step without the record (what `npm run bench` times); returns the loss. */
    train: () => update(mode === 'online' ? freshPairs() : dataset).loss,
    policy,
    reference: ref,
    dataset,
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}

export interface KtoOptions extends Base {
  beta: number;
  z0?: number;
  lambdaD?: number;
  lambdaU?: number;
  perPrompt?: number;
  /** Who says a reply is desirable (defaults to: hidden utility above 0); gets the trainer's generator. */
  desirable?: (prompt: number, reply: Reply, rng: Rng) => boolean;
}

/** KTO on unpaired labels: replies sampled once from the initial policy, desirable when u > 0. */
export function createKtoTrainer(options: KtoOptions) {
  const { beta, z0 = 0, lambdaD = 1, lambdaU = 1, lr, perPrompt = 8 } = options;
  const fn = 'ktoTrainer';
  const params = {
    beta: checkPositive(fn, 'beta', beta),
    z0: checkFinite(fn, 'z0', z0),
    lambdaD: checkNonNegative(fn, 'lambdaD', lambdaD),
    lambdaU: checkNonNegative(fn, 'lambdaU', lambdaU),
  };
  checkLearningRate(fn, lr);
  checkWholeNumber(fn, 'perPrompt', perPrompt, 1);
  const { rng, policy } = makePolicy(options.seed, options.initScale);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const refLogp = policy.table.logProbs();
  // KTO's unpaired labels come from data/ (replies drawn once from the initial policy).
  const data: Array<Sample & { desirable: number }> = offPolicyUnpaired(policy, rng, perPrompt, {
    label: options.desirable,
  }).map((d) => ({ prompt: d.prompt, reply: d.reply, desirable: d.desirable ? 1 : 0 }));
  const tokens = flatTokens(data.map((d) => replyPositions(d.prompt, d.reply)));
  const refSeq = sequenceLogps(refLogp, V, tokens);
  let step = 0;
  return {
    policy,
    reference: ref,
    data,
    step(): PolicyRecord {
      const logp = policy.table.logProbs();
      const seq = sequenceLogps(logp, V, tokens);
      const deltas = new Float64Array(data.length);
      let loss = 0;
      for (let i = 0; i < data.length; i++) {
        const term = ktoTerm(seq[i] - refSeq[i], data[i].desirable === 1, params);
        loss += term.loss;
        deltas[i] = term.delta;
      }
      policy.table.applyDeltas(tokens, deltas, lr / data.length, true, logp);
      step++;
      const after = policy.table.probabilities();
      return {
        step,
        loss: loss / data.length,
        utility: expectedUtility(after),
        kl: meanKl(after, refProbs),
        samples: data.map((d, i) => ({
          prompt: d.prompt,
          reply: replyText(d.reply),
          kept: d.desirable === 1,
          delta: deltas[i],
        })),
      };
    },
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}
