// The reward–KL frontier: one point per β, placed at its KL (x) and its hidden utility (y), joined in
// order of KL. A scatter plot, so it does not use the line chart of the training curves (whose x is the
// step). Every point keeps its numbers in data-kl / data-utility / data-beta for tests and dev tools.
import { LAB_STRINGS } from './strings';

export interface FrontierPoint {
  beta: number;
  kl: number;
  utility: number;
}

const NS = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 180;
const PAD = { l: 44, r: 10, t: 10, b: 34 };
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2));

/** A [lo, hi] range with some room, never empty. */
function span(values: number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-9) {
    lo -= 0.5;
    hi += 0.5;
  }
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

export function drawFrontier(svg: SVGSVGElement, points: FrontierPoint[]) {
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.replaceChildren();
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  if (points.length === 0) return;
  const sorted = [...points].sort((a, b) => a.kl - b.kl);
  const [x0, x1] = span(sorted.map((p) => p.kl));
  const [y0, y1] = span(sorted.map((p) => p.utility));
  const x = (v: number) => PAD.l + ((v - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - y0) / (y1 - y0)) * (H - PAD.t - PAD.b);
  const bottom = H - PAD.b;
  el('line', { x1: PAD.l, y1: bottom, x2: W - PAD.r, y2: bottom, class: 'chart-axis' });
  el('line', { x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: bottom, class: 'chart-axis' });
  el('text', { x: PAD.l - 4, y: PAD.t + 8, 'text-anchor': 'end', class: 'chart-label' }, fmt(y1));
  el('text', { x: PAD.l - 4, y: bottom, 'text-anchor': 'end', class: 'chart-label' }, fmt(y0));
  el('text', { x: PAD.l, y: bottom + 12, 'text-anchor': 'start', class: 'chart-label' }, fmt(x0));
  el('text', { x: W - PAD.r, y: bottom + 12, 'text-anchor': 'end', class: 'chart-label' }, fmt(x1));
  el(
    'text',
    { x: (PAD.l + W - PAD.r) / 2, y: H - 4, 'text-anchor': 'middle', class: 'chart-label' },
    LAB_STRINGS.frontierAxisX,
  );
  el('text', { x: PAD.l + 4, y: PAD.t + 8, class: 'chart-label' }, LAB_STRINGS.frontierAxisY);
  const line = sorted.map((p) => `${x(p.kl).toFixed(1)},${y(p.utility).toFixed(1)}`).join(' ');
  el('polyline', { points: line, fill: 'none', stroke: '#6a3d9a', 'stroke-width': 1.5 });
  for (const p of sorted) {
    const dot = el('circle', {
      cx: x(p.kl).toFixed(1),
      cy: y(p.utility).toFixed(1),
      r: 3.5,
      fill: '#6a3d9a',
      'data-kl': p.kl,
      'data-utility': p.utility,
      'data-beta': p.beta,
    });
    const title = document.createElementNS(NS, 'title');
    title.textContent = LAB_STRINGS.frontierPoint(p.beta, p.kl.toFixed(2), p.utility.toFixed(2));
    dot.append(title);
    el(
      'text',
      { x: x(p.kl).toFixed(1), y: (y(p.utility) - 6).toFixed(1), 'text-anchor': 'middle', class: 'chart-label' },
      LAB_STRINGS.frontierLabel(p.beta),
    );
  }
}
