// Plain-number doors into the engine for the exercises: each builds the tensors a loss in src/lib takes,
// reads the scalar back and frees the tensors. The exercises' expected answers come only through here
// (at build time), so a change in the engine changes the answers the pages check against.
import {
  bradleyTerryLoss,
  cdpoLoss,
  dpoDelta,
  dpoLoss,
  gae,
  ipoLoss,
  klShapedRewards,
  ktoLoss,
  orpoLoss,
  plackettLuceLoss,
  ppoClipLoss,
  rrhfLoss,
  simpoLoss,
  hingeLoss,
  ktoDelta,
  ppoDelta,
  reinforceDelta,
  grpoDelta,
  banditOptimum,
} from '../lib/algorithms/index';
import { bestOfNKlBound } from '../lib/data/best-of-n';
import { pairwiseScore } from '../lib/feedback/index';
import { K, P, utility, WORDS } from '../lib/world';
import { tf } from '../lib/tf';
import type { Scalar } from '../lib/tf';

const t1 = (v: number | number[]) => tf.tensor1d(Array.isArray(v) ? v : [v], 'float32');
function read(make: () => Scalar): number {
  return tf.tidy(() => make().dataSync()[0]);
}

export interface PairNumbers {
  policyChosen: number;
  policyRejected: number;
  refChosen: number;
  refRejected: number;
}
const pair = (p: PairNumbers) => ({
  policyChosen: t1(p.policyChosen),
  policyRejected: t1(p.policyRejected),
  refChosen: t1(p.refChosen),
  refRejected: t1(p.refRejected),
});

export const engine = {
  dpoLoss: (p: PairNumbers, beta: number) => read(() => dpoLoss(pair(p), beta)),
  ipoLoss: (p: PairNumbers, tau: number) => read(() => ipoLoss(pair(p), tau)),
  cdpoLoss: (p: PairNumbers, beta: number, eps: number) => read(() => cdpoLoss(pair(p), beta, eps)),
  hingeLoss: (p: PairNumbers, beta: number) => read(() => hingeLoss(pair(p), beta)),
  /** The DPO weight on the chosen reply's gradient, β·σ(−βh). */
  dpoWeight: (h: number, beta: number) => dpoDelta(h, beta).chosen,
  bradleyTerryLoss: (chosen: number, rejected: number) => read(() => bradleyTerryLoss(t1(chosen), t1(rejected))),
  simpoLoss: (ac: number, ar: number, beta: number, gamma: number) =>
    read(() => simpoLoss({ policyChosenAvg: t1(ac), policyRejectedAvg: t1(ar) }, beta, gamma)),
  orpoLoss: (ac: number, ar: number, lambda: number) =>
    read(() => orpoLoss({ policyChosenAvg: t1(ac), policyRejectedAvg: t1(ar) }, lambda)),
  ktoLoss: (policy: number, ref: number, desirable: boolean, beta: number, z0: number) =>
    read(() =>
      ktoLoss(
        { policy: t1(policy), ref: t1(ref), desirable: t1(desirable ? 1 : 0) },
        { beta, z0, lambdaD: 1, lambdaU: 1 },
      ),
    ),
  ktoDelta: (r: number, desirable: boolean, beta: number, z0: number) =>
    ktoDelta(r, desirable, { beta, z0, lambdaD: 1, lambdaU: 1 }),
  /** Plackett–Luce negative log-likelihood of a list given best first. */
  plackettLuceNll: (scoresBestFirst: number[]) => read(() => plackettLuceLoss(t1(scoresBestFirst))),
  rrhfLoss: (scores: number[], rewards: number[]) => read(() => rrhfLoss(t1(scores), rewards)),
  ppoClipLoss: (logp: number, oldLogp: number, advantage: number, eps: number) =>
    read(() => ppoClipLoss({ logp: t1(logp), oldLogp: t1(oldLogp), advantages: t1(advantage) }, eps)),
  ppoDelta,
  gae,
  klShapedRewards,
  reinforceDelta,
  grpoDelta,
  bestOfNKlBound,
  /** The judge's or a pair-wise scorer's probability that the first reply wins, σ(s₁ − s₂). */
  pairwiseScore,
  /** The toy world's hidden utility of a reply written as words. */
  utility: (prompt: number, words: string) =>
    utility(
      prompt,
      words.split(' ').map((w) => {
        const id = (WORDS as readonly string[]).indexOf(w);
        if (id < 0) throw new Error(`utility: "${w}" is not a word of the toy world`);
        return id;
      }),
    ),
  /** π*(y_k) ∝ π_ref(y_k)·exp(r_k/β) over one list of K = 4 replies, via the engine's bandit optimum. */
  tilt: (ref: number[], rewards: number[], beta: number, k: number) => {
    if (ref.length !== K || rewards.length !== K) throw new Error(`tilt: give ${K} probabilities and ${K} rewards`);
    const rows = banditOptimum(Array.from({ length: P }, () => ref).flat(), (_p, j) => rewards[j], beta);
    return rows[0][k];
  },
};
