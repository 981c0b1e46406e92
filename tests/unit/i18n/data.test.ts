// The data files the Chinese pages read: every method of the index has a Chinese gloss of its full name,
// every lab recipe a Chinese name (and note, when the English has one), all of it in Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CJK = /[\u4e00-\u9fff]/;
/** A published name kept as it is (DPO-Positive, RAFT) counts: only its brackets and commas turn full-width. */
const halfWidth = (s: string) =>
  s.replace(/（/g, ' (').replace(/）/g, ')').replace(/，/g, ', ').replace(/\s+/g, ' ').trim();
const translated = (zh: string, en: string) => CJK.test(zh) || halfWidth(zh) === halfWidth(en);
const methods = JSON.parse(readFileSync('content/data/methods.json', 'utf8')) as Array<{
  id: string;
  full: string;
  zh?: { full: string };
}>;
const recipes = JSON.parse(readFileSync('content/data/recipes.json', 'utf8')) as Array<{
  name: string;
  note?: string;
  zh?: { name: string; note?: string };
}>;

describe('Chinese data', () => {
  it('every method has a Chinese gloss of its full name', () => {
    expect(methods.filter((m) => !m.zh || !translated(m.zh.full, m.full)).map((m) => m.id)).toEqual([]);
    expect(methods.filter((m) => m.zh && CJK.test(m.zh.full)).length).toBeGreaterThan(methods.length * 0.9);
  });
  it('every lab recipe has a Chinese name, and a Chinese note where the English has a note', () => {
    const bad = recipes.filter(
      (r) => !r.zh || !translated(r.zh.name, r.name) || (r.note !== undefined && !CJK.test(r.zh.note ?? '')),
    );
    expect(bad.map((r) => r.name)).toEqual([]);
  });
});
