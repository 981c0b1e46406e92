// The pages under test: every URL of the built sitemap, as a path of the book (`/references/`, without
// the base path). The sub-path run (playwright.subpath.config.ts) sets BOOK_DIST and BOOK_BASE; the main
// run tests dist/ at the root.
import { readFileSync } from 'node:fs';

/** The build under test. */
export const DIST = process.env.BOOK_DIST ?? 'dist';
/** The base path it was built for and is served under: `/` or `/preference-learning/`. */
export const BOOK_BASE = process.env.BOOK_BASE ?? '/';

/** A book path (`/notation/`) → the path it is served at (`/preference-learning/notation/`). */
export function served(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || BOOK_BASE === '/' || path.startsWith(BOOK_BASE)) return path;
  return BOOK_BASE + path.slice(1);
}

export function sitemapPaths(): string[] {
  const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const path = new URL(m[1]).pathname;
    return path.startsWith(BOOK_BASE) ? `/${path.slice(BOOK_BASE.length)}` : path;
  });
}

/** The pages the every-page checks visit: all of them, or in the sub-path run (BOOK_SAMPLE=1) one page of
 * each kind (home, text chapter, equation-heavy chapter, worked example, lab, index pages, 404-adjacent). */
export function pagesToVisit(): string[] {
  const all = sitemapPaths();
  if (!process.env.BOOK_SAMPLE) return all;
  const sample = [
    '/',
    '/introduction/',
    '/algorithms/pair-wise/',
    '/examples/dpo/',
    '/lab/',
    '/methods/',
    '/notation/',
    '/references/',
  ];
  return sample.filter((p) => all.includes(p));
}
