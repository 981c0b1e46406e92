// Policy-gradient trainers on the autoregressive toy: PPO (online or offline, as in the survey's
// Figure 3) and GRPO, plus the reward-model trainer they rely on.
//
// PPO: sample replies, score them (reward model or hidden utility), turn the score into per-token
// rewards with the KL penalty toward π_ref, estimate values with a tabular critic, compute GAE
// advantages, then run several epochs of the clipped objective. The record keeps, for one reply, the
// whole per-token table a page shows. GRPO drops the critic: each reply's reward is normalised within
// its group of samples for the same prompt, and a per-token KL estimate is added to the loss.
import { tf } from '../../tf';
import { offPolicyPairs, sampleOnPolicy, type Pair } from '../../data';
import { AutoregressivePolicy, replyPositions, type Sample } from '../../model/policy';
import { flatTokens, NonFiniteStepError, tokenLogps } from '../../model/tabular';
import { linearScore, replyFeatures, RewardModel, RM_FEATURES, ValueHead } from '../../model/reward-model';
import { createRng } from '../../random';
import { P, replyText, utility, V, VOCAB, type Reply } from '../../world';
import { gae, klShapedRewards } from '../losses';
import { sigmoid, softplus } from '../../maths';
import { checkInRange, checkLearningRate, checkNonNegative, checkPositive, checkWholeNumber } from '../validate';
import { expectedUtility, meanKl } from './common';
import { grpoTerm, ppoTerm } from './point-terms';
import type { Scorer } from './policy-trainers';
import { engineError } from '../../errors';

export interface TokenRow {
  token: string;
  logp: number;
  refLogp: number;
  klTerm: number;
  reward: number;
  value: number;
  tdError: number;
  advantage: number;
  ratio: number;
  clippedObjective: number;
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
  const {
    klBeta,
    clipEps,
    gamma = 1,
    lambda = 0.95,
    epochs = 2,
    perPrompt = 4,
    mode = 'online',
    lr,
    criticLr = 0.5,
  } = options;
  const fn = 'ppoTrainer';
  const score = options.score ?? ((p: number, r: Reply) => utility(p, r));
  checkLearningRate(fn, lr);
  checkLearningRate(fn, criticLr);
  // No KL penalty (β = 0) is a legitimate setting; a negative one would reward drifting away.
  checkNonNegative(fn, 'klBeta', klBeta);
  checkPositive(fn, 'clipEps', clipEps);
  checkWholeNumber(fn, 'epochs', epochs, 1);
  checkWholeNumber(fn, 'perPrompt', perPrompt, 1);
  checkInRange(fn, 'gamma', gamma, 0, 1);
  checkInRange(fn, 'lambda', lambda, 0, 1);
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, options.initScale ?? 0.3);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const refTable = policy.table.logProbs();
  const critic = new ValueHead();
  const sampleBatch = (): Sample[] => sampleOnPolicy(policy, rng, perPrompt);
  // Offline PPO (Figure 3, bottom): replies, scores and old log-probs are collected once, up front.
  const offline = mode === 'offline' ? sampleBatch() : undefined;
  const offlineTokens = offline ? flatTokens(offline.map((b) => replyPositions(b.prompt, b.reply))) : undefined;
  let offlineOld: Float64Array | undefined;
  let step = 0;

  function next(): PpoRecord {
    const batch = offline ?? sampleBatch();
    const tokens = offlineTokens ?? flatTokens(batch.map((b) => replyPositions(b.prompt, b.reply)));
    const lengths = batch.map((_, i) => tokens.start[i + 1] - tokens.start[i]);
    const scores = batch.map((b) => score(b.prompt, b.reply));
    const logpNow = tokenLogps(policy.table.logProbs(), V, tokens);
    const refLogp = tokenLogps(refTable, V, tokens);
    const criticValues = critic.weights.dataSync();
    const values = Array.from(tokens.ctx, (c) => criticValues[c]);
    const oldLogpFlat = offline ? (offlineOld ??= logpNow) : logpNow;
    // Per reply: shaped rewards, values with a terminal 0, GAE advantages and returns.
    const advantages: number[] = [];
    const returns: number[] = [];
    const perReply: Array<{ rewards: number[]; values: number[]; adv: number[] }> = [];
    batch.forEach((_, i) => {
      const from = tokens.start[i];
      const n = lengths[i];
      const lp = Array.from(oldLogpFlat.subarray(from, from + n));
      const rl = Array.from(refLogp.subarray(from, from + n));
      const v = values.slice(from, from + n);
      const rewards = klShapedRewards(scores[i], lp, rl, klBeta);
      const adv = gae(rewards, [...v, 0], gamma, lambda);
      adv.forEach((a, t) => {
        advantages.push(a);
        returns.push(a + v[t]);
      });
      perReply.push({ rewards, values: v, adv });
    });
    // The clipped objective, `epochs` times, each step equation (1) with δ_t = A_t·ρ_t (0 where clipped).
    const N = advantages.length;
    const deltas = new Float64Array(N);
    let loss = 0;
    for (let e = 0; e < epochs; e++) {
      const logp = policy.table.logProbs();
      const now = tokenLogps(logp, V, tokens);
      loss = 0;
      for (let t = 0; t < N; t++) {
        const term = ppoTerm(advantages[t], Math.exp(now[t] - oldLogpFlat[t]), clipEps);
        loss += term.loss;
        deltas[t] = term.delta;
      }
      loss /= N;
      policy.table.applyDeltas(tokens, deltas, lr / N, false, logp);
    }
    const valueLoss = critic.fitReturns(tokens.ctx, returns, criticLr);
    const nowAfter = tokenLogps(policy.table.logProbs(), V, tokens);
    const n0 = lengths[0];
    const first = perReply[0];
    const positions = replyPositions(batch[0].prompt, batch[0].reply);
    const tokensShown: TokenRow[] = positions.map((pos, t) => {
      const r = Math.exp(nowAfter[t] - oldLogpFlat[t]);
      const a = first.adv[t];
      const nextV = t + 1 < n0 ? first.values[t + 1] : 0;
      return {
        token: VOCAB[pos.out],
        logp: oldLogpFlat[t],
        refLogp: refLogp[t],
        klTerm: -klBeta * (oldLogpFlat[t] - refLogp[t]),
        reward: first.rewards[t],
        value: first.values[t],
        tdError: first.rewards[t] + gamma * nextV - first.values[t],
        advantage: a,
        ratio: r,
        clippedObjective: Math.min(r * a, Math.min(Math.max(r, 1 - clipEps), 1 + clipEps) * a),
      };
    });
    step++;
    const after = policy.table.probabilities();
    return {
      step,
      loss,
      valueLoss,
      meanScore: scores.reduce((a, b) => a + b, 0) / scores.length,
      utility: expectedUtility(after),
      kl: meanKl(after, refProbs),
      sample: { prompt: batch[0].prompt, reply: replyText(batch[0].reply), score: scores[0], tokens: tokensShown },
      delta: first.adv,
      batch,
      deltas: advantages,
    };
  }
  return {
    step: next,
    policy,
    reference: ref,
    critic,
    dispose() {
      policy.table.dispose();
      ref.dispose();
      critic.dispose();
    },
  };
}

export interface GrpoOptions {
  seed: number;
  lr: number;
  beta: number;
  clipEps?: number;
  groupSize?: number;
  score?: Scorer;
  initScale?: number;
}
export interface GrpoRecord {
  step: number;
  loss: number;
  utility: number;
  kl: number;
  group: Array<{ reply: string; reward: number; advantage: number }>;
  /** The batch and each token's δ = Â + β(π_ref/π − 1) at the sampling policy (ratio 1). */
  batch: Sample[];
  deltas: number[];
}

export function createGrpoTrainer(options: GrpoOptions) {
  const { lr, beta, clipEps = 0.2, groupSize = 6 } = options;
  const fn = 'grpoTrainer';
  const score = options.score ?? ((p: number, r: Reply) => utility(p, r));
  checkLearningRate(fn, lr);
  // β = 0 drops the KL term (several papers train GRPO that way); a negative β is refused.
  checkNonNegative(fn, 'beta', beta);
  checkPositive(fn, 'clipEps', clipEps);
  checkWholeNumber(fn, 'groupSize', groupSize, 2);
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, options.initScale ?? 0.3);
  const ref = policy.table.freeze();
  const refProbs = ref.probabilities();
  const refTable = policy.table.logProbs();
  let step = 0;
  return {
    policy,
    reference: ref,
    step(): GrpoRecord {
      const batch: Sample[] = sampleOnPolicy(policy, rng, groupSize);
      const adv: number[] = [];
      const groups: GrpoRecord['group'] = [];
      for (let p = 0; p < P; p++) {
        const replies = batch.slice(p * groupSize, (p + 1) * groupSize).map((s) => s.reply);
        const rewards = replies.map((r) => score(p, r));
        // Group normalisation with the population standard deviation (divide by G), as DeepSeekMath's
        // code does; see the Conventions in docs/engine-contract.md.
        const mean = rewards.reduce((a, b) => a + b, 0) / groupSize;
        const std = Math.sqrt(rewards.reduce((a, b) => a + (b - mean) ** 2, 0) / groupSize);
        replies.forEach((r, i) => {
          const a = (rewards[i] - mean) / (std + 1e-8);
          adv.push(a);
          if (p === 0) groups.push({ reply: replyText(r), reward: rewards[i], advantage: a });
        });
      }
      const tokens = flatTokens(batch.map((b) => replyPositions(b.prompt, b.reply)));
      const logp = policy.table.logProbs();
      const lp = tokenLogps(logp, V, tokens);
      const refLp = tokenLogps(refTable, V, tokens);
      // One update per batch, so π_old = π and every ratio is 1: δ_t = Â + β(π_ref/π − 1). The loss is a flat
      // mean over all tokens of the batch (see the Conventions).
      const N = lp.length;
      const deltas = new Float64Array(N);
      let loss = 0;
      for (let b = 0; b < batch.length; b++) {
        for (let t = tokens.start[b]; t < tokens.start[b + 1]; t++) {
          const term = grpoTerm(adv[b], 1, clipEps, lp[t], refLp[t], beta);
          loss += term.loss;
          deltas[t] = term.delta;
        }
      }
      policy.table.applyDeltas(tokens, deltas, lr / N, false, logp);
      step++;
      const after = policy.table.probabilities();
      return {
        step,
        loss: loss / N,
        utility: expectedUtility(after),
        kl: meanKl(after, refProbs),
        group: groups,
        batch,
        deltas: Array.from(deltas),
      };
    },
    dispose() {
      policy.table.dispose();
      ref.dispose();
    },
  };
}

export interface RewardModelOptions {
  seed: number;
  lr: number;
  pairsPerPrompt?: number;
  noise?: number;
  loss?: 'bradley-terry' | 'binary';
  pairs?: Pair[];
}
export interface RewardModelRecord {
  step: number;
  loss: number;
  trainAccuracy: number;
  heldOutAccuracy: number;
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
  if (train.length === 0) throw engineError('empty-data', 'rewardModelTrainer', { what: 'pairs' }, 'no training pairs');
  const rm = new RewardModel();
  checkLearningRate('rewardModelTrainer', lr);
  // Feature rows of the chosen and rejected replies, once (plain numbers: the model is linear).
  const fc = train.map((p) => replyFeatures(p.chosen));
  const fr = train.map((p) => replyFeatures(p.rejected));
  const F = RM_FEATURES.length;
  const dot = (w: ArrayLike<number>, f: number[]) => f.reduce((a, v, i) => a + v * w[i], 0);
  /**
   * One step in closed form. Bradley–Terry: L = mean softplus(r⁻ − r⁺), ∇L = mean σ(r⁻ − r⁺)(f⁻ − f⁺).
   * Binary classifier (chosen = 1, rejected = 0): L = mean over all 2B replies of the cross-entropy,
   * ∇L = mean (σ(r) − label)·f.
   */
  const update = (): number => {
    const w = rm.values();
    const grad = new Float64Array(F);
    let loss = 0;
    if (kind === 'binary') {
      const rows = [...fc.map((f) => [f, 1] as const), ...fr.map((f) => [f, 0] as const)];
      for (const [f, y] of rows) {
        const r = dot(w, f);
        loss += y === 1 ? softplus(-r) : softplus(r);
        const g = sigmoid(r) - y;
        for (let i = 0; i < F; i++) grad[i] += (g * f[i]) / rows.length;
      }
      loss /= rows.length;
    } else {
      for (let b = 0; b < train.length; b++) {
        const m = dot(w, fr[b]) - dot(w, fc[b]);
        loss += softplus(m);
        const g = sigmoid(m);
        for (let i = 0; i < F; i++) grad[i] += (g * (fr[b][i] - fc[b][i])) / train.length;
      }
      loss /= train.length;
    }
    const next = new Float32Array(F);
    for (let i = 0; i < F; i++) {
      next[i] = w[i] - lr * grad[i];
      if (!Number.isFinite(next[i])) throw new NonFiniteStepError('rewardModelTrainer');
    }
    tf.tidy(() => rm.weights.assign(tf.tensor1d(next)));
    return loss;
  };
  const accuracy = (pairs: Pair[]) => {
    const w = rm.values();
    return pairs.filter((p) => linearScore(w, p.chosen) > linearScore(w, p.rejected)).length / pairs.length;
  };
  const showcase: Array<{ prompt: number; reply: Reply }> = [
    [0, [0]],
    [0, [1, 3]],
    [1, [2]],
    [1, [5, 4, 7]],
    [2, [1]],
    [2, [6, 7]],
    [0, [0, 0, 0]],
  ].map(([p, r]) => ({ prompt: p as number, reply: r as Reply }));
  let step = 0;
  return {
    rewardModel: rm,
    train,
    heldOut,
    step(): RewardModelRecord {
      const loss = update();
      step++;
      const w = rm.values();
      return {
        step,
        loss,
        trainAccuracy: accuracy(train),
        heldOutAccuracy: accuracy(heldOut),
        weights: RM_FEATURES.map((feature, i) => ({ feature, weight: w[i] })),
        comparison: showcase.map((s) => ({
          prompt: s.prompt,
          reply: replyText(s.reply),
          learned: linearScore(w, s.reply),
          hidden: utility(s.prompt, s.reply),
        })),
      };
    },
    dispose() {
      rm.dispose();
      source.table.dispose();
    },
  };
}

/**
 * A reward model trained for a fixed budget (Bradley–Terry, `pairsPerPrompt` pairs, `steps` steps), returned
 * as a plain scoring function: what the RLHF example's PPO stage optimises when it uses a learned reward.
 * `pause` (optional) is awaited between slices of steps, so a page can keep its main thread free.
 */
export async function trainRewardScorer(
  seed: number,
  steps = 100,
  pause?: () => Promise<void>,
  pairsPerPrompt = 30,
): Promise<Scorer> {
  const t = createRewardModelTrainer({ seed, lr: 1, pairsPerPrompt });
  for (let i = 0; i < steps; i++) {
    t.step();
    if (pause && i % 20 === 19) await pause();
  }
  const w = t.rewardModel.values();
  t.dispose();
  return (_prompt, reply) => linearScore(w, reply);
}
