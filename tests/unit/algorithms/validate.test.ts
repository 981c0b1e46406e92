// Bad inputs: every documented check throws an Error whose message names the function, the argument
// and its value; and a rejected call creates no tensors.
import { describe, expect, it } from 'vitest';
import { tf } from '../../../src/lib/tf';
import type { Tensor1D } from '../../../src/lib/tf';
import {
  bradleyTerryLoss,
  cdpoLoss,
  dpoLoss,
  gae,
  hingeLoss,
  ipoLoss,
  klShapedRewards,
  ktoLoss,
  orpoLoss,
  plackettLuceLoss,
  ppoClipLoss,
  rrhfLoss,
  simpoLoss,
} from '../../../src/lib/algorithms';
import { logOdds, logSigmoid, pairMargin } from '../../../src/lib/algorithms/losses';
import { EngineInputError } from '../../../src/lib/algorithms/validate';

const t1 = (xs: number[]) => tf.tensor1d(xs);
const pair = (overrides: Record<string, Tensor1D> = {}) => ({
  policyChosen: t1([-1, -2]),
  policyRejected: t1([-2, -3]),
  refChosen: t1([-1.5, -2]),
  refRejected: t1([-1.5, -2.5]),
  ...overrides,
});
const avg = (c: number[], r: number[]) => ({ policyChosenAvg: t1(c), policyRejectedAvg: t1(r) });
const kto = (desirable = [1, 0]) => ({ policy: t1([-1, -2]), ref: t1([-1.5, -2]), desirable: t1(desirable) });
const ktoParams = { beta: 0.5, z0: 0, lambdaD: 1, lambdaU: 1 };
const ppo = (logp = [-1, -2]) => ({ logp: t1(logp), oldLogp: t1([-1.1, -1.9]), advantages: t1([1, -1]) });

/** [description, call, expected message pattern]; each pattern names the argument and its value. */
const badCalls: [string, () => unknown, RegExp][] = [
  // β ≤ 0
  ['dpoLoss β < 0', () => dpoLoss(pair(), -0.1), /^dpoLoss: beta must be > 0, got -0\.1$/],
  ['dpoLoss β = 0', () => dpoLoss(pair(), 0), /dpoLoss: beta.*got 0$/],
  ['cdpoLoss β < 0', () => cdpoLoss(pair(), -1, 0.1), /cdpoLoss: beta.*-1/],
  ['hingeLoss β = 0', () => hingeLoss(pair(), 0), /hingeLoss: beta.*0/],
  ['simpoLoss β < 0', () => simpoLoss(avg([-1], [-2]), -2, 0.5), /simpoLoss: beta.*-2/],
  ['ktoLoss β = 0', () => ktoLoss(kto(), { ...ktoParams, beta: 0 }), /ktoLoss: beta must be > 0, got 0/],
  ['klShapedRewards β < 0', () => klShapedRewards(1, [-1], [-1], -0.05), /klShapedRewards: beta.*-0\.05/],
  ['dpoLoss β = NaN', () => dpoLoss(pair(), NaN), /dpoLoss: beta.*NaN/],
  ['dpoLoss β = Infinity', () => dpoLoss(pair(), Infinity), /dpoLoss: beta.*Infinity/],
  ['dpoLoss β not a number', () => dpoLoss(pair(), '0.1' as unknown as number), /dpoLoss: beta.*"0\.1"/],
  // τ ≤ 0
  ['ipoLoss τ = 0', () => ipoLoss(pair(), 0), /ipoLoss: tau must be > 0, got 0/],
  ['ipoLoss τ < 0', () => ipoLoss(pair(), -0.5), /ipoLoss: tau.*-0\.5/],
  // ε outside [0, 1)
  ['cdpoLoss ε = 0.5', () => cdpoLoss(pair(), 0.5, 0.5), /cdpoLoss: epsilon must be in \[0, 0\.5\), got 0\.5$/],
  ['cdpoLoss ε < 0', () => cdpoLoss(pair(), 0.5, -0.1), /cdpoLoss: epsilon.*-0\.1/],
  ['cdpoLoss ε > 1', () => cdpoLoss(pair(), 0.5, 1.5), /cdpoLoss: epsilon.*1\.5/],
  // empty batch
  [
    'dpoLoss empty batch',
    () => dpoLoss(pair({ policyChosen: t1([]) }), 0.1),
    /dpoLoss: policyChosen must not be empty, got length 0/,
  ],
  ['bradleyTerryLoss empty batch', () => bradleyTerryLoss(t1([]), t1([])), /bradleyTerryLoss: chosenReward.*length 0/],
  ['rrhfLoss empty list', () => rrhfLoss(t1([]), []), /rrhfLoss: scores.*length 0/],
  ['gae empty rewards', () => gae([], [0], 1, 1), /gae: rewards.*length 0/],
  ['klShapedRewards empty logp', () => klShapedRewards(1, [], [], 0.1), /klShapedRewards: logp.*length 0/],
  // mismatched lengths
  [
    'dpoLoss lengths',
    () => dpoLoss(pair({ policyRejected: t1([-1, -2, -3]) }), 0.1),
    /dpoLoss: policyRejected has length 3, expected 2/,
  ],
  ['ipoLoss lengths', () => ipoLoss(pair({ refRejected: t1([-1]) }), 0.1), /ipoLoss: refRejected has length 1/],
  [
    'bradleyTerryLoss lengths',
    () => bradleyTerryLoss(t1([1, 2]), t1([1])),
    /bradleyTerryLoss: rejectedReward has length 1, expected 2/,
  ],
  ['simpoLoss lengths', () => simpoLoss(avg([-1, -2], [-1]), 1, 0), /simpoLoss: policyRejectedAvg has length 1/],
  ['orpoLoss lengths', () => orpoLoss(avg([-1], [-1, -2]), 1), /orpoLoss: policyRejectedAvg has length 2/],
  [
    'ktoLoss lengths',
    () => ktoLoss({ ...kto(), desirable: t1([1, 0, 1]) }, ktoParams),
    /ktoLoss: desirable has length 3/,
  ],
  [
    'ppoClipLoss lengths',
    () => ppoClipLoss({ ...ppo(), advantages: t1([1]) }, 0.2),
    /ppoClipLoss: advantages has length 1/,
  ],
  [
    'klShapedRewards lengths',
    () => klShapedRewards(1, [-1, -2], [-1], 0.1),
    /klShapedRewards: refLogp has length 1, expected 2/,
  ],
  // NaN / Infinity in a tensor or an array
  [
    'dpoLoss NaN',
    () => dpoLoss(pair({ refChosen: t1([-1, NaN]) }), 0.1),
    /dpoLoss: refChosen\[1\] must be finite, got NaN/,
  ],
  [
    'bradleyTerryLoss Infinity',
    () => bradleyTerryLoss(t1([1]), t1([Infinity])),
    /bradleyTerryLoss: rejectedReward\[0\].*Infinity/,
  ],
  [
    'hingeLoss -Infinity',
    () => hingeLoss(pair({ policyChosen: t1([-Infinity, -1]) }), 1),
    /hingeLoss: policyChosen\[0\].*-Infinity/,
  ],
  ['simpoLoss NaN', () => simpoLoss(avg([NaN], [-1]), 1, 0), /simpoLoss: policyChosenAvg\[0\].*NaN/],
  ['ktoLoss NaN', () => ktoLoss({ ...kto(), ref: t1([-1, NaN]) }, ktoParams), /ktoLoss: ref\[1\].*NaN/],
  ['rrhfLoss NaN score', () => rrhfLoss(t1([-1, NaN]), [1, 2]), /rrhfLoss: scores\[1\].*NaN/],
  ['rrhfLoss NaN reward', () => rrhfLoss(t1([-1, -2]), [1, NaN]), /rrhfLoss: rewards\[1\].*NaN/],
  [
    'plackettLuceLoss Infinity',
    () => plackettLuceLoss(t1([-1, Infinity])),
    /plackettLuceLoss: scoresBestFirst\[1\].*Infinity/,
  ],
  ['ppoClipLoss NaN', () => ppoClipLoss({ ...ppo(), oldLogp: t1([NaN, -1]) }, 0.2), /ppoClipLoss: oldLogp\[0\].*NaN/],
  ['gae NaN value', () => gae([1, 2], [0, 1, NaN], 1, 1), /gae: values\[2\] must be finite, got NaN/],
  ['gae Infinity reward', () => gae([Infinity], [0, 0], 1, 1), /gae: rewards\[0\].*Infinity/],
  ['klShapedRewards NaN logp', () => klShapedRewards(1, [-1, NaN], [-1, -1], 0.1), /klShapedRewards: logp\[1\].*NaN/],
  [
    'klShapedRewards score Infinity',
    () => klShapedRewards(Infinity, [-1], [-1], 0.1),
    /klShapedRewards: score.*Infinity/,
  ],
  // ORPO: average log-prob ≥ 0
  [
    'orpoLoss chosen avg = 0',
    () => orpoLoss(avg([-1, 0], [-1, -2]), 1),
    /orpoLoss: policyChosenAvg\[1\] must be < 0.*got 0$/,
  ],
  ['orpoLoss rejected avg > 0', () => orpoLoss(avg([-1], [0.5]), 1), /orpoLoss: policyRejectedAvg\[0\].*got 0\.5$/],
  ['orpoLoss λ < 0', () => orpoLoss(avg([-1], [-2]), -1), /orpoLoss: lambda must be >= 0, got -1/],
  // RRHF: rewards length ≠ scores length
  ['rrhfLoss rewards length', () => rrhfLoss(t1([-1, -2, -3]), [1, 2]), /rrhfLoss: rewards has length 2, expected 3/],
  [
    'rrhfLoss rewards not an array',
    () => rrhfLoss(t1([-1, -2]), t1([1, 2]) as unknown as number[]),
    /rrhfLoss: rewards must be a number\[\], got a float32 tensor/,
  ],
  // Plackett-Luce: list shorter than 2
  [
    'plackettLuceLoss K = 1',
    () => plackettLuceLoss(t1([-1])),
    /plackettLuceLoss: scoresBestFirst must hold at least 2 scores, got length 1/,
  ],
  // gae: values length ≠ rewards length + 1; γ / λ outside [0, 1]
  ['gae values length', () => gae([1, 2], [0, 1], 1, 1), /gae: values has length 2, expected 3/],
  ['gae values length (too long)', () => gae([1], [0, 1, 2], 1, 1), /gae: values has length 3, expected 2/],
  ['gae γ > 1', () => gae([1], [0, 0], 1.5, 0.9), /gae: gamma must be in \[0, 1\], got 1\.5/],
  ['gae γ < 0', () => gae([1], [0, 0], -0.1, 0.9), /gae: gamma.*-0\.1/],
  ['gae λ > 1', () => gae([1], [0, 0], 0.9, 1.01), /gae: lambda.*1\.01/],
  ['gae λ < 0', () => gae([1], [0, 0], 0.9, -2), /gae: lambda.*-2/],
  [
    'gae values not an array',
    () => gae([1], new Float64Array([0, 0]) as unknown as number[], 1, 1),
    /gae: values must be a number\[\], got a Float64Array/,
  ],
  // PPO: clipEps ≤ 0
  ['ppoClipLoss clipEps = 0', () => ppoClipLoss(ppo(), 0), /ppoClipLoss: clipEps must be > 0, got 0/],
  ['ppoClipLoss clipEps < 0', () => ppoClipLoss(ppo(), -0.2), /ppoClipLoss: clipEps.*-0\.2/],
  // KTO labels and params
  ['ktoLoss label 0.5', () => ktoLoss(kto([1, 0.5]), ktoParams), /ktoLoss: desirable\[1\] must be 0 or 1, got 0\.5/],
  ['ktoLoss z0 NaN', () => ktoLoss(kto(), { ...ktoParams, z0: NaN }), /ktoLoss: z0.*NaN/],
  ['ktoLoss λD < 0', () => ktoLoss(kto(), { ...ktoParams, lambdaD: -1 }), /ktoLoss: lambdaD.*-1/],
  [
    'ktoLoss λU missing',
    () => ktoLoss(kto(), { beta: 1, z0: 0, lambdaD: 1 } as typeof ktoParams),
    /ktoLoss: lambdaU.*undefined/,
  ],
  [
    'ktoLoss params missing',
    () => ktoLoss(kto(), undefined as unknown as typeof ktoParams),
    /ktoLoss: params must be an object, got undefined/,
  ],
  ['simpoLoss γ NaN', () => simpoLoss(avg([-1], [-2]), 1, NaN), /simpoLoss: gamma.*NaN/],
  // not a float32 Tensor1D
  [
    'dpoLoss plain array',
    () => dpoLoss(pair({ policyChosen: [-1, -2] as unknown as Tensor1D }), 0.1),
    /dpoLoss: policyChosen must be a float32 tf.Tensor1D, got an array of length 2/,
  ],
  [
    'dpoLoss rank 2',
    () => dpoLoss(pair({ policyChosen: tf.tensor2d([[-1], [-2]]) as unknown as Tensor1D }), 0.1),
    /dpoLoss: policyChosen.*shape \[2, 1\]/,
  ],
  [
    'dpoLoss int32',
    () => dpoLoss(pair({ policyChosen: tf.tensor1d([-1, -2], 'int32') }), 0.1),
    /dpoLoss: policyChosen.*int32/,
  ],
  [
    'dpoLoss missing field',
    () => dpoLoss({ ...pair(), refRejected: undefined } as unknown as ReturnType<typeof pair>, 0.1),
    /dpoLoss: refRejected.*undefined/,
  ],
  [
    'dpoLoss pair missing',
    () => dpoLoss(null as unknown as ReturnType<typeof pair>, 0.1),
    /dpoLoss: pair must be an object, got null/,
  ],
  [
    'ppoClipLoss batch is a tensor',
    () => ppoClipLoss(t1([1]) as unknown as ReturnType<typeof ppo>, 0.2),
    /ppoClipLoss: batch must be an object/,
  ],
  // helpers
  ['pairMargin NaN', () => pairMargin(pair({ policyRejected: t1([NaN, -1]) })), /pairMargin: policyRejected\[0\].*NaN/],
  ['logSigmoid empty', () => logSigmoid(t1([])), /logSigmoid: x.*length 0/],
  ['logOdds a = 0', () => logOdds(t1([-0.5, 0])), /logOdds: avgLogp\[1\] must be < 0.*got 0$/],
];

describe('bad inputs throw a message naming the argument and its value', () => {
  it.each(badCalls)('%s', (_name, call, pattern) => {
    expect(call).toThrow(pattern);
    expect(call).toThrow(EngineInputError);
    expect(call).toThrow(Error);
  });

  it('a rejected call creates no tensors', () => {
    const p = pair({ refChosen: t1([-1, NaN]) });
    const before = tf.memory().numTensors;
    expect(() => dpoLoss(p, 0.1)).toThrow();
    expect(() => dpoLoss(pair(), 0.1 * 0 - 1)).toThrow();
    // pair() above created 4 input tensors; nothing else may appear.
    expect(tf.memory().numTensors).toBe(before + 4);
  });

  it('valid edge values are accepted', () => {
    expect(() => cdpoLoss(pair(), 0.5, 0)).not.toThrow(); // ε = 0 is plain DPO
    expect(() => gae([1], [0, 0], 0, 0)).not.toThrow();
    expect(() => gae([1], [0, 0], 1, 1)).not.toThrow();
    expect(() => ktoLoss(kto(), { beta: 1, z0: -3, lambdaD: 0, lambdaU: 0 })).not.toThrow();
    expect(() => orpoLoss(avg([-1e-7], [-1e-7]), 0)).not.toThrow();
    expect(() => simpoLoss(avg([-1], [-2]), 1, -5)).not.toThrow();
    expect(() => rrhfLoss(t1([-1]), [3])).not.toThrow();
  });
});
