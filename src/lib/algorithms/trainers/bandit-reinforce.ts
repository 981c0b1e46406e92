// REINFORCE on the bandit toy, twice side by side: once with δ = r (no baseline) and once with
// δ = r − V(x), where V(x) = Σ_k π(k|x)·r(x, k) is the exact expected reward of the current policy (a
// perfect critic, which the bandit can afford because its four candidates can be summed over). Both
// runs start from the same uniform policy and draw from generators with the same seed, so the first
// step sees the same samples and differs only in δ. The reward is the hidden utility plus an optional
// constant `offset`: the true gradient ignores it, the variance of the no-baseline estimate does not.
//
// The record holds what the RL primer's widget shows: every sample's δ, their mean and spread, the
// exact expected utility of each policy, and the exact variance of a one-sample gradient estimate.
import { tf } from '../../tf';
import { BanditPolicy } from '../../model/policy';
import { createRng } from '../../random';
import { CANDIDATES, K, P, utility } from '../../world';
import { banditUtility, descend, rows } from './common';
import { finiteError, rangeError } from '../../errors';

export type BaselineKind = 'none' | 'value';

export interface BanditReinforceOptions {
  seed: number;
  lr: number;
  /** Samples per prompt per step (N). */
  samples?: number;
  /** A constant added to every reward. */
  offset?: number;
}

export interface ReinforceSample {
  prompt: number;
  candidate: number;
  reward: number;
  baseline: number;
  delta: number;
}

export interface ReinforceRunRecord {
  samples: ReinforceSample[];
  meanDelta: number;
  /** Population standard deviation of this step's δ over all P·N samples. */
  stdDelta: number;
  /** Exact expected hidden utility of the policy after the step, averaged over prompts (no offset). */
  expectedUtility: number;
  /** Exact variance (trace of the covariance) of one sample's gradient estimate at the policy after the step. */
  gradVariance: number;
  policy: number[][];
}

export interface BanditReinforceRecord {
  step: number;
  none: ReinforceRunRecord;
  value: ReinforceRunRecord;
}

/**
 * Exact variance of the one-sample REINFORCE estimate g = (r_k − b)·(e_k − π) with k ~ π, for one
 * prompt's distribution `pi`, rewards `r` and baseline `b` (a number, or the exact value V when omitted).
 * E‖g‖² = Σ_k π_k (r_k − b)² ‖e_k − π‖²; the mean E g = ∇_logits E[r] does not depend on b.
 */
export function reinforceGradVariance(pi: number[], r: number[], b?: number): number {
  const v = pi.reduce((s, p, k) => s + p * r[k], 0);
  const base = b ?? v;
  const sq = pi.reduce((s, p) => s + p * p, 0);
  let second = 0;
  for (let k = 0; k < pi.length; k++) second += pi[k] * (r[k] - base) ** 2 * (1 - 2 * pi[k] + sq);
  let meanSq = 0;
  for (let j = 0; j < pi.length; j++) meanSq += (pi[j] * (r[j] - v)) ** 2;
  return second - meanSq;
}

/** Expected utility of the best candidate of each prompt, averaged: the ceiling of the learning curves. */
export function banditBestUtility(): number {
  return [...Array(P).keys()].reduce((s, p) => s + Math.max(...CANDIDATES[p].map((c) => utility(p, c))), 0) / P;
}

export function createBanditReinforce(options: BanditReinforceOptions) {
  const { lr, samples = 8, offset = 0 } = options;
  if (!(Number.isInteger(samples) && samples >= 1))
    throw rangeError(
      'banditReinforce',
      'samples',
      samples,
      { min: 1, integer: true },
      `samples must be an integer ≥ 1, got ${samples}`,
    );
  if (!Number.isFinite(offset))
    throw finiteError('banditReinforce', 'offset', offset, `offset must be a finite number, got ${offset}`);
  const reward = (p: number, k: number) => utility(p, CANDIDATES[p][k]) + offset;
  const rewards = [...Array(P).keys()].map((p) => [...Array(K).keys()].map((k) => reward(p, k)));
  const runs = (['none', 'value'] as const).map((kind) => ({
    kind,
    rng: createRng(options.seed),
    // Uniform start, set explicitly so no random draw is spent on the initial weights.
    policy: new BanditPolicy(createRng(0), 0, new Float32Array(P * K)),
  }));
  let step = 0;

  const summary = (policyRows: number[][], kind: BaselineKind) => ({
    expectedUtility: banditUtility(policyRows.flat()),
    gradVariance:
      policyRows.reduce((s, pi, p) => s + reinforceGradVariance(pi, rewards[p], kind === 'none' ? 0 : undefined), 0) /
      P,
    policy: policyRows,
  });

  return {
    runs: runs.map((r) => r.policy),
    rewards,
    /** The two runs before any step (both uniform). */
    initial(): Record<BaselineKind, Omit<ReinforceRunRecord, 'samples' | 'meanDelta' | 'stdDelta'>> {
      const out = runs.map((r) => summary(rows(r.policy.table.probabilities(), K), r.kind));
      return { none: out[0], value: out[1] };
    },
    step(): BanditReinforceRecord {
      step++;
      const out = runs.map(({ kind, rng, policy }): ReinforceRunRecord => {
        const probs = policy.table.probabilities();
        const drawn: ReinforceSample[] = [];
        for (let p = 0; p < P; p++) {
          const row = policy.distribution(p, probs);
          const value = row.reduce((s, q, k) => s + q * rewards[p][k], 0);
          const baseline = kind === 'none' ? 0 : value;
          for (let i = 0; i < samples; i++) {
            const k = rng.choice(row);
            drawn.push({ prompt: p, candidate: k, reward: rewards[p][k], baseline, delta: rewards[p][k] - baseline });
          }
        }
        const enc = policy.encode(drawn);
        const delta = tf.tensor1d(drawn.map((s) => s.delta));
        // Loss −mean(δ·log π(y|x)): its gradient is minus the REINFORCE estimate, averaged over the batch.
        descend(
          policy.table,
          (w) => tf.neg(tf.mean(tf.mul(delta, policy.table.sequenceLogp(enc, w)))) as tf.Scalar,
          lr,
        );
        enc.dispose();
        delta.dispose();
        const mean = drawn.reduce((s, d) => s + d.delta, 0) / drawn.length;
        const std = Math.sqrt(drawn.reduce((s, d) => s + (d.delta - mean) ** 2, 0) / drawn.length);
        return {
          samples: drawn,
          meanDelta: mean,
          stdDelta: std,
          ...summary(rows(policy.table.probabilities(), K), kind),
        };
      });
      return { step, none: out[0], value: out[1] };
    },
    dispose() {
      for (const r of runs) r.policy.table.dispose();
    },
  };
}
