// PRO (Preference Ranking Optimisation, Song et al.) on the autoregressive toy: each example is a list of
// replies to one prompt ranked best first; the policy's length-averaged log-probabilities
// s_k = log π(y_k|x)/|y_k| are its scores, and the loss is the Plackett–Luce negative log-likelihood of
// the ranking (the contract's plackettLuceLoss) plus an SFT term on the best reply:
//
//   L = mean over lists [ −Σ_{k<K−1} (s_k − logsumexp(s_k..s_{K−1}))  +  β · (−log π(y_0|x)) ],
//
// the SFT term being the summed NLL of the best reply, as PRO's paper and code write it, with
// β = 0.05·(n − 1)² by default (PRO's code). The step is equation (1) in closed form.
//
// No reference model. Offline, the lists are drawn once from the initial policy and ranked by the
// simulated humans (data/off-policy.ts); online, each step samples a fresh list per prompt from the
// current policy and ranks it. The record reports δ per reply (plackettLuceDeltas), on every token.
// Without a reward model PRO's temperatures are all 1 (the paper's own special case), and this trainer
// has none: people rank the lists. That is stated on the list-wise page too.
import { distinctSamples, offPolicyLists, rankReplies, type RankedList } from '../../data';
import { AutoregressivePolicy, replyPositions } from '../../model/policy';
import { flatTokens, sequenceLogps } from '../../model/tabular';
import { createRng } from '../../random';
import { P, replyText, V, type Reply } from '../../world';
import { expectedUtility, meanKl } from './common';
import { plackettLuceTerm } from './point-terms';

export interface ProOptions {
  seed: number;
  lr: number;
  mode?: 'offline' | 'online';
  /** Replies per list. */
  listSize?: number;
  /** Offline: lists per prompt in the dataset. */
  listsPerPrompt?: number;
  /** Weight β of the SFT term on the best reply (default 0.05·(n − 1)², n = listSize, as PRO's code). */
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

/** PRO's released code weights its SFT term by 0.05·(n − 1)² for rankings of length n. */
export const proSftWeight = (n: number) => 0.05 * (n - 1) ** 2;

function check(o: ProOptions) {
  if (!(o.lr > 0) || !Number.isFinite(o.lr)) throw new Error(`proTrainer: lr must be a finite number > 0, got ${o.lr}`);
  const listSize = o.listSize ?? 4;
  if (!Number.isInteger(listSize) || listSize < 2)
    throw new Error(`proTrainer: listSize must be a whole number ≥ 2, got ${listSize}`);
  const sft = o.sftWeight ?? 0;
  if (!(sft >= 0) || !Number.isFinite(sft))
    throw new Error(`proTrainer: sftWeight must be a finite number ≥ 0, got ${sft}`);
  if (o.mode !== undefined && o.mode !== 'offline' && o.mode !== 'online')
    throw new Error(`proTrainer: mode must be "offline" or "online", got ${JSON.stringify(o.mode)}`);
  if (o.lists) {
    if (o.lists.length === 0) throw new Error('proTrainer: lists is empty');
    o.lists.forEach((l, i) => {
      if (!(l.ranking.length >= 2))
        throw new Error(`proTrainer: lists[${i}].ranking must hold at least 2 replies, got ${l.ranking.length}`);
      if (!(l.prompt >= 0 && l.prompt < P))
        throw new Error(`proTrainer: lists[${i}].prompt must be 0–${P - 1}, got ${l.prompt}`);
    });
  }
}

export function createProTrainer(options: ProOptions) {
  check(options);
  const { lr, mode = 'offline', listSize = 4, listsPerPrompt = 3, noise = 0 } = options;
  const sftWeight = options.sftWeight ?? proSftWeight(listSize);
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, options.initScale ?? 0.3);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const dataset = options.lists ?? offPolicyLists(policy, rng, listsPerPrompt, listSize, noise);
  if (dataset.length === 0)
    throw new Error('proTrainer: the dataset is empty (no prompt gave enough distinct replies)');
  let step = 0;

  const freshLists = (): RankedList[] => {
    const probs = policy.table.probabilities();
    const out: RankedList[] = [];
    for (let p = 0; p < P; p++) {
      // PRO's distinct replies come from data/, as the offline lists do.
      const replies = distinctSamples(policy, probs, p, listSize, rng);
      if (replies.length >= 2) out.push({ prompt: p, ranking: rankReplies(p, replies, rng, noise) });
    }
    return out;
  };

  function next(): ProRecord {
    const lists = mode === 'online' ? freshLists() : dataset;
    if (lists.length === 0) throw new Error('proTrainer: no list could be sampled this step');
    const flat = lists.flatMap((l) => l.ranking.map((reply) => ({ prompt: l.prompt, reply })));
    const tokens = flatTokens(flat.map((f) => replyPositions(f.prompt, f.reply)));
    const logp = policy.table.logProbs();
    const seq = sequenceLogps(logp, V, tokens);
    const lengths = flat.map((_, i) => tokens.start[i + 1] - tokens.start[i]);
    const deltas = new Float64Array(flat.length);
    let loss = 0;
    let offset = 0;
    const views: ProListView[] = lists.map((l) => {
      const k = l.ranking.length;
      const lens = lengths.slice(offset, offset + k);
      const scores = lens.map((n, i) => seq[offset + i] / n);
      // Plackett–Luce on the length-averaged scores, plus the summed NLL of the best reply.
      const pl = plackettLuceTerm(scores);
      loss += pl.loss - sftWeight * seq[offset];
      const d = pl.grad.map((g, i) => -g / lens[i] + (i === 0 ? sftWeight : 0));
      d.forEach((v, i) => (deltas[offset + i] = v));
      offset += k;
      return {
        prompt: l.prompt,
        replies: l.ranking.map((r, i) => ({ reply: replyText(r), score: scores[i], delta: d[i] })),
      };
    });
    policy.table.applyDeltas(tokens, deltas, lr / lists.length, true, logp);
    step++;
    const after = policy.table.probabilities();
    return {
      step,
      loss: loss / lists.length,
      utility: expectedUtility(after),
      kl: meanKl(after, refProbs),
      lists: views,
    };
  }

  return {
    step: next,
    policy,
    reference: ref,
    dataset,
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}
