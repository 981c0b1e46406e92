// Loss values against the independent float64 reference (./reference.ts) on the hand-picked batches
// of ./cases.ts, plus a few values worked out by hand, with the arithmetic in the comments.
import { describe, expect, it } from 'vitest';
import { tf } from '../../../src/lib/tf';
import type { Scalar } from '../../../src/lib/tf';
import {
  bradleyTerryLoss,
  cdpoLoss,
  dpoLoss,
  hingeLoss,
  ipoLoss,
  ktoLoss,
  orpoLoss,
  plackettLuceLoss,
  ppoClipLoss,
  rrhfLoss,
  simpoLoss,
} from '../../../src/lib/algorithms';
import { lossCases, toF32, toTensors, TENSOR_LOSSES } from './cases';
import { withinContract } from './reference';

const t1 = (xs: number[]) => tf.tensor1d(xs);

/** Evaluates a loss, reads its value and disposes everything it created. */
function value(make: () => Scalar): number {
  return tf.tidy(() => make().dataSync()[0]);
}

/** Asserts the contract tolerance |got - want| ≤ 1e-4 · max(1, |want|), printing both on failure. */
function expectContract(got: number, want: number): void {
  expect(Number.isFinite(got), `got ${got}`).toBe(true);
  expect(withinContract(got, want), `got ${got}, want ${want}, diff ${Math.abs(got - want)}`).toBe(true);
}

describe('every contract loss agrees with the float64 reference', () => {
  it('covers all eleven tensor losses', () => {
    expect(new Set(lossCases.map((c) => c.loss))).toEqual(new Set(TENSOR_LOSSES));
  });

  it.each(lossCases.map((c) => [c.loss, c.label, c] as const))('%s — %s', (_loss, _label, c) => {
    const got = value(() => {
      const t = toTensors(c.inputs);
      return c.engine(t);
    });
    const want = c.reference(toF32(c.inputs));
    expectContract(got, want);
  });
});

describe('hand-computed values', () => {
  // h = 2 (πc - refc = 0.5, πr - refr = -1.5), β = 0.5: -log σ(1) = log(1 + e^-1)
  //   = log(1.3678794411714423) = 0.31326168751822286.
  it('DPO, β = 0.5, h = 2', () => {
    const pair = {
      policyChosen: t1([-9.5]),
      refChosen: t1([-10]),
      policyRejected: t1([-11.5]),
      refRejected: t1([-10]),
    };
    expectContract(
      value(() => dpoLoss(pair, 0.5)),
      0.31326168751822286,
    );
  });

  // h = [120, -120], β = 1: -log σ(120) = log(1 + e^-120) ≈ 7.7e-53 and -log σ(-120) = 120 + log(1 + e^-120);
  // the mean is 60 (plus 7.7e-53). A naive log(sigmoid(x)) would give log(0) = -∞ for the second.
  it('DPO, β h = ±120', () => {
    const pair = {
      policyChosen: t1([-5, -125]),
      policyRejected: t1([-125, -5]),
      refChosen: t1([-5, -5]),
      refRejected: t1([-5, -5]),
    };
    expectContract(
      value(() => dpoLoss(pair, 1)),
      60,
    );
  });

  // r_c = r_r: -log σ(0) = log 2 = 0.6931471805599453 for every example.
  it('Bradley-Terry with equal rewards is log 2', () => {
    expectContract(
      value(() => bradleyTerryLoss(t1([0.3, -2]), t1([0.3, -2]))),
      Math.LN2,
    );
  });

  // τ = 0.5: 1/(2τ) = 1; h = 3: (3 - 1)² = 4.
  it('IPO, τ = 0.5, h = 3', () => {
    const pair = { policyChosen: t1([-1]), policyRejected: t1([-4]), refChosen: t1([-2]), refRejected: t1([-2]) };
    expectContract(
      value(() => ipoLoss(pair, 0.5)),
      4,
    );
  });

  // β = 1, ε = 0.2, h = [120, -120]:
  //   h = 120:  -0.8·log σ(120) - 0.2·log σ(-120) ≈ 0 + 0.2·120 = 24
  //   h = -120: -0.8·log σ(-120) - 0.2·log σ(120) ≈ 0.8·120 + 0 = 96;  mean = 60.
  it('cDPO, ε = 0.2, β h = ±120', () => {
    const pair = {
      policyChosen: t1([-5, -125]),
      policyRejected: t1([-125, -5]),
      refChosen: t1([-5, -5]),
      refRejected: t1([-5, -5]),
    };
    expectContract(
      value(() => cdpoLoss(pair, 1, 0.2)),
      60,
    );
  });

  // β = 0.5, h = [1, 3, -2]: 1 - βh = [0.5, -0.5, 2] → max(0, ·) = [0.5, 0, 2]; mean = 2.5/3.
  it('hinge, β = 0.5, h = [1, 3, -2]', () => {
    const pair = {
      policyChosen: t1([-3, -2, -6]),
      policyRejected: t1([-4, -5, -4]),
      refChosen: t1([-3, -3, -5]),
      refRejected: t1([-3, -3, -5]),
    };
    expectContract(
      value(() => hingeLoss(pair, 0.5)),
      2.5 / 3,
    );
  });

  // β = 2, γ = 1, ac - ar = 1: -log σ(2·1 - 1) = -log σ(1) = 0.31326168751822286.
  it('SimPO, β = 2, γ = 1, ac - ar = 1', () => {
    const pair = { policyChosenAvg: t1([-1.5]), policyRejectedAvg: t1([-2.5]) };
    expectContract(
      value(() => simpoLoss(pair, 2, 1)),
      0.31326168751822286,
    );
  });

  // ac = log 0.5, ar = log 0.25, λ = 1:
  //   logodds(ac) = log(0.5/0.5) = 0;  logodds(ar) = log(0.25/0.75) = -log 3
  //   -log σ(log 3) = log(1 + 1/3) = log(4/3) = 0.28768207245178085
  //   NLL = -ac = log 2 = 0.6931471805599453;  total = 0.9808292530117262.
  it('ORPO, p_c = 1/2, p_r = 1/4, λ = 1', () => {
    const pair = { policyChosenAvg: t1([Math.log(0.5)]), policyRejectedAvg: t1([Math.log(0.25)]) };
    expectContract(
      value(() => orpoLoss(pair, 1)),
      0.9808292530117262,
    );
  });

  // r = policy - ref = 0 and z0 = 0: σ(0) = 1/2, so desirable costs λD/2 = 0.5 and undesirable
  // λU/2 = 1; mean = 0.75.
  it('KTO at r = z0, λD = 1, λU = 2', () => {
    const batch = { policy: t1([-3, -3]), ref: t1([-3, -3]), desirable: t1([1, 0]) };
    expectContract(
      value(() => ktoLoss(batch, { beta: 1, z0: 0, lambdaD: 1, lambdaU: 2 })),
      0.75,
    );
  });

  // scores [-1, -2, -0.5], rewards [1, 2, 3]; pairs with r_i < r_j:
  //   (0,1): max(0, -1 + 2) = 1;  (0,2): max(0, -1 + 0.5) = 0;  (1,2): max(0, -2 + 0.5) = 0;  sum = 1.
  it('RRHF, one mis-ordered pair', () => {
    expectContract(
      value(() => rrhfLoss(t1([-1, -2, -0.5]), [1, 2, 3])),
      1,
    );
  });

  // Tied rewards form no pair: scores [-1, -3] with rewards [1, 1] cost 0 (counting the tie as
  // ordered either way would give max(0, -1 + 3) = 2).
  it('RRHF, tied rewards contribute nothing', () => {
    expect(value(() => rrhfLoss(t1([-1, -3]), [1, 1]))).toBe(0);
  });

  // scores [log 3, log 2, 0] best first, i.e. weights 3, 2, 1:
  //   k=0: -log(3/6) = log 2;  k=1: -log(2/3) = log 1.5;  total log 3 = 1.0986122886681098.
  it('Plackett-Luce, weights 3, 2, 1', () => {
    expectContract(
      value(() => plackettLuceLoss(t1([Math.log(3), Math.log(2), 0]))),
      Math.log(3),
    );
  });

  // Two equal scores around -150: -(s - log(2 e^s)) = log 2, finite although e^-150 underflows float32.
  it('Plackett-Luce, two equal scores at -150', () => {
    expectContract(
      value(() => plackettLuceLoss(t1([-150, -150]))),
      Math.LN2,
    );
  });

  // ratio 1 everywhere: mean(-A) = mean(-1, 3) = 1.
  it('PPO at ratio 1 is mean(-A)', () => {
    const batch = { logp: t1([-1, -2]), oldLogp: t1([-1, -2]), advantages: t1([1, -3]) };
    expectContract(
      value(() => ppoClipLoss(batch, 0.2)),
      1,
    );
  });

  // logp - oldLogp = log 2, ratio 2, ε = 0.2:
  //   A = 1:  max(-2, -1.2) = -1.2 (clipped);  A = -1: max(2, 1.2) = 2 (unclipped);  mean = 0.4.
  it('PPO, ratio 2 clipped only where it helps', () => {
    const batch = { logp: t1([Math.LN2 - 3, Math.LN2 - 3]), oldLogp: t1([-3, -3]), advantages: t1([1, -1]) };
    expectContract(
      value(() => ppoClipLoss(batch, 0.2)),
      0.4,
    );
  });
});
