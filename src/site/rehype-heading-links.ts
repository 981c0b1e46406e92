// Every section heading (h2–h4) gets a link to itself beside it. Without JavaScript it is an ordinary
// anchor link; the page's enhancement script also copies the full URL to the clipboard on activation.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { hasClass } from './hast';
import { MARKUP_STRINGS } from './markup-strings';
import { localeOfFile } from './pages';

const LEVELS = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const t = MARKUP_STRINGS[localeOfFile(file.path)];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !LEVELS.has(node.tagName)) return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      const title = readableText(node).trim();
      const link = h('a', { className: ['heading-link'], href: `#${id}`, dataAction: 'copy-link' }, [
        h('span', { className: ['sr-only'] }, t.sectionLink(title)),
        h('span', { ariaHidden: 'true' }, '#'),
      ]);
      parent.children[index] = h('div', { className: ['heading', `heading-${node.tagName}`] }, [node, link]);
      return ['skip', index + 1];
    });
  };
}

/** The heading's words as a reader hears them: math by its MathML text, not its TeX or its glyphs twice. */
function readableText(node: Element): string {
  return node.children
    .map((c) => {
      if (c.type === 'text') return c.value;
      if (c.type !== 'element' || c.tagName === 'annotation' || hasClass(c, 'katex-html')) return '';
      return readableText(c);
    })
    .join('');
}
