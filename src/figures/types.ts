import type { SvgNode } from '../widgets/shell/svg-chart';

/** One drawn picture of a figure; a figure may hold several (panels), each labelled on its own. */
export interface FigurePanel {
  node: SvgNode;
  label?: string;
}

/** What a figure renderer returns: the pictures, an optional HTML part, and words for screen readers. */
export interface FigureDrawing {
  panels: FigurePanel[];
  /** HTML placed after the pictures (e.g. the taxonomy's list of links); built from escaped strings. */
  html?: string;
  /** The longer description: what the picture shows, with its key numbers. */
  description: string;
  /** The survey figure this redraws (1–6), if any. */
  survey?: number;
  /** 'grid' lays panels side by side where there is room; 'scroll' keeps one wide picture in a
   *  focusable box that scrolls on its own (min width in rem). */
  layout?: 'single' | 'grid' | 'scroll';
  minWidth?: number;
  /** Narrowest column of a 'grid' layout in rem (default 15.5). */
  cellMin?: number;
  /** Largest rendered width in rem (keeps text near its design size on wide screens). */
  maxWidth?: number;
}
