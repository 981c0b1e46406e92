// 第 6.1 章练习的中文文本（数值、答案与链接沿用英文版 ../algorithms-point-wise.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'pw-gae': {
    question:
      '一条三个词元的回复得到奖励 $r = (0, 0, 1)$；评论家给出的价值为 $V = (0.2, 0.4, 0.5)$，终止价值为 $0$。取 $\\gamma = 1$、$\\lambda = 0.95$，第一个词元的 GAE 优势 $A_0$ 是多少？',
    hint: '从后往前算：$\\delta_t = r_t + \\gamma V_{t+1} - V_t$，$A_t = \\delta_t + \\gamma\\lambda A_{t+1}$，从 $A_3 = 0$ 开始。',
    solution:
      'TD 误差：$\\delta_2 = 1 + 0 - 0.5 = 0.5$，$\\delta_1 = 0 + 0.5 - 0.4 = 0.1$，$\\delta_0 = 0 + 0.4 - 0.2 = 0.2$。于是 $A_2 = 0.5$，$A_1 = 0.1 + 0.95 \\times 0.5 = 0.575$，$A_0 = 0.2 + 0.95 \\times 0.575 \\approx 0.746$。',
  },
  'pw-gae-lambda-zero': {
    question:
      '回复和评论家都与上题相同（$r = (0, 0, 1)$，$V = (0.2, 0.4, 0.5)$，终止价值 $0$，$\\gamma = 1$），但 $\\lambda = 0$。现在 $A_0$ 是多少？',
    hint: '当 $\\lambda = 0$ 时，优势就是单个 TD 误差。',
    solution:
      '$A_0 = \\delta_0 = 0 + 1 \\times 0.4 - 0.2 = 0.2$。当 $\\lambda = 0$ 时，这个估计完全信任评论家，最终奖励只能通过 $V$ 间接起作用，此外被忽略。',
  },
  'pw-ppo-clip-loss': {
    question:
      '某个词元的对数概率在采样时为 $-1.2$，现在升到了 $-0.9$；它的优势为 $A = 1$，$\\epsilon = 0.2$。这个词元的 PPO 裁剪损失 $\\max(-A\\rho, -A\\,\\mathrm{clip}(\\rho, 1-\\epsilon, 1+\\epsilon))$ 是多少？',
    hint: '$\\rho = e^{-0.9 - (-1.2)} = e^{0.3}$。',
    solution:
      '$\\rho = e^{0.3} = 1.350$，裁剪后为 $1.2$。损失为 $\\max(-1.350, -1.2) = -1.2$：裁剪项胜出，所以这个词元不再贡献梯度。',
  },
  'pw-kl-shaped': {
    question:
      'RLHF 给每个词元的奖励是 $-\\beta(\\log\\pi_\\theta - \\log\\pi_{\\mathrm{ref}})$，并在最后一个词元上加上奖励模型的分数。一条两个词元的回复，策略对数概率为 $(-1, -2)$，参考模型对数概率为 $(-1.5, -1.5)$，分数为 $1$，$\\beta = 0.1$。最后一个词元的奖励是多少？',
    hint: '在最后一个词元上，策略给出的概率低于参考模型，所以 KL 项是一笔奖励。',
    solution:
      '$-0.1 \\times (-2 - (-1.5)) = 0.05$，再加上分数 $1$：$1.05$。（第一个词元得到 $-0.1 \\times (-1 + 1.5) = -0.05$。）',
  },
  'pw-kto-loss': {
    question:
      'KTO 看到一条可取回复，$\\log\\pi_\\theta(y) = -5$，$\\log\\pi_{\\mathrm{ref}}(y) = -6$。取 $\\beta = 0.5$、参考点 $z_0 = 0.2$、$\\lambda_D = 1$，它的损失 $\\lambda_D(1 - \\sigma(\\beta(r - z_0)))$ 是多少？其中 $r$ 是对数比率。',
    hint: '$r = -5 - (-6) = 1$，且 $1 - \\sigma(x) = \\sigma(-x)$。',
    solution:
      '$\\beta(r - z_0) = 0.5 \\times 0.8 = 0.4$，所以损失为 $1 - \\sigma(0.4) = \\sigma(-0.4) \\approx 0.401$。',
  },
  'pw-remax-baseline': {
    question: 'ReMax 去掉了 PPO 的评论家。那么它从每条采样回复的奖励中减去的是什么？',
    options: [
      {
        text: '什么也不减：它就是普通的 REINFORCE',
        why: '没有基线，梯度估计的噪声会大得多；ReMax 的要点正是一个廉价的基线。',
      },
      {
        text: '同一提示下贪心回复的奖励',
        why: '每个提示多做一次贪心解码，就得到一个基线，它反映了策略在这个提示上已经达到的水平。',
      },
      {
        text: '一组样本的平均奖励',
        why: '那是 GRPO 的基线，它需要每个提示采样多条回复。',
      },
      { text: '相对于参考模型的 KL 散度', why: 'KL 是奖励中的惩罚项，不是基线。' },
    ],
  },
  'pw-try-ppo-human': {
    setup: '在实验台中用同策略数据和人类标签运行 PPO',
    question: '为什么实验台不能直接用人类标签训练 PPO？',
    answer:
      'PPO 需要为每条采样回复提供一个标量奖励，而人类标注者只会比较、排序或认可回复，并不会写出分数。所以 RLHF 要先在这些比较数据上训练一个奖励模型。',
    expect: '需要为每条回复提供一个标量奖励',
  },
};
export default zh;
