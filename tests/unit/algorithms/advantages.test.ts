// gae and klShapedRewards work on plain arrays, so they are checked against small examples worked
// out by hand (arithmetic in the comments), including the γ = 0 and λ = 0 / 1 edge cases.
import { describe, expect, it } from 'vitest';
import { gae, klShapedRewards } from '../../../src/lib/algorithms';

function expectClose(got: number[], want: number[]): void {
  expect(got).toHaveLength(want.length);
  got.forEach((g, i) => expect(Math.abs(g - want[i]), `index ${i}: got ${g}, want ${want[i]}`).toBeLessThan(1e-12));
}

// One trajectory used throughout: T = 3, rewards r = [1, 0, 2], values V = [0.5, 1, 1.5, 0]
// (V_3 = 0: terminal).
const r = [1, 0, 2];
const v = [0.5, 1, 1.5, 0];

describe('gae', () => {
  // γ = 1, λ = 0.95:
  //   δ0 = 1 + 1·1 - 0.5 = 1.5;  δ1 = 0 + 1·1.5 - 1 = 0.5;  δ2 = 2 + 1·0 - 1.5 = 0.5
  //   A2 = 0.5;  A1 = 0.5 + 0.95·0.5 = 0.975;  A0 = 1.5 + 0.95·0.975 = 1.5 + 0.92625 = 2.42625
  it('T = 3, γ = 1, λ = 0.95', () => {
    expectClose(gae(r, v, 1, 0.95), [2.42625, 0.975, 0.5]);
  });

  // γ = 0: δ_t = r_t - V_t and nothing propagates: A = [1 - 0.5, 0 - 1, 2 - 1.5] = [0.5, -1, 0.5].
  it('γ = 0: one-step advantage r_t - V_t, λ irrelevant', () => {
    expectClose(gae(r, v, 0, 0.95), [0.5, -1, 0.5]);
    expectClose(gae(r, v, 0, 1), [0.5, -1, 0.5]);
  });

  // λ = 0, γ = 0.9: A_t = δ_t (TD(0)):
  //   δ0 = 1 + 0.9·1 - 0.5 = 1.4;  δ1 = 0 + 0.9·1.5 - 1 = 0.35;  δ2 = 2 + 0.9·0 - 1.5 = 0.5
  it('λ = 0: A_t = δ_t', () => {
    expectClose(gae(r, v, 0.9, 0), [1.4, 0.35, 0.5]);
  });

  // λ = 1, γ = 0.9: A_t = G_t - V_t (Monte Carlo). Returns G2 = 2, G1 = 0 + 0.9·2 = 1.8,
  //   G0 = 1 + 0.9·1.8 = 2.62, so A = [2.62 - 0.5, 1.8 - 1, 2 - 1.5] = [2.12, 0.8, 0.5]
  //   (same via δ: A1 = 0.35 + 0.9·0.5 = 0.8, A0 = 1.4 + 0.9·0.8 = 2.12).
  it('λ = 1: discounted return minus value', () => {
    expectClose(gae(r, v, 0.9, 1), [2.12, 0.8, 0.5]);
  });

  // Non-terminal bootstrap, T = 1: δ0 = 1 + 1·2 - 0.5 = 2.5.
  it('uses the bootstrap value values[T]', () => {
    expectClose(gae([1], [0.5, 2], 1, 1), [2.5]);
  });

  it('does not modify its inputs', () => {
    const rr = [...r];
    const vv = [...v];
    gae(rr, vv, 0.9, 0.95);
    expect(rr).toEqual(r);
    expect(vv).toEqual(v);
  });
});

describe('klShapedRewards', () => {
  // β = 0.1, logp - refLogp = [0.5, 0, -0.25]:
  //   -0.1·0.5 = -0.05;  -0.1·0 = 0;  -0.1·(-0.25) = 0.025, plus score 3 at the last token = 3.025.
  it('penalises every token and adds the score at the last one', () => {
    expectClose(klShapedRewards(3, [-1, -2, -0.5], [-1.5, -2, -0.25], 0.1), [-0.05, 0, 3.025]);
  });

  // T = 1: -2·(-1 - -1.5) + 0.5 = -1 + 0.5 = -0.5.
  it('a one-token response gets penalty and score on the same token', () => {
    expectClose(klShapedRewards(0.5, [-1], [-1.5], 2), [-0.5]);
  });

  // With logp = refLogp, only the score remains: [0, 0, -2].
  it('no KL, only the score', () => {
    expectClose(klShapedRewards(-2, [-1, -1, -1], [-1, -1, -1], 0.05), [0, 0, -2]);
  });
});
