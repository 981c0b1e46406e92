// The engine benchmark itself, the same code in Node and in Chromium: ms per step of each trainer on
// the toy, and the engine's DPO training step against the plain-JS DPO (same init, data and steps;
// both must end at the same loss).
import * as E from './bench-entry';

const time = (n: number, f: () => void) => {
  f(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t0) / n;
};

export async function runBench() {
  await E.ensureBackend();
  const out: Record<string, number | string> = { backend: E.tf.getBackend() };
  const trainers: Array<[string, () => { step: () => unknown }]> = [
    ['SFT', () => E.createPointwiseTrainer({ seed: 1, lr: 1, method: 'sft' })],
    ['RAFT', () => E.createPointwiseTrainer({ seed: 1, lr: 1, method: 'raft', n: 8 })],
    ['ReMax', () => E.createPointwiseTrainer({ seed: 1, lr: 1, method: 'remax' })],
    ['DPO (offline)', () => E.createPairTrainer({ seed: 1, lr: 1, method: 'dpo', beta: 0.5, mode: 'offline' })],
    ['DPO (online)', () => E.createPairTrainer({ seed: 1, lr: 1, method: 'dpo', beta: 0.5, mode: 'online' })],
    ['KTO', () => E.createKtoTrainer({ seed: 1, lr: 1, beta: 0.5 })],
    ['PPO (2 epochs)', () => E.createPpoTrainer({ seed: 1, lr: 1, klBeta: 0.05, clipEps: 0.2 })],
    ['GRPO', () => E.createGrpoTrainer({ seed: 1, lr: 1, beta: 0.04 })],
    ['reward model', () => E.createRewardModelTrainer({ seed: 1, lr: 1 })],
    ['RRHF (bandit)', () => E.createRankingTrainer({ seed: 1, lr: 1, method: 'rrhf' })],
    ['DPO (bandit)', () => E.createBanditPairTrainer({ seed: 1, lr: 1, method: 'dpo', beta: 0.5, mode: 'offline' })],
  ];
  for (const [name, make] of trainers) {
    const t = make();
    out[`${name} ms/step (full record)`] = time(20, () => t.step());
    (t as { dispose?: () => void }).dispose?.();
  }
  // Engine vs plain JS on the same DPO problem: the training step only (no exact-KL bookkeeping). The
  // engine's step is its DPO trainer's `train()`: log-probs of the batch from the table, δ = βσ(−βh)
  // per pair (pair-terms.ts), then equation (1) in closed form (LogitTable.applyDeltas) in float64 typed
  // arrays, written back to the TF.js variable. The autodiff step it replaced (contract loss + tf.valueAndGrad) is timed too.
  const trainer = E.createPairTrainer({
    seed: 1,
    lr: 1,
    method: 'dpo',
    beta: 0.5,
    mode: 'offline',
    pairsPerPrompt: 16,
  });
  const init = trainer.policy.table.snapshot();
  const pairs = trainer.dataset;
  const policy = trainer.policy;
  const steps = 200;
  const table = policy.table;
  let engineLoss = 0;
  const engineStep = () => {
    engineLoss = trainer.train();
  };
  table.restore(init);
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) engineStep();
  const engineMs = (performance.now() - t0) / steps;
  // The autodiff step, for the record (what every trainer did before).
  const chosen = policy.encode(pairs.map((p) => ({ prompt: p.prompt, reply: p.chosen })));
  const rejected = policy.encode(pairs.map((p) => ({ prompt: p.prompt, reply: p.rejected })));
  const refChosen = E.tf.keep(trainer.reference.sequenceLogp(chosen));
  const refRejected = E.tf.keep(trainer.reference.sequenceLogp(rejected));
  let autodiffLoss = 0;
  const autodiffStep = () => {
    autodiffLoss = E.descend(
      table,
      (w) =>
        E.dpoLoss(
          {
            policyChosen: table.sequenceLogp(chosen, w),
            policyRejected: table.sequenceLogp(rejected, w),
            refChosen,
            refRejected,
          },
          0.5,
        ),
      1,
    );
  };
  table.restore(init);
  const t2 = performance.now();
  for (let i = 0; i < steps; i++) autodiffStep();
  const autodiffMs = (performance.now() - t2) / steps;
  const plain = E.plainDpo(init, pairs, 0.5, 1);
  let plainLoss = 0;
  const t1 = performance.now();
  for (let i = 0; i < steps; i++) plainLoss = plain.step();
  const plainMs = (performance.now() - t1) / steps;
  out['DPO pairs in the batch'] = pairs.length;
  out['engine DPO ms/step'] = engineMs;
  out['plain-JS DPO ms/step'] = plainMs;
  out['engine / plain-JS (target ≤ 3)'] = engineMs / plainMs;
  out['autodiff DPO ms/step (before: the oracle)'] = autodiffMs;
  out['autodiff / plain-JS'] = autodiffMs / plainMs;
  out[`loss after ${steps} steps (engine)`] = engineLoss;
  out[`loss after ${steps} steps (autodiff)`] = autodiffLoss;
  out[`loss after ${steps} steps (plain JS)`] = plainLoss;
  return out;
}
