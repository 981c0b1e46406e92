// Reader-visible strings of the page furniture (header, navigation, footer, cite box, the site's own pages),
// one typed dictionary per locale (see src/i18n/locales.ts). enhance.ts reads the ones it swaps at run time
// from data attributes or from this module by <html lang>.
import type { Locale } from '../i18n/locales';

const en = {
  skip: 'Skip to content',
  menu: 'Menu',
  closeMenu: 'Close menu',
  search: 'Search',
  searchTitle: 'Search the book',
  close: 'Close',
  darkTheme: 'Dark theme',
  toDark: 'Switch to the dark theme',
  toLight: 'Switch to the light theme',
  language: 'Language',
  /** The language switch: its text is the other language's own name; this is its accessible description. */
  switchLanguage: 'Read this page in Chinese',
  bookNav: 'Book',
  prevNext: 'Previous and next pages',
  previous: 'Previous',
  next: 'Next',
  onThisPage: 'On this page',
  /** `label` is the version's date as English writes it (31 Oct 2024), `iso` the same date as 2024-10-31. */
  follows: (section: string, version: string, label: string, iso: string) =>
    `Follows the survey's ${section} (arXiv ${version}, ${label || iso})`,
  lastUpdated: 'Last updated',
  siteVersion: 'site version',
  survey: 'survey',
  changes: 'changes and corrections',
  footer: (version: string) => `Text written anew for this site; site version ${version}.`,
  footerEdition: 'An interactive edition of',
  nav: {
    methods: 'Method index',
    notation: 'Notation',
    references: 'References',
    groups: { appendix: 'Appendices', examples: 'Working examples' } as Record<string, string>,
  },
  // Cite box.
  citeButton: 'Cite this page',
  citeBookButton: 'Cite this book',
  citeBookIntro: "To cite the edition as a whole. Each chapter's own box cites that chapter or one of its sections.",
  citeWhat: 'What to cite',
  citeFormat: 'Format',
  citeShown: 'Showing',
  citeIntro:
    'Every format names this book’s version and the exact address, so whoever follows your citation finds the ' +
    'text you read. The access date is the day this copy of the site was built; change it to the day you read it.',
  citeSurvey: 'The survey this book follows',
  citeHints: {
    bibtex: 'For classic bibtex with natbib, e.g. plainnat or a conference template.',
    biblatex: 'For biblatex with biber: has urldate and version.',
    apa: 'APA 7th edition.',
    mla: 'MLA 9th edition.',
    ris: 'Imports into Zotero, EndNote and Mendeley.',
    csl: 'For Pandoc, Zotero and other CSL tools.',
  },
  citeWholePage: 'This whole page',
  citeSection: (title: string) => `Section: ${title}`,
  citeFigure: (n: string) => `Figure ${n}`,
  copy: 'Copy',
  copyCitation: (format: string) => `Copy the ${format} citation`,
  copyBookCitation: (format: string) => `Copy the book's ${format} citation`,
  copySurvey: "Copy the survey's BibTeX",
  download: (format: string, file: string) => `Download ${format} (${file})`,
  // Messages spoken by the page script (enhance.ts).
  copied: (what: string) => `Copied ${what} to the clipboard.`,
  copyRefused: (what: string) => `Could not copy ${what}: the browser refused clipboard access.`,
  themeNow: (dark: boolean): string => (dark ? 'Dark theme.' : 'Light theme.'),
  searchUnavailable: (why: string) => `Search is unavailable: ${why}.`,
  citeShowing: (target: string) => `Showing the citation of ${target || 'the page'}.`,
  theCode: 'the code',
  theLink: 'the link',
  theTex: 'the TeX source',
  methodsShown: (n: number) => `${n} methods shown.`,
  // Callout titles by kind.
  callout: {
    note: 'Note',
    warning: 'Watch out',
    'paper-differs': 'Where the survey’s printed form differs',
    practice: 'For practitioners',
  } as Record<string, string>,
  // The method summary box.
  glance: {
    title: 'At a glance',
    consumes: 'Consumes',
    reference: 'Reference model',
    rewardModel: 'Reward model',
    setting: 'Usually run',
    hyper: 'Hyper-parameters',
    trl: 'In TRL',
    kinds: {
      point: 'single responses (point-wise)',
      pair: 'preference pairs (pair-wise)',
      list: 'ranked lists (list-wise)',
      none: 'no training data (training-free)',
    } as Record<string, string>,
  },
  // "Before this page" and the prerequisite table.
  reading: {
    before: 'Before this page',
    none: 'Nothing: this page starts from scratch.',
    pathsLink: 'three reading paths',
    tableCaption: 'Every page with its prerequisites, in reading order',
    colPage: 'Page',
    colFirst: 'Read first',
    unknown: (page: string, url: string) => `${page}: the prerequisite ${url} is not a page of the book`,
    list: ', ',
    colon: ':',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not match a page of the book; the navigation and the search lead to every chapter.',
    bodyBefore:
      'No page lives at this address. If you followed a citation, the chapter may have moved: try the search (press',
    bodyMiddle: ') or start from the',
    toc: 'table of contents',
    end: '.',
  },
  references: {
    title: 'References',
    description: 'Every paper, dataset and system the book cites, with links to the original work.',
    count: (n: number) => `${n} works. Each citation in the text links to its entry here.`,
  },
  methods: {
    title: 'Method index',
    description:
      "Every method, dataset and evaluation approach in the survey's taxonomy, with its category, its paper and " +
      'a link to where the book explains it.',
    count: (n: number, c: number) => `${n} entries across ${c} categories of the survey's taxonomy (its Figure 2).`,
    filter: 'Show category',
    all: 'All categories',
    colMethod: 'Method',
    colCategory: 'Category',
    colPaper: 'Paper',
  },
  notation: {
    title: 'Notation and glossary',
    description:
      'Every symbol and term the book uses — policy, reference model, reward, β, the margin h, the gradient ' +
      'coefficient δ, advantage, critic, on- and off-policy — defined once.',
    intro: (n: number) =>
      'The chapters use one notation throughout. Where a paper writes the same idea differently (winner and ' +
      'loser for the chosen and rejected replies, query and output for prompt and response), the entry says so. ' +
      'The first time a chapter uses one of these terms, it links here; hover over or focus the link to read ' +
      `the definition in place. ${n} entries.`,
  },
  home: {
    description:
      'Learn how large language models are aligned to human preferences — RLHF, DPO, ranking methods and more — ' +
      'through one unified view, with worked examples that run in the page.',
  },
};

export type SiteStrings = typeof en;

const zh: SiteStrings = {
  skip: '跳到正文',
  menu: '目录',
  closeMenu: '关闭目录',
  search: '搜索',
  searchTitle: '搜索本书',
  close: '关闭',
  darkTheme: '深色主题',
  toDark: '切换到深色主题',
  toLight: '切换到浅色主题',
  language: '语言',
  switchLanguage: '阅读本页的英文版',
  bookNav: '全书目录',
  prevNext: '上一页与下一页',
  previous: '上一页',
  next: '下一页',
  onThisPage: '本页内容',
  follows: (section: string, version: string, _label: string, iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `对应综述的 ${section}（arXiv ${version}，${y} 年 ${m} 月 ${d} 日）`;
  },
  lastUpdated: '最后更新',
  siteVersion: '网站版本',
  survey: '综述',
  changes: '修订与勘误',
  footer: (version: string) => `本站文字为重新撰写；网站版本 ${version}。`,
  footerEdition: '交互式版本，原文为',
  nav: {
    methods: '方法索引',
    notation: '符号与术语',
    references: '参考文献',
    groups: { appendix: '附录', examples: '动手示例' },
  },
  citeButton: '引用本页',
  citeBookButton: '引用本书',
  citeBookIntro: '用于引用整个版本。每一章自己的引用框可以引用该章或其中一节。',
  citeWhat: '引用对象',
  citeFormat: '格式',
  citeShown: '当前显示',
  citeIntro:
    '每种格式都写明了本书的版本和确切地址，读者顺着你的引用就能找到你读过的文字。访问日期默认是本站这份副本的构建日期，' +
    '请改成你实际阅读的日期。',
  citeSurvey: '本书所依据的综述',
  citeHints: {
    bibtex: '用于经典 bibtex 配合 natbib，例如 plainnat 或会议模板（中文标题需用 ctex 或 xeCJK 排版）。',
    biblatex: '用于 biblatex 配合 biber：含 urldate 与版本号。',
    apa: 'APA 第 7 版。',
    mla: 'MLA 第 9 版。',
    ris: '可导入 Zotero、EndNote 与 Mendeley。',
    csl: '用于 Pandoc、Zotero 等支持 CSL 的工具。',
  },
  citeWholePage: '整页',
  citeSection: (title: string) => `小节：${title}`,
  citeFigure: (n: string) => `图 ${n}`,
  copy: '复制',
  copyCitation: (format: string) => `复制 ${format} 格式的引用`,
  copyBookCitation: (format: string) => `复制本书的 ${format} 格式引用`,
  copySurvey: '复制综述的 BibTeX',
  download: (format: string, file: string) => `下载 ${format}（${file}）`,
  copied: (what: string) => `已将${what}复制到剪贴板。`,
  copyRefused: (what: string) => `无法复制${what}：浏览器拒绝了剪贴板访问。`,
  themeNow: (dark: boolean) => (dark ? '已切换到深色主题。' : '已切换到浅色主题。'),
  searchUnavailable: (why: string) => `搜索暂不可用：${why}。`,
  citeShowing: (target: string) => `正在显示${target ? `“${target}”` : '整页'}的引用。`,
  theCode: '代码',
  theLink: '链接',
  theTex: 'TeX 源码',
  methodsShown: (n: number) => `显示 ${n} 个方法。`,
  callout: {
    note: '注',
    warning: '注意',
    'paper-differs': '综述印刷版与原论文的差异',
    practice: '实践提示',
  },
  glance: {
    title: '速览',
    consumes: '所用数据',
    reference: '参考模型',
    rewardModel: '奖励模型',
    setting: '常见用法',
    hyper: '超参数',
    trl: 'TRL 中的实现',
    kinds: {
      point: '单条回复（逐点）',
      pair: '偏好对（成对）',
      list: '排序列表（列表式）',
      none: '无需训练数据（免训练）',
    },
  },
  reading: {
    before: '阅读本页之前',
    none: '无：本页从零讲起。',
    pathsLink: '三条阅读路线',
    tableCaption: '按阅读顺序列出的每一页及其前置内容',
    colPage: '页面',
    colFirst: '建议先读',
    unknown: (page: string, url: string) => `${page}：前置页面 ${url} 不是本书的页面`,
    list: '、',
    colon: '：',
  },
  notFound: {
    title: '页面不存在',
    description: '这个地址不对应本书的任何页面；通过目录和搜索可以找到每一章。',
    bodyBefore: '这个地址下没有页面。如果你是顺着引用来的，相应章节可能已经移动：试试搜索（按',
    bodyMiddle: '），或者从',
    toc: '目录',
    end: '开始。',
  },
  references: {
    title: '参考文献',
    description: '本书引用的全部论文、数据集与系统，附原始文献链接。',
    count: (n: number) => `共 ${n} 篇文献。正文中的每处引用都链接到这里对应的条目。`,
  },
  methods: {
    title: '方法索引',
    description: '综述分类体系中的每一种方法、数据集与评估方式，附所属类别、原始论文以及本书讲解它的位置。',
    count: (n: number, c: number) => `共 ${n} 个条目，分属综述分类体系（其图 2）中的 ${c} 个类别。`,
    filter: '按类别筛选',
    all: '全部类别',
    colMethod: '方法',
    colCategory: '类别',
    colPaper: '论文',
  },
  notation: {
    title: '符号与术语表',
    description:
      '本书用到的每个符号和术语——策略、参考模型、奖励、β、间隔 h、梯度系数 δ、优势、评论家、同策略与异策略——在此统一定义。',
    intro: (n: number) =>
      '全书各章使用同一套记号。某篇论文若用不同写法表达同一概念（例如用 winner 和 loser 指被选回复与被拒回复，用 query 和 ' +
      'output 指提示与回复），条目中会注明。每章第一次用到这些术语时会链接到这里；把鼠标悬停在链接上或让它获得焦点，' +
      `即可就地阅读定义。共 ${n} 个条目。`,
  },
  home: {
    description:
      '学习大语言模型如何与人类偏好对齐——RLHF、DPO、排序方法等——通过一个统一视角来理解，并配有可在页面中直接运行的示例。',
  },
};

export const SITE_STRINGS: Record<Locale, SiteStrings> = { en, zh };
