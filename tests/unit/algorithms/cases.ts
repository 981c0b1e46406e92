// Hand-picked batches for every contract loss, each paired with the engine call and the independent
// float64 reference (./reference.ts). Shared by the value, gradient and shape tests.
//
// The batches cover the contract's stress points: |β h| = 120 with both signs, Plackett-Luce / RRHF
// scores around -150, tied RRHF rewards, KTO with mixed labels and z0 ≠ 0 (both signs), ORPO average
// log-probs near 0 (-1e-3) and very negative (-30). Points are kept ≥ 0.01 away from the kinks of
// hinge / RRHF / PPO so that central differences are meaningful.
import { tf } from '../../../src/lib/tf';
import type { Scalar, Tensor1D } from '../../../src/lib/tf';
import * as engine from '../../../src/lib/algorithms';
import * as ref from './reference';
import type { Vec } from './reference';

export interface LossCase {
  loss: string;
  label: string;
  /** Tensor inputs by argument name (become float32 Tensor1Ds; the reference sees them rounded to f32). */
  inputs: Record<string, Vec>;
  engine: (t: Record<string, Tensor1D>) => Scalar;
  reference: (x: Record<string, Vec>) => number;
  /** Inputs to differentiate in the gradient check (KTO's labels are not differentiable). */
  diff: string[];
}

type In = Record<string, Vec>;
type T = Record<string, Tensor1D>;

const pairT = (t: T) => ({
  policyChosen: t.policyChosen,
  policyRejected: t.policyRejected,
  refChosen: t.refChosen,
  refRejected: t.refRejected,
});
const pairX = (x: In): ref.Pair => ({
  policyChosen: x.policyChosen,
  policyRejected: x.policyRejected,
  refChosen: x.refChosen,
  refRejected: x.refRejected,
});
const PAIR_KEYS = ['policyChosen', 'policyRejected', 'refChosen', 'refRejected'];

// An ordinary batch of summed log-probs: πc - refc = [0.5, 0.75, 0.5, -1.1],
// πr - refr = [-0.5, 1, -1.7, 2], so h = [1, -0.25, 2.2, -3.1] (no β h = 1 hinge kink for β ∈ {0.5, 2}).
const pairBatch: In = {
  policyChosen: [-12.5, -30.25, -7, -55.1],
  policyRejected: [-14, -29, -9.7, -50],
  refChosen: [-13, -31, -7.5, -54],
  refRejected: [-13.5, -30, -8, -52],
};
// h = [120, -120]: policy moves the chosen/rejected response by ±120 nats against the reference.
const pairExtreme: In = {
  policyChosen: [-5, -125],
  policyRejected: [-125, -5],
  refChosen: [-5, -5],
  refRejected: [-5, -5],
};
// h = [240, -240]: with β = 0.5, β h = ±120 again.
const pairExtremeWide: In = {
  policyChosen: [-10, -250],
  policyRejected: [-250, -10],
  refChosen: [-10, -10],
  refRejected: [-10, -10],
};
// h = [1, 3, -2] (hinge hand example below), away from the hinge kink at β h = 1 for β ∈ {0.5, 2}.
const pairHinge: In = {
  policyChosen: [-3, -2, -6],
  policyRejected: [-4, -5, -4],
  refChosen: [-3, -3, -5],
  refRejected: [-3, -3, -5],
};

function pairCases(
  loss: string,
  batches: [string, In][],
  hypers: number[][],
  eng: (t: T, h: number[]) => Scalar,
  rf: (x: In, h: number[]) => number,
): LossCase[] {
  const out: LossCase[] = [];
  for (const [name, inputs] of batches) {
    for (const h of hypers) {
      out.push({
        loss,
        label: `${name}, hyper ${JSON.stringify(h)}`,
        inputs,
        engine: (t) => eng(t, h),
        reference: (x) => rf(x, h),
        diff: PAIR_KEYS,
      });
    }
  }
  return out;
}

const avgT = (t: T) => ({ policyChosenAvg: t.policyChosenAvg, policyRejectedAvg: t.policyRejectedAvg });
const avgX = (x: In): ref.AvgPair => ({ policyChosenAvg: x.policyChosenAvg, policyRejectedAvg: x.policyRejectedAvg });

export const lossCases: LossCase[] = [
  // --- Bradley-Terry ---------------------------------------------------------------------------
  ...(
    [
      ['ordinary rewards', { chosenReward: [1.5, -0.3, 2, 0], rejectedReward: [0.5, 0.2, -1, 0] }],
      ['margins ±120', { chosenReward: [60, -60], rejectedReward: [-60, 60] }],
    ] as [string, In][]
  ).map(([label, inputs]) => ({
    loss: 'bradleyTerryLoss',
    label,
    inputs,
    engine: (t: T) => engine.bradleyTerryLoss(t.chosenReward, t.rejectedReward),
    reference: (x: In) => ref.bradleyTerry(x.chosenReward, x.rejectedReward),
    diff: ['chosenReward', 'rejectedReward'],
  })),

  // --- DPO family ------------------------------------------------------------------------------
  ...pairCases(
    'dpoLoss',
    [
      ['ordinary batch', pairBatch],
      ['h = ±120', pairExtreme],
    ],
    [[0.1], [0.5], [1]],
    (t, [b]) => engine.dpoLoss(pairT(t), b),
    (x, [b]) => ref.dpo(pairX(x), b),
  ),
  ...pairCases(
    'dpoLoss',
    [['h = ±240', pairExtremeWide]],
    [[0.5]],
    (t, [b]) => engine.dpoLoss(pairT(t), b),
    (x, [b]) => ref.dpo(pairX(x), b),
  ),
  ...pairCases(
    'ipoLoss',
    [
      ['ordinary batch', pairBatch],
      ['h = ±120', pairExtreme],
    ],
    [[0.1], [0.5], [2]],
    (t, [tau]) => engine.ipoLoss(pairT(t), tau),
    (x, [tau]) => ref.ipo(pairX(x), tau),
  ),
  ...pairCases(
    'cdpoLoss',
    [
      ['ordinary batch', pairBatch],
      ['h = ±120', pairExtreme],
      ['h = ±240', pairExtremeWide],
    ],
    [
      [1, 0],
      [0.5, 0.1],
      [0.5, 0.25],
      [1, 0.2],
    ],
    (t, [b, e]) => engine.cdpoLoss(pairT(t), b, e),
    (x, [b, e]) => ref.cdpo(pairX(x), b, e),
  ),
  ...pairCases(
    'hingeLoss',
    [
      ['ordinary batch', pairBatch],
      ['h = [1, 3, -2]', pairHinge],
      ['h = ±120', pairExtreme],
    ],
    [[0.5], [2]],
    (t, [b]) => engine.hingeLoss(pairT(t), b),
    (x, [b]) => ref.hinge(pairX(x), b),
  ),

  // --- SimPO -----------------------------------------------------------------------------------
  ...(
    [
      [
        'ordinary batch, β 2, γ 0.5',
        { policyChosenAvg: [-1.2, -0.8, -2.5], policyRejectedAvg: [-1.5, -0.7, -3] },
        2,
        0.5,
      ],
      [
        'ordinary batch, β 1, γ -0.3',
        { policyChosenAvg: [-1.2, -0.8, -2.5], policyRejectedAvg: [-1.5, -0.7, -3] },
        1,
        -0.3,
      ],
      ['β(ac - ar) - γ = ±120', { policyChosenAvg: [-0.5, -12.5], policyRejectedAvg: [-12.5, -0.5] }, 10, 0],
      [
        'β(ac - ar) - γ = [120, -120] with γ 5',
        { policyChosenAvg: [-0.5, -12], policyRejectedAvg: [-13, -1.5] },
        10,
        5,
      ],
    ] as [string, In, number, number][]
  ).map(([label, inputs, beta, gamma]) => ({
    loss: 'simpoLoss',
    label,
    inputs,
    engine: (t: T) => engine.simpoLoss(avgT(t), beta, gamma),
    reference: (x: In) => ref.simpo(avgX(x), beta, gamma),
    diff: ['policyChosenAvg', 'policyRejectedAvg'],
  })),

  // --- ORPO ------------------------------------------------------------------------------------
  ...(
    [
      [
        'near 0 and very negative, λ 0.1',
        { policyChosenAvg: [-1e-3, -30, -0.7], policyRejectedAvg: [-0.5, -1e-3, -30] },
        0.1,
      ],
      [
        'near 0 and very negative, λ 1',
        { policyChosenAvg: [-1e-3, -30, -0.7], policyRejectedAvg: [-0.5, -1e-3, -30] },
        1,
      ],
      ['both near 0, λ 0.5', { policyChosenAvg: [-1e-3, -2e-3], policyRejectedAvg: [-5e-3, -1.5e-3] }, 0.5],
      ['ordinary, λ 0 (NLL only)', { policyChosenAvg: [-1.1, -2.3], policyRejectedAvg: [-1.9, -2] }, 0],
    ] as [string, In, number][]
  ).map(([label, inputs, lambda]) => ({
    loss: 'orpoLoss',
    label,
    inputs,
    engine: (t: T) => engine.orpoLoss(avgT(t), lambda),
    reference: (x: In) => ref.orpo(avgX(x), lambda),
    diff: ['policyChosenAvg', 'policyRejectedAvg'],
  })),

  // --- KTO -------------------------------------------------------------------------------------
  ...(
    [
      [
        'mixed labels, z0 0.3',
        { policy: [-10, -12, -8, -20], ref: [-11, -11, -9, -18], desirable: [1, 0, 1, 0] },
        { beta: 0.5, z0: 0.3, lambdaD: 1, lambdaU: 1.5 },
      ],
      [
        'mixed labels, z0 -0.7 (negative, not clamped)',
        { policy: [-10, -12, -8, -20, -3], ref: [-11, -11, -9, -18, -4], desirable: [0, 1, 1, 0, 1] },
        { beta: 2, z0: -0.7, lambdaD: 1.33, lambdaU: 0.5 },
      ],
      [
        'β(r - z0) = ±120, mixed labels',
        { policy: [2, -22, 2, -22], ref: [-10, -10, -10, -10], desirable: [1, 1, 0, 0] },
        { beta: 10, z0: 0, lambdaD: 1, lambdaU: 1 },
      ],
    ] as [string, In, ref.KtoHyper][]
  ).map(([label, inputs, h]) => ({
    loss: 'ktoLoss',
    label,
    inputs,
    engine: (t: T) => engine.ktoLoss({ policy: t.policy, ref: t.ref, desirable: t.desirable }, h),
    reference: (x: In) => ref.kto({ policy: x.policy, ref: x.ref, desirable: x.desirable }, h),
    diff: ['policy', 'ref'],
  })),

  // --- RRHF ------------------------------------------------------------------------------------
  ...(
    [
      ['ordinary list with a tie', [-1.2, -0.9, -2, -1.5], [0.5, 1, 0.5, 2]],
      ['scores near -150', [-150.2, -149.7, -151, -150], [3, 1, 2, 3]],
      ['all rewards tied (loss 0)', [-1, -3, -2], [1, 1, 1]],
      ['single candidate', [-4], [0]],
    ] as [string, Vec, Vec][]
  ).map(([label, scores, rewards]) => ({
    loss: 'rrhfLoss',
    label,
    inputs: { scores },
    engine: (t: T) => engine.rrhfLoss(t.scores, rewards),
    reference: (x: In) => ref.rrhf(x.scores, rewards),
    diff: ['scores'],
  })),

  // --- Plackett-Luce ---------------------------------------------------------------------------
  ...(
    [
      ['scores near -150, best first', [-150, -150.5, -151.3, -152]],
      ['scores near -150, worst first', [-152, -151.3, -150.5, -150]],
      ['ordinary scores', [0.5, -0.2, -1, 0.7, -2.5]],
      ['spanning 400 nats (needs a per-suffix max)', [0, -200, -400]],
      ['two equal scores', [-150, -150]],
    ] as [string, Vec][]
  ).map(([label, s]) => ({
    loss: 'plackettLuceLoss',
    label,
    inputs: { s },
    engine: (t: T) => engine.plackettLuceLoss(t.s),
    reference: (x: In) => ref.plackettLuce(x.s),
    diff: ['s'],
  })),

  // --- PPO -------------------------------------------------------------------------------------
  ...(
    [
      [
        'every clip region, ε 0.2',
        // ratios ≈ [1.105 in, 0.741 below (A<0), 1.0 in, 1.492 above (A<0), 0.951 in, 1.35 above (A>0), 0.67 below (A>0)]
        {
          logp: [-1, -2, -0.5, -1.5, -3, -1, -2.4],
          oldLogp: [-1.1, -1.7, -0.5, -1.9, -2.95, -1.3, -2],
          advantages: [1, -0.5, 2, -1.2, 0.7, 0.8, 1.5],
        },
        0.2,
      ],
      ['ε 0.1', { logp: [-0.4, -1.2, -2], oldLogp: [-0.7, -1, -2.05], advantages: [-1, 2.5, 0.3] }, 0.1],
    ] as [string, In, number][]
  ).map(([label, inputs, eps]) => ({
    loss: 'ppoClipLoss',
    label,
    inputs,
    engine: (t: T) => engine.ppoClipLoss({ logp: t.logp, oldLogp: t.oldLogp, advantages: t.advantages }, eps),
    reference: (x: In) => ref.ppoClip({ logp: x.logp, oldLogp: x.oldLogp, advantages: x.advantages }, eps),
    diff: ['logp', 'oldLogp', 'advantages'],
  })),
];

/** Float32 tensors of a case's inputs (the caller disposes them). */
export function toTensors(inputs: In): T {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, tf.tensor1d(v)]));
}

/** The case's inputs rounded to float32, as the reference should see them. */
export function toF32(inputs: In): In {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, ref.f32(v)]));
}

/** The 11 tensor losses of the contract (gae and klShapedRewards return arrays). */
export const TENSOR_LOSSES = [
  'bradleyTerryLoss',
  'dpoLoss',
  'ipoLoss',
  'cdpoLoss',
  'hingeLoss',
  'simpoLoss',
  'orpoLoss',
  'ktoLoss',
  'rrhfLoss',
  'plackettLuceLoss',
  'ppoClipLoss',
];
