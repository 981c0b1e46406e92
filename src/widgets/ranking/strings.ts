// Reader-visible sentences of the ranking example, one dictionary per locale.
import type { Locale } from '../../i18n/locales';

const en = {
  title: 'Ranking four replies: RRHF, Plackett–Luce and pair-wise DPO',
  dataHelp: (candidates: string) =>
    'Paste rankings in the engine’s JSON format: {"lists": [{"prompt": 1, "ranking": ["…", "…", "…", "…"]}]}, best ' +
    `reply first. Prompts are 0–2, and each list must rank all four candidates of its prompt (${candidates}). A ` +
    'ranking for prompt 0 becomes your order in the list above; prompts you leave out keep their ranking by the ' +
    'hidden utility.',
  candidateList: (prompt: number, replies: string) => `prompt ${prompt}: ${replies}`,
  label: { beta: 'β' },
  control: { method: 'Method' },
  method: { rrhf: 'RRHF', 'plackett-luce': 'Plackett–Luce', dpo: 'pair-wise DPO' } as Record<string, string>,
  orderLabel: (prompt: string) => `Your ranking of the replies to ${prompt}, best first`,
  orderHelp: 'Drag a reply to a new place, or use its up and down buttons. Changing the order restarts training.',
  moveUp: (reply: string) => `Move ${reply} up`,
  moveDown: (reply: string) => `Move ${reply} down`,
  compareCaption: 'Your target against the policy’s own ranking',
  place: 'place',
  target: 'target',
  policy: 'policy',
  termsCaption: 'The loss on prompt 0, term by term',
  term: 'term',
  value: 'value',
  policyCaption: 'Prompt 0’s candidates: scores and probabilities',
  reply: 'reply',
  usedByTerms: '(used by the terms)',
  summary: {
    loss: 'Batch loss',
    agreement0: 'agreement with your order (prompt 0)',
    agreement: 'agreement over all three prompts',
    utility: 'expected utility',
  },
  chart: {
    loss: 'Batch loss over steps',
    agreement: 'Fraction of pairs ordered as the target, over steps',
    lossLegend: 'batch loss',
    agreement0Legend: 'agreement, prompt 0',
    agreementLegend: 'all prompts (dashed)',
    lossAxis: 'loss',
    agreementAxis: 'pairs in order',
  },
  atStart: '(at the start)',
  afterStep: (n: number) => `(after step ${n})`,
  forStart: '(for the starting policy)',
  computedIn: (n: number) => `(computed in step ${n}, before its update)`,
  now: '(now)',
  samePlace: ' ✓ same place',
  /** The terms of prompt 0's loss (RankingTerm), with the candidates quoted. */
  termFirst: (reply: string, left: number) => `−log P(${reply} first among the ${left} left)`,
  termHinge: (worse: string, better: string) => `max(0, s${worse} − s${better})`,
  termPair: (better: string, worse: string) => `−log σ(β·h) for ${better} ≻ ${worse}`,
  termSft: (reply: string) => `SFT term −log π(${reply})`,
  stepped: (method: string, loss: string, policy: string, agreement: string) =>
    `${method} loss ${loss}; the policy ranks ${policy}; agreement with your order ${agreement} %.`,
  badOrder: (raw: string) =>
    `The link set ranking.order to “${raw}”, which is not an order of the four replies; the default order is used.`,
  moved: (reply: string, place: number, of: number, order: string) =>
    `${reply} moved to place ${place} of ${of}. Your order is now ${order}; training restarts from step 0.`,
  duplicatePrompt: (where: string, prompt: number, first: string) =>
    `${where}: prompt ${prompt} is already ranked in ${first}; give one ranking per prompt`,
  missing: (where: string, k: number, prompt: number, missing: string) =>
    `${where}.ranking: rank all ${k} candidates of prompt ${prompt}, best first; missing ${missing}`,
};
export type RankingStrings = typeof en;

const zh: RankingStrings = {
  title: '为四个回复排序：RRHF、Plackett–Luce 与成对 DPO',
  dataHelp: (candidates: string) =>
    '按引擎的 JSON 格式粘贴排序：{"lists": [{"prompt": 1, "ranking": ["…", "…", "…", "…"]}]}，最好的回复排在最前。' +
    `提示编号为 0–2，每个列表都必须为该提示的全部四个候选回复排序（${candidates}）。提示 0 的排序会成为上方列表中` +
    '你的顺序；没有给出的提示保留按隐藏效用排出的顺序。',
  candidateList: (prompt: number, replies: string) => `提示 ${prompt}：${replies}`,
  label: { beta: 'β' },
  control: { method: '方法' },
  method: { rrhf: 'RRHF', 'plackett-luce': 'Plackett–Luce', dpo: '成对 DPO' } as Record<string, string>,
  orderLabel: (prompt: string) => `你对 ${prompt} 各个回复的排序，最好的在前`,
  orderHelp: '把回复拖到新的位置，或使用它的上移、下移按钮。改变顺序会让训练重新开始。',
  moveUp: (reply: string) => `上移 ${reply}`,
  moveDown: (reply: string) => `下移 ${reply}`,
  compareCaption: '你的目标顺序与策略自身排序的对比',
  place: '名次',
  target: '目标',
  policy: '策略',
  termsCaption: '提示 0 上的损失，逐项列出',
  term: '项',
  value: '值',
  policyCaption: '提示 0 的候选回复：评分与概率',
  reply: '回复',
  usedByTerms: '（各项所用）',
  summary: {
    loss: '批次损失',
    agreement0: '与你的顺序的一致率（提示 0）',
    agreement: '全部三个提示上的一致率',
    utility: '期望效用',
  },
  chart: {
    loss: '批次损失随步数的变化',
    agreement: '顺序与目标一致的回复对比例随步数的变化',
    lossLegend: '批次损失',
    agreement0Legend: '一致率，提示 0',
    agreementLegend: '全部提示（虚线）',
    lossAxis: '损失',
    agreementAxis: '顺序一致的回复对',
  },
  atStart: '（开始时）',
  afterStep: (n: number) => `（第 ${n} 步之后）`,
  forStart: '（针对初始策略）',
  computedIn: (n: number) => `（在第 ${n} 步更新之前计算）`,
  now: '（当前）',
  samePlace: ' ✓ 名次相同',
  termFirst: (reply: string, left: number) => `−log P(${reply} 在剩下的 ${left} 个中排第一)`,
  termHinge: (worse: string, better: string) => `max(0, s${worse} − s${better})`,
  termPair: (better: string, worse: string) => `−log σ(β·h)，对应 ${better} ≻ ${worse}`,
  termSft: (reply: string) => `SFT 项 −log π(${reply})`,
  stepped: (method: string, loss: string, policy: string, agreement: string) =>
    `${method} 损失 ${loss}；策略的排序为 ${policy}；与你的顺序的一致率 ${agreement}%。`,
  badOrder: (raw: string) => `链接把 ranking.order 设为“${raw}”，这不是四个回复的一种排列；现使用默认顺序。`,
  moved: (reply: string, place: number, of: number, order: string) =>
    `${reply} 已移到第 ${place} 名（共 ${of} 名）。你的顺序现在是 ${order}；训练从第 0 步重新开始。`,
  duplicatePrompt: (where: string, prompt: number, first: string) =>
    `${where}：提示 ${prompt} 已在 ${first} 中排过序；每个提示只能给一个排序`,
  missing: (where: string, k: number, prompt: number, missing: string) =>
    `${where}.ranking：请为提示 ${prompt} 的全部 ${k} 个候选回复排序，最好的在前；缺少 ${missing}`,
};

export const RANKING_STRINGS: Record<Locale, RankingStrings> = { en, zh };
