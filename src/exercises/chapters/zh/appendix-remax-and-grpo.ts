// 附录 B 练习的中文文本（数值、答案与链接沿用英文版 ../appendix-remax-and-grpo.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'rg-remax': {
    question:
      'ReMax 用 $r(y) - r(\\hat y)$ 给一条采样回复加权，其中 $\\hat y$ 是贪心回复。采样回复得分 $0.7$，贪心回复得分 $0.9$。这条样本的系数 $\\delta$ 是多少？',
    hint: '奖励减去基线。',
    solution:
      '$\\delta = 0.7 - 0.9 = -0.2$：这条样本比策略贪心解码已经能做到的还差，所以尽管它的奖励为正，它的 token 仍被压低。',
  },
  'rg-grpo-clipped': {
    question:
      '某个 GRPO token 的优势为 $\\hat A = -1$，比率 $\\rho = 1.25$，$\\epsilon = 0.2$，策略与参考模型的对数概率相等（都是 $-0.5$），且 $\\beta = 0.04$。$\\delta$ 是多少？',
    hint: '优势为负时，只要比率高于 $1 - \\epsilon$，裁剪就不起作用；两个对数概率相等时，KL 项为零。',
    solution:
      '比率 $1.25$ 高于 $1 - \\epsilon = 0.8$，所以裁剪项不起作用，得到 $\\hat A\\rho = -1.25$；KL 项为 $0.04 \\times (e^{0} - 1) = 0$。因此 $\\delta = -1.25$：一个变得更可能的坏 token 会被狠狠压低。',
  },
  'rg-baseline-unbiased': {
    question: '为什么减去基线不会让策略梯度产生偏差？',
    options: [
      {
        text: '因为基线很小',
        why: '大小无关紧要；任何不依赖于采样回复的基线都不会改变期望。',
      },
      {
        text: '因为 $\\mathbb{E}_{y \\sim \\pi}[\\nabla \\log\\pi(y)] = 0$，所以当 $b$ 不依赖于 $y$ 时，$b \\cdot \\nabla\\log\\pi(y)$ 这一项的平均为零',
        why: '归一化分布的总概率的梯度为零，所以基线只改变方差。',
      },
      { text: '因为基线是学出来的', why: 'ReMax 的贪心基线并不是学出来的，它同样无偏。' },
      {
        text: '其实会产生偏差，只是很小',
        why: '不依赖于采样回复的基线完全不引入偏差，它只改变方差。',
      },
    ],
  },
  'rg-classification': {
    question: 'GRPO 根据同一提示的一组回复来计算每条回复的优势。为什么综述把它列为列表式方法，而不是逐点方法？',
    options: [
      {
        text: '因为它的损失依赖于人给出的排序',
        why: 'GRPO 只需要标量奖励，不需要排序。',
      },
      {
        text: '因为每条回复的权重依赖于同组其他回复的奖励',
        why: '组均值和标准差把这些回复联系在一起，这正是这里“列表式对比”的含义。',
      },
      {
        text: '因为它使用参考模型',
        why: '逐点方法 PPO 也使用参考模型；参考模型并不决定方法属于哪一族。',
      },
      { text: '因为它是离线训练的', why: 'GRPO 是同策略的，也是在线的。' },
    ],
  },
  'rg-try-remax': {
    setup: '在实验台中选择 ReMax，使用由奖励模型打分的同策略样本',
    question: '对于这种组合，实验台给出的方法名称是什么？',
    answer:
      'ReMax：在采样回复上做 REINFORCE，每条回复的权重是它的奖励减去同一提示贪心回复的奖励，因此不需要训练评论家。',
    expect: 'ReMax',
  },
};
export default zh;
