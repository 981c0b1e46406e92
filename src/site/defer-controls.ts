// Form controls in a section the reader has not reached yet are written inside <noscript data-deferred-control>
// (applied to every page by src/middleware.ts). Why: while Chromium finishes parsing a page, something in
// its form handling (it happens with every script removed, with the controls disabled, and with
// content-visibility: hidden) lays out every content-visibility-skipped section that holds an input, a
// select or a textarea. On the pair-wise chapter that was the DPO section (4,677 elements, most of them
// KaTeX) and the exercises (1,774): one ~260 ms task on this machine, unthrottled, which Lighthouse's
// mobile profile turns into most of the page's blocking time. With the controls out of the parsed page
// the pass disappears; the sections are laid out when the reader nears them, as content-visibility means.
//
// With scripting on, a browser parses a <noscript>'s content as plain text, so the controls are not
// elements yet; the page's bootstrap (components/Enhance.astro) puts them in as their section comes within
// a screen of the viewport, and all of them before printing, and the widget loader puts in a widget's own
// before it mounts the widget. With scripting off, the same <noscript> shows the controls where they
// always were, so a reader without JavaScript still has the exercises' radio buttons and answer boxes.
// Controls in the page's opening (before the first h2) and in sections that start within the first
// MIN_LINES_BEFORE lines (by the build's own height guesses, --section-lines) are left as they are: those
// sections are on or near the first screen, rendered at load anyway, and controls put in there after the
// first paint would move what the reader already sees (the lab scored a layout shift of 0.07 when its
// first section's controls came in late).
import { DomUtils, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.findAll>[number];

const CONTROL = /^(?:input|select|textarea)$/;
/** The attribute the bootstrap and the widget loader look for. */
export const DEFERRED_CONTROL = 'data-deferred-control';

const isSkippedSection = (e: Element) =>
  e.name === 'section' && /(?:^|\s)book-section(?:\s|$)/.test(e.attribs.class ?? '');

/** About two phone screens (3rem a line) or one and a half desktop ones (1.75rem a line, book.css). */
export const MIN_LINES_BEFORE = 40;

const sectionLines = (e: Element) => Number(/--section-lines:\s*([\d.]+)/.exec(e.attribs.style ?? '')?.[1] ?? 0);

export function deferSkippedControls(html: string): string {
  // Cheap test first: most pages have no control in a section, and parsing 600 KB costs tens of ms.
  if (!html.includes('book-section') || !/<(?:input|select|textarea)\b/.test(html)) return html;
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const controls: Element[] = [];
  let linesBefore = 0;
  for (const section of DomUtils.findAll(isSkippedSection, doc.children)) {
    const early = linesBefore < MIN_LINES_BEFORE;
    linesBefore += sectionLines(section);
    if (early) continue;
    const inSection = DomUtils.findAll((e) => CONTROL.test(e.name), section.children);
    // A control already inside a <noscript> or a <template> is left alone (and a select's own content is
    // part of the select).
    controls.push(...inSection.filter((c) => !hasAncestor(c, (a) => a.name === 'noscript' || a.name === 'template')));
  }
  let out = html;
  // From the end, so the earlier indices stay valid.
  for (const c of controls.sort((a, b) => b.startIndex! - a.startIndex!)) {
    const start = c.startIndex!;
    const end = c.endIndex! + 1;
    out = `${out.slice(0, start)}<noscript ${DEFERRED_CONTROL}>${out.slice(start, end)}</noscript>${out.slice(end)}`;
  }
  return out;
}

function hasAncestor(e: Element, test: (a: Element) => boolean): boolean {
  for (let p = e.parent; p && p.type !== 'root'; p = p.parent) if (test(p as Element)) return true;
  return false;
}
