// The glossary (content/data/notation.json) and its first-use links (src/site/remark-glossary.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { loadGlossary, remarkGlossary } from '../../../src/site/remark-glossary';

const html = async (md: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkGlossary)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(md),
  );

describe('the glossary data', () => {
  const entries = loadGlossary();
  test('at least 40 entries with unique ids, including the terms the chapters lean on', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'advantage',
      'critic',
      'implicit-reward',
      'reference',
      'on-policy',
      'off-policy',
      'online',
      'offline',
    ]) {
      expect(ids).toContain(id);
    }
  });
  test('a term links to one entry only', () => {
    const terms = entries.flatMap((e) => e.terms.map((t) => t.toLowerCase()));
    expect(new Set(terms).size).toBe(terms.length);
  });
  test('a malformed entry is refused, naming the file, the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    const file = join(dir, 'notation.json');
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'ok', name: 'fine', meaning: 'A meaning that is long enough.' },
        { id: 'Bad Id', name: 'x', meaning: 'short' },
      ]),
    );
    expect(() => loadGlossary(file)).toThrow(/notation\.json: entry 1 \(Bad Id\): id:/);
  });
});

describe('first-use links', () => {
  test('the first use links to its entry, later uses do not', async () => {
    const out = await html('The critic helps. The critic again.');
    expect(out.match(/href="\/notation\/#sym-critic"/g)?.length).toBe(1);
    expect(out).toContain('role="tooltip"');
    expect(out).toContain('aria-describedby="gloss-1"');
  });
  test('not inside headings, links, code or math; whole words only', async () => {
    const out = await html('# The critic\n\n[a critic](/x/) and `critic` and $critic$ and critics and hypercritic.');
    expect(out).not.toContain('#sym-critic');
  });
  test('the longer phrase wins: "reward model" is not a use of "reward"', async () => {
    const out = await html('A reward model scores replies.');
    expect(out).toContain('#sym-reward-model');
    expect(out).not.toContain('#sym-reward"');
  });
  test('a definition with TeX becomes math in the preview', async () => {
    const out = await html('The implicit reward is what DPO fits.');
    expect(out).toMatch(/gloss-preview[^]*<math/);
  });
});
