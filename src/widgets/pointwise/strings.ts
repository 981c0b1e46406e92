// Reader-visible sentences of the point-wise example, one dictionary per locale.
import type { Locale } from '../../i18n/locales';

const en = {
  title: 'Point-wise methods: which samples count, and with what weight δ',
  dataHelp:
    'Paste demonstrations for SFT: {"demos": [{"prompt": 0, "reply": "…"}]}. Prompts are 0–2 (password, gift, book); ' +
    'a reply is one to three of the words steps, here, thanks, please, maybe, um, no, ugh. Using your data switches ' +
    'the method to SFT, which then imitates your replies instead of the built-in ones.',
  label: { n: 'Samples per prompt n' },
  control: { method: 'Method' },
  methodOption: {
    sft: 'SFT (demonstrations)',
    rft: 'RFT (rule filter)',
    raft: 'RAFT (best of n)',
    remax: 'ReMax (greedy baseline)',
  } as Record<string, string>,
  nUsed: (method: string) => `${method} draws n samples per prompt.`,
  nNotUsed: (method: string) => `n is not used by ${method} (only RFT and RAFT draw n samples).`,
  nNote: 'n is used by RFT and RAFT.',
  /** How each method turns samples into δ: the sentence above the table. */
  rule: {
    sft: 'SFT: the batch is the demonstrations, and every one of them gets δ = 1.',
    rft: 'RFT: n samples per prompt from the current policy. The rule keeps a sample (δ = 1) when it contains the prompt’s topic word (password → steps, gift → thanks, book → here) and drops it (δ = 0) otherwise.',
    raft: 'RAFT: n samples per prompt from the current policy, scored by the reward (here the hidden utility itself). The best of each prompt is kept with δ = 1; the others get δ = 0.',
    remax:
      'ReMax: one sample per prompt, and the greedy reply ȳ of the same prompt as a baseline. δ = r(x, y) − r(x, ȳ): a sample worse than the greedy reply gets a negative δ and is pushed down.',
  } as Record<string, string>,
  samplesCaption: "This step's samples:",
  source: {
    yours: 'your demonstrations',
    builtIn: 'the built-in demonstrations: the best reply of each prompt',
    one: 'one sample per prompt, drawn from the current policy',
    n: 'n samples per prompt, drawn from the current policy',
    yoursSftOnly: (source: string) => `${source}; your demonstrations are used by SFT only`,
  },
  column: { prompt: 'prompt', reply: 'reply y', score: 'score', baseline: 'baseline', kept: 'kept?', effect: 'effect' },
  noStep: "No step yet: press Step to draw this step's samples.",
  effect: { up: 'pushed up', down: 'pushed down', ignored: 'ignored' },
  kept: 'kept',
  dropped: 'dropped',
  greedy: (reply: string) => `greedy ȳ: ${reply}`,
  summary: { loss: 'Loss', utility: 'expected hidden utility' },
  promptsLine: 'Prompts:',
  promptItem: (name: string, i: number, text: string) => `${name} (prompt ${i}): ${text}`,
  chart: {
    utility: 'Expected hidden utility of the policy over steps',
    kl: 'KL divergence to the reference policy over steps',
    utilityLegend: 'expected hidden utility E',
    exact: ', exact',
    utilityAxis: 'utility',
    klAxis: 'KL (nats)',
  },
  stepped: (method: string, loss: string, utility: string, kl: string) =>
    `${method} loss ${loss}, expected hidden utility ${utility}, KL to the reference ${kl}.`,
};
export type PointwiseStrings = typeof en;

const zh: PointwiseStrings = {
  title: '逐点方法：哪些样本算数，权重 δ 又是多少',
  dataHelp:
    '为 SFT 粘贴示范：{"demos": [{"prompt": 0, "reply": "…"}]}。提示编号为 0–2（密码、礼物、书）；一个回复由 1 到 3 个' +
    '单词组成，单词取自 steps、here、thanks、please、maybe、um、no、ugh。使用你的数据会把方法切换为 SFT，' +
    '它随后模仿你的回复，而不是内置的回复。',
  label: { n: '每个提示的样本数 n' },
  control: { method: '方法' },
  methodOption: {
    sft: 'SFT（示范）',
    rft: 'RFT（规则过滤）',
    raft: 'RAFT（n 选最优）',
    remax: 'ReMax（贪心基线）',
  } as Record<string, string>,
  nUsed: (method: string) => `${method} 为每个提示采样 n 个样本。`,
  nNotUsed: (method: string) => `${method} 不使用 n（只有 RFT 和 RAFT 采样 n 个样本）。`,
  nNote: 'RFT 和 RAFT 使用 n。',
  rule: {
    sft: 'SFT：批次就是全部示范，每一条示范的 δ 都等于 1。',
    rft: 'RFT：从当前策略为每个提示采样 n 个样本。样本含有提示的主题词（密码 → steps，礼物 → thanks，书 → here）时，规则保留它（δ = 1），否则丢弃它（δ = 0）。',
    raft: 'RAFT：从当前策略为每个提示采样 n 个样本，用奖励打分（这里直接用隐藏效用）。每个提示得分最高的样本以 δ = 1 保留，其余样本的 δ = 0。',
    remax:
      'ReMax：每个提示采样一个样本，并以同一提示的贪心回复 ȳ 作为基线。δ = r(x, y) − r(x, ȳ)：比贪心回复差的样本得到负的 δ，概率被压低。',
  } as Record<string, string>,
  samplesCaption: '本步的样本：',
  source: {
    yours: '你的示范',
    builtIn: '内置示范：每个提示的最佳回复',
    one: '每个提示一个样本，从当前策略中采样',
    n: '每个提示 n 个样本，从当前策略中采样',
    yoursSftOnly: (source: string) => `${source}；你的示范只有 SFT 使用`,
  },
  column: { prompt: '提示', reply: '回复 y', score: '评分', baseline: '基线', kept: '保留？', effect: '作用' },
  noStep: '还没有训练步：按“单步”抽取本步的样本。',
  effect: { up: '概率提高', down: '概率压低', ignored: '忽略' },
  kept: '保留',
  dropped: '丢弃',
  greedy: (reply: string) => `贪心回复 ȳ：${reply}`,
  summary: { loss: '损失', utility: '期望隐藏效用' },
  promptsLine: '提示：',
  promptItem: (name: string, i: number, text: string) => `${name}（提示 ${i}）：${text}`,
  chart: {
    utility: '策略的期望隐藏效用随步数的变化',
    kl: '与参考策略的 KL 散度随步数的变化',
    utilityLegend: '期望隐藏效用 E',
    exact: '，精确值',
    utilityAxis: '效用',
    klAxis: 'KL（奈特）',
  },
  stepped: (method: string, loss: string, utility: string, kl: string) =>
    `${method} 损失 ${loss}，期望隐藏效用 ${utility}，与参考模型的 KL ${kl}。`,
};

export const POINTWISE_STRINGS: Record<Locale, PointwiseStrings> = { en, zh };
