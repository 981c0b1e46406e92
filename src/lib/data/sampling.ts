// Sampling (the survey's §4): on-policy samples and pairs drawn from the current policy, off-policy pair
// datasets drawn once from a fixed policy, the bandit's labelled candidate pairs, distinct replies for
// ranked lists, and the default SFT demonstrations. The trainers draw all their data through here.
import { humanLabel } from '../feedback';
import type { AutoregressivePolicy, Sample } from '../model/policy';
import type { Rng } from '../random';
import { allReplies, CANDIDATES, K, P, replyText, utility, type Reply } from '../world';
import type { Pair } from './types';

/** On-policy sampling: n replies per prompt from the current policy. */
export function sampleOnPolicy(policy: AutoregressivePolicy, rng: Rng, perPrompt: number, temperature = 1): Sample[] {
  const probs = policy.table.probabilities();
  const out: Sample[] = [];
  for (let p = 0; p < P; p++)
    for (let i = 0; i < perPrompt; i++) out.push({ prompt: p, reply: policy.sample(p, rng, { temperature }, probs) });
  return out;
}

/**
 * On-policy pairs: two replies per draw from the current policy (at `temperature`), labelled by `label`;
 * draws whose two replies coincide are skipped, so a prompt may get fewer than `perPrompt` pairs.
 */
export function onPolicyPairs(
  policy: AutoregressivePolicy,
  rng: Rng,
  perPrompt: number,
  label: (prompt: number, a: Reply, b: Reply, rng: Rng) => { chosen: Reply; rejected: Reply },
  temperature = 1,
): Pair[] {
  const probs = policy.table.probabilities();
  const out: Pair[] = [];
  for (let p = 0; p < P; p++)
    for (let i = 0; i < perPrompt; i++) {
      const a = policy.sample(p, rng, { temperature }, probs);
      const b = policy.sample(p, rng, { temperature }, probs);
      if (replyText(a) === replyText(b)) continue;
      const l = label(p, a, b, rng);
      out.push({ prompt: p, chosen: l.chosen, rejected: l.rejected });
    }
  return out;
}

/** `count` distinct replies of one prompt sampled from a probability table (gives up after 50·count draws). */
export function distinctSamples(
  policy: AutoregressivePolicy,
  probs: Float32Array,
  prompt: number,
  count: number,
  rng: Rng,
): Reply[] {
  const seen = new Map<string, Reply>();
  for (let tries = 0; seen.size < count && tries < 50 * count; tries++) {
    const r = policy.sample(prompt, rng, {}, probs);
    seen.set(replyText(r), r);
  }
  return [...seen.values()];
}

/** SFT's default demonstrations: the best reply of each prompt under the hidden utility (all replies listed). */
export function demonstrations(): Sample[] {
  const replies = allReplies();
  return [...Array(P).keys()].map((p) => ({
    prompt: p,
    reply: replies.reduce((a, b) => (utility(p, b) > utility(p, a) ? b : a)),
  }));
}

/** An off-policy preference dataset: pairs sampled once from a fixed policy, labelled by "humans". */
export function offPolicyPairs(policy: AutoregressivePolicy, rng: Rng, perPrompt: number, noise = 1): Pair[] {
  const probs = policy.table.probabilities();
  const out: Pair[] = [];
  for (let p = 0; p < P; p++) {
    for (let i = 0; i < perPrompt; i++) {
      const a = policy.sample(p, rng, {}, probs);
      let b = policy.sample(p, rng, {}, probs);
      for (let tries = 0; replyText(a) === replyText(b) && tries < 20; tries++) b = policy.sample(p, rng, {}, probs);
      if (replyText(a) === replyText(b)) continue;
      const label = humanLabel(p, a, b, rng, noise);
      out.push({ prompt: p, chosen: label.chosen, rejected: label.rejected });
    }
  }
  return out;
}

/** Bandit preference pairs: every candidate pair of every prompt, labelled once (noise 0 = exact). */
export function banditPairs(
  rng: Rng,
  perPair = 1,
  noise = 1,
): Array<{ prompt: number; chosen: number; rejected: number }> {
  const out: Array<{ prompt: number; chosen: number; rejected: number }> = [];
  for (let p = 0; p < P; p++) {
    for (let i = 0; i < K; i++) {
      for (let j = i + 1; j < K; j++) {
        for (let n = 0; n < perPair; n++) {
          const label = humanLabel(p, CANDIDATES[p][i], CANDIDATES[p][j], rng, noise);
          const iWins = label.chosen === CANDIDATES[p][i];
          out.push({ prompt: p, chosen: iWins ? i : j, rejected: iWins ? j : i });
        }
      }
    }
  }
  return out;
}
