// How decoding settings decide what on-policy preference data holds, computed exactly on the toy world.
// A base policy (the autoregressive toy's random logits, exactly as AutoregressivePolicy draws them) is
// decoded with a temperature, top-k and top-p (nucleus) truncation at every token; because the toy has
// only 584 replies per prompt, the resulting distribution over whole replies is listed exactly. Best-of-N
// by the hidden utility turns N samples into a preference pair (the best ≻ the worst); its chosen and
// rejected distributions, and the chance that the pair is a tie, have closed forms given below.
// Plain arithmetic, no TF.js.
import { createRng, type Rng } from '../random';
import { allReplies, END_ID, MAX_WORDS, P, replyText, utility, V, WORDS, type Reply } from '../world';
import { rangeError } from '../errors';

export interface DecodingOptions {
  /** Divides the logits before the softmax; > 0. */
  temperature: number;
  /** Keep the k most probable tokens (1–9; 9 keeps all). */
  topK: number;
  /** Keep the smallest set of most probable tokens whose mass reaches p (0 < p ≤ 1). */
  topP: number;
}

const SLOTS = WORDS.length + 1;
const ctxOf = (prompt: number, previous: number | undefined) =>
  prompt * SLOTS + (previous === undefined ? 0 : previous + 1);

/**
 * The base policy's logits, [P·9 contexts × 9 outputs], drawn as AutoregressivePolicy(createRng(seed),
 * scale) draws them (one normal per entry, in row order); <end> cannot come first.
 */
export function baseLogits(seed: number, scale = 1): { logits: Float64Array; rng: Rng } {
  const rng = createRng(seed);
  const logits = new Float64Array(P * SLOTS * V);
  for (let i = 0; i < logits.length; i++) logits[i] = scale * rng.normal();
  for (let p = 0; p < P; p++) logits[ctxOf(p, undefined) * V + END_ID] = Number.NEGATIVE_INFINITY;
  return { logits, rng };
}

/** The next-token distribution of one context after temperature, top-k and top-p; sums to one. */
export function nextTokenDistribution(row: ArrayLike<number>, { temperature, topK, topP }: DecodingOptions): number[] {
  if (!(temperature > 0) || !Number.isFinite(temperature))
    throw rangeError(
      'decoding',
      'temperature',
      temperature,
      { min: 0, exclusiveMin: true },
      `temperature must be > 0, got ${temperature}`,
    );
  if (!(topP > 0 && topP <= 1))
    throw rangeError(
      'decoding',
      'top-p',
      topP,
      { min: 0, max: 1, exclusiveMin: true },
      `top-p must be in (0, 1], got ${topP}`,
    );
  if (!(Number.isInteger(topK) && topK >= 1))
    throw rangeError(
      'decoding',
      'top-k',
      topK,
      { min: 1, integer: true },
      `top-k must be a whole number ≥ 1, got ${topK}`,
    );
  const allowed = [...Array(row.length).keys()].filter((i) => row[i] > Number.NEGATIVE_INFINITY);
  const m = Math.max(...allowed.map((i) => row[i] / temperature));
  const w = new Array(row.length).fill(0);
  for (const i of allowed) w[i] = Math.exp(row[i] / temperature - m);
  const total = w.reduce((a, b) => a + b, 0);
  const order = allowed.sort((a, b) => w[b] - w[a] || a - b);
  // Top-k first, then the nucleus within what is left (the order the survey's chapter describes both in).
  const kept: number[] = [];
  let mass = 0;
  for (const i of order.slice(0, topK)) {
    kept.push(i);
    mass += w[i] / total;
    if (mass >= topP - 1e-12) break;
  }
  const keptMass = kept.reduce((s, i) => s + w[i], 0);
  const out = new Array(row.length).fill(0);
  for (const i of kept) out[i] = w[i] / keptMass;
  return out;
}

export interface ReplyProbability {
  reply: Reply;
  text: string;
  p: number;
  utility: number;
}

const REPLIES = allReplies();

/** Every reply of a prompt with its probability under the decoding rule (those with p > 0), most likely first. */
export function replyDistribution(
  logits: ArrayLike<number>,
  prompt: number,
  options: DecodingOptions,
): ReplyProbability[] {
  const rows = new Map<number, number[]>();
  const dist = (ctx: number) => {
    let d = rows.get(ctx);
    if (!d)
      rows.set(
        ctx,
        (d = nextTokenDistribution(
          Array.from({ length: V }, (_, j) => logits[ctx * V + j]),
          options,
        )),
      );
    return d;
  };
  const out: ReplyProbability[] = [];
  for (const reply of REPLIES) {
    let p = 1;
    reply.forEach((w, t) => (p *= dist(ctxOf(prompt, t === 0 ? undefined : reply[t - 1]))[w]));
    if (reply.length < MAX_WORDS) p *= dist(ctxOf(prompt, reply[reply.length - 1]))[END_ID];
    if (p > 0) out.push({ reply, text: replyText(reply), p, utility: utility(prompt, reply) });
  }
  return out.sort((a, b) => b.p - a.p || a.text.localeCompare(b.text));
}

export interface BestOfNResult {
  /** Per entry of the distribution: P(it is the chosen reply), P(it is the rejected reply). */
  chosen: number[];
  rejected: number[];
  expectedSample: number;
  expectedChosen: number;
  expectedRejected: number;
  /** P(all N samples have the same utility): the pair carries no preference. */
  tie: number;
}

/**
 * Best-of-N pairs by the hidden utility: of N independent samples, the chosen reply is one with the
 * highest utility and the rejected one with the lowest (among equal utilities, the first drawn). With F
 * the distribution function of a sample's utility, P(max = u) = F(u)^N − F(u⁻)^N and
 * P(min = u) = (1 − F(u⁻))^N − (1 − F(u))^N; given the level, the first drawn of the replies at that
 * level is each with probability proportional to its own.
 */
export function bestOfNPairs(entries: ReplyProbability[], n: number): BestOfNResult {
  if (!(Number.isInteger(n) && n >= 1))
    throw rangeError('bestOfNPairs', 'N', n, { min: 1, integer: true }, `N must be a whole number ≥ 1, got ${n}`);
  const levels = [...new Set(entries.map((e) => e.utility))].sort((a, b) => a - b);
  const mass = levels.map((u) => entries.reduce((s, e) => s + (e.utility === u ? e.p : 0), 0));
  const total = mass.reduce((a, b) => a + b, 0);
  const below: number[] = [];
  let acc = 0;
  for (const m of mass) {
    below.push(acc / total);
    acc += m;
  }
  const pMax = levels.map((_, i) => Math.min(1, below[i] + mass[i] / total) ** n - below[i] ** n);
  const pMin = levels.map((_, i) => (1 - below[i]) ** n - Math.max(0, 1 - below[i] - mass[i] / total) ** n);
  const at = (u: number) => levels.indexOf(u);
  return {
    chosen: entries.map((e) => pMax[at(e.utility)] * (e.p / mass[at(e.utility)])),
    rejected: entries.map((e) => pMin[at(e.utility)] * (e.p / mass[at(e.utility)])),
    expectedSample: entries.reduce((s, e) => s + e.p * e.utility, 0) / total,
    expectedChosen: levels.reduce((s, u, i) => s + u * pMax[i], 0),
    expectedRejected: levels.reduce((s, u, i) => s + u * pMin[i], 0),
    tie: mass.reduce((s, m) => s + (m / total) ** n, 0),
  };
}

/** Draws N replies from the decoding distribution and forms the best-of-N pair (first drawn wins ties). */
export function drawPair(entries: ReplyProbability[], n: number, rng: Rng) {
  const samples = Array.from({ length: n }, () => entries[rng.choice(entries.map((e) => e.p))]);
  let best = samples[0];
  let worst = samples[0];
  for (const s of samples) {
    if (s.utility > best.utility) best = s;
    if (s.utility < worst.utility) worst = s;
  }
  return { samples, chosen: best, rejected: worst, tie: best.utility === worst.utility };
}
