// The two policies of the toy world, both tables of logits (see ./tabular.ts).
//
// AutoregressivePolicy π_θ(y | x): a reply is generated word by word; the next-word distribution
// depends on the prompt and the previous word (a prompt-conditioned bigram model). The end token is
// not allowed first, and a reply stops after MAX_WORDS words. 3 prompts × 9 contexts × 9 outputs.
//
// BanditPolicy: a softmax over the K fixed candidate replies of each prompt — the smallest model on
// which DPO's closed-form optimum can be drawn exactly.
import { allReplies, CANDIDATES, END_ID, K, MAX_WORDS, P, V, WORDS, type Reply } from '../world';
import type { Rng } from '../random';
import { encode, LogitTable, type EncodedBatch, type Position } from './tabular';

export interface Sample {
  prompt: number;
  reply: Reply;
}

/** Contexts per prompt: start, or the previous word (8). */
const SLOTS = WORDS.length + 1;

export function contextOf(prompt: number, previous: number | undefined): number {
  return prompt * SLOTS + (previous === undefined ? 0 : previous + 1);
}

/** Token positions of a reply: its words, then <end> unless it has MAX_WORDS words. */
export function replyPositions(prompt: number, reply: Reply): Position[] {
  const out: Position[] = reply.map((w, t) => ({ ctx: contextOf(prompt, t === 0 ? undefined : reply[t - 1]), out: w }));
  if (reply.length < MAX_WORDS) out.push({ ctx: contextOf(prompt, reply[reply.length - 1]), out: END_ID });
  return out;
}

export interface SamplingOptions {
  temperature?: number;
  topK?: number;
  greedy?: boolean;
}

/** Picks an index from a probability row with temperature / top-k / greedy. */
function pick(row: ArrayLike<number>, rng: Rng, { temperature = 1, topK, greedy = false }: SamplingOptions): number {
  const idx = Array.from({ length: row.length }, (_, i) => i).filter((i) => row[i] > 0);
  idx.sort((a, b) => row[b] - row[a]);
  if (greedy) return idx[0];
  if (!(temperature > 0)) throw new Error(`sample: temperature must be > 0, got ${temperature}`);
  const kept = topK !== undefined ? idx.slice(0, Math.max(1, topK)) : idx;
  const weights = kept.map((i) => Math.pow(row[i], 1 / temperature));
  return kept[rng.choice(weights)];
}

export class AutoregressivePolicy {
  static readonly contexts = P * SLOTS;
  readonly table: LogitTable;

  constructor(rng: Rng, scale = 0.3, init?: Float32Array) {
    const mask = new Float32Array(AutoregressivePolicy.contexts * V);
    for (let p = 0; p < P; p++) mask[contextOf(p, undefined) * V + END_ID] = -1e9;
    this.table = init
      ? new LogitTable(AutoregressivePolicy.contexts, V, init, mask)
      : LogitTable.random(AutoregressivePolicy.contexts, V, rng, scale, mask);
  }

  encode(samples: Sample[]): EncodedBatch {
    return encode(
      samples.map((s) => replyPositions(s.prompt, s.reply)),
      AutoregressivePolicy.contexts,
      V,
    );
  }

  sample(prompt: number, rng: Rng, options: SamplingOptions = {}, probs = this.table.probabilities()): Reply {
    const reply: Reply = [];
    while (reply.length < MAX_WORDS) {
      const ctx = contextOf(prompt, reply[reply.length - 1]);
      const next = pick(probs.subarray(ctx * V, ctx * V + V), rng, options);
      if (next === END_ID) break;
      reply.push(next);
    }
    return reply;
  }

  greedy(prompt: number, probs = this.table.probabilities()): Reply {
    return this.sample(
      prompt,
      { next: () => 0, int: () => 0, normal: () => 0, choice: () => 0 },
      { greedy: true },
      probs,
    );
  }
}

/** log π(y|x) of a reply from a probability table, in plain JS (used for exact enumeration). */
export function replyLogp(probs: ArrayLike<number>, prompt: number, reply: Reply): number {
  let lp = 0;
  for (const p of replyPositions(prompt, reply)) lp += Math.log(probs[p.ctx * V + p.out]);
  return lp;
}

const REPLIES = allReplies();

/** The exact distribution over all replies of a prompt (they sum to one). */
export function exactDistribution(probs: ArrayLike<number>, prompt: number): { replies: Reply[]; p: Float64Array } {
  const p = new Float64Array(REPLIES.length);
  REPLIES.forEach((r, i) => (p[i] = Math.exp(replyLogp(probs, prompt, r))));
  return { replies: REPLIES, p };
}

/** KL(π ‖ π_ref) for one prompt, exactly, by enumeration. */
export function exactKl(probs: ArrayLike<number>, refProbs: ArrayLike<number>, prompt: number): number {
  let kl = 0;
  for (const r of REPLIES) {
    const lp = replyLogp(probs, prompt, r);
    kl += Math.exp(lp) * (lp - replyLogp(refProbs, prompt, r));
  }
  return kl;
}

export class BanditPolicy {
  readonly table: LogitTable;
  constructor(rng: Rng, scale = 0, init?: Float32Array) {
    this.table = init ? new LogitTable(P, K, init) : LogitTable.random(P, K, rng, scale);
  }
  encode(samples: Array<{ prompt: number; candidate: number }>): EncodedBatch {
    return encode(
      samples.map((s) => [{ ctx: s.prompt, out: s.candidate }]),
      P,
      K,
    );
  }
  /** Probabilities of the K candidates of one prompt. */
  distribution(prompt: number, probs = this.table.probabilities()): number[] {
    return Array.from(probs.subarray(prompt * K, prompt * K + K));
  }
  reply(prompt: number, candidate: number): Reply {
    return CANDIDATES[prompt][candidate];
  }
}
