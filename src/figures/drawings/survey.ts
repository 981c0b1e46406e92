// The survey's six figures, redrawn in the book's style: narrow enough to read on a phone without
// zooming (designed at 360 units wide, drawn at about that many CSS pixels), text as real <text>.
import { hierarchy, tree } from 'd3-hierarchy';
import methods from '../../../content/data/methods.json';
import type { Locale } from '../../i18n/locales';
import { s, type SvgNode } from '../../widgets/shell/svg-chart';
import { arrow, box, diagram, labelledBox, math, sentences, text } from '../draw';
import { trainerNeeds } from '../engine';
import type { FigureDrawing } from '../types';
import { SURVEY_STRINGS, type SurveyStrings } from './survey-strings';

const W = 360;

// ---------------------------------------------------------------------------------------------
// Figure 1: from pre-training to preference learning, and one prompt before and after.

export function pipeline(locale: Locale = 'en'): FigureDrawing {
  const T = SURVEY_STRINGS[locale].pipeline;
  const stages = T.stages;
  const symbols = ['(x, y)', 'r', 'π_θ', 'π_θ′', ''];
  const loop = T.loop.map((name, i) => [name, symbols[i]]);
  const y0 = 28;
  const nodes: Array<SvgNode | false> = [text(6, 16, T.stagesTitle, { cls: 'fig-text fig-strong' })];
  stages.forEach((st, i) => {
    const y = y0 + i * 66;
    nodes.push(
      labelledBox(6, y, W - 12, 52, st.t, st.b, {
        cls: i === 2 ? 'fig-box-strong' : 'fig-box',
        max: 56,
        center: false,
      }),
    );
    if (i < 2) nodes.push(arrow(W / 2, y + 52, W / 2, y + 66));
  });
  const ly = y0 + 3 * 66 + 6;
  nodes.push(text(6, ly + 6, T.loopTitle, { cls: 'fig-text fig-strong' }));
  const cw = (W - 12 - 4 * 8) / 5;
  loop.forEach((name, i) => {
    const x = 6 + i * (cw + 8);
    nodes.push(
      box(x, ly + 16, cw, 40, 'fig-box'),
      text(x + cw / 2, ly + 32, name.filter(Boolean), { anchor: 'middle', cls: 'fig-small', lh: 13 }),
    );
    if (i < 4) nodes.push(arrow(x + cw, ly + 36, x + cw + 8, ly + 36));
  });
  nodes.push(text(6, ly + 72, T.optimisation, { cls: 'fig-small' }));
  const ey = ly + 92;
  nodes.push(
    text(6, ey, T.exampleTitle, { cls: 'fig-text fig-strong' }),
    labelledBox(6, ey + 10, W - 12, 60, T.prompt, T.promptText, { max: 58, center: false }),
    labelledBox(6, ey + 80, (W - 20) / 2, 80, T.afterSft, T.afterSftText, { max: 26, center: false }),
    labelledBox(W / 2 + 4, ey + 80, (W - 20) / 2, 80, T.aligned, T.alignedText, {
      cls: 'fig-box-strong',
      max: 26,
      center: false,
    }),
  );
  return {
    survey: 1,
    maxWidth: 30,
    panels: [{ node: diagram(W, ey + 166, ...nodes.filter((n): n is SvgNode => n !== false)) }],
    description: T.description,
  };
}

// ---------------------------------------------------------------------------------------------
// Figure 2: the taxonomy as a tree (d3-hierarchy), every method a link.

interface Method {
  id: string;
  name: string;
  full: string;
  category: string;
  page: string;
  anchor: string;
}
const METHODS = methods as Method[];

/** Section link of each taxonomy node (the category path segments of methods.json); the labels, in each
 * language, are the dictionary's (survey-strings.ts: taxonomy.labels, the same keys). */
const TAXONOMY_HREFS: Record<string, string | undefined> = {
  data: '/preference-data/',
  'data/on-policy': '/preference-data/#on-policy',
  'data/off-policy': '/preference-data/#off-policy',
  'data/off-policy/human': '/preference-data/#data-from-humans',
  'data/off-policy/llm': '/preference-data/#data-from-llms',
  feedback: '/feedback/',
  'feedback/direct': '/feedback/#direct-feedback',
  'feedback/direct/math': undefined,
  'feedback/direct/translation': undefined,
  'feedback/direct/summarization': undefined,
  'feedback/direct/code': undefined,
  'feedback/model-based': '/feedback/#model-based-feedback',
  'feedback/model-based/reward-model': '/feedback/#reward-models',
  'feedback/model-based/pair-wise-scoring': undefined,
  'feedback/model-based/llm-as-judge': undefined,
  optimization: '/algorithms/',
  'optimization/point-wise': '/algorithms/point-wise/',
  'optimization/pair-wise': '/algorithms/pair-wise/',
  'optimization/list-wise': '/algorithms/list-wise/',
  'optimization/training-free': '/algorithms/training-free/',
  'optimization/training-free/input': '/algorithms/training-free/#input-optimization',
  'optimization/training-free/output': '/algorithms/training-free/#output-optimization',
  evaluation: '/evaluation/',
  'evaluation/rule-based': '/evaluation/#rule-based',
  'evaluation/llm-based': '/evaluation/#llm-based',
};

/** Label and section link of each taxonomy node, in a language. */
export function taxonomyLabels(locale: Locale = 'en'): Record<string, { label: string; href?: string }> {
  const labels = SURVEY_STRINGS[locale].taxonomy.labels;
  return Object.fromEntries(
    Object.keys(TAXONOMY_HREFS).map((path) => [path, { label: labels[path], href: TAXONOMY_HREFS[path] }]),
  );
}
export const TAXONOMY_LABELS = taxonomyLabels('en');

interface TaxNode {
  path: string;
  children: TaxNode[];
  methods: Method[];
}

export function taxonomyTree(): TaxNode {
  const root: TaxNode = { path: '', children: [], methods: [] };
  const find = (parent: TaxNode, path: string) => {
    let n = parent.children.find((c) => c.path === path);
    if (!n) parent.children.push((n = { path, children: [], methods: [] }));
    return n;
  };
  for (const m of METHODS) {
    const parts = m.category.split('/');
    let node = root;
    parts.forEach((_, i) => (node = find(node, parts.slice(0, i + 1).join('/'))));
    node.methods.push(m);
  }
  // Branches in the survey's order (the order of TAXONOMY_LABELS), not the order methods.json lists them.
  const order = Object.keys(TAXONOMY_LABELS);
  const sort = (n: TaxNode) => {
    n.children.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export function taxonomy(locale: Locale = 'en'): FigureDrawing {
  const T = SURVEY_STRINGS[locale].taxonomy;
  const labels = taxonomyLabels(locale);
  const labelOf = (path: string) => {
    const l = labels[path];
    if (!l?.label)
      throw new Error(`taxonomy: no label for category "${path}" (add it to TAXONOMY_HREFS and the labels)`);
    return l;
  };
  const data = taxonomyTree();
  // The overview: the top two levels of the tree, laid out by d3-hierarchy's tidy tree (vertical
  // positions) with one fixed column per depth, so that no label crosses an edge.
  const h = hierarchy<TaxNode>(data, (d) => d.children);
  const total = (n: TaxNode): number => n.methods.length + n.children.reduce((a, c) => a + total(c), 0);
  h.each((n) => {
    if (n.depth >= 2) n.children = undefined;
  });
  const rows = h.leaves().length;
  const rowH = 26;
  const height = rows * rowH + 12;
  tree<TaxNode>().size([height - 24, 1])(h);
  const nodes: SvgNode[] = [];
  const py = (n: { x?: number }) => 12 + (n.x ?? 0);
  const COL = [14, 30, 186];
  for (const link of h.links()) {
    const [a, b] = [link.source, link.target];
    const x1 = a.depth === 0 ? COL[0] : COL[1] + 132;
    const x2 = b.depth === 1 ? COL[1] : COL[2];
    const mx = (x1 + x2) / 2;
    nodes.push(
      s('path', { d: `M ${x1} ${py(a)} C ${mx} ${py(a)}, ${mx} ${py(b)}, ${x2} ${py(b)}`, class: 'chart-line tone-6' }),
    );
  }
  nodes.push(
    s('line', { x1: COL[0], x2: COL[0], y1: 12, y2: height - 12, class: 'chart-line tone-1' }),
    text(8, height / 2, T.root, { anchor: 'middle', cls: 'fig-small fig-strong' }),
  );
  nodes[nodes.length - 1].attrs.transform = `rotate(-90 8 ${height / 2})`;
  for (const n of h.descendants()) {
    if (n.depth === 1) {
      nodes.push(
        box(COL[1], py(n) - 11, 132, 22, 'fig-box-strong', 11),
        text(COL[1] + 66, py(n) + 4, `${labelOf(n.data.path).label} (${total(n.data)})`, {
          anchor: 'middle',
          cls: 'fig-small fig-strong',
        }),
      );
    } else if (n.depth === 2) {
      nodes.push(
        s('circle', { cx: COL[2], cy: py(n), r: 3.5, class: 'chart-bar tone-1' }),
        text(COL[2] + 8, py(n) + 4, `${labelOf(n.data.path).label} (${total(n.data)})`, { cls: 'fig-small' }),
      );
    }
  }
  // The full tree as nested lists: every method a link to its section.
  const list = (node: TaxNode, depth: number): string => {
    const { label, href } = labelOf(node.path);
    const count =
      node.methods.length +
      node.children.reduce(function total(a: number, c: TaxNode): number {
        return a + c.methods.length + c.children.reduce(total, 0);
      }, 0);
    const head = href ? `<a href="${esc(href)}">${esc(label)}</a>` : esc(label);
    const leaf = (m: Method) =>
      `<li><a href="${esc(`${m.page}#${m.anchor}`)}" title="${esc(m.full)}" data-method="${esc(m.id)}">` +
      `${esc(m.name)}</a></li>`;
    const leavesHtml = node.methods.length ? `<ul class="taxonomy-leaves">${node.methods.map(leaf).join('')}</ul>` : '';
    const kids = node.children.length ? `<ul>${node.children.map((c) => list(c, depth + 1)).join('')}</ul>` : '';
    const body = `${kids}${leavesHtml}`;
    // A summary must hold no link (it is itself the control), so the branch's chapter link comes first inside.
    if (depth === 0) {
      const go = href ? `<p class="taxonomy-go"><a href="${esc(href)}">${esc(T.chapter(label))}</a></p>` : '';
      const summary = `<summary>${esc(label)} <span class="taxonomy-count">(${count})</span></summary>`;
      return `<li><details open>${summary}${go}${body}</details></li>`;
    }
    return `<li>${head} <span class="taxonomy-count">(${count})</span>${body}</li>`;
  };
  const branches = data.children.map((c) => list(c, 0)).join('');
  const html = `<nav class="taxonomy" aria-label="${esc(T.nav)}"><ul>${branches}</ul></nav>`;
  return {
    survey: 2,
    maxWidth: 30,
    panels: [{ node: diagram(W, height, ...nodes) }],
    html,
    description: T.description(METHODS.length),
  };
}

// ---------------------------------------------------------------------------------------------
// Figures 3 and 4: the working examples, one panel per method, all drawn the same way.

type PanelTexts = SurveyStrings['panels'];
type PointwiseKey = keyof PanelTexts['pointwise'];
type GeneralKey = keyof PanelTexts['general'];

interface Panel<K extends string> {
  /** The key of the panel's words in the dictionary (data, feedback, update). */
  key: K;
  title: string;
  trainer?: Parameters<typeof trainerNeeds>[0];
  policyFrozen?: boolean;
  critic?: boolean;
  reference?: boolean;
  reward?: boolean;
}
interface Words {
  data: string;
  feedback: string;
  delta: string;
}

export const POINTWISE_PANELS: Panel<PointwiseKey>[] = [
  { key: 'sft', title: 'SFT', trainer: 'sft' },
  { key: 'rft', title: 'RFT', trainer: 'rft' },
  { key: 'raft', title: 'RAFT', trainer: 'raft', reward: true },
  { key: 'remax', title: 'ReMax', trainer: 'remax', reward: true },
  { key: 'ppo', title: 'PPO', trainer: 'ppo', critic: true, reward: true },
];
export const GENERAL_PANELS: Panel<GeneralKey>[] = [
  { key: 'dpo', title: 'DPO', trainer: 'dpo' },
  { key: 'kto', title: 'KTO', trainer: 'kto' },
  { key: 'grpo', title: 'GRPO', trainer: 'grpo', reward: true },
  { key: 'rrhf', title: 'RRHF / PRO', trainer: 'rrhf' },
  { key: 'icdpo', title: 'ICDPO', policyFrozen: true, reference: true },
];

/** Which models a panel's method trains and which it keeps frozen (from the engine's registry). */
function panelModels(p: Panel<string>) {
  const needs = p.trainer ? trainerNeeds(p.trainer) : undefined;
  return {
    needs,
    reference: p.reference ?? needs?.reference ?? false,
    reward: needs?.reward ?? Boolean(p.reward),
  };
}

function panel(p: Panel<string>, w: Words, T: PanelTexts): SvgNode {
  const { needs, reference, reward } = panelModels(p);
  const models = [
    {
      name: T.policy,
      cls: p.policyFrozen ? 'fig-frozen' : 'fig-trained',
      state: p.policyFrozen ? T.frozen : T.trained,
    },
    reference && { name: T.reference, cls: 'fig-frozen', state: T.frozen },
    reward && { name: T.rewardModel, cls: 'fig-frozen', state: T.frozen },
    p.critic && { name: T.critic, cls: 'fig-trained', state: T.trained },
  ].filter((m): m is { name: string; cls: string; state: string } => Boolean(m));
  const mw = 80;
  const kind = needs
    ? `${T.category[needs.category]}, ${needs.modes.map((m) => T.mode[m]).join(T.modesJoin)}`
    : T.trainingFree;
  return diagram(
    W,
    150,
    box(1, 1, W - 2, 148, 'fig-box', 8),
    text(10, 20, p.title, { cls: 'fig-text fig-strong' }),
    text(W - 10, 20, kind, { anchor: 'end', cls: 'fig-small' }),
    ...models.map((m, i) =>
      s(
        'g',
        {},
        box(10 + i * (mw + 6), 30, mw, 34, m.cls, 5),
        text(10 + i * (mw + 6) + mw / 2, 44, m.name, { anchor: 'middle', cls: 'fig-small' }),
        text(10 + i * (mw + 6) + mw / 2, 58, m.state, { anchor: 'middle', cls: 'fig-small fig-strong' }),
      ),
    ),
    text(10, 84, T.data, { cls: 'fig-small fig-strong' }),
    text(74, 84, w.data, { cls: 'fig-small' }),
    text(10, 104, T.feedback, { cls: 'fig-small fig-strong' }),
    text(74, 104, w.feedback, { cls: 'fig-small' }),
    text(10, 130, T.update, { cls: 'fig-small fig-strong' }),
    text(74, 130, w.delta, { cls: 'fig-text fig-strong' }),
  );
}

function panelText(p: Panel<string>, w: Words, T: PanelTexts) {
  const { reference, reward } = panelModels(p);
  const frozen = [p.policyFrozen && T.policy, reference && T.reference, reward && T.rewardModel].filter(Boolean);
  const trained = [!p.policyFrozen && T.policy, p.critic && T.critic].filter(Boolean);
  const list = (xs: unknown[]) => xs.join(T.and) || T.nothing;
  return T.text(p.title, list(trained), list(frozen), w.data, w.feedback, w.delta);
}

function panels<K extends string>(list: Panel<K>[], words: Record<K, Words>, T: PanelTexts) {
  return {
    layout: 'grid' as const,
    maxWidth: 46,
    panels: list.map((p) => ({ node: panel(p, words[p.key], T), label: T.label(p.title) })),
    description: sentences(list.map((p) => panelText(p, words[p.key], T))),
  };
}

export function pointwisePanels(locale: Locale = 'en'): FigureDrawing {
  const T = SURVEY_STRINGS[locale].panels;
  return { survey: 4, ...panels(POINTWISE_PANELS, T.pointwise, T) };
}

export function generalPanels(locale: Locale = 'en'): FigureDrawing {
  const T = SURVEY_STRINGS[locale].panels;
  return { survey: 3, ...panels(GENERAL_PANELS, T.general, T) };
}

// ---------------------------------------------------------------------------------------------
// Figure 5: the unified view, the four components around equation (1).

export function unifiedView(locale: Locale = 'en'): FigureDrawing {
  const T = SURVEY_STRINGS[locale].unified;
  const eqY = 168;
  const half = (W - 18) / 2;
  return {
    survey: 5,
    maxWidth: 30,
    panels: [
      {
        node: diagram(
          W,
          340,
          labelledBox(6, 6, half, 100, T.model, T.modelBody, { center: false }),
          labelledBox(12 + half, 6, half, 100, T.data, T.dataBody, { center: false }),
          box(6, eqY - 34, W - 12, 64, 'fig-box-strong', 8),
          math(W / 2, eqY - 12, '∇_{θ} = 𝔼_{(q,o)∼𝒟} [ (1/|o|) Σ_{t}', { anchor: 'middle' }),
          math(W / 2, eqY + 6, 'δ_{𝒜(r,q,o,t)} ∇_{θ} log π_{θ}(o_{t} | q, o_{<t}) ]', { anchor: 'middle' }),
          text(W / 2, eqY + 22, T.equation, { anchor: 'middle', cls: 'fig-small' }),
          labelledBox(6, 234, half, 100, T.feedback, T.feedbackBody, { center: false }),
          labelledBox(12 + half, 234, half, 100, T.algorithm, T.algorithmBody, { center: false }),
          arrow(6 + half / 2, 106, 6 + half / 2, eqY - 34),
          arrow(12 + half * 1.5, 106, 12 + half * 1.5, eqY - 34),
          arrow(6 + half / 2, 234, 6 + half / 2, eqY + 30),
          arrow(12 + half * 1.5, 234, 12 + half * 1.5, eqY + 30),
        ),
      },
    ],
    description: T.description,
  };
}

// ---------------------------------------------------------------------------------------------
// Figure 6: the kinds of feedback.

export function feedbackKinds(locale: Locale = 'en'): FigureDrawing {
  const T = SURVEY_STRINGS[locale].feedbackKinds;
  const half = (W - 18) / 2;
  const { direct, model } = T;
  const col = (x: number, title: string, rows: string[][], sub: string) => [
    labelledBox(x, 64, half, 34, title, [], { cls: 'fig-box-strong' }),
    text(x + half / 2, 114, sub, { anchor: 'middle', cls: 'fig-small' }),
    ...rows.flatMap(([name, what], i) => [
      box(x, 124 + i * 46, half, 40, 'fig-box', 5),
      text(x + 8, 140 + i * 46, name, { cls: 'fig-small fig-strong' }),
      text(x + 8, 154 + i * 46, what, { cls: 'fig-small' }),
    ]),
  ];
  return {
    survey: 6,
    maxWidth: 30,
    panels: [
      {
        node: diagram(
          W,
          360,
          labelledBox(W / 2 - 110, 6, 220, 40, T.feedback, [T.feedbackBody], {}),
          arrow(W / 2 - 20, 46, 6 + half / 2, 64),
          arrow(W / 2 + 20, 46, 12 + half * 1.5, 64),
          ...col(6, T.directTitle, direct, T.directSub),
          ...col(12 + half, T.modelTitle, model, T.modelSub),
        ),
      },
    ],
    description: T.description,
  };
}
