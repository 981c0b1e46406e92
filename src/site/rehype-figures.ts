// References to figures: an empty link `[](#fig-loss-geometry)` (or `[](/algorithms/pair-wise/#fig-…)`)
// is filled with "Figure 6.2.1" from the site-wide register, and its href made relative to this page.
// A reference to an unknown figure fails the build with the file and line, like an unknown equation.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { figureRegister } from './figures';
import { textOf } from './hast';
import { MARKUP_STRINGS } from './markup-strings';
import { idForFile, localeOfFile, urlForId } from './pages';

const FIG_HREF = /^(?:(\/[^#]*))?#(fig-[a-z0-9-]+)$/;

export function rehypeFigures() {
  return (tree: Root, file: VFile) => {
    const register = figureRegister();
    const id = file.path ? idForFile(file.path) : undefined;
    const page = id !== undefined ? urlForId(id) : undefined;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties?.href !== 'string') return;
      const m = FIG_HREF.exec(node.properties.href);
      if (!m) return;
      const entry = register.get(m[2]);
      if (!entry)
        throw new Error(`${file.path}:${node.position?.start.line ?? '?'}: reference to unknown figure "${m[2]}"`);
      if (m[1] && m[1] !== entry.page) {
        throw new Error(
          `${file.path}:${node.position?.start.line ?? '?'}: figure "${m[2]}" is on ${entry.page}, not ${m[1]}`,
        );
      }
      node.properties.href = entry.page === page ? `#${entry.id}` : `${entry.page}#${entry.id}`;
      if (node.children.length === 0 || textOf(node).trim() === '') {
        node.children = [{ type: 'text', value: MARKUP_STRINGS[localeOfFile(file.path)].figureRef(entry.number) }];
        node.properties.className = ['fig-ref'];
      }
    });
  };
}
