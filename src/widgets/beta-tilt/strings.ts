// Every reader-visible string of the β-tilt example, one typed dictionary per locale.
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../shell/dom';
import { plain } from '../shell/fields';

const en = {
  title: 'How β tilts the reference toward the optimum π* ∝ π_ref·exp(r/β)',
  settings: 'Settings of the β example',
  /** The settings' names in the sentences of the shell (a refused value, a clamped link). */
  fields: { beta: 'β', prompt: 'Prompt' },
  beta: 'β',
  prompt: 'Prompt',
  reference: 'Reference π_ref',
  references: { uniform: 'uniform (every reply ¼)', skewed: 'skewed (mostly the second-best reply)' } as Record<
    string,
    string
  >,
  tableCaption: (prompt: string) => `Prompt “${prompt}”: the four candidate replies`,
  colReply: 'reply y',
  colReward: 'reward r (hidden utility)',
  colRef: 'π_ref(y)',
  colWeight: 'π_ref(y)·exp(r/β)',
  colOpt: 'π*(y)',
  z: 'Z = Σ π_ref·exp(r/β)',
  refReward: 'expected reward under π_ref',
  optReward: 'expected reward under π*',
  kl: 'KL(π* ‖ π_ref), nats',
  objective: 'E_π*[r] − β·KL',
  betaLogZ: 'β·log Z',
  barsLabel: 'Bars: π_ref and π* for each candidate reply',
  barsRef: 'π_ref',
  barsOpt: 'π*',
  curveLabel: (min: number, max: number) =>
    `Expected reward and KL(π* ‖ π_ref) as β goes from ${plain(min)} to ${plain(max)}, with the current β marked`,
  curveReward: 'expected reward under π*',
  curveKl: 'KL(π* ‖ π_ref)',
  curveAxis: 'β (log scale)',
  shown: (beta: number, kl: number, reward: number) =>
    `β = ${formatNumber(beta, 2)}: π* earns ${formatNumber(reward)} in expectation ` +
    `at a divergence of ${formatNumber(kl)} nats from π_ref.`,
};
export type TiltStrings = typeof en;

const zh: TiltStrings = {
  title: 'β 如何把参考策略推向最优策略 π* ∝ π_ref·exp(r/β)',
  settings: 'β 示例的设置',
  fields: { beta: 'β', prompt: '提示' },
  beta: 'β',
  prompt: '提示',
  reference: '参考策略 π_ref',
  references: { uniform: '均匀（每个回复 ¼）', skewed: '偏斜（大部分概率在次优回复上）' },
  tableCaption: (prompt: string) => `提示“${prompt}”：四个候选回复`,
  colReply: '回复 y',
  colReward: '奖励 r（隐藏效用）',
  colRef: 'π_ref(y)',
  colWeight: 'π_ref(y)·exp(r/β)',
  colOpt: 'π*(y)',
  z: 'Z = Σ π_ref·exp(r/β)',
  refReward: 'π_ref 下的期望奖励',
  optReward: 'π* 下的期望奖励',
  kl: 'KL(π* ‖ π_ref)，单位 nats',
  objective: 'E_π*[r] − β·KL',
  betaLogZ: 'β·log Z',
  barsLabel: '柱状图：每个候选回复在 π_ref 与 π* 下的概率',
  barsRef: 'π_ref',
  barsOpt: 'π*',
  curveLabel: (min: number, max: number) =>
    `β 从 ${plain(min)} 变到 ${plain(max)} 时的期望奖励与 KL(π* ‖ π_ref)，竖线标出当前的 β`,
  curveReward: 'π* 下的期望奖励',
  curveKl: 'KL(π* ‖ π_ref)',
  curveAxis: 'β（对数刻度）',
  shown: (beta: number, kl: number, reward: number) =>
    `β = ${formatNumber(beta, 2)}：π* 的期望奖励为 ${formatNumber(reward)}，` +
    `与 π_ref 的 KL 散度为 ${formatNumber(kl)} nats。`,
};

export const TILT_STRINGS: Record<Locale, TiltStrings> = { en, zh };
