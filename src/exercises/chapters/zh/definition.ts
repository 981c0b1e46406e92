// 第 2 章练习的中文文本（数值、答案与链接沿用英文版 ../definition.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'def-bt-probability': {
    question:
      '在 Bradley–Terry 模型下，回复 A 的奖励为 $r_A = 2.0$，回复 B 的奖励为 $r_B = 0.5$。一个人偏好 A 的概率是多少？',
    hint: '只有奖励之差才起作用：$P(A \\succ B) = \\sigma(r_A - r_B)$。',
    solution:
      '$P(A \\succ B) = \\sigma(2.0 - 0.5) = 1/(1 + e^{-1.5}) = 1/1.2231 \\approx 0.818$。给两个奖励加上同一个常数，结果不会改变。',
  },
  'def-tilt-beta-1': {
    question:
      '参考模型给四个回复的概率依次为 $0.4, 0.3, 0.2, 0.1$，它们的奖励依次为 $1, 0.5, 0, -1$。取 $\\beta = 1$，KL 正则化目标的最优策略 $\\pi^* \\propto \\pi_{\\mathrm{ref}}\\, e^{r/\\beta}$ 给第一个回复的概率是多少？',
    hint: '用 $\\pi_{\\mathrm{ref}}(y)\\, e^{r(y)/\\beta}$ 给每个回复加权，再除以所有权重之和（这个和就是 $Z(x)$）。',
    solution:
      '各权重为 $0.4e^{1} = 1.087$、$0.3e^{0.5} = 0.495$、$0.2e^{0} = 0.2$ 和 $0.1e^{-1} = 0.037$；它们的和为 $Z = 1.819$，所以 $\\pi^*(y_1) = 1.087/1.819 \\approx 0.598$，高于原来的 $0.4$。',
  },
  'def-tilt-beta-quarter': {
    question:
      '还是这四个回复（参考概率 $0.4, 0.3, 0.2, 0.1$；奖励 $1, 0.5, 0, -1$），但现在 $\\beta = 0.25$。$\\pi^*$ 给第一个回复的概率是多少？',
    hint: '用更小的 $\\beta$ 去除奖励，会让各个指数项之间的差别大得多。',
    solution:
      '各权重为 $0.4e^{4} = 21.84$、$0.3e^{2} = 2.217$、$0.2$ 和 $0.1e^{-4} = 0.0018$；$Z = 24.26$，$\\pi^*(y_1) = 21.84/24.26 \\approx 0.900$。向参考模型的拉力变弱后，最好的回复拿走了大部分概率质量。',
  },
  'def-beta-limits': {
    question: '在 KL 正则化目标中，当 $\\beta$ 变得非常大时，最优策略 $\\pi^*$ 会怎样？',
    options: [
      {
        text: '把全部概率质量放在奖励最高的回复上',
        why: '那是 $\\beta \\to 0$ 的极限：此时 KL 惩罚消失，只有奖励起作用。',
      },
      {
        text: '变成参考策略 $\\pi_{\\mathrm{ref}}$',
        why: '对每个回复都有 $e^{r/\\beta} \\to 1$，倾斜消失，$\\pi^* = \\pi_{\\mathrm{ref}}$：偏离的惩罚压倒了任何奖励。',
      },
      {
        text: '变成所有回复上的均匀分布',
        why: 'KL 散度是相对于 $\\pi_{\\mathrm{ref}}$ 而不是均匀分布计算的，所以极限是参考策略。',
      },
      {
        text: '没有定义，因为 $Z(x)$ 发散',
        why: '$Z(x) = \\sum_y \\pi_{\\mathrm{ref}}(y)\\, e^{r/\\beta}$ 趋于 $1$，完全是有限的。',
      },
    ],
  },
  'def-partition': {
    question: '配分函数 $Z(x)$ 是对所有可能回复的求和，为什么它并不妨碍 DPO 的训练？',
    options: [
      { text: 'DPO 通过采样来近似它', why: '不需要任何采样：DPO 根本不计算 $Z(x)$。' },
      {
        text: '它只依赖于提示，所以比较同一提示下的两个回复时会被消去',
        why: 'Bradley–Terry 概率用的是同一个 $x$ 下两个奖励之差，而 $\\beta \\log Z(x)$ 在两者中都出现。',
      },
      {
        text: '对语言模型而言它等于 1',
        why: '只有当奖励全为零（或 $\\beta$ 为无穷大）时才成立；一般情况下 $Z(x)$ 不等于 1。',
      },
      {
        text: '由奖励模型来计算它',
        why: 'DPO 的训练不需要奖励模型；奖励以隐式奖励的形式蕴含于策略之中。',
      },
    ],
  },
  'def-try-reference': {
    setup: '在实验台中运行 DPO，并关闭参考模型',
    question: 'KL 正则化目标需要 $\\pi_{\\mathrm{ref}}$。对于没有参考模型的 DPO，实验台会给出什么提示？',
    answer:
      '它拒绝训练，并解释 DPO 是以一个冻结的参考模型为基准来衡量策略的；它建议打开参考模型，或者选择 SimPO、ORPO、RRHF 或 SFT 这类无需参考模型的方法。',
    expect: '以一个冻结的参考模型为基准来衡量策略',
  },
};
export default zh;
