// Every reader-visible string of the win-rate example, one typed dictionary per locale.
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../shell/dom';

const pct = (v: number) => `${formatNumber(v * 100, 1)} %`;

const en = {
  title: 'Win rate by a length-biased judge against win rate by the hidden utility',
  settings: 'Win-rate settings',
  /** The fields' labels, also their names in the shell's sentences (a refused value, a clamped link). */
  fields: {
    tau: 'Policy temperature τ',
    bonusA: 'Length bonus of policy A',
    bonusB: 'Length bonus of policy B',
    verbosity: 'Judge verbosity bias',
    position: 'Judge position bias',
    judgeNoise: 'Judge noise',
  },
  tableCaption: 'Policy B against policy A, per prompt and on average (exact, over every pair of replies)',
  colPrompt: 'prompt',
  colLenA: 'mean length A',
  colLenB: 'mean length B',
  colUA: 'utility A',
  colUB: 'utility B',
  colTrue: 'B wins by the hidden utility',
  colJudged: 'B wins by the judge',
  average: 'average',
  barsLabel: (t: number, j: number) =>
    `Bars: B's win rate is ${pct(t)} by the hidden utility and ${pct(j)} by the judge; the line marks 50 %.`,
  barTrue: 'hidden utility',
  barJudged: 'judge',
  shown: (t: number, j: number) => {
    const gap = (j - t) * 100;
    return (
      `The judge reports a win rate of ${pct(j)} for B; by the hidden utility it is ${pct(t)} ` +
      `(${gap >= 0 ? 'inflated' : 'deflated'} by ${formatNumber(Math.abs(gap), 1)} points).`
    );
  },
};
export type WinStrings = typeof en;

const zh: WinStrings = {
  title: '有长度偏差的评审给出的胜率，对照隐藏效用给出的胜率',
  settings: '胜率设置',
  fields: {
    tau: '策略温度 τ',
    bonusA: '策略 A 的长度加成',
    bonusB: '策略 B 的长度加成',
    verbosity: '评审的冗长偏差',
    position: '评审的位置偏差',
    judgeNoise: '评审噪声',
  },
  tableCaption: '策略 B 对策略 A：逐个提示与平均值（对所有回复对精确求和）',
  colPrompt: '提示',
  colLenA: 'A 的平均长度',
  colLenB: 'B 的平均长度',
  colUA: 'A 的效用',
  colUB: 'B 的效用',
  colTrue: '按隐藏效用 B 的胜率',
  colJudged: '按评审 B 的胜率',
  average: '平均',
  barsLabel: (t: number, j: number) => `柱状图：按隐藏效用 B 的胜率为 ${pct(t)}，按评审为 ${pct(j)}；竖线标出 50 %。`,
  barTrue: '隐藏效用',
  barJudged: '评审',
  shown: (t: number, j: number) => {
    const gap = (j - t) * 100;
    return (
      `评审给出 B 的胜率为 ${pct(j)}；按隐藏效用则为 ${pct(t)}` +
      `（${gap >= 0 ? '高估' : '低估'}了 ${formatNumber(Math.abs(gap), 1)} 个百分点）。`
    );
  },
};

export const WIN_STRINGS: Record<Locale, WinStrings> = { en, zh };
