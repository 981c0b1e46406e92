// Every word of the figures that plot the engine's numbers (labels in the SVG, axis titles, legends,
// panel names, descriptions in words), one typed dictionary per locale. The numbers are formatted by
// the same function in both languages.
import type { Locale } from '../../i18n/locales';
import { fmt } from '../../widgets/shell/svg-chart';

const f2 = (v: number) => fmt(v, 2);
const f3 = (v: number) => fmt(v, 3);

/** What the descriptions need to know of the pair-wise losses at a margin. */
type At = (name: string, h: number) => { loss: number; delta: number };
interface Optimum {
  replies: string[];
  reward: number[];
  reference: number[];
  optima: Array<{ beta: number; probs: number[] }>;
}
interface Stage {
  pick: string;
  among: string[];
  p: number;
}
interface Ranking {
  names: string[];
  scores: number[];
  stages: Stage[];
  plackettLuce: { loss: number; deltas: number[] };
  rrhf: { loss: number; deltas: number[]; pairs: Array<{ active: boolean }> };
}
interface KtoAt0 {
  valueDesirable: number;
  valueUndesirable: number;
  deltaDesirable: number;
  deltaUndesirable: number;
}
interface GroupReply {
  reply: string;
  reward: number;
  advantage: number;
}
interface PpoToken {
  reward: number;
  value: number;
  tdError: number;
  advantage: number;
}

const en = {
  loss: {
    lossPanel: 'Loss against the margin h',
    deltaPanel: 'Gradient weight δ on the chosen reply against the margin h',
    lossTitle: 'Loss',
    deltaTitle: 'Weight δ on the chosen reply',
    /** A loss's name in the legend (the others are the methods' published names). */
    hinge: 'hinge',
    margin: 'margin h (nats)',
    lossAxis: 'loss',
    deltaAxis: 'δ (per token)',
    description: (
      p: { beta: number; tau: number; epsilon: number; gamma: number; hMin: number; hMax: number },
      at: At,
    ) =>
      `Two line charts over the margin h from ${p.hMin} to ${p.hMax}, with β = ${p.beta}, τ = ${p.tau}, ε = ` +
      `${p.epsilon}, γ = ${p.gamma}. ` +
      `At h = 0 the losses are DPO ${f2(at('DPO', 0).loss)}, IPO ${f2(at('IPO', 0).loss)}, cDPO ` +
      `${f2(at('cDPO', 0).loss)}, hinge ${f2(at('hinge', 0).loss)}, SimPO ${f2(at('SimPO', 0).loss)}. ` +
      `The weights at h = 4: DPO ${f2(at('DPO', 4).delta)} (fading towards zero), cDPO ${f2(at('cDPO', 4).delta)} ` +
      `(slightly negative: it pushes back), ` +
      `hinge ${f2(at('hinge', 4).delta)} (exactly zero past its margin), IPO ${f2(at('IPO', 4).delta)} (negative ` +
      `past its target 1/(2τ) = ${1 / (2 * p.tau)}), SimPO ${f2(at('SimPO', 4).delta)}. ` +
      `IPO's loss leaves the top of the chart: it grows as the square of the distance to its target.`,
  },
  optimum: {
    replies: ['y_A (trail mix)', 'y_B (one word)'],
    reference: 'π_ref',
    optimumAt: (beta: number) => `π* at β = ${beta}`,
    probability: 'probability',
    reply: (rewards: number[]) => `reply (reward r: ${rewards.map(f2).join(' and ')})`,
    description: (d: Optimum) =>
      `A bar chart over the two replies of the chapter's example ` +
      `(${d.replies.map((r, i) => `${r}, reward ${f2(d.reward[i])}`).join('; ')}). ` +
      `The reference gives them ${d.reference.map(f2).join(', ')}. ` +
      d.optima.map((o) => `At β = ${o.beta} the optimum gives ${o.probs.map(f2).join(', ')}`).join('. ') +
      '. A large β keeps the optimum close to the reference; a small β moves almost all probability to the best reply.',
  },
  bradleyTerry: {
    noise: (noise: number) => `label noise ${noise}`,
    x: 'utility difference u(y₁) − u(y₂)',
    y: 'P(y₁ labelled better)',
    description: (mids: Array<{ noise: number; p: number }>) =>
      `Three S-shaped curves of the probability that the simulated labeller prefers y₁, against the utility ` +
      `difference, for every pair of one- and two-word replies of the first toy prompt. ` +
      `At a difference of 1 the probability is ${mids.map((m) => `${f2(m.p)} with noise ${m.noise}`).join(', ')}: ` +
      `more noise flattens the curve towards a coin flip.`,
  },
  ranking: {
    choice: (k: number) => `choice ${k}`,
    plTitle: 'Plackett–Luce (and PRO): the best of the rest',
    plNote: 'Highlighted: the reply picked at that choice; p its softmax share.',
    rrhfTitle: 'RRHF: one hinge for each better–worse pair',
    rrhfNote: 'Solid: the one active hinge (a worse reply scored above a better one).',
    plPanel: 'Plackett–Luce as a sequence of choices',
    rrhfPanel: 'RRHF pairs on the same ranking',
    description: (d: Ranking) =>
      `The four replies of the first toy prompt ranked by hidden utility: ` +
      `${d.names.map((n, i) => `“${n}” (score ${f2(d.scores[i])})`).join(', ')}. ` +
      `Plackett–Luce reads the ranking as ${d.stages.length} choices: ` +
      `${d.stages.map((st) => `“${st.pick}” among ${st.among.length} with probability ${f2(st.p)}`).join('; ')}; ` +
      `its loss, the sum of the negative log-probabilities, is ${f2(d.plackettLuce.loss)}. RRHF compares all ` +
      `${d.rrhf.pairs.length} ordered pairs; only ` +
      `${d.rrhf.pairs.filter((p) => p.active).length} hinge is active (“${d.names[1]}” scores above ` +
      `“${d.names[0]}”), so RRHF's loss is ${f2(d.rrhf.loss)} and it moves only those two replies ` +
      `(δ ${d.rrhf.deltas.map(f2).join(', ')}), while Plackett–Luce moves every reply (δ ` +
      `${d.plackettLuce.deltas.map(f2).join(', ')}).`,
  },
  kto: {
    valuePanel: 'KTO value against the implicit reward',
    deltaPanel: 'KTO gradient weight against the implicit reward',
    valueTitle: 'Value',
    deltaTitle: 'Weight δ',
    desirable: 'desirable reply',
    undesirable: 'undesirable reply',
    x: 'implicit reward r − z₀ (nats)',
    valueAxis: 'value',
    deltaAxis: 'δ (per token)',
    description: (p: { beta: number; lambdaD: number; lambdaU: number }, at0: KtoAt0) =>
      `With β = ${p.beta}, λ_D = ${p.lambdaD} and λ_U = ${p.lambdaU}: the value of a desirable reply rises from 0 ` +
      `towards ${p.lambdaD} as its implicit reward passes the reference point, ` +
      `that of an undesirable reply from −${p.lambdaU} towards 0; at the reference point they are ` +
      `${f2(at0.valueDesirable)} and ${f2(at0.valueUndesirable)}. ` +
      `The weights peak there (${f2(at0.deltaDesirable)} and ${f2(at0.deltaUndesirable)}) and fade for replies far ` +
      `on either side; an undesirable reply weighs ${p.lambdaU / p.lambdaD} times as much as a desirable one.`,
  },
  grpo: {
    rewardPanel: 'Rewards of the group',
    advantagePanel: 'Group-normalised advantages',
    reward: 'reward',
    advantage: 'advantage',
    rewardAxis: 'reward (hidden utility)',
    advantageAxis: 'advantage Â (standard deviations)',
    replyAxis: 'reply of the group',
    description: (seed: number, g: GroupReply[], mean: number) =>
      `Six replies sampled for the first toy prompt at GRPO's first step (seed ${seed}): ` +
      g.map((x, i) => `${i + 1}. “${x.reply}”, reward ${f2(x.reward)}, advantage ${f2(x.advantage)}`).join('; ') +
      '. ' +
      `The group mean is ${f2(mean)}; each advantage is the reward minus that mean, divided by the group's standard ` +
      `deviation, so the advantages sum to zero and replies better than their siblings are pushed up.`,
  },
  bestOfN: {
    bound: 'bound log N − (N−1)/N',
    exact: 'exact KL on the toy',
    x: 'N (samples per prompt)',
    y: 'KL(best-of-N ‖ π) in nats',
    description: (last: { n: number; bound: number; exact: number }) =>
      `The KL divergence between best-of-N sampling and the policy it samples from, for N from 1 to ${last.n}. The ` +
      `bound log N − (N−1)/N ` +
      `grows like log N (${f2(last.bound)} nats at N = ${last.n}); the exact value on the toy world's first prompt, ` +
      `computed by enumerating every reply, ` +
      `stays just under it (${f2(last.exact)} at N = ${last.n}) because some replies tie in utility.`,
  },
  ppo: {
    nets: [
      { name: 'policy π_θ', role: 'writes the reply' },
      { name: 'critic V_ψ', role: 'predicts the return' },
      { name: 'reference π_ref', role: 'KL penalty per token' },
      { name: 'reward model r_φ', role: 'scores the whole reply' },
    ],
    trained: 'trained',
    frozen: 'frozen',
    netsTitle: 'Four networks, two of them trained',
    netsNote: 'Solid border: updated each step. Dashed: frozen copies.',
    gaeTitle: 'GAE: a backward pass over one reply',
    rows: { tok: 'token', r: 'reward r_t', v: 'value V_t', d: 'TD error', a: 'advantage A_t' },
    recursion: (gamma: number, lambda: number) =>
      `A_t = TD error_t + γλ·A_{t+1} (γ = ${gamma}, λ = ${lambda}), last token first.`,
    shaped: (score: number) => `r_t = −β·log(π/π_ref), plus the score ${f2(score)} on the last token.`,
    netsPanel: 'PPO’s four networks: policy and critic trained, reference and reward model frozen',
    gaePanel: 'Generalised advantage estimation over one reply',
    description: (p: { beta: number; logRatios: number[]; score: number }, toks: PpoToken[]) =>
      `Left: PPO keeps four networks; the policy and the critic are trained, the reference policy and the reward ` +
      `model stay frozen. ` +
      `Right: the chapter's worked example, a three-token reply with β = ${p.beta}, log-ratios ` +
      `${p.logRatios.join(', ')} and score ${p.score}. ` +
      toks
        .map(
          (t, i) =>
            `Token ${i + 1}: reward ${f3(t.reward)}, value ${f2(t.value)}, TD error ${f3(t.tdError)}, advantage ` +
            `${f3(t.advantage)}`,
        )
        .join('. ') +
      '. The advantages are computed from the last token backwards, each adding γλ times the next one.',
  },
};
export type PlotStrings = typeof en;

const zh: PlotStrings = {
  loss: {
    lossPanel: '损失随间隔 h 的变化',
    deltaPanel: '被选回复上的梯度权重 δ 随间隔 h 的变化',
    lossTitle: '损失',
    deltaTitle: '被选回复上的权重 δ',
    hinge: '合页损失',
    margin: '间隔 h（nats）',
    lossAxis: '损失',
    deltaAxis: 'δ（每个词元）',
    description: (p, at) =>
      `两幅折线图，横轴是从 ${p.hMin} 到 ${p.hMax} 的间隔 h，参数 β = ${p.beta}、τ = ${p.tau}、ε = ${p.epsilon}、γ = ${p.gamma}。` +
      `在 h = 0 处，各损失为：DPO ${f2(at('DPO', 0).loss)}，IPO ${f2(at('IPO', 0).loss)}，cDPO ${f2(at('cDPO', 0).loss)}，合页损失 ` +
      `${f2(at('hinge', 0).loss)}，SimPO ${f2(at('SimPO', 0).loss)}。` +
      `在 h = 4 处的权重：DPO ${f2(at('DPO', 4).delta)}（逐渐趋于零），cDPO ${f2(at('cDPO', 4).delta)}（略为负：它会往回推），` +
      `合页损失 ${f2(at('hinge', 4).delta)}（越过间隔后恰好为零），IPO ${f2(at('IPO', 4).delta)}（越过目标 1/(2τ) = ${1 / (2 * p.tau)} ` +
      `后为负），SimPO ${f2(at('SimPO', 4).delta)}。` +
      `IPO 的损失超出了图的上边界：它随与目标距离的平方增长。`,
  },
  optimum: {
    replies: ['y_A（什锦果仁）', 'y_B（只有一个词）'],
    reference: 'π_ref',
    optimumAt: (beta) => `β = ${beta} 时的 π*`,
    probability: '概率',
    reply: (rewards) => `回复（奖励 r：${rewards.map(f2).join(' 和 ')}）`,
    description: (d) =>
      `柱状图，对应本章示例中的两个回复（${d.replies.map((r, i) => `${r}，奖励 ${f2(d.reward[i])}`).join('；')}）。` +
      `参考模型给它们的概率是 ${d.reference.map(f2).join('、')}。` +
      d.optima.map((o) => `β = ${o.beta} 时最优策略给出 ${o.probs.map(f2).join('、')}`).join('。') +
      '。β 较大时最优策略贴近参考模型；β 较小时几乎所有概率都移到最好的回复上。',
  },
  bradleyTerry: {
    noise: (noise) => `标注噪声 ${noise}`,
    x: '效用差 u(y₁) − u(y₂)',
    y: 'P(y₁ 被标为更好)',
    description: (mids) =>
      `三条 S 形曲线，表示模拟标注者偏好 y₁ 的概率随效用差的变化，取第一个玩具提示下所有一词和两词回复组成的对。` +
      `效用差为 1 时，该概率为 ${mids.map((m) => `${f2(m.p)}（噪声 ${m.noise}）`).join('、')}：噪声越大，曲线越平，越接近抛硬币。`,
  },
  ranking: {
    choice: (k) => `第 ${k} 次选择`,
    plTitle: 'Plackett–Luce（及 PRO）：从剩余中选最好',
    plNote: '高亮：该次选中的回复；p 为它的 softmax 份额。',
    rrhfTitle: 'RRHF：每个“较好–较差”对一项合页损失',
    rrhfNote: '实线：唯一起作用的合页损失项（较差回复得分高于较好回复）。',
    plPanel: 'Plackett–Luce：一连串的选择',
    rrhfPanel: '同一排序上的 RRHF 回复对',
    description: (d) =>
      `第一个玩具提示的四个回复按隐藏效用排序：${d.names.map((n, i) => `“${n}”（得分 ${f2(d.scores[i])}）`).join('、')}。` +
      `Plackett–Luce 把这个排序看作 ${d.stages.length} 次选择：` +
      `${d.stages.map((st) => `在 ${st.among.length} 个中选出“${st.pick}”，概率 ${f2(st.p)}`).join('；')}；` +
      `它的损失是各负对数概率之和，为 ${f2(d.plackettLuce.loss)}。RRHF 比较全部 ${d.rrhf.pairs.length} 个有序对，其中只有 ` +
      `${d.rrhf.pairs.filter((p) => p.active).length} 个合页损失项起作用（“${d.names[1]}”的得分高于“${d.names[0]}”），所以 RRHF 的损失为 ` +
      `${f2(d.rrhf.loss)}，且只移动这两个回复` +
      `（δ ${d.rrhf.deltas.map(f2).join('、')}），而 Plackett–Luce 会移动每个回复（δ ${d.plackettLuce.deltas.map(f2).join('、')}）。`,
  },
  kto: {
    valuePanel: 'KTO 的价值随隐式奖励的变化',
    deltaPanel: 'KTO 的梯度权重随隐式奖励的变化',
    valueTitle: '价值',
    deltaTitle: '权重 δ',
    desirable: '合意的回复',
    undesirable: '不合意的回复',
    x: '隐式奖励 r − z₀（nats）',
    valueAxis: '价值',
    deltaAxis: 'δ（每个词元）',
    description: (p, at0) =>
      `取 β = ${p.beta}、λ_D = ${p.lambdaD}、λ_U = ${p.lambdaU}：合意回复的价值随其隐式奖励越过参考点，从 0 升向 ${p.lambdaD}；` +
      `不合意回复的价值从 −${p.lambdaU} 升向 0；在参考点处两者分别为 ${f2(at0.valueDesirable)} 和 ${f2(at0.valueUndesirable)}。` +
      `权重在那里达到峰值（${f2(at0.deltaDesirable)} 和 ${f2(at0.deltaUndesirable)}），离参考点越远越小；不合意回复的权重是合意回复的 ` +
      `${p.lambdaU / p.lambdaD} 倍。`,
  },
  grpo: {
    rewardPanel: '组内各回复的奖励',
    advantagePanel: '组内归一化的优势',
    reward: '奖励',
    advantage: '优势',
    rewardAxis: '奖励（隐藏效用）',
    advantageAxis: '优势 Â（以标准差计）',
    replyAxis: '组内的回复',
    description: (seed, g, mean) =>
      `GRPO 第一步时为第一个玩具提示采样的六个回复（随机种子 ${seed}）：` +
      `${g.map((x, i) => `${i + 1}.“${x.reply}”，奖励 ${f2(x.reward)}，优势 ${f2(x.advantage)}`).join('；')}。` +
      `组内均值为 ${f2(mean)}；每个优势等于奖励减去该均值，再除以组内标准差，因此各优势之和为零，比同组回复更好的回复会被推高。`,
  },
  bestOfN: {
    bound: '上界 log N − (N−1)/N',
    exact: '玩具模型上的精确 KL',
    x: 'N（每个提示的样本数）',
    y: 'KL(best-of-N ‖ π)，单位 nats',
    description: (last) =>
      `best-of-N 采样与其所采样的策略之间的 KL 散度，N 从 1 到 ${last.n}。上界 log N − (N−1)/N ` +
      `按 log N 增长（N = ${last.n} 时为 ${f2(last.bound)} nats）；在玩具世界第一个提示上枚举每个回复算出的精确值` +
      `略低于上界（N = ${last.n} 时为 ${f2(last.exact)}），因为有些回复的效用相同。`,
  },
  ppo: {
    nets: [
      { name: '策略 π_θ', role: '生成回复' },
      { name: '评论家 V_ψ', role: '预测回报' },
      { name: '参考模型 π_ref', role: '逐词元 KL 惩罚' },
      { name: '奖励模型 r_φ', role: '给整个回复打分' },
    ],
    trained: '训练',
    frozen: '冻结',
    netsTitle: '四个网络，其中两个参与训练',
    netsNote: '实线边框：每步更新。虚线：冻结的副本。',
    gaeTitle: 'GAE：在一个回复上反向计算',
    rows: { tok: '词元', r: '奖励 r_t', v: '价值 V_t', d: 'TD 误差', a: '优势 A_t' },
    recursion: (gamma, lambda) => `A_t = TD 误差_t + γλ·A_{t+1}（γ = ${gamma}，λ = ${lambda}），从最后一个词元算起。`,
    shaped: (score) => `r_t = −β·log(π/π_ref)，最后一个词元再加上得分 ${f2(score)}。`,
    netsPanel: 'PPO 的四个网络：策略和评论家参与训练，参考模型和奖励模型冻结',
    gaePanel: '在一个回复上做广义优势估计',
    description: (p, toks) =>
      `左图：PPO 维护四个网络；策略和评论家参与训练，参考策略和奖励模型保持冻结。` +
      `右图：本章的算例，一个三词元的回复，β = ${p.beta}，对数比率为 ${p.logRatios.join('、')}，得分 ${p.score}。` +
      toks
        .map(
          (t, i) =>
            `第 ${i + 1} 个词元：奖励 ${f3(t.reward)}，价值 ${f2(t.value)}，TD 误差 ${f3(t.tdError)}，优势 ${f3(t.advantage)}`,
        )
        .join('。') +
      '。优势从最后一个词元往前算，每一步加上下一步优势的 γλ 倍。',
  },
};

export const PLOT_STRINGS: Record<Locale, PlotStrings> = { en, zh };
