// The book's one chart module, used twice: at build time to draw the figures (serialised to an SVG
// string, zero client JavaScript) and in the browser for the widgets' live charts (written into an
// <svg> element). Both paths build the same small tree of SVG nodes, so a figure and a widget chart
// have the same axes, ticks, unit labels and legend.
//
// Scales, ticks and paths come from d3-scale, d3-shape and d3-array: well-kept, tree-shakeable ES
// modules with no DOM dependency, which is what lets the same code run in Node during the build and
// in the page. Colours are never literal: a series names a tone (1–6), and the CSS custom properties
// --fig-tone-N of book.css give it a colour per theme and for print.
import { extent } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { shellStrings } from './strings';

// ---------------------------------------------------------------------------------------------
// A tiny SVG node tree, and its two renderers

export type Attrs = Record<string, string | number | undefined>;
export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: Array<SvgNode | string>;
}

/** Build one node; falsy children are dropped so callers can write `cond && s(...)`. */
export function s(
  tag: string,
  attrs: Attrs = {},
  ...children: Array<SvgNode | string | false | undefined | null>
): SvgNode {
  return {
    tag,
    attrs,
    children: children.filter((c): c is SvgNode | string => c !== false && c !== undefined && c !== null),
  };
}

const escapeXml = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialise for build-time figures. */
export function toSvgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.children.map(toSvgString).join('')}</${node.tag}>`;
}

const NS = 'http://www.w3.org/2000/svg';
function toDom(node: SvgNode | string, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElementNS(NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  for (const c of node.children) el.append(toDom(c, doc));
  return el;
}

/** Replace the contents (and viewBox) of a live <svg> with a chart's root node. */
export function renderInto(svg: SVGSVGElement, root: SvgNode) {
  if (root.attrs.viewBox) svg.setAttribute('viewBox', String(root.attrs.viewBox));
  svg.replaceChildren(...root.children.map((c) => toDom(c, svg.ownerDocument)));
}

// ---------------------------------------------------------------------------------------------
// Number formatting: never NaN or Infinity on screen, a true minus sign, few digits.

export function fmt(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return '–';
  const abs = Math.abs(v);
  // Below 1, `digits` significant figures without trailing zeros (0.05, not 0.0500).
  const text =
    abs >= 100 || v === 0 || Number.isInteger(v)
      ? v.toFixed(0)
      : abs >= 1
        ? v.toFixed(digits)
        : String(Number(v.toPrecision(digits)));
  return text.replace(/^-/, '−');
}

// ---------------------------------------------------------------------------------------------
// Line charts

export interface LineSeries {
  name: string;
  points: Array<[number, number]>;
  /** 1–6: a colour of the figure palette (theme-aware). */
  tone?: number;
  dash?: boolean;
  /** A marker on every point (a scatter joined by its line), with data attributes, a tooltip and a label. */
  dots?: Array<{ attrs?: Attrs; title?: string; label?: string }>;
}
export interface Axis {
  label: string;
  domain?: [number, number];
  ticks?: number;
}
export interface LineChartSpec {
  series: LineSeries[];
  x: Axis;
  y: Axis;
  width?: number;
  height?: number;
  /** Vertical reference lines, e.g. a target margin. */
  marks?: Array<{ x: number; label: string }>;
  legend?: boolean;
  title?: string;
}

const PAD = { l: 46, r: 10, t: 10, b: 38 };

function niceDomain(values: number[], given?: [number, number]): [number, number] {
  if (given) return given;
  const [lo, hi] = extent(values.filter(Number.isFinite)) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return [0, 1];
  if (hi - lo < 1e-9) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

/** A line chart with ticked axes, axis titles with units, a zero line and an optional legend. */
export function lineChart(spec: LineChartSpec): SvgNode {
  const width = spec.width ?? 340;
  const legendRows = spec.legend === false || spec.series.length < 2 ? 0 : Math.ceil(spec.series.length / 2);
  const top = PAD.t + (spec.title ? 16 : 0);
  const plotH = (spec.height ?? 200) - top - PAD.b;
  const height = top + plotH + PAD.b + (legendRows ? legendRows * 16 + 10 : 0);
  const xs = spec.series.flatMap((d) => d.points.map((p) => p[0]));
  const ys = spec.series.flatMap((d) => d.points.map((p) => p[1]));
  const x = scaleLinear()
    .domain(niceDomain(xs, spec.x.domain))
    .range([PAD.l, width - PAD.r]);
  const y = scaleLinear()
    .domain(niceDomain(ys, spec.y.domain))
    .range([top + plotH, top]);
  if (!spec.y.domain) y.nice(spec.y.ticks ?? 5);
  const xTicks = x.ticks(spec.x.ticks ?? 5);
  const yTicks = y.ticks(spec.y.ticks ?? 5);
  const bottom = top + plotH;
  const [y0, y1] = y.domain();
  const [x0, x1] = x.domain();
  const clampY = (v: number) => Math.max(y0, Math.min(y1, v));
  const path = line<[number, number]>()
    .digits(1)
    .defined((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(clampY(p[1])));
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'chart' },
    spec.title && s('text', { x: PAD.l, y: PAD.t + 6, class: 'chart-title' }, spec.title),
    s(
      'g',
      { class: 'chart-grid', 'aria-hidden': 'true' },
      ...yTicks.map((t) => s('line', { x1: PAD.l, x2: width - PAD.r, y1: r1(y(t)), y2: r1(y(t)) })),
    ),
    y0 < 0 && y1 > 0 && s('line', { x1: PAD.l, x2: width - PAD.r, y1: r1(y(0)), y2: r1(y(0)), class: 'chart-zero' }),
    x0 < 0 && x1 > 0 && s('line', { x1: r1(x(0)), x2: r1(x(0)), y1: top, y2: bottom, class: 'chart-zero' }),
    s('line', { x1: PAD.l, x2: width - PAD.r, y1: bottom, y2: bottom, class: 'chart-axis' }),
    s('line', { x1: PAD.l, x2: PAD.l, y1: top, y2: bottom, class: 'chart-axis' }),
    ...xTicks.map((t) =>
      s('text', { x: r1(x(t)), y: bottom + 13, 'text-anchor': 'middle', class: 'chart-label' }, fmt(t)),
    ),
    ...yTicks.map((t) =>
      s('text', { x: PAD.l - 5, y: r1(y(t)) + 3.5, 'text-anchor': 'end', class: 'chart-label' }, fmt(t)),
    ),
    s(
      'text',
      { x: (PAD.l + width - PAD.r) / 2, y: bottom + 29, 'text-anchor': 'middle', class: 'chart-axis-title' },
      spec.x.label,
    ),
    s(
      'text',
      {
        x: 11,
        y: (top + bottom) / 2,
        'text-anchor': 'middle',
        class: 'chart-axis-title',
        transform: `rotate(-90 11 ${r1((top + bottom) / 2)})`,
      },
      spec.y.label,
    ),
    ...(spec.marks ?? []).map((m) =>
      s(
        'g',
        { class: 'chart-mark' },
        s('line', { x1: r1(x(m.x)), x2: r1(x(m.x)), y1: top, y2: bottom }),
        s('text', { x: r1(x(m.x)) + 3, y: top + 10, class: 'chart-label' }, m.label),
      ),
    ),
    ...spec.series.map((d, i) =>
      s('path', {
        d: path(d.points) ?? '',
        class: `chart-line tone-${d.tone ?? i + 1}${d.dash ? ' dashed' : ''}`,
        'data-series': d.name,
      }),
    ),
    ...spec.series.flatMap((d, i) =>
      (d.dots ?? []).map((dot, j) => {
        const [px, py] = d.points[j] ?? [NaN, NaN];
        if (!Number.isFinite(px) || !Number.isFinite(py)) return false;
        const cx = r1(x(px));
        const cy = r1(y(clampY(py)));
        return s(
          'g',
          { class: `chart-dot tone-${d.tone ?? i + 1}` },
          s('circle', { cx, cy, r: 3.5, ...dot.attrs }, dot.title && s('title', {}, dot.title)),
          dot.label && s('text', { x: cx, y: cy - 6, 'text-anchor': 'middle', class: 'chart-label' }, dot.label),
        );
      }),
    ),
    legendRows > 0 &&
      s(
        'g',
        { class: 'chart-legend' },
        ...spec.series.map((d, i) => {
          const lx = PAD.l + (i % 2) * ((width - PAD.l - PAD.r) / 2);
          const ly = bottom + 50 + Math.floor(i / 2) * 16;
          return s(
            'g',
            {},
            s('line', {
              x1: lx,
              x2: lx + 18,
              y1: ly - 4,
              y2: ly - 4,
              class: `chart-line tone-${d.tone ?? i + 1}${d.dash ? ' dashed' : ''}`,
            }),
            s('text', { x: lx + 23, y: ly, class: 'chart-label' }, d.name),
          );
        }),
      ),
  );
}

// ---------------------------------------------------------------------------------------------
// Bar charts (categories on x, one or more bars per category)

export interface BarSpec {
  categories: string[];
  groups: Array<{ name: string; values: number[]; tone?: number }>;
  y: Axis;
  xLabel: string;
  width?: number;
  height?: number;
  /** Print each bar's value above (or below) it. */
  values?: boolean;
}

export function barChart(spec: BarSpec): SvgNode {
  const width = spec.width ?? 340;
  const legendRows = spec.groups.length < 2 ? 0 : Math.ceil(spec.groups.length / 2);
  const plotH = (spec.height ?? 200) - PAD.t - PAD.b;
  const height = PAD.t + plotH + PAD.b + (legendRows ? legendRows * 16 + 10 : 0);
  const all = spec.groups.flatMap((g) => g.values);
  const [lo, hi] = niceDomain([0, ...all], spec.y.domain);
  const y = scaleLinear()
    .domain([lo, hi])
    .range([PAD.t + plotH, PAD.t]);
  if (!spec.y.domain) y.nice(spec.y.ticks ?? 5);
  const x = scaleBand()
    .domain(spec.categories)
    .range([PAD.l, width - PAD.r])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const inner = scaleBand()
    .domain(spec.groups.map((g) => g.name))
    .range([0, x.bandwidth()])
    .paddingInner(0.08);
  const bottom = PAD.t + plotH;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const yTicks = y.ticks(spec.y.ticks ?? 5);
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'chart' },
    s(
      'g',
      { class: 'chart-grid', 'aria-hidden': 'true' },
      ...yTicks.map((t) => s('line', { x1: PAD.l, x2: width - PAD.r, y1: r1(y(t)), y2: r1(y(t)) })),
    ),
    ...spec.groups.flatMap((g, gi) =>
      g.values.map((v, ci) => {
        const bx = (x(spec.categories[ci]) ?? 0) + (inner(g.name) ?? 0);
        const top = Math.min(y(v), y(0));
        return s(
          'g',
          {},
          s('rect', {
            x: r1(bx),
            y: r1(top),
            width: r1(inner.bandwidth()),
            height: r1(Math.abs(y(v) - y(0))),
            class: `chart-bar tone-${g.tone ?? gi + 1}`,
            'data-value': v,
          }),
          spec.values &&
            s(
              'text',
              {
                x: r1(bx + inner.bandwidth() / 2),
                y: r1(v >= 0 ? y(v) - 3 : y(v) + 11),
                'text-anchor': 'middle',
                class: 'chart-label',
              },
              fmt(v),
            ),
        );
      }),
    ),
    s('line', {
      x1: PAD.l,
      x2: width - PAD.r,
      y1: r1(y(Math.max(lo, Math.min(0, hi)))),
      y2: r1(y(Math.max(lo, Math.min(0, hi)))),
      class: 'chart-axis',
    }),
    s('line', { x1: PAD.l, x2: PAD.l, y1: PAD.t, y2: bottom, class: 'chart-axis' }),
    ...spec.categories.map((c) =>
      s(
        'text',
        { x: r1((x(c) ?? 0) + x.bandwidth() / 2), y: bottom + 13, 'text-anchor': 'middle', class: 'chart-label' },
        c,
      ),
    ),
    ...yTicks.map((t) =>
      s('text', { x: PAD.l - 5, y: r1(y(t)) + 3.5, 'text-anchor': 'end', class: 'chart-label' }, fmt(t)),
    ),
    s(
      'text',
      { x: (PAD.l + width - PAD.r) / 2, y: bottom + 29, 'text-anchor': 'middle', class: 'chart-axis-title' },
      spec.xLabel,
    ),
    s(
      'text',
      {
        x: 11,
        y: PAD.t + plotH / 2,
        'text-anchor': 'middle',
        class: 'chart-axis-title',
        transform: `rotate(-90 11 ${r1(PAD.t + plotH / 2)})`,
      },
      spec.y.label,
    ),
    legendRows > 0 &&
      s(
        'g',
        { class: 'chart-legend' },
        ...spec.groups.map((g, i) => {
          const lx = PAD.l + (i % 2) * ((width - PAD.l - PAD.r) / 2);
          const ly = bottom + 50 + Math.floor(i / 2) * 16;
          return s(
            'g',
            {},
            s('rect', { x: lx, y: ly - 9, width: 12, height: 10, class: `chart-bar tone-${g.tone ?? i + 1}` }),
            s('text', { x: lx + 17, y: ly, class: 'chart-label' }, g.name),
          );
        }),
      ),
  );
}

// ---------------------------------------------------------------------------------------------
// The widgets' live charts: values over training steps.

export interface Series {
  name: string;
  values: number[];
  tone?: number;
  dash?: boolean;
}

/**
 * Draw training curves into a live <svg>. `firstStep`: the step of each series' first value (1 by
 * default; 0 when a curve starts at the reference). `yLabel` titles the y axis; the x axis is steps.
 * The legend is the widget's figcaption (colour swatches), so every live chart keeps one size, 320 × 190,
 * which the widgets' <svg data-chart> carry as their viewBox from the build on (no layout shift).
 */
export function drawChart(
  svg: SVGSVGElement,
  series: Series[],
  { yLabel = '', xLabel = shellStrings().trainingStep, firstStep = 1 } = {},
) {
  const longest = Math.max(1, ...series.map((d) => d.values.length));
  const root = lineChart({
    series: series.map((d) => ({
      name: d.name,
      tone: d.tone,
      dash: d.dash,
      points: d.values.map((v, i) => [i + firstStep, v] as [number, number]),
    })),
    x: { label: xLabel, domain: [firstStep, Math.max(firstStep + 1, longest - 1 + firstStep)], ticks: 4 },
    y: { label: yLabel, ticks: 4 },
    width: 320,
    height: 190,
    legend: false,
  });
  renderInto(svg, root);
}
