// The ranking example's settings, as they appear in the URL, and how they map onto the engine's
// trainer. Shared by the widget and its tests, so both build exactly the same trainer.
//   ranking.method = rrhf | plackett-luce | dpo, ranking.beta (DPO only), ranking.seed, ranking.lr,
//   ranking.order = the reader's ranking of prompt 0's candidates, best first, e.g. 2-0-3-1.
import type { RankingMethod, RankingOptions } from '../../lib';
// The toy world's constants only (no engine), since the page's markup is built from them too.
import { K, P, rankByUtility } from '../../lib/world';
import { LR_FIELD, SEED_FIELD } from '../shell/common-fields';
import type { FieldSpecs } from '../shell/fields';
import { RANKING_STRINGS } from './strings';

export const DEFAULT_ORDER = rankByUtility(0);
export const RANKING_DEFAULTS = {
  seed: 1,
  lr: 0.5,
  method: 'rrhf',
  beta: 0.5,
  order: DEFAULT_ORDER.join('-'),
  step: 0,
};
export type RankingState = typeof RANKING_DEFAULTS;
export const RANKING_FIELDS: FieldSpecs = {
  seed: SEED_FIELD,
  lr: LR_FIELD,
  beta: { label: RANKING_STRINGS.en.label.beta, min: 0.05, max: 2 },
};

const METHODS: RankingMethod[] = ['rrhf', 'plackett-luce', 'dpo'];

/** Reads an order like "2-0-3-1"; anything that is not each candidate 0…K−1 once gives undefined. */
export function parseOrder(text: string): number[] | undefined {
  const parts = String(text).split('-');
  if (parts.length !== K || parts.some((p) => !/^\d$/.test(p))) return undefined;
  const order = parts.map(Number);
  return [...order].sort((a, b) => a - b).every((k, i) => k === i) ? order : undefined;
}

export const formatOrder = (order: number[]) => order.join('-');

/** Rankings the reader pasted, by prompt (prompt 0's goes into `order` instead). */
export type OwnRankings = Partial<Record<number, number[]>>;

export function rankingOptions(state: RankingState, own: OwnRankings = {}): RankingOptions {
  const method = METHODS.includes(state.method as RankingMethod) ? (state.method as RankingMethod) : 'rrhf';
  const rankings = [...Array(P).keys()].map((p) =>
    p === 0 ? (parseOrder(state.order) ?? DEFAULT_ORDER) : (own[p] ?? rankByUtility(p)),
  );
  return { seed: state.seed, lr: state.lr, method, beta: state.beta, rankings };
}
