// The one JSON format readers paste into the examples:
//
//   { "pairs": [ { "prompt": 0, "chosen": "steps", "rejected": "maybe um" } ] }
//   { "lists": [ { "prompt": 0, "ranking": ["steps", "here please", "maybe um", "ugh"] } ] }
//   { "demos": [ { "prompt": 0, "reply": "steps here" } ] }          (demonstrations, for SFT)
//
// prompt is an index into PROMPTS (0–2); a reply is one to three of the toy world's words separated
// by spaces; a ranking lists replies best first. The validator never throws on a reader's input: it
// returns a message naming the first problem (e.g. `pairs[2].chosen: unknown word "helo" …`).
import type { Sample } from '../model/policy';
import { CANDIDATES, P, parseReply, replyText, type Reply } from '../world';
import type { Pair, RankedList, Validated } from './types';

function checkPrompt(v: unknown, where: string): number | string {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= P)
    return `${where}.prompt: must be a prompt index 0–${P - 1}, got ${JSON.stringify(v)}`;
  return v;
}

function checkReply(v: unknown, where: string, prompt: number, candidatesOnly: boolean): Reply | string {
  if (typeof v !== 'string') return `${where}: must be a string of words, got ${JSON.stringify(v)}`;
  const reply = parseReply(v);
  if (typeof reply === 'string') return `${where}: ${reply}`;
  if (candidatesOnly && !CANDIDATES[prompt].some((c) => replyText(c) === replyText(reply))) {
    return `${where}: "${v}" is not a candidate of prompt ${prompt} (candidates: ${CANDIDATES[prompt].map((c) => `"${replyText(c)}"`).join(', ')})`;
  }
  return reply;
}

function parseJson(text: string): unknown | Validated<never> {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` } as Validated<never>;
  }
}

const isFailure = (v: unknown): v is { ok: false; message: string } =>
  typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;

/** Validates pasted pairs. With candidatesOnly, every reply must be one of the bandit's candidates. */
export function validatePairs(text: string, { candidatesOnly = false, max = 200 } = {}): Validated<Pair[]> {
  const data = parseJson(text);
  if (isFailure(data)) return data;
  const pairs = (data as { pairs?: unknown })?.pairs;
  if (!Array.isArray(pairs)) return { ok: false, message: 'expected an object with a "pairs" array' };
  if (pairs.length === 0) return { ok: false, message: '"pairs" is empty: give at least one pair' };
  if (pairs.length > max)
    return { ok: false, message: `"pairs" has ${pairs.length} entries; at most ${max} are allowed` };
  const out: Pair[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const where = `pairs[${i}]`;
    const row = pairs[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) return { ok: false, message: `${where}: must be an object` };
    const prompt = checkPrompt(row.prompt, where);
    if (typeof prompt === 'string') return { ok: false, message: prompt };
    const chosen = checkReply(row.chosen, `${where}.chosen`, prompt, candidatesOnly);
    if (typeof chosen === 'string') return { ok: false, message: chosen };
    const rejected = checkReply(row.rejected, `${where}.rejected`, prompt, candidatesOnly);
    if (typeof rejected === 'string') return { ok: false, message: rejected };
    if (replyText(chosen) === replyText(rejected))
      return { ok: false, message: `${where}: chosen and rejected are the same reply` };
    out.push({ prompt, chosen, rejected });
  }
  return { ok: true, value: out };
}

/** Validates pasted ranked lists (best first), each with at least two distinct replies. */
export function validateLists(text: string, { candidatesOnly = false, max = 50 } = {}): Validated<RankedList[]> {
  const data = parseJson(text);
  if (isFailure(data)) return data;
  const lists = (data as { lists?: unknown })?.lists;
  if (!Array.isArray(lists)) return { ok: false, message: 'expected an object with a "lists" array' };
  if (lists.length === 0) return { ok: false, message: '"lists" is empty: give at least one ranking' };
  if (lists.length > max)
    return { ok: false, message: `"lists" has ${lists.length} entries; at most ${max} are allowed` };
  const out: RankedList[] = [];
  for (let i = 0; i < lists.length; i++) {
    const where = `lists[${i}]`;
    const row = lists[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) return { ok: false, message: `${where}: must be an object` };
    const prompt = checkPrompt(row.prompt, where);
    if (typeof prompt === 'string') return { ok: false, message: prompt };
    if (!Array.isArray(row.ranking) || row.ranking.length < 2)
      return { ok: false, message: `${where}.ranking: must list at least two replies, best first` };
    const ranking: Reply[] = [];
    for (let j = 0; j < row.ranking.length; j++) {
      const reply = checkReply(row.ranking[j], `${where}.ranking[${j}]`, prompt, candidatesOnly);
      if (typeof reply === 'string') return { ok: false, message: reply };
      if (ranking.some((r) => replyText(r) === replyText(reply)))
        return { ok: false, message: `${where}.ranking[${j}]: "${row.ranking[j]}" appears twice` };
      ranking.push(reply);
    }
    out.push({ prompt, ranking });
  }
  return { ok: true, value: out };
}

/** Validates pasted demonstrations for SFT: replies of any one to three of the toy world's words. */
export function validateDemos(text: string, { max = 200 } = {}): Validated<Sample[]> {
  const data = parseJson(text);
  if (isFailure(data)) return data;
  const demos = (data as { demos?: unknown })?.demos;
  if (!Array.isArray(demos))
    return {
      ok: false,
      message: 'expected an object with a "demos" array, like {"demos": [{"prompt": 0, "reply": "steps here"}]}',
    };
  if (demos.length === 0) return { ok: false, message: '"demos" is empty: give at least one demonstration' };
  if (demos.length > max)
    return { ok: false, message: `"demos" has ${demos.length} entries; at most ${max} are allowed` };
  const out: Sample[] = [];
  for (let i = 0; i < demos.length; i++) {
    const where = `demos[${i}]`;
    const row = demos[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      return { ok: false, message: `${where}: must be an object with "prompt" and "reply"` };
    const prompt = checkPrompt(row.prompt, where);
    if (typeof prompt === 'string') return { ok: false, message: prompt };
    const reply = checkReply(row.reply, `${where}.reply`, prompt, false);
    if (typeof reply === 'string') return { ok: false, message: reply };
    out.push({ prompt, reply });
  }
  return { ok: true, value: out };
}
