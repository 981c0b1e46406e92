// Best-of-N's distance from the policy it samples from: the bound log N − (N − 1)/N on
// KL(π_BoN ‖ π) that the preference-data chapter states.
export function bestOfNKlBound(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`bestOfNKlBound: n must be a whole number ≥ 1, got ${n}`);
  return Math.log(n) - (n - 1) / n;
}
