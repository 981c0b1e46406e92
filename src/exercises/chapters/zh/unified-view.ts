// 第 3 章练习的中文文本（数值、答案与链接沿用英文版 ../unified-view.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'uv-dpo-delta': {
    question:
      '对于 DPO，被选回复上的梯度系数为 $\\delta = \\beta\\,\\sigma(-\\beta h)$。当间隔 $h = 1$、$\\beta = 0.5$ 时，它是多少？',
    hint: '$\\sigma(-0.5) = 1/(1 + e^{0.5})$。',
    solution:
      '$\\beta h = 0.5$，$\\sigma(-0.5) = 1/(1 + 1.6487) = 0.3775$，所以 $\\delta = 0.5 \\times 0.3775 \\approx 0.189$。被拒回复得到 $-0.189$。',
  },
  'uv-ppo-clipped': {
    question:
      '某个词元的优势为 $A = 0.8$，经过几次更新后，它的概率比为 $\\rho = 1.3$。PPO 的裁剪范围取 $\\epsilon = 0.2$，它的梯度系数 $\\delta$ 是多少？',
    hint: '优势为正时，比率一旦超过 $1 + \\epsilon$，裁剪后的目标就不再给予奖励。',
    solution:
      '优势为正，而比率 $1.3$ 已经超过 $1 + \\epsilon = 1.2$，所以起作用的是裁剪项，它不依赖于 $\\theta$：$\\delta = 0$。对这个批次而言，该词元已经被推高得足够多了。',
  },
  'uv-ppo-negative': {
    question:
      '另一个词元的优势为 $A = -0.5$，比率为 $\\rho = 0.9$，$\\epsilon = 0.2$。它的 PPO 梯度系数 $\\delta$ 是多少？',
    hint: '优势为负时，只有当比率降到 $1 - \\epsilon$ 以下，裁剪才会生效。',
    solution:
      '$0.9$ 仍高于 $1 - \\epsilon = 0.8$，所以起作用的是未裁剪项，$\\delta = A\\rho = -0.5 \\times 0.9 = -0.45$：该词元仍在被压低。',
  },
  'uv-four-components': {
    question: '在综述的统一视角中，哪个组件根据数据和反馈决定梯度系数 $\\delta$？',
    options: [
      {
        text: '数据源 $\\mathcal{D}$',
        why: '数据源只说明 $(x, y)$ 从哪里来（当前策略或别处）。',
      },
      {
        text: '反馈 $r$',
        why: '反馈提供信号（奖励、标签或排序），但不提供把信号变成权重的规则。',
      },
      {
        text: '算法 $\\mathcal{A}$',
        why: '算法正是把数据和反馈映射为 $\\delta$ 的规则：SFT 把它设为 1，PPO 设为裁剪后的优势，DPO 设为 $\\pm\\beta\\sigma(-\\beta h)$。',
      },
      {
        text: '参考模型',
        why: '有些算法的规则内部会用到参考模型，但它并不是四个组件之一。',
      },
    ],
  },
  'uv-online-on-policy': {
    question:
      'DPO 在一个固定的偏好对数据集上训练，这些偏好对是从 SFT 模型采样的，而 SFT 模型也是它的起点。哪种描述是对的？',
    options: [
      { text: '在线且同策略', why: '训练期间没有给任何新数据打标签，所以不是在线的。' },
      {
        text: '离线，并且在第一次更新之后成为异策略',
        why: '数据是固定的（离线）；走了一步之后，策略就不再是写出这些回复的那个模型，所以从那时起数据是异策略的。',
      },
      { text: '在线且异策略', why: '在线要求训练期间有新的反馈。' },
      {
        text: '始终是同策略，因为数据来自同一个模型',
        why: '同策略指从当前策略中采样；第一次更新之后，SFT 模型就不再是当前策略了。',
      },
    ],
  },
  'uv-try-oaif': {
    setup: '打开实验台：DPO 使用同策略数据，由模拟的 LLM 评审打标签',
    question: '只改变离线 DPO 的数据源和反馈，你会得到哪种已发表的方法？',
    answer:
      '基于 AI 反馈的在线 DPO（OAIF）：每一步都从当前策略采样新的偏好对，并由 LLM 标注者打标签。算法没有变；变的只是 $\\mathcal{D}$ 和 $r$。',
    expect: '基于 AI 反馈的在线 DPO',
  },
};
export default zh;
