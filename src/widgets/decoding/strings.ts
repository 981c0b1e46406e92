// Every reader-visible string of the decoding example, in one place for translation.
import { formatNumber } from '../shell/dom';

export const S = {
  title: 'What the data will hold: temperature, top-k, top-p and best-of-N on the toy',
  settings: 'Decoding settings',
  seed: 'Seed (base policy)',
  temperature: 'Temperature',
  topK: 'Top-k (9 keeps every token)',
  topP: 'Top-p',
  n: 'Samples per prompt N',
  prompt: 'Prompt',
  draw: 'Draw another data set',
  copy: 'Copy link to this state',
  summaryCaption: 'Exactly, for this prompt and these settings',
  support: 'replies that can be sampled (of 584)',
  top10: 'probability mass of the 10 most likely replies',
  expSample: 'expected utility of one sample',
  expChosen: 'expected utility of the chosen reply (best of N)',
  expRejected: 'expected utility of the rejected reply (worst of N)',
  tie: 'probability that the pair is a tie (no preference)',
  tableCaption: 'The most likely replies, and how often each ends up chosen or rejected',
  colReply: 'reply y',
  colUtility: 'hidden utility',
  colSample: 'P(sampled)',
  colChosen: 'P(chosen)',
  colRejected: 'P(rejected)',
  drawnCaption: (n: number, draw: number) => `One data set of ${n} samples (draw ${draw}):`,
  pair: (chosen: string, rejected: string) => `The pair it gives: “${chosen}” ≻ “${rejected}”.`,
  tiePair: 'Every sample has the same utility, so this draw gives no preference pair.',
  onePair: 'With N = 1 there is nothing to compare: best-of-N needs N ≥ 2 for a pair.',
  shown: (support: number, chosen: number, rejected: number) =>
    `${support} replies possible; chosen replies average ${formatNumber(chosen)}, ` +
    `rejected ones ${formatNumber(rejected)}.`,
  linkRefused: (problem: string) =>
    `The link’s settings were not used: ${problem} The figure shows the default settings.`,
  keeps: 'The figure keeps its last good settings.',
  copied: 'Copied a link to this exact state.',
  copyFailed: (url: string) => `Could not copy; the link is ${url}`,
  stateLink: (url: string) => `This figure's state: ${url}`,
  loading: 'The example loads when it scrolls into view.',
};
