// The training widgets' and the shell's dictionaries (src/i18n/locales.ts convention): the Chinese one has
// every entry of the English one (TypeScript checks the keys; this checks the words), each written in
// Chinese where the English has words — function entries called with sample arguments — and every number
// of an English sentence comes out the same (a dot as the decimal mark) in its Chinese twin.
import { describe, expect, it } from 'vitest';
import { DPO_STRINGS } from '../../../src/widgets/dpo/strings';
import { ICDPO_STRINGS } from '../../../src/widgets/icdpo/strings';
import { LAB_STRINGS } from '../../../src/widgets/lab/strings';
import { POINTWISE_STRINGS } from '../../../src/widgets/pointwise/strings';
import { RANKING_STRINGS } from '../../../src/widgets/ranking/strings';
import { REINFORCE_STRINGS } from '../../../src/widgets/reinforce/strings';
import { RLHF_STRINGS } from '../../../src/widgets/rlhf/strings';
import { SHELL_STRINGS } from '../../../src/widgets/shell/strings';
import { ENGINE_MESSAGES } from '../../../src/widgets/shell/engine-messages';
import { loadGlossary } from '../../../src/site/remark-glossary';

const CJK = /[\u4e00-\u9fff]/;
/**
 * Latin text that is the same in both languages: method and model names as published, symbols and
 * function names of formulas, the toy world's words (its vocabulary), format names.
 */
const SAME =
  /\b(ICDPO|DPO|IPO|cDPO|SimPO|ORPO|RRHF|SFT|RFT|RAFT|ReMax|PPO|GRPO|KTO|SLiC-HF|Plackett|Luce|Bradley|Terry|TF\.js|GAE|KL|log|clip|min|max|exp|LLM|JSON|best-of-N|steps|here|thanks|please|maybe|ugh|ranking\.order|lists|ref|pol)\b/g;
const hasWords = (s: string) => /[A-Za-z]{3,}/.test(s.replace(/_/g, ' ').replace(SAME, ''));
const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).sort();

/** Sample arguments for a function entry, by its path's last key (the default: a word, 3, 0.25, 7). */
const SPEC = { label: { en: 'Seed', zh: '随机种子' }, min: 0.001, max: 5 };
const ARGS: Record<string, unknown[]> = {
  rangeText: [SPEC],
  and: [['“a”', '“b”', '“c”']],
  or: [['“a”', '“b”']],
  needs: ['DPO', ['x', 'y']],
  optionText: ['DPO', ['x', 'y']],
  useInstead: [['x', 'y']],
  labelled: ['“steps”', true],
  dataName: ['on-policy'],
  'data-mismatch': ['RAFT', 'best-of-N 样本', '同策略数据'],
  'feedback-mismatch': ['PPO', '为每条回复提供一个标量奖励', '这个评审只比较两个回复'],
};
const DEFAULT_ARGS = ['“steps”', 3, 0.25, 7];

function leaves(en: unknown, zh: unknown, path: string): Array<[string, string, string]> {
  if (typeof en === 'function') {
    const key = path.split('.').at(-1)!;
    const args = ARGS[key] ?? DEFAULT_ARGS.slice(0, en.length);
    const call = (f: unknown) => String((f as (...a: unknown[]) => unknown)(...args));
    return [[path, call(en), call(zh)]];
  }
  if (Array.isArray(en)) {
    expect((zh as unknown[]).length, `${path}: as many entries`).toBe(en.length);
    return en.flatMap((v, i) => leaves(v, (zh as unknown[])[i], `${path}.${i}`));
  }
  if (en && typeof en === 'object') {
    expect(Object.keys(zh as object).sort(), `${path}: the same keys`).toEqual(Object.keys(en).sort());
    return Object.entries(en).flatMap(([k, v]) => leaves(v, (zh as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return [[path, String(en), String(zh)]];
}

const DICTIONARIES: Array<[string, { en: unknown; zh: unknown }]> = [
  ['SHELL_STRINGS', SHELL_STRINGS],
  ['DPO_STRINGS', DPO_STRINGS],
  ['RLHF_STRINGS', RLHF_STRINGS],
  ['RANKING_STRINGS', RANKING_STRINGS],
  ['POINTWISE_STRINGS', POINTWISE_STRINGS],
  ['ICDPO_STRINGS', ICDPO_STRINGS],
  ['REINFORCE_STRINGS', REINFORCE_STRINGS],
  ['LAB_STRINGS', LAB_STRINGS],
];

describe('dictionaries of the training widgets and the shell', () => {
  for (const [name, dict] of DICTIONARIES) {
    it(`${name}: every Chinese entry is written in Chinese and keeps the numbers`, () => {
      const rows = leaves(dict.en, dict.zh, name);
      expect(rows.length).toBeGreaterThan(3);
      let chinese = 0;
      for (const [path, en, zh] of rows) {
        expect(zh, `${path} is empty`).not.toBe('');
        expect(zh, path).not.toMatch(/undefined|NaN|\[object Object\]/);
        if (hasWords(en)) {
          expect(zh, `${path} should be Chinese: "${zh}"`).toMatch(CJK);
          chinese++;
        }
        expect(numbers(zh), `${path}: the same numbers`).toEqual(expect.arrayContaining(numbers(en)));
      }
      // Mostly Chinese: most entries carry words, and every such entry was written in Chinese above.
      expect(chinese).toBeGreaterThan(rows.length / 3);
    });
  }

  it('uses the glossary’s Chinese terms: no variant it rules out (e.g. 离策略, 响应, KL散度)', () => {
    const avoid = loadGlossary().flatMap((e) => e.zh?.avoid ?? []);
    expect(avoid.length).toBeGreaterThan(5);
    const PARAMS = { fn: 'f', name: 'n', value: '1', what: 'pairs', key: 'pairs', where: 'w', algorithm: 'dpo' };
    const messages = [...Object.values(ENGINE_MESSAGES.zh.errors), ...Object.values(ENGINE_MESSAGES.zh.data)].map((f) =>
      f(PARAMS),
    );
    const texts = [...DICTIONARIES.flatMap(([name, d]) => leaves(d.en, d.zh, name).map((r) => r[2])), ...messages];
    for (const text of texts) for (const bad of avoid) expect(text, `“${bad}” in “${text}”`).not.toContain(bad);
  });

  it('the range sentence and the field messages keep their numbers in both languages', () => {
    const en = SHELL_STRINGS.en;
    const zh = SHELL_STRINGS.zh;
    const count = { label: 'N', min: 2, max: 16, integer: true };
    expect(en.rangeText(count)).toBe('a whole number from 2 to 16');
    expect(zh.rangeText(count)).toBe('2 到 16 之间的整数');
    expect(zh.fieldInvalid('学习率', zh.rangeText(SPEC), 0.5)).toBe(
      '学习率：请输入 0.001 到 5 之间的数。已保留上一个有效值 0.5。',
    );
    expect(numbers(zh.urlClamped('dpo.step', '1000000', zh.rangeText(count), 16))).toEqual(
      numbers(en.urlClamped('dpo.step', '1000000', en.rangeText(count), 16)),
    );
  });
});
