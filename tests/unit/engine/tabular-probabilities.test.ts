// The tabular policy's probability table (plain-JS softmax of the masked logits) against values worked
// out by hand, for the live table, its frozen copy, and a table given its own weights (ICDPO's boost).
import { describe, expect, it } from 'vitest';
import { LogitTable } from '../../../src/lib/model/tabular';

// Row 0: logits 0, ln 2, ln 3 → 1/6, 2/6, 3/6. Row 1: logits 0, 0, 5 with the last output masked (−1e9)
// → 1/2, 1/2, 0.
const init = Float32Array.from([0, Math.log(2), Math.log(3), 0, 0, 5]);
const mask = Float32Array.from([0, 0, 0, 0, 0, -1e9]);
const want = [1 / 6, 2 / 6, 3 / 6, 0.5, 0.5, 0];

describe('tabular probabilities', () => {
  it('are the softmax of each masked row', () => {
    const table = new LogitTable(2, 3, init, mask);
    const p = table.probabilities();
    want.forEach((w, i) => expect(p[i]).toBeCloseTo(w, 6));
    table.dispose();
  });
  it('of the frozen copy stay those of the weights it was frozen with', () => {
    const table = new LogitTable(2, 3, init, mask);
    const frozen = table.freeze();
    table.restore(new Float32Array(6));
    const p = frozen.probabilities();
    want.forEach((w, i) => expect(p[i]).toBeCloseTo(w, 6));
    // The live table moved: uniform over the allowed outputs.
    expect(Array.from(table.probabilities()).map((x) => +x.toFixed(6))).toEqual([
      0.333333, 0.333333, 0.333333, 0.5, 0.5, 0,
    ]);
    frozen.dispose();
    table.dispose();
  });
  it('of other weights keep the table’s mask: ln 2 more on output 1 of row 0 gives e^0, e^ln4, e^ln3 → 1/8, 4/8, 3/8', () => {
    const table = new LogitTable(2, 3, init, mask);
    const boosted = init.map((w, i) => w + (i === 1 ? Math.log(2) : 0));
    const p = table.probabilitiesOf(boosted);
    [1 / 8, 4 / 8, 3 / 8].forEach((w, i) => expect(p[i]).toBeCloseTo(w, 6));
    [0.5, 0.5, 0].forEach((w, i) => expect(p[3 + i]).toBeCloseTo(w, 6));
    table.dispose();
  });
});
