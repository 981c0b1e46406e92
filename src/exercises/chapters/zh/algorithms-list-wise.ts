// 第 6.3 章练习的中文文本（数值、答案与链接沿用英文版 ../algorithms-list-wise.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'lw-pl-nll': {
    question:
      '三条回复按从好到差排序，得分为 $s = (2, 1, 0)$。这个排序的 Plackett–Luce 负对数似然 $-\\sum_{k} \\big(s_k - \\log\\sum_{j \\ge k} e^{s_j}\\big)$ 是多少？',
    hint: '共两项：先从三条回复中挑出最好的一条，再从剩下的两条中挑出第二条。最后一次挑选是确定的。',
    solution:
      '$\\log(e^2 + e^1 + e^0) = 2.4076$，所以第一项为 $2 - 2.4076 = -0.4076$；$\\log(e^1 + e^0) = 1.3133$，所以第二项为 $1 - 1.3133 = -0.3133$。负对数似然为 $0.4076 + 0.3133 \\approx 0.721$，也就是说，这个排序的概率为 $e^{-0.721} = 0.486$。',
  },
  'lw-rrhf': {
    question:
      'RRHF 对所有回复对求和 $\\max(0, s_i - s_j)$，其中回复 $i$ 是这一对中奖励较低的那条。三条回复经过长度归一化的得分为 $s = (-1.0, -0.8, -1.5)$，奖励为 $(2, 1, 0)$。排序损失是多少？',
    hint: '逐一检查三对回复：哪条奖励较低的回复得分反而高于奖励较高的回复？',
    solution:
      '回复 2（奖励 1）的得分为 $-0.8$，高于回复 1（奖励 2）的 $-1.0$：这一对的代价为 $-0.8 + 1.0 = 0.2$。回复 3 的得分比两者都低，没有代价。损失为 $0.2$。',
  },
  'lw-grpo-delta': {
    question:
      'GRPO 的逐词元系数等于裁剪优势项，加上来自其 KL 估计量的 $\\beta(\\pi_{\\mathrm{ref}}/\\pi_\\theta - 1)$。在第一个 epoch（$\\rho = 1$，$\\epsilon = 0.2$），某个词元经组内归一化的优势为 $\\hat A = 0.5$，$\\log\\pi_\\theta = -1$，$\\log\\pi_{\\mathrm{ref}} = -1.2$，$\\beta = 0.04$。$\\delta$ 是多少？',
    hint: '$\\pi_{\\mathrm{ref}}/\\pi_\\theta = e^{-1.2 - (-1)} = e^{-0.2}$。',
    solution:
      '裁剪项给出 $\\hat A \\rho = 0.5$。KL 项为 $0.04 \\times (e^{-0.2} - 1) = 0.04 \\times (-0.1813) = -0.0073$。所以 $\\delta \\approx 0.4927$：在这个词元上，策略给出的概率已经高于参考模型，所以 KL 项把它稍稍往回拉。',
  },
  'lw-pl-two': {
    question: '对于只有两条回复的列表，Plackett–Luce 模型会变成什么？',
    options: [
      {
        text: 'Bradley–Terry 模型',
        why: '只有两条回复时只需挑选一次：$e^{s_1}/(e^{s_1} + e^{s_2}) = \\sigma(s_1 - s_2)$，正是 Bradley–Terry 模型。',
      },
      {
        text: '合页损失',
        why: 'Plackett–Luce 是一个概率模型，对数似然是光滑的；而合页损失有一段平坦区域。',
      },
      { text: '什么也不是：它至少需要三条回复', why: '它对任何包含两条或更多回复的列表都有定义。' },
      {
        text: '在最好的回复上做监督微调',
        why: '似然中仍然同时包含两条回复的得分。',
      },
    ],
  },
  'lw-grpo-critic': {
    question: '在 GRPO 中，是什么取代了 PPO 学出来的评论家？',
    options: [
      {
        text: '奖励模型',
        why: 'GRPO 仍然需要为每条回复提供奖励（来自模型或规则）；它去掉的是价值网络。',
      },
      { text: '贪心回复的奖励', why: '那是 ReMax 的基线。' },
      {
        text: '同一提示下一组回复的奖励均值和标准差',
        why: '每条回复的优势等于它的奖励减去组内均值，再除以组内标准差。',
      },
      { text: '一个固定的常数', why: '常数基线无法适应每个提示的难易程度。' },
    ],
  },
  'lw-try-grpo-offline': {
    setup: '在实验台中用异策略数据集运行 GRPO',
    question: '实验台显示了什么信息？为什么这对 GRPO 来说是合理的？',
    answer:
      '在本引擎中，GRPO 只在同策略数据上运行。它的基线是针对每个提示、从当前策略新采样的一组回复的平均奖励，因此它需要同策略采样。',
    expect: '在同策略数据上运行',
  },
};
export default zh;
