// Every word of the explanatory diagrams without plotted numbers (MCTS, online/offline, the judge's
// modes, the open problems, the method map), one typed dictionary per locale.
import type { Locale } from '../../i18n/locales';

const en = {
  mcts: {
    phases: [
      ['1. Selection', 'follow the children with the best upper confidence bound'],
      ['2. Expansion', 'add one new step (a continuation) below the leaf'],
      ['3. Simulation', 'roll out to the end; a reward or checker scores it'],
      ['4. Backpropagation', 'add the score to every node on the path'],
    ],
    label: (title: string, body: string) => `${title}: ${body}`,
    description:
      'Four small trees, one per phase of Monte Carlo tree search over reasoning steps. Selection walks from the ' +
      'root down the most promising children. ' +
      'Expansion adds a new step below the chosen leaf. Simulation finishes the solution from there and scores it ' +
      '(here 1, a correct answer). ' +
      'Backpropagation adds that score to the visit statistics of every node on the path, so the next selection ' +
      'prefers it. The scored paths are the data for a reward model, for decoding or for fine-tuning.',
  },
  onlineOffline: {
    cells: [
      ['online, on-policy', 'PPO, GRPO, ReMax, online DPO: sample now, score now'],
      ['online, off-policy', 'rare: a live judge scores replies from another model'],
      ['offline, on-policy', 'one round of samples from the start model, stored (on-policy only at step 0)'],
      ['offline, off-policy', 'DPO on HH-RLHF or UltraFeedback, SFT, KTO: stored data and labels'],
    ],
    sampledNow: 'sampled from π_θ now',
    sampledElsewhere: 'sampled elsewhere',
    data: 'data →',
    queried: ['feedback', 'queried', 'during', 'training'],
    stored: ['feedback', 'stored', 'in advance'],
    /** Characters per line of a cell's text. */
    cellWidth: 22,
    description:
      'A two-by-two grid. Columns: whether the replies are sampled from the current policy (on-policy) or come from ' +
      'elsewhere (off-policy). ' +
      'Rows: whether feedback is queried during training (online) or stored in advance (offline). Online and ' +
      'on-policy: PPO, GRPO, ReMax, online DPO. ' +
      'Online and off-policy: rare, a live judge scoring another model’s replies. Offline and on-policy: one stored ' +
      'round of samples from the starting model, on-policy only at the first step. ' +
      'Offline and off-policy: DPO on public preference datasets, SFT and KTO.',
  },
  judgeModes: {
    rows: [
      ['Pair-wise comparison', 'question, answer A, answer B', 'A, B or tie (swap the order and ask again)'],
      ['Single-answer grading', 'question, one answer', 'a score from 1 to 10'],
      ['Reference-guided grading', 'question, answer, reference answer', 'a score against the reference'],
    ],
    sees: (input: string) => `sees: ${input}`,
    judge: 'judge',
    returns: 'returns',
    description:
      'Three ways an LLM judge grades, one per row. Pair-wise comparison: it sees a question and two answers and ' +
      'returns which is better or a tie, and the order is swapped and asked again to cancel position bias. ' +
      'Single-answer grading: it sees one answer and returns a score from 1 to 10. Reference-guided grading: it ' +
      'also sees a reference answer and scores against it.',
  },
  future: {
    items: [
      ['Data', 'more diverse, higher-quality preferences; synthetic data that stays faithful'],
      ['Feedback', 'reliable signals past human skill: scalable oversight, verifiers, process rewards'],
      ['Algorithm', 'robust to noisy labels and reward hacking; cheaper; theory of when each works'],
      ['Evaluation', 'benchmarks that resist contamination and judges without length or position bias'],
    ],
    openProblem: 'open problem',
    item: (component: string, body: string) => `${component}: ${body}.`,
  },
  methodMap: {
    categories: { 'point-wise': 'point-wise', 'pair-wise': 'pair-wise', 'list-wise': 'list-wise' } as Record<
      string,
      string
    >,
    withReference: 'with a reference model',
    without: 'without one',
    needsReward: '● needs a reward model while training',
    none: 'none',
    list: ', ',
    category: (category: string, withRef: string, without: string) =>
      `${category}: with a reference ${withRef}; without ${without}`,
    description: (categories: string[]) =>
      `The methods this book's engine trains, by how much data one update uses (columns) and whether they keep a ` +
      `frozen reference model (rows). ` +
      categories.join('. ') +
      '. Methods marked with a dot also need a reward model during training.',
  },
};
export type OtherStrings = typeof en;

const zh: OtherStrings = {
  mcts: {
    phases: [
      ['1. 选择', '沿置信上界最高的子节点往下走'],
      ['2. 扩展', '在叶节点下添加一个新步骤（一段续写）'],
      ['3. 模拟', '一直推演到结尾，由奖励或检查器打分'],
      ['4. 回传', '把分数加到路径上的每个节点'],
    ],
    label: (title: string, body: string) => `${title}：${body}`,
    description:
      '四棵小树，分别对应在推理步骤上做蒙特卡洛树搜索的四个阶段。选择：从根节点沿最有希望的子节点往下走。' +
      '扩展：在选中的叶节点下添加一个新步骤。模拟：从那里把解答补完并打分（这里为 1，即答案正确）。' +
      '回传：把这个分数加到路径上每个节点的访问统计中，使下一次选择更倾向于它。打过分的路径可以用来训练奖励模型、指导解码或做微调。',
  },
  onlineOffline: {
    cells: [
      ['在线，同策略', 'PPO、GRPO、ReMax、在线 DPO：现采样，现打分'],
      ['在线，异策略', '少见：实时评审为另一个模型的回复打分'],
      ['离线，同策略', '从初始模型采样一轮并存储（只在第 0 步是同策略）'],
      ['离线，异策略', '在 HH-RLHF 或 UltraFeedback 上训练 DPO，以及 SFT、KTO：存好的数据和标签'],
    ],
    sampledNow: '现在从 π_θ 采样',
    sampledElsewhere: '来自别处',
    data: '数据 →',
    queried: ['训练中', '实时', '获取', '反馈'],
    stored: ['反馈', '事先', '存储'],
    cellWidth: 22,
    description:
      '一个二乘二的表格。列：回复是从当前策略采样（同策略），还是来自别处（异策略）。' +
      '行：反馈是在训练中实时获取（在线），还是事先存储（离线）。在线且同策略：PPO、GRPO、ReMax、在线 DPO。' +
      '在线且异策略：少见，例如由实时评审为另一个模型的回复打分。离线且同策略：从初始模型采样一轮并存储，只在第一步是同策略。' +
      '离线且异策略：在公开偏好数据集上训练 DPO，以及 SFT 和 KTO。',
  },
  judgeModes: {
    rows: [
      ['成对比较', '问题、回答 A、回答 B', 'A、B 或平局（交换顺序再问一次）'],
      ['单个回答打分', '问题、一个回答', '1 到 10 分'],
      ['参考答案引导打分', '问题、回答、参考答案', '对照参考答案打分'],
    ],
    sees: (input: string) => `输入：${input}`,
    judge: '评审',
    returns: '输出',
    description:
      'LLM 评审打分的三种方式，每行一种。成对比较：评审看到一个问题和两个回答，给出哪个更好或平局；再交换顺序问一次，以抵消位置偏差。' +
      '单个回答打分：评审看到一个回答，给出 1 到 10 分。参考答案引导打分：评审还能看到参考答案，并对照它打分。',
  },
  future: {
    items: [
      ['数据', '更多样、更高质量的偏好；保持可信的合成数据'],
      ['反馈', '超越人类能力的可靠信号：可扩展监督、验证器、过程奖励'],
      ['算法', '对噪声标签与奖励欺骗更稳健；更省算力；弄清各方法何时有效的理论'],
      ['评估', '抗数据污染的基准，以及没有长度或位置偏差的评审'],
    ],
    openProblem: '开放问题',
    item: (component: string, body: string) => `${component}：${body}。`,
  },
  methodMap: {
    categories: { 'point-wise': '逐点', 'pair-wise': '成对', 'list-wise': '列表式' },
    withReference: '有参考模型',
    without: '无参考模型',
    needsReward: '● 训练时需要奖励模型',
    none: '无',
    list: '、',
    category: (category: string, withRef: string, without: string) =>
      `${category}：有参考模型的是 ${withRef}；没有的是 ${without}`,
    description: (categories: string[]) =>
      `本书引擎训练的各方法，按一次更新使用多少数据分列，按是否保留冻结的参考模型分行。` +
      categories.join('。') +
      '。带圆点的方法在训练时还需要奖励模型。',
  },
};

export const OTHER_STRINGS: Record<Locale, OtherStrings> = { en, zh };
