// Every reader-visible string of the decoding example, one typed dictionary per locale.
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../shell/dom';

const en = {
  title: 'What the data will hold: temperature, top-k, top-p and best-of-N on the toy',
  settings: 'Decoding settings',
  /** The settings' names in the sentences of the shell (a refused value, a clamped link). */
  fields: {
    seed: 'Seed',
    temperature: 'Temperature',
    topK: 'Top-k',
    topP: 'Top-p',
    n: 'Samples per prompt N',
    prompt: 'Prompt',
    draw: 'Draw number',
  },
  seed: 'Seed (base policy)',
  temperature: 'Temperature',
  topK: 'Top-k (9 keeps every token)',
  topP: 'Top-p',
  n: 'Samples per prompt N',
  prompt: 'Prompt',
  draw: 'Draw another data set',
  summaryCaption: 'Exactly, for this prompt and these settings',
  support: (total: number) => `replies that can be sampled (of ${total})`,
  top10: (rows: number) => `probability mass of the ${rows} most likely replies`,
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
  /** Between the drawn samples. */
  listSep: ', ',
  pair: (chosen: string, rejected: string) => `The pair it gives: “${chosen}” ≻ “${rejected}”.`,
  tiePair: 'Every sample has the same utility, so this draw gives no preference pair.',
  onePair: 'With N = 1 there is nothing to compare: best-of-N needs N ≥ 2 for a pair.',
  shown: (support: number, chosen: number, rejected: number) =>
    `${support} replies possible; chosen replies average ${formatNumber(chosen)}, ` +
    `rejected ones ${formatNumber(rejected)}.`,
};
export type DecodingStrings = typeof en;

const zh: DecodingStrings = {
  title: '数据里会有什么：在玩具模型上看温度、top-k、top-p 与 best-of-N',
  settings: '解码设置',
  fields: {
    seed: '随机种子',
    temperature: '温度',
    topK: 'Top-k',
    topP: 'Top-p',
    n: '每个提示的样本数 N',
    prompt: '提示',
    draw: '抽取序号',
  },
  seed: '随机种子（基础策略）',
  temperature: '温度',
  topK: 'Top-k（取 9 时保留所有词元）',
  topP: 'Top-p',
  n: '每个提示的样本数 N',
  prompt: '提示',
  draw: '再抽一组数据',
  summaryCaption: '当前提示与设置下的精确值',
  support: (total: number) => `可能被采样到的回复数（共 ${total} 个）`,
  top10: (rows: number) => `最可能的 ${rows} 个回复的概率之和`,
  expSample: '单个样本的期望效用',
  expChosen: '被选回复（N 个中最好的）的期望效用',
  expRejected: '被拒回复（N 个中最差的）的期望效用',
  tie: '两个回复打平（没有偏好）的概率',
  tableCaption: '最可能的回复，以及每个回复成为被选回复或被拒回复的概率',
  colReply: '回复 y',
  colUtility: '隐藏效用',
  colSample: 'P(被采样)',
  colChosen: 'P(被选)',
  colRejected: 'P(被拒)',
  drawnCaption: (n: number, draw: number) => `一组 ${n} 个样本（第 ${draw} 次抽取）：`,
  listSep: '，',
  pair: (chosen: string, rejected: string) => `由此得到的偏好对：“${chosen}” ≻ “${rejected}”。`,
  tiePair: '所有样本的效用都相同，这次抽取得不到偏好对。',
  onePair: 'N = 1 时没有可比较的回复：best-of-N 至少需要 N ≥ 2 才能组成一对。',
  shown: (support: number, chosen: number, rejected: number) =>
    `可能的回复共 ${support} 个；被选回复的平均效用为 ${formatNumber(chosen)}，` +
    `被拒回复为 ${formatNumber(rejected)}。`,
};

export const DECODING_STRINGS: Record<Locale, DecodingStrings> = { en, zh };
