// The dictionaries of the chapters' examples that do not train (β tilt, decoding, labellers, win rate)
// their frame and the toy's prompts: Chinese for every entry, the same numbers in both languages.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { TILT_STRINGS } from '../../../src/widgets/beta-tilt/strings';
import { DECODING_STRINGS } from '../../../src/widgets/decoding/strings';
import { JUDGE_STRINGS } from '../../../src/widgets/judge-bias/strings';
import { WIN_STRINGS } from '../../../src/widgets/win-rate/strings';
import { LIVE_FRAME_STRINGS } from '../../../src/widgets/shell/live-frame-strings';
import { PROMPT_TEXT } from '../../../src/widgets/shell/world-strings';
import { inRange } from '../../../src/widgets/shell/fields';
import { TILT_DEFAULTS, tiltFields, TILT_RANGES } from '../../../src/widgets/beta-tilt/options';
import { DECODING_DEFAULTS, decodingFields, DECODING_RANGES } from '../../../src/widgets/decoding/options';
import { JUDGE_DEFAULTS, judgeFields, JUDGE_RANGES } from '../../../src/widgets/judge-bias/options';
import { WIN_DEFAULTS, winFields, WIN_RANGES } from '../../../src/widgets/win-rate/options';
import { dictionaryProblems, entries } from './dictionary';

const DICTIONARIES = { TILT_STRINGS, DECODING_STRINGS, JUDGE_STRINGS, WIN_STRINGS, PROMPT_TEXT, LIVE_FRAME_STRINGS };

describe.each(Object.entries(DICTIONARIES))('%s', (_name, dict) => {
  it('has a Chinese entry for every English one, mostly Chinese, with the same numbers', () => {
    expect(entries(dict.en, dict.zh).length).toBeGreaterThan(2);
    expect(dictionaryProblems(dict.en, dict.zh)).toEqual([]);
  });
});

describe('the checks of this test can fail', () => {
  it('names an English entry left in the Chinese dictionary, and a number formatted differently', () => {
    const en = { a: 'Judge noise', b: (v: number) => `mean ${v.toFixed(2)}` };
    const zh = { a: 'Judge noise', b: (v: number) => `平均值 ${v.toFixed(3)}` };
    expect(dictionaryProblems(en, zh)).toEqual([
      'a: not mostly Chinese: "Judge noise"',
      'b(…): numbers differ: 0.46 vs 0.457',
    ]);
  });
});

describe.each([
  ['beta-tilt', tiltFields, TILT_RANGES, TILT_DEFAULTS],
  ['decoding', decodingFields, DECODING_RANGES, DECODING_DEFAULTS],
  ['judge-bias', judgeFields, JUDGE_RANGES, JUDGE_DEFAULTS],
  ['win-rate', winFields, WIN_RANGES, WIN_DEFAULTS],
] as const)('%s fields', (_name, fields, ranges, defaults) => {
  it('declare a range for every number setting, and each default lies inside it', () => {
    const numeric = Object.entries(defaults).filter(([, v]) => typeof v === 'number');
    expect(Object.keys(ranges).sort()).toEqual(numeric.map(([k]) => k).sort());
    for (const [key, value] of numeric) expect(inRange(fields('en')[key], value as number), key).toBe(true);
  });

  it('label every range in both languages, with the same bounds', () => {
    for (const locale of LOCALES) {
      const specs = fields(locale);
      expect(Object.keys(specs).sort()).toEqual(Object.keys(ranges).sort());
      for (const [key, range] of Object.entries(ranges)) {
        // Each widget picks its labels for the page's language, so a label here is one string.
        expect(specs[key]).toEqual({ label: expect.stringMatching(/\S/), ...range });
      }
    }
    expect(String(fields('zh').prompt?.label ?? fields('zh').tau.label)).toMatch(/[\u4e00-\u9fff]/);
  });
});
