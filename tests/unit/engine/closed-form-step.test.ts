// The trainers apply equation (1) in closed form (LogitTable.applyDeltas: W ← W + (η/B)·Σ δ (e_o − π)),
// not autodiff. Autodiff stays the oracle: for every converted trainer, one step's weight change must
// equal the step w ← w − η∇L that TF.js autodiff of the contract loss (src/lib/algorithms/losses.ts)
// takes from the same weights on the same batch, to 1e-6 in every weight. The loss is rebuilt here from
// the record's batch, independently of the trainer's code.
import { describe, expect, it } from 'vitest';
import { tf, type Scalar, type Tensor1D, type Tensor2D } from '../../../src/lib/tf';
import * as E from '../../../src/lib/algorithms';
import type { LogitTable } from '../../../src/lib/model/tabular';

const lr = 2;

/** Weights before and after one step of `run`. */
function stepOf(table: LogitTable, run: () => void) {
  const before = table.snapshot();
  run();
  return { before, after: table.snapshot() };
}

/** The weights one autodiff gradient-descent step of `loss` takes from `before`. */
function autodiffStep(table: LogitTable, before: Float32Array, loss: (w: Tensor2D) => Scalar, rate = lr): number[] {
  return tf.tidy(() => {
    const w0 = tf.tensor2d(before, [table.contexts, table.outputs]);
    const g = tf.grad((x: tf.Tensor) => loss(x as Tensor2D))(w0);
    return Array.from(tf.sub(w0, tf.mul(g, rate)).dataSync());
  });
}

function expectSameStep(after: Float32Array, want: number[], before: Float32Array) {
  const moved = Math.max(...Array.from(after, (v, i) => Math.abs(v - before[i])));
  expect(moved).toBeGreaterThan(1e-3); // the step really moved the weights
  const worst = Math.max(...Array.from(after, (v, i) => Math.abs(v - want[i])));
  expect(worst).toBeLessThan(1e-6);
}

describe('closed-form step = autodiff step of the contract loss (to 1e-6)', () => {
  const pairMethods: E.PairMethod[] = ['dpo', 'ipo', 'cdpo', 'hinge', 'simpo', 'orpo'];
  for (const method of pairMethods) {
    for (const mode of ['offline', 'online'] as const) {
      it(`${method} (autoregressive, ${mode})`, () => {
        const o = { beta: 0.7, tau: 0.4, epsilon: 0.2, gamma: 0.3, lambda: 0.6 };
        const t = E.createPairTrainer({ seed: 4, lr, method, mode, ...o });
        t.step(); // move away from the reference first, so h ≠ 0
        let rec!: E.PairRecord;
        const table = t.policy.table;
        const { before, after } = stepOf(table, () => (rec = t.step()));
        const encC = t.policy.encode(rec.batch.map((p) => ({ prompt: p.prompt, reply: p.chosen })));
        const encR = t.policy.encode(rec.batch.map((p) => ({ prompt: p.prompt, reply: p.rejected })));
        const want = autodiffStep(table, before, (w) => {
          const policyChosen = table.sequenceLogp(encC, w);
          const policyRejected = table.sequenceLogp(encR, w);
          if (method === 'simpo' || method === 'orpo') {
            const avg = {
              policyChosenAvg: tf.div(policyChosen, tf.tensor1d(encC.lengths)) as Tensor1D,
              policyRejectedAvg: tf.div(policyRejected, tf.tensor1d(encR.lengths)) as Tensor1D,
            };
            return method === 'simpo' ? E.simpoLoss(avg, o.beta, o.gamma) : E.orpoLoss(avg, o.lambda);
          }
          const pair = { policyChosen, policyRejected, refChosen: t.reference.sequenceLogp(encC), refRejected: t.reference.sequenceLogp(encR) };
          if (method === 'ipo') return E.ipoLoss(pair, o.tau);
          if (method === 'cdpo') return E.cdpoLoss(pair, o.beta, o.epsilon);
          if (method === 'hinge') return E.hingeLoss(pair, o.beta);
          return E.dpoLoss(pair, o.beta);
        });
        expectSameStep(after, want, before);
        encC.dispose();
        encR.dispose();
        t.dispose();
      });
    }
  }

  for (const method of ['dpo', 'ipo', 'cdpo', 'hinge'] as const) {
    it(`${method} (bandit)`, () => {
      const t = E.createBanditPairTrainer({ seed: 2, lr, method, beta: 0.8, tau: 0.5, epsilon: 0.1, mode: 'offline', noise: 1 });
      t.step();
      const table = t.policy.table;
      const { before, after } = stepOf(table, () => t.step());
      const encC = t.policy.encode(t.dataset.map((p) => ({ prompt: p.prompt, candidate: p.chosen })));
      const encR = t.policy.encode(t.dataset.map((p) => ({ prompt: p.prompt, candidate: p.rejected })));
      const want = autodiffStep(table, before, (w) => {
        const pair = {
          policyChosen: table.sequenceLogp(encC, w), policyRejected: table.sequenceLogp(encR, w),
          refChosen: t.reference.sequenceLogp(encC), refRejected: t.reference.sequenceLogp(encR),
        };
        if (method === 'ipo') return E.ipoLoss(pair, 0.5);
        if (method === 'cdpo') return E.cdpoLoss(pair, 0.8, 0.1);
        if (method === 'hinge') return E.hingeLoss(pair, 0.8);
        return E.dpoLoss(pair, 0.8);
      });
      expectSameStep(after, want, before);
      encC.dispose();
      encR.dispose();
      t.dispose();
    });
  }
});
