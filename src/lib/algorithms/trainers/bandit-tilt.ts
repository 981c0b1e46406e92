// The KL-regularised optimum on the bandit toy, exactly: for one prompt's four candidates, a reference
// distribution and a β, the tilted policy π* ∝ π_ref·exp(r/β) with r the hidden utility, and the numbers
// that explain it — Z, the expected reward under π_ref and π*, KL(π*‖π_ref) and the objective's value
// E_π*[r] − β·KL, which equals β·log Z. Nothing is trained; the definition chapter's β slider reads this.
// Plain arithmetic and no TF.js, so pages can import the reference distributions at build time.
import { CANDIDATES, K, utility } from '../../world';
import { rangeError } from '../../errors';

/** Reference distributions the example offers, per candidate (the same for every prompt). */
export const TILT_REFERENCES = {
  uniform: [0.25, 0.25, 0.25, 0.25],
  // Like an SFT model that mostly gives the second-best reply and rarely the best one.
  skewed: [0.1, 0.5, 0.3, 0.1],
} as const;
export type TiltReference = keyof typeof TILT_REFERENCES;

export interface TiltResult {
  rewards: number[];
  reference: number[];
  /** π_ref·exp(r/β), before normalising. */
  weights: number[];
  z: number;
  optimum: number[];
  referenceReward: number;
  optimumReward: number;
  kl: number;
  objective: number;
  betaLogZ: number;
}

export function klTilt(prompt: number, reference: readonly number[], beta: number): TiltResult {
  if (!(beta > 0) || !Number.isFinite(beta))
    throw rangeError(
      'klTilt',
      'beta',
      beta,
      { min: 0, exclusiveMin: true },
      `beta must be a finite number > 0, got ${beta}`,
    );
  if (!Number.isInteger(prompt) || !CANDIDATES[prompt]) throw new Error(`klTilt: no prompt ${prompt}`);
  if (reference.length !== K || reference.some((p) => !(p > 0)))
    throw new Error(`klTilt: the reference needs ${K} positive probabilities`);
  const rewards = CANDIDATES[prompt].map((c) => utility(prompt, c));
  // r/β stays below 2.2/0.05 = 44 for β ≥ 0.05, so exp cannot overflow and no log-sum-exp is needed.
  const weights = reference.map((p, k) => p * Math.exp(rewards[k] / beta));
  const z = weights.reduce((a, b) => a + b, 0);
  const optimum = weights.map((w) => w / z);
  const dot = (pi: readonly number[]) => pi.reduce((s, p, k) => s + p * rewards[k], 0);
  const kl = optimum.reduce((s, p, k) => s + (p > 0 ? p * Math.log(p / reference[k]) : 0), 0);
  const optimumReward = dot(optimum);
  return {
    rewards,
    reference: [...reference],
    weights,
    z,
    optimum,
    referenceReward: dot(reference),
    optimumReward,
    kl,
    objective: optimumReward - beta * kl,
    betaLogZ: beta * Math.log(z),
  };
}
