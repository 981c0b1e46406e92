// Where a content file is served: content/algorithms/pair-wise.mdx → /algorithms/pair-wise/ and
// content/algorithms/index.mdx → /algorithms/. One function so the router, the equation registry and
// the navigation can never disagree.
import { relative, sep } from 'node:path';

export const CONTENT_DIR_NAME = 'content';

/** Collection id (path without extension, as the glob loader gives it) → URL path. */
export function urlForId(id: string): string {
  const clean = id.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return clean ? `/${clean}/` : '/';
}

/** Absolute or project-relative file path → collection id, or undefined outside content/. */
export function idForFile(file: string, root = process.cwd()): string | undefined {
  const rel = relative(root, file).split(sep).join('/');
  if (!rel.startsWith(`${CONTENT_DIR_NAME}/`)) return undefined;
  return rel.slice(CONTENT_DIR_NAME.length + 1).replace(/\.mdx?$/, '');
}
