// Groups a chapter into one <section class="book-section"> per h2: the heading and everything up to the
// next h2. The sections are what lets a long page paint its first screen quickly: on screen, book.css gives
// each one `content-visibility: auto`, so a section far from the viewport is neither laid out nor painted
// until the reader nears it. Measured on the pair-wise chapter (16k elements, most of them KaTeX's): the
// first layout of the page took ~210 ms in desktop Chromium with the sections flat and ~45 ms grouped.
// Text before the first h2 (the page's opening) stays outside any section: it is on screen at load.
//
// Runs after rehype-heading-links, which wraps each heading in div.heading.heading-h2. Each section gets a
// guess of its rendered height (--section-lines, in lines of text; see estimateLines), which book.css turns
// into the height the section keeps until it has rendered once: a better guess keeps the scrollbar and
// anchor jumps steady.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { hasClass, textOf } from './hast';

export function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && hasClass(node, 'heading-h2')) {
        section = { type: 'element', tagName: 'section', properties: { className: ['book-section'] }, children: [] };
        out.push(section);
      }
      if (section && isFlowContent(node)) section.children.push(node);
      else out.push(node);
    }
    for (const node of out) {
      if (node.type === 'element' && node.tagName === 'section' && hasClass(node, 'book-section')) {
        node.properties.style = `--section-lines: ${estimateLines(node)}`;
      }
    }
    tree.children = out;
  };
}

/** Nodes a section may hold: elements, text and MDX's JSX blocks; imports and exports stay at the root. */
function isFlowContent(node: RootContent): node is ElementContent {
  return node.type !== 'doctype' && node.type !== 'mdxjsEsm';
}

// Rough heights, in lines of body text (book.css counts 1.75rem a line, 3rem on a phone) on a column of
// about 70 characters: prose by its length, a display equation as three lines, a table by its rows, a
// component (figure, widget, box, exercises) as a block. Generous on purpose: while skipped, a section
// keeps the guessed height and its content, when something measures it, overflows a guess that is too
// small onto the next section's (accessibility checkers then see targets on top of each other).
const CHARS_PER_LINE = 70;
const BLOCK_LINES: [test: (e: Element) => boolean, lines: number | ((e: Element) => number)][] = [
  [(e) => e.tagName === 'figure' && hasClass(e, 'equation'), 3],
  // A table by its rows: cells wrap, most of all on a phone.
  [(e) => e.tagName === 'table', (e) => 3 + 2.5 * countRows(e)],
  [(e) => e.tagName === 'pre', 8],
];

/** Components by name: the exercises (a list of questions with answers), worked examples, a figure. */
function componentLines(name: string | null | undefined): number {
  if (name === 'Exercises') return 90;
  if (name === 'Figure') return 30; // a drawing, often as tall as a phone's screen
  if (name === 'AtAGlance') return 10;
  if (name && name.endsWith('Example')) return 40;
  return 2; // a box's frame; its text is counted from its children
}

function countRows(table: Element): number {
  let rows = 0;
  const walk = (e: Element) => {
    for (const c of e.children) if (c.type === 'element') c.tagName === 'tr' ? rows++ : walk(c);
  };
  walk(table);
  return rows;
}

/** A line's width in Latin characters: a CJK character is set about as wide as two. */
function textWidth(text: string): number {
  const cjk = text.match(/[\u3000-\u9fff\uff00-\uffef]/gu)?.length ?? 0;
  return text.length + cjk * 0.8;
}

export function estimateLines(section: Element): number {
  let lines = 0;
  const walk = (node: ElementContent) => {
    if (node.type === 'text') {
      lines += textWidth(node.value.trim()) / CHARS_PER_LINE;
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      // An MDX component renders later: count a block by its kind, plus any Markdown written inside it.
      lines += componentLines(node.name);
      node.children.forEach((c) => walk(c as ElementContent));
      return;
    }
    if (node.type !== 'element') return;
    // KaTeX's MathML layer and TeX source are not seen; its glyph layer is (as about one word a formula).
    if (hasClass(node, 'katex-mathml')) return;
    if (hasClass(node, 'katex-html')) {
      lines += Math.min(textOf(node).length, 12) / CHARS_PER_LINE;
      return;
    }
    const block = BLOCK_LINES.find(([test]) => test(node));
    if (block) {
      lines += typeof block[1] === 'number' ? block[1] : block[1](node);
      return;
    }
    if (['p', 'li', 'h2', 'h3', 'h4'].includes(node.tagName)) lines += 1; // margins and the last short line
    node.children.forEach(walk);
  };
  section.children.forEach(walk);
  return Math.max(4, Math.round(lines));
}
