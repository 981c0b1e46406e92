// Explanatory diagrams without plotted numbers: MCTS's four phases, the online/offline × on/off-policy
// grid, the ways an LLM judge grades, the open problems by component, and the map of methods (from the
// engine's trainer registry).
import { s, type SvgNode } from '../../widgets/shell/svg-chart';
import { arrow, box, diagram, labelledBox, text } from '../draw';
import { TRAINER_SPECS } from '../engine';
import type { Locale } from '../../i18n/locales';
import { sentences } from '../draw';
import type { FigureDrawing } from '../types';
import { OTHER_STRINGS } from './other-strings';

const W = 360;

/** A small search tree: nodes at fixed spots, the path of this phase highlighted. */
function mctsTree(x0: number, y0: number, path: number[], extra?: 'expand' | 'rollout' | 'back'): SvgNode[] {
  const pos = [
    [60, 14],
    [30, 48],
    [90, 48],
    [14, 82],
    [46, 82],
    [106, 82],
  ];
  const edges = [
    [0, 1],
    [0, 2],
    [1, 3],
    [1, 4],
    [2, 5],
  ];
  const on = (a: number, b: number) => path.includes(a) && path.includes(b);
  const out: SvgNode[] = edges.map(([a, b]) =>
    s('line', {
      x1: x0 + pos[a][0],
      y1: y0 + pos[a][1],
      x2: x0 + pos[b][0],
      y2: y0 + pos[b][1],
      class: `chart-line ${on(a, b) ? 'tone-3' : 'tone-6'}`,
    }),
  );
  pos.forEach(([x, y], i) =>
    out.push(s('circle', { cx: x0 + x, cy: y0 + y, r: 7, class: path.includes(i) ? 'fig-trained' : 'fig-box' })),
  );
  if (extra === 'expand' || extra === 'rollout' || extra === 'back') {
    out.push(
      s('line', { x1: x0 + 46, y1: y0 + 82, x2: x0 + 58, y2: y0 + 110, class: 'chart-line tone-3' }),
      s('circle', { cx: x0 + 58, cy: y0 + 110, r: 7, class: 'fig-box-strong' }),
    );
  }
  if (extra === 'rollout' || extra === 'back') {
    out.push(
      s('path', { d: `M ${x0 + 58} ${y0 + 117} q 8 10 0 18 q -8 8 0 16`, class: 'chart-line tone-1 dashed' }),
      text(x0 + 70, y0 + 150, 'r = 1', { cls: 'fig-small fig-strong' }),
    );
  }
  if (extra === 'back') out.push(arrow(x0 + 76, y0 + 104, x0 + 76, y0 + 20, ''));
  return out;
}

export function mcts(locale: Locale = 'en'): FigureDrawing {
  const T = OTHER_STRINGS[locale].mcts;
  const extras = [undefined, 'expand', 'rollout', 'back'] as const;
  const phases = T.phases.map(([title, body], i) => [title, body, [0, 1, 4] as number[], extras[i]] as const);
  return {
    layout: 'grid',
    maxWidth: 30,
    cellMin: 10,
    panels: phases.map(([title, body, path, extra]) => ({
      label: T.label(title, body),
      node: diagram(
        180,
        230,
        text(6, 16, title, { cls: 'fig-text fig-strong' }),
        ...mctsTree(24, 26, path, extra),
        text(6, 196, body, { cls: 'fig-small', max: 32 }),
      ),
    })),
    description: T.description,
  };
}

export function onlineOffline(locale: Locale = 'en'): FigureDrawing {
  const T = OTHER_STRINGS[locale].onlineOffline;
  const cw = (W - 80) / 2;
  const place: Array<[number, number]> = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ];
  const cells = T.cells.map(([title, body], i) => [...place[i], title, body] as const);
  return {
    maxWidth: 30,
    panels: [
      {
        node: diagram(
          W,
          290,
          text(80 + cw / 2, 16, T.sampledNow, { anchor: 'middle', cls: 'fig-small fig-strong' }),
          text(80 + cw * 1.5 + 6, 16, T.sampledElsewhere, { anchor: 'middle', cls: 'fig-small fig-strong' }),
          text(6, 30, T.data, { cls: 'fig-small' }),
          text(6, 90, T.queried, { cls: 'fig-small fig-strong', lh: 13 }),
          text(6, 210, T.stored, { cls: 'fig-small fig-strong', lh: 13 }),
          ...cells.map(([c, r, title, body]) =>
            labelledBox(80 + c * (cw + 6), 26 + r * 128, cw, 120, title, body, {
              cls: c === 0 && r === 0 ? 'fig-box-strong' : 'fig-box',
              max: T.cellWidth,
              center: false,
            }),
          ),
        ),
      },
    ],
    description: T.description,
  };
}

export function judgeModes(locale: Locale = 'en'): FigureDrawing {
  const T = OTHER_STRINGS[locale].judgeModes;
  const rows = T.rows;
  return {
    maxWidth: 30,
    panels: [
      {
        node: diagram(
          W,
          3 * 92 + 10,
          ...rows.flatMap(([title, input, output], i) => {
            const y = 6 + i * 92;
            return [
              labelledBox(6, y, 150, 80, title, T.sees(input), { max: 24, center: false }),
              arrow(156, y + 40, 196, y + 40),
              text(176, y + 34, T.judge, { anchor: 'middle', cls: 'fig-small' }),
              labelledBox(198, y, W - 204, 80, T.returns, output, { cls: 'fig-box-strong', max: 24, center: false }),
            ];
          }),
        ),
      },
    ],
    description: T.description,
  };
}

export function futureDirections(locale: Locale = 'en'): FigureDrawing {
  const T = OTHER_STRINGS[locale].future;
  const items = T.items;
  return {
    maxWidth: 30,
    panels: [
      {
        node: diagram(
          W,
          items.length * 70 + 6,
          ...items.map(([c, body], i) =>
            s(
              'g',
              {},
              box(6, 6 + i * 70, 92, 60, 'fig-box-strong', 6),
              text(52, 40 + i * 70, c, { anchor: 'middle', cls: 'fig-text fig-strong' }),
              arrow(98, 36 + i * 70, 114, 36 + i * 70),
              labelledBox(116, 6 + i * 70, W - 122, 60, T.openProblem, body, { max: 38, center: false }),
            ),
          ),
        ),
      },
    ],
    description: sentences(items.map(([c, b]) => T.item(c, b))),
  };
}

export function methodMap(locale: Locale = 'en'): FigureDrawing {
  const T = OTHER_STRINGS[locale].methodMap;
  const cats = ['point-wise', 'pair-wise', 'list-wise'] as const;
  const specs = Object.entries(TRAINER_SPECS).filter(([, sp]) => sp.category !== 'reward model');
  const cw = (W - 12) / 3;
  const cell = (ref: boolean) => specs.filter(([, sp]) => sp.needsReference === ref);
  const short = (title: string) => title.replace(/ \(.*\)$/, '');
  const names = (ref: boolean, c: string) =>
    cell(ref)
      .filter(([, sp]) => sp.category === c)
      .map(([, sp]) => short(sp.title));
  const nodes: SvgNode[] = [];
  cats.forEach((c, ci) =>
    nodes.push(text(6 + ci * cw + cw / 2, 16, T.categories[c], { anchor: 'middle', cls: 'fig-text fig-strong' })),
  );
  [true, false].forEach((ref, ri) => {
    const y = 26 + ri * 120;
    nodes.push(text(6, y + 12, ref ? T.withReference : T.without, { cls: 'fig-small fig-strong' }));
    cats.forEach((c, ci) => {
      const marked = cell(ref)
        .filter(([, sp]) => sp.category === c)
        .map(([, sp]) => short(sp.title) + (sp.needsReward ? ' ●' : ''));
      nodes.push(box(6 + ci * cw + 2, y + 18, cw - 4, 96, ci === 1 ? 'fig-box-strong' : 'fig-box', 5));
      marked.forEach((n, k) => nodes.push(text(6 + ci * cw + 10, y + 36 + k * 15, n, { cls: 'fig-small' })));
    });
  });
  nodes.push(text(6, 274, T.needsReward, { cls: 'fig-small' }));
  const listed = (ref: boolean, c: string) => names(ref, c).join(T.list) || T.none;
  return {
    maxWidth: 30,
    panels: [{ node: diagram(W, 282, ...nodes) }],
    description: T.description(cats.map((c) => T.category(T.categories[c], listed(true, c), listed(false, c)))),
  };
}
