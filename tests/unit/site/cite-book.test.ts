// "Cite this book": a BibTeX @book that a real parser (citation-js) reads back to the book's title, URL
// and version, in ASCII LaTeX like every page's entry, and APA and CSL-JSON naming the book's address.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { bookCitations, BOOK_CITATION_KEY } from '../../../src/site/cite-book';
import { SITE_URL, SITE_VERSION } from '../../../src/site/identity';

describe('cite the whole book', () => {
  const formats = bookCitations(new Date('2026-11-20T10:00:00Z'), new Date('2026-11-24T10:00:00Z'));
  const c = Object.fromEntries(formats.map((f) => [f.id, f.text]));
  it('is a BibTeX @book in ASCII that parses back, with a key that names no version or year', () => {
    expect(c.bibtex).toMatch(/^@misc\{plinteractive:book,/);
    expect(c.biblatex).toMatch(/^@book\{plinteractive:book,/);
    for (const id of ['bibtex', 'biblatex']) {
      expect(/[^\x00-\x7f]/.test(c[id])).toBe(false);
      const [entry] = new Cite(c[id]).data as Array<{ URL: string; title: string; type: string }>;
      expect(entry.type).toBe(id === 'bibtex' ? 'document' : 'book');
      expect(entry.URL).toBe(`${SITE_URL}/`);
      expect(entry.title).toMatch(/^Preference Learning for LLMs/);
      expect(c[id]).toMatch(
        new RegExp(
          `(edition|howpublished)\\s*= \\{Interactive edition, version ${SITE_VERSION.replace(/\./g, '\\.')}\\}`,
        ),
      );
    }
    expect(BOOK_CITATION_KEY).not.toMatch(/\d{4}|\d+\.\d+/);
    expect(c.bibtex).toMatch(/month\s*= nov,/);
    expect(c.biblatex).toMatch(/urldate\s*= \{2026-11-24\}/);
  });
  it('gives APA, RIS and CSL-JSON with the URL', () => {
    expect(c.apa).toContain(`${SITE_URL}/`);
    expect(c.ris).toContain(`UR  - ${SITE_URL}/`);
    expect(JSON.parse(c.csl)[0].type).toBe('book');
  });
});
