// The unified view in code: every trainer reports a gradient coefficient δ, and the update it actually
// made must equal the survey's equation (1) with those δ. For each trainer we take one step, read the
// weight change Δw = −lr·∇L, and compare −∇L with the sum of δ·∇log π computed independently by autodiff
// at the pre-step weights. Normalisation: sequence-level methods average over the examples that carry
// a non-zero δ (SFT, RFT, RAFT, ReMax) or over all pairs (DPO); token-level methods (PPO, GRPO) average over all
// tokens of the batch, as the losses do.
import { describe, expect, it } from 'vitest';
import { tf, type Tensor2D } from '../../../src/lib/tf';
import * as E from '../../../src/lib/algorithms';
import type { AutoregressivePolicy, Sample } from '../../../src/lib/model/policy';

const lr = 0.05;

function weightChange(policy: AutoregressivePolicy, run: () => void) {
  const before = policy.table.snapshot();
  run();
  const after = policy.table.snapshot();
  return { before, step: Array.from(after, (v, i) => (v - before[i]) / lr) };
}

/** (1/norm) Σ_i δ_i ∇log π(y_i) at the given weights, by autodiff; per sequence or per token. */
function unifiedGradient(
  policy: AutoregressivePolicy,
  weights: Float32Array,
  samples: Sample[],
  deltas: number[],
  perToken: boolean,
  norm: number,
) {
  return tf.tidy(() => {
    const w0 = tf.tensor2d(weights, [policy.table.contexts, policy.table.outputs]);
    const enc = policy.encode(samples);
    const d = tf.tensor1d(deltas);
    const g = tf.grad((x: tf.Tensor) => {
      const w = x as Tensor2D;
      return tf.div(
        tf.sum(tf.mul(d, perToken ? policy.table.tokenLogp(enc, w) : policy.table.sequenceLogp(enc, w))),
        norm,
      );
    })(w0);
    const out = Array.from(g.dataSync());
    enc.dispose();
    return out;
  });
}

/** A record's sample (reply as text) back as word ids. */
const toSample = (s: { prompt: number; reply: string }): Sample => ({
  prompt: s.prompt,
  reply: s.reply.split(' ').map((w) => ['steps', 'here', 'thanks', 'please', 'maybe', 'um', 'no', 'ugh'].indexOf(w)),
});

function expectClose(got: number[], want: number[]) {
  const scale = Math.max(...want.map(Math.abs), 1e-6);
  const worst = Math.max(...got.map((g, i) => Math.abs(g - want[i])));
  expect(worst / scale).toBeLessThan(2e-3);
  expect(scale).toBeGreaterThan(1e-4); // the step really moved the weights
}

describe('Σ δ ∇log π equals the update each trainer makes', () => {
  it('SFT (δ = 1 on every demonstration)', () => {
    const t = E.createPointwiseTrainer({ seed: 2, lr, method: 'sft' });
    let rec!: E.PolicyRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    expect(rec.samples.every((s) => s.delta === 1)).toBe(true);
    const samples = E.demonstrations();
    expectClose(
      step,
      unifiedGradient(
        t.policy,
        before,
        samples,
        samples.map(() => 1),
        false,
        samples.length,
      ),
    );
  });

  it('RFT (δ = 1 for samples the rule keeps, 0 for the rest)', () => {
    const t = E.createPointwiseTrainer({ seed: 5, lr, method: 'rft', n: 12 });
    let rec!: E.PolicyRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    const kept = rec.samples.filter((s) => s.delta !== 0);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(rec.samples.length);
    const samples = kept.map((s) => ({
      prompt: s.prompt,
      reply: s.reply
        .split(' ')
        .map((w) => ['steps', 'here', 'thanks', 'please', 'maybe', 'um', 'no', 'ugh'].indexOf(w)),
    }));
    expectClose(
      step,
      unifiedGradient(
        t.policy,
        before,
        samples,
        kept.map(() => 1),
        false,
        kept.length,
      ),
    );
  });

  it('RAFT (δ = 1 for the best of n by reward, 0 for the rest)', () => {
    const t = E.createPointwiseTrainer({ seed: 7, lr, method: 'raft', n: 5 });
    let rec!: E.PolicyRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    const kept = rec.samples.filter((s) => s.delta !== 0);
    expect(kept).toHaveLength(3);
    expectClose(
      step,
      unifiedGradient(
        t.policy,
        before,
        kept.map(toSample),
        kept.map(() => 1),
        false,
        kept.length,
      ),
    );
  });

  it('ReMax (δ = r(x, y) − r(x, ȳ), negative for samples worse than the greedy reply)', () => {
    const t = E.createPointwiseTrainer({ seed: 1, lr, method: 'remax' });
    let rec!: E.PolicyRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    const used = rec.samples.filter((s) => s.delta !== 0);
    expect(used.some((s) => s.delta < 0)).toBe(true);
    expectClose(
      step,
      unifiedGradient(
        t.policy,
        before,
        used.map(toSample),
        used.map((s) => s.delta),
        false,
        used.length,
      ),
    );
  });

  it('DPO (δ = β·σ(−βh) on the chosen reply and −β·σ(−βh) on the rejected one)', () => {
    const t = E.createPairTrainer({ seed: 3, lr, method: 'dpo', beta: 0.5, mode: 'offline' });
    let rec!: E.PairRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    const samples = rec.batch.flatMap((p) => [
      { prompt: p.prompt, reply: p.chosen },
      { prompt: p.prompt, reply: p.rejected },
    ]);
    const deltas = rec.deltas.flatMap((d) => [d, -d]);
    expectClose(step, unifiedGradient(t.policy, before, samples, deltas, false, rec.batch.length));
  });

  it('PPO, first epoch (δ_t = A_t, the GAE advantage)', () => {
    const t = E.createPpoTrainer({ seed: 4, lr, klBeta: 0.1, clipEps: 0.2, epochs: 1 });
    let rec!: E.PpoRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    expectClose(step, unifiedGradient(t.policy, before, rec.batch, rec.deltas, true, rec.deltas.length));
  });

  it('GRPO (δ_t = Â + β(π_ref/π − 1))', () => {
    const t = E.createGrpoTrainer({ seed: 6, lr, beta: 0.3 });
    // Move the policy away from the reference first, so the KL part of δ is not zero.
    t.step();
    let rec!: E.GrpoRecord;
    const { before, step } = weightChange(t.policy, () => (rec = t.step()));
    expectClose(step, unifiedGradient(t.policy, before, rec.batch, rec.deltas, true, rec.deltas.length));
  });
});
