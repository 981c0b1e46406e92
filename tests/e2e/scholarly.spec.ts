// Scholarly metadata on every chapter page of the build: Google Scholar's citation_* tags, JSON-LD that
// parses as a LearningResource based on the survey, and a "Cite this page" BibTeX that a real parser
// (citation-js) reads back to the page's canonical URL and the site's version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { expect, test } from './book';
import { DIST, sitemapPaths } from './sitemap';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const chapters = sitemapPaths().filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('id="cite-this-page"'));

test('most pages are chapters with a cite box', () => {
  expect(chapters.length).toBeGreaterThan(15);
});

for (const path of chapters) {
  test(`metadata and citation of ${path}`, () => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const meta = (name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1];
    expect(meta('citation_title')[0]).toBeTruthy();
    expect(meta('citation_author').length).toBeGreaterThan(0);
    expect(meta('citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta('citation_public_url')[0]).toBe(canonical);
    for (const ref of meta('citation_reference')) expect(ref).toMatch(/^citation_title=.+; .*citation_publication_date=\d{4}/);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(ld['@type']).toBe('LearningResource');
    expect(ld.url).toBe(canonical);
    expect(ld.isBasedOn.url).toBe('https://arxiv.org/abs/2409.02795');
    expect(Array.isArray(ld.teaches)).toBe(true);
    const bibtex = /<pre tabindex="0" data-cite-format="bibtex">([\s\S]*?)<\/pre>/.exec(html)![1].replace(/&amp;/g, '&').replace(/&#123;/g, '{').replace(/&#125;/g, '}');
    const [entry] = new Cite(bibtex).data as Array<{ URL: string }>;
    expect(entry.URL).toBe(canonical);
    expect(bibtex).toContain(`version = {${pkg.version}}`);
    expect(html).toContain('og:title');
  });
}
