// Figures whose numbers come from the engine (../engine.ts), drawn with the book's chart module.
import { barChart, fmt, lineChart, s } from '../../widgets/shell/svg-chart';
import { arrow, box, diagram, text } from '../draw';
import * as E from '../engine';
import type { Locale } from '../../i18n/locales';
import type { FigureDrawing } from '../types';
import { PLOT_STRINGS } from './plots-strings';

const f2 = (v: number) => fmt(v, 2);

export function lossGeometry(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].loss;
  const data = E.lossGeometry();
  const { tau } = E.LOSS_GEOMETRY;
  const series = (key: 'loss' | 'delta') =>
    data.map((d, i) => ({
      name: d.name === 'hinge' ? T.hinge : d.name,
      tone: i + 1,
      dash: d.name === 'cDPO' || d.name === 'SimPO',
      points: d.points.map((p) => [p.h, p[key]] as [number, number]),
    }));
  const at = (name: string, h: number) =>
    data.find((d) => d.name === name)!.points.find((p) => Math.abs(p.h - h) < 1e-9)!;
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      {
        label: T.lossPanel,
        node: lineChart({
          title: T.lossTitle,
          series: series('loss'),
          x: { label: T.margin },
          y: { label: T.lossAxis, domain: [0, 5] },
        }),
      },
      {
        label: T.deltaPanel,
        node: lineChart({
          title: T.deltaTitle,
          series: series('delta'),
          x: { label: T.margin },
          y: { label: T.deltaAxis, domain: [-2, 3] },
          marks: [{ x: 1 / (2 * tau), label: '1/(2τ)' }],
        }),
      },
    ],
    description: T.description(E.LOSS_GEOMETRY, at),
  };
}

export function optimum(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].optimum;
  const d = { ...E.optimumData(), replies: T.replies };
  const groups = [
    { name: T.reference, values: d.reference, tone: 6 },
    ...d.optima.map((o, i) => ({ name: T.optimumAt(o.beta), values: o.probs, tone: i + 1 })),
  ];
  return {
    maxWidth: 34,
    panels: [
      {
        node: barChart({
          categories: d.replies,
          groups,
          y: { label: T.probability, domain: [0, 1] },
          xLabel: T.reply(d.reward),
          height: 220,
          width: 360,
          values: true,
        }),
      },
    ],
    description: T.description(d),
  };
}

export function bradleyTerry(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].bradleyTerry;
  const d = E.bradleyTerryData();
  const mid = (noise: number) => d.find((x) => x.noise === noise)!.points.find((p) => Math.abs(p.d - 1) < 1e-9)!.p;
  return {
    maxWidth: 34,
    panels: [
      {
        node: lineChart({
          series: d.map((x, i) => ({
            name: T.noise(x.noise),
            tone: i + 1,
            dash: i === 2,
            points: x.points.map((p) => [p.d, p.p] as [number, number]),
          })),
          x: { label: T.x },
          y: { label: T.y, domain: [0, 1] },
          width: 360,
        }),
      },
    ],
    description: T.description(d.map((x) => ({ noise: x.noise, p: mid(x.noise) }))),
  };
}

export function ranking(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].ranking;
  const d = E.rankingData();
  const W = 404;
  const chip = (x: number, y: number, label: string, cls: string) =>
    s('g', {}, box(x, y, 76, 24, cls, 12), text(x + 38, y + 16, `“${label}”`, { anchor: 'middle', cls: 'fig-small' }));
  const rows = d.stages.map((st, k) => {
    const y = 34 + k * 44;
    return s(
      'g',
      {},
      text(6, y + 10, T.choice(k + 1), { cls: 'fig-small' }),
      text(6, y + 24, `p = ${f2(st.p)}`, { cls: 'fig-text fig-strong' }),
      ...st.among.map((name, j) => chip(84 + (j + k) * 80, y, name, j === 0 ? 'fig-box-strong' : 'fig-box')),
    );
  });
  const pl = diagram(
    W,
    34 + d.stages.length * 44 + 12,
    text(6, 16, T.plTitle, { cls: 'fig-text fig-strong' }),
    ...rows,
    text(6, 34 + d.stages.length * 44 + 4, T.plNote, { cls: 'fig-small' }),
  );
  // RRHF: the list best first, an arc for every ordered pair; active hinges drawn solid.
  const xs = d.names.map((_, i) => 30 + i * 100);
  const base = 150;
  const arcs = d.rrhf.pairs.map((p) => {
    const x1 = xs[p.better] + 20;
    const x2 = xs[p.worse] + 20;
    const h = 18 + (p.worse - p.better) * 22;
    return s('path', {
      d: `M ${x1} ${base - 28} C ${x1} ${base - 28 - h}, ${x2} ${base - 28 - h}, ${x2} ${base - 28}`,
      class: `chart-line ${p.active ? 'tone-2' : 'tone-6 dashed'}`,
    });
  });
  const rr = diagram(
    W,
    214,
    text(6, 16, T.rrhfTitle, { cls: 'fig-text fig-strong' }),
    ...arcs,
    ...d.names.map((name, i) =>
      s(
        'g',
        {},
        box(xs[i] - 18, base - 28, 76, 24, 'fig-box', 12),
        text(xs[i] + 20, base - 12, `“${name}”`, { anchor: 'middle', cls: 'fig-small' }),
        text(xs[i] + 20, base + 12, `s = ${f2(d.scores[i])}`, { anchor: 'middle', cls: 'fig-small' }),
        text(xs[i] + 20, base + 26, `δ RRHF ${f2(d.rrhf.deltas[i])}`, { anchor: 'middle', cls: 'fig-small' }),
        text(xs[i] + 20, base + 40, `δ PL ${f2(d.plackettLuce.deltas[i])}`, { anchor: 'middle', cls: 'fig-small' }),
      ),
    ),
    text(6, base + 58, T.rrhfNote, { cls: 'fig-small' }),
  );
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      { node: pl, label: T.plPanel },
      { node: rr, label: T.rrhfPanel },
    ],
    description: T.description(d),
  };
}

export function kto(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].kto;
  const d = E.ktoData();
  const pts = (k: keyof (typeof d)[number]) => d.map((p) => [p.r, p[k]] as [number, number]);
  const at0 = d.find((p) => Math.abs(p.r) < 1e-9)!;
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      {
        label: T.valuePanel,
        node: lineChart({
          title: T.valueTitle,
          series: [
            { name: T.desirable, tone: 4, points: pts('valueDesirable') },
            { name: T.undesirable, tone: 2, dash: true, points: pts('valueUndesirable') },
          ],
          x: { label: T.x },
          y: { label: T.valueAxis },
        }),
      },
      {
        label: T.deltaPanel,
        node: lineChart({
          title: T.deltaTitle,
          series: [
            { name: T.desirable, tone: 4, points: pts('deltaDesirable') },
            { name: T.undesirable, tone: 2, dash: true, points: pts('deltaUndesirable') },
          ],
          x: { label: T.x },
          y: { label: T.deltaAxis },
        }),
      },
    ],
    description: T.description(E.KTO, at0),
  };
}

export function grpo(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].grpo;
  const g = E.grpoGroup();
  const mean = g.reduce((a, x) => a + x.reward, 0) / g.length;
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      {
        label: T.rewardPanel,
        node: barChart({
          categories: g.map((_, i) => `${i + 1}`),
          groups: [{ name: T.reward, values: g.map((x) => x.reward), tone: 1 }],
          y: { label: T.rewardAxis },
          xLabel: T.replyAxis,
          values: true,
        }),
      },
      {
        label: T.advantagePanel,
        node: barChart({
          categories: g.map((_, i) => `${i + 1}`),
          groups: [{ name: T.advantage, values: g.map((x) => x.advantage), tone: 3 }],
          y: { label: T.advantageAxis },
          xLabel: T.replyAxis,
          values: true,
        }),
      },
    ],
    description: T.description(E.GRPO.seed, g, mean),
  };
}

export function bestOfN(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].bestOfN;
  const d = E.bestOfNData();
  const last = d.at(-1)!;
  return {
    maxWidth: 34,
    panels: [
      {
        node: lineChart({
          series: [
            {
              name: T.bound,
              tone: 6,
              dash: true,
              points: d.map((p) => [p.n, p.bound] as [number, number]),
            },
            { name: T.exact, tone: 1, points: d.map((p) => [p.n, p.exact] as [number, number]) },
          ],
          x: { label: T.x },
          y: { label: T.y },
          width: 360,
        }),
      },
    ],
    description: T.description(last),
  };
}

export function ppo(locale: Locale = 'en'): FigureDrawing {
  const T = PLOT_STRINGS[locale].ppo;
  const toks = E.ppoTokens();
  const W = 360;
  // Four networks: which are trained and which are frozen.
  const look = [
    { cls: 'fig-trained', state: T.trained },
    { cls: 'fig-trained', state: T.trained },
    { cls: 'fig-frozen', state: T.frozen },
    { cls: 'fig-frozen', state: T.frozen },
  ];
  const nets = T.nets.map((n, i) => ({ ...n, ...look[i] }));
  const netPanel = diagram(
    W,
    170,
    text(6, 16, T.netsTitle, { cls: 'fig-text fig-strong' }),
    ...nets.map((n, i) => {
      const x = 6 + (i % 2) * 178;
      const y = 30 + Math.floor(i / 2) * 68;
      return s(
        'g',
        {},
        box(x, y, 170, 56, n.cls),
        text(x + 10, y + 20, n.name, { cls: 'fig-text fig-strong' }),
        text(x + 10, y + 36, n.role, { cls: 'fig-small' }),
        text(x + 10, y + 50, n.state, { cls: 'fig-small fig-strong' }),
      );
    }),
    text(6, 166, T.netsNote, { cls: 'fig-small' }),
  );
  // GAE: a backward pass over the reply's tokens.
  const cw = (W - 90) / toks.length;
  const rowsY = { tok: 46, r: 70, v: 90, d: 110, a: 136 };
  const gaePanel = diagram(
    W,
    190,
    text(6, 16, T.gaeTitle, { cls: 'fig-text fig-strong' }),
    ...Object.entries(T.rows).map(([k, label]) => text(6, rowsY[k as keyof typeof rowsY], label, { cls: 'fig-small' })),
    ...toks.flatMap((t, i) => {
      const cx = 90 + cw * i + cw / 2;
      return [
        text(cx, rowsY.tok, t.token, { anchor: 'middle', cls: 'fig-text' }),
        text(cx, rowsY.r, fmt(t.reward, 3), { anchor: 'middle', cls: 'fig-small' }),
        text(cx, rowsY.v, f2(t.value), { anchor: 'middle', cls: 'fig-small' }),
        text(cx, rowsY.d, fmt(t.tdError, 3), { anchor: 'middle', cls: 'fig-small' }),
        box(cx - 26, rowsY.a - 14, 52, 20, 'fig-box-strong', 4),
        text(cx, rowsY.a, fmt(t.advantage, 3), { anchor: 'middle', cls: 'fig-text fig-strong' }),
      ];
    }),
    ...toks.slice(1).map((_, i) => {
      const from = 90 + cw * (i + 1) + cw / 2 - 28;
      const to = 90 + cw * i + cw / 2 + 28;
      return arrow(from, rowsY.a - 4, to, rowsY.a - 4);
    }),
    text(6, 166, T.recursion(E.PPO.gamma, E.PPO.lambda), { cls: 'fig-small' }),
    text(6, 182, T.shaped(E.PPO.score), { cls: 'fig-small' }),
  );
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      { node: netPanel, label: T.netsPanel },
      { node: gaePanel, label: T.gaePanel },
    ],
    description: T.description(E.PPO, toks),
  };
}
