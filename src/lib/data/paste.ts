// The one JSON format readers paste into the examples:
//
//   { "pairs": [ { "prompt": 0, "chosen": "steps", "rejected": "maybe um" } ] }
//   { "lists": [ { "prompt": 0, "ranking": ["steps", "here please", "maybe um", "ugh"] } ] }
//   { "demos": [ { "prompt": 0, "reply": "steps here" } ] }          (demonstrations, for SFT)
//
// prompt is an index into PROMPTS (0–2); a reply is one to three of the toy world's words separated
// by spaces; a ranking lists replies best first. The validator never throws on a reader's input: it
// returns the first problem as a code with parameters (../errors.ts DATA_ISSUE_CODES), from which the
// widgets write the reader's sentence, and an English message (e.g. `pairs[2].chosen: unknown word "helo" …`).
import type { Sample } from '../model/policy';
import type { DataIssue, DataIssueCode, ErrorParams } from '../errors';
import { CANDIDATES, P, readReply, replyProblemText, replyText, WORDS, type Reply } from '../world';
import type { Pair, RankedList, Validated } from './types';

/** A refused paste: its code, the parameters a sentence needs, and the English message. */
function issue(code: DataIssueCode, params: ErrorParams, message: string): DataIssue {
  return { ok: false, code, params, message };
}

function checkPrompt(v: unknown, where: string): number | DataIssue {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= P)
    return issue(
      'bad-prompt',
      { where: `${where}.prompt`, value: JSON.stringify(v) ?? String(v), max: P - 1 },
      `${where}.prompt: must be a prompt index 0–${P - 1}, got ${JSON.stringify(v)}`,
    );
  return v;
}

function checkReply(v: unknown, where: string, prompt: number, candidatesOnly: boolean): Reply | DataIssue {
  if (typeof v !== 'string')
    return issue(
      'not-string',
      { where, value: JSON.stringify(v) ?? String(v) },
      `${where}: must be a string of words, got ${JSON.stringify(v)}`,
    );
  const reply = readReply(v);
  if (!Array.isArray(reply)) {
    const { code, ...rest } = reply;
    return issue(code, { where, ...rest, words: WORDS }, `${where}: ${replyProblemText(reply)}`);
  }
  const candidates = CANDIDATES[prompt].map(replyText);
  if (candidatesOnly && !candidates.includes(replyText(reply))) {
    return issue(
      'not-candidate',
      { where, reply: v, prompt, candidates },
      `${where}: "${v}" is not a candidate of prompt ${prompt} (candidates: ${candidates.map((c) => `"${c}"`).join(', ')})`,
    );
  }
  return reply;
}

function parseJson(text: string): unknown | DataIssue {
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return issue('not-json', { detail }, `not valid JSON: ${detail}`);
  }
}

const isFailure = (v: unknown): v is DataIssue =>
  typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;

/** The checks every format shares: an object with a non-empty array `key` of at most `max` entries. */
function checkArray(data: unknown, key: string, max: number, example = ''): unknown[] | DataIssue {
  const rows = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(rows))
    return issue('missing-array', { key }, `expected an object with a "${key}" array${example}`);
  if (rows.length === 0) {
    const what = { pairs: 'pair', lists: 'ranking', demos: 'demonstration' }[key] ?? 'entry';
    return issue('empty-array', { key }, `"${key}" is empty: give at least one ${what}`);
  }
  if (rows.length > max)
    return issue(
      'too-many',
      { key, count: rows.length, max },
      `"${key}" has ${rows.length} entries; at most ${max} are allowed`,
    );
  return rows;
}

/** Validates pasted pairs. With candidatesOnly, every reply must be one of the bandit's candidates. */
export function validatePairs(text: string, { candidatesOnly = false, max = 200 } = {}): Validated<Pair[]> {
  const data = parseJson(text);
  if (isFailure(data)) return data;
  const pairs = checkArray(data, 'pairs', max);
  if (isFailure(pairs)) return pairs;
  const out: Pair[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const where = `pairs[${i}]`;
    const row = pairs[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) return issue('not-object', { where }, `${where}: must be an object`);
    const prompt = checkPrompt(row.prompt, where);
    if (isFailure(prompt)) return prompt;
    const chosen = checkReply(row.chosen, `${where}.chosen`, prompt, candidatesOnly);
    if (isFailure(chosen)) return chosen;
    const rejected = checkReply(row.rejected, `${where}.rejected`, prompt, candidatesOnly);
    if (isFailure(rejected)) return rejected;
    if (replyText(chosen) === replyText(rejected))
      return issue('same-reply', { where }, `${where}: chosen and rejected are the same reply`);
    out.push({ prompt, chosen, rejected });
  }
  return { ok: true, value: out };
}

/** Validates pasted ranked lists (best first), each with at least two distinct replies. */
export function validateLists(text: string, { candidatesOnly = false, max = 50 } = {}): Validated<RankedList[]> {
  const data = parseJson(text);
  if (isFailure(data)) return data;
  const lists = checkArray(data, 'lists', max);
  if (isFailure(lists)) return lists;
  const out: RankedList[] = [];
  for (let i = 0; i < lists.length; i++) {
    const where = `lists[${i}]`;
    const row = lists[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) return issue('not-object', { where }, `${where}: must be an object`);
    const prompt = checkPrompt(row.prompt, where);
    if (isFailure(prompt)) return prompt;
    if (!Array.isArray(row.ranking) || row.ranking.length < 2)
      return issue(
        'ranking-too-short',
        { where: `${where}.ranking` },
        `${where}.ranking: must list at least two replies, best first`,
      );
    const ranking: Reply[] = [];
    for (let j = 0; j < row.ranking.length; j++) {
      const reply = checkReply(row.ranking[j], `${where}.ranking[${j}]`, prompt, candidatesOnly);
      if (isFailure(reply)) return reply;
      if (ranking.some((r) => replyText(r) === replyText(reply)))
        return issue(
          'repeated-reply',
          { where: `${where}.ranking[${j}]`, reply: String(row.ranking[j]) },
          `${where}.ranking[${j}]: "${row.ranking[j]}" appears twice`,
        );
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
  const demos = checkArray(data, 'demos', max, ', like {"demos": [{"prompt": 0, "reply": "steps here"}]}');
  if (isFailure(demos)) return demos;
  const out: Sample[] = [];
  for (let i = 0; i < demos.length; i++) {
    const where = `demos[${i}]`;
    const row = demos[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      return issue('not-object', { where }, `${where}: must be an object with "prompt" and "reply"`);
    const prompt = checkPrompt(row.prompt, where);
    if (isFailure(prompt)) return prompt;
    const reply = checkReply(row.reply, `${where}.reply`, prompt, false);
    if (isFailure(reply)) return reply;
    out.push({ prompt, reply });
  }
  return { ok: true, value: out };
}
