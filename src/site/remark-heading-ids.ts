// Explicit heading anchors: `### Contrastive Preference Optimization {#cpo-translation}` gets the id
// "cpo-translation" and loses the suffix. Ids written this way survive a change of the heading's wording,
// which is what a citation of one method needs. MDX would read `{#…}` as a JavaScript expression, so
// `escapeHeadingIds` (a Vite pre-transform, see astro.config.mjs) escapes the braces before MDX parses.
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const SUFFIX = /\s*\\?\{#([a-z0-9][a-z0-9-]*)\\?\}\s*$/;

export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (!last || last.type !== 'text') return;
      const m = SUFFIX.exec((last as Text).value);
      if (!m) return;
      (last as Text).value = (last as Text).value.slice(0, m.index);
      heading.data ??= {};
      heading.data.hProperties = { ...(heading.data.hProperties ?? {}), id: m[1] };
    });
  };
}

/** Source rewrite for .mdx: `{#id}` at the end of a heading line → `\{#id\}` (same line count). */
export function escapeHeadingIds(source: string): string {
  return source.replace(/^(#{1,6} .*?)\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm, '$1\\{#$2\\}');
}
