// The toy world every example shares. Three prompts, eight words and an end token; a reply is one to
// three words (then <end>, or stops at three). That gives 8 + 64 + 512 = 584 possible replies per prompt,
// few enough to list them all, so pages can show exact probabilities and exact KL divergences.
//
// The hidden "human" utility prefers replies that are helpful, polite and short:
//   u(x, y) = Σ_{distinct words w in y} value(w) + bonus(x, y) − 0.4 · |y|
// with value: steps +1.2, here +1.0, thanks +0.8, please +0.6, maybe −0.3, um −0.5, no −0.8, ugh −1.5;
// bonus(x, y) = +0.8 when y contains the prompt's topic word (password → steps, gift → thanks,
// book → here). Repeating a word adds length but no value, so "steps steps steps" is worse than "steps".

export const WORDS = ['steps', 'here', 'thanks', 'please', 'maybe', 'um', 'no', 'ugh'] as const;
export const END = '<end>';
/** Output vocabulary: the eight words, then the end token (index 8). */
export const VOCAB = [...WORDS, END] as const;
export const END_ID = WORDS.length;
export const V = VOCAB.length;
export const MAX_WORDS = 3;

export const WORD_VALUE: Record<string, number> = {
  steps: 1.2,
  here: 1.0,
  thanks: 0.8,
  please: 0.6,
  maybe: -0.3,
  um: -0.5,
  no: -0.8,
  ugh: -1.5,
};
export const LENGTH_COST = 0.4;
export const TOPIC_BONUS = 0.8;

export interface Prompt {
  id: number;
  text: string;
  topic: string;
}
export const PROMPTS: Prompt[] = [
  { id: 0, text: 'How do I reset my password?', topic: 'steps' },
  { id: 1, text: 'My friend sent me a gift.', topic: 'thanks' },
  { id: 2, text: 'Can you recommend a book?', topic: 'here' },
];
export const P = PROMPTS.length;

/** A reply as word ids (0–7), without the end token. */
export type Reply = number[];

export function replyText(reply: Reply): string {
  return reply.map((w) => WORDS[w]).join(' ');
}

/** Why a text is not a reply of the toy world: a code and what it needs (the words are not translated). */
export type ReplyProblem =
  | { code: 'reply-empty' }
  | { code: 'reply-too-long'; max: number; count: number }
  | { code: 'unknown-word'; word: string };

/** The reply's word ids, or what is wrong with the text. */
export function readReply(text: string): Reply | ReplyProblem {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { code: 'reply-empty' };
  if (words.length > MAX_WORDS) return { code: 'reply-too-long', max: MAX_WORDS, count: words.length };
  const ids: number[] = [];
  for (const w of words) {
    const id = (WORDS as readonly string[]).indexOf(w);
    if (id < 0) return { code: 'unknown-word', word: w };
    ids.push(id);
  }
  return ids;
}

/** The problem of readReply in English, for developers' messages. */
export function replyProblemText(p: ReplyProblem): string {
  if (p.code === 'reply-empty') return 'a reply needs at least one word';
  if (p.code === 'reply-too-long') return `a reply has at most ${p.max} words, got ${p.count}`;
  return `unknown word "${p.word}" (the words are: ${WORDS.join(', ')})`;
}

/** readReply with the problem as an English sentence (for developers' error messages). */
export function parseReply(text: string): Reply | string {
  const r = readReply(text);
  return Array.isArray(r) ? r : replyProblemText(r);
}

/** The hidden utility u(x, y) described at the top of this file. */
export function utility(prompt: number, reply: Reply): number {
  const distinct = new Set(reply);
  let u = -LENGTH_COST * reply.length;
  for (const w of distinct) u += WORD_VALUE[WORDS[w]];
  if (distinct.has((WORDS as readonly string[]).indexOf(PROMPTS[prompt].topic))) u += TOPIC_BONUS;
  return u;
}

/**
 * Every reply of 1 to MAX_WORDS words, in a fixed order: by length, then lexicographically by word index.
 * Built length by length (each longer level extends the previous one in order), so no sort is needed: the
 * comparison sort it replaced (join + localeCompare, ~5,000 comparisons) was the largest piece of script
 * work when a widget's engine loads.
 */
export function allReplies(): Reply[] {
  const out: Reply[] = [];
  let level: Reply[] = [[]];
  for (let length = 1; length <= MAX_WORDS; length++) {
    level = level.flatMap((prefix) => WORDS.map((_, w) => [...prefix, w]));
    out.push(...level);
  }
  return out;
}

/** The fixed candidate replies of the bandit toy: four per prompt, one clearly best. */
export const CANDIDATES: Reply[][] = [
  [[0], [1, 3], [4, 5], [7]], // steps | here please | maybe um | ugh
  [[3, 2], [2], [6], [5, 4, 7]], // please thanks | thanks | no | um maybe ugh
  [[1, 2], [1], [4], [6, 7]], // here thanks | here | maybe | no ugh
];
export const K = 4;

/** The bandit candidates of a prompt ranked by the hidden utility, best first (indices into CANDIDATES). */
export function rankByUtility(prompt: number): number[] {
  return [...Array(K).keys()].sort(
    (a, b) => utility(prompt, CANDIDATES[prompt][b]) - utility(prompt, CANDIDATES[prompt][a]),
  );
}
