// The page furniture's dictionaries (src/i18n/locales.ts convention): the Chinese one has every entry of the
// English one (TypeScript checks the keys; this checks the words), each written in Chinese, functions
// included, and numbers come out the same in both languages.
import { describe, expect, it } from 'vitest';
import { EXERCISE_STRINGS } from '../../../src/exercises/strings';
import { ACCESS_DATE_STRINGS } from '../../../src/site/access-date';
import { COVER_STRINGS } from '../../../src/site/cover-strings';
import { MARKUP_STRINGS } from '../../../src/site/markup-strings';
import { SITE_STRINGS } from '../../../src/site/ui-strings';

type Tree = unknown;
const CJK = /[\u4e00-\u9fff]/;
/** Entries that are the same in every language: format names, symbols, punctuation. */
const hasWords = (s: string) => /[A-Za-z]{3,}/.test(s.replace(/\b(APA|MLA|RIS|CSL-JSON|BibTeX|BibLaTeX|TeX)\b/g, ''));

/** Every leaf as [path, English value, Chinese value]; a function leaf is called with `args`. */
function leaves(en: Tree, zh: Tree, args: unknown[], path = ''): Array<[string, string, string]> {
  if (typeof en === 'function') {
    const call = (f: unknown) =>
      String((f as (...a: unknown[]) => unknown)(...args.slice(0, (en as () => void).length)));
    return [[path, call(en), call(zh)]];
  }
  if (/\.(id|steps)$/.test(path)) {
    // Ids and page paths (a reading path's id and steps) are not words: they must be equal.
    expect(zh, path).toEqual(en);
    return [];
  }
  if (typeof en === 'string') return [[path, en, String(zh)]];
  if (en && typeof en === 'object') {
    // Ids and page paths (a reading path's id and steps) are not words: they must be equal.
    if (/\.(id|steps)$/.test(path)) {
      expect(zh, path).toEqual(en);
      return [];
    }
    expect(Object.keys(zh as object).sort(), `${path}: the same keys`).toEqual(Object.keys(en).sort());
    return Object.entries(en).flatMap(([k, v]) => leaves(v, (zh as Record<string, unknown>)[k], args, `${path}.${k}`));
  }
  if (/\.(id|steps)$/.test(path)) {
    expect(zh, path).toEqual(en);
    return [];
  }
  return [[path, String(en), String(zh)]];
}

const DICTIONARIES: Array<[string, { en: Tree; zh: Tree }, unknown[]]> = [
  ['SITE_STRINGS', SITE_STRINGS, ['0.25', 3, '31 Oct 2024', '2024-10-31']],
  ['COVER_STRINGS', COVER_STRINGS, ['Gao', 12, '2409.02795', 'v5', '31 Oct 2024']],
  ['EXERCISE_STRINGS', EXERCISE_STRINGS, ['0.25']],
  ['MARKUP_STRINGS', MARKUP_STRINGS, ['3.1']],
  ['ACCESS_DATE_STRINGS', ACCESS_DATE_STRINGS, [{ year: 2026, month: 12, day: 1 }]],
];

describe('dictionaries of the page furniture', () => {
  for (const [name, dict, args] of DICTIONARIES) {
    it(`${name}: every Chinese entry is written in Chinese and keeps the numbers`, () => {
      const rows = leaves(dict.en, dict.zh, args, name);
      expect(rows.length).toBeGreaterThan(1);
      for (const [path, en, zh] of rows) {
        expect(zh, `${path} is empty`).not.toBe('');
        expect(zh, `${path}`).not.toMatch(/undefined|NaN|\[object Object\]/);
        if (hasWords(en)) expect(zh, `${path} should be Chinese: "${zh}"`).toMatch(CJK);
        const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).sort();
        // Every number of the English text is in the Chinese one (a Chinese date also writes its month).
        expect(numbers(zh), `${path}: the same numbers`).toEqual(expect.arrayContaining(numbers(en)));
      }
    });
  }
});
