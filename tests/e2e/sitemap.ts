// The pages under test: every URL of the built sitemap, as a path on the preview server.
import { readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
