// Marks a page whose math starts within its first screen, so its head preloads KaTeX's two commonest
// faces (Main and Math italic; components/Head.astro). KaTeX's faces are `font-display: block`: a formula
// in the first screen is drawn only once they have arrived, and found by the first layout they arrive
// after it and lay the page out again. Measured on the pair-wise chapter (Lighthouse, mobile, 4× CPU, two
// interleaved A/B series of 4 and 6 runs): performance 0.92 → 0.96 and 0.93 → 0.96 with the two preloads,
// its largest paint 100–150 ms earlier and less blocking time. A page whose first formula is further down
// does not get them: preloaded bytes compete with the HTML and the style sheets on a slow connection.
//
// "Within the first screen" is counted in characters of running text before the first formula: on
// Lighthouse's phone (412 × 823 CSS px) the first screen of the introduction, feedback, how-to-read and
// pair-wise chapters held 890–1,043 characters of text (counted in Chromium, formulas left out);
// OPENING_CHARACTERS leaves a little more, for a short scroll. A component with no content in
// the source (a widget, a figure) counts as a screen of its own.
import type { Element, Root, RootContent } from 'hast';
import { hasClass } from './hast';

export const OPENING_CHARACTERS = 1200;

/** An MDX component written without children (MDX's hast nodes are not in hast's own types). */
function isEmptyComponent(node: RootContent): boolean {
  const n = node as { type: string; children?: unknown[] };
  return n.type === 'mdxJsxFlowElement' && (n.children?.length ?? 0) === 0;
}

/** Characters of text before the first KaTeX formula, or undefined when the tree has none. */
export function textBeforeFirstMath(tree: Root): number | undefined {
  let count = 0;
  const walk = (nodes: RootContent[]): boolean => {
    for (const node of nodes) {
      if (node.type === 'text') count += node.value.trim().length;
      // A component with nothing inside it in the source (a widget, a figure) is drawn at its own size,
      // at least a screen: what follows it is not in the first one.
      else if (isEmptyComponent(node)) count += OPENING_CHARACTERS;
      else if (node.type === 'element' && hasClass(node as Element, 'katex')) return true;
      else if ('children' in node && walk(node.children as RootContent[])) return true;
    }
    return false;
  };
  return walk(tree.children) ? count : undefined;
}

export function rehypeOpeningMath() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const before = textBeforeFirstMath(tree);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.openingMath = before !== undefined && before <= OPENING_CHARACTERS;
  };
}
