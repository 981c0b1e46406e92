// Every chapter, example and lab page states its prerequisites in front matter (rendered under its
// title by Prerequisites.astro), and every prerequisite is a page of the book that comes earlier in no
// circular way: following prerequisites never leads back to the page itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Pages that are not chapters: the change log and the reading guide itself. */
const EXEMPT = new Set(['changelog', 'how-to-read']);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith('.mdx') ? [path] : [];
  });
}

// The English chapters; their Chinese twins (content/zh/) have the same prerequisites by construction
// (tests/unit/i18n/twins.test.ts compares the field).
const pages = new Map(
  mdxFiles('content')
    .filter((file) => !file.startsWith('content/zh/'))
    .map((file) => {
      const id = file.replace(/^content\//, '').replace(/\.mdx$/, '');
      const url = `/${id.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1];
      const line = /^prerequisites:\s*\[(.*)\]\s*$/m.exec(fm);
      const prerequisites = line
        ? line[1]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
      return [url, { id, prerequisites }];
    }),
);

describe('prerequisites front matter', () => {
  it('is set on every chapter, example and the lab', () => {
    const missing = [...pages.values()].filter((p) => !EXEMPT.has(p.id) && !p.prerequisites).map((p) => p.id);
    expect(missing).toEqual([]);
    expect(pages.size).toBeGreaterThan(20);
  });

  it('names pages that exist, and never leads back to the page itself', () => {
    for (const [url, page] of pages) {
      for (const pre of page.prerequisites ?? []) expect(pages.has(pre), `${page.id}: ${pre}`).toBe(true);
      const seen = new Set<string>();
      const walk = (u: string) => {
        for (const pre of pages.get(u)?.prerequisites ?? []) {
          expect(pre, `${page.id} depends on itself`).not.toBe(url);
          if (!seen.has(pre)) {
            seen.add(pre);
            walk(pre);
          }
        }
      };
      walk(url);
    }
  });
});
