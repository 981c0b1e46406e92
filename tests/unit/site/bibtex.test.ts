// The book's small BibTeX reader against citation-js, a full BibTeX parser: same keys, titles, years and
// authors for every entry of content/bib, so a bibliography our reader would misread fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { authorsOf, parseBibtex, plainText, shortCitation } from '../../../src/site/bibtex';
import { loadBibliography } from '../../../src/site/bibliography';

const BIB = join(process.cwd(), 'content', 'bib');
const files = readdirSync(BIB).filter((f) => f.endsWith('.bib'));

describe('bibtex reader', () => {
  it('reads nested braces, quotes, bare numbers and accents', () => {
    const [e] = parseBibtex(`@article{bradley1952rank,
      title = {Rank Analysis of Incomplete Block Designs: {I}. The Method of Paired Comparisons},
      author = "Bradley, Ralph Allan and Terry, Milton E.",
      journal = {Biometrika}, volume = 39, year = 1952, pages = {324--345}
    }`);
    expect(e.key).toBe('bradley1952rank');
    expect(plainText(e.fields.title)).toBe('Rank Analysis of Incomplete Block Designs: I. The Method of Paired Comparisons');
    expect(authorsOf(e)).toEqual([{ family: 'Bradley', given: 'Ralph Allan' }, { family: 'Terry', given: 'Milton E.' }]);
    expect(shortCitation(e)).toBe('Bradley and Terry, 1952');
    expect(plainText(e.fields.pages)).toBe('324–345');
  });

  it('names the file and line of a malformed entry', () => {
    expect(() => parseBibtex('@article{x,\n title = {open', 'bad.bib')).toThrow(/bad\.bib:2: unclosed brace/);
  });

  it.runIf(files.length > 0)('agrees with citation-js on every entry of content/bib', () => {
    for (const file of files) {
      const text = readFileSync(join(BIB, file), 'utf8');
      const ours = parseBibtex(text, file);
      const theirs = new Cite(text).data as Array<{ id: string; title?: string; issued?: { 'date-parts': number[][] }; author?: { family?: string; literal?: string }[] }>;
      expect(theirs.map((e) => e.id), file).toEqual(ours.map((e) => e.key));
      ours.forEach((entry, i) => {
        const ref = theirs[i];
        expect(String(ref.issued?.['date-parts'][0][0]), `${file} ${entry.key} year`).toBe(entry.fields.year);
        const families = (ref.author ?? []).map((a) => a.family ?? a.literal);
        expect(authorsOf(entry).map((a) => a.family), `${file} ${entry.key} authors`).toEqual(families);
      });
    }
  });

  it.runIf(files.length > 0)('merges the bibliography files without conflicting keys', () => {
    const bib = loadBibliography();
    expect(bib.size).toBeGreaterThan(0);
    for (const e of bib.values()) {
      expect(e.fields.title, e.key).toBeTruthy();
      expect(e.fields.year, e.key).toMatch(/^\d{4}$/);
    }
  });
});
