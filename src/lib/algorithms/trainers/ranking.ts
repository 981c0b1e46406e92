// List-wise preference optimisation on the bandit toy (the ranking example): each prompt comes with its
// K candidates ranked best first, and the policy's log-probabilities are the scores s_k.
//   RRHF: Σ over pairs (worse i, better j) of max(0, s_i − s_j), plus RRHF's SFT term on the best reply.
//   Plackett–Luce (list-wise DPO without a reference): −Σ_k (s_k − logsumexp(s_k..s_K)).
//   Pair-wise DPO on every pair the ranking implies, for contrast.
import { tf, type Scalar, type Tensor1D } from '../../tf';
import { rankByUtility } from '../../data';
import { BanditPolicy } from '../../model/policy';
import { createRng } from '../../random';
import { CANDIDATES, K, P, replyText } from '../../world';
import { dpoLoss, plackettLuceLoss, rrhfLoss } from '../losses';
import { banditUtility, descend, rows } from './common';

export type RankingMethod = 'rrhf' | 'plackett-luce' | 'dpo';
export interface RankingOptions { seed: number; lr: number; method: RankingMethod; beta?: number; rankings?: number[][] }
export interface RankingTerm { label: string; value: number }
export interface RankingRecord {
  step: number; loss: number;
  /** Terms of the loss for prompt 0, before this step's update. */
  terms: RankingTerm[];
  scores: number[];
  policy: number[][];
  /** Candidates of each prompt ordered by the policy's probability, best first. */
  policyRanking: number[][];
  /** Fraction of candidate pairs the policy orders as the target ranking does. */
  agreement: number;
  utility: number;
  /** Mean over prompts of KL(π ‖ π_ref) over the K candidates. */
  kl: number;
}

export function checkRankings(rankings: number[][]) {
  if (rankings.length !== P) throw new Error(`rankingTrainer: rankings must have one list per prompt (${P}), got ${rankings.length}`);
  rankings.forEach((r, p) => {
    const sorted = [...r].sort((a, b) => a - b).join(',');
    if (sorted !== [...Array(K).keys()].join(',')) throw new Error(`rankingTrainer: rankings[${p}] must order the candidates 0–${K - 1} once each, got [${r.join(', ')}]`);
  });
}

export function createRankingTrainer(options: RankingOptions) {
  const { lr, method, beta = 0.5 } = options;
  const rankings = options.rankings ?? [...Array(P).keys()].map(rankByUtility);
  checkRankings(rankings);
  const rng = createRng(options.seed);
  const policy = new BanditPolicy(rng, 0.5);
  const ref = policy.table.freeze();
  // One encoded list per prompt, best first; RRHF's rewards are K−1 … 0 along the ranking.
  const lists = rankings.map((r, p) => policy.encode(r.map((k) => ({ prompt: p, candidate: k }))));
  const rewards = [...Array(K).keys()].map((i) => K - 1 - i);
  const pairs = rankings.flatMap((r, p) => r.flatMap((better, i) => r.slice(i + 1).map((worse) => ({ prompt: p, chosen: better, rejected: worse }))));
  const chosen = policy.encode(pairs.map((q) => ({ prompt: q.prompt, candidate: q.chosen })));
  const rejected = policy.encode(pairs.map((q) => ({ prompt: q.prompt, candidate: q.rejected })));
  let step = 0;

  const listLoss = (w: tf.Tensor2D): Scalar => {
    if (method === 'dpo') {
      return dpoLoss({ policyChosen: policy.table.sequenceLogp(chosen, w), policyRejected: policy.table.sequenceLogp(rejected, w), refChosen: ref.sequenceLogp(chosen), refRejected: ref.sequenceLogp(rejected) }, beta);
    }
    const perPrompt = lists.map((enc) => {
      const s = policy.table.sequenceLogp(enc, w);
      if (method === 'plackett-luce') return plackettLuceLoss(s);
      // RRHF adds cross-entropy on the best-ranked reply (its first element here).
      return tf.add(rrhfLoss(s, rewards), tf.neg(tf.reshape(tf.slice(s, [0], [1]), [])));
    });
    return tf.div(tf.addN(perPrompt), P) as Scalar;
  };

  function terms(scores: number[]): RankingTerm[] {
    const r0 = rankings[0];
    const name = (k: number) => `“${replyText(CANDIDATES[0][k])}”`;
    if (method === 'plackett-luce') {
      return r0.slice(0, K - 1).map((k, i) => {
        const rest = r0.slice(i).map((j) => scores[j]);
        const m = Math.max(...rest);
        const lse = m + Math.log(rest.reduce((a, v) => a + Math.exp(v - m), 0));
        return { label: `−log P(${name(k)} first among the ${K - i} left)`, value: -(scores[k] - lse) };
      });
    }
    const out: RankingTerm[] = [];
    r0.forEach((better, i) => r0.slice(i + 1).forEach((worse) => {
      if (method === 'rrhf') out.push({ label: `max(0, s${name(worse)} − s${name(better)})`, value: Math.max(0, scores[worse] - scores[better]) });
      else {
        const h = scores[better] - scores[worse]; // the reference is uniform at start, but its log-ratio is added below
        out.push({ label: `−log σ(β·h) for ${name(better)} ≻ ${name(worse)}`, value: h });
      }
    }));
    if (method === 'rrhf') out.push({ label: `SFT term −log π(${name(r0[0])})`, value: -scores[r0[0]] });
    return out;
  }

  function next(): RankingRecord {
    const probsBefore = policy.table.probabilities();
    const scores = Array.from({ length: K }, (_, k) => Math.log(probsBefore[k]));
    let shown = terms(scores);
    if (method === 'dpo') {
      const refP = ref.probabilities();
      shown = shown.map((t, i) => {
        const r0 = rankings[0];
        let idx = 0;
        for (let a = 0; a < K; a++) for (let b = a + 1; b < K; b++) {
          if (idx++ === i) {
            const h = (scores[r0[a]] - Math.log(refP[r0[a]])) - (scores[r0[b]] - Math.log(refP[r0[b]]));
            return { label: t.label, value: Math.log1p(Math.exp(-beta * h)) };
          }
        }
        return t;
      });
    }
    const loss = descend(policy.table, listLoss, lr);
    step++;
    const probs = policy.table.probabilities();
    const policyRows = rows(probs, K);
    const policyRanking = policyRows.map((row) => [...Array(K).keys()].sort((a, b) => row[b] - row[a]));
    let agree = 0;
    let total = 0;
    rankings.forEach((r, p) => r.forEach((better, i) => r.slice(i + 1).forEach((worse) => {
      total++;
      if (policyRows[p][better] > policyRows[p][worse]) agree++;
    })));
    const refRows = rows(ref.probabilities(), K);
    const kl = policyRows.reduce((acc, row, q) => acc + row.reduce((t, v, k) => t + v * Math.log(v / refRows[q][k]), 0), 0) / P;
    return { step, loss, terms: shown, scores, policy: policyRows, policyRanking, agreement: agree / total, utility: banditUtility(probs), kl };
  }
  return {
    step: next, policy, reference: ref, rankings,
    dispose() { lists.forEach((l) => l.dispose()); chosen.dispose(); rejected.dispose(); policy.table.dispose(); ref.dispose(); },
  };
}

/** Kept for symmetry with the other trainers' exports. */
export type { Tensor1D };
