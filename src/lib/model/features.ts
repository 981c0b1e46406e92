// The reward model's view of a reply (no TF.js here, so pages can list the features at build time):
// which of the eight words it contains, and its length as a fraction of the longest reply.
import { MAX_WORDS, WORDS, type Reply } from '../world';

export const RM_FEATURES = [...WORDS.map((w) => `has “${w}”`), 'length'];

export function replyFeatures(reply: Reply): number[] {
  const f = new Array(RM_FEATURES.length).fill(0);
  for (const w of new Set(reply)) f[w] = 1;
  f[RM_FEATURES.length - 1] = reply.length / MAX_WORDS;
  return f;
}

/** The reward model's score r_φ(x, y) = w · features(y), in plain JS (the one place it is computed). */
export function linearScore(weights: ArrayLike<number>, reply: Reply): number {
  const f = replyFeatures(reply);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i] * weights[i];
  return s;
}
