// "Cite this page": every format names the page's URL with its anchor and the site version; both BibTeX
// variants, the RIS and the CSL-JSON parse back with a real parser (citation-js) to the same URL, title and
// dates; the BibTeX is ASCII with a bare month, one URL and the access date where each tool reads it; the
// key is the same for a section whatever the date. (Real bibtex/biber runs: tests/e2e/latex.spec.ts.)
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationFormats, citationKey, citationsFor, SURVEY_BIBTEX } from '../../../src/site/cite';
import { SITE_TITLE, SITE_URL, SITE_VERSION } from '../../../src/site/identity';

const target = {
  pageTitle: 'The unified view',
  path: '/unified-view/',
  section: { title: 'The gradient coefficient', anchor: 'gradient-coefficient' },
  updated: new Date('2026-11-20T10:00:00Z'),
  accessed: new Date('2026-11-24T10:00:00Z'),
};
const url = `${SITE_URL}/unified-view/#gradient-coefficient`;
type Parsed = {
  URL: string;
  title: string;
  type: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  'container-title'?: string;
};
const parse = (text: string) => new Cite(text).data as Parsed[];

describe('cite this section', () => {
  const c = citationsFor(target);

  it('offers the formats in a list the cite box renders generically, downloads for RIS and CSL-JSON', () => {
    const formats = citationFormats(target);
    expect(formats.map((f) => f.id)).toEqual(['bibtex', 'biblatex', 'apa', 'mla', 'ris', 'csl']);
    expect(formats.find((f) => f.id === 'bibtex')!.label).toBe('BibTeX (natbib)');
    expect(formats.find((f) => f.id === 'biblatex')!.label).toBe('BibLaTeX');
    expect(formats.filter((f) => f.filename).map((f) => f.filename)).toEqual([
      'preference-learning-unified-view-gradient-coefficient.ris',
      'preference-learning-unified-view-gradient-coefficient.json',
    ]);
    for (const f of formats) expect(f.text, f.id).toContain(url);
  });

  it('keys a section by page and anchor only, so the key survives updates of the book', () => {
    const key = 'plinteractive:unified-view:gradient-coefficient';
    expect(citationKey(target)).toBe(key);
    const later = citationsFor({
      ...target,
      updated: new Date('2031-02-01T00:00:00Z'),
      accessed: new Date('2031-03-01Z'),
    });
    expect(later.bibtex).toMatch(new RegExp(`^@misc\\{${key},`));
    expect(later.biblatex).toMatch(new RegExp(`^@inbook\\{${key},`));
    expect(citationKey({ path: '/algorithms/pair-wise/', section: { title: 'x', anchor: 'dpo' } })).toBe(
      'plinteractive:algorithms/pair-wise:dpo',
    );
    expect(citationKey({ path: '/' })).toBe('plinteractive:home');
  });

  it('writes natbib BibTeX: @misc, ASCII only, bare month, the URL once, the access date as a note', () => {
    const bib = c.bibtex;
    expect(bib).toMatch(/^@misc\{/);
    expect([...bib].every((ch) => ch.charCodeAt(0) < 0x7f)).toBe(true);
    expect(bib).toMatch(/^\s+month\s+= nov,$/m);
    expect(bib).toMatch(/^\s+year\s+= \{2026\},$/m);
    expect(bib.split(url).length - 1).toBe(1);
    expect(bib).toMatch(/note\s+= \{Accessed 2026-11-24\}/);
    expect(bib).toContain(`version ${SITE_VERSION}`);
    expect(bib).toContain(
      "Section of ``The unified view'' in \\emph{Preference Learning for LLMs --- an interactive edition}",
    );
    const [entry] = parse(bib);
    expect(entry.URL).toBe(url);
    expect(entry.title).toBe('The gradient coefficient');
    expect(entry.issued?.['date-parts'][0].slice(0, 2)).toEqual([2026, 11]);
  });

  it('writes BibLaTeX: @inbook with the full date, urldate and the version', () => {
    const bib = c.biblatex;
    expect(bib).toMatch(/^@inbook\{/);
    expect(bib).toMatch(/date\s+= \{2026-11-20\}/);
    expect(bib).toMatch(/urldate\s+= \{2026-11-24\}/);
    expect(bib).toMatch(new RegExp(`edition\\s+= \\{Version ${SITE_VERSION.replace(/\./g, '\\.')}\\}`));
    expect(bib).toMatch(/booktitle\s+= \{The unified view\}/);
    expect(bib).toMatch(/maintitle\s+= \{Preference \{Learning\} for \{LLMs\} --- an interactive edition\}/);
    expect(bib).not.toMatch(/note|howpublished|month/);
    const [entry] = parse(bib);
    expect(entry.URL).toBe(url);
    expect(entry.issued?.['date-parts'][0]).toEqual([2026, 11, 20]);
    expect(entry.accessed?.['date-parts'][0]).toEqual([2026, 11, 24]);
  });

  it('gives a whole page its site as the book', () => {
    const page = citationsFor({ ...target, section: undefined });
    expect(page.biblatex).toMatch(/booktitle\s+= \{Preference \{Learning\}/);
    expect(page.biblatex).not.toContain('maintitle');
    expect(page.bibtex).toMatch(/howpublished = \{\\emph\{Preference Learning/);
    expect(JSON.parse(page.csl)[0].URL).toBe(`${SITE_URL}/unified-view/`);
  });

  it('gives RIS that citation-js reads back as a book section with both dates, one line per tag', () => {
    expect(c.ris.split('\n')[0]).toBe('TY  - CHAP');
    expect(c.ris.split('\n').at(-1)).toBe('ER  - ');
    for (const line of c.ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(c.ris).toContain(`UR  - ${url}`);
    const [entry] = parse(c.ris);
    expect(entry.type).toBe('chapter');
    expect(entry.URL).toBe(url);
    expect(entry['container-title']).toBe(SITE_TITLE);
    // citation-js reads the year from PY; the full date is in DA, as Zotero's own RIS export writes it.
    expect(entry.issued?.['date-parts'][0][0]).toBe(2026);
    expect(c.ris).toContain('\nDA  - 2026/11/20/\n');
    expect(entry.accessed?.['date-parts'][0]).toEqual([2026, 11, 24]);
  });

  it('gives CSL-JSON for a chapter (Zotero: Book Section)', () => {
    const [record] = JSON.parse(c.csl);
    expect(record.type).toBe('chapter');
    expect(record.URL).toBe(url);
    expect(record.version).toBe(SITE_VERSION);
    expect(record['container-title']).toBe(SITE_TITLE);
  });

  it('gives APA and MLA with the URL, the dates and the version', () => {
    expect(c.apa).toContain(url);
    expect(c.apa).toContain('2026, November 20');
    expect(c.mla).toContain(url);
    expect(c.mla).toContain('“The gradient coefficient (in ‘The unified view’).” ');
    expect(c.mla).toContain(`version ${SITE_VERSION}`);
    expect(c.mla).toMatch(/Accessed 24 Nov\.? 2026/);
  });

  it("gives the survey's own BibTeX, which parses", () => {
    const [survey] = new Cite(SURVEY_BIBTEX).data as Array<{ title: string; author: unknown[] }>;
    expect(survey.title).toMatch(/Unified View of Preference Learning/);
    expect(survey.author).toHaveLength(25);
    expect(SURVEY_BIBTEX).toContain('{Large} {Language} {Models:}');
  });
});
