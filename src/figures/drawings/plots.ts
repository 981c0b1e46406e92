// Figures whose numbers come from the engine (../engine.ts), drawn with the book's chart module.
import { barChart, fmt, lineChart, s } from '../../widgets/shell/svg-chart';
import { arrow, box, diagram, text } from '../draw';
import * as E from '../engine';
import type { FigureDrawing } from '../types';

const f2 = (v: number) => fmt(v, 2);

export function lossGeometry(): FigureDrawing {
  const data = E.lossGeometry();
  const { beta, tau, epsilon, gamma } = E.LOSS_GEOMETRY;
  const series = (key: 'loss' | 'delta') =>
    data.map((d, i) => ({
      name: d.name,
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
        label: 'Loss against the margin h',
        node: lineChart({
          title: 'Loss',
          series: series('loss'),
          x: { label: 'margin h (nats)' },
          y: { label: 'loss', domain: [0, 5] },
        }),
      },
      {
        label: 'Gradient weight δ on the chosen reply against the margin h',
        node: lineChart({
          title: 'Weight δ on the chosen reply',
          series: series('delta'),
          x: { label: 'margin h (nats)' },
          y: { label: 'δ (per token)', domain: [-2, 3] },
          marks: [{ x: 1 / (2 * tau), label: '1/(2τ)' }],
        }),
      },
    ],
    description:
      `Two line charts over the margin h from ${E.LOSS_GEOMETRY.hMin} to ${E.LOSS_GEOMETRY.hMax}, with β = ${beta}, τ = ${tau}, ε = ${epsilon}, γ = ${gamma}. ` +
      `At h = 0 the losses are DPO ${f2(at('DPO', 0).loss)}, IPO ${f2(at('IPO', 0).loss)}, cDPO ${f2(at('cDPO', 0).loss)}, hinge ${f2(at('hinge', 0).loss)}, SimPO ${f2(at('SimPO', 0).loss)}. ` +
      `The weights at h = 4: DPO ${f2(at('DPO', 4).delta)} (fading towards zero), cDPO ${f2(at('cDPO', 4).delta)} (slightly negative: it pushes back), ` +
      `hinge ${f2(at('hinge', 4).delta)} (exactly zero past its margin), IPO ${f2(at('IPO', 4).delta)} (negative past its target 1/(2τ) = ${1 / (2 * tau)}), SimPO ${f2(at('SimPO', 4).delta)}. ` +
      `IPO's loss leaves the top of the chart: it grows as the square of the distance to its target.`,
  };
}

export function optimum(): FigureDrawing {
  const d = E.optimumData();
  const groups = [
    { name: 'π_ref', values: d.reference, tone: 6 },
    ...d.optima.map((o, i) => ({ name: `π* at β = ${o.beta}`, values: o.probs, tone: i + 1 })),
  ];
  return {
    maxWidth: 34,
    panels: [
      {
        node: barChart({
          categories: d.replies,
          groups,
          y: { label: 'probability', domain: [0, 1] },
          xLabel: `reply (reward r: ${d.reward.map(f2).join(' and ')})`,
          height: 220,
          width: 360,
          values: true,
        }),
      },
    ],
    description:
      `A bar chart over the two replies of the chapter's example (${d.replies.map((r, i) => `${r}, reward ${f2(d.reward[i])}`).join('; ')}). ` +
      `The reference gives them ${d.reference.map(f2).join(', ')}. ` +
      d.optima.map((o) => `At β = ${o.beta} the optimum gives ${o.probs.map(f2).join(', ')}`).join('. ') +
      '. A large β keeps the optimum close to the reference; a small β moves almost all probability to the best reply.',
  };
}

export function bradleyTerry(): FigureDrawing {
  const d = E.bradleyTerryData();
  const mid = (noise: number) => d.find((x) => x.noise === noise)!.points.find((p) => Math.abs(p.d - 1) < 1e-9)!.p;
  return {
    maxWidth: 34,
    panels: [
      {
        node: lineChart({
          series: d.map((x, i) => ({
            name: `label noise ${x.noise}`,
            tone: i + 1,
            dash: i === 2,
            points: x.points.map((p) => [p.d, p.p] as [number, number]),
          })),
          x: { label: 'utility difference u(y₁) − u(y₂)' },
          y: { label: 'P(y₁ labelled better)', domain: [0, 1] },
          width: 360,
        }),
      },
    ],
    description:
      `Three S-shaped curves of the probability that the simulated labeller prefers y₁, against the utility difference, for every pair of one- and two-word replies of the first toy prompt. ` +
      `At a difference of 1 the probability is ${d.map((x) => `${f2(mid(x.noise))} with noise ${x.noise}`).join(', ')}: more noise flattens the curve towards a coin flip.`,
  };
}

export function ranking(): FigureDrawing {
  const d = E.rankingData();
  const W = 404;
  const chip = (x: number, y: number, label: string, cls: string) =>
    s('g', {}, box(x, y, 76, 24, cls, 12), text(x + 38, y + 16, `“${label}”`, { anchor: 'middle', cls: 'fig-small' }));
  const rows = d.stages.map((st, k) => {
    const y = 34 + k * 44;
    return s(
      'g',
      {},
      text(6, y + 10, `choice ${k + 1}`, { cls: 'fig-small' }),
      text(6, y + 24, `p = ${f2(st.p)}`, { cls: 'fig-text fig-strong' }),
      ...st.among.map((name, j) => chip(84 + (j + k) * 80, y, name, j === 0 ? 'fig-box-strong' : 'fig-box')),
    );
  });
  const pl = diagram(
    W,
    34 + d.stages.length * 44 + 12,
    text(6, 16, 'Plackett–Luce (and PRO): the best of the rest', { cls: 'fig-text fig-strong' }),
    ...rows,
    text(6, 34 + d.stages.length * 44 + 4, 'Highlighted: the reply picked at that choice; p its softmax share.', {
      cls: 'fig-small',
    }),
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
    text(6, 16, 'RRHF: one hinge for each better–worse pair', { cls: 'fig-text fig-strong' }),
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
    text(6, base + 58, `Solid: the one active hinge (a worse reply scored above a better one).`, { cls: 'fig-small' }),
  );
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      { node: pl, label: 'Plackett–Luce as a sequence of choices' },
      { node: rr, label: 'RRHF pairs on the same ranking' },
    ],
    description:
      `The four replies of the first toy prompt ranked by hidden utility: ${d.names.map((n, i) => `“${n}” (score ${f2(d.scores[i])})`).join(', ')}. ` +
      `Plackett–Luce reads the ranking as ${d.stages.length} choices: ${d.stages.map((st) => `“${st.pick}” among ${st.among.length} with probability ${f2(st.p)}`).join('; ')}; ` +
      `its loss, the sum of the negative log-probabilities, is ${f2(d.plackettLuce.loss)}. RRHF compares all ${d.rrhf.pairs.length} ordered pairs; only ` +
      `${d.rrhf.pairs.filter((p) => p.active).length} hinge is active (“${d.names[1]}” scores above “${d.names[0]}”), so RRHF's loss is ${f2(d.rrhf.loss)} and it moves only those two replies ` +
      `(δ ${d.rrhf.deltas.map(f2).join(', ')}), while Plackett–Luce moves every reply (δ ${d.plackettLuce.deltas.map(f2).join(', ')}).`,
  };
}

export function kto(): FigureDrawing {
  const d = E.ktoData();
  const { lambdaD, lambdaU, beta } = E.KTO;
  const pts = (k: keyof (typeof d)[number]) => d.map((p) => [p.r, p[k]] as [number, number]);
  const at0 = d.find((p) => Math.abs(p.r) < 1e-9)!;
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      {
        label: 'KTO value against the implicit reward',
        node: lineChart({
          title: 'Value',
          series: [
            { name: 'desirable reply', tone: 4, points: pts('valueDesirable') },
            { name: 'undesirable reply', tone: 2, dash: true, points: pts('valueUndesirable') },
          ],
          x: { label: 'implicit reward r − z₀ (nats)' },
          y: { label: 'value' },
        }),
      },
      {
        label: 'KTO gradient weight against the implicit reward',
        node: lineChart({
          title: 'Weight δ',
          series: [
            { name: 'desirable reply', tone: 4, points: pts('deltaDesirable') },
            { name: 'undesirable reply', tone: 2, dash: true, points: pts('deltaUndesirable') },
          ],
          x: { label: 'implicit reward r − z₀ (nats)' },
          y: { label: 'δ (per token)' },
        }),
      },
    ],
    description:
      `With β = ${beta}, λ_D = ${lambdaD} and λ_U = ${lambdaU}: the value of a desirable reply rises from 0 towards ${lambdaD} as its implicit reward passes the reference point, ` +
      `that of an undesirable reply from −${lambdaU} towards 0; at the reference point they are ${f2(at0.valueDesirable)} and ${f2(at0.valueUndesirable)}. ` +
      `The weights peak there (${f2(at0.deltaDesirable)} and ${f2(at0.deltaUndesirable)}) and fade for replies far on either side; an undesirable reply weighs ${lambdaU / lambdaD} times as much as a desirable one.`,
  };
}

export function grpo(): FigureDrawing {
  const g = E.grpoGroup();
  const mean = g.reduce((a, x) => a + x.reward, 0) / g.length;
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      {
        label: 'Rewards of the group',
        node: barChart({
          categories: g.map((_, i) => `${i + 1}`),
          groups: [{ name: 'reward', values: g.map((x) => x.reward), tone: 1 }],
          y: { label: 'reward (hidden utility)' },
          xLabel: 'reply of the group',
          values: true,
        }),
      },
      {
        label: 'Group-normalised advantages',
        node: barChart({
          categories: g.map((_, i) => `${i + 1}`),
          groups: [{ name: 'advantage', values: g.map((x) => x.advantage), tone: 3 }],
          y: { label: 'advantage Â (standard deviations)' },
          xLabel: 'reply of the group',
          values: true,
        }),
      },
    ],
    description:
      `Six replies sampled for the first toy prompt at GRPO's first step (seed ${E.GRPO.seed}): ${g.map((x, i) => `${i + 1}. “${x.reply}”, reward ${f2(x.reward)}, advantage ${f2(x.advantage)}`).join('; ')}. ` +
      `The group mean is ${f2(mean)}; each advantage is the reward minus that mean, divided by the group's standard deviation, so the advantages sum to zero and replies better than their siblings are pushed up.`,
  };
}

export function bestOfN(): FigureDrawing {
  const d = E.bestOfNData();
  const last = d.at(-1)!;
  return {
    maxWidth: 34,
    panels: [
      {
        node: lineChart({
          series: [
            {
              name: 'bound log N − (N−1)/N',
              tone: 6,
              dash: true,
              points: d.map((p) => [p.n, p.bound] as [number, number]),
            },
            { name: 'exact KL on the toy', tone: 1, points: d.map((p) => [p.n, p.exact] as [number, number]) },
          ],
          x: { label: 'N (samples per prompt)' },
          y: { label: 'KL(best-of-N ‖ π) in nats' },
          width: 360,
        }),
      },
    ],
    description:
      `The KL divergence between best-of-N sampling and the policy it samples from, for N from 1 to ${last.n}. The bound log N − (N−1)/N ` +
      `grows like log N (${f2(last.bound)} nats at N = ${last.n}); the exact value on the toy world's first prompt, computed by enumerating every reply, ` +
      `stays just under it (${f2(last.exact)} at N = ${last.n}) because some replies tie in utility.`,
  };
}

export function ppo(): FigureDrawing {
  const toks = E.ppoTokens();
  const W = 360;
  // Four networks: which are trained and which are frozen.
  const nets = [
    { name: 'policy π_θ', role: 'writes the reply', cls: 'fig-trained', state: 'trained' },
    { name: 'critic V_ψ', role: 'predicts the return', cls: 'fig-trained', state: 'trained' },
    { name: 'reference π_ref', role: 'KL penalty per token', cls: 'fig-frozen', state: 'frozen' },
    { name: 'reward model r_φ', role: 'scores the whole reply', cls: 'fig-frozen', state: 'frozen' },
  ];
  const netPanel = diagram(
    W,
    170,
    text(6, 16, 'Four networks, two of them trained', { cls: 'fig-text fig-strong' }),
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
    text(6, 166, 'Solid border: updated each step. Dashed: frozen copies.', { cls: 'fig-small' }),
  );
  // GAE: a backward pass over the reply's tokens.
  const T = toks.length;
  const cw = (W - 90) / T;
  const rowsY = { tok: 46, r: 70, v: 90, d: 110, a: 136 };
  const gaePanel = diagram(
    W,
    190,
    text(6, 16, 'GAE: a backward pass over one reply', { cls: 'fig-text fig-strong' }),
    ...Object.entries({ tok: 'token', r: 'reward r_t', v: 'value V_t', d: 'TD error', a: 'advantage A_t' }).map(
      ([k, label]) => text(6, rowsY[k as keyof typeof rowsY], label, { cls: 'fig-small' }),
    ),
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
    text(6, 166, `A_t = TD error_t + γλ·A_{t+1} (γ = ${E.PPO.gamma}, λ = ${E.PPO.lambda}), last token first.`, {
      cls: 'fig-small',
    }),
    text(6, 182, `r_t = −β·log(π/π_ref), plus the score ${f2(E.PPO.score)} on the last token.`, { cls: 'fig-small' }),
  );
  return {
    layout: 'grid',
    maxWidth: 46,
    panels: [
      { node: netPanel, label: 'PPO’s four networks: policy and critic trained, reference and reward model frozen' },
      { node: gaePanel, label: 'Generalised advantage estimation over one reply' },
    ],
    description:
      `Left: PPO keeps four networks; the policy and the critic are trained, the reference policy and the reward model stay frozen. ` +
      `Right: the chapter's worked example, a three-token reply with β = ${E.PPO.beta}, log-ratios ${E.PPO.logRatios.join(', ')} and score ${E.PPO.score}. ` +
      toks
        .map(
          (t, i) =>
            `Token ${i + 1}: reward ${fmt(t.reward, 3)}, value ${f2(t.value)}, TD error ${fmt(t.tdError, 3)}, advantage ${fmt(t.advantage, 3)}`,
        )
        .join('. ') +
      '. The advantages are computed from the last token backwards, each adding γλ times the next one.',
  };
}
