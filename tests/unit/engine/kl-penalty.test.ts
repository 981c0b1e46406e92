// β as a KL penalty weight: 0 (no penalty) is a legitimate setting, negative values are refused, in
// klShapedRewards, PPO, GRPO and the bandit's KL-regularised REINFORCE.
import { describe, expect, it } from 'vitest';
import * as E from '../../../src/lib/algorithms';

describe('β = 0 is allowed wherever β weights a KL penalty', () => {
  it('klShapedRewards: β = 0 leaves only the score, at the last token', () => {
    expect(E.klShapedRewards(1.5, [-1, -2, -0.5], [-0.7, -2.4, -1], 0).map((v) => v + 0)).toEqual([0, 0, 1.5]);
    expect(() => E.klShapedRewards(1, [-1], [-1], -0.1)).toThrow(/klShapedRewards: beta must be >= 0, got -0.1/);
  });

  it('PPO: klBeta = 0 trains with no KL term in the shaped reward', () => {
    const t = E.createPpoTrainer({ seed: 2, lr: 0.5, klBeta: 0, clipEps: 0.2 });
    t.step();
    const r = t.step();
    expect(r.sample.tokens.every((tk) => tk.klTerm === 0 || Object.is(tk.klTerm, -0))).toBe(true);
    // Shaped reward = the score at the last token, 0 before it.
    const rewards = r.sample.tokens.map((tk) => tk.reward);
    expect(rewards.slice(0, -1).every((v) => v === 0)).toBe(true);
    expect(rewards[rewards.length - 1]).toBeCloseTo(r.sample.score, 12);
    expect(() => E.createPpoTrainer({ seed: 2, lr: 0.5, klBeta: -0.1, clipEps: 0.2 })).toThrow(
      /ppoTrainer: klBeta must be >= 0, got -0.1/,
    );
  });

  it('GRPO: β = 0 makes δ exactly the group-normalised advantage; β < 0 is refused', () => {
    const t = E.createGrpoTrainer({ seed: 3, lr: 0.5, beta: 0, groupSize: 4 });
    t.step();
    const r = t.step();
    // Prompt 0's replies come first in the batch; every token of reply i carries δ = Â_i.
    let offset = 0;
    r.group.forEach((g, i) => {
      const n = r.batch[i].reply.length + (r.batch[i].reply.length < 3 ? 1 : 0);
      for (const d of r.deltas.slice(offset, offset + n)) expect(d).toBeCloseTo(g.advantage, 12);
      offset += n;
    });
    expect(() => E.createGrpoTrainer({ seed: 3, lr: 0.5, beta: -0.04 })).toThrow(
      /grpoTrainer: beta must be >= 0, got -0.04/,
    );
  });

  it('REINFORCE-KL on the bandit: β = 0 heads for the best candidate (its optimum is the argmax)', () => {
    const t = E.createBanditPolicyGradient({ seed: 1, beta: 0, lr: 0.5, samples: 64 });
    const first = t.step().tvToOptimum;
    let last = first;
    for (let i = 0; i < 60; i++) last = t.step().tvToOptimum;
    expect(t.optimum.every((row) => row.filter((v) => v === 1).length === 1)).toBe(true);
    expect(last).toBeLessThan(first - 0.2);
    expect(() => E.createBanditPolicyGradient({ seed: 1, beta: -1, lr: 0.5 })).toThrow(/beta must be >= 0, got -1/);
  });
});

describe('a step that would overflow the weights is refused and the last good weights are kept', () => {
  it('DPO (bandit) with lr = 1e45', () => {
    const t = E.createBanditPairTrainer({ seed: 1, lr: 1e45, method: 'dpo', beta: 0.5, mode: 'offline' });
    const before = t.policy.table.snapshot();
    expect(() => t.step()).toThrow(E.NonFiniteStepError);
    expect(() => t.step()).toThrow(/this learning rate makes the weights overflow; the last good step is kept/);
    expect(Array.from(t.policy.table.snapshot())).toEqual(Array.from(before));
    t.dispose();
  });
});
