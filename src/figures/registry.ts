// Every figure of the book by id: the function that draws it at build time, in the page's language. A
// <Figure> whose id is not here fails the build; a renderer not used by any chapter is caught by the unit
// tests.
import type { Locale } from '../i18n/locales';
import * as O from './drawings/other';
import * as P from './drawings/plots';
import * as S from './drawings/survey';
import type { FigureDrawing } from './types';

export const FIGURES: Record<string, (locale?: Locale) => FigureDrawing> = {
  'fig-three-stages': S.pipeline,
  'fig-taxonomy': S.taxonomy,
  'fig-working-examples': S.generalPanels,
  'fig-pointwise-examples': S.pointwisePanels,
  'fig-unified-view': S.unifiedView,
  'fig-feedback-kinds': S.feedbackKinds,
  'fig-loss-geometry': P.lossGeometry,
  'fig-kl-optimum': P.optimum,
  'fig-bradley-terry': P.bradleyTerry,
  'fig-ranking-losses': P.ranking,
  'fig-ppo-gae': P.ppo,
  'fig-kto-value': P.kto,
  'fig-grpo-advantages': P.grpo,
  'fig-best-of-n-kl': P.bestOfN,
  'fig-mcts': O.mcts,
  'fig-online-offline': O.onlineOffline,
  'fig-judge-modes': O.judgeModes,
  'fig-open-problems': O.futureDirections,
  'fig-method-map': O.methodMap,
};

const cache = new Map<string, FigureDrawing>();

export function drawFigure(id: string, locale: Locale = 'en'): FigureDrawing {
  const draw = FIGURES[id];
  if (!draw) throw new Error(`<Figure id="${id}">: no renderer registered in src/figures/registry.ts`);
  const key = `${locale}:${id}`;
  let d = cache.get(key);
  if (!d) cache.set(key, (d = draw(locale)));
  return d;
}
