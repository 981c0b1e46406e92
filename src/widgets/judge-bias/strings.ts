// Every reader-visible string of the labeller example, in one place for translation.
import { formatNumber } from '../shell/dom';

export const S = {
  title: 'Who labels the pairs: noisy people and a biased LLM judge, against the hidden utility',
  settings: 'Labeller settings',
  fields: {
    humanNoise: 'Human label noise',
    position: 'Judge position bias',
    verbosity: 'Judge verbosity bias',
    judgeNoise: 'Judge noise',
  } as Record<string, string>,
  prompt: 'Prompt',
  copy: 'Copy link to this state',
  tableCaption: (prompt: string) => `Prompt “${prompt}”: every pair of its four candidates, reply A against reply B`,
  colPair: 'A vs B',
  colUa: 'u(A)',
  colUb: 'u(B)',
  colHuman: 'P(people prefer A)',
  colFirst: 'P(judge prefers A), A shown first',
  colSecond: 'P(judge prefers A), A shown second',
  summaryCaption: 'Over all 18 candidate pairs of the toy',
  humanAgreement: 'people name the reply of higher utility',
  judgeAgreement: 'the judge names the reply of higher utility',
  judgeFirstWins: 'the judge picks whichever reply it saw first',
  utilityLongerWins: 'the longer reply has the higher utility (pairs of unequal length)',
  humanLongerWins: 'people prefer the longer reply',
  judgeLongerWins: 'the judge prefers the longer reply',
  shown: (human: number, judge: number) =>
    `People agree with the hidden utility on ${formatNumber(human * 100, 1)} % of pairs, ` +
    `the judge on ${formatNumber(judge * 100, 1)} %.`,
  linkRefused: (problem: string) =>
    `The link’s settings were not used: ${problem} The figure shows the default settings.`,
  keeps: 'The figure keeps its last good settings.',
  copied: 'Copied a link to this exact state.',
  copyFailed: (url: string) => `Could not copy; the link is ${url}`,
  stateLink: (url: string) => `This figure's state: ${url}`,
  loading: 'The example loads when it scrolls into view.',
};
