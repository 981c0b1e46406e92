// Every reader-visible string of the win-rate example, in one place for translation.
import { formatNumber } from '../shell/dom';

export const S = {
  title: 'Win rate by a length-biased judge against win rate by the hidden utility',
  settings: 'Win-rate settings',
  fields: {
    tau: 'Policy temperature τ',
    bonusA: 'Length bonus of policy A',
    bonusB: 'Length bonus of policy B',
    verbosity: 'Judge verbosity bias',
    position: 'Judge position bias',
    judgeNoise: 'Judge noise',
  } as Record<string, string>,
  copy: 'Copy link to this state',
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
    `Bars: B's win rate is ${formatNumber(t * 100, 1)} % by the hidden utility and ` +
    `${formatNumber(j * 100, 1)} % by the judge; the line marks 50 %.`,
  barTrue: 'hidden utility',
  barJudged: 'judge',
  shown: (t: number, j: number) => {
    const gap = (j - t) * 100;
    return (
      `The judge reports a win rate of ${formatNumber(j * 100, 1)} % for B; ` +
      `by the hidden utility it is ${formatNumber(t * 100, 1)} % ` +
      `(${gap >= 0 ? 'inflated' : 'deflated'} by ${formatNumber(Math.abs(gap), 1)} points).`
    );
  },
  linkRefused: (problem: string) =>
    `The link’s settings were not used: ${problem} The figure shows the default settings.`,
  keeps: 'The figure keeps its last good settings.',
  copied: 'Copied a link to this exact state.',
  copyFailed: (url: string) => `Could not copy; the link is ${url}`,
  stateLink: (url: string) => `This figure's state: ${url}`,
  loading: 'The example loads when it scrolls into view.',
};
