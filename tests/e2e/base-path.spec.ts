// The book built for a sub-path (BASE_PATH=/preference-learning/, see playwright.subpath.config.ts): no URL
// in any file of the build escapes the base, and linkinator, crawling the served build over HTTP, finds
// every link and #anchor resolving and reaches every page of the sitemap.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { expect, test } from './book';
import { findEscapes } from './base-scan';
import { BOOK_BASE, DIST, sitemapPaths } from './sitemap';

const ORIGIN = process.env.BOOK_SITE_URL ?? 'https://preference-learning.github.io';

test('the run really is under a sub-path', () => {
  expect(BOOK_BASE).not.toBe('/');
  expect(DIST).not.toBe('dist');
});

test('no href, src, srcset, CSS url(), script string, feed, sitemap or manifest URL escapes the base', () => {
  const escapes = findEscapes(DIST, BOOK_BASE, ORIGIN).map((e) => `${e.file}: ${e.url} (${e.where})`);
  expect(escapes).toEqual([]);
});

test('the escape scan catches planted root-absolute URLs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'escapes-'));
  mkdirSync(join(dir, 'notation'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(
    join(dir, 'index.html'),
    `<a href="${BOOK_BASE}notation/">ok</a> <a href="/notation/">bad</a> <img srcset="/a.png 1x, ${BOOK_BASE}b.png 2x" alt="">`,
  );
  writeFileSync(
    join(dir, '_astro', 'x.css'),
    `a{background:url(/_astro/f.woff2)} b{background:url(${BOOK_BASE}_astro/g.woff2)}`,
  );
  writeFileSync(join(dir, '_astro', 'x.js'), `fetch("/notation/");fetch("${BOOK_BASE}notation/");const r=/a/;`);
  writeFileSync(
    join(dir, 'feed.xml'),
    `<feed><id>${ORIGIN}/notation/</id><id>${ORIGIN}${BOOK_BASE}notation/</id></feed>`,
  );
  const found = findEscapes(dir, BOOK_BASE, ORIGIN)
    .map((e) => `${e.file} ${e.url}`)
    .sort();
  expect(found).toEqual(
    [
      '_astro/x.css /_astro/f.woff2',
      '_astro/x.js /notation/',
      'feed.xml https://preference-learning.github.io/notation/',
      'index.html /a.png',
      'index.html /notation/',
    ].sort(),
  );
});

test('linkinator crawls the served sub-path build: every link and anchor resolves, every page is reached', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const start = new URL(BOOK_BASE, baseURL).href;
  const result = await new LinkChecker().check({
    path: start,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    linksToSkip: async (link: string) => !/^https?:\/\/(localhost|127\.0\.0\.1)/.test(link),
  });
  const broken = result.links
    .filter((l) => l.state === 'BROKEN')
    .map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
  expect(broken).toEqual([]);
  const ok = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
  for (const path of sitemapPaths()) expect(ok, `crawl reached ${path}`).toContain(BOOK_BASE + path.slice(1));
});
