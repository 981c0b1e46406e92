// Off-policy datasets beyond pairs (the survey's §4.2): ranked lists, unpaired desirable/undesirable
// labels and SFT demonstrations, all drawn ONCE from a fixed older policy and labelled by the simulated
// humans (the hidden utility). `offPolicyData` builds the four kinds together from one seed, so a page
// that shows "the dataset" and a trainer that learns from it see exactly the same rows.
//
// The older policy is the toy's initial policy for that seed (what the engine's trainers also start
// from), i.e. the usual setting where preference data come from the SFT model π_ref.
import { distinctSamples, offPolicyPairs } from './sampling';
import type { Pair, RankedList } from './types';
import { AutoregressivePolicy, type Sample } from '../model/policy';
import { createRng, type Rng } from '../random';
import { sigmoid } from '../maths';
import { P, replyText, utility, type Reply } from '../world';

export interface UnpairedExample {
  prompt: number;
  reply: Reply;
  desirable: boolean;
}

function wholeNumber(fn: string, name: string, value: number, min: number) {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${fn}: ${name} must be a whole number ≥ ${min}, got ${value}`);
}
function nonNegative(fn: string, name: string, value: number) {
  if (!(value >= 0) || !Number.isFinite(value))
    throw new Error(`${fn}: ${name} must be a finite number ≥ 0, got ${value}`);
}

/**
 * Orders replies best first the way a noisy human would: a Plackett–Luce draw with weights
 * exp(u/noise) (noise 0: sorted by the hidden utility, ties by order of appearance).
 */
export function rankReplies(prompt: number, replies: Reply[], rng: Rng, noise = 1): Reply[] {
  nonNegative('rankReplies', 'noise', noise);
  const left = replies.slice();
  if (noise === 0) return left.sort((a, b) => utility(prompt, b) - utility(prompt, a));
  const out: Reply[] = [];
  while (left.length > 0) {
    const u = left.map((r) => utility(prompt, r) / noise);
    const m = Math.max(...u);
    const i = rng.choice(u.map((v) => Math.exp(v - m)));
    out.push(left.splice(i, 1)[0]);
  }
  return out;
}

/** Ranked lists: `perPrompt` lists of `listSize` distinct sampled replies per prompt, ranked by rankReplies. */
export function offPolicyLists(
  policy: AutoregressivePolicy,
  rng: Rng,
  perPrompt: number,
  listSize = 4,
  noise = 1,
): RankedList[] {
  wholeNumber('offPolicyLists', 'perPrompt', perPrompt, 1);
  wholeNumber('offPolicyLists', 'listSize', listSize, 2);
  nonNegative('offPolicyLists', 'noise', noise);
  const probs = policy.table.probabilities();
  const out: RankedList[] = [];
  for (let p = 0; p < P; p++)
    for (let i = 0; i < perPrompt; i++) {
      const replies = distinctSamples(policy, probs, p, listSize, rng);
      if (replies.length === listSize) out.push({ prompt: p, ranking: rankReplies(p, replies, rng, noise) });
    }
  return out;
}

export interface UnpairedOptions {
  /** Utility above which a reply is desirable (default 0). */
  threshold?: number;
  /** Label noise: desirable with probability σ((u − threshold)/noise); 0 (default) is exact. */
  noise?: number;
  /** Who labels instead (e.g. the lab's chosen feedback); gets the same generator, for noisy labels. */
  label?: (prompt: number, reply: Reply, rng: Rng) => boolean;
}

/**
 * Unpaired labels (KTO's data): `perPrompt` replies per prompt sampled from a fixed policy, each marked
 * desirable by `label`, or else with probability σ((u − threshold)/noise) (noise 0: exactly when u > threshold).
 */
export function offPolicyUnpaired(
  policy: AutoregressivePolicy,
  rng: Rng,
  perPrompt: number,
  options: UnpairedOptions = {},
): UnpairedExample[] {
  const { threshold = 0, noise = 0, label } = options;
  wholeNumber('offPolicyUnpaired', 'perPrompt', perPrompt, 1);
  nonNegative('offPolicyUnpaired', 'noise', noise);
  if (!Number.isFinite(threshold))
    throw new Error(`offPolicyUnpaired: threshold must be a finite number, got ${threshold}`);
  const probs = policy.table.probabilities();
  const out: UnpairedExample[] = [];
  for (let p = 0; p < P; p++)
    for (let i = 0; i < perPrompt; i++) {
      const reply = policy.sample(p, rng, {}, probs);
      const d = utility(p, reply) - threshold;
      const desirable = label ? label(p, reply, rng) : noise === 0 ? d > 0 : rng.next() < sigmoid(d / noise);
      out.push({ prompt: p, reply, desirable });
    }
  return out;
}

/** SFT demonstrations: for each prompt, the best (by hidden utility) of `n` samples, `perPrompt` times. */
export function offPolicyDemonstrations(policy: AutoregressivePolicy, rng: Rng, perPrompt: number, n = 16): Sample[] {
  wholeNumber('offPolicyDemonstrations', 'perPrompt', perPrompt, 1);
  wholeNumber('offPolicyDemonstrations', 'n', n, 1);
  const probs = policy.table.probabilities();
  const out: Sample[] = [];
  for (let p = 0; p < P; p++)
    for (let i = 0; i < perPrompt; i++) {
      let best: Reply = policy.sample(p, rng, {}, probs);
      for (let j = 1; j < n; j++) {
        const r = policy.sample(p, rng, {}, probs);
        if (utility(p, r) > utility(p, best)) best = r;
      }
      out.push({ prompt: p, reply: best });
    }
  return out;
}

export interface OffPolicyData {
  seed: number;
  pairs: Pair[];
  lists: RankedList[];
  unpaired: UnpairedExample[];
  demonstrations: Sample[];
}

export interface OffPolicyDataOptions {
  /** Seed of the older policy and of the labels. */
  seed: number;
  /** Scale of the older policy's random logits (the trainers' default is 0.3). */
  initScale?: number;
  /** Human label noise (Bradley–Terry temperature) for pairs and lists. */
  noise?: number;
  pairsPerPrompt?: number;
  listsPerPrompt?: number;
  listSize?: number;
  unpairedPerPrompt?: number;
  demonstrationsPerPrompt?: number;
}

/**
 * All four off-policy datasets from one fixed older policy, built once. The older policy is created
 * from `seed` exactly as the trainers create their initial policy, so with the same seed it IS the
 * trainers' π_ref; each dataset then draws from its own stream, so changing one size leaves the other
 * datasets unchanged.
 */
export function offPolicyData(options: OffPolicyDataOptions): OffPolicyData {
  const {
    seed,
    initScale = 0.3,
    noise = 1,
    pairsPerPrompt = 8,
    listsPerPrompt = 4,
    listSize = 4,
    unpairedPerPrompt = 8,
    demonstrationsPerPrompt = 2,
  } = options;
  if (!Number.isInteger(seed)) throw new Error(`offPolicyData: seed must be an integer, got ${seed}`);
  const older = new AutoregressivePolicy(createRng(seed), initScale);
  const stream = (k: number) => createRng(seed * 7919 + k);
  try {
    return {
      seed,
      pairs: offPolicyPairs(older, stream(1), pairsPerPrompt, noise),
      lists: offPolicyLists(older, stream(2), listsPerPrompt, listSize, noise),
      unpaired: offPolicyUnpaired(older, stream(3), unpairedPerPrompt),
      demonstrations: offPolicyDemonstrations(older, stream(4), demonstrationsPerPrompt),
    };
  } finally {
    older.table.dispose();
  }
}
