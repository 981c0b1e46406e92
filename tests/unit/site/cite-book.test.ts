// "Cite this book": a BibTeX @book that a real parser (citation-js) reads back to the book's title, URL
// and version, and APA naming the book's address.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { bookCitations } from '../../../src/site/cite-book';
import { SITE_TITLE, SITE_URL, SITE_VERSION } from '../../../src/site/identity';

describe('cite the whole book', () => {
  const c = bookCitations(new Date('2026-11-20T10:00:00Z'), new Date('2026-11-24T10:00:00Z'));
  it('is a BibTeX @book that parses back', () => {
    expect(c.bibtex).toMatch(/^@book\{/);
    const [entry] = new Cite(c.bibtex).data as Array<{ URL: string; title: string; type: string }>;
    expect(entry.type).toBe('book');
    expect(entry.URL).toBe(`${SITE_URL}/`);
    expect(entry.title).toBe(SITE_TITLE);
    expect(c.bibtex).toContain(`edition = {Interactive edition, version ${SITE_VERSION}}`);
  });
  it('gives APA and CSL-JSON with the URL', () => {
    expect(c.apa).toContain(`${SITE_URL}/`);
    expect(JSON.parse(c.csl)[0].type).toBe('book');
  });
});
