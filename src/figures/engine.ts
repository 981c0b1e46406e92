// The numbers the explanatory figures plot, computed at build time by the engine (src/lib), through
// its public functions only: the losses of algorithms/index.ts, the closed-form δ of the unified view,
// the trainers' records, the world and the simulated labeller. Nothing here is typed in by hand except
// the inputs a figure is about (a margin range, a β, a list of scores), which the captions state.
// The unit tests (tests/unit/figures) check these values against the engine and against closed forms.
import {
  TRAINER_SPECS,
  banditOptimum,
  cdpoDelta,
  cdpoLoss,
  createGrpoTrainer,
  dpoDelta,
  dpoLoss,
  gae,
  hingeDelta,
  hingeLoss,
  ipoDelta,
  ipoLoss,
  ktoDelta,
  ktoLoss,
  klShapedRewards,
  plackettLuceDeltas,
  plackettLuceLoss,
  rrhfDeltas,
  rrhfLoss,
  simpoDelta,
  simpoLoss,
} from '../lib/algorithms/index';
import { humanLabel } from '../lib/feedback/index';
import { AutoregressivePolicy, exactDistribution } from '../lib/model/policy';
import { createRng } from '../lib/random';
import { tf } from '../lib/tf';
import { CANDIDATES, K, allReplies, replyText, utility } from '../lib/world';

export const range = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** Evaluate a batch-of-one engine loss to a plain number, disposing every tensor. */
function scalar(make: () => tf.Scalar): number {
  return tf.tidy(() => make().dataSync()[0]);
}
const t1 = (v: number) => tf.tensor1d([v]);
const pairAt = (h: number) => ({ policyChosen: t1(h), policyRejected: t1(0), refChosen: t1(0), refRejected: t1(0) });

// ---------------------------------------------------------------------------------------------
// Pair-wise loss geometry: loss and δ on the chosen reply against the margin h.

export const LOSS_GEOMETRY = { beta: 1, tau: 0.5, epsilon: 0.1, gamma: 1, hMin: -4, hMax: 4, n: 41 };
export type PairLossName = 'DPO' | 'IPO' | 'cDPO' | 'hinge' | 'SimPO';
export const PAIR_LOSSES: PairLossName[] = ['DPO', 'IPO', 'cDPO', 'hinge', 'SimPO'];

/** One pair with margin h: for SimPO, h is the difference of length-averaged log-probs (one token each). */
export function pairLossAt(name: PairLossName, h: number): { loss: number; delta: number } {
  const { beta, tau, epsilon, gamma } = LOSS_GEOMETRY;
  switch (name) {
    case 'DPO':
      return { loss: scalar(() => dpoLoss(pairAt(h), beta)), delta: dpoDelta(h, beta).chosen };
    case 'IPO':
      return { loss: scalar(() => ipoLoss(pairAt(h), tau)), delta: ipoDelta(h, tau).chosen };
    case 'cDPO':
      return { loss: scalar(() => cdpoLoss(pairAt(h), beta, epsilon)), delta: cdpoDelta(h, beta, epsilon).chosen };
    case 'hinge':
      return { loss: scalar(() => hingeLoss(pairAt(h), beta)), delta: hingeDelta(h, beta).chosen };
    case 'SimPO': {
      // a⁺ − a⁻ = h with a⁻ = −2 (both replies one token long, so the per-token δ is the pair's weight).
      const a = -2;
      const loss = scalar(() => simpoLoss({ policyChosenAvg: t1(a + h), policyRejectedAvg: t1(a) }, beta, gamma));
      return { loss, delta: simpoDelta(a + h, a, 1, 1, beta, gamma).chosen };
    }
  }
}

export function lossGeometry() {
  const hs = range(LOSS_GEOMETRY.hMin, LOSS_GEOMETRY.hMax, LOSS_GEOMETRY.n);
  return PAIR_LOSSES.map((name) => ({ name, points: hs.map((h) => ({ h, ...pairLossAt(name, h) })) }));
}

// ---------------------------------------------------------------------------------------------
// The closed-form optimum π* ∝ π_ref·exp(r/β): the definition chapter's two-reply example
// (π_ref = 0.3 / 0.7, r = 1 / 0) at several β, through the engine's banditOptimum.

export const OPTIMUM = {
  betas: [2, 0.5, 0.2],
  reference: [0.3, 0.7],
  reward: [1, 0],
  replies: ['y_A (trail mix)', 'y_B (one word)'],
};

export function optimumData() {
  const { betas, reference, reward } = OPTIMUM;
  // banditOptimum works on the toy's P×K table; the example fills the first two slots of prompt 0 and
  // gives the other slots zero reference probability, so they get zero probability under π* too.
  const table = new Float64Array(CANDIDATES.length * K).fill(1 / K);
  for (let k = 0; k < K; k++) table[k] = reference[k] ?? 0;
  const r = (_p: number, k: number) => reward[k] ?? 0;
  return {
    replies: OPTIMUM.replies,
    reward,
    reference,
    optima: betas.map((beta) => ({ beta, probs: banditOptimum(table, r, beta)[0].slice(0, reference.length) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Bradley–Terry with the engine's label noise: P(y1 ≻ y2) = σ(Δu / noise), for every pair of replies.

export const BT = { prompt: 0, noises: [0.5, 1, 2] };

export function bradleyTerryData() {
  const replies = allReplies().filter((r) => r.length <= 2);
  const always = { next: () => 0, int: () => 0, normal: () => 0, choice: () => 0 };
  const gaps = new Map<number, number>();
  for (const a of replies)
    for (const b of replies) {
      const d = Math.round((utility(BT.prompt, a) - utility(BT.prompt, b)) * 1e6) / 1e6;
      if (d >= -4 && d <= 4 && !gaps.has(d)) gaps.set(d, 0);
    }
  const sample = (d: number) => {
    for (const a of replies)
      for (const b of replies) {
        if (Math.abs(utility(BT.prompt, a) - utility(BT.prompt, b) - d) < 1e-6) return [a, b];
      }
    throw new Error('unreachable');
  };
  const ds = [...gaps.keys()].sort((x, y) => x - y);
  return BT.noises.map((noise) => ({
    noise,
    points: ds.map((d) => {
      const [a, b] = sample(d);
      // rng.next() = 0 always keeps y1 as the chosen reply, so pChosen is P(y1 ≻ y2).
      return { d, p: humanLabel(BT.prompt, a, b, always, noise).pChosen };
    }),
  }));
}

// ---------------------------------------------------------------------------------------------
// Plackett–Luce as a sequence of choices, and RRHF's pairs, on one ranked list.

export const RANKING = { prompt: 0, scores: [-1.2, -0.6, -1.6, -2.4] };

export function rankingData() {
  const order = [0, 1, 2, 3];
  const names = CANDIDATES[RANKING.prompt].map(replyText);
  const rewards = CANDIDATES[RANKING.prompt].map((r) => utility(RANKING.prompt, r));
  // The list best first by the hidden utility.
  const best = [...order].sort((a, b) => rewards[b] - rewards[a]);
  const scores = best.map((i) => RANKING.scores[i]);
  const stages = best.slice(0, -1).map((_, k) => {
    const rest = scores.slice(k);
    const m = Math.max(...rest);
    const z = rest.reduce((a, s) => a + Math.exp(s - m), 0);
    return { pick: names[best[k]], among: best.slice(k).map((i) => names[i]), p: Math.exp(scores[k] - m) / z };
  });
  const engineLoss = scalar(() => plackettLuceLoss(tf.tensor1d(scores)));
  const sumNll = stages.reduce((a, st) => a - Math.log(st.p), 0);
  if (Math.abs(engineLoss - sumNll) > 1e-4)
    throw new Error(`rankingData: stages give ${sumNll}, the engine ${engineLoss}`);
  const sortedRewards = best.map((i) => rewards[i]);
  return {
    names: best.map((i) => names[i]),
    scores,
    rewards: sortedRewards,
    stages,
    plackettLuce: { loss: engineLoss, deltas: plackettLuceDeltas(scores) },
    rrhf: {
      loss: scalar(() => rrhfLoss(tf.tensor1d(scores), sortedRewards)),
      deltas: rrhfDeltas(scores, sortedRewards),
      pairs: best
        .flatMap((_, i) =>
          best
            .map((__, j) => [i, j] as [number, number])
            .filter(([a, b]) => a < b && sortedRewards[a] > sortedRewards[b]),
        )
        .map(([i, j]) => ({ better: i, worse: j, active: scores[j] > scores[i] })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// KTO: the per-reply loss and δ against the implicit reward r, desirable and undesirable.

export const KTO = { beta: 1, z0: 0, lambdaD: 1, lambdaU: 1.5, rMin: -5, rMax: 5, n: 61 };

export function ktoData() {
  const { beta, z0, lambdaD, lambdaU } = KTO;
  const rs = range(KTO.rMin, KTO.rMax, KTO.n);
  const one = (r: number, d: 0 | 1) =>
    scalar(() => ktoLoss({ policy: t1(r), ref: t1(0), desirable: t1(d) }, { beta, z0, lambdaD, lambdaU }));
  return rs.map((r) => ({
    r,
    // KTO's value v of the kto-loss equation: the loss of one reply is λ_y − v.
    valueDesirable: lambdaD - one(r, 1),
    valueUndesirable: lambdaU - one(r, 0),
    deltaDesirable: ktoDelta(r, true, { beta, z0, lambdaD, lambdaU }),
    deltaUndesirable: ktoDelta(r, false, { beta, z0, lambdaD, lambdaU }),
  }));
}

// ---------------------------------------------------------------------------------------------
// GRPO: one group's rewards and normalised advantages, from the trainer's first step.

export const GRPO = { seed: 1, lr: 1, beta: 0.04, groupSize: 6 };

export function grpoGroup() {
  const trainer = createGrpoTrainer({ seed: GRPO.seed, lr: GRPO.lr, beta: GRPO.beta, groupSize: GRPO.groupSize });
  try {
    return trainer.step().group;
  } finally {
    trainer.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// PPO: the point-wise chapter's worked example (β = 0.1, log-ratios 0.5 / −0.2 / 0.3, score 1.0,
// critic values 0.5 / 0.6 / 0.8, γ = 1, λ = 0.95) through the engine's klShapedRewards and gae.

export const PPO = {
  beta: 0.1,
  logRatios: [0.5, -0.2, 0.3],
  score: 1,
  values: [0.5, 0.6, 0.8],
  gamma: 1,
  lambda: 0.95,
};

export function ppoTokens() {
  const { beta, logRatios, score, values, gamma, lambda } = PPO;
  // Only the log-ratio enters the shaped reward; any common offset of the two log-probs gives the same.
  const refLogp = logRatios.map(() => -2);
  const logp = logRatios.map((d, t) => refLogp[t] + d);
  const rewards = klShapedRewards(score, logp, refLogp, beta);
  const bootstrapped = [...values, 0];
  // With λ = 0 GAE's advantage is the one-step TD error r_t + γV_{t+1} − V_t.
  const td = gae(rewards, bootstrapped, gamma, 0);
  const advantages = gae(rewards, bootstrapped, gamma, lambda);
  return logRatios.map((d, t) => ({
    token: `y${'₁₂₃₄₅'[t]}`,
    logRatio: d,
    reward: rewards[t],
    value: values[t],
    tdError: td[t],
    advantage: advantages[t],
  }));
}

// ---------------------------------------------------------------------------------------------
// Best-of-N: the exact KL of the best-of-N distribution on the toy world against the bound.

export const BEST_OF_N = { seed: 1, prompt: 0, ns: [1, 2, 3, 4, 6, 8, 12, 16, 24, 32] };

/** KL(π_bon ‖ π) for one prompt of the initial autoregressive policy; ties in utility share the mass. */
export function bestOfNKl(n: number): number {
  const policy = new AutoregressivePolicy(createRng(BEST_OF_N.seed));
  try {
    const { replies, p } = exactDistribution(policy.table.probabilities(), BEST_OF_N.prompt);
    const u = replies.map((r) => utility(BEST_OF_N.prompt, r));
    const levels = [...new Set(u.map((v) => Math.round(v * 1e9) / 1e9))].sort((a, b) => a - b);
    let below = 0;
    let kl = 0;
    for (const level of levels) {
      const idx = u.map((v, i) => (Math.abs(v - level) < 1e-9 ? i : -1)).filter((i) => i >= 0);
      const mass = idx.reduce((a, i) => a + p[i], 0);
      const massBon = (below + mass) ** n - below ** n;
      // Within a tie the best-of-N mass is split in proportion to π, so the ratio is massBon/mass.
      if (mass > 0 && massBon > 0) kl += massBon * Math.log(massBon / mass);
      below += mass;
    }
    return kl;
  } finally {
    policy.table.dispose();
  }
}

export function bestOfNData() {
  return BEST_OF_N.ns.map((n) => ({ n, exact: bestOfNKl(n), bound: Math.log(n) - (n - 1) / n }));
}

// ---------------------------------------------------------------------------------------------
// Which models each trainer needs, from the engine's registry (for the panels and the method map).

export function trainerNeeds(name: keyof typeof TRAINER_SPECS) {
  const spec = TRAINER_SPECS[name];
  return {
    reference: spec.needsReference,
    reward: spec.needsReward,
    modes: spec.modes,
    consumes: spec.consumes,
    category: spec.category,
  };
}
export { TRAINER_SPECS };
