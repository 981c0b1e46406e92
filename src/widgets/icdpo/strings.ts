// Reader-visible sentences of the ICDPO example, one dictionary per locale.
import type { Locale } from '../../i18n/locales';

const en = {
  title: 'ICDPO: picking a candidate by how much the demonstrations raise it',
  copyLinkTo: (title: string) => `Copy link to the example: ${title}`,
  settings: 'ICDPO settings',
  label: { candidates: 'Candidates', alpha: 'α' },
  control: {
    seed: 'Seed',
    candidates: 'Candidates per prompt',
    alpha: 'Demonstration strength α',
    run: 'Run ICDPO',
    nextSeed: 'New candidates (next seed)',
    copyLink: 'Copy link to this state',
  },
  shown: ['Shown: seed', ', up to', 'candidates per prompt, α =', '.'],
  caption: (prompt: number, text: string) => `Prompt ${prompt}, ${text}`,
  demosInContext: 'demonstration in context:',
  column: {
    candidate: 'candidate y',
    score: 'score S',
    utility: 'hidden utility',
    pickedBy: 'picked by',
  },
  verdict: ['ICDPO picks', '(hidden utility', '); plain likelihood picks', '(hidden utility', ').'],
  loading: 'The example loads when it scrolls into view.',
  notRun: 'Not run: a setting is out of its range (see the sentence next to it). The tables still show the last run.',
  ran: (seed: number, alpha: number, picks: string) => `Ran ICDPO with seed ${seed}, α ${alpha}. ${picks}.`,
  pick: (prompt: number, icdpo: string, likely: string) =>
    `prompt ${prompt}: ICDPO picks “${icdpo}”, likelihood picks “${likely}”`,
  pickSeparator: '; ',
  none: 'none',
  pickedBy: { icdpo: 'ICDPO', likelihood: 'likelihood', and: ' and ' },
};
export type IcdpoStrings = typeof en;

const zh: IcdpoStrings = {
  title: 'ICDPO：按示范把候选回复的概率抬高了多少来挑选',
  copyLinkTo: (title: string) => `复制指向示例的链接：${title}`,
  settings: 'ICDPO 设置',
  label: { candidates: '候选回复数', alpha: 'α' },
  control: {
    seed: '随机种子',
    candidates: '每个提示的候选回复数',
    alpha: '示范强度 α',
    run: '运行 ICDPO',
    nextSeed: '换一批候选回复（下一个种子）',
    copyLink: '复制指向此状态的链接',
  },
  shown: ['当前显示：随机种子', '，每个提示最多', '个候选回复，α =', '。'],
  caption: (prompt: number, text: string) => `提示 ${prompt}，${text}`,
  demosInContext: '上下文中的示范：',
  column: {
    candidate: '候选回复 y',
    score: '评分 S',
    utility: '隐藏效用',
    pickedBy: '选中者',
  },
  verdict: ['ICDPO 选中', '（隐藏效用', '）；单纯按似然选中', '（隐藏效用', '）。'],
  loading: '示例滚动到视野中时才会加载。',
  notRun: '没有运行：有一项设置超出了范围（见它旁边的说明）。表格仍显示上一次运行的结果。',
  ran: (seed: number, alpha: number, picks: string) => `已用随机种子 ${seed}、α ${alpha} 运行 ICDPO。${picks}。`,
  pick: (prompt: number, icdpo: string, likely: string) =>
    `提示 ${prompt}：ICDPO 选中“${icdpo}”，按似然选中“${likely}”`,
  pickSeparator: '；',
  none: '无',
  pickedBy: { icdpo: 'ICDPO', likelihood: '似然', and: '和' },
};

export const ICDPO_STRINGS: Record<Locale, IcdpoStrings> = { en, zh };
