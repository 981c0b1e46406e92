// Explanatory diagrams without plotted numbers: MCTS's four phases, the online/offline × on/off-policy
// grid, the ways an LLM judge grades, the open problems by component, and the map of methods (from the
// engine's trainer registry).
import { s, type SvgNode } from '../../widgets/shell/svg-chart';
import { arrow, box, diagram, labelledBox, text } from '../draw';
import { TRAINER_SPECS } from '../engine';
import type { FigureDrawing } from '../types';

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

export function mcts(): FigureDrawing {
  const phases: Array<[string, string, number[], 'expand' | 'rollout' | 'back' | undefined]> = [
    ['1. Selection', 'follow the children with the best upper confidence bound', [0, 1, 4], undefined],
    ['2. Expansion', 'add one new step (a continuation) below the leaf', [0, 1, 4], 'expand'],
    ['3. Simulation', 'roll out to the end; a reward or checker scores it', [0, 1, 4], 'rollout'],
    ['4. Backpropagation', 'add the score to every node on the path', [0, 1, 4], 'back'],
  ];
  return {
    layout: 'grid',
    maxWidth: 30,
    cellMin: 10,
    panels: phases.map(([title, body, path, extra]) => ({
      label: `${title}: ${body}`,
      node: diagram(
        180,
        230,
        text(6, 16, title, { cls: 'fig-text fig-strong' }),
        ...mctsTree(24, 26, path, extra),
        text(6, 196, body, { cls: 'fig-small', max: 32 }),
      ),
    })),
    description:
      'Four small trees, one per phase of Monte Carlo tree search over reasoning steps. Selection walks from the root down the most promising children. ' +
      'Expansion adds a new step below the chosen leaf. Simulation finishes the solution from there and scores it (here 1, a correct answer). ' +
      'Backpropagation adds that score to the visit statistics of every node on the path, so the next selection prefers it. The scored paths are the data for a reward model, for decoding or for fine-tuning.',
  };
}

export function onlineOffline(): FigureDrawing {
  const cw = (W - 80) / 2;
  const cells: Array<[number, number, string, string]> = [
    [0, 0, 'online, on-policy', 'PPO, GRPO, ReMax, online DPO: sample now, score now'],
    [1, 0, 'online, off-policy', 'rare: a live judge scores replies from another model'],
    [0, 1, 'offline, on-policy', 'one round of samples from the start model, stored (on-policy only at step 0)'],
    [1, 1, 'offline, off-policy', 'DPO on HH-RLHF or UltraFeedback, SFT, KTO: stored data and labels'],
  ];
  return {
    maxWidth: 30,
    panels: [
      {
        node: diagram(
          W,
          290,
          text(80 + cw / 2, 16, 'sampled from π_θ now', { anchor: 'middle', cls: 'fig-small fig-strong' }),
          text(80 + cw * 1.5 + 6, 16, 'sampled elsewhere', { anchor: 'middle', cls: 'fig-small fig-strong' }),
          text(6, 30, 'data →', { cls: 'fig-small' }),
          text(6, 90, ['feedback', 'queried', 'during', 'training'], { cls: 'fig-small fig-strong', lh: 13 }),
          text(6, 210, ['feedback', 'stored', 'in advance'], { cls: 'fig-small fig-strong', lh: 13 }),
          ...cells.map(([c, r, title, body]) =>
            labelledBox(80 + c * (cw + 6), 26 + r * 128, cw, 120, title, body, {
              cls: c === 0 && r === 0 ? 'fig-box-strong' : 'fig-box',
              max: 22,
              center: false,
            }),
          ),
        ),
      },
    ],
    description:
      'A two-by-two grid. Columns: whether the replies are sampled from the current policy (on-policy) or come from elsewhere (off-policy). ' +
      'Rows: whether feedback is queried during training (online) or stored in advance (offline). Online and on-policy: PPO, GRPO, ReMax, online DPO. ' +
      'Online and off-policy: rare, a live judge scoring another model’s replies. Offline and on-policy: one stored round of samples from the starting model, on-policy only at the first step. ' +
      'Offline and off-policy: DPO on public preference datasets, SFT and KTO.',
  };
}

export function judgeModes(): FigureDrawing {
  const rows: Array<[string, string, string]> = [
    ['Pair-wise comparison', 'question, answer A, answer B', 'A, B or tie (swap the order and ask again)'],
    ['Single-answer grading', 'question, one answer', 'a score from 1 to 10'],
    ['Reference-guided grading', 'question, answer, reference answer', 'a score against the reference'],
  ];
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
              labelledBox(6, y, 150, 80, title, `sees: ${input}`, { max: 24, center: false }),
              arrow(156, y + 40, 196, y + 40),
              text(176, y + 34, 'judge', { anchor: 'middle', cls: 'fig-small' }),
              labelledBox(198, y, W - 204, 80, 'returns', output, { cls: 'fig-box-strong', max: 24, center: false }),
            ];
          }),
        ),
      },
    ],
    description:
      'Three ways an LLM judge grades, one per row. Pair-wise comparison: it sees a question and two answers and returns which is better or a tie, and the order is swapped and asked again to cancel position bias. ' +
      'Single-answer grading: it sees one answer and returns a score from 1 to 10. Reference-guided grading: it also sees a reference answer and scores against it.',
  };
}

export function futureDirections(): FigureDrawing {
  const items: Array<[string, string]> = [
    ['Data', 'more diverse, higher-quality preferences; synthetic data that stays faithful'],
    ['Feedback', 'reliable signals past human skill: scalable oversight, verifiers, process rewards'],
    ['Algorithm', 'robust to noisy labels and reward hacking; cheaper; theory of when each works'],
    ['Evaluation', 'benchmarks that resist contamination and judges without length or position bias'],
  ];
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
              labelledBox(116, 6 + i * 70, W - 122, 60, 'open problem', body, { max: 38, center: false }),
            ),
          ),
        ),
      },
    ],
    description: items.map(([c, b]) => `${c}: ${b}.`).join(' '),
  };
}

export function methodMap(): FigureDrawing {
  const cats = ['point-wise', 'pair-wise', 'list-wise'] as const;
  const specs = Object.entries(TRAINER_SPECS).filter(([, sp]) => sp.category !== 'reward model');
  const cw = (W - 12) / 3;
  const cell = (ref: boolean) => specs.filter(([, sp]) => sp.needsReference === ref);
  const short = (title: string) => title.replace(/ \(.*\)$/, '');
  const nodes: SvgNode[] = [];
  cats.forEach((c, ci) =>
    nodes.push(text(6 + ci * cw + cw / 2, 16, c, { anchor: 'middle', cls: 'fig-text fig-strong' })),
  );
  [true, false].forEach((ref, ri) => {
    const y = 26 + ri * 120;
    nodes.push(text(6, y + 12, ref ? 'with a reference model' : 'without one', { cls: 'fig-small fig-strong' }));
    cats.forEach((c, ci) => {
      const names = cell(ref)
        .filter(([, sp]) => sp.category === c)
        .map(([, sp]) => short(sp.title) + (sp.needsReward ? ' ●' : ''));
      nodes.push(box(6 + ci * cw + 2, y + 18, cw - 4, 96, ci === 1 ? 'fig-box-strong' : 'fig-box', 5));
      names.forEach((n, k) => nodes.push(text(6 + ci * cw + 10, y + 36 + k * 15, n, { cls: 'fig-small' })));
    });
  });
  nodes.push(text(6, 274, '● needs a reward model while training', { cls: 'fig-small' }));
  return {
    maxWidth: 30,
    panels: [{ node: diagram(W, 282, ...nodes) }],
    description:
      `The methods this book's engine trains, by how much data one update uses (columns) and whether they keep a frozen reference model (rows). ` +
      cats
        .map(
          (c) =>
            `${c}: with a reference ${
              cell(true)
                .filter(([, sp]) => sp.category === c)
                .map(([, sp]) => short(sp.title))
                .join(', ') || 'none'
            }; ` +
            `without ${
              cell(false)
                .filter(([, sp]) => sp.category === c)
                .map(([, sp]) => short(sp.title))
                .join(', ') || 'none'
            }`,
        )
        .join('. ') +
      '. Methods marked with a dot also need a reward model during training.',
  };
}
