// The common trainer interface: every registry name builds, steps, raises the hidden utility within a
// fixed budget (fixed seed), reports δ for every example of every step (and the δ it reports really is
// the step's gradient: checked against the weight change for one method of each category), snapshots
// and restores, is deterministic, and does not leak tensors.
import { describe, expect, it } from 'vitest';
import { tf, type Tensor2D } from '../../../src/lib/tf';
import {
  createTrainer,
  TRAINER_NAMES,
  TRAINER_SPECS,
  type StepRecord,
  type TrainerName,
} from '../../../src/lib/algorithms/trainers/create';
import { AutoregressivePolicy } from '../../../src/lib/model/policy';
import { createRng } from '../../../src/lib/random';
import { allReplies, CANDIDATES, parseReply, utility, type Reply } from '../../../src/lib/world';

const BUDGET = 40;

describe('createTrainer: every trainer through one interface', () => {
  it('has a registry record for each of the 17 methods', () => {
    expect(TRAINER_NAMES).toHaveLength(17);
    for (const n of TRAINER_NAMES) {
      const s = TRAINER_SPECS[n];
      expect(['point-wise', 'pair-wise', 'list-wise', 'reward model']).toContain(s.category);
      expect(s.modes.length).toBeGreaterThan(0);
    }
    expect(TRAINER_SPECS.dpo).toMatchObject({ category: 'pair-wise', consumes: 'pairs', needsReference: true });
    expect(TRAINER_SPECS.pro).toMatchObject({ category: 'list-wise', consumes: 'ranked lists', needsReference: false });
  });

  for (const name of TRAINER_NAMES.filter((n) => n !== 'reward-model')) {
    it(`${name} raises the hidden utility within ${BUDGET} steps and reports δ for every example`, () => {
      const t = createTrainer(name);
      const start = t.state.utility!;
      let rec!: StepRecord;
      for (let i = 0; i < BUDGET; i++) {
        rec = t.step();
        expect(Number.isFinite(rec.loss)).toBe(true);
        expect(rec.gradient.examples.length).toBeGreaterThan(0);
        expect(rec.gradient.examples.every((e) => e.delta.length > 0 && e.delta.every(Number.isFinite))).toBe(true);
      }
      expect(rec.step).toBe(BUDGET);
      // At least 2% of the way from the start to the best reachable utility (any reply, or the best
      // bandit candidate); the slowest here, offline pair-wise methods on noisy labels, move 2–6%.
      const best =
        [0, 1, 2].reduce(
          (a, p) =>
            a + Math.max(...(t.spec.model === 'bandit' ? CANDIDATES[p] : allReplies()).map((r) => utility(p, r))),
          0,
        ) / 3;
      expect(rec.utility!).toBeLessThanOrEqual(best + 1e-9);
      expect((rec.utility! - start) / (best - start)).toBeGreaterThan(0.02);
      t.dispose();
    });
  }

  it('reward-model: held-out accuracy rises above 0.7; δ multiplies ∇r_φ', () => {
    const t = createTrainer('reward-model');
    let rec!: StepRecord;
    for (let i = 0; i < 120; i++) rec = t.step();
    expect(rec.metrics.heldOutAccuracy).toBeGreaterThan(0.7);
    expect(rec.gradient.of).toBe('r_φ');
    // Bradley–Terry: δ on the chosen reply is σ(r⁻ − r⁺) ∈ (0, 1), its negative on the rejected one.
    const [c, r] = rec.gradient.examples;
    expect(c.delta[0]).toBeGreaterThan(0);
    expect(c.delta[0]).toBeLessThan(1);
    expect(r.delta[0]).toBeCloseTo(-c.delta[0], 12);
    t.dispose();
  });
});

/** −∇L from the weight change of one plain-gradient step (w ← w − lr·∇L). */
function stepGradient(name: TrainerName, options: Record<string, number | string>) {
  const lr = 0.05;
  const t = createTrainer(name, { ...options, lr });
  const before = Float32Array.from(t.snapshot().weights);
  const rec = t.step();
  const after = t.snapshot().weights;
  t.dispose();
  return { before, rec, negGrad: after.map((v, i) => (v - before[i]) / lr) };
}

/** (1/B) Σ δ_t ∇log π(o_t) at the given autoregressive weights, by autodiff. */
function unifiedFromRecord(weights: Float32Array, rec: StepRecord): number[] {
  const policy = new AutoregressivePolicy(createRng(0), 0, weights);
  const samples = rec.gradient.examples.map((e) => ({ prompt: e.prompt, reply: parseReply(e.reply) as Reply }));
  const enc = policy.encode(samples);
  const out = tf.tidy(() => {
    const d = tf.tensor1d(rec.gradient.examples.flatMap((e) => e.delta));
    const g = tf.grad((w: tf.Tensor) =>
      tf.div(tf.sum(tf.mul(d, policy.table.tokenLogp(enc, w as Tensor2D))), rec.gradient.normaliser),
    )(policy.table.weights);
    return Array.from(g.dataSync());
  });
  enc.dispose();
  policy.table.dispose();
  return out;
}

describe('the δ each trainer reports is the gradient of its step', () => {
  // One method per way of building δ: per pair (IPO), length-normalised (SimPO, ORPO), per reply (KTO),
  // per list (PRO). SFT, RFT, DPO, PPO and GRPO are checked in unified-view.test.ts.
  for (const name of ['ipo', 'cdpo', 'hinge', 'simpo', 'orpo', 'kto', 'pro'] as TrainerName[]) {
    it(name, () => {
      const { before, rec, negGrad } = stepGradient(name, { seed: 3 });
      const want = unifiedFromRecord(before, rec);
      const scale = Math.max(...want.map(Math.abs));
      expect(scale).toBeGreaterThan(1e-4);
      // Tolerance: δ is computed in float64 from float32 probabilities, the step in float32.
      expect(Math.max(...negGrad.map((g, i) => Math.abs(g - want[i]))) / scale).toBeLessThan(5e-3);
    });
  }
});

describe('snapshots, determinism, memory, bad input', () => {
  it('restore() brings back the weights and the utility of a snapshot', () => {
    const t = createTrainer('dpo');
    t.step();
    const snap = t.snapshot();
    const u = t.state.utility;
    for (let i = 0; i < 5; i++) t.step();
    expect(t.state.utility).not.toBe(u);
    t.restore(JSON.parse(JSON.stringify(snap)));
    expect(t.state).toMatchObject({ step: 1, utility: u });
    expect(() => t.restore({ ...snap, weights: [1, 2] })).toThrow(/snapshot.weights has 2 values, expected \d+/);
    expect(() => t.restore({ ...snap, trainer: 'ipo' })).toThrow('restore: snapshot is of trainer "ipo", not "dpo"');
    t.dispose();
  });

  it('the same seed gives the same trajectory, twice in one process (online DPO, GRPO, PRO)', () => {
    for (const [name, o] of [
      ['dpo', { mode: 'online' }],
      ['grpo', {}],
      ['pro', { mode: 'online' }],
    ] as Array<[TrainerName, Record<string, string>]>) {
      const run = () => {
        const t = createTrainer(name, { seed: 5, ...o });
        const out = Array.from({ length: 4 }, () => t.step()).map((r) => [
          r.loss,
          r.utility,
          r.gradient.examples.map((e) => e.reply).join('|'),
        ]);
        t.dispose();
        return out;
      };
      expect(run()).toEqual(run());
    }
  });

  it('the number of live tensors stays flat across steps', () => {
    for (const name of ['dpo', 'ppo', 'pro', 'rrhf', 'reward-model'] as TrainerName[]) {
      const t = createTrainer(name);
      t.step();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 5; i++) t.step();
      t.restore(t.snapshot());
      expect(tf.memory().numTensors, name).toBe(before);
      t.dispose();
    }
  });

  it('bad settings throw an error naming the argument and its value', () => {
    expect(() => createTrainer('dpx' as TrainerName)).toThrow(/name must be one of sft, .*; got "dpx"/);
    expect(() => createTrainer('dpo', { lr: 0 })).toThrow('createTrainer: lr must be a finite number > 0, got 0');
    expect(() => createTrainer('dpo', { seed: 1.5 })).toThrow('createTrainer: seed must be an integer, got 1.5');
    expect(() => createTrainer('ipo', { tau: Number.NaN })).toThrow(
      'createTrainer: tau must be a finite number, got NaN',
    );
    expect(() => createTrainer('dpo', { beta: -1 })).toThrow(/beta must be > 0, got -1/);
    expect(() => createTrainer('pro', { listSize: 1 })).toThrow(
      'proTrainer: listSize must be a whole number ≥ 2, got 1',
    );
    expect(() => createTrainer('pro', { sftWeight: -0.1 })).toThrow(
      'proTrainer: sftWeight must be a finite number ≥ 0, got -0.1',
    );
  });
});
