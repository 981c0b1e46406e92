// The ranking example's view (src/widgets/ranking/view.ts): the engine's terms are kinds and candidate
// indices; the view writes each as its row label. Checked against the terms' definitions: Plackett–Luce has
// K − 1 "first among the rest" terms over the target order, RRHF one hinge per ordered pair plus its SFT
// term on the best reply, pair-wise DPO one term per ordered pair.
import { describe, expect, it } from 'vitest';
import { CANDIDATES, createRankingTrainer, K, replyText, type RankingMethod } from '../../../src/lib';
import { RANKING_STRINGS } from '../../../src/widgets/ranking/strings';
import { orderText, quoted, termLabel } from '../../../src/widgets/ranking/view';

const peek = (method: RankingMethod) => {
  const t = createRankingTrainer({ seed: 1, lr: 0.5, method });
  const p = t.peek();
  const order = t.rankings[0];
  t.dispose();
  return { terms: p.terms, order };
};
const q = (k: number) => `“${replyText(CANDIDATES[0][k])}”`;

describe('the ranking view', () => {
  it('Plackett–Luce: one term per place but the last, naming the reply and how many are left', () => {
    const { terms, order } = peek('plackett-luce');
    expect(terms.map((t) => termLabel(t, RANKING_STRINGS.en))).toEqual(
      order.slice(0, K - 1).map((k, i) => `−log P(${q(k)} first among the ${K - i} left)`),
    );
    expect(termLabel(terms[0], RANKING_STRINGS.zh)).toBe(`−log P(${q(order[0])} 在剩下的 ${K} 个中排第一)`);
  });

  it('RRHF: a hinge for every ordered pair, then the SFT term on the best reply', () => {
    const { terms, order } = peek('rrhf');
    const pairs = order.flatMap((better, i) => order.slice(i + 1).map((worse) => [better, worse]));
    expect(terms.map((t) => termLabel(t, RANKING_STRINGS.en))).toEqual([
      ...pairs.map(([b, w]) => `max(0, s${q(w)} − s${q(b)})`),
      `SFT term −log π(${q(order[0])})`,
    ]);
    expect(termLabel(terms.at(-1)!, RANKING_STRINGS.zh)).toBe(`SFT 项 −log π(${q(order[0])})`);
  });

  it('pair-wise DPO: one −log σ(β·h) per ordered pair, better first', () => {
    const { terms, order } = peek('dpo');
    expect(terms).toHaveLength((K * (K - 1)) / 2);
    expect(termLabel(terms[0], RANKING_STRINGS.en)).toBe(`−log σ(β·h) for ${q(order[0])} ≻ ${q(order[1])}`);
    expect(termLabel(terms[0], RANKING_STRINGS.zh)).toBe(`−log σ(β·h)，对应 ${q(order[0])} ≻ ${q(order[1])}`);
  });

  it('orders are written best first with ≻, the same in both languages', () => {
    expect(orderText(0, [0, 1, 2, 3])).toBe(CANDIDATES[0].map((c) => `“${replyText(c)}”`).join(' ≻ '));
    expect(quoted(1, 0)).toBe(`“${replyText(CANDIDATES[1][0])}”`);
    const en = RANKING_STRINGS.en.stepped('RRHF', '0.693', orderText(0, [1, 0, 2, 3]), '83');
    const zh = RANKING_STRINGS.zh.stepped('RRHF', '0.693', orderText(0, [1, 0, 2, 3]), '83');
    expect(zh.match(/\d+(?:\.\d+)?/g)).toEqual(en.match(/\d+(?:\.\d+)?/g));
  });
});
