// Engine messages in the reader's language: every code the engine can throw or report (src/lib/errors.ts)
// has a sentence in both dictionaries, the Chinese one in Chinese with the same numbers; the errors the
// widgets can meet carry their code and parameters; and the lab's compositions are explained in both.
import { describe, expect, it } from 'vitest';
import {
  checkComposition,
  COMPOSITION_CODES,
  createBanditPairTrainer,
  createRankingTrainer,
  DATA_ISSUE_CODES,
  ENGINE_ERROR_CODES,
  EngineError,
  icdpoSelect,
  NonFiniteStepError,
  validateDemos,
  validateLists,
  validatePairs,
} from '../../../src/lib';
import { LAB_STRINGS } from '../../../src/widgets/lab/strings';
import { compositionText } from '../../../src/widgets/lab/view';
import { dataMessage, ENGINE_MESSAGES, engineMessage, isOverflow } from '../../../src/widgets/shell/engine-messages';
import type { LabChoice } from '../../../src/lib';
import { LAB_BASE } from './lab-base';

const CJK = /[\u4e00-\u9fff]/;
const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).sort();
const PARAMS = {
  fn: 'banditPairTrainer',
  name: 'lr',
  value: '-1',
  min: 0,
  max: 5,
  exclusiveMin: true,
  what: 'pairs',
  choices: ['dpo', 'ipo'],
  algorithm: 'dpo',
  reason: 'needs-reference',
  key: 'pairs',
  count: 201,
  detail: 'Unexpected token',
  where: 'pairs[2].chosen',
  word: 'helo',
  words: ['steps', 'here'],
  reply: 'ugh',
  prompt: 1,
  candidates: ['steps', 'ugh'],
};

/** Catches what `f` throws. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('engine messages', () => {
  it('lists every code once, and both dictionaries have a sentence for each', () => {
    for (const codes of [ENGINE_ERROR_CODES, DATA_ISSUE_CODES, COMPOSITION_CODES])
      expect(new Set(codes).size).toBe(codes.length);
    for (const locale of ['en', 'zh'] as const) {
      expect(Object.keys(ENGINE_MESSAGES[locale].errors).sort()).toEqual([...ENGINE_ERROR_CODES].sort());
      expect(Object.keys(ENGINE_MESSAGES[locale].data).sort()).toEqual([...DATA_ISSUE_CODES].sort());
      expect(Object.keys(LAB_STRINGS[locale].composition).sort()).toEqual([...COMPOSITION_CODES].sort());
    }
  });

  it.each([...ENGINE_ERROR_CODES])('error %s: a Chinese sentence with the English one’s numbers', (code) => {
    const e = new EngineError(code, PARAMS, 'developer message');
    const en = engineMessage(e, 'en');
    const zh = engineMessage(e, 'zh');
    expect(en).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(zh).toMatch(CJK);
    expect(zh).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(numbers(zh)).toEqual(numbers(en));
  });

  it.each([...DATA_ISSUE_CODES])('data issue %s: a Chinese sentence with the English one’s numbers', (code) => {
    const issue = { ok: false as const, code, params: PARAMS, message: '' };
    const en = dataMessage(issue, 'en');
    const zh = dataMessage(issue, 'zh');
    expect(zh).toMatch(CJK);
    expect(zh).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(numbers(zh)).toEqual(expect.arrayContaining(numbers(en)));
  });

  it('errors a widget can meet carry their code and parameters; the English message is kept', () => {
    const lr = thrown(() => createBanditPairTrainer({ seed: 1, lr: -1, beta: 0.5, method: 'dpo', mode: 'offline' }));
    expect(lr).toMatchObject({ code: 'out-of-range', params: { name: 'lr', min: 0, exclusiveMin: true } });
    expect((lr as Error).message).toMatch(/lr must be a finite number > 0/);
    expect(engineMessage(lr, 'zh')).toBe('lr 必须是大于 0的数，实际为 -1');
    const method = thrown(() => createRankingTrainer({ seed: 1, lr: 0.5, method: 'x' as 'rrhf' }));
    expect(method).toMatchObject({ code: 'not-one-of', params: { name: 'method', value: 'x' } });
    const alpha = thrown(() => icdpoSelect({ seed: 1, candidates: 4, alpha: -1 }));
    expect(alpha).toMatchObject({ code: 'out-of-range', params: { fn: 'icdpoSelect', name: 'alpha', min: 0 } });
    const overflow = new NonFiniteStepError('trainer');
    expect(overflow).toBeInstanceOf(EngineError);
    expect(isOverflow(overflow)).toBe(true);
    expect(isOverflow(lr)).toBe(false);
    expect(engineMessage(overflow, 'zh')).toBe('这个学习率让权重溢出了');
  });

  it('a refused paste carries its code; the sentence follows the reader’s language', () => {
    const bad = validatePairs('{"pairs": [{"prompt": 0, "chosen": "steps", "rejected": "helo"}]}');
    expect(bad).toMatchObject({
      ok: false,
      code: 'unknown-word',
      params: { where: 'pairs[0].rejected', word: 'helo' },
    });
    if (bad.ok) throw new Error('expected a refusal');
    expect(dataMessage(bad, 'en')).toBe(bad.message);
    expect(dataMessage(bad, 'zh')).toMatch(/^pairs\[0\]\.rejected：未知单词“helo”/);
    expect(validateLists('not json')).toMatchObject({ ok: false, code: 'not-json' });
    expect(validateDemos('{"demos": []}')).toMatchObject({ ok: false, code: 'empty-array', params: { key: 'demos' } });
  });

  it('every composition the lab refuses is explained in both languages, from its code', () => {
    const base = LAB_BASE;
    const cases: Array<[Partial<LabChoice>, string]> = [
      [{ algorithm: 'rrhf' }, 'list-needs-bandit'],
      [{ algorithm: 'sft', model: 'bandit' }, 'needs-tokens'],
      [{ algorithm: 'simpo', model: 'bandit' }, 'length-needs-tokens'],
      [{ reference: false }, 'needs-reference'],
      [{ algorithm: 'ppo', feedback: 'judge', data: 'on-policy' }, 'feedback-mismatch'],
      [{ algorithm: 'ppo', data: 'best-of-n', feedback: 'reward-model' }, 'data-mismatch'],
    ];
    expect(new Set(cases.map(([, code]) => code))).toEqual(new Set(COMPOSITION_CODES));
    for (const [choice, code] of cases) {
      const issue = checkComposition({ ...base, ...choice });
      expect(issue?.code, JSON.stringify(choice)).toBe(code);
      expect(compositionText(issue!, LAB_STRINGS.zh)).toMatch(CJK);
      expect(compositionText(issue!, LAB_STRINGS.en)).not.toMatch(/undefined/);
    }
    // Chinese: what the method runs on, and that the chosen data cannot be used.
    const raft = checkComposition({ ...base, algorithm: 'raft', data: 'on-policy', feedback: 'reward-model' })!;
    expect(compositionText(raft, LAB_STRINGS.zh)).toBe(
      'RAFT 运行在 best-of-N 样本上：在这个引擎里，它不能用同策略数据训练，只在 best-of-N 样本上运行。',
    );
    // The sentences the book's exercises quote, in English as before.
    expect(compositionText(checkComposition({ ...base, reference: false })!, LAB_STRINGS.en)).toContain(
      'measures the policy against a frozen reference model',
    );
    expect(
      compositionText(
        checkComposition({ ...base, algorithm: 'ppo', feedback: 'judge', data: 'on-policy' })!,
        LAB_STRINGS.en,
      ),
    ).toBe('PPO needs a scalar reward for each reply, and this judge only compares two replies.');
  });
});
