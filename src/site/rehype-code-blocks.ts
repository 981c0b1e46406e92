// Code blocks (already highlighted by Shiki) get a "Copy" button; the block itself scrolls and is
// keyboard-focusable so a reader without a mouse can scroll a long line.
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { MARKUP_STRINGS } from './markup-strings';
import { localeOfFile } from './pages';

export function rehypeCodeBlocks() {
  return (tree: Root, file: VFile) => {
    const t = MARKUP_STRINGS[localeOfFile(file.path)];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || node.tagName !== 'pre') return;
      if (parent.type === 'element' && (parent as Element).properties?.className?.toString().includes('code-block'))
        return;
      node.properties = { ...node.properties, tabIndex: 0 };
      const lang = typeof node.properties.dataLanguage === 'string' ? node.properties.dataLanguage : 'code';
      parent.children[index] = h('div', { className: ['code-block'] }, [
        node,
        h(
          'button',
          { type: 'button', className: ['copy-code'], dataAction: 'copy-code', ariaLabel: t.copyCode(lang) },
          t.copy,
        ),
      ]);
      return ['skip', index + 1];
    });
  };
}
