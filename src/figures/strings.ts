// Reader-visible strings of the figure frame, one typed dictionary per locale.
import type { Locale } from '../i18n/locales';

const en = {
  figure: 'Figure',
  describe: 'Describe this figure in words',
  scrolls: (n: string) => `Figure ${n} (scrolls sideways)`,
  redraws: (n: number) => `A redrawing of the survey's Figure ${n}`,
};
export type FigureStrings = typeof en;

const zh: FigureStrings = {
  figure: '图',
  describe: '用文字描述这幅图',
  scrolls: (n: string) => `图 ${n}（可横向滚动）`,
  redraws: (n: number) => `重绘自综述的图 ${n}`,
};

export const FIGURE_STRINGS: Record<Locale, FigureStrings> = { en, zh };
