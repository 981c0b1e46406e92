// Every word the survey's six redrawn figures put on screen (labels in the SVG, panel names, the
// taxonomy's lists, the descriptions in words), one typed dictionary per locale.
import type { Locale } from '../../i18n/locales';

const en = {
  pipeline: {
    stagesTitle: 'Three stages of training',
    stages: [
      { t: '1. Pre-training', b: 'next-token prediction on web text: the model learns what text is likely' },
      { t: '2. Supervised fine-tuning', b: 'imitate demonstrations (x, y): the model learns to answer' },
      { t: '3. Preference learning', b: 'feedback on its own replies: the model learns which answer people prefer' },
    ],
    loopTitle: 'Inside stage 3: the pipeline',
    loop: ['data', 'feedback', 'optimise', 'aligned', 'evaluate'],
    optimisation: 'optimisation: training-free, point-, pair- or list-wise',
    exampleTitle: 'One prompt, before and after',
    prompt: 'Prompt',
    promptText:
      '“Write a glowing review for my friend’s new restaurant, with a few five-star quotes from well-known critics.”',
    afterSft: 'After SFT (π_θ)',
    afterSftText: 'A warm review, then three quotes from critics who never said them.',
    aligned: 'Aligned (π_θ′)',
    alignedText: 'An equally warm review, no invented quotes, and a tip to collect real ones.',
    description:
      'Three stacked boxes: pre-training (next-token prediction on web text), supervised fine-tuning (imitating ' +
      'demonstrations) and preference learning (feedback on the model’s own replies). ' +
      'Under the third, a row of five boxes joined by arrows: data, feedback, optimisation (training-free, ' +
      'point-wise, pair-wise or list-wise), the aligned model π_θ′, evaluation. ' +
      'At the bottom one prompt asks for a restaurant review with quotes from famous critics; the fine-tuned model ' +
      'invents the quotes, the preference-trained one writes the review without them and suggests collecting real ' +
      'ones.',
  },
  taxonomy: {
    labels: {
      data: 'Preference data',
      'data/on-policy': 'On-policy',
      'data/off-policy': 'Off-policy',
      'data/off-policy/human': 'From humans',
      'data/off-policy/llm': 'From LLMs',
      feedback: 'Feedback',
      'feedback/direct': 'Direct',
      'feedback/direct/math': 'Math',
      'feedback/direct/translation': 'Translation',
      'feedback/direct/summarization': 'Summarisation',
      'feedback/direct/code': 'Code',
      'feedback/model-based': 'Model-based',
      'feedback/model-based/reward-model': 'Reward models',
      'feedback/model-based/pair-wise-scoring': 'Pair-wise scoring',
      'feedback/model-based/llm-as-judge': 'LLM-as-a-judge',
      optimization: 'Algorithms',
      'optimization/point-wise': 'Point-wise',
      'optimization/pair-wise': 'Pair-wise',
      'optimization/list-wise': 'List-wise',
      'optimization/training-free': 'Training-free',
      'optimization/training-free/input': 'Input',
      'optimization/training-free/output': 'Output',
      evaluation: 'Evaluation',
      'evaluation/rule-based': 'Rule-based',
      'evaluation/llm-based': 'LLM-based',
    } as Record<string, string>,
    root: 'Preference learning',
    chapter: (label: string) => `${label}: the chapter`,
    nav: 'Taxonomy of preference learning, every method linked',
    description: (methods: number) =>
      `A tree with four branches: preference data, feedback, algorithms and evaluation, each split into the ` +
      `survey's sub-categories, with the number of methods under each. ` +
      `Below the picture, the same tree as nested lists links each of the ${methods} methods and benchmarks to its ` +
      `section.`,
  },
  panels: {
    category: { 'point-wise': 'point-wise', 'pair-wise': 'pair-wise', 'list-wise': 'list-wise' } as Record<
      string,
      string
    >,
    mode: { online: 'online', offline: 'offline' } as Record<string, string>,
    modesJoin: ' or ',
    trainingFree: 'training-free',
    policy: 'policy',
    reference: 'reference',
    rewardModel: 'reward model',
    critic: 'critic',
    trained: 'trained',
    frozen: 'frozen',
    data: 'Data',
    feedback: 'Feedback',
    update: 'Update',
    label: (title: string) => `${title}: models, data, feedback and update`,
    and: ' and ',
    nothing: 'nothing',
    text: (title: string, trained: string, frozen: string, data: string, feedback: string, delta: string) =>
      `${title}: trained ${trained}; frozen ${frozen}; data: ${data}; feedback: ${feedback}; ${delta}.`,
    pointwise: {
      sft: {
        data: 'demonstrations (x, y) written or picked by people',
        feedback: 'none beyond the choice of data',
        delta: 'δ = 1 on every token',
      },
      rft: {
        data: 'K samples per question from the current model',
        feedback: 'a rule: is the final answer right?',
        delta: 'δ = 1 if correct, 0 if dropped',
      },
      raft: {
        data: 'K samples per prompt from the current model',
        feedback: 'a reward model ranks them; keep the best',
        delta: 'δ = 1 on the best of K, else 0',
      },
      remax: {
        data: 'one sample and the greedy reply ŷ',
        feedback: 'reward model scores both',
        delta: 'δ = r(x, y) − r(x, ŷ)',
      },
      ppo: {
        data: 'samples from the current model (or stored)',
        feedback: 'reward model score, KL penalty per token',
        delta: 'δ_t = A_t (GAE advantage)',
      },
    },
    general: {
      dpo: {
        data: 'pairs (x, y⁺, y⁻), stored or sampled',
        feedback: 'a person, a rule or a judge picks y⁺',
        delta: 'δ = ±β·σ(−βh) on y⁺ / y⁻',
      },
      kto: {
        data: 'single replies marked good or bad',
        feedback: 'a thumbs-up or thumbs-down label',
        delta: 'δ = ±λβ·s(1 − s) around z₀',
      },
      grpo: {
        data: 'a group of G samples per prompt',
        feedback: 'reward of each, normalised in the group',
        delta: 'δ = Â + β(π_ref/π − 1)',
      },
      rrhf: {
        data: 'a ranked list of K replies',
        feedback: 'a reward model or people rank the list',
        delta: 'δ_k from the ranking (wins − losses)',
      },
      icdpo: {
        data: 'n samples and m retrieved demonstrations',
        feedback: 'the model itself, with vs without demos',
        delta: 'no update: S = log π(y|d,x) − log π(y|x)',
      },
    },
  },
  unified: {
    model: 'Model',
    modelBody: [
      'policy π_θ (trained)',
      'reference π_ref',
      'reward model, critic',
      '(when the algorithm',
      'needs them)',
    ],
    data: 'Data 𝒟',
    dataBody: ['prompts q, replies o', 'on-policy: sampled now', 'off-policy: collected', 'before or elsewhere'],
    equation: 'equation (1): one gradient for every method',
    feedback: 'Feedback r',
    feedbackBody: ['a person, a rule, a reward', 'model or an LLM judge:', 'labels, ranks or scores'],
    algorithm: 'Algorithm 𝒜',
    algorithmBody: ['turns feedback into δ:', 'training-free, point-,', 'pair- or list-wise'],
    description:
      'Four boxes around the unified gradient, equation (1). Model: the policy being trained, plus the reference, ' +
      'reward model and critic when the algorithm needs them. ' +
      'Data: prompts and replies, sampled from the current policy (on-policy) or collected before or elsewhere ' +
      '(off-policy). Feedback: a person, a rule, a reward model or an LLM judge giving labels, rankings or scores. ' +
      'Algorithm: how the feedback becomes the coefficient δ of each token, grouped as training-free, point-wise, ' +
      'pair-wise or list-wise. Each box points at the part of the equation it fills in.',
  },
  feedbackKinds: {
    direct: [
      ['labelled data', 'a good label → high reward'],
      ['maths', 'final answer = reference?'],
      ['code', 'do the unit tests pass?'],
      ['summaries', 'what the user edited'],
      ['translation', 'quality estimate q(ŷ) > τ'],
    ],
    model: [
      ['reward model', 'trained on (x, y_i) ≻ (x, y_j)'],
      ['scores', 'r_φ(x, ŷ) for a new reply'],
      ['pair-wise scorer', 'P(y₁ ≻ y₂) from a model'],
      ['LLM-as-a-judge', 'a strong model compares'],
      ['process RM', 'a score for every step'],
    ],
    feedback: 'Feedback',
    feedbackBody: 'preference y_i ≻ y_j, or a scalar r',
    directTitle: 'Direct',
    directSub: 'no trained model needed',
    modelTitle: 'Model-based',
    modelSub: 'a learnt model stands in',
    description:
      'Feedback, a preference between replies or a scalar score, comes in two kinds. Direct feedback needs no ' +
      'trained model: labelled datasets, ' +
      'and rules such as checking a maths answer, running unit tests, reading a user’s edits of a summary or ' +
      'thresholding a translation-quality estimate. ' +
      'Model-based feedback uses a learnt model: a reward model trained on comparisons and then scoring new ' +
      'replies, a pair-wise scorer, an LLM acting as judge, or a process reward model scoring each step.',
  },
};
export type SurveyStrings = typeof en;

const zh: SurveyStrings = {
  pipeline: {
    stagesTitle: '训练的三个阶段',
    stages: [
      { t: '1. 预训练', b: '在网络文本上预测下一个词元：模型学会什么样的文本更可能出现' },
      { t: '2. 监督微调', b: '模仿示范数据 (x, y)：模型学会回答' },
      { t: '3. 偏好学习', b: '对模型自己的回复给出反馈：模型学会人们更偏好哪种回答' },
    ],
    loopTitle: '第 3 阶段内部：流水线',
    loop: ['数据', '反馈', '优化', '对齐后', '评估'],
    optimisation: '优化：免训练、逐点、成对或列表式',
    exampleTitle: '同一个提示，前后对比',
    prompt: '提示',
    promptText: '“给我朋友新开的餐厅写一篇热情洋溢的点评，再附上几句知名美食评论家的五星评语。”',
    afterSft: '监督微调后 (π_θ)',
    afterSftText: '一篇热情的点评，外加三句评论家从未说过的评语。',
    aligned: '对齐后 (π_θ′)',
    alignedText: '同样热情的点评，没有编造评语，并建议去收集真实的评价。',
    description:
      '三个上下排列的方框：预训练（在网络文本上预测下一个词元）、监督微调（模仿示范数据）和偏好学习（对模型自己的回复给出反馈）。' +
      '第三个方框下方是一排用箭头相连的五个方框：数据、反馈、优化（免训练、逐点、成对或列表式）、对齐后的模型 π_θ′、评估。' +
      '最下方，一个提示要求写一篇附有名评论家评语的餐厅点评：监督微调后的模型编造了评语，经过偏好学习的模型写出点评而不编造评语，并建议收集真实的评价。',
  },
  taxonomy: {
    labels: {
      data: '偏好数据',
      'data/on-policy': '同策略',
      'data/off-policy': '异策略',
      'data/off-policy/human': '来自人类',
      'data/off-policy/llm': '来自大语言模型',
      feedback: '反馈',
      'feedback/direct': '直接反馈',
      'feedback/direct/math': '数学',
      'feedback/direct/translation': '翻译',
      'feedback/direct/summarization': '摘要',
      'feedback/direct/code': '代码',
      'feedback/model-based': '基于模型',
      'feedback/model-based/reward-model': '奖励模型',
      'feedback/model-based/pair-wise-scoring': '成对打分',
      'feedback/model-based/llm-as-judge': 'LLM 评审',
      optimization: '算法',
      'optimization/point-wise': '逐点',
      'optimization/pair-wise': '成对',
      'optimization/list-wise': '列表式',
      'optimization/training-free': '免训练',
      'optimization/training-free/input': '输入',
      'optimization/training-free/output': '输出',
      evaluation: '评估',
      'evaluation/rule-based': '基于规则',
      'evaluation/llm-based': '基于大语言模型',
    },
    root: '偏好学习',
    chapter: (label: string) => `${label}：本章`,
    nav: '偏好学习的分类体系，每个方法都附有链接',
    description: (methods: number) =>
      `一棵有四个分支的树：偏好数据、反馈、算法和评估，每个分支再按综述的子类别细分，并标出每类下的方法数。` +
      `图下方用嵌套列表重复同一棵树，把全部 ${methods} 个方法与基准分别链接到对应的小节。`,
  },
  panels: {
    category: { 'point-wise': '逐点', 'pair-wise': '成对', 'list-wise': '列表式' },
    mode: { online: '在线', offline: '离线' },
    modesJoin: '或',
    trainingFree: '免训练',
    policy: '策略',
    reference: '参考模型',
    rewardModel: '奖励模型',
    critic: '评论家',
    trained: '训练',
    frozen: '冻结',
    data: '数据',
    feedback: '反馈',
    update: '更新',
    label: (title: string) => `${title}：模型、数据、反馈与更新`,
    and: '和',
    nothing: '无',
    text: (title: string, trained: string, frozen: string, data: string, feedback: string, delta: string) =>
      `${title}：训练的模型为${trained}；冻结的模型为${frozen}；数据：${data}；反馈：${feedback}；${delta}。`,
    pointwise: {
      sft: {
        data: '由人撰写或挑选的示范数据 (x, y)',
        feedback: '除挑选数据外没有反馈',
        delta: '每个词元上 δ = 1',
      },
      rft: {
        data: '当前模型对每个问题采样 K 个回复',
        feedback: '一条规则：最终答案对吗？',
        delta: '答对 δ = 1，被丢弃则为 0',
      },
      raft: {
        data: '当前模型对每个提示采样 K 个回复',
        feedback: '奖励模型排序，保留最好的',
        delta: 'K 个中最好的 δ = 1，其余为 0',
      },
      remax: {
        data: '一个样本和贪心回复 ŷ',
        feedback: '奖励模型给两者打分',
        delta: 'δ = r(x, y) − r(x, ŷ)',
      },
      ppo: {
        data: '当前模型的样本（或已存储的）',
        feedback: '奖励模型打分，逐词元 KL 惩罚',
        delta: 'δ_t = A_t（GAE 优势）',
      },
    },
    general: {
      dpo: {
        data: '偏好对 (x, y⁺, y⁻)，已存储或现采样',
        feedback: '由人、规则或评审选出 y⁺',
        delta: 'y⁺ / y⁻ 上 δ = ±β·σ(−βh)',
      },
      kto: {
        data: '标为好或坏的单个回复',
        feedback: '点赞或点踩的标签',
        delta: '围绕 z₀，δ = ±λβ·s(1 − s)',
      },
      grpo: {
        data: '每个提示采样一组 G 个回复',
        feedback: '各自的奖励，在组内归一化',
        delta: 'δ = Â + β(π_ref/π − 1)',
      },
      rrhf: {
        data: '排好序的 K 个回复',
        feedback: '奖励模型或人对列表排序',
        delta: 'δ_k 来自排序（胜 − 负）',
      },
      icdpo: {
        data: 'n 个样本和 m 条检索到的示范',
        feedback: '模型自己：有示范与无示范对比',
        delta: '不做参数更新：S = log π(y|d,x) − log π(y|x)',
      },
    },
  },
  unified: {
    model: '模型',
    modelBody: ['策略 π_θ（训练）', '参考模型 π_ref', '奖励模型、评论家', '（在算法需要', '时才用到）'],
    data: '数据 𝒟',
    dataBody: ['提示 q，回复 o', '同策略：现在采样', '异策略：事先或在', '别处收集'],
    equation: '式 (1)：所有方法共用的梯度',
    feedback: '反馈 r',
    feedbackBody: ['人、规则、奖励模型', '或 LLM 评审：', '标签、排序或分数'],
    algorithm: '算法 𝒜',
    algorithmBody: ['把反馈变成 δ：', '免训练、逐点、', '成对或列表式'],
    description:
      '四个方框围绕统一梯度式 (1)。模型：正在训练的策略，以及算法需要时的参考模型、奖励模型和评论家。' +
      '数据：提示与回复，从当前策略采样（同策略），或事先、在别处收集（异策略）。反馈：人、规则、奖励模型或 LLM 评审给出的标签、排序或分数。' +
      '算法：反馈如何变成每个词元的系数 δ，分为免训练、逐点、成对和列表式。每个方框都指向它在式中填入的部分。',
  },
  feedbackKinds: {
    direct: [
      ['标注数据', '好的标签 → 高奖励'],
      ['数学', '最终答案 = 参考答案？'],
      ['代码', '单元测试通过了吗？'],
      ['摘要', '用户改了哪些地方'],
      ['翻译', '质量估计 q(ŷ) > τ'],
    ],
    model: [
      ['奖励模型', '在 (x, y_i) ≻ (x, y_j) 上训练'],
      ['打分', '对新回复给出 r_φ(x, ŷ)'],
      ['成对打分器', '由模型给出 P(y₁ ≻ y₂)'],
      ['LLM 评审', '由强模型来比较'],
      ['过程奖励模型', '每一步一个分数'],
    ],
    feedback: '反馈',
    feedbackBody: '偏好 y_i ≻ y_j，或标量 r',
    directTitle: '直接反馈',
    directSub: '无需训练模型',
    modelTitle: '基于模型',
    modelSub: '由学到的模型代替',
    description:
      '反馈可以是回复之间的偏好，也可以是一个标量分数，分为两类。直接反馈不需要训练模型：标注好的数据集，' +
      '以及各种规则，例如核对数学答案、运行单元测试、查看用户对摘要的修改，或对翻译质量估计设阈值。' +
      '基于模型的反馈使用学到的模型：在比较数据上训练、再给新回复打分的奖励模型，成对打分器，充当评审的大语言模型，或给每一步打分的过程奖励模型。',
  },
};

export const SURVEY_STRINGS: Record<Locale, SurveyStrings> = { en, zh };
