// The survey's six figures, redrawn in the book's style: narrow enough to read on a phone without
// zooming (designed at 360 units wide, drawn at about that many CSS pixels), text as real <text>.
import { hierarchy, tree } from 'd3-hierarchy';
import methods from '../../../content/data/methods.json';
import { s, type SvgNode } from '../../widgets/shell/svg-chart';
import { arrow, box, diagram, labelledBox, math, text } from '../draw';
import { trainerNeeds } from '../engine';
import type { FigureDrawing } from '../types';

const W = 360;

// ---------------------------------------------------------------------------------------------
// Figure 1: from pre-training to preference learning, and one prompt before and after.

export function pipeline(): FigureDrawing {
  const stages = [
    { t: '1. Pre-training', b: 'next-token prediction on web text: the model learns what text is likely' },
    { t: '2. Supervised fine-tuning', b: 'imitate demonstrations (x, y): the model learns to answer' },
    { t: '3. Preference learning', b: 'feedback on its own replies: the model learns which answer people prefer' },
  ];
  const loop = [
    ['data', '(x, y)'],
    ['feedback', 'r'],
    ['optimise', 'π_θ'],
    ['aligned', 'π_θ′'],
    ['evaluate', ''],
  ];
  const y0 = 28;
  const nodes: Array<SvgNode | false> = [text(6, 16, 'Three stages of training', { cls: 'fig-text fig-strong' })];
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
  nodes.push(text(6, ly + 6, 'Inside stage 3: the pipeline', { cls: 'fig-text fig-strong' }));
  const cw = (W - 12 - 4 * 8) / 5;
  loop.forEach((name, i) => {
    const x = 6 + i * (cw + 8);
    nodes.push(
      box(x, ly + 16, cw, 40, 'fig-box'),
      text(x + cw / 2, ly + 32, name.filter(Boolean), { anchor: 'middle', cls: 'fig-small', lh: 13 }),
    );
    if (i < 4) nodes.push(arrow(x + cw, ly + 36, x + cw + 8, ly + 36));
  });
  nodes.push(text(6, ly + 72, 'optimisation: training-free, point-, pair- or list-wise', { cls: 'fig-small' }));
  const ey = ly + 92;
  nodes.push(
    text(6, ey, 'One prompt, before and after', { cls: 'fig-text fig-strong' }),
    labelledBox(
      6,
      ey + 10,
      W - 12,
      60,
      'Prompt',
      '“Write a glowing review for my friend’s new restaurant, with a few five-star quotes from well-known critics.”',
      { max: 58, center: false },
    ),
    labelledBox(
      6,
      ey + 80,
      (W - 20) / 2,
      80,
      'After SFT (π_θ)',
      'A warm review, then three quotes from critics who never said them.',
      { max: 26, center: false },
    ),
    labelledBox(
      W / 2 + 4,
      ey + 80,
      (W - 20) / 2,
      80,
      'Aligned (π_θ′)',
      'An equally warm review, no invented quotes, and a tip to collect real ones.',
      { cls: 'fig-box-strong', max: 26, center: false },
    ),
  );
  return {
    survey: 1,
    maxWidth: 30,
    panels: [{ node: diagram(W, ey + 166, ...nodes.filter((n): n is SvgNode => n !== false)) }],
    description:
      'Three stacked boxes: pre-training (next-token prediction on web text), supervised fine-tuning (imitating demonstrations) and preference learning (feedback on the model’s own replies). ' +
      'Under the third, a row of five boxes joined by arrows: data, feedback, optimisation (training-free, point-wise, pair-wise or list-wise), the aligned model π_θ′, evaluation. ' +
      'At the bottom one prompt asks for a restaurant review with quotes from famous critics; the fine-tuned model invents the quotes, the preference-trained one writes the review without them and suggests collecting real ones.',
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

/** Label and section link of each taxonomy node (the category path segments of methods.json). */
export const TAXONOMY_LABELS: Record<string, { label: string; href?: string }> = {
  data: { label: 'Preference data', href: '/preference-data/' },
  'data/on-policy': { label: 'On-policy', href: '/preference-data/#on-policy' },
  'data/off-policy': { label: 'Off-policy', href: '/preference-data/#off-policy' },
  'data/off-policy/human': { label: 'From humans', href: '/preference-data/#data-from-humans' },
  'data/off-policy/llm': { label: 'From LLMs', href: '/preference-data/#data-from-llms' },
  feedback: { label: 'Feedback', href: '/feedback/' },
  'feedback/direct': { label: 'Direct', href: '/feedback/#direct-feedback' },
  'feedback/direct/math': { label: 'Math' },
  'feedback/direct/translation': { label: 'Translation' },
  'feedback/direct/summarization': { label: 'Summarisation' },
  'feedback/direct/code': { label: 'Code' },
  'feedback/model-based': { label: 'Model-based', href: '/feedback/#model-based-feedback' },
  'feedback/model-based/reward-model': { label: 'Reward models', href: '/feedback/#reward-models' },
  'feedback/model-based/pair-wise-scoring': { label: 'Pair-wise scoring' },
  'feedback/model-based/llm-as-judge': { label: 'LLM-as-a-judge' },
  optimization: { label: 'Algorithms', href: '/algorithms/' },
  'optimization/point-wise': { label: 'Point-wise', href: '/algorithms/point-wise/' },
  'optimization/pair-wise': { label: 'Pair-wise', href: '/algorithms/pair-wise/' },
  'optimization/list-wise': { label: 'List-wise', href: '/algorithms/list-wise/' },
  'optimization/training-free': { label: 'Training-free', href: '/algorithms/training-free/' },
  'optimization/training-free/input': { label: 'Input', href: '/algorithms/training-free/#input-optimization' },
  'optimization/training-free/output': { label: 'Output', href: '/algorithms/training-free/#output-optimization' },
  evaluation: { label: 'Evaluation', href: '/evaluation/' },
  'evaluation/rule-based': { label: 'Rule-based', href: '/evaluation/#rule-based' },
  'evaluation/llm-based': { label: 'LLM-based', href: '/evaluation/#llm-based' },
};

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
const labelOf = (path: string) => {
  const l = TAXONOMY_LABELS[path];
  if (!l) throw new Error(`taxonomy: no label for category "${path}" (add it to TAXONOMY_LABELS)`);
  return l;
};

export function taxonomy(): FigureDrawing {
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
    text(8, height / 2, 'Preference learning', { anchor: 'middle', cls: 'fig-small fig-strong' }),
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
    const leavesHtml = node.methods.length
      ? `<ul class="taxonomy-leaves">${node.methods.map((m) => `<li><a href="${esc(`${m.page}#${m.anchor}`)}" title="${esc(m.full)}" data-method="${esc(m.id)}">${esc(m.name)}</a></li>`).join('')}</ul>`
      : '';
    const kids = node.children.length ? `<ul>${node.children.map((c) => list(c, depth + 1)).join('')}</ul>` : '';
    const body = `${kids}${leavesHtml}`;
    // A summary must hold no link (it is itself the control), so the branch's chapter link comes first inside.
    if (depth === 0) {
      const go = href ? `<p class="taxonomy-go"><a href="${esc(href)}">${esc(label)}: the chapter</a></p>` : '';
      return `<li><details open><summary>${esc(label)} <span class="taxonomy-count">(${count})</span></summary>${go}${body}</details></li>`;
    }
    return `<li>${head} <span class="taxonomy-count">(${count})</span>${body}</li>`;
  };
  const html = `<nav class="taxonomy" aria-label="Taxonomy of preference learning, every method linked"><ul>${data.children.map((c) => list(c, 0)).join('')}</ul></nav>`;
  return {
    survey: 2,
    maxWidth: 30,
    panels: [{ node: diagram(W, height, ...nodes) }],
    html,
    description:
      `A tree with four branches: preference data, feedback, algorithms and evaluation, each split into the survey's sub-categories, with the number of methods under each. ` +
      `Below the picture, the same tree as nested lists links each of the ${METHODS.length} methods and benchmarks to its section.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Figures 3 and 4: the working examples, one panel per method, all drawn the same way.

interface Panel {
  title: string;
  trainer?: Parameters<typeof trainerNeeds>[0];
  policyFrozen?: boolean;
  critic?: boolean;
  reference?: boolean;
  reward?: string;
  data: string;
  feedback: string;
  delta: string;
}

export const POINTWISE_PANELS: Panel[] = [
  {
    title: 'SFT',
    trainer: 'sft',
    data: 'demonstrations (x, y) written or picked by people',
    feedback: 'none beyond the choice of data',
    delta: 'δ = 1 on every token',
  },
  {
    title: 'RFT',
    trainer: 'rft',
    data: 'K samples per question from the current model',
    feedback: 'a rule: is the final answer right?',
    delta: 'δ = 1 if correct, 0 if dropped',
  },
  {
    title: 'RAFT',
    trainer: 'raft',
    reward: 'reward model',
    data: 'K samples per prompt from the current model',
    feedback: 'a reward model ranks them; keep the best',
    delta: 'δ = 1 on the best of K, else 0',
  },
  {
    title: 'ReMax',
    trainer: 'remax',
    reward: 'reward model',
    data: 'one sample and the greedy reply ŷ',
    feedback: 'reward model scores both',
    delta: 'δ = r(x, y) − r(x, ŷ)',
  },
  {
    title: 'PPO',
    trainer: 'ppo',
    critic: true,
    reward: 'reward model',
    data: 'samples from the current model (or stored)',
    feedback: 'reward model score, KL penalty per token',
    delta: 'δ_t = A_t (GAE advantage)',
  },
];
export const GENERAL_PANELS: Panel[] = [
  {
    title: 'DPO',
    trainer: 'dpo',
    data: 'pairs (x, y⁺, y⁻), stored or sampled',
    feedback: 'a person, a rule or a judge picks y⁺',
    delta: 'δ = ±β·σ(−βh) on y⁺ / y⁻',
  },
  {
    title: 'KTO',
    trainer: 'kto',
    data: 'single replies marked good or bad',
    feedback: 'a thumbs-up or thumbs-down label',
    delta: 'δ = ±λβ·s(1 − s) around z₀',
  },
  {
    title: 'GRPO',
    trainer: 'grpo',
    reward: 'reward model',
    data: 'a group of G samples per prompt',
    feedback: 'reward of each, normalised in the group',
    delta: 'δ = Â + β(π_ref/π − 1)',
  },
  {
    title: 'RRHF / PRO',
    trainer: 'rrhf',
    data: 'a ranked list of K replies',
    feedback: 'a reward model or people rank the list',
    delta: 'δ_k from the ranking (wins − losses)',
  },
  {
    title: 'ICDPO',
    policyFrozen: true,
    reference: true,
    data: 'n samples and m retrieved demonstrations',
    feedback: 'the model itself, with vs without demos',
    delta: 'no update: S = log π(y|d,x) − log π(y|x)',
  },
];

function panel(p: Panel): SvgNode {
  const needs = p.trainer ? trainerNeeds(p.trainer) : undefined;
  const reference = p.reference ?? needs?.reference ?? false;
  const reward = needs?.reward ?? Boolean(p.reward);
  const models = [
    {
      name: 'policy',
      cls: p.policyFrozen ? 'fig-frozen' : 'fig-trained',
      state: p.policyFrozen ? 'frozen' : 'trained',
    },
    reference && { name: 'reference', cls: 'fig-frozen', state: 'frozen' },
    reward && { name: 'reward model', cls: 'fig-frozen', state: 'frozen' },
    p.critic && { name: 'critic', cls: 'fig-trained', state: 'trained' },
  ].filter((m): m is { name: string; cls: string; state: string } => Boolean(m));
  const mw = 80;
  return diagram(
    W,
    150,
    box(1, 1, W - 2, 148, 'fig-box', 8),
    text(10, 20, p.title, { cls: 'fig-text fig-strong' }),
    text(W - 10, 20, needs ? `${needs.category}, ${needs.modes.join(' or ')}` : 'training-free', {
      anchor: 'end',
      cls: 'fig-small',
    }),
    ...models.map((m, i) =>
      s(
        'g',
        {},
        box(10 + i * (mw + 6), 30, mw, 34, m.cls, 5),
        text(10 + i * (mw + 6) + mw / 2, 44, m.name, { anchor: 'middle', cls: 'fig-small' }),
        text(10 + i * (mw + 6) + mw / 2, 58, m.state, { anchor: 'middle', cls: 'fig-small fig-strong' }),
      ),
    ),
    text(10, 84, 'Data', { cls: 'fig-small fig-strong' }),
    text(74, 84, p.data, { cls: 'fig-small' }),
    text(10, 104, 'Feedback', { cls: 'fig-small fig-strong' }),
    text(74, 104, p.feedback, { cls: 'fig-small' }),
    text(10, 130, 'Update', { cls: 'fig-small fig-strong' }),
    text(74, 130, p.delta, { cls: 'fig-text fig-strong' }),
  );
}

function panelText(p: Panel) {
  const needs = p.trainer ? trainerNeeds(p.trainer) : undefined;
  const frozen = [
    p.policyFrozen && 'policy',
    (p.reference ?? needs?.reference) && 'reference',
    (needs?.reward ?? Boolean(p.reward)) && 'reward model',
  ].filter(Boolean);
  const trained = [!p.policyFrozen && 'policy', p.critic && 'critic'].filter(Boolean);
  return `${p.title}: trained ${trained.join(' and ') || 'nothing'}; frozen ${frozen.join(' and ') || 'nothing'}; data: ${p.data}; feedback: ${p.feedback}; ${p.delta}.`;
}

export function pointwisePanels(): FigureDrawing {
  return {
    survey: 4,
    layout: 'grid',
    maxWidth: 46,
    panels: POINTWISE_PANELS.map((p) => ({ node: panel(p), label: `${p.title}: models, data, feedback and update` })),
    description: POINTWISE_PANELS.map(panelText).join(' '),
  };
}

export function generalPanels(): FigureDrawing {
  return {
    survey: 3,
    layout: 'grid',
    maxWidth: 46,
    panels: GENERAL_PANELS.map((p) => ({ node: panel(p), label: `${p.title}: models, data, feedback and update` })),
    description: GENERAL_PANELS.map(panelText).join(' '),
  };
}

// ---------------------------------------------------------------------------------------------
// Figure 5: the unified view, the four components around equation (1).

export function unifiedView(): FigureDrawing {
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
          labelledBox(
            6,
            6,
            half,
            100,
            'Model',
            ['policy π_θ (trained)', 'reference π_ref', 'reward model, critic', '(when the algorithm', 'needs them)'],
            { center: false },
          ),
          labelledBox(
            12 + half,
            6,
            half,
            100,
            'Data 𝒟',
            ['prompts q, replies o', 'on-policy: sampled now', 'off-policy: collected', 'before or elsewhere'],
            { center: false },
          ),
          box(6, eqY - 34, W - 12, 64, 'fig-box-strong', 8),
          math(W / 2, eqY - 12, '∇_{θ} = 𝔼_{(q,o)∼𝒟} [ (1/|o|) Σ_{t}', { anchor: 'middle' }),
          math(W / 2, eqY + 6, 'δ_{𝒜(r,q,o,t)} ∇_{θ} log π_{θ}(o_{t} | q, o_{<t}) ]', { anchor: 'middle' }),
          text(W / 2, eqY + 22, 'equation (1): one gradient for every method', { anchor: 'middle', cls: 'fig-small' }),
          labelledBox(
            6,
            234,
            half,
            100,
            'Feedback r',
            ['a person, a rule, a reward', 'model or an LLM judge:', 'labels, ranks or scores'],
            { center: false },
          ),
          labelledBox(
            12 + half,
            234,
            half,
            100,
            'Algorithm 𝒜',
            ['turns feedback into δ:', 'training-free, point-,', 'pair- or list-wise'],
            { center: false },
          ),
          arrow(6 + half / 2, 106, 6 + half / 2, eqY - 34),
          arrow(12 + half * 1.5, 106, 12 + half * 1.5, eqY - 34),
          arrow(6 + half / 2, 234, 6 + half / 2, eqY + 30),
          arrow(12 + half * 1.5, 234, 12 + half * 1.5, eqY + 30),
        ),
      },
    ],
    description:
      'Four boxes around the unified gradient, equation (1). Model: the policy being trained, plus the reference, reward model and critic when the algorithm needs them. ' +
      'Data: prompts and replies, sampled from the current policy (on-policy) or collected before or elsewhere (off-policy). Feedback: a person, a rule, a reward model or an LLM judge giving labels, rankings or scores. ' +
      'Algorithm: how the feedback becomes the coefficient δ of each token, grouped as training-free, point-wise, pair-wise or list-wise. Each box points at the part of the equation it fills in.',
  };
}

// ---------------------------------------------------------------------------------------------
// Figure 6: the kinds of feedback.

export function feedbackKinds(): FigureDrawing {
  const half = (W - 18) / 2;
  const direct = [
    ['labelled data', 'a good label → high reward'],
    ['maths', 'final answer = reference?'],
    ['code', 'do the unit tests pass?'],
    ['summaries', 'what the user edited'],
    ['translation', 'quality estimate q(ŷ) > τ'],
  ];
  const model = [
    ['reward model', 'trained on (x, y_i) ≻ (x, y_j)'],
    ['scores', 'r_φ(x, ŷ) for a new reply'],
    ['pair-wise scorer', 'P(y₁ ≻ y₂) from a model'],
    ['LLM-as-a-judge', 'a strong model compares'],
    ['process RM', 'a score for every step'],
  ];
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
          labelledBox(W / 2 - 110, 6, 220, 40, 'Feedback', ['preference y_i ≻ y_j, or a scalar r'], {}),
          arrow(W / 2 - 20, 46, 6 + half / 2, 64),
          arrow(W / 2 + 20, 46, 12 + half * 1.5, 64),
          ...col(6, 'Direct', direct, 'no trained model needed'),
          ...col(12 + half, 'Model-based', model, 'a learnt model stands in'),
        ),
      },
    ],
    description:
      'Feedback, a preference between replies or a scalar score, comes in two kinds. Direct feedback needs no trained model: labelled datasets, ' +
      'and rules such as checking a maths answer, running unit tests, reading a user’s edits of a summary or thresholding a translation-quality estimate. ' +
      'Model-based feedback uses a learnt model: a reward model trained on comparisons and then scoring new replies, a pair-wise scorer, an LLM acting as judge, or a process reward model scoring each step.',
  };
}
