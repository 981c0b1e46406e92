// Scalar functions the engine needs in plain float64 JS, in one place (closed-form δ and losses, the
// simulated feedback, the bandit's exact quantities). Written in their stable forms: no overflow of
// exp for any finite argument.

/** σ(z) = 1 / (1 + e^{−z}), without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softplus(z) = log(1 + e^z) = −log σ(−z), exact for large |z| (so −log σ(βh) = softplus(−βh)). */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** log Σ e^{x_i}, shifted by the maximum. */
export function logSumExp(xs: ArrayLike<number>, from = 0, to = xs.length): number {
  let m = -Infinity;
  for (let i = from; i < to; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity) return m;
  let z = 0;
  for (let i = from; i < to; i++) z += Math.exp(xs[i] - m);
  return m + Math.log(z);
}

/** KL(p ‖ q) of two distributions given as rows of the same length (terms with p = 0 add 0). */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, from = 0, to = p.length): number {
  let kl = 0;
  for (let i = from; i < to; i++) if (p[i] > 0) kl += p[i] * Math.log(p[i] / q[i]);
  return kl;
}

/** log(1 − e^a) for a < 0, accurate near 0 (expm1): ORPO's log-odds use a − log(1 − e^a). */
export function log1mexp(a: number): number {
  return Math.log(-Math.expm1(a));
}
