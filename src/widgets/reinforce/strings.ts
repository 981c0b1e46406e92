// Every reader-visible string of the REINFORCE example, one dictionary per locale.
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../shell/dom';

const en = {
  label: { samples: 'Samples per prompt N', offset: 'Reward offset c' },
  title: 'REINFORCE with and without a baseline, on the bandit toy',
  samplesLabel: 'Samples per prompt N',
  offsetLabel: 'Reward offset c',
  intro:
    'Two copies of the same uniform policy learn from the same kind of samples. Left: δ = r(x, y). ' +
    'Right: δ = r(x, y) − V(x), where V(x) is the policy’s exact expected reward. The reward is the hidden ' +
    'utility plus the offset c.',
  tableCaption: 'This step, for both estimators',
  colMetric: 'quantity',
  colNone: 'no baseline, δ = r',
  colValue: 'baseline V(x), δ = r − V',
  rowUtility: 'expected hidden utility (exact)',
  rowMean: 'mean δ of this step’s samples',
  rowStd: 'spread of δ (standard deviation)',
  rowVar: 'variance of a one-sample gradient estimate (exact)',
  rowBest: 'π(“steps” | password prompt)',
  stripLabel: (n: number) => `This step’s ${n} values of δ per estimator, one dot per sample`,
  stripNone: 'no baseline',
  stripValue: 'baseline V(x)',
  stripEmpty: 'Press Step to draw samples.',
  chartUtility: 'Expected hidden utility over steps, both estimators',
  chartStd: 'Spread of δ over steps, both estimators',
  chartVar: 'Variance of a one-sample gradient estimate over steps, both estimators',
  legendUtility: 'expected hidden utility',
  legendStd: 'spread of δ',
  legendVar: 'gradient variance',
  ceiling: (u: number) => `The best reply of every prompt gives ${formatNumber(u)}.`,
  stepMessage: (stdNone: number, stdValue: number, uNone: number, uValue: number) =>
    `spread of δ ${formatNumber(stdNone)} without a baseline, ${formatNumber(stdValue)} with one; ` +
    `expected utility ${formatNumber(uNone)} against ${formatNumber(uValue)}.`,
  failed: (why: string) => `training stopped: ${why}`,
};

export type ReinforceStrings = typeof en;

const zh: ReinforceStrings = {
  label: { samples: '每个提示的样本数 N', offset: '奖励偏移 c' },
  title: '在老虎机玩具模型上比较有基线与无基线的 REINFORCE',
  samplesLabel: '每个提示的样本数 N',
  offsetLabel: '奖励偏移 c',
  intro:
    '同一个均匀策略的两个副本，从同一种样本中学习。左：δ = r(x, y)。右：δ = r(x, y) − V(x)，其中 V(x) 是策略' +
    '精确的期望奖励。奖励等于隐藏效用加上偏移 c。',
  tableCaption: '本步两种估计量的对比',
  colMetric: '量',
  colNone: '无基线，δ = r',
  colValue: '基线 V(x)，δ = r − V',
  rowUtility: '期望隐藏效用（精确值）',
  rowMean: '本步样本的 δ 均值',
  rowStd: 'δ 的离散程度（标准差）',
  rowVar: '单样本梯度估计的方差（精确值）',
  rowBest: 'π(“steps” | 密码提示)',
  stripLabel: (n: number) => `本步每种估计量的 ${n} 个 δ 值，每个样本一个点`,
  stripNone: '无基线',
  stripValue: '基线 V(x)',
  stripEmpty: '按“单步”抽取样本。',
  chartUtility: '两种估计量的期望隐藏效用随步数的变化',
  chartStd: '两种估计量的 δ 离散程度随步数的变化',
  chartVar: '两种估计量的单样本梯度估计方差随步数的变化',
  legendUtility: '期望隐藏效用',
  legendStd: 'δ 的离散程度',
  legendVar: '梯度方差',
  ceiling: (u: number) => `每个提示都给出最佳回复时，效用为 ${formatNumber(u)}。`,
  stepMessage: (stdNone: number, stdValue: number, uNone: number, uValue: number) =>
    `δ 的离散程度：无基线 ${formatNumber(stdNone)}，有基线 ${formatNumber(stdValue)}；` +
    `期望效用 ${formatNumber(uNone)} 对 ${formatNumber(uValue)}。`,
  failed: (why: string) => `训练已停止：${why}`,
};

export const REINFORCE_STRINGS: Record<Locale, ReinforceStrings> = { en, zh };
