// Every reader-visible string of the labeller example, one typed dictionary per locale.
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../shell/dom';

const en = {
  title: 'Who labels the pairs: noisy people and a biased LLM judge, against the hidden utility',
  settings: 'Labeller settings',
  /** The fields' labels, also their names in the shell's sentences (a refused value, a clamped link). */
  fields: {
    humanNoise: 'Human label noise',
    position: 'Judge position bias',
    verbosity: 'Judge verbosity bias',
    judgeNoise: 'Judge noise',
    prompt: 'Prompt',
  },
  prompt: 'Prompt',
  tableCaption: (prompt: string) => `Prompt “${prompt}”: every pair of its four candidates, reply A against reply B`,
  pairName: (a: string, b: string) => `“${a}” vs “${b}”`,
  colPair: 'A vs B',
  colUa: 'u(A)',
  colUb: 'u(B)',
  colHuman: 'P(people prefer A)',
  colFirst: 'P(judge prefers A), A shown first',
  colSecond: 'P(judge prefers A), A shown second',
  summaryCaption: (pairs: number) => `Over all ${pairs} candidate pairs of the toy`,
  humanAgreement: 'people name the reply of higher utility',
  judgeAgreement: 'the judge names the reply of higher utility',
  judgeFirstWins: 'the judge picks whichever reply it saw first',
  utilityLongerWins: 'the longer reply has the higher utility (pairs of unequal length)',
  humanLongerWins: 'people prefer the longer reply',
  judgeLongerWins: 'the judge prefers the longer reply',
  shown: (human: number, judge: number) =>
    `People agree with the hidden utility on ${formatNumber(human * 100, 1)} % of pairs, ` +
    `the judge on ${formatNumber(judge * 100, 1)} %.`,
};
export type JudgeStrings = typeof en;

const zh: JudgeStrings = {
  title: '谁来标注偏好对：有噪声的人与有偏差的 LLM 评审，对照隐藏效用',
  settings: '标注者设置',
  fields: {
    humanNoise: '人工标注噪声',
    position: '评审的位置偏差',
    verbosity: '评审的冗长偏差',
    judgeNoise: '评审噪声',
    prompt: '提示',
  },
  prompt: '提示',
  tableCaption: (prompt: string) => `提示“${prompt}”：四个候选回复两两配对，回复 A 对回复 B`,
  pairName: (a: string, b: string) => `“${a}” 对 “${b}”`,
  colPair: 'A 对 B',
  colUa: 'u(A)',
  colUb: 'u(B)',
  colHuman: 'P(人偏好 A)',
  colFirst: 'P(评审偏好 A)，A 先出现',
  colSecond: 'P(评审偏好 A)，A 后出现',
  summaryCaption: (pairs: number) => `玩具模型全部 ${pairs} 个候选对上的比例`,
  humanAgreement: '人选出效用较高的回复',
  judgeAgreement: '评审选出效用较高的回复',
  judgeFirstWins: '评审选择它先看到的那个回复',
  utilityLongerWins: '较长的回复效用更高（只计长度不同的对）',
  humanLongerWins: '人偏好较长的回复',
  judgeLongerWins: '评审偏好较长的回复',
  shown: (human: number, judge: number) =>
    `人在 ${formatNumber(human * 100, 1)} % 的对上与隐藏效用一致，` + `评审则为 ${formatNumber(judge * 100, 1)} %。`,
};

export const JUDGE_STRINGS: Record<Locale, JudgeStrings> = { en, zh };
