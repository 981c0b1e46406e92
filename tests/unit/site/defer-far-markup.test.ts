// Form controls in the skipped sections go into <noscript data-deferred-control> at build
// (src/site/defer-far-markup.ts). The rewrite is done with htmlparser2; what a browser makes of it is checked
// with parse5, a separate parser that follows the HTML standard's two modes: with scripting on, no control
// is an element inside a section (so nothing forces the skipped sections' layout at load) and each holder's
// text parses back to the same control; with scripting off, every control is where the component put it.
import { parse, parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { deferFarMarkup } from '../../../src/site/defer-far-markup';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const PAGE = `<!doctype html><html lang="en"><head><title>t</title></head><body><article>
<p>Opening <input id="top" type="range" min="0" max="1"></p>
<section class="book-section" style="--section-lines: 12"><h2>Near the top</h2><p><input id="early"></p></section>
<section class="book-section" style="--section-lines: 30"><h2>Text</h2><p>Prose.</p></section>
<section class="book-section" style="--section-lines: 12"><h2>One</h2>
<figure class="widget"><div class="widget-controls">
<label>β <input type="number" id="beta" value="0.1" min="0.01" max="10" step="0.01"></label>
<label>Data <select id="data"><option value="a" selected>A &amp; B</option><option value="b">“C”</option></select></label>
<details class="widget-data"><textarea id="pasted" rows="3">x,y
1,2</textarea></details></div></figure></section>
<section class="book-section other"><h2>Exercises</h2><ol class="exercises"><li class="exercise">
<fieldset><legend>Pick</legend><label class="exercise-option"><input type="radio" name="q1" value="a" data-correct="false"> a</label>
<label class="exercise-option"><input type="radio" name="q1" value="b" data-correct="true"> b</label></fieldset>
<template><input id="in-template"></template><noscript><input id="in-noscript"></noscript>
</li></ol></section>
<section class="not-a-book-section"><input id="elsewhere"></section>
</article></body></html>`;

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const c of node.childNodes) elements(c, out);
  if ('content' in node && node.content) elements(node.content as Node, out);
  return out;
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const inBookSection = (e: Element) => {
  for (let p = e.parentNode as Element | null; p && 'tagName' in p; p = p.parentNode as Element | null)
    if (p.tagName === 'section' && /(?:^|\s)book-section(?:\s|$)/.test(attr(p, 'class') ?? '')) return true;
  return false;
};
const isControl = (e: Element) => /^(input|select|textarea)$/.test(e.tagName);
const ids = (html: string, scriptingEnabled: boolean) =>
  elements(parse(html, { scriptingEnabled }))
    .filter(isControl)
    .map((e) => attr(e, 'id') ?? `${attr(e, 'name')}=${attr(e, 'value')}`);

describe('deferring the controls of skipped sections', () => {
  const out = deferFarMarkup(PAGE);

  it('leaves, with scripting on, no control element in a book section past the first screens', () => {
    const on = elements(parse(out, { scriptingEnabled: true })).filter(isControl);
    // Only the control of the section that starts on the first screen (0 of 40 lines before it); the next
    // one starts 42 lines down. (A <template>'s content is a separate fragment, never part of the page.)
    expect(on.filter(inBookSection).map((e) => attr(e, 'id'))).toEqual(['early']);
    expect(on.map((e) => attr(e, 'id'))).toContain('in-template');
    // The opening's slider and a control in another kind of section stay.
    expect(on.map((e) => attr(e, 'id'))).toContain('top');
    expect(on.map((e) => attr(e, 'id'))).toContain('elsewhere');
  });

  it('keeps every control in its place for a browser without scripting', () => {
    expect(ids(out, false)).toEqual(ids(PAGE, false));
    expect(ids(PAGE, false)).toHaveLength(10);
  });

  it("gives back, from each holder's text, the control exactly as written", () => {
    const holders = elements(parse(out, { scriptingEnabled: true })).filter(
      (e) => e.tagName === 'noscript' && attr(e, 'data-deferred-control') !== undefined,
    );
    expect(holders).toHaveLength(5);
    const texts = holders.map((h) => h.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    const restored = texts.map((t) => serializeOuter(parseFragment(t).childNodes[0]));
    const original = elements(parse(PAGE))
      .filter(
        (e) => isControl(e) && inBookSection(e) && !['early', 'in-template', 'in-noscript'].includes(attr(e, 'id')!),
      )
      .map((e) => serializeOuter(e));
    expect(restored).toEqual(original);
    // The select keeps its options (escaped text included) and the textarea its text.
    expect(texts[1]).toContain('<option value="a" selected>A &amp; B</option>');
    expect(texts[2]).toContain('x,y\n1,2</textarea>');
  });

  it('changes nothing else on the page, and nothing on a page without such controls', () => {
    expect(out.replace(/<noscript data-deferred-control>|<\/noscript>/g, '')).toBe(PAGE.replace(/<\/noscript>/g, ''));
    const plain = PAGE.replace(/<(input|select|textarea)\b[^]*?>/g, '<span>');
    expect(deferFarMarkup(plain)).toBe(plain);
    const flat = '<p><input id="a"></p>';
    expect(deferFarMarkup(flat)).toBe(flat);
  });

  it('is idempotent: a page rewritten twice is rewritten once', () => {
    expect(deferFarMarkup(out)).toBe(out);
  });
});

describe("deferring the visual layer of the far sections' formulas", () => {
  // Real KaTeX output, as rehype-katex writes it: MathML for assistive technology, then the visual spans.
  const inline = katex.renderToString('\\sigma(\\beta \\log \\tfrac{\\pi_\\theta}{\\pi_{\\mathrm{ref}}})');
  const display = katex.renderToString('\\sqrt{x} = \\left(\\frac{a}{b}\\right)', { displayMode: true });
  const MATH_PAGE = `<!doctype html><html lang="en"><head><title>t</title></head><body><article>
<p>Opening ${inline}</p>
<section class="book-section" style="--section-lines: 41"><h2>First</h2><p>Near ${inline}</p></section>
<section class="book-section" style="--section-lines: 12"><h2>Far</h2><p>Inline ${inline} and</p>${display}
<template>${inline}</template></section>
</article></body></html>`;
  const out = deferFarMarkup(MATH_PAGE);
  const hasClassName = (e: Element, c: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(c);
  const mathIn = (html: string, scriptingEnabled: boolean, c: string) =>
    elements(parse(html, { scriptingEnabled })).filter((e) => hasClassName(e, c) && inBookSection(e));

  it('keeps, with scripting on, only the MathML of a far section as elements', () => {
    // Near the top (0 lines before it) the spans stay; 41 lines down they are text, but a screen reader
    // still has every formula's MathML in its place.
    expect(mathIn(out, true, 'katex-html')).toHaveLength(1);
    expect(mathIn(out, true, 'katex-mathml')).toHaveLength(3);
    const far = elements(parse(out, { scriptingEnabled: true })).filter(
      (e) => e.tagName === 'noscript' && attr(e, 'data-deferred-math') !== undefined,
    );
    expect(far).toHaveLength(2);
    // Each holder sits where the spans were: inside the formula's .katex, after its MathML.
    for (const h of far) expect(hasClassName(h.parentNode as Element, 'katex')).toBe(true);
  });

  it("gives back, from each holder's text, the spans exactly as KaTeX wrote them", () => {
    const texts = elements(parse(out, { scriptingEnabled: true }))
      .filter((e) => e.tagName === 'noscript' && attr(e, 'data-deferred-math') !== undefined)
      .map((h) => h.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    const visual = (html: string) => /<span class="katex-html"[^]*$/.exec(html)![0].replace(/<\/span>$/, '');
    expect(texts[0]).toBe(visual(inline));
    expect(texts[1]).toBe(visual(display).replace(/<\/span>$/, ''));
    // …and a browser without scripting sees every formula drawn, in its place.
    expect(mathIn(out, false, 'katex-html')).toHaveLength(3);
    expect(out.replace(/<noscript data-deferred-math>|<\/noscript>/g, '')).toBe(MATH_PAGE);
  });

  it('is idempotent, and leaves a page with no far formula alone', () => {
    expect(deferFarMarkup(out)).toBe(out);
    const near = `<article><section class="book-section" style="--section-lines: 8"><h2>A</h2>${display}</section></article>`;
    expect(deferFarMarkup(near)).toBe(near);
  });
});
