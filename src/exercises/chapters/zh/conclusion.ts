// 第 9 章练习的中文文本（数值、答案与链接沿用英文版 ../conclusion.ts）。
import type { ExerciseTranslation } from '../../types';

const zh: ExerciseTranslation = {
  'cc-dpo-start': {
    question:
      'DPO 训练刚开始时，策略与参考模型相同，因此每个偏好对的对数比率都是 $0$：取 $\\log\\pi_\\theta(y^+) = \\log\\pi_{\\mathrm{ref}}(y^+) = -7$，$\\log\\pi_\\theta(y^-) = \\log\\pi_{\\mathrm{ref}}(y^-) = -9$，并取 $\\beta = 0.3$。DPO 损失是多少？',
    hint: '策略还没有变化时，间隔 $h$ 是多少？',
    solution:
      '$h = 0$，所以无论 $\\beta$ 取何值、无论是哪个偏好对，损失都是 $-\\log\\sigma(0) = \\log 2 \\approx 0.693$。如果 DPO 的损失曲线不是从 $0.693$ 附近开始，就说明策略与参考模型并不相同。',
  },
  'cc-unified': {
    question: '下面哪种说法最能概括综述的统一视角？',
    options: [
      {
        text: '每种方法都是对数据源、反馈和算法的一组选择，而算法归结为 $\\nabla \\log\\pi_\\theta$ 上的梯度系数',
        why: '这正是本书的框架：四个组件，一种梯度形式。',
      },
      {
        text: '所有方法都是等价的，所以选哪个都无所谓',
        why: '这些方法的形式彼此相关，但系数不同，结果也不同。',
      },
      {
        text: 'RL 方法是 SFT 的一个特例',
        why: '这一论断是对称的：两者都是同一种梯度的实例，谁也不能归约为对方。',
      },
      {
        text: '只有在线方法才算偏好学习',
        why: 'DPO 这样的离线方法正是综述的核心内容之一。',
      },
    ],
  },
  'cc-components': {
    question:
      '你把一条运行正常的 DPO 流水线从固定数据集改为每一步重新采样偏好对、并由奖励模型打标签。统一视角中的哪个组件发生了变化？',
    options: [
      { text: '只有算法', why: '损失仍然是 DPO 的损失。' },
      {
        text: '数据源和反馈',
        why: '同策略采样改变了 $\\mathcal{D}$，奖励模型的标签改变了 $r$；$\\mathcal{A}$ 仍然是 DPO。',
      },
      {
        text: '只有评估',
        why: '评估是检验结果的方式，在这里并不属于训练配方的一部分。',
      },
      {
        text: '什么都没变，因为 DPO 按定义就是离线的',
        why: 'DPO 可以在线运行；综述的第一个洞见就是：数据源是一项独立的选择。',
      },
    ],
  },
  'cc-try-simpo': {
    setup: '打开实验台，选择 SimPO，不使用参考模型',
    question: '没有参考模型时，DPO 拒绝运行。SimPO 能运行吗？实验台给出的方法名是什么？',
    answer:
      '能：实验台将其命名为 SimPO 并开始训练，因为 SimPO 只比较策略自身经长度归一化的对数概率，用目标间隔代替参考模型。',
    expect: 'SimPO',
  },
};
export default zh;
