// Display equations after KaTeX: each becomes a <figure> whose math scrolls inside its own box (so a long
// equation never widens a phone page), with a "copy TeX" button, and — when its TeX starts with
// `% label: id` — a number and the anchor #eq-<id>. Empty links to an equation (`[](#eq-id)`) are filled
// with its number; the number comes from the site-wide register, so references across pages work.
// What "Copy TeX" copies is the source rewritten for LaTeX with amsmath, amssymb and mathtools
// (tex-copy.ts); the button's description says so.
// KaTeX's MathML stays in place for screen readers; its visual twin and the TeX annotation are hidden
// from the search index so excerpts do not show every glyph twice.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { equationRegister, labelOf, texWithoutLabel } from './equations';
import { findFirst, hasClass, textOf } from './hast';
import { MARKUP_STRINGS } from './markup-strings';
import { idForFile, localeOfFile, urlForId } from './pages';
import { COPY_TEX_PREAMBLE, texForLatex } from './tex-copy';

const EQ_HREF = /^(?:(\/[^#]*))?#eq-([a-z0-9-]+)$/;

export function rehypeEquations() {
  return (tree: Root, file: VFile) => {
    const register = equationRegister();
    const id = file.path ? idForFile(file.path) : undefined;
    const page = id !== undefined ? urlForId(id) : undefined;
    const t = MARKUP_STRINGS[localeOfFile(file.path)];
    const where = (node: { position?: { start: { line: number } } }) =>
      `${file.path}:${node.position?.start.line ?? '?'}`;

    visit(tree, 'element', (node: Element) => {
      if (hasClass(node, 'katex-html') || node.tagName === 'annotation') {
        node.properties = { ...node.properties, dataPagefindIgnore: 'all' };
      }
    });

    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (!hasClass(node, 'katex-display')) return;
      const annotation = findFirst(node, (e) => e.tagName === 'annotation');
      const source = annotation ? textOf(annotation) : '';
      const tex = texWithoutLabel(source);
      if (annotation) annotation.children = [{ type: 'text', value: tex }];
      const label = labelOf(source);
      const entry = label ? register.get(label) : undefined;
      if (label && (!entry || (page && entry.page !== page))) {
        throw new Error(`${where(node)}: equation label "${label}" is not in the register for this page`);
      }
      const name = t.equationName(entry?.number);
      let copied: string;
      try {
        copied = texForLatex(tex);
      } catch (error) {
        throw new Error(`${where(node)}: ${(error as Error).message}`);
      }
      const tools: ElementContent[] = [];
      if (entry) {
        // The number is the equation's permalink; activating it also copies the full URL.
        tools.push(
          h(
            'a',
            {
              className: ['equation-number'],
              href: `#eq-${entry.label}`,
              dataAction: 'copy-link',
              ariaLabel: t.copyEquationLink(entry.number),
            },
            `(${entry.number})`,
          ),
        );
      }
      tools.push(
        h(
          'button',
          {
            type: 'button',
            className: ['copy-tex'],
            dataAction: 'copy-tex',
            ariaLabel: t.copyTexOf(name),
            title: t.copyTexTitle(COPY_TEX_PREAMBLE),
          },
          t.copyTex,
        ),
      );
      const figure = h(
        'figure',
        { className: ['equation'], id: entry ? `eq-${entry.label}` : undefined, dataTex: copied },
        [
          h(
            'div',
            {
              className: ['equation-scroll'],
              tabIndex: 0,
              role: 'group',
              ariaLabel: t.equationGroup(entry?.number),
            },
            [node],
          ),
          h('div', { className: ['equation-tools'] }, tools),
        ],
      );
      parent.children[index] = figure;
      return ['skip', index + 1];
    });

    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties?.href !== 'string') return;
      const m = EQ_HREF.exec(node.properties.href);
      if (!m) return;
      const entry = register.get(m[2]);
      if (!entry) throw new Error(`${where(node)}: reference to unknown equation "${m[2]}"`);
      const target = entry.page === page ? `#eq-${entry.label}` : `${entry.page}#eq-${entry.label}`;
      node.properties.href = target;
      if (node.children.length === 0 || textOf(node).trim() === '') {
        node.children = [{ type: 'text', value: `(${entry.number})` }];
        node.properties.className = ['eq-ref'];
      }
    });
  };
}
