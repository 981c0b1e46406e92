// Reader-visible sentences of the DPO example, one dictionary per locale (src/i18n/locales.ts).
import type { Locale } from '../../i18n/locales';

const en = {
  title: 'DPO on the bandit toy, one step at a time',
  dataHelp: (candidates: string) =>
    'Paste preference pairs in the engine’s JSON format: {"pairs": [{"prompt": 0, "chosen": "…", "rejected": "…"}]}. ' +
    `Prompts are 0–2; every reply must be one of that prompt’s four candidates: ${candidates}.`,
  candidateList: (prompt: number, replies: string) => `prompt ${prompt}: ${replies}`,
  label: { beta: 'β', tau: 'IPO τ' },
  control: {
    method: 'Method',
    data: 'Data',
    offline: 'offline (fixed pairs)',
    online: 'online (fresh pairs each step)',
  },
  method: { dpo: 'DPO', ipo: 'IPO' } as Record<string, string>,
  pairCaption: 'One pair of this step: prompt',
  chosen: 'chosen',
  rejected: 'rejected',
  row: {
    margin: 'margin h',
    def: 'def.',
    pairLoss: "this pair's loss",
    weight: 'gradient coefficient δ',
  },
  policyCaption: (prompt: string) => `Prompt 0, ${prompt}: the policy against the optimum π* ∝ π`,
  policyCaptionEnd: '·exp(r/β)',
  reply: 'reply',
  summary: {
    loss: 'Batch loss',
    accuracy: 'accuracy',
    tv: 'distance to π* (total variation)',
    batch: 'pairs per step',
  },
  chart: {
    logps: 'Mean log-probability of chosen and rejected replies over steps',
    margin: 'Implicit reward margin over steps',
    accuracy: 'Preference accuracy over steps',
    logpsLegend: 'mean log π',
    marginLegend: 'implicit reward margin β·h (mean)',
    accuracyLegend: 'preference accuracy (h > 0)',
    logpsAxis: 'mean log π (nats)',
    marginAxis: 'β·h (nats)',
    accuracyAxis: 'fraction of pairs',
  },
  stepped: (method: string, loss: string, accuracy: string, tv: string) =>
    `${method} loss ${loss}, accuracy ${accuracy} %, distance to the optimum ${tv}.`,
};
export type DpoStrings = typeof en;

const zh: DpoStrings = {
  title: '在老虎机玩具模型上逐步运行 DPO',
  dataHelp: (candidates: string) =>
    '按引擎的 JSON 格式粘贴偏好对：{"pairs": [{"prompt": 0, "chosen": "…", "rejected": "…"}]}。' +
    `提示编号为 0–2；每个回复都必须是该提示的四个候选回复之一：${candidates}。`,
  candidateList: (prompt: number, replies: string) => `提示 ${prompt}：${replies}`,
  label: { beta: 'β', tau: 'IPO τ' },
  control: {
    method: '方法',
    data: '数据',
    offline: '离线（固定的偏好对）',
    online: '在线（每步采集新的偏好对）',
  },
  method: { dpo: 'DPO', ipo: 'IPO' } as Record<string, string>,
  pairCaption: '本步中的一个偏好对：提示',
  chosen: '被选回复',
  rejected: '被拒回复',
  row: {
    margin: '对数比率间隔 h',
    def: '定义',
    pairLoss: '这个偏好对的损失',
    weight: '梯度系数 δ',
  },
  policyCaption: (prompt: string) => `提示 0，${prompt}：策略与最优策略 π* ∝ π`,
  policyCaptionEnd: '·exp(r/β) 的对比',
  reply: '回复',
  summary: {
    loss: '批次损失',
    accuracy: '准确率',
    tv: '与 π* 的距离（总变差）',
    batch: '每步的偏好对数',
  },
  chart: {
    logps: '被选回复与被拒回复的平均对数概率随步数的变化',
    margin: '隐式奖励间隔随步数的变化',
    accuracy: '偏好准确率随步数的变化',
    logpsLegend: '平均 log π',
    marginLegend: '隐式奖励间隔 β·h（均值）',
    accuracyLegend: '偏好准确率（h > 0）',
    logpsAxis: '平均 log π（奈特）',
    marginAxis: 'β·h（奈特）',
    accuracyAxis: '偏好对的比例',
  },
  stepped: (method: string, loss: string, accuracy: string, tv: string) =>
    `${method} 损失 ${loss}，准确率 ${accuracy}%，与最优策略的距离 ${tv}。`,
};

export const DPO_STRINGS: Record<Locale, DpoStrings> = { en, zh };
