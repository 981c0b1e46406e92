// 第 6.2 章练习的中文文本（数值、答案与链接沿用英文版 ../algorithms-pair-wise.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'pair-dpo-weight': {
    question:
      'DPO 用 $\\beta\\,\\sigma(-\\beta h)$ 给一个偏好对的梯度加权。某个偏好对当前被策略排反了，其间隔为 $h = -2$。取 $\\beta = 0.5$，权重是多少？',
    hint: '$-\\beta h = 1$。',
    solution:
      '$0.5 \\times \\sigma(1) = 0.5 \\times 0.7311 \\approx 0.366$，几乎达到最大值 $\\beta = 0.5$：隐式奖励排错的偏好对被推得最用力。',
  },
  'pair-cdpo': {
    question:
      '保守 DPO（cDPO）假设每个标签以概率 $\\epsilon$ 被翻转，并最小化 $-(1-\\epsilon)\\log\\sigma(\\beta h) - \\epsilon\\log\\sigma(-\\beta h)$。某个偏好对的策略对数概率为 $-4$（被选回复）和 $-8$（被拒回复），参考模型对数概率为 $-5$ 和 $-7$，$\\beta = 0.5$，$\\epsilon = 0.1$。损失是多少？',
    hint: '$h = (-4 + 5) - (-8 + 7) = 2$，所以 $\\beta h = 1$。你需要算出 $-\\log\\sigma(1)$ 和 $-\\log\\sigma(-1)$。',
    solution:
      '$-\\log\\sigma(1) = 0.3133$，$-\\log\\sigma(-1) = 1.3133$，所以损失为 $0.9 \\times 0.3133 + 0.1 \\times 1.3133 \\approx 0.413$。普通 DPO 会给出 $0.313$，并且会继续推高间隔；cDPO 则在 $\\sigma(\\beta h) = 1 - \\epsilon$ 处停下。',
  },
  'pair-simpo': {
    question:
      'SimPO 使用逐词元平均对数概率，且不需要参考模型：损失为 $-\\log\\sigma(\\beta(\\bar a^+ - \\bar a^-) - \\gamma)$。取 $\\bar a^+ = -0.5$、$\\bar a^- = -1.0$、$\\beta = 2$、$\\gamma = 0.5$，损失是多少？',
    hint: '$\\sigma$ 的自变量是 $2 \\times 0.5 - 0.5$。',
    solution:
      '$z = 2 \\times (-0.5 + 1.0) - 0.5 = 0.5$，损失为 $\\log(1 + e^{-0.5}) = \\log 1.6065 \\approx 0.474$。如果没有目标间隔 $\\gamma$，损失将是 $0.313$。',
  },
  'pair-hinge': {
    question:
      '带参考模型的 SLiC 式合页损失为 $\\max(0, 1 - \\beta h)$。某个偏好对的策略对数概率为 $-4$ 和 $-6$，参考模型对数概率为 $-4.5$ 和 $-6$（依次为被选回复、被拒回复）。取 $\\beta = 1$，损失是多少？',
    hint: '相对于参考模型，只有被选回复发生了变化。',
    solution:
      '$h = (-4 + 4.5) - (-6 + 6) = 0.5$，所以损失为 $\\max(0, 1 - 0.5) = 0.5$。一旦 $\\beta h \\ge 1$，合页损失就变平，这个偏好对不再产生贡献。',
  },
  'pair-displacement': {
    question: '在 DPO 训练中，某个偏好对的间隔 $h$ 持续增大，而被选回复自身的对数概率却在下降。这怎么可能？',
    options: [
      {
        text: '这是个 bug：DPO 总会提高被选回复的概率',
        why: 'DPO 的损失只取决于两个对数比率之差，没有任何机制强制被选回复的概率上升。',
      },
      {
        text: '被拒回复的概率下降得更快，腾出的概率流向了其他回复',
        why: '这就是似然位移：间隔可以增大，同时两个回复都把概率质量让给了这个偏好对之外的回复。',
      },
      {
        text: '参考模型在被更新',
        why: '在标准 DPO 中参考模型是冻结的；这种现象照样会发生。',
      },
      {
        text: 'β 太大了',
        why: 'β 改变的是权重衰减的快慢，但由于只约束了差值，任何 β 下都会出现似然位移。',
      },
    ],
  },
  'pair-ipo-why': {
    question: '为什么 IPO 要把 DPO 的 log-sigmoid 换成一个以有限间隔为目标的平方损失？',
    options: [
      { text: '为了去掉参考模型', why: 'IPO 仍然相对于 $\\pi_{\\mathrm{ref}}$ 计算对数比率。' },
      {
        text: '在偏好是确定性的情况下，DPO 的最优解会把间隔推向无穷大，KL 项被忽略；有限的目标能让策略留在参考模型附近',
        why: '当一个回复总是获胜时，$-\\log\\sigma(\\beta h)$ 会随着 $h \\to \\infty$ 不断减小；平方损失则停在 $h = 1/(2\\tau)$。',
      },
      {
        text: '平方损失训练得更快',
        why: '动机不在于速度；这一修正关乎最优解是什么。',
      },
      { text: '为了处理列表而不是偏好对', why: 'IPO 仍然是一种成对方法。' },
    ],
  },
  'pair-try-displacement': {
    setup: '实验台中的似然位移预设：在老虎机模型上用确定性标签运行 DPO，共 60 步',
    question: '对于偏好对“maybe um” ≻ “ugh”，间隔和被选回复自身的对数概率分别会怎样变化？',
    answer:
      '间隔增大，而“maybe um”的对数概率下降：它的概率转移到了在其他偏好对中获胜的回复上（例如“steps”）。这就是似然位移。',
    expect: '离线 DPO',
  },
};
export default zh;
