// The lab's view (src/widgets/lab/view.ts): from the engine's numbers-only LabRecord to what the page
// writes. Each kind of example gives at most six δ rows whose numbers are the record's own, the same in
// both languages; the distribution table shows the bandit's four candidates in order, or the six most
// likely replies of the autoregressive model; the labels quote the toy world's replies.
import { describe, expect, it } from 'vitest';
import { composeTrainer, type LabChoice, type LabRecord } from '../../../src/lib';
import { LAB_STRINGS } from '../../../src/widgets/lab/strings';
import { distributionRows, exampleView, LAB_PAIRS, LAB_ROWS } from '../../../src/widgets/lab/view';
import { RANKING_STRINGS } from '../../../src/widgets/ranking/strings';
import { LAB_BASE } from './lab-base';

const base = LAB_BASE;

function firstStep(choice: Partial<LabChoice>): LabRecord {
  const t = composeTrainer({ ...base, ...choice });
  const r = t.step();
  t.dispose();
  return r;
}

const view = (r: LabRecord, locale: 'en' | 'zh') =>
  exampleView(r.example, LAB_STRINGS[locale], RANKING_STRINGS[locale]);
const numbers = (s: string) => s.match(/\d+(?:\.\d+)?/g) ?? [];

const RUNS: Array<[string, Partial<LabChoice>]> = [
  ['ranking', { model: 'bandit', algorithm: 'rrhf' }],
  ['candidate-pair', { model: 'bandit', algorithm: 'dpo' }],
  ['tokens', { algorithm: 'ppo', data: 'on-policy', feedback: 'rule' }],
  ['group', { algorithm: 'grpo', data: 'on-policy', feedback: 'rule', n: 8 }],
  ['labelled', { algorithm: 'kto' }],
  ['pairs', { algorithm: 'dpo' }],
  ['samples', { algorithm: 'rft', data: 'on-policy', feedback: 'rule' }],
];

describe('the lab view', () => {
  it.each(RUNS)('%s: at most six rows, the record’s own δ, the same numbers in both languages', (kind, choice) => {
    const r = firstStep(choice);
    expect(r.example.kind).toBe(kind);
    const en = view(r, 'en');
    const zh = view(r, 'zh');
    expect(en.rows.length).toBeGreaterThan(0);
    expect(en.rows.length).toBeLessThanOrEqual(LAB_ROWS);
    expect(zh.rows.map((x) => x.delta)).toEqual(en.rows.map((x) => x.delta));
    expect(numbers(zh.text)).toEqual(numbers(en.text));
    for (const row of zh.rows) expect(row.label).not.toMatch(/undefined|NaN/);
    // The δ of each row is the record's, in the record's order (read from the record, not the view).
    const ex = r.example;
    const want =
      ex.kind === 'ranking'
        ? ex.terms.map((t) => t.value)
        : ex.kind === 'candidate-pair'
          ? [ex.delta.chosen, ex.delta.rejected]
          : ex.kind === 'tokens'
            ? ex.tokens.map((t) => t.delta)
            : ex.kind === 'group'
              ? ex.replies.map((g) => g.advantage)
              : ex.kind === 'labelled'
                ? ex.replies.map((x) => x.delta)
                : ex.kind === 'pairs'
                  ? ex.pairs.slice(0, LAB_PAIRS).map((p) => p.delta)
                  : ex.samples.map((s) => s.delta);
    expect(en.rows.map((x) => x.delta)).toEqual(want.slice(0, LAB_ROWS));
  });

  it('writes the pair-wise rows as the survey does: “chosen ≻ rejected”, with the chosen reply’s δ', () => {
    const r = firstStep({ algorithm: 'dpo' });
    if (r.example.kind !== 'pairs') throw new Error('expected pairs');
    const p = r.example.pairs[0];
    const en = view(r, 'en');
    expect(en.text).toBe(`${p.chosen} ≻ ${p.rejected}`);
    expect(en.rows[0].label).toBe(`δ for “${p.chosen} ≻ ${p.rejected}”`);
    expect(view(r, 'zh').rows[0].label).toBe(`“${p.chosen} ≻ ${p.rejected}” 的 δ`);
    expect(en.rows).toHaveLength(Math.min(LAB_PAIRS, r.example.pairs.length));
  });

  it('the bandit pair names its candidates and its two δ have opposite signs (DPO)', () => {
    const r = firstStep({ model: 'bandit', algorithm: 'dpo' });
    const en = view(r, 'en');
    expect(en.text).toMatch(/^prompt \d: “[a-z ]+” ≻ “[a-z ]+”$/);
    expect(view(r, 'zh').text).toMatch(/^提示 \d：“[a-z ]+” ≻ “[a-z ]+”$/);
    expect(Math.sign(en.rows[0].delta)).toBe(-Math.sign(en.rows[1].delta));
  });

  it('the distribution: the bandit’s four candidates in order; otherwise the six most likely replies', () => {
    const bandit = firstStep({ model: 'bandit', algorithm: 'dpo' });
    const rows = distributionRows(bandit.distribution);
    expect(rows.map((x) => x.reply)).toEqual(bandit.distribution.replies);
    expect(rows.reduce((s, x) => s + x.policy, 0)).toBeCloseTo(1, 5);

    const ar = firstStep({ algorithm: 'dpo' });
    expect(ar.distribution.replies.length).toBe(584);
    const top = distributionRows(ar.distribution);
    expect(top).toHaveLength(LAB_ROWS);
    // No reply left out is more likely than the least likely one shown.
    const shown = new Set(top.map((x) => x.reply));
    const cut = Math.min(...top.map((x) => x.policy));
    ar.distribution.replies.forEach((reply, i) => {
      if (!shown.has(reply)) expect(ar.distribution.policy[i]).toBeLessThanOrEqual(cut);
    });
    for (let i = 1; i < top.length; i++) expect(top[i - 1].policy).toBeGreaterThanOrEqual(top[i].policy);
  });
});
