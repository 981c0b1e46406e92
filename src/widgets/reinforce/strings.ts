// Every reader-visible string of the REINFORCE example, in one place for translation.
import { formatNumber } from '../shell/dom';

export const S = {
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
