// The glossary chooses each Chinese term once (content/data/notation.json, field `zh`); this checks that
// the Chinese edition uses it. Where an English chapter uses a glossary term in its prose, its twin uses the
// Chinese term (or the entry's Chinese name); no Chinese page, exercise or glossary text uses a variant the
// glossary rules out (`zh.avoid`, e.g. 报酬模型 for 奖励模型, 离策略 for 异策略).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/site/remark-glossary';

const glossary = loadGlossary();
const mdxUnder = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((p) => p.endsWith('.mdx')).sort();
const twins = mdxUnder('content/zh');

/** Prose only: no front matter, code, math, tags, link targets or citation keys. */
const prose = (text: string) =>
  text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\[@[^\]]*\]/g, ' ');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An English term as a whole word; a term written with capitals (DPO, REINFORCE) must match its case. */
function usesEnglish(text: string, term: string): boolean {
  const flags = /[A-Z]/.test(term) ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term)}(?![\\p{L}\\p{N}-])`, flags).test(text);
}

describe('the Chinese edition uses the glossary’s terms', () => {
  it('every glossary entry has a Chinese name, meaning and (where the English has terms) Chinese terms', () => {
    const missing = glossary.filter((e) => !e.zh?.name || !e.zh.meaning || (e.terms.length > 0 && !e.zh.terms.length));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('every Chinese meaning keeps the English meaning’s math', () => {
    const math = (s: string) => (s.match(/\$[^$]+\$/g) ?? []).sort();
    const differ = glossary.filter(
      (e) => JSON.stringify(math(e.meaning)) !== JSON.stringify(math(e.zh?.meaning ?? '')),
    );
    expect(differ.map((e) => e.id)).toEqual([]);
  });

  for (const file of twins) {
    it(`${file}: where the English uses a glossary term, the twin uses its Chinese term`, () => {
      const en = prose(readFileSync(`content/${file}`, 'utf8'));
      const zh = prose(readFileSync(`content/zh/${file}`, 'utf8'));
      const missing = glossary
        .filter((e) => e.zh && e.zh.terms.length > 0 && e.terms.some((t) => usesEnglish(en, t)))
        .filter((e) => ![...e.zh!.terms, e.zh!.name].some((t) => zh.includes(t)))
        .map((e) => `${e.id} (${e.terms.join(' / ')} → ${e.zh!.terms.join(' / ')})`);
      expect(missing).toEqual([]);
    });
  }

  it('no Chinese page, exercise or glossary text uses a variant the glossary rules out', () => {
    const texts: Array<[string, string]> = [
      ...twins.map((f): [string, string] => [`content/zh/${f}`, readFileSync(`content/zh/${f}`, 'utf8')]),
      ...(readdirSync('src/exercises/chapters/zh') as string[]).map((f): [string, string] => [
        `src/exercises/chapters/zh/${f}`,
        readFileSync(`src/exercises/chapters/zh/${f}`, 'utf8'),
      ]),
      ...glossary.map((e): [string, string] => [`glossary ${e.id}`, `${e.zh?.name} ${e.zh?.meaning}`]),
    ];
    const found: string[] = [];
    for (const entry of glossary)
      for (const variant of entry.zh?.avoid ?? [])
        for (const [where, text] of texts)
          if (text.includes(variant)) found.push(`${where}: ${variant} (use ${entry.zh!.name})`);
    expect(found).toEqual([]);
  });

  it('the check itself: an avoided variant and a missing term are caught', () => {
    const entry = glossary.find((e) => e.id === 'reward-model')!;
    expect(entry.zh!.avoid).toContain('报酬模型');
    expect(usesEnglish('a reward model scores it', 'reward model')).toBe(true);
    expect(usesEnglish('the model can reinforce its habits', 'REINFORCE')).toBe(false);
    expect(usesEnglish('on-policy data', 'policy')).toBe(false);
  });
});
