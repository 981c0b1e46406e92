// The cover's reader-visible words (src/pages/index.astro), one dictionary per locale.
import type { Locale } from '../i18n/locales';

const en = {
  kicker: 'A survey of preference learning, read anew and made runnable',
  lede:
    'Large language models are taught to follow human preferences after pre-training. This book explains ' +
    'how, and reads every method — RLHF with PPO, DPO, ranking losses, methods that need no training — as ' +
    'one gradient formula with four parts: the model, the data, the feedback and the algorithm.',
  promise:
    'Equations are numbered, linkable and copyable as TeX. Every number an example shows is computed in ' +
    'your browser by one small engine that the book’s tests check against independent values.',
  start: 'Start reading',
  lab: 'Open the lab',
  teaserTitle: 'Try it here: one step of DPO',
  teaser:
    'A toy policy answers three prompts with replies of one to three words. Press Step: DPO raises the ' +
    'chosen reply against the rejected one, and the table shows every quantity of that step, down to the ' +
    'gradient weight. The full example, with its explanation, is in the chapter',
  teaserEnd: '.',
  pathsTitle: 'Three ways through the book',
  paths: [
    {
      id: 'newcomer',
      title: 'The newcomer',
      blurb:
        'You know what a language model is and want to learn why and how it is aligned. Read the ' +
        'introduction and the definition, then watch DPO learn one preference at a time.',
      steps: ['/introduction/', '/definition/', '/examples/dpo/'],
    },
    {
      id: 'practitioner',
      title: 'The practitioner',
      blurb:
        'You train models and need to choose a method. Read the unified view, the pair-wise chapter for DPO ' +
        'and its variants, then assemble and compare combinations in the lab.',
      steps: ['/unified-view/', '/algorithms/pair-wise/', '/lab/'],
    },
    {
      id: 'researcher',
      title: 'The researcher',
      blurb:
        'You want the map and its gaps. Read the unified view, the four algorithm families with their ' +
        'equations checked against the papers, and the open problems.',
      steps: ['/unified-view/', '/algorithms/', '/future-directions/'],
    },
  ],
  // Links to the matching section of the how-to-read page (#newcomer, #practitioner, #researcher).
  pathsMore: 'This path in full',
  creditTitle: 'The survey behind it',
  credit:
    'The chapters follow the structure and the taxonomy of the survey, with its section numbers; the text ' +
    'is written anew for this edition and the interactive examples are its own. Errors are this edition’s.',
  contentsTitle: 'Contents',
  byline: (first: string, others: number, arxiv: string, version: string, label: string) =>
    `, by ${first} and ${others} co-authors (Gao et al., arXiv:${arxiv}, ${version} of ${label}).`,
};
export type CoverStrings = typeof en;

const zh: CoverStrings = {
  kicker: '一部偏好学习综述，重新讲解，并且可以动手运行',
  lede:
    '大语言模型在预训练之后，要学会遵循人类的偏好。本书讲清楚这件事是怎么做到的，并把每一种方法——用 PPO 的 RLHF、DPO、' +
    '排序损失、无需训练的方法——都读作同一个梯度公式，它由四个部分组成：模型、数据、反馈和算法。',
  promise:
    '公式都有编号，可以链接，也可以复制为 TeX。示例里显示的每一个数字，都由一个小巧的引擎在你的浏览器中算出，' +
    '而本书的测试会拿独立计算的数值来核对这个引擎。',
  start: '开始阅读',
  lab: '打开实验台',
  teaserTitle: '在这里试一试：DPO 的一步',
  teaser:
    '一个玩具策略用一到三个词回答三个提示。按下“单步”：DPO 会提高被选回复相对于被拒回复的概率，表格列出这一步的每个量，' +
    '一直到梯度权重。完整的示例及讲解见章节',
  teaserEnd: '。',
  pathsTitle: '三条阅读路线',
  paths: [
    {
      id: 'newcomer',
      title: '入门读者',
      blurb:
        '你知道什么是语言模型，想了解它为什么要对齐、又是怎样对齐的。先读引言和定义，再看 DPO 如何一次学会一条偏好。',
      steps: ['/introduction/', '/definition/', '/examples/dpo/'],
    },
    {
      id: 'practitioner',
      title: '实践者',
      blurb:
        '你训练模型，需要选一种方法。先读统一视角，再读讲 DPO 及其变体的成对方法一章，然后在实验室里组合并比较各种搭配。',
      steps: ['/unified-view/', '/algorithms/pair-wise/', '/lab/'],
    },
    {
      id: 'researcher',
      title: '研究者',
      blurb:
        '你想要一张全景图，也想知道其中的空白。先读统一视角，再读四类算法（公式都已对照原论文核查），最后读开放问题。',
      steps: ['/unified-view/', '/algorithms/', '/future-directions/'],
    },
  ],
  pathsMore: '这条路线的完整说明',
  creditTitle: '本书依据的综述',
  credit:
    '各章沿用该综述的结构、分类体系和章节编号；正文为本版本重新撰写，交互示例也是本版本自己的。错误由本版本负责。',
  contentsTitle: '目录',
  byline: (first: string, others: number, arxiv: string, version: string, label: string) =>
    `，作者为 ${first} 与另外 ${others} 位合著者（Gao et al.，arXiv:${arxiv}，${label} 的 ${version} 版）。`,
};

export const COVER_STRINGS: Record<Locale, CoverStrings> = { en, zh };
