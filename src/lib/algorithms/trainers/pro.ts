// PRO (Preference Ranking Optimisation, Song et al.) on the autoregressive toy: each example is a list of
// replies to one prompt ranked best first; the policy's length-averaged log-probabilities
// s_k = log π(y_k|x)/|y_k| are its scores, and the loss is the Plackett–Luce negative log-likelihood of
// the ranking (the contract's plackettLuceLoss) plus an SFT term on the best reply:
//
//   L = mean over lists [ −Σ_{k<K−1} (s_k − logsumexp(s_k..s_{K−1}))  +  sftWeight · (−s_0) ].
//
// No reference model. Offline, the lists are drawn once from the initial policy and ranked by the
// simulated humans (data/off-policy.ts); online, each step samples a fresh list per prompt from the
// current policy and ranks it. The record reports δ per reply (plackettLuceDeltas), on every token.
// Simplification, stated: PRO's paper also scales each step of the ranking by reward gaps (its
// "temperature" term); this trainer uses the plain ranking.
import { tf, type Scalar, type Tensor1D } from '../../tf';
import { offPolicyLists, rankReplies } from '../../data/off-policy';
import type { RankedList } from '../../data';
import { AutoregressivePolicy } from '../../model/policy';
import { createRng } from '../../random';
import { P, replyText, type Reply } from '../../world';
import { plackettLuceLoss } from '../losses';
import { plackettLuceDeltas } from './coefficients';
import { descend, expectedUtility, meanKl } from './common';

export interface ProOptions {
  seed: number;
  lr: number;
  mode?: 'offline' | 'online';
  /** Replies per list. */
  listSize?: number;
  /** Offline: lists per prompt in the dataset. */
  listsPerPrompt?: number;
  /** Weight of the SFT term on the best reply. */
  sftWeight?: number;
  /** Human ranking noise (0: sorted by the hidden utility). */
  noise?: number;
  /** A reader's own lists (replaces the generated dataset). */
  lists?: RankedList[];
  initScale?: number;
}

export interface ProListView {
  prompt: number;
  /** Best first: reply text, length-averaged log-prob s_k before the step, and δ on each of its tokens. */
  replies: Array<{ reply: string; score: number; delta: number }>;
}

export interface ProRecord {
  step: number;
  loss: number;
  utility: number;
  kl: number;
  /** Every list of the step, best first, with its scores and δ (normalisation: 1/number of lists). */
  lists: ProListView[];
}

function check(o: ProOptions) {
  if (!(o.lr > 0) || !Number.isFinite(o.lr)) throw new Error(`proTrainer: lr must be a finite number > 0, got ${o.lr}`);
  const listSize = o.listSize ?? 4;
  if (!Number.isInteger(listSize) || listSize < 2) throw new Error(`proTrainer: listSize must be a whole number ≥ 2, got ${listSize}`);
  const sft = o.sftWeight ?? 0.1;
  if (!(sft >= 0) || !Number.isFinite(sft)) throw new Error(`proTrainer: sftWeight must be a finite number ≥ 0, got ${sft}`);
  if (o.mode !== undefined && o.mode !== 'offline' && o.mode !== 'online') throw new Error(`proTrainer: mode must be "offline" or "online", got ${JSON.stringify(o.mode)}`);
  if (o.lists) {
    if (o.lists.length === 0) throw new Error('proTrainer: lists is empty');
    o.lists.forEach((l, i) => {
      if (!(l.ranking.length >= 2)) throw new Error(`proTrainer: lists[${i}].ranking must hold at least 2 replies, got ${l.ranking.length}`);
      if (!(l.prompt >= 0 && l.prompt < P)) throw new Error(`proTrainer: lists[${i}].prompt must be 0–${P - 1}, got ${l.prompt}`);
    });
  }
}

export function createProTrainer(options: ProOptions) {
  check(options);
  const { lr, mode = 'offline', listSize = 4, listsPerPrompt = 3, sftWeight = 0.1, noise = 0 } = options;
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, options.initScale ?? 0.3);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const dataset = options.lists ?? offPolicyLists(policy, rng, listsPerPrompt, listSize, noise);
  if (dataset.length === 0) throw new Error('proTrainer: the dataset is empty (no prompt gave enough distinct replies)');
  let step = 0;

  const freshLists = (): RankedList[] => {
    const probs = policy.table.probabilities();
    const out: RankedList[] = [];
    for (let p = 0; p < P; p++) {
      const seen = new Map<string, Reply>();
      for (let t = 0; seen.size < listSize && t < 50 * listSize; t++) {
        const r = policy.sample(p, rng, {}, probs);
        seen.set(replyText(r), r);
      }
      if (seen.size >= 2) out.push({ prompt: p, ranking: rankReplies(p, [...seen.values()], rng, noise) });
    }
    return out;
  };

  function next(): ProRecord {
    const lists = mode === 'online' ? freshLists() : dataset;
    if (lists.length === 0) throw new Error('proTrainer: no list could be sampled this step');
    const flat = lists.flatMap((l) => l.ranking.map((reply) => ({ prompt: l.prompt, reply })));
    const enc = policy.encode(flat);
    const lengths = tf.tensor1d(enc.lengths);
    const before = tf.tidy(() => Array.from(tf.div(policy.table.sequenceLogp(enc), lengths).dataSync()));
    const loss = descend(policy.table, (w) => {
      const avg = tf.div(policy.table.sequenceLogp(enc, w), lengths) as Tensor1D;
      let offset = 0;
      const perList = lists.map((l) => {
        const s = tf.slice(avg, [offset], [l.ranking.length]) as Tensor1D;
        offset += l.ranking.length;
        // SFT on the best reply: its length-averaged NLL, −s_0.
        return tf.sub(plackettLuceLoss(s), tf.mul(sftWeight, tf.reshape(tf.slice(s, [0], [1]), [])));
      });
      return tf.div(tf.addN(perList), lists.length) as Scalar;
    }, lr);
    lengths.dispose();
    let offset = 0;
    const views: ProListView[] = lists.map((l) => {
      const k = l.ranking.length;
      const scores = before.slice(offset, offset + k);
      const lens = enc.lengths.slice(offset, offset + k);
      offset += k;
      const deltas = plackettLuceDeltas(scores, lens, 1, sftWeight);
      return { prompt: l.prompt, replies: l.ranking.map((r, i) => ({ reply: replyText(r), score: scores[i], delta: deltas[i] })) };
    });
    enc.dispose();
    step++;
    const after = policy.table.probabilities();
    return { step, loss, utility: expectedUtility(after), kl: meanKl(after, refProbs), lists: views };
  }

  return { step: next, policy, reference: ref, dataset, dispose() { policy.table.dispose(); ref.dispose(); } };
}
