// Scholarly metadata on every chapter page of the build: Google Scholar's citation_* tags, read the way
// Zotero's Embedded Metadata importer reads them (a Book Section with title, book title, authors, date and
// URL), JSON-LD that parses as a LearningResource based on the survey, and a "Cite this page" BibTeX that a
// real parser (citation-js) reads back to the page's canonical URL and the site's version. In the browser,
// the cite box puts the reader's day into every access date and keeps its downloads in step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { expect, test } from './book';
import { DIST, sitemapPaths } from './sitemap';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// Written out here, not imported: the test states what the book is called in each edition.
const SITE_TITLES = {
  en: 'Preference Learning for LLMs — an interactive edition',
  zh: '大语言模型的偏好学习（交互式版本）',
};

/**
 * The item Zotero's "Embedded Metadata" translator (zotero/translators, translatorID 951c027d…, version of
 * 2024-06-13) makes from a page's highwire meta tags: its type rules (citation_book_title or
 * citation_inbook_title → bookSection, citation_journal_title → journalArticle, …, the last one met wins)
 * and its HIGHWIRE_MAPPINGS field names. Zotero fills the access date itself (CURRENT_TIMESTAMP) at import.
 */
function zoteroItem(html: string) {
  const metas = [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)"/g)].map((m) => [m[1], m[2]]);
  const TYPES: Record<string, string> = {
    citation_journal_title: 'journalArticle',
    citation_technical_report_institution: 'report',
    citation_conference_title: 'conferencePaper',
    citation_conference: 'conferencePaper',
    citation_book_title: 'bookSection',
    citation_inbook_title: 'bookSection',
    citation_dissertation_institution: 'thesis',
  };
  let itemType = 'journalArticle'; // its fallback when only citation_title is there
  for (const [name] of metas) if (TYPES[name]) itemType = TYPES[name];
  const MAPPINGS: Record<string, string> = {
    citation_title: 'title',
    citation_publication_date: 'date',
    citation_cover_date: 'date',
    citation_date: 'date',
    citation_journal_title: 'publicationTitle',
    citation_inbook_title: 'publicationTitle',
    citation_book_title: 'bookTitle',
    citation_publisher: 'publisher',
    citation_public_url: 'url',
    citation_language: 'language',
  };
  const item: Record<string, string | string[]> = { itemType, accessDate: 'CURRENT_TIMESTAMP' };
  // processFields: the first tag of each name, in the mapping's order (a later name overwrites).
  for (const [name, field] of Object.entries(MAPPINGS)) {
    const value = metas.find(([n]) => n === name)?.[1];
    if (value?.trim()) item[field] = value.trim();
  }
  item.creators = metas.filter(([n]) => n === 'citation_author').map(([, v]) => v);
  // For a book section Zotero stores publicationTitle in the bookTitle field (its base-field mapping).
  if (itemType === 'bookSection' && !item.bookTitle && item.publicationTitle) item.bookTitle = item.publicationTitle;
  return item;
}
const chapters = sitemapPaths().filter((p) =>
  readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('id="cite-this-page"'),
);

test('most pages are chapters with a cite box', () => {
  expect(chapters.length).toBeGreaterThan(15);
});

for (const path of chapters) {
  test(`metadata and citation of ${path}`, () => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const meta = (name: string) =>
      [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1];
    expect(meta('citation_title')[0]).toBeTruthy();
    expect(meta('citation_author').length).toBeGreaterThan(0);
    expect(meta('citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta('citation_public_url')[0]).toBe(canonical);
    const zotero = zoteroItem(html);
    expect(zotero.itemType).toBe('bookSection');
    expect(zotero.title).toBe(meta('citation_title')[0]);
    const chinese = path.startsWith('/zh/');
    expect(zotero.bookTitle).toBe(SITE_TITLES[chinese ? 'zh' : 'en']);
    expect(zotero.creators.length).toBeGreaterThan(0);
    expect(zotero.date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(zotero.url).toBe(canonical);
    for (const ref of meta('citation_reference'))
      expect(ref).toMatch(/^citation_title=.+; .*citation_publication_date=\d{4}/);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(ld['@type']).toBe('LearningResource');
    expect(ld.url).toBe(canonical);
    expect(ld.isBasedOn.url).toBe('https://arxiv.org/abs/2409.02795');
    expect(Array.isArray(ld.teaches)).toBe(true);
    const decode = (s: string) =>
      s
        .replace(/&amp;/g, '&')
        .replace(/&#123;/g, '{')
        .replace(/&#125;/g, '}')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
    const bibtex = decode(/<pre tabindex="0" data-cite-format="bibtex">([\s\S]*?)<\/pre>/.exec(html)![1]);
    const [entry] = new Cite(bibtex).data as Array<{ URL: string }>;
    expect(entry.URL).toBe(canonical);
    expect(bibtex).toContain(`version ${pkg.version}`);
    expect(bibtex).toMatch(/^\s+month\s+= [a-z]{3},$/m);
    const biblatex = decode(/<pre tabindex="0" data-cite-format="biblatex">([\s\S]*?)<\/pre>/.exec(html)![1]);
    expect(biblatex).toMatch(/^\s+urldate\s+= \{\d{4}-\d{2}-\d{2}\},$/m);
    // Without JavaScript the box says the access date is the build's; each Copy TeX says what LaTeX it needs.
    expect(html).toMatch(
      chinese
        ? /data-cite-accessed-note>这些引用中的访问日期是 \d{4} 年 \d{1,2} 月 \d{1,2} 日，即本站这份副本的构建日期/
        : /data-cite-accessed-note>The access date in these citations is \d{1,2} \w+ \d{4}, the day this copy/,
    );
    for (const title of html.matchAll(/class="copy-tex"[^>]*title="([^"]*)"/g)) {
      expect(title[1]).toContain('\\usepackage{amsmath, amssymb, mathtools}');
    }
    expect(html).toContain('og:title');
  });
}

test("the cite box puts the reader's day into every access date and keeps its downloads in step", async ({ page }) => {
  // A reader's clock far from the build day, so nothing can pass by coincidence.
  await page.clock.setFixedTime(new Date(2031, 2, 5, 12, 0, 0));
  await page.goto('/unified-view/');
  const box = page.locator('#cite-this-page');
  const shown = (id: string) => box.locator(`[data-cite-output] pre[data-cite-format="${id}"]`);
  await box.scrollIntoViewIfNeeded();
  await page.mouse.move(10, 10);
  await expect(box.locator('[data-cite-accessed-note]')).toHaveText(/today, 5 March 2031, filled in by your browser/);
  await expect(shown('bibtex')).toContainText('note         = {Accessed 2031-03-05}');
  await expect(shown('biblatex')).toContainText('urldate   = {2031-03-05}');
  await expect(shown('mla')).toContainText('Accessed 5 Mar. 2031.');
  await expect(shown('ris')).toContainText('Y2  - 2031/03/05/');
  expect(JSON.parse((await shown('csl').textContent())!)[0].accessed).toEqual({ 'date-parts': [[2031, 3, 5]] });
  // The publication date is the page's last change, not the reader's day.
  expect(await shown('biblatex').textContent()).toMatch(/^ {2}date\s+= \{20\d\d-\d\d-\d\d\},$/m);
  expect(await shown('biblatex').textContent()).not.toMatch(/^ {2}date\s+= \{2031-03-05\},$/m);

  // The box is collapsed under its button once scripts run; open it to pick a section.
  await box.getByRole('button', { name: 'Cite this page' }).click();
  const select = box.locator('[data-cite-select]');
  const section = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(section!);
  await expect(shown('ris')).toContainText(`#${section}`);
  await expect(shown('ris')).toContainText('Y2  - 2031/03/05/');
  for (const id of ['ris', 'csl']) {
    const link = box.locator(`a[data-cite-download="${id}"]`);
    const href = (await link.getAttribute('href'))!;
    const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(text).toBe(await shown(id).textContent());
    expect(await link.getAttribute('download')).toContain(section!);
    await expect(link).toContainText(section!);
  }
});
