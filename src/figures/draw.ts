// Drawing helpers for the diagrams: boxes, wrapped text, arrows. Everything is plain SVG nodes with
// classes (colours come from book.css), text is real <text>, and arrowheads are small polygons rather
// than <marker>s so that no two figures on a page share an element id.
import { s, type SvgNode } from '../widgets/shell/svg-chart';

// Chinese, Japanese and Korean characters and full-width punctuation: drawn about 1.8 times as wide as
// an average Latin letter, and a line may break between any two of them.
const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** The drawn width of a string in average Latin letters (what `max` of wrap() counts). */
export function textWidth(t: string): number {
  let w = 0;
  for (const ch of t) w += WIDE.test(ch) ? 1.8 : ch.length;
  return w;
}

/**
 * Split text into lines no wider than `max` Latin letters: at spaces, and between Chinese characters
 * (never before closing punctuation such as ，。）”, which stays with the character before it).
 */
export function wrap(text: string, max: number): string[] {
  const tokens = text.match(/\s+|[\u2e80-\u9fff（“‘][\u3000-\u303f\uff00-\uffef”’]*|[^\s\u2e80-\u9fff（“‘]+/g) ?? [];
  const lines: string[] = [];
  let current = '';
  let space = false;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      space = current !== '';
      continue;
    }
    const next = current + (space ? ' ' : '') + token;
    if (current && textWidth(next) > max) {
      lines.push(current);
      current = token;
    } else current = next;
    space = false;
  }
  if (current) lines.push(current);
  return lines;
}

/** Sentences of a description joined into one paragraph: a space after a Latin full stop, none after 。 */
export function sentences(parts: string[]): string {
  return parts.join(' ').replace(/([。；：！？]) /g, '$1');
}

/** Multi-line text; `lh` the line height. */
export function text(
  x: number,
  y: number,
  content: string | string[],
  { cls = 'fig-text', anchor = 'start', lh = 14, max = 0 } = {},
): SvgNode {
  const lines = Array.isArray(content) ? content : max ? wrap(content, max) : [content];
  return s(
    'text',
    { x, y, class: cls, 'text-anchor': anchor === 'start' ? undefined : anchor },
    ...lines.map((l, i) => s('tspan', { x, dy: i === 0 ? 0 : lh }, l)),
  );
}

export function box(x: number, y: number, w: number, h: number, cls = 'fig-box', rx = 6): SvgNode {
  return s('rect', { x, y, width: w, height: h, rx, class: cls });
}

/** A box with a bold title and wrapped body lines, centred or left-aligned. */
export function labelledBox(
  x: number,
  y: number,
  w: number,
  h: number,
  title: string,
  body: string | string[] = [],
  { cls = 'fig-box', max = 0, center = true } = {},
): SvgNode {
  const tx = center ? x + w / 2 : x + 8;
  const anchor = center ? 'middle' : 'start';
  const lines = Array.isArray(body) ? body : wrap(body, max || Math.floor(w / 6.2));
  return s(
    'g',
    {},
    box(x, y, w, h, cls),
    text(tx, y + 17, title, { cls: 'fig-text fig-strong', anchor }),
    lines.length > 0 && text(tx, y + 32, lines, { cls: 'fig-small', anchor, lh: 13 }),
  );
}

/** A straight arrow from (x1, y1) to (x2, y2) with a filled head. */
export function arrow(x1: number, y1: number, x2: number, y2: number, cls = ''): SvgNode {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const L = 7;
  const W = 3.5;
  const bx = x2 - L * Math.cos(a);
  const by = y2 - L * Math.sin(a);
  const p = (v: number) => Math.round(v * 10) / 10;
  const pts = [
    [x2, y2],
    [bx + W * Math.sin(a), by - W * Math.cos(a)],
    [bx - W * Math.sin(a), by + W * Math.cos(a)],
  ];
  return s(
    'g',
    { class: `fig-arrow-group ${cls}` },
    s('line', { x1: p(x1), y1: p(y1), x2: p(bx), y2: p(by), class: 'fig-arrow-line' }),
    s('polygon', { points: pts.map(([u, v]) => `${p(u)},${p(v)}`).join(' '), class: 'fig-arrowhead' }),
  );
}

/** The root <svg> of a diagram. */
export function diagram(width: number, height: number, ...children: Array<SvgNode | false | undefined>): SvgNode {
  return s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'diagram' }, ...children);
}

/**
 * A line of mathematics as one <text>: segments written `_{…}` become subscripts (smaller, lowered with
 * dy, which every SVG renderer supports), e.g. math(x, y, '∇_{θ} log π_{θ}(o_{t})').
 */
export function math(x: number, y: number, tex: string, { anchor = 'start', cls = 'fig-math' } = {}): SvgNode {
  const parts: SvgNode[] = [];
  let lowered = false;
  for (const piece of tex.split(/(_\{[^}]*\})/).filter(Boolean)) {
    const sub = piece.startsWith('_{');
    const content = sub ? piece.slice(2, -1) : piece;
    const dy = sub && !lowered ? 3.5 : !sub && lowered ? -3.5 : undefined;
    lowered = sub;
    parts.push(s('tspan', { dy, class: sub ? 'fig-sub' : undefined }, content));
  }
  return s('text', { x, y, class: cls, 'text-anchor': anchor === 'start' ? undefined : anchor }, ...parts);
}
