// Citations: `[@key]` or `[@a; @b]` in running text becomes "(Author et al., 2023)" linking each work to
// its entry on /references/, with a preview of the full reference. A key missing from content/bib stops the build with the file and line.
import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatReference, loadBibliography, referenceAnchor, shortCitation } from './bibliography';
import { localeOfFile } from './pages';

const CITE = /\[(@[\w:.-]+(?:\s*;\s*@[\w:.-]+)*)\]/g;

export interface CitationOptions {
  /** Write each citation as a plain Markdown link to this origin's references page (the Markdown twins). */
  /** Makes reference links absolute (the Markdown twin): root-absolute path → full URL. */
  linkBase?: (path: string) => string;
}

export function remarkCitations(options: CitationOptions = {}) {
  return (tree: Root, file: VFile) => {
    const bib = loadBibliography();
    // Chinese prose brackets a citation with full-width punctuation, written without a space before it.
    const chinese = localeOfFile(file.path) === 'zh';
    const [open, separator, close] = chinese ? ['（', '；', '）'] : ['(', '; ', ')'];
    let count = 0;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(CITE)) {
        const keys = m[1].split(';').map((k) => k.trim().slice(1));
        const before = node.value.slice(last, m.index);
        parts.push({ type: 'text', value: chinese ? before.replace(/\s+$/, '') : before });
        parts.push({ type: 'text', value: open });
        keys.forEach((key, i) => {
          const entry = bib.get(key);
          if (!entry) {
            const line = node.position?.start.line ?? '?';
            throw new Error(
              `${file.path}:${line}: unknown citation key "${key}" (define it in content/references.bib)`,
            );
          }
          if (i > 0) parts.push({ type: 'text', value: separator });
          if (options.linkBase) {
            const url = options.linkBase(`/references/#${referenceAnchor(key)}`);
            parts.push({ type: 'link', url, children: [{ type: 'text', value: shortCitation(entry) }] });
            return;
          }
          // The link plus a preview of the full reference, shown on hover, keyboard focus and tap.
          const previewId = `cite-${++count}`;
          const citation = {
            type: 'citation',
            data: {
              hName: 'span',
              hProperties: { className: ['cite'] },
              hChildren: [
                {
                  type: 'element',
                  tagName: 'a',
                  properties: {
                    href: `/references/#${referenceAnchor(key)}`,
                    className: ['citation'],
                    dataCite: key,
                    dataAction: 'cite',
                    ariaDescribedBy: previewId,
                  },
                  children: [{ type: 'text', value: shortCitation(entry) }],
                },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['cite-preview'], role: 'tooltip', id: previewId },
                  children: [{ type: 'text', value: formatReference(entry) }],
                },
              ],
            },
          };
          parts.push(citation as unknown as PhrasingContent);
        });
        parts.push({ type: 'text', value: close });
        last = m.index! + m[0].length;
      }
      if (last === 0) return;
      parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts.filter((p) => p.type !== 'text' || p.value) as never[]));
      return index + parts.length;
    });
  };
}

/** Keys cited in a source text (for the references page and metadata). */
export function citedKeys(source: string): string[] {
  const keys = new Set<string>();
  for (const m of source.matchAll(CITE)) for (const k of m[1].split(';')) keys.add(k.trim().slice(1));
  return [...keys];
}
