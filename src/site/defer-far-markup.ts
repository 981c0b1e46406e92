// Two kinds of markup in the sections a reader has not reached yet are written inside a <noscript> holder
// (applied to every page by src/middleware.ts): form controls (<noscript data-deferred-control>) and the
// visual layer of KaTeX's formulas (<noscript data-deferred-math>). With scripting on, a browser parses a
// <noscript>'s content as plain text, so neither is a tree of elements at load; the page's bootstrap
// (components/Enhance.astro) puts both in as their section comes within a screen of the viewport, when a
// link or the address jumps into the section, and everywhere before printing; the widget loader puts in a
// widget's own before it mounts the widget. With scripting off, the same <noscript> shows its content where
// it always was, so a reader without JavaScript loses nothing.
//
// Why the controls: while Chromium finishes parsing a page, something in its form handling (it happens
// with every script removed, with the controls disabled, and with content-visibility: hidden) lays out
// every content-visibility-skipped section that holds an input, a select or a textarea. On the pair-wise
// chapter that was the DPO section (4,677 elements, most of them KaTeX) and the exercises (1,774): one
// ~260 ms task on this machine, unthrottled, which Lighthouse's mobile profile turns into most of the
// page's blocking time. With the controls out of the parsed page the pass disappears.
//
// Why the math: KaTeX writes each formula twice, as MathML (what a screen reader reads; it stays in place
// everywhere) and as a tree of positioned spans that is what the eye sees (.katex-html, aria-hidden). On
// the pair-wise chapter the spans are 8,961 of the page's 16,687 elements; a phone parses and styles all
// of them before it can show the first screen, although content-visibility will not lay out most of them
// until the reader scrolls there. Held as text, they cost the parser a string each.
//
// Markup in the page's opening (before the first h2) and in sections that start within the first
// MIN_LINES_BEFORE lines (by the build's own height guesses, --section-lines) is left as it is: those
// sections are on or near the first screen, rendered at load anyway, and markup put in there after the
// first paint would move what the reader already sees (the lab scored a layout shift of 0.07 when its
// first section's controls came in late).
import { DomUtils, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** The attributes the bootstrap and the widget loader look for. */
export const DEFERRED_CONTROL = 'data-deferred-control';
export const DEFERRED_MATH = 'data-deferred-math';

const CONTROL = /^(?:input|select|textarea)$/;
const hasClass = (e: Element, name: string) => new RegExp(`(?:^|\\s)${name}(?:\\s|$)`).test(e.attribs.class ?? '');
const isSkippedSection = (e: Element) => e.name === 'section' && hasClass(e, 'book-section');
const isControl = (e: Element) => CONTROL.test(e.name);
const isMathVisual = (e: Element) => e.name === 'span' && hasClass(e, 'katex-html');

/** About two phone screens (3rem a line) or one and a half desktop ones (1.75rem a line, book.css). */
export const MIN_LINES_BEFORE = 40;

const sectionLines = (e: Element) => Number(/--section-lines:\s*([\d.]+)/.exec(e.attribs.style ?? '')?.[1] ?? 0);

export function deferFarMarkup(html: string): string {
  // Cheap test first: most pages have neither in a section, and parsing 700 KB costs tens of ms.
  if (!html.includes('book-section') || !/<(?:input|select|textarea)\b|class="katex-html"/.test(html)) return html;
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const held: { element: Element; attribute: string }[] = [];
  let linesBefore = 0;
  for (const section of DomUtils.findAll(isSkippedSection, doc.children)) {
    const early = linesBefore < MIN_LINES_BEFORE;
    linesBefore += sectionLines(section);
    if (early) continue;
    // Anything already inside a <noscript> or a <template> is left alone (and a select's own content is
    // part of the select); neither kind can hold the other.
    const free = (e: Element) => !hasAncestor(e, (a) => a.name === 'noscript' || a.name === 'template');
    for (const element of DomUtils.findAll(isControl, section.children).filter(free))
      held.push({ element, attribute: DEFERRED_CONTROL });
    for (const element of DomUtils.findAll(isMathVisual, section.children).filter(free))
      if (!hasAncestor(element, isMathVisual)) held.push({ element, attribute: DEFERRED_MATH });
  }
  let out = html;
  // From the end, so the earlier indices stay valid.
  for (const { element, attribute } of held.sort((a, b) => b.element.startIndex! - a.element.startIndex!)) {
    const start = element.startIndex!;
    const end = element.endIndex! + 1;
    out = `${out.slice(0, start)}<noscript ${attribute}>${out.slice(start, end)}</noscript>${out.slice(end)}`;
  }
  return out;
}

function hasAncestor(e: Element, test: (a: Element) => boolean): boolean {
  for (let p = e.parent; p && p.type !== 'root'; p = p.parent) if (test(p as Element)) return true;
  return false;
}
