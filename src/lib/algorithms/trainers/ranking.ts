// List-wise preference optimisation on the bandit toy (the ranking example): each prompt comes with its
// K candidates ranked best first, and the policy's log-probabilities are the scores s_k.
//   RRHF: Σ over pairs (worse i, better j) of max(0, s_i − s_j), plus RRHF's SFT term on the best reply.
//   Plackett–Luce (list-wise DPO without a reference): −Σ_k (s_k − logsumexp(s_k..s_K)).
//   Pair-wise DPO on every pair the ranking implies, for contrast.
import { rankByUtility } from '../../data';
import { BanditPolicy } from '../../model/policy';
import { createRng } from '../../random';
import { CANDIDATES, K, P, replyText } from '../../world';
import { flatTokens } from '../../model/tabular';
import { checkLearningRate, checkPositive } from '../validate';
import { banditKl, banditUtility, rows } from './common';
import { dpoPairTerm } from './pair-terms';
import { plackettLuceTerm, rrhfTerm } from './point-terms';
import { engineError } from '../../errors';

export type RankingMethod = 'rrhf' | 'plackett-luce' | 'dpo';
export interface RankingOptions {
  seed: number;
  lr: number;
  method: RankingMethod;
  beta?: number;
  rankings?: number[][];
}
/**
 * One term of prompt 0's loss, by kind and the candidates it involves (indices into CANDIDATES[0]); the
 * ranking widget's view writes it out. Plackett–Luce: −log P(candidate first among the `left` still
 * unplaced); RRHF: max(0, s_worse − s_better) and its SFT term −log π(candidate); DPO: −log σ(β·h).
 */
export type RankingTerm =
  | { kind: 'first'; candidate: number; left: number; value: number }
  | { kind: 'hinge'; better: number; worse: number; value: number }
  | { kind: 'pair'; better: number; worse: number; value: number }
  | { kind: 'sft'; candidate: number; value: number };
/** The policy after a step (or now, for `peek`). */
export interface RankingView {
  policy: number[][];
  /** Candidates of each prompt ordered by the policy's probability, best first (ties keep index order). */
  policyRanking: number[][];
  /** Fraction of candidate pairs, over all prompts, the policy orders as the target ranking does. */
  agreement: number;
  /** The same fraction for each prompt on its own (K·(K−1)/2 pairs each). */
  promptAgreement: number[];
  utility: number;
  /** Mean over prompts of KL(π ‖ π_ref) over the K candidates. */
  kl: number;
}
export interface RankingRecord extends RankingView {
  step: number;
  /** The batch loss, before this step's update. */
  loss: number;
  /** Terms of the loss for prompt 0, before this step's update. */
  terms: RankingTerm[];
  /** Prompt 0's log-probabilities s_k (candidate order), before this step's update. */
  scores: number[];
}
/** What `peek` returns: prompt 0's terms and scores, and the policy, with no step taken. */
export type RankingPeek = Pick<RankingRecord, 'terms' | 'scores'> & RankingView;

export function checkRankings(rankings: number[][]) {
  if (rankings.length !== P)
    throw engineError(
      'invalid-argument',
      'rankingTrainer',
      {},
      `rankings must have one list per prompt (${P}), got ${rankings.length}`,
    );
  rankings.forEach((r, p) => {
    const sorted = [...r].sort((a, b) => a - b).join(',');
    if (sorted !== [...Array(K).keys()].join(','))
      throw engineError(
        'invalid-argument',
        'rankingTrainer',
        {},
        `rankings[${p}] must order the candidates 0–${K - 1} once each, got [${r.join(', ')}]`,
      );
  });
}

export function createRankingTrainer(options: RankingOptions) {
  const { lr, method, beta = 0.5 } = options;
  checkLearningRate('rankingTrainer', lr);
  checkPositive('rankingTrainer', 'beta', beta);
  if (!['rrhf', 'plackett-luce', 'dpo'].includes(method))
    throw engineError(
      'not-one-of',
      'rankingTrainer',
      { name: 'method', value: String(method), choices: ['rrhf', 'plackett-luce', 'dpo'] },
      `method must be rrhf, plackett-luce or dpo, got ${JSON.stringify(method)}`,
    );
  const rankings = options.rankings ?? [...Array(P).keys()].map(rankByUtility);
  checkRankings(rankings);
  const rng = createRng(options.seed);
  const policy = new BanditPolicy(rng, 0.5);
  const ref = policy.table.freeze();
  // RRHF's rewards are K−1 … 0 along the ranking.
  const rewards = [...Array(K).keys()].map((i) => K - 1 - i);
  const pairs = rankings.flatMap((r, p) =>
    r.flatMap((better, i) => r.slice(i + 1).map((worse) => ({ prompt: p, chosen: better, rejected: worse }))),
  );
  let step = 0;

  const refLogp = policy.table.logProbs();
  // Lists: one sequence per candidate, best first within each prompt; pairs: chosen then rejected.
  const listTokens = flatTokens(rankings.flatMap((r, p) => r.map((k) => [{ ctx: p, out: k }])));
  const pairTokens = flatTokens([
    ...pairs.map((q) => [{ ctx: q.prompt, out: q.chosen }]),
    ...pairs.map((q) => [{ ctx: q.prompt, out: q.rejected }]),
  ]);

  /** One step: each list's (or pair's) loss and δ from the log-probs now, then equation (1) in closed form. */
  function update(): number {
    const logp = policy.table.logProbs();
    if (method === 'dpo') {
      const n = pairs.length;
      const deltas = new Float64Array(2 * n);
      let loss = 0;
      pairs.forEach((q, i) => {
        const c = q.prompt * K + q.chosen;
        const r = q.prompt * K + q.rejected;
        const term = dpoPairTerm(logp[c] - refLogp[c] - (logp[r] - refLogp[r]), beta);
        loss += term.loss;
        deltas[i] = term.chosen;
        deltas[n + i] = term.rejected;
      });
      policy.table.applyDeltas(pairTokens, deltas, lr / n, true, logp);
      return loss / n;
    }
    const deltas = new Float64Array(P * K);
    let loss = 0;
    rankings.forEach((r, p) => {
      const s = r.map((k) => logp[p * K + k]);
      // RRHF adds cross-entropy on the best-ranked reply (its first element here).
      const t = method === 'plackett-luce' ? plackettLuceTerm(s) : rrhfTerm(s, rewards);
      loss += t.loss - (method === 'rrhf' ? s[0] : 0);
      t.grad.forEach((g, i) => (deltas[p * K + i] = -g + (method === 'rrhf' && i === 0 ? 1 : 0)));
    });
    policy.table.applyDeltas(listTokens, deltas, lr / P, true, logp);
    return loss / P;
  }

  /** The terms of prompt 0's loss at log-probabilities `scores` (the reference's, for DPO, are fixed). */
  function terms(scores: number[]): RankingTerm[] {
    const r0 = rankings[0];
    if (method === 'plackett-luce') {
      return r0.slice(0, K - 1).map((k, i) => {
        const rest = r0.slice(i).map((j) => scores[j]);
        const m = Math.max(...rest);
        const lse = m + Math.log(rest.reduce((a, v) => a + Math.exp(v - m), 0));
        return { kind: 'first', candidate: k, left: K - i, value: -(scores[k] - lse) };
      });
    }
    const refScores = method === 'dpo' ? policy.distribution(0, ref.probabilities()).map(Math.log) : [];
    const out: RankingTerm[] = [];
    r0.forEach((better, i) =>
      r0.slice(i + 1).forEach((worse) => {
        if (method === 'rrhf')
          out.push({ kind: 'hinge', better, worse, value: Math.max(0, scores[worse] - scores[better]) });
        else {
          // h: the log-ratio margin against the reference (the starting policy); −log σ(βh) = softplus(−βh).
          const h = scores[better] - refScores[better] - (scores[worse] - refScores[worse]);
          const z = -beta * h;
          out.push({ kind: 'pair', better, worse, value: Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) });
        }
      }),
    );
    if (method === 'rrhf') out.push({ kind: 'sft', candidate: r0[0], value: -scores[r0[0]] });
    return out;
  }

  /** Prompt 0's log-probabilities s_k and the terms of its loss, for the policy as it is now. */
  function lossNow() {
    const scores = policy.distribution(0).map(Math.log);
    return { scores, terms: terms(scores) };
  }

  /** The policy as it is now: probabilities, its ranking and how well it agrees with the target. */
  function view(): RankingView {
    const probs = policy.table.probabilities();
    const policyRows = rows(probs, K);
    const policyRanking = policyRows.map((row) => [...Array(K).keys()].sort((a, b) => row[b] - row[a]));
    let agree = 0;
    let total = 0;
    const promptAgreement = rankings.map((r, p) => {
      let agreeHere = 0;
      let pairsHere = 0;
      r.forEach((better, i) =>
        r.slice(i + 1).forEach((worse) => {
          pairsHere++;
          if (policyRows[p][better] > policyRows[p][worse]) agreeHere++;
        }),
      );
      agree += agreeHere;
      total += pairsHere;
      return agreeHere / pairsHere;
    });
    const agreement = agree / total;
    const kl = banditKl(probs, ref.probabilities());
    return { policy: policyRows, policyRanking, agreement, promptAgreement, utility: banditUtility(probs), kl };
  }

  function next(): RankingRecord {
    const { scores, terms: shown } = lossNow();
    const loss = update();
    step++;
    return { step, loss, terms: shown, scores, ...view() };
  }
  return {
    step: next,
    policy,
    reference: ref,
    rankings,
    /** The state before any (further) step, without training: for showing step 0. */
    peek: (): RankingPeek => ({ ...lossNow(), ...view() }),
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}
