// One reply's or one token's share of a step, for the methods that are not pair-wise: its loss and its
// gradient coefficient δ (the summed form of the Conventions in docs/engine-contract.md). Unchecked
// plain numbers, for the hot loop; the trainers check hyper-parameters once, when they are created,
// and ./coefficients exposes the checked δ of each for pages and tests.
import { sigmoid } from '../../maths';

export interface Term {
  loss: number;
  delta: number;
}

export interface KtoTermParams {
  beta: number;
  z0: number;
  lambdaD: number;
  lambdaU: number;
}

/**
 * KTO on one reply with implicit reward r = log π(y) − log π_ref(y): desirable, loss λ_D·σ(−β(r − z0))
 * and δ = λ_D·β·s(1 − s) with s = σ(β(r − z0)); undesirable, loss λ_U·σ(β(r − z0)) and
 * δ = −λ_U·β·s(1 − s) with s = σ(β(z0 − r)).
 */
export function ktoTerm(r: number, desirable: boolean, { beta, z0, lambdaD, lambdaU }: KtoTermParams): Term {
  const s = sigmoid(desirable ? beta * (r - z0) : beta * (z0 - r));
  const lambda = desirable ? lambdaD : lambdaU;
  return { loss: lambda * (1 - s), delta: (desirable ? 1 : -1) * lambda * beta * s * (1 - s) };
}

/**
 * PPO's clipped surrogate for one token with ratio ρ = π/π_old and advantage A:
 * loss max(−Aρ, −A·clip(ρ, 1−ε, 1+ε)); δ = A·ρ while the unclipped term is the larger one, else 0.
 */
export function ppoTerm(advantage: number, ratio: number, clipEps: number): Term {
  const unclipped = -advantage * ratio;
  const clipped = -advantage * Math.min(Math.max(ratio, 1 - clipEps), 1 + clipEps);
  const active = advantage >= 0 ? ratio <= 1 + clipEps : ratio >= 1 - clipEps;
  return { loss: Math.max(unclipped, clipped), delta: active ? advantage * ratio : 0 };
}

/**
 * GRPO for one token: PPO's term plus β·KL̂, KL̂ = π_ref/π − log(π_ref/π) − 1 (DeepSeekMath's
 * estimator, ≥ 0), whose −∂/∂log π is β(π_ref/π − 1).
 */
export function grpoTerm(
  advantage: number,
  ratio: number,
  clipEps: number,
  logp: number,
  refLogp: number,
  beta: number,
): Term {
  const ppo = ppoTerm(advantage, ratio, clipEps);
  const lr = refLogp - logp;
  const q = Math.exp(lr);
  return { loss: ppo.loss + beta * (q - lr - 1), delta: ppo.delta + beta * (q - 1) };
}

/**
 * Plackett–Luce on one list ordered best first: loss −Σ_{k<K−1}(s_k − logsumexp(s_k..s_{K−1})) and its
 * gradient ∂L/∂s_k.
 */
export function plackettLuceTerm(scores: ArrayLike<number>): { loss: number; grad: number[] } {
  const K = scores.length;
  const grad = new Array<number>(K).fill(0);
  let loss = 0;
  for (let k = 0; k < K - 1; k++) {
    let m = -Infinity;
    for (let j = k; j < K; j++) if (scores[j] > m) m = scores[j];
    let z = 0;
    for (let j = k; j < K; j++) z += Math.exp(scores[j] - m);
    loss -= scores[k] - (m + Math.log(z));
    grad[k] -= 1;
    for (let j = k; j < K; j++) grad[j] += Math.exp(scores[j] - m) / z;
  }
  return { loss, grad };
}

/**
 * RRHF's ranking term on one list: Σ over pairs with rewards[i] < rewards[j] of max(0, s_i − s_j), and
 * its gradient ∂L/∂s (+1 on the out-scoring worse reply, −1 on the better one, per active pair).
 */
export function rrhfTerm(scores: ArrayLike<number>, rewards: ArrayLike<number>): { loss: number; grad: number[] } {
  const K = scores.length;
  const grad = new Array<number>(K).fill(0);
  let loss = 0;
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      if (rewards[i] < rewards[j] && scores[i] > scores[j]) {
        loss += scores[i] - scores[j];
        grad[i] += 1;
        grad[j] -= 1;
      }
    }
  return { loss, grad };
}
