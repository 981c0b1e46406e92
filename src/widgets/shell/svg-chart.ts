// A small line chart drawn as SVG: a few series over training steps, axes with min/max labels, a
// legend. Enough for loss, reward and KL curves; no animation, so reduced-motion needs no special case.

export interface Series { name: string; values: number[]; color: string; dash?: string }

const NS = 'http://www.w3.org/2000/svg';
const fmt = (v: number) => (Math.abs(v) >= 100 || v === 0 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2));

/** `firstStep`: the step of each series' first value (1 by default; 0 when a curve starts at the reference). */
export function drawChart(svg: SVGSVGElement, series: Series[], { yLabel = '', firstStep = 1 } = {}) {
  const width = 320;
  const height = 160;
  const pad = { l: 44, r: 8, t: 8, b: 22 };
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.replaceChildren();
  const all = series.flatMap((s) => s.values).filter(Number.isFinite);
  const n = Math.max(2, ...series.map((s) => s.values.length));
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (hi - lo < 1e-9) { hi += 0.5; lo -= 0.5; }
  const x = (i: number) => pad.l + (i / (n - 1)) * (width - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - lo) / (hi - lo)) * (height - pad.t - pad.b);
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  el('line', { x1: pad.l, y1: height - pad.b, x2: width - pad.r, y2: height - pad.b, class: 'chart-axis' });
  el('line', { x1: pad.l, y1: pad.t, x2: pad.l, y2: height - pad.b, class: 'chart-axis' });
  el('text', { x: pad.l - 4, y: pad.t + 8, 'text-anchor': 'end', class: 'chart-label' }, fmt(hi));
  el('text', { x: pad.l - 4, y: height - pad.b, 'text-anchor': 'end', class: 'chart-label' }, fmt(lo));
  el('text', { x: width - pad.r, y: height - 6, 'text-anchor': 'end', class: 'chart-label' }, `step ${Math.max(...series.map((s) => s.values.length)) - 1 + firstStep}`);
  if (yLabel) el('text', { x: pad.l + 4, y: pad.t + 8, class: 'chart-label' }, yLabel);
  if (lo < 0 && hi > 0) el('line', { x1: pad.l, y1: y(0), x2: width - pad.r, y2: y(0), class: 'chart-zero' });
  for (const s of series) {
    const pts = s.values.map((v, i) => (Number.isFinite(v) ? `${x(i).toFixed(1)},${y(v).toFixed(1)}` : '')).filter(Boolean);
    if (pts.length === 0) continue;
    el('polyline', { points: pts.join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2, ...(s.dash ? { 'stroke-dasharray': s.dash } : {}) });
  }
}
