// Citable everywhere, not only chapters: the home page cites the whole edition (citation_* tags, a JSON-LD
// Book whose parts are the chapters, a BibTeX @book), and the method index, notation and references
// pages carry page-level metadata and a cite box like the chapters. Read from the build under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { expect, test } from './book';
import { DIST, sitemapPaths } from './sitemap';

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const meta = (page: string, name: string) =>
  [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
const canonicalOf = (page: string) => /<link rel="canonical" href="([^"]+)"/.exec(page)![1];
const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]);
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#123;/g, '{')
    .replace(/&#125;/g, '}')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

test('the home page cites the whole edition: citation_* tags, a JSON-LD Book with its chapters, a BibLaTeX @book', () => {
  const home = html('/');
  const canonical = canonicalOf(home);
  expect(meta(home, 'citation_title')[0]).toContain('Preference Learning');
  expect(meta(home, 'citation_author').length).toBeGreaterThan(0);
  expect(meta(home, 'citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(meta(home, 'citation_public_url')[0]).toBe(canonical);
  const ld = jsonLd(home);
  expect(ld['@type']).toBe('Book');
  expect(ld.url).toBe(canonical);
  // Every English page of the sitemap but the home page itself is a part of the book, with its canonical
  // URL; the Chinese cover (/zh/) lists the Chinese pages the same way.
  const partsOf = (page: string) => (jsonLd(page).hasPart as Array<{ url: string }>).map((p) => p.url).sort();
  const english = sitemapPaths().filter((p) => p !== '/' && !p.startsWith('/zh/'));
  expect(partsOf(home)).toEqual(english.map((p) => canonicalOf(html(p))).sort());
  const chinese = sitemapPaths().filter((p) => p.startsWith('/zh/') && p !== '/zh/');
  expect(partsOf(html('/zh/'))).toEqual(chinese.map((p) => canonicalOf(html(p))).sort());
  expect(chinese.length).toBe(english.length);
  // BibLaTeX has a @book; the natbib variant is a @misc (plainnat's @book requires a publisher).
  const bibtex = unescape(/<pre tabindex="0" data-cite-format="biblatex">([\s\S]*?)<\/pre>/.exec(home)![1]);
  expect(bibtex).toMatch(/^@book\{/);
  const [entry] = new Cite(bibtex).data as Array<{ URL: string; type: string }>;
  expect(entry.type).toBe('book');
  expect(entry.URL).toBe(canonical);
  const natbib = unescape(/<pre tabindex="0" data-cite-format="bibtex">([\s\S]*?)<\/pre>/.exec(home)![1]);
  expect(natbib).toMatch(/^@misc\{/);
  expect((new Cite(natbib).data as Array<{ URL: string }>)[0].URL).toBe(canonical);
});

for (const path of ['/methods/', '/notation/', '/references/']) {
  test(`${path} carries page-level citation metadata and a cite box`, () => {
    const page = html(path);
    const canonical = canonicalOf(page);
    expect(meta(page, 'citation_title')[0]).toBeTruthy();
    expect(meta(page, 'citation_inbook_title')[0]).toContain('Preference Learning');
    expect(meta(page, 'citation_public_url')[0]).toBe(canonical);
    const ld = jsonLd(page);
    expect(ld['@type']).toBe('LearningResource');
    expect(ld.url).toBe(canonical);
    expect(page).toContain('id="cite-this-page"');
    const bibtex = unescape(/<pre tabindex="0" data-cite-format="bibtex">([\s\S]*?)<\/pre>/.exec(page)![1]);
    expect((new Cite(bibtex).data as Array<{ URL: string }>)[0].URL).toBe(canonical);
  });
}
