// The engine's errors and the paste validators' refusals, written for the reader in the reader's language.
// The engine gives a code and parameters (src/lib/errors.ts); this module has one sentence per code and
// locale. A new code in the engine fails the type check here (every code needs both sentences) and the
// unit test that lists them (tests/unit/widgets/engine-messages.test.ts).
import type { Locale } from '../../i18n/locales';
import {
  isEngineError,
  type DataIssue,
  type DataIssueCode,
  type EngineErrorCode,
  type ErrorParams,
} from '../../lib/errors';
import { uiLocale } from './strings';

type Sentence = (p: ErrorParams) => string;
export interface EngineMessages {
  errors: Record<EngineErrorCode, Sentence>;
  data: Record<DataIssueCode, Sentence>;
  /** An error that is not the engine's (a bug): its own message is all there is. */
  unknown: (message: string) => string;
}

const str = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const list = (v: unknown, sep: string) => (Array.isArray(v) ? v.map((c) => `"${c}"`).join(sep) : String(v ?? ''));

/** "greater than 0", "a whole number ≥ 2", "from 0 to 0.5 (0.5 excluded)" in English. */
function rangeEn(p: ErrorParams): string {
  const kind = p.integer ? 'a whole number' : 'a number';
  const lo = p.min === undefined ? '' : p.exclusiveMin ? `> ${p.min}` : `≥ ${p.min}`;
  const hi = p.max === undefined ? '' : p.exclusiveMax ? `< ${p.max}` : `≤ ${p.max}`;
  return [kind, lo, hi]
    .filter(Boolean)
    .join(' ')
    .replace(/ (≥|>) (\S+) (≤|<) /, ' $1 $2 and $3 ');
}

function rangeZh(p: ErrorParams): string {
  const kind = p.integer ? '整数' : '数';
  const lo = p.min === undefined ? '' : p.exclusiveMin ? `大于 ${p.min}` : `不小于 ${p.min}`;
  const hi = p.max === undefined ? '' : p.exclusiveMax ? `小于 ${p.max}` : `不大于 ${p.max}`;
  const bounds = [lo, hi].filter(Boolean).join('且');
  return bounds ? `${bounds}的${kind}` : kind;
}

const en: EngineMessages = {
  errors: {
    'invalid-argument': (p) => `${p.fn} was given an argument it cannot use`,
    'not-finite': (p) => `${p.name} must be a finite number, got ${p.value}`,
    'out-of-range': (p) => `${p.name} must be ${rangeEn(p)}, got ${p.value}`,
    'not-one-of': (p) => `${p.name} must be one of ${str(p.choices)}, got "${p.value}"`,
    'empty-data': (p) => `there are no ${p.what} to train on`,
    'non-finite-step': () => 'this learning rate makes the weights overflow',
    'cannot-compose': (p) => `${String(p.algorithm).toUpperCase()} cannot run with these parts`,
  },
  data: {
    'not-json': (p) => `not valid JSON: ${p.detail}`,
    'missing-array': (p) => `expected an object with a "${p.key}" array`,
    'empty-array': (p) =>
      `"${p.key}" is empty: give at least one ${{ pairs: 'pair', lists: 'ranking', demos: 'demonstration' }[String(p.key)] ?? 'entry'}`,
    'too-many': (p) => `"${p.key}" has ${p.count} entries; at most ${p.max} are allowed`,
    'not-object': (p) => `${p.where}: must be an object`,
    'bad-prompt': (p) => `${p.where}: must be a prompt index 0–${p.max}, got ${p.value}`,
    'not-string': (p) => `${p.where}: must be a string of words, got ${p.value}`,
    'reply-empty': (p) => `${p.where}: a reply needs at least one word`,
    'reply-too-long': (p) => `${p.where}: a reply has at most ${p.max} words, got ${p.count}`,
    'unknown-word': (p) => `${p.where}: unknown word "${p.word}" (the words are: ${str(p.words)})`,
    'not-candidate': (p) =>
      `${p.where}: "${p.reply}" is not a candidate of prompt ${p.prompt} (candidates: ${list(p.candidates, ', ')})`,
    'same-reply': (p) => `${p.where}: chosen and rejected are the same reply`,
    'ranking-too-short': (p) => `${p.where}: must list at least two replies, best first`,
    'repeated-reply': (p) => `${p.where}: "${p.reply}" appears twice`,
  },
  unknown: (message) => message,
};

const zh: EngineMessages = {
  errors: {
    'invalid-argument': (p) => `${p.fn} 收到了无法使用的参数`,
    'not-finite': (p) => `${p.name} 必须是有限的数，实际为 ${p.value}`,
    'out-of-range': (p) => `${p.name} 必须是${rangeZh(p)}，实际为 ${p.value}`,
    'not-one-of': (p) => `${p.name} 必须是 ${str(p.choices)} 之一，实际为“${p.value}”`,
    'empty-data': (p) => `没有可供训练的数据（${p.what} 为空）`,
    'non-finite-step': () => '这个学习率让权重溢出了',
    'cannot-compose': (p) => `${String(p.algorithm).toUpperCase()} 无法用这些组件运行`,
  },
  data: {
    'not-json': (p) => `不是有效的 JSON：${p.detail}`,
    'missing-array': (p) => `需要一个含有“${p.key}”数组的对象`,
    'empty-array': (p) =>
      `“${p.key}”是空的：请至少给出一个${{ pairs: '偏好对', lists: '排序', demos: '示范' }[String(p.key)] ?? '条目'}`,
    'too-many': (p) => `“${p.key}”有 ${p.count} 个条目，最多只允许 ${p.max} 个`,
    'not-object': (p) => `${p.where}：必须是一个对象`,
    'bad-prompt': (p) => `${p.where}：必须是 0–${p.max} 之间的提示编号，实际为 ${p.value}`,
    'not-string': (p) => `${p.where}：必须是由单词组成的字符串，实际为 ${p.value}`,
    'reply-empty': (p) => `${p.where}：回复至少要有一个单词`,
    'reply-too-long': (p) => `${p.where}：回复最多 ${p.max} 个单词，实际有 ${p.count} 个`,
    'unknown-word': (p) => `${p.where}：未知单词“${p.word}”（可用的单词有：${str(p.words)}）`,
    'not-candidate': (p) =>
      `${p.where}：“${p.reply}”不是提示 ${p.prompt} 的候选回复（候选回复：${list(p.candidates, '、')}）`,
    'same-reply': (p) => `${p.where}：被选回复和被拒回复是同一个回复`,
    'ranking-too-short': (p) => `${p.where}：至少要列出两个回复，最好的排在最前`,
    'repeated-reply': (p) => `${p.where}：“${p.reply}”出现了两次`,
  },
  unknown: (message) => message,
};

export const ENGINE_MESSAGES: Record<Locale, EngineMessages> = { en, zh };

/** An error thrown by the engine, as a sentence in the reader's language. */
export function engineMessage(error: unknown, locale: Locale = uiLocale()): string {
  const m = ENGINE_MESSAGES[locale];
  if (isEngineError(error)) return m.errors[error.code](error.params);
  return m.unknown(error instanceof Error ? error.message : String(error));
}

/** A refused paste, as a sentence in the reader's language. */
export function dataMessage(issue: DataIssue, locale: Locale = uiLocale()): string {
  return ENGINE_MESSAGES[locale].data[issue.code](issue.params);
}

/**
 * Whether an error means the step overflowed (non-finite weights or loss): the shell then keeps the
 * last good step and names the learning rate. Errors from outside the engine are judged by their words.
 */
export function isOverflow(error: unknown): boolean {
  if (isEngineError(error)) return error.code === 'non-finite-step' || error.code === 'not-finite';
  const text = error instanceof Error ? error.message : String(error);
  return /Infinity|NaN|finite/.test(text);
}
