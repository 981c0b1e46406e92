// Policy-gradient trainers on the autoregressive toy: PPO (online or offline, as in the survey's
// Figure 3) and GRPO, plus the reward-model trainer they rely on.
//
// PPO: sample replies, score them (reward model or hidden utility), turn the score into per-token
// rewards with the KL penalty toward π_ref, estimate values with a tabular critic, compute GAE
// advantages, then run several epochs of the clipped objective. The record keeps, for one reply, the
// whole per-token table a page shows. GRPO drops the critic: each reply's reward is normalised within
// its group of samples for the same prompt, and a per-token KL estimate is added to the loss.
import { tf, type Scalar, type Tensor1D } from '../../tf';
import { offPolicyPairs, type Pair } from '../../data';
import { AutoregressivePolicy, type Sample } from '../../model/policy';
import { replyFeatures, RewardModel, RM_FEATURES, ValueHead } from '../../model/reward-model';
import { createRng } from '../../random';
import { P, replyText, utility, VOCAB, type Reply } from '../../world';
import { bradleyTerryLoss, gae, klShapedRewards, ppoClipLoss } from '../losses';
import { descend, descendVariable, expectedUtility, meanKl } from './common';
import type { Scorer } from './policy-trainers';

export interface TokenRow {
  token: string; logp: number; refLogp: number; klTerm: number; reward: number; value: number;
  tdError: number; advantage: number; ratio: number; clippedObjective: number;
}

export interface PpoRecord {
  step: number;
  loss: number;
  valueLoss: number;
  meanScore: number;
  utility: number;
  kl: number;
  sample: { prompt: number; reply: string; score: number; tokens: TokenRow[] };
  /** δ_t for the shown reply: the advantage of each token (GC_PPO = A_t at the first epoch). */
  delta: number[];
  /** The whole batch and every token's δ (for checking the unified view against autodiff). */
  batch: Sample[];
  deltas: number[];
}

export interface PpoOptions {
  seed: number;
  lr: number;
  /** KL penalty β in the shaped reward. */
  klBeta: number;
  clipEps: number;
  gamma?: number;
  lambda?: number;
  epochs?: number;
  perPrompt?: number;
  mode?: 'online' | 'offline';
  /** The score of a reply: a trained reward model's, or the hidden utility by default. */
  score?: Scorer;
  criticLr?: number;
  initScale?: number;
}

export function createPpoTrainer(options: PpoOptions) {
  const { klBeta, clipEps, gamma = 1, lambda = 0.95, epochs = 2, perPrompt = 4, mode = 'online', lr, criticLr = 0.5 } = options;
  const score = options.score ?? ((p: number, r: Reply) => utility(p, r));
  if (!(clipEps > 0)) throw new Error(`ppoTrainer: clipEps must be > 0, got ${clipEps}`);
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`ppoTrainer: epochs must be a whole number ≥ 1, got ${epochs}`);
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, options.initScale ?? 0.3);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const critic = new ValueHead();
  const sampleBatch = (): Sample[] => {
    const probs = policy.table.probabilities();
    const out: Sample[] = [];
    for (let p = 0; p < P; p++) for (let i = 0; i < perPrompt; i++) out.push({ prompt: p, reply: policy.sample(p, rng, {}, probs) });
    return out;
  };
  // Offline PPO (Figure 3, bottom): replies, scores and old log-probs are collected once, up front.
  const offline = mode === 'offline' ? sampleBatch() : undefined;
  let offlineOld: number[] | undefined;
  let step = 0;

  function next(): PpoRecord {
    const batch = offline ?? sampleBatch();
    const enc = policy.encode(batch);
    const scores = batch.map((b) => score(b.prompt, b.reply));
    const [logpNow, refLogp, values] = tf.tidy(() => [policy.table.tokenLogp(enc), ref.tokenLogp(enc), critic.values(enc)].map((t) => Array.from(t.dataSync())));
    const oldLogpFlat = offline ? (offlineOld ??= logpNow) : logpNow;
    // Per reply: shaped rewards, values with a terminal 0, GAE advantages and returns.
    const advantages: number[] = [];
    const returns: number[] = [];
    const perReply: Array<{ rewards: number[]; values: number[]; adv: number[] }> = [];
    let offset = 0;
    batch.forEach((_, i) => {
      const n = enc.lengths[i];
      const lp = oldLogpFlat.slice(offset, offset + n);
      const rl = refLogp.slice(offset, offset + n);
      const v = values.slice(offset, offset + n);
      const rewards = klShapedRewards(scores[i], lp, rl, klBeta);
      const adv = gae(rewards, [...v, 0], gamma, lambda);
      adv.forEach((a, t) => { advantages.push(a); returns.push(a + v[t]); });
      perReply.push({ rewards, values: v, adv });
      offset += n;
    });
    const old = tf.tensor1d(oldLogpFlat);
    const adv = tf.tensor1d(advantages);
    const ret = tf.tensor1d(returns);
    let loss = 0;
    for (let e = 0; e < epochs; e++) {
      loss = descend(policy.table, (w) => ppoClipLoss({ logp: policy.table.tokenLogp(enc, w), oldLogp: old, advantages: adv }, clipEps), lr);
    }
    const valueLoss = descendVariable(critic.weights, (w) => tf.mean(tf.square(tf.sub(critic.values(enc, w), ret))) as Scalar, criticLr);
    const ratios = tf.tidy(() => Array.from(tf.exp(tf.sub(policy.table.tokenLogp(enc), old)).dataSync()));
    tf.dispose([old, adv, ret]);
    const n0 = enc.lengths[0];
    const first = perReply[0];
    const tokens: TokenRow[] = enc.positions[0].map((pos, t) => {
      const r = ratios[t];
      const a = first.adv[t];
      const nextV = t + 1 < n0 ? first.values[t + 1] : 0;
      return {
        token: VOCAB[pos.out], logp: oldLogpFlat[t], refLogp: refLogp[t], klTerm: -klBeta * (oldLogpFlat[t] - refLogp[t]),
        reward: first.rewards[t], value: first.values[t], tdError: first.rewards[t] + gamma * nextV - first.values[t],
        advantage: a, ratio: r, clippedObjective: Math.min(r * a, Math.min(Math.max(r, 1 - clipEps), 1 + clipEps) * a),
      };
    });
    enc.dispose();
    step++;
    const after = policy.table.probabilities();
    return {
      step, loss, valueLoss,
      meanScore: scores.reduce((a, b) => a + b, 0) / scores.length,
      utility: expectedUtility(after), kl: meanKl(after, refProbs),
      sample: { prompt: batch[0].prompt, reply: replyText(batch[0].reply), score: scores[0], tokens },
      delta: first.adv,
      batch,
      deltas: advantages,
    };
  }
  return { step: next, policy, reference: ref, critic, dispose() { policy.table.dispose(); ref.dispose(); critic.dispose(); } };
}

export interface GrpoOptions { seed: number; lr: number; beta: number; clipEps?: number; groupSize?: number; score?: Scorer; initScale?: number }
export interface GrpoRecord {
  step: number; loss: number; utility: number; kl: number;
  group: Array<{ reply: string; reward: number; advantage: number }>;
  /** The batch and each token's δ = Â + β(π_ref/π − 1) at the sampling policy (ratio 1). */
  batch: Sample[];
  deltas: number[];
}

export function createGrpoTrainer(options: GrpoOptions) {
  const { lr, beta, clipEps = 0.2, groupSize = 6 } = options;
  const score = options.score ?? ((p: number, r: Reply) => utility(p, r));
  if (!Number.isInteger(groupSize) || groupSize < 2) throw new Error(`grpoTrainer: groupSize must be a whole number ≥ 2, got ${groupSize}`);
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, options.initScale ?? 0.3);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  let step = 0;
  return {
    policy, reference: ref,
    step(): GrpoRecord {
      const probs = policy.table.probabilities();
      const batch: Sample[] = [];
      const adv: number[] = [];
      const groups: GrpoRecord['group'] = [];
      for (let p = 0; p < P; p++) {
        const replies = Array.from({ length: groupSize }, () => policy.sample(p, rng, {}, probs));
        const rewards = replies.map((r) => score(p, r));
        const mean = rewards.reduce((a, b) => a + b, 0) / groupSize;
        const std = Math.sqrt(rewards.reduce((a, b) => a + (b - mean) ** 2, 0) / groupSize);
        replies.forEach((r, i) => {
          const a = (rewards[i] - mean) / (std + 1e-8);
          batch.push({ prompt: p, reply: r });
          adv.push(a);
          if (p === 0) groups.push({ reply: replyText(r), reward: rewards[i], advantage: a });
        });
      }
      const enc = policy.encode(batch);
      const tokenAdv = tf.tensor1d(enc.lengths.flatMap((n, i) => new Array(n).fill(adv[i])));
      const old = tf.tidy(() => policy.table.tokenLogp(enc));
      const refTok = tf.tidy(() => ref.tokenLogp(enc));
      const oldValues = old.dataSync();
      const refValues = refTok.dataSync();
      const tokenAdvValues = tokenAdv.dataSync();
      const deltas = Array.from(oldValues, (lp, t) => tokenAdvValues[t] + beta * (Math.exp(refValues[t] - lp) - 1));
      const loss = descend(policy.table, (w) => {
        const logp = policy.table.tokenLogp(enc, w);
        const logRatioRef = tf.sub(refTok, logp);
        // DeepSeekMath's unbiased KL estimate: π_ref/π − log(π_ref/π) − 1 ≥ 0.
        const kl = tf.sub(tf.sub(tf.exp(logRatioRef), logRatioRef), 1);
        return tf.add(ppoClipLoss({ logp: logp as Tensor1D, oldLogp: old as Tensor1D, advantages: tokenAdv as Tensor1D }, clipEps), tf.mul(beta, tf.mean(kl))) as Scalar;
      }, lr);
      tf.dispose([tokenAdv, old, refTok]);
      enc.dispose();
      step++;
      const after = policy.table.probabilities();
      return { step, loss, utility: expectedUtility(after), kl: meanKl(after, refProbs), group: groups, batch, deltas };
    },
    dispose() { policy.table.dispose(); ref.dispose(); },
  };
}

export interface RewardModelOptions { seed: number; lr: number; pairsPerPrompt?: number; noise?: number; loss?: 'bradley-terry' | 'binary'; pairs?: Pair[] }
export interface RewardModelRecord {
  step: number; loss: number; trainAccuracy: number; heldOutAccuracy: number;
  weights: Array<{ feature: string; weight: number }>;
  comparison: Array<{ prompt: number; reply: string; learned: number; hidden: number }>;
}

/** Reward-model training on preference pairs from a fixed policy, with held-out accuracy. */
export function createRewardModelTrainer(options: RewardModelOptions) {
  const { lr, pairsPerPrompt = 12, noise = 1, loss: kind = 'bradley-terry' } = options;
  const rng = createRng(options.seed);
  const source = new AutoregressivePolicy(rng, 0.3);
  const train = options.pairs ?? offPolicyPairs(source, rng, pairsPerPrompt, noise);
  const heldOut = offPolicyPairs(source, rng, pairsPerPrompt, noise);
  if (train.length === 0) throw new Error('rewardModelTrainer: no training pairs');
  const rm = new RewardModel();
  const fc = rm.features(train.map((p) => p.chosen));
  const fr = rm.features(train.map((p) => p.rejected));
  // The binary-classifier variant labels single replies: chosen replies as good (1), rejected as bad (0).
  const fAll = rm.features([...train.map((p) => p.chosen), ...train.map((p) => p.rejected)]);
  const labels = tf.tensor1d([...train.map(() => 1), ...train.map(() => 0)]);
  const accuracy = (pairs: Pair[]) => {
    const c = rm.scoreReplies(pairs.map((p) => p.chosen));
    const r = rm.scoreReplies(pairs.map((p) => p.rejected));
    return c.filter((v, i) => v > r[i]).length / pairs.length;
  };
  const showcase: Array<{ prompt: number; reply: Reply }> = [[0, [0]], [0, [1, 3]], [1, [2]], [1, [5, 4, 7]], [2, [1]], [2, [6, 7]], [0, [0, 0, 0]]]
    .map(([p, r]) => ({ prompt: p as number, reply: r as Reply }));
  let step = 0;
  return {
    rewardModel: rm, train, heldOut,
    step(): RewardModelRecord {
      const loss = descendVariable(rm.weights, (w) => {
        const score = (f: tf.Tensor2D) => tf.reshape(tf.matMul(f, tf.reshape(w, [-1, 1])), [-1]) as Tensor1D;
        if (kind === 'binary') {
          const s = score(fAll);
          // −y log σ(s) − (1−y) log σ(−s), written with softplus for stability.
          return tf.mean(tf.add(tf.mul(labels, tf.softplus(tf.neg(s))), tf.mul(tf.sub(1, labels), tf.softplus(s)))) as Scalar;
        }
        return bradleyTerryLoss(score(fc), score(fr));
      }, lr);
      step++;
      const w = rm.values();
      return {
        step, loss, trainAccuracy: accuracy(train), heldOutAccuracy: accuracy(heldOut),
        weights: RM_FEATURES.map((feature, i) => ({ feature, weight: w[i] })),
        comparison: showcase.map((s) => ({ prompt: s.prompt, reply: replyText(s.reply), learned: rm.scoreReplies([s.reply])[0], hidden: utility(s.prompt, s.reply) })),
      };
    },
    dispose() { tf.dispose([fc, fr, fAll, labels]); rm.dispose(); source.table.dispose(); },
  };
}

/**
 * A reward model trained for a fixed budget (Bradley–Terry, `pairsPerPrompt` pairs, `steps` steps), returned
 * as a plain scoring function: what the RLHF example's PPO stage optimises when it uses a learned reward.
 * `pause` (optional) is awaited between slices of steps, so a page can keep its main thread free.
 */
export async function trainRewardScorer(seed: number, steps = 100, pause?: () => Promise<void>, pairsPerPrompt = 30): Promise<Scorer> {
  const t = createRewardModelTrainer({ seed, lr: 1, pairsPerPrompt });
  for (let i = 0; i < steps; i++) {
    t.step();
    if (pause && i % 20 === 19) await pause();
  }
  const w = t.rewardModel.values();
  t.dispose();
  return (_prompt, reply) => replyFeatures(reply).reduce((s, f, i) => s + f * w[i], 0);
}
