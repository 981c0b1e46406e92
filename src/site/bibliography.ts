// The book's bibliography: every content/bib/*.bib merged by key. A key defined twice must describe the
// same work (same title and year); otherwise the build stops, because two chapters would cite different
// papers under one key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBibtex, plainText, type BibEntry } from './bibtex';

export const BIB_DIR = join(process.cwd(), 'content', 'bib');

let cache: Map<string, BibEntry> | undefined;

export function loadBibliography(dir = BIB_DIR): Map<string, BibEntry> {
  if (cache && dir === BIB_DIR) return cache;
  const byKey = new Map<string, BibEntry>();
  const origin = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.bib')).sort();
  for (const file of files) {
    for (const entry of parseBibtex(readFileSync(join(dir, file), 'utf8'), file)) {
      const seen = byKey.get(entry.key);
      if (seen) {
        const same = (e: BibEntry) => `${plainText(e.fields.title ?? '').toLowerCase()}|${e.fields.year}`;
        if (same(seen) !== same(entry)) {
          throw new Error(
            `bibliography: key "${entry.key}" in ${file} differs from ${origin.get(entry.key)} ` +
              `("${seen.fields.title}", ${seen.fields.year} vs "${entry.fields.title}", ${entry.fields.year})`,
          );
        }
        continue;
      }
      byKey.set(entry.key, entry);
      origin.set(entry.key, file);
    }
  }
  if (dir === BIB_DIR) cache = byKey;
  return byKey;
}

export function referenceAnchor(key: string): string {
  return `ref-${key.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}
