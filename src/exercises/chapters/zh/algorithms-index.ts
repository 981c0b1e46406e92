// 第 6 章练习的中文文本（数值、答案与链接沿用英文版 ../algorithms-index.ts）。
import type { ExerciseTranslation } from '../../types';

const PAIR =
  '一个偏好对在当前策略下的对数概率之和为 $\\log\\pi_\\theta(y^+) = -10$、$\\log\\pi_\\theta(y^-) = -12$，在参考模型下为 $\\log\\pi_{\\mathrm{ref}}(y^+) = -11$、$\\log\\pi_{\\mathrm{ref}}(y^-) = -11$。';

const zh: ExerciseTranslation = {
  'alg-dpo-loss': {
    question: `${PAIR}取 $\\beta = 0.1$，DPO 损失 $-\\log\\sigma(\\beta h)$ 是多少？`,
    hint: '先算间隔：$h = (\\log\\pi_\\theta(y^+) - \\log\\pi_{\\mathrm{ref}}(y^+)) - (\\log\\pi_\\theta(y^-) - \\log\\pi_{\\mathrm{ref}}(y^-))$。',
    solution:
      '$h = (-10 + 11) - (-12 + 11) = 1 - (-1) = 2$，所以 $\\beta h = 0.2$，损失为 $\\log(1 + e^{-0.2}) = \\log 1.8187 \\approx 0.598$。',
  },
  'alg-ipo-loss': {
    question: `${PAIR}取 $\\tau = 1$，IPO 损失 $(h - 1/(2\\tau))^2$ 是多少？`,
    hint: '间隔与 DPO 中的相同；IPO 的目标间隔是 $1/(2\\tau)$。',
    solution:
      '$h = 2$，目标为 $1/(2 \\times 1) = 0.5$，所以损失为 $(2 - 0.5)^2 = 2.25$。与 DPO 不同，IPO 此时会把间隔往回压：它已经超出了目标。',
  },
  'alg-family-rrhf': {
    question: 'RRHF 给若干条候选回复打分，并惩罚每一对与奖励顺序相反的回复。综述把它归入哪一类？',
    options: [
      {
        text: '逐点方法',
        why: '逐点方法单独为每条回复加权；而 RRHF 的每一项总是涉及列表中的两条回复。',
      },
      {
        text: '成对对比',
        why: 'RRHF 确实比较回复对，但这些回复对位于由若干候选组成的排序列表之中，这正是它属于列表式方法的原因。',
      },
      {
        text: '列表式对比',
        why: '它使用每个提示下若干候选回复的排序，并在所有候选之间进行对比。',
      },
      { text: '免训练对齐', why: 'RRHF 会更新模型的权重。' },
    ],
  },
  'alg-what-ignored': {
    question: '综述按算法对比的对象给算法分类。这一分类刻意忽略了下面哪一项？',
    options: [
      {
        text: '数据是在线采样的还是离线收集的',
        why: '综述把数据源视为一个独立的组成部分，所以同一个算法可以在线运行，也可以离线运行，而不改变它所属的类别。',
      },
      {
        text: '一个训练项比较多少条回复',
        why: '这正是把方法分为逐点、成对和列表式三类的依据。',
      },
      {
        text: '权重究竟是否更新',
        why: '这一点把免训练对齐与其他方法区分开来。',
      },
      {
        text: '梯度系数的形式',
        why: '梯度系数正是统一视角在各方法之间进行比较的对象。',
      },
    ],
  },
  'alg-try-pl': {
    setup: '在实验台中使用 bandit 模型和 Plackett–Luce 损失',
    question: '对于在四个候选回复的排序上使用的 Plackett–Luce 损失，实验台报告的方法名称是什么？',
    answer: 'Plackett–Luce（列表式 DPO，如 LiPO/PRO 中那样）：它是 DPO 的 Bradley–Terry 损失在列表上的推广。',
    expect: 'Plackett–Luce（列表式 DPO',
  },
};
export default zh;
