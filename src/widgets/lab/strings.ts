// Reader-visible sentences of the lab, one dictionary per locale (src/i18n/locales.ts). The lab's engine
// (compose.ts) returns codes and numbers; every sentence about a combination is written here.
import type { Locale } from '../../i18n/locales';

/** Each algorithm as the select lists it: its published name (the same in both editions, but one). */
const ALGORITHM_NAMES: Record<string, string> = {
  sft: 'SFT',
  rft: 'RFT',
  raft: 'RAFT',
  remax: 'ReMax',
  ppo: 'PPO',
  kto: 'KTO',
  dpo: 'DPO',
  ipo: 'IPO',
  cdpo: 'cDPO',
  hinge: 'SLiC-HF hinge',
  simpo: 'SimPO',
  orpo: 'ORPO',
  rrhf: 'RRHF',
  'plackett-luce': 'Plackett–Luce',
  grpo: 'GRPO',
};

const en = {
  title: 'The preference-learning lab',
  titleCompact: 'Try the unified view: assemble a method from its four parts',
  label: {
    beta: 'β',
    noise: 'label noise',
    n: 'N',
    positionBias: 'judge position bias',
    verbosityBias: 'judge verbosity bias',
    rmPairs: 'RM pairs per prompt',
  },
  parts: 'The four components',
  control: {
    model: 'Model',
    reference: 'reference model π',
    data: 'Data',
    feedback: 'Feedback',
    algorithm: 'Algorithm',
  },
  /** The options of each selector (their values are the engine's). */
  option: {
    model: { autoregressive: 'tiny autoregressive LM', bandit: 'bandit (4 fixed replies per prompt)' },
    data: {
      'off-policy': 'off-policy dataset (drawn once from the initial policy)',
      'on-policy': 'on-policy sampling (fresh every step)',
      'best-of-n': 'best-of-N samples',
    },
    feedback: {
      human: 'human labels (Bradley–Terry on the hidden utility)',
      rule: 'hand-designed rule (uses the topic word)',
      'reward-model': 'trained reward model',
      'pairwise-scorer': 'pair-wise scorer',
      judge: 'simulated LLM judge',
    },
  } as Record<string, Record<string, string>>,
  group: { 'point-wise': 'Point-wise', 'pair-wise': 'Pair-wise', 'list-wise': 'List-wise' } as Record<string, string>,
  /** Each algorithm as the select lists it, and its full title in the line under the select. */
  algorithmName: ALGORITHM_NAMES,
  /** The full title, in the line under the select, where it says more than the name. */
  algorithmTitle: {
    sft: 'SFT',
    rft: 'RFT (rejection-sampling fine-tuning)',
    raft: 'RAFT (best-of-N, then SFT)',
    remax: 'ReMax (REINFORCE, greedy baseline)',
    'plackett-luce': 'Plackett–Luce (list-wise DPO)',
  } as Record<string, string>,
  optionText: (name: string, needs: string[]) => `${name} — ${needs.join(' + ')}`,
  built: 'What you built:',
  summary: { loss: 'loss', utility: 'expected hidden utility' },
  deltaCaption: [
    'The unified gradient (3.1) live (the survey’s Eq. (1)): gradient coefficients δ of this step, in the',
    'summed form',
  ],
  distCaption: 'Prompt 0: the trained policy against the reference',
  reply: 'reply',
  chart: {
    utility: 'Expected hidden utility over steps, this run and the pinned run',
    kl: 'KL to the reference over steps',
    watch: 'The quantity this combination watches over steps',
    frontier: 'Hidden utility against KL for several β: the frontier',
    utilityLegend: 'hidden utility',
    pinnedLegend: 'pinned run',
    klLegend: 'KL to π',
    watched: 'watched quantity',
    frontierCaption: [
      'reward–KL frontier: final hidden utility (up) against final KL to π',
      ' (right), one point per β',
    ],
    utilityAxis: 'utility',
    klAxis: 'KL (nats)',
  },
  pin: 'Pin this run for comparison',
  sweep: 'Sweep β (6 runs)',
  presetsTitle: 'Failure modes to reproduce',
  /** The failure-mode presets (their states are in options.ts). */
  preset: {
    'over-optimisation': {
      title: 'Reward over-optimisation',
      explains:
        'PPO against a reward model trained on only two pairs per prompt, with almost no KL penalty: the reward model’s score keeps rising while the hidden utility peaks and then falls.',
    },
    verbosity: {
      title: 'A judge’s verbosity bias',
      explains:
        'Online DPO labelled by a judge that adds a bonus for every extra word: replies grow longer and the hidden utility ends lower than with an unbiased judge (set the verbosity bias to 0 to compare).',
    },
    displacement: {
      title: 'DPO’s likelihood displacement',
      explains:
        'DPO on the bandit with deterministic labels: for the pair “maybe um” ≻ “ugh”, the margin grows while the chosen reply’s own log-probability falls — the mass goes to replies that win other pairs.',
    },
    'off-policy-drift': {
      title: 'Off-policy drift',
      explains:
        'DPO on a fixed dataset drawn from the initial policy: the margin on those old pairs keeps growing and the policy drifts from the reference, while the hidden utility stays below what the same budget reaches online (switch Data to on-policy to compare).',
    },
  } as Record<string, { title: string; explains: string }>,
  watch: {
    score: 'mean score of the samples under the training reward',
    length: 'mean reply length (words)',
    margin: 'implicit reward margin',
    chosenLogp: 'log-probability of the chosen reply',
    agreement: 'agreement with the target ranking',
  } as Record<string, string>,
  /** The example of the step above the δ table (LabExample, see view.ts). */
  example: {
    ranking: (order: string) => `prompt 0, target order ${order}`,
    pair: (prompt: number, chosen: string, rejected: string) => `prompt ${prompt}: ${chosen} ≻ ${rejected}`,
    tokens: (reply: string, score: string) => `${reply} (score ${score})`,
    group: 'the group of prompt 0',
    labelled: 'replies labelled desirable (+) or undesirable (−)',
    samples: 'this step’s samples',
  },
  deltaRow: {
    chosen: 'δ on the chosen reply',
    rejected: 'δ on the rejected reply',
    for: (what: string) => `δ for ${what}`,
    advantage: (reply: string) => `Â for ${reply}`,
    labelled: (reply: string, desirable: boolean) => `${reply} ${desirable ? '+' : '−'}`,
  },
  cannotTrain: 'a combination this engine cannot train.',
  unnamed: 'no named method in the survey — an open cell of the taxonomy.',
  whyNot: (why: string) => `Why not: ${why}`,
  /** Why a combination cannot run (the engine's CompositionIssue codes). */
  composition: {
    'list-needs-bandit': (a: string) =>
      `${a} ranks a list of candidates; in this toy the lists are the bandit model's four fixed replies, so choose the bandit model.`,
    'needs-tokens': (a: string) =>
      `${a} trains on sampled token sequences; the bandit model has no tokens, so choose the autoregressive model.`,
    'length-needs-tokens': (a: string) =>
      `${a} length-normalises token log-probabilities; the bandit model has no tokens, so choose the autoregressive model.`,
    'needs-reference': (a: string) =>
      `${a} measures the policy against a frozen reference model; switch the reference on, or pick a reference-free method (SimPO, ORPO, RRHF, SFT).`,
    'feedback-mismatch': (a: string, need: string, from: string) => `${a} needs ${need}, and ${from}.`,
    'data-mismatch': (a: string, data: string, _chosen: string) => `${a} runs on ${data} in this engine.`,
  },
  /** What a method needs, in the feedback-mismatch sentence. */
  needWhat: {
    scalar: 'a scalar reward for each reply',
    binary: 'a good/bad label for each reply',
    pair: 'a preferred reply in each pair',
    list: 'a full ranking of the candidates',
    demonstrations: 'demonstrations written by people',
  } as Record<string, string>,
  /** Why the chosen feedback cannot give it. */
  feedbackCannot: {
    human: 'human labellers here compare, rank or approve replies but do not write scores',
    rule: 'a rule only says pass or fail, which cannot order a whole list',
    'reward-model': 'a reward model scores replies but does not write demonstrations',
    'pairwise-scorer': 'a pair-wise scorer only compares two replies',
    judge: 'this judge only compares two replies',
  } as Record<string, string>,
  dataName: (d: string) => (d === 'best-of-n' ? 'best-of-N samples' : `${d} data`),
  or: ' or ',
  betaZero: (algorithm: string) =>
    `β = 0 is allowed only where β weighs a KL penalty (PPO, GRPO); ${algorithm} needs β above 0.`,
  trainingRewardModel: 'Training the reward model for this seed…',
  stepped: (loss: string, utility: string, kl: string) => `loss ${loss}, hidden utility ${utility}, KL ${kl}.`,
  pinned: (steps: number) => `Pinned this run (${steps} steps); change a component and train to compare.`,
  cannotSweep: (why: string) => `Cannot sweep: ${why}`,
  sweepProgress: (beta: number, done: number, of: number) => `Sweep: β = ${beta} done (${done} of ${of}).`,
  sweepSkipped: (beta: number) => `β = ${beta} overflowed and is left out`,
  frontierReady: (points: string) => `Frontier ready: ${points}.`,
  listSeparator: '; ',
  frontierPoint: (beta: number, kl: string, utility: string) => `β ${beta}: KL ${kl}, utility ${utility}`,
  frontierAxisX: 'KL(π_θ ‖ π_ref) at the end of the run',
  frontierAxisY: 'hidden utility',
  frontierLabel: (beta: number) => `β ${beta}`,
  /** What each need of an algorithm is called in the algorithm's description line (from the registry). */
  need: {
    demonstrations: 'demonstrations written by people',
    scalar: 'a scalar reward for each reply',
    binary: 'a good/bad label for each reply',
    pair: 'pairs with a preferred reply',
    list: 'a ranking of several candidates',
    reference: 'a reference model',
  } as Record<string, string>,
  needs: (algorithm: string, needs: string[]) => `${algorithm} needs ${needs.join(' and ')}.`,
  /** Short form after each algorithm's name in the select. */
  needShort: {
    demonstrations: 'demonstrations',
    scalar: 'scalar reward',
    binary: 'good/bad labels',
    pair: 'pairs',
    list: 'ranked list',
    reference: 'reference',
  } as Record<string, string>,
  help: {
    n: 'How many replies are sampled per prompt: best-of-N keeps the best of them, GRPO compares a group of N.',
    noise:
      'How unsure the simulated people are: 0 always prefers the reply with the higher hidden utility; ' +
      'larger values make the labels closer to coin flips.',
  },
  notApplies: {
    beta: (algorithm: string) => `Not used: ${algorithm} has no β.`,
    n: (algorithm: string) => `Not used: ${algorithm} does not sample N replies per prompt.`,
    noise: 'Not used: label noise belongs to simulated human labels of pairs or good/bad replies.',
    positionBias: 'Not used: only the simulated LLM judge has a position bias.',
    verbosityBias: 'Not used: only the simulated LLM judge has a verbosity bias.',
    rmPairs: 'Not used: only the trained reward model and the pair-wise scorer are trained on pairs.',
  },
  selector: {
    model: 'model',
    reference: 'reference model',
    data: 'data',
    feedback: 'feedback',
    algorithm: 'algorithm',
  } as Record<string, string>,
  /** The nearest valid combination, named by what changes (e.g. "feedback: trained reward model"). */
  useInstead: (changes: string[]) => `Use ${changes.join(', ')} instead`,
  choice: (selector: string, option: string) => `${selector}: ${option}`,
  settingsNowValid: (name: string) => `Changed to a combination that trains: ${name}`,
  referenceOn: 'on',
  referenceOff: 'off',
  recipeNote: (note: string) => ` — ${note}`,
};
export type LabStrings = typeof en;

/** Chinese runs into Latin text with a space between them (“在 best-of-N 样本上”). */
const spaced = (s: string) => (/^[A-Za-z]/.test(s) ? ` ${s}` : s);

const zh: LabStrings = {
  title: '偏好学习实验台',
  titleCompact: '动手试试统一视角：用四个组件拼出一种方法',
  label: {
    beta: 'β',
    noise: '标注噪声',
    n: 'N',
    positionBias: '评审的位置偏差',
    verbosityBias: '评审的冗长偏差',
    rmPairs: '奖励模型每个提示的偏好对数',
  },
  parts: '四个组件',
  control: { model: '模型', reference: '参考模型 π', data: '数据', feedback: '反馈', algorithm: '算法' },
  option: {
    model: { autoregressive: '小型自回归语言模型', bandit: '老虎机（每个提示 4 个固定回复）' },
    data: {
      'off-policy': '异策略数据集（从初始策略一次性抽取）',
      'on-policy': '同策略采样（每步重新采样）',
      'best-of-n': 'best-of-N 样本',
    },
    feedback: {
      human: '人类标注（按隐藏效用的 Bradley–Terry 模型）',
      rule: '人工设计的规则（看主题词）',
      'reward-model': '训练好的奖励模型',
      'pairwise-scorer': '成对打分器',
      judge: '模拟的 LLM 评审',
    },
  } as Record<string, Record<string, string>>,
  group: { 'point-wise': '逐点', 'pair-wise': '成对', 'list-wise': '列表式' } as Record<string, string>,
  algorithmName: { ...ALGORITHM_NAMES, hinge: 'SLiC-HF 合页损失' },
  algorithmTitle: {
    sft: 'SFT（监督微调）',
    rft: 'RFT（拒绝采样微调）',
    raft: 'RAFT（best-of-N 之后再做 SFT）',
    remax: 'ReMax（以贪心回复为基线的 REINFORCE）',
    'plackett-luce': 'Plackett–Luce（列表式 DPO）',
  } as Record<string, string>,
  optionText: (name: string, needs: string[]) => `${name} — ${needs.join(' + ')}`,
  built: '你拼出的方法：',
  summary: { loss: '损失', utility: '期望隐藏效用' },
  deltaCaption: ['实时的统一梯度 (3.1)（综述的式 (1)）：本步的梯度系数 δ，采用', '求和形式'],
  distCaption: '提示 0：训练后的策略与参考模型的对比',
  reply: '回复',
  chart: {
    utility: '本次运行与固定运行的期望隐藏效用随步数的变化',
    kl: '与参考模型的 KL 随步数的变化',
    watch: '这个组合所关注的量随步数的变化',
    frontier: '不同 β 下隐藏效用与 KL 的关系：前沿',
    utilityLegend: '隐藏效用',
    pinnedLegend: '固定的运行',
    klLegend: '与 π',
    watched: '关注的量',
    frontierCaption: ['奖励–KL 前沿：最终隐藏效用（纵轴）对最终与 π', ' 的 KL（横轴），每个 β 一个点'],
    utilityAxis: '效用',
    klAxis: 'KL（奈特）',
  },
  pin: '固定这次运行以便对比',
  sweep: '扫描 β（6 次运行）',
  presetsTitle: '可复现的失败模式',
  preset: {
    'over-optimisation': {
      title: '奖励过度优化',
      explains:
        '针对一个每个提示只用两个偏好对训练出的奖励模型运行 PPO，几乎不加 KL 惩罚：奖励模型的评分一路上升，隐藏效用却先升到顶点再回落。',
    },
    verbosity: {
      title: '评审的冗长偏差',
      explains:
        '由一个每多一个词就额外加分的评审来标注的在线 DPO：回复越来越长，最终的隐藏效用比无偏评审下更低（把冗长偏差设为 0 即可对比）。',
    },
    displacement: {
      title: 'DPO 的似然位移',
      explains:
        '在老虎机上用确定性标签运行 DPO：对偏好对“maybe um” ≻ “ugh”，间隔不断增大，被选回复自身的对数概率却在下降——概率质量流向了在其他偏好对中胜出的回复。',
    },
    'off-policy-drift': {
      title: '异策略漂移',
      explains:
        '在从初始策略抽取的固定数据集上运行 DPO：这些旧偏好对上的间隔持续增大，策略逐渐偏离参考模型，而隐藏效用始终低于同样预算下在线训练所能达到的水平（把“数据”切换为同策略即可对比）。',
    },
  } as Record<string, { title: string; explains: string }>,
  watch: {
    score: '训练奖励下样本的平均评分',
    length: '回复的平均长度（词数）',
    margin: '隐式奖励间隔',
    chosenLogp: '被选回复的对数概率',
    agreement: '与目标排序的一致率',
  } as Record<string, string>,
  example: {
    ranking: (order: string) => `提示 0，目标顺序 ${order}`,
    pair: (prompt: number, chosen: string, rejected: string) => `提示 ${prompt}：${chosen} ≻ ${rejected}`,
    tokens: (reply: string, score: string) => `${reply}（评分 ${score}）`,
    group: '提示 0 的一组回复',
    labelled: '标为可取（+）或不可取（−）的回复',
    samples: '本步的样本',
  },
  deltaRow: {
    chosen: '被选回复上的 δ',
    rejected: '被拒回复上的 δ',
    for: (what: string) => `${what} 的 δ`,
    advantage: (reply: string) => `${reply} 的 Â`,
    labelled: (reply: string, desirable: boolean) => `${reply} ${desirable ? '+' : '−'}`,
  },
  cannotTrain: '这个引擎无法训练的组合。',
  unnamed: '综述中没有对应的具名方法——分类体系中的一个空白格。',
  whyNot: (why: string) => `原因：${why}`,
  composition: {
    'list-needs-bandit': (a: string) =>
      `${a} 对一组候选回复排序；在这个玩具模型里，候选列表就是老虎机模型的四个固定回复，所以请选择老虎机模型。`,
    'needs-tokens': (a: string) => `${a} 在采样出的词元序列上训练；老虎机模型没有词元，所以请选择自回归模型。`,
    'length-needs-tokens': (a: string) =>
      `${a} 会按长度归一化词元的对数概率；老虎机模型没有词元，所以请选择自回归模型。`,
    'needs-reference': (a: string) =>
      `${a} 以一个冻结的参考模型为基准来衡量策略；请打开参考模型，或改选不需要参考模型的方法（SimPO、ORPO、RRHF、SFT）。`,
    'feedback-mismatch': (a: string, need: string, from: string) => `${a} 需要${need}，而${from}。`,
    'data-mismatch': (a: string, data: string, chosen: string) =>
      `${a} 运行在${spaced(data)}上：在这个引擎里，它不能用${spaced(chosen)}训练，只在${spaced(data)}上运行。`,
  },
  needWhat: {
    scalar: '为每条回复提供一个标量奖励',
    binary: '为每条回复提供一个好/坏标签',
    pair: '在每个偏好对中指出被选回复',
    list: '给出候选回复的完整排序',
    demonstrations: '人写的示范',
  } as Record<string, string>,
  feedbackCannot: {
    human: '这里的人类标注者只比较、排序或认可回复，并不打分',
    rule: '规则只判断通过或不通过，无法给整个列表排序',
    'reward-model': '奖励模型只给回复打分，不会编写示范',
    'pairwise-scorer': '成对打分器只比较两个回复',
    judge: '这个评审只比较两个回复',
  } as Record<string, string>,
  dataName: (d: string) =>
    d === 'best-of-n' ? 'best-of-N 样本' : d === 'on-policy' ? '同策略数据' : d === 'off-policy' ? '异策略数据' : d,
  or: '或',
  betaZero: (algorithm: string) =>
    `只有当 β 是 KL 惩罚的权重时（PPO、GRPO）才允许 β = 0；${algorithm} 需要大于 0 的 β。`,
  trainingRewardModel: '正在为这个随机种子训练奖励模型……',
  stepped: (loss: string, utility: string, kl: string) => `损失 ${loss}，隐藏效用 ${utility}，KL ${kl}。`,
  pinned: (steps: number) => `已固定这次运行（${steps} 步）；改动一个组件再训练即可对比。`,
  cannotSweep: (why: string) => `无法扫描：${why}`,
  sweepProgress: (beta: number, done: number, of: number) => `扫描：β = ${beta} 已完成（第 ${done} 个，共 ${of} 个）。`,
  sweepSkipped: (beta: number) => `β = ${beta} 溢出了，已略去`,
  frontierReady: (points: string) => `前沿已就绪：${points}。`,
  listSeparator: '；',
  frontierPoint: (beta: number, kl: string, utility: string) => `β ${beta}：KL ${kl}，效用 ${utility}`,
  frontierAxisX: '运行结束时的 KL(π_θ ‖ π_ref)',
  frontierAxisY: '隐藏效用',
  frontierLabel: (beta: number) => `β ${beta}`,
  need: {
    demonstrations: '人写的示范',
    scalar: '每条回复的标量奖励',
    binary: '每条回复的好/坏标签',
    pair: '带有被选回复的偏好对',
    list: '对多个候选回复的排序',
    reference: '参考模型',
  } as Record<string, string>,
  needs: (algorithm: string, needs: string[]) => `${algorithm} 需要${needs.join('和')}。`,
  needShort: {
    demonstrations: '示范',
    scalar: '标量奖励',
    binary: '好/坏标签',
    pair: '偏好对',
    list: '排序列表',
    reference: '参考模型',
  } as Record<string, string>,
  help: {
    n: '每个提示采样多少个回复：best-of-N 保留其中最好的一个，GRPO 比较一组 N 个回复。',
    noise: '模拟的标注者有多不确定：0 表示总是偏好隐藏效用更高的回复；数值越大，标签越接近抛硬币。',
  },
  notApplies: {
    beta: (algorithm: string) => `未使用：${algorithm} 没有 β。`,
    n: (algorithm: string) => `未使用：${algorithm} 不为每个提示采样 N 个回复。`,
    noise: '未使用：标注噪声只属于模拟人类对偏好对或好/坏回复的标注。',
    positionBias: '未使用：只有模拟的 LLM 评审才有位置偏差。',
    verbosityBias: '未使用：只有模拟的 LLM 评审才有冗长偏差。',
    rmPairs: '未使用：只有训练好的奖励模型和成对打分器才在偏好对上训练。',
  },
  selector: {
    model: '模型',
    reference: '参考模型',
    data: '数据',
    feedback: '反馈',
    algorithm: '算法',
  } as Record<string, string>,
  useInstead: (changes: string[]) => `改用${changes.join('，')}`,
  choice: (selector: string, option: string) => `${selector}：${option}`,
  settingsNowValid: (name: string) => `已换成一个可以训练的组合：${name}`,
  referenceOn: '开',
  referenceOff: '关',
  recipeNote: (note: string) => ` —— ${note}`,
};

export const LAB_STRINGS: Record<Locale, LabStrings> = { en, zh };
