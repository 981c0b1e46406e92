// The trainers apply equation (1) in closed form (LogitTable.applyDeltas: W ← W + (η/B)·Σ δ (e_o − π)),
// not autodiff. Autodiff stays the oracle: for every converted trainer, one step's weight change must
// equal the step w ← w − η∇L that TF.js autodiff of the contract loss (src/lib/algorithms/losses.ts)
// takes from the same weights on the same batch, to 1e-6 in every weight. The loss is rebuilt here from
// the record's batch, independently of the trainer's code.
import { describe, expect, it } from 'vitest';
import { tf, type Scalar, type Tensor1D, type Tensor2D } from '../../../src/lib/tf';
import * as E from '../../../src/lib/algorithms';
import { correctnessRule } from '../../../src/lib/feedback';
import { AutoregressivePolicy, type Sample } from '../../../src/lib/model/policy';
import { replyFeatures, ValueHead } from '../../../src/lib/model/reward-model';
import type { LogitTable } from '../../../src/lib/model/tabular';
import { createRng } from '../../../src/lib/random';
import { parseReply, utility } from '../../../src/lib/world';

/** Encodes autoregressive samples (the encoding does not depend on the weights). */
const arEncoder = new AutoregressivePolicy(createRng(0));
const encodeAr = (samples: Sample[]) => arEncoder.encode(samples);
const toSample = (s: { prompt: number; reply: string }): Sample => ({
  prompt: s.prompt,
  reply: parseReply(s.reply) as number[],
});

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
          const pair = {
            policyChosen,
            policyRejected,
            refChosen: t.reference.sequenceLogp(encC),
            refRejected: t.reference.sequenceLogp(encR),
          };
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
      const t = E.createBanditPairTrainer({
        seed: 2,
        lr,
        method,
        beta: 0.8,
        tau: 0.5,
        epsilon: 0.1,
        mode: 'offline',
        noise: 1,
      });
      t.step();
      const table = t.policy.table;
      const { before, after } = stepOf(table, () => t.step());
      const encC = t.policy.encode(t.dataset.map((p) => ({ prompt: p.prompt, candidate: p.chosen })));
      const encR = t.policy.encode(t.dataset.map((p) => ({ prompt: p.prompt, candidate: p.rejected })));
      const want = autodiffStep(table, before, (w) => {
        const pair = {
          policyChosen: table.sequenceLogp(encC, w),
          policyRejected: table.sequenceLogp(encR, w),
          refChosen: t.reference.sequenceLogp(encC),
          refRejected: t.reference.sequenceLogp(encR),
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

  const seqLoss = (table: LogitTable, samples: Sample[], deltas: number[]) => {
    const enc = encodeAr(samples);
    return (w: Tensor2D) => tf.neg(tf.mean(tf.mul(tf.tensor1d(deltas), table.sequenceLogp(enc, w)))) as Scalar;
  };

  it('SFT (δ = 1 on every demonstration)', () => {
    const t = E.createPointwiseTrainer({ seed: 2, lr, method: 'sft' });
    const { before, after } = stepOf(t.policy.table, () => t.step());
    const demos = E.demonstrations();
    expectSameStep(
      after,
      autodiffStep(
        t.policy.table,
        before,
        seqLoss(
          t.policy.table,
          demos,
          demos.map(() => 1),
        ),
      ),
      before,
    );
  });

  it('RFT (δ = 1 where the correctness rule passes, recomputed here)', () => {
    const t = E.createPointwiseTrainer({ seed: 5, lr, method: 'rft', n: 6 });
    let rec!: E.PolicyRecord;
    const { before, after } = stepOf(t.policy.table, () => (rec = t.step()));
    const kept = rec.samples.map(toSample).filter((s) => correctnessRule(s.prompt, s.reply));
    expect(kept.length).toBeGreaterThan(0);
    expectSameStep(
      after,
      autodiffStep(
        t.policy.table,
        before,
        seqLoss(
          t.policy.table,
          kept,
          kept.map(() => 1),
        ),
      ),
      before,
    );
  });

  it('RAFT (δ = 1 on the best of n by the hidden utility, recomputed here)', () => {
    const t = E.createPointwiseTrainer({ seed: 7, lr, method: 'raft', n: 5 });
    let rec!: E.PolicyRecord;
    const { before, after } = stepOf(t.policy.table, () => (rec = t.step()));
    const all = rec.samples.map(toSample);
    const best = [0, 1, 2].map((p) =>
      all.filter((s) => s.prompt === p).reduce((a, b) => (utility(p, b.reply) > utility(p, a.reply) ? b : a)),
    );
    expectSameStep(
      after,
      autodiffStep(
        t.policy.table,
        before,
        seqLoss(
          t.policy.table,
          best,
          best.map(() => 1),
        ),
      ),
      before,
    );
  });

  it('ReMax (δ = u(y) − u(greedy), recomputed here)', () => {
    const t = E.createPointwiseTrainer({ seed: 1, lr, method: 'remax' });
    let rec!: E.PolicyRecord;
    const { before, after } = stepOf(t.policy.table, () => (rec = t.step()));
    const used = rec.samples.filter((s) => s.delta !== 0);
    const deltas = used.map(
      (s) =>
        utility(s.prompt, toSample(s).reply) -
        utility(s.prompt, toSample({ prompt: s.prompt, reply: s.greedy! }).reply),
    );
    expectSameStep(
      after,
      autodiffStep(t.policy.table, before, seqLoss(t.policy.table, used.map(toSample), deltas)),
      before,
    );
  });

  it('KTO (contract ktoLoss on the unpaired labels)', () => {
    const params = { beta: 0.8, z0: 0.1, lambdaD: 1.2, lambdaU: 0.7 };
    const t = E.createKtoTrainer({ seed: 3, lr, ...params });
    t.step();
    const { before, after } = stepOf(t.policy.table, () => t.step());
    const enc = encodeAr(t.data);
    const desirable = tf.tensor1d(t.data.map((d) => d.desirable));
    const want = autodiffStep(t.policy.table, before, (w) =>
      E.ktoLoss({ policy: t.policy.table.sequenceLogp(enc, w), ref: t.reference.sequenceLogp(enc), desirable }, params),
    );
    expectSameStep(after, want, before);
  });

  for (const mode of ['online', 'offline'] as const) {
    it(`PPO, two epochs of ppoClipLoss (${mode})`, () => {
      const t = E.createPpoTrainer({ seed: 4, lr, klBeta: 0.1, clipEps: 0.2, epochs: 2, mode });
      const initial = t.policy.table.snapshot();
      if (mode === 'offline') t.step(); // the second offline step has ratios ≠ 1 from its first epoch
      let rec!: E.PpoRecord;
      const table = t.policy.table;
      const { before, after } = stepOf(table, () => (rec = t.step()));
      const enc = encodeAr(rec.batch);
      // π_old: the weights the batch was sampled with (the initial ones for offline PPO).
      const w0 = mode === 'offline' ? initial : before;
      const old = tf.keep(tf.tidy(() => table.tokenLogp(enc, tf.tensor2d(w0, [table.contexts, table.outputs]))));
      const adv = tf.tensor1d(rec.deltas);
      const loss = (w: Tensor2D) =>
        E.ppoClipLoss({ logp: table.tokenLogp(enc, w), oldLogp: old as Tensor1D, advantages: adv }, 0.2);
      const mid = Float32Array.from(autodiffStep(table, before, loss));
      expectSameStep(after, autodiffStep(table, mid, loss), before);
      old.dispose();
    });
  }

  it('GRPO (ppoClipLoss with group-normalised advantages, recomputed here, plus β·KL̂)', () => {
    const beta = 0.3;
    const t = E.createGrpoTrainer({ seed: 6, lr, beta, groupSize: 5 });
    t.step(); // away from π_ref, so the KL part is not zero
    let rec!: E.GrpoRecord;
    const table = t.policy.table;
    const { before, after } = stepOf(table, () => (rec = t.step()));
    const u = rec.batch.map((s) => utility(s.prompt, s.reply));
    const adv = u.map((v, i) => {
      const g = u.slice(Math.floor(i / 5) * 5, Math.floor(i / 5) * 5 + 5);
      const m = g.reduce((a, b) => a + b, 0) / 5;
      return (v - m) / (Math.sqrt(g.reduce((a, b) => a + (b - m) ** 2, 0) / 5) + 1e-8);
    });
    const enc = encodeAr(rec.batch);
    const tokenAdv = tf.tensor1d(enc.lengths.flatMap((n, i) => new Array(n).fill(adv[i])));
    const old = tf.tidy(() => table.tokenLogp(enc, tf.tensor2d(before, [table.contexts, table.outputs])));
    const want = autodiffStep(table, before, (w) => {
      const logp = table.tokenLogp(enc, w);
      const lr2 = tf.sub(t.reference.tokenLogp(enc), logp);
      const kl = tf.sub(tf.sub(tf.exp(lr2), lr2), 1);
      return tf.add(
        E.ppoClipLoss({ logp, oldLogp: old, advantages: tokenAdv as Tensor1D }, 0.2),
        tf.mul(beta, tf.mean(kl)),
      ) as Scalar;
    });
    expectSameStep(after, want, before);
  });

  it('PRO (plackettLuceLoss on length-averaged scores plus β·summed NLL of the best, β = 0.05·(n−1)²)', () => {
    const t = E.createProTrainer({ seed: 2, lr, listSize: 4 });
    const table = t.policy.table;
    const { before, after } = stepOf(table, () => t.step());
    const beta = 0.05 * 9;
    const want = autodiffStep(table, before, (w) => {
      const losses = t.dataset.map((l) => {
        const enc = encodeAr(l.ranking.map((reply) => ({ prompt: l.prompt, reply })));
        const summed = table.sequenceLogp(enc, w);
        const s = tf.div(summed, tf.tensor1d(enc.lengths)) as Tensor1D;
        return tf.sub(E.plackettLuceLoss(s), tf.mul(beta, tf.reshape(tf.slice(summed, [0], [1]), [])));
      });
      return tf.div(tf.addN(losses), t.dataset.length) as Scalar;
    });
    expectSameStep(after, want, before);
  });

  for (const method of ['rrhf', 'plackett-luce', 'dpo'] as const) {
    it(`ranking trainer: ${method} (bandit, contract list losses)`, () => {
      const t = E.createRankingTrainer({ seed: 3, lr, method });
      t.step();
      const table = t.policy.table;
      const { before, after } = stepOf(table, () => t.step());
      const bandit = t.policy;
      const want = autodiffStep(table, before, (w) => {
        if (method === 'dpo') {
          const pairs = t.rankings.flatMap((r, p) => r.flatMap((a, i) => r.slice(i + 1).map((b) => ({ p, a, b }))));
          const c = bandit.encode(pairs.map((q) => ({ prompt: q.p, candidate: q.a })));
          const r = bandit.encode(pairs.map((q) => ({ prompt: q.p, candidate: q.b })));
          return E.dpoLoss(
            {
              policyChosen: table.sequenceLogp(c, w),
              policyRejected: table.sequenceLogp(r, w),
              refChosen: t.reference.sequenceLogp(c),
              refRejected: t.reference.sequenceLogp(r),
            },
            0.5,
          );
        }
        const losses = t.rankings.map((r, p) => {
          const s = table.sequenceLogp(bandit.encode(r.map((k) => ({ prompt: p, candidate: k }))), w);
          if (method === 'plackett-luce') return E.plackettLuceLoss(s);
          return tf.sub(E.rrhfLoss(s, [3, 2, 1, 0]), tf.reshape(tf.slice(s, [0], [1]), []));
        });
        return tf.div(tf.addN(losses), 3) as Scalar;
      });
      expectSameStep(after, want, before);
    });
  }

  it('the PPO critic: one closed-form step of the mean squared error equals autodiff', () => {
    const critic = new ValueHead();
    const ctx = [0, 3, 3, 7, 12, 0];
    const returns = [0.5, -1.2, 0.3, 2, -0.7, 1.1];
    tf.tidy(() =>
      critic.weights.assign(tf.tensor1d(Array.from({ length: critic.weights.size }, (_, i) => Math.sin(i)))),
    );
    const before = Float32Array.from(critic.weights.dataSync());
    const loss = critic.fitReturns(ctx, returns, 0.4);
    const want = tf.tidy(() => {
      const onehot = tf.cast(tf.oneHot(tf.tensor1d(ctx, 'int32'), before.length), 'float32') as tf.Tensor2D;
      const f = (v: tf.Tensor) =>
        tf.mean(
          tf.square(tf.sub(tf.reshape(tf.matMul(onehot, tf.reshape(v, [-1, 1])), [-1]), tf.tensor1d(returns))),
        ) as Scalar;
      const v0 = tf.tensor1d(before);
      const { value, grad } = tf.valueAndGrad(f)(v0);
      return { loss: value.dataSync()[0], after: Array.from(tf.sub(v0, tf.mul(grad, 0.4)).dataSync()) };
    });
    expect(Math.abs(loss - want.loss)).toBeLessThan(1e-6);
    expectSameStep(Float32Array.from(critic.weights.dataSync()), want.after, before);
    critic.dispose();
  });

  for (const kind of ['bradley-terry', 'binary'] as const) {
    it(`reward model (${kind}): closed-form step equals autodiff of the loss`, () => {
      const t = E.createRewardModelTrainer({ seed: 1, lr, loss: kind, pairsPerPrompt: 10 });
      t.step();
      const before = Float32Array.from(t.rewardModel.values());
      t.step();
      const after = Float32Array.from(t.rewardModel.values());
      const want = tf.tidy(() => {
        const fc = tf.tensor2d(t.train.map((p) => replyFeatures(p.chosen)));
        const fr = tf.tensor2d(t.train.map((p) => replyFeatures(p.rejected)));
        const score = (f: tf.Tensor2D, w: tf.Tensor) =>
          tf.reshape(tf.matMul(f, tf.reshape(w, [-1, 1])), [-1]) as Tensor1D;
        const f = (w: tf.Tensor) => {
          if (kind === 'bradley-terry') return E.bradleyTerryLoss(score(fc, w), score(fr, w));
          const s = tf.concat([score(fc, w), score(fr, w)]);
          const y = tf.tensor1d([...t.train.map(() => 1), ...t.train.map(() => 0)]);
          return tf.mean(tf.add(tf.mul(y, tf.softplus(tf.neg(s))), tf.mul(tf.sub(1, y), tf.softplus(s)))) as Scalar;
        };
        const w0 = tf.tensor1d(before);
        return Array.from(tf.sub(w0, tf.mul(tf.grad(f)(w0), lr)).dataSync());
      });
      expectSameStep(after, want, before);
    });
  }
});
