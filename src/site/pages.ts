// Where a content file is served: content/algorithms/pair-wise.mdx → /algorithms/pair-wise/ and
// content/algorithms/index.mdx → /algorithms/. One function so the router, the equation registry and
// the navigation can never disagree.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Locale } from '../i18n/locales';

export const CONTENT_DIR_NAME = 'content';

/** Collection id (path without extension, as the glob loader gives it) → URL path. */
export function urlForId(id: string): string {
  const clean = id.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return clean ? `/${clean}/` : '/';
}

/** The folder of the Chinese twins inside content/; a twin has its original's id (and so its anchors). */
export const TWIN_DIR_NAME = 'zh';

/**
 * Absolute or project-relative file path → collection id, or undefined outside content/. A Chinese twin
 * (content/zh/x.mdx) has the id of its English original (x), so equation and figure numbers, which the
 * registers take from the English files, are the same on both pages.
 */
export function idForFile(file: string, root = process.cwd()): string | undefined {
  const rel = relative(root, file).split(sep).join('/');
  if (!rel.startsWith(`${CONTENT_DIR_NAME}/`)) return undefined;
  return rel
    .slice(CONTENT_DIR_NAME.length + 1)
    .replace(new RegExp(`^${TWIN_DIR_NAME}/`), '')
    .replace(/\.mdx?$/, '');
}

/** The language of a content file: Chinese under content/zh/, English elsewhere. */
export function localeOfFile(file: string | undefined, root = process.cwd()): Locale {
  if (!file) return 'en';
  const rel = relative(root, file).split(sep).join('/');
  return rel.startsWith(`${CONTENT_DIR_NAME}/${TWIN_DIR_NAME}/`) ? 'zh' : 'en';
}

/**
 * The English content files under `dir` (content/), sorted: the equation and figure registers number from
 * them, and the Chinese twins in content/zh/ share those numbers.
 */
export function englishContentFiles(dir: string): string[] {
  const walk = (d: string, top: boolean): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      if (top && name === TWIN_DIR_NAME) return [];
      if (statSync(path).isDirectory()) return walk(path, false);
      return /\.mdx?$/.test(name) ? [path] : [];
    });
  return walk(dir, true).sort();
}
