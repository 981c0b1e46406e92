// One interface for every trainer: `createTrainer(name, options)` returns
//   { name, spec, step(): StepRecord, state, snapshot(), restore(snapshot), dispose() }
// whatever the method, so a page (or a test) can drive any of them the same way. The per-method
// factories (policy-trainers, rl-trainers, ranking, pro) stay the place to read each algorithm; this
// file only adapts them, and adds to every record the unified view's δ for every example of the step,
// computed in closed form (./coefficients) from the log-probabilities BEFORE the step's update.
//
// Normalisation of δ (the same for all): −∇L = (1/B) Σ_examples Σ_t δ_t ∇log π(o_t), with B given in
// the record (`gradient.normaliser`): sequences with δ ≠ 0 for SFT/RFT/RAFT/ReMax, pairs for the
// pair-wise methods, replies for KTO, lists for the list-wise ones and tokens for PPO/GRPO.
// For the reward-model trainer δ multiplies ∇r_φ(x, y) instead of ∇log π.
//
// Snapshots hold the trained weights (policy table, critic or reward model) and the step count; they
// do not hold the sampler's random stream or optimiser state, so a restored trainer continues from
// the same weights but not necessarily with the same future samples.
import { tf } from '../../tf';
import { linearScore } from '../../model/features';
import { replyLogp, replyPositions } from '../../model/policy';
import { CANDIDATES, K, P, parseReply, replyText, type Reply } from '../../world';
import * as C from './coefficients';
import { TRAINER_NAMES, TRAINER_SPECS, type TrainerName, type TrainerSpec } from './methods';

export { TRAINER_NAMES, TRAINER_SPECS, type TrainerName, type TrainerSpec };
import { banditKl, banditUtility, expectedUtility, meanKl, sigmoid } from './common';
import {
  createKtoTrainer,
  createPairTrainer,
  createPointwiseTrainer,
  type PairMethod,
  type PointwiseMethod,
} from './policy-trainers';
import { createProTrainer } from './pro';
import { createRankingTrainer } from './ranking';
import { createGrpoTrainer, createPpoTrainer, createRewardModelTrainer } from './rl-trainers';
import { EngineError, finiteError, rangeError } from '../../errors';

/** One example's share of the step's gradient: its reply and δ on each of its tokens (or actions). */
export interface GradientExample {
  prompt: number;
  reply: string;
  /** e.g. 'chosen' / 'rejected', 'rank 1', 'desirable', 'kept'. */
  role: string;
  delta: number[];
}

export interface StepRecord {
  trainer: TrainerName;
  step: number;
  loss: number;
  /** Exact expected hidden utility after the step (absent for the reward-model trainer). */
  utility?: number;
  /** Exact mean KL(π ‖ π_ref) after the step (absent for the reward-model trainer). */
  kl?: number;
  gradient: { normaliser: number; of: 'log π' | 'r_φ'; examples: GradientExample[] };
  /** Other numbers of the step (e.g. the reward model's accuracies). */
  metrics: Record<string, number>;
  /** The underlying factory's own record, untouched. */
  details: unknown;
}

export interface TrainerSnapshot {
  trainer: TrainerName;
  step: number;
  weights: number[];
}

export interface Trainer {
  name: TrainerName;
  spec: TrainerSpec;
  step(): StepRecord;
  readonly state: { step: number; utility?: number; kl?: number };
  snapshot(): TrainerSnapshot;
  restore(snapshot: TrainerSnapshot): void;
  dispose(): void;
}

export type TrainerOptions = { seed?: number; lr?: number } & Record<string, unknown>;

const tokensOf = (prompt: number, reply: Reply) => replyPositions(prompt, reply).length;
const fill = (n: number, v: number) => new Array(n).fill(v);
const reply = (text: string): Reply => {
  const r = parseReply(text);
  if (typeof r === 'string') throw new Error(`createTrainer: a trainer reported an unreadable reply "${text}" (${r})`);
  return r;
};

interface Adapter {
  step(): { loss: number; details: unknown; gradient: StepRecord['gradient']; metrics?: Record<string, number> };
  measure(): { utility?: number; kl?: number };
  weights(): { get(): Float32Array; set(values: Float32Array): void };
  dispose(): void;
}

/** Creates the named trainer with its defaults overridden by `options` (seed defaults to 1). */
export function createTrainer(name: TrainerName, options: TrainerOptions = {}): Trainer {
  const base = (TRAINER_SPECS as Record<string, Omit<TrainerSpec, 'name'> | undefined>)[name];
  if (!base)
    throw new EngineError(
      'not-one-of',
      { fn: 'createTrainer', name: 'name', value: String(name), choices: TRAINER_NAMES },
      `createTrainer: name must be one of ${TRAINER_NAMES.join(', ')}; got ${JSON.stringify(name)}`,
    );
  const o = { seed: 1, ...base.defaults, ...options } as Record<string, unknown> & { seed: number; lr: number };
  if (!Number.isInteger(o.seed))
    throw rangeError('createTrainer', 'seed', o.seed, { integer: true }, `seed must be an integer, got ${o.seed}`);
  if (!(typeof o.lr === 'number' && o.lr > 0 && Number.isFinite(o.lr)))
    throw rangeError(
      'createTrainer',
      'lr',
      o.lr,
      { min: 0, exclusiveMin: true },
      `lr must be a finite number > 0, got ${o.lr}`,
    );
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'number' && !Number.isFinite(v))
      throw finiteError('createTrainer', k, v, `${k} must be a finite number, got ${v}`);
  }
  const adapter = adapt(name, o);
  let count = 0;
  let last = adapter.measure();
  const trainer: Trainer = {
    name,
    spec: { name, ...base },
    step() {
      const s = adapter.step();
      count++;
      last = adapter.measure();
      return {
        trainer: name,
        step: count,
        loss: s.loss,
        ...last,
        gradient: s.gradient,
        metrics: s.metrics ?? {},
        details: s.details,
      };
    },
    get state() {
      return { step: count, ...last };
    },
    snapshot() {
      return { trainer: name, step: count, weights: Array.from(adapter.weights().get()) };
    },
    restore(snap: TrainerSnapshot) {
      if (snap.trainer !== name) throw new Error(`restore: snapshot is of trainer "${snap.trainer}", not "${name}"`);
      const size = adapter.weights().get().length;
      if (snap.weights.length !== size)
        throw new Error(`restore: snapshot.weights has ${snap.weights.length} values, expected ${size}`);
      adapter.weights().set(Float32Array.from(snap.weights));
      count = snap.step;
      last = adapter.measure();
    },
    dispose: () => adapter.dispose(),
  };
  return trainer;
}

type AnyOptions = Record<string, unknown> & { seed: number; lr: number };

function adapt(name: TrainerName, o: AnyOptions): Adapter {
  const num = (k: string, fallback: number) => (typeof o[k] === 'number' ? (o[k] as number) : fallback);

  // Policies trained by a factory that exposes `policy.table` and `reference` (autoregressive).
  const autoregressive = (t: {
    policy: { table: { probabilities(): Float32Array; snapshot(): Float32Array; restore(v: Float32Array): void } };
    reference: { probabilities(): Float32Array };
    dispose(): void;
  }) => {
    const refProbs = t.reference.probabilities();
    return {
      refProbs,
      measure: () => {
        const probs = t.policy.table.probabilities();
        return { utility: expectedUtility(probs), kl: meanKl(probs, refProbs) };
      },
      // restore() inside tidy: the table's assign copies a temporary tensor that would otherwise leak.
      weights: () => ({
        get: () => t.policy.table.snapshot(),
        set: (v: Float32Array) => tf.tidy(() => t.policy.table.restore(v)),
      }),
      dispose: () => t.dispose(),
    };
  };

  if (name === 'sft' || name === 'rft' || name === 'raft' || name === 'remax') {
    const t = createPointwiseTrainer({ ...o, method: name as PointwiseMethod } as Parameters<
      typeof createPointwiseTrainer
    >[0]);
    return {
      ...autoregressive(t),
      step() {
        const r = t.step();
        const used = r.samples.filter((s) => s.delta !== 0);
        return {
          loss: r.loss,
          details: r,
          gradient: {
            normaliser: used.length,
            of: 'log π',
            examples: r.samples.map((s) => ({
              prompt: s.prompt,
              reply: s.reply,
              role: s.kept === false ? 'discarded' : name === 'remax' ? 'sampled' : 'kept',
              delta: fill(tokensOf(s.prompt, reply(s.reply)), s.delta),
            })),
          },
        };
      },
    };
  }

  if (name === 'dpo' || name === 'ipo' || name === 'cdpo' || name === 'hinge' || name === 'simpo' || name === 'orpo') {
    const t = createPairTrainer({ ...o, method: name as PairMethod } as Parameters<typeof createPairTrainer>[0]);
    return {
      ...autoregressive(t),
      step() {
        // The record carries each pair's δ (the registry's pair term, from the log-probs before the step).
        const r = t.step();
        const examples: GradientExample[] = r.batch.flatMap((pair, i) => [
          {
            prompt: pair.prompt,
            reply: replyText(pair.chosen),
            role: 'chosen',
            delta: fill(tokensOf(pair.prompt, pair.chosen), r.deltas[i]),
          },
          {
            prompt: pair.prompt,
            reply: replyText(pair.rejected),
            role: 'rejected',
            delta: fill(tokensOf(pair.prompt, pair.rejected), r.rejectedDeltas[i]),
          },
        ]);
        return { loss: r.loss, details: r, gradient: { normaliser: r.batch.length, of: 'log π', examples } };
      },
    };
  }

  if (name === 'kto') {
    const t = createKtoTrainer(o as unknown as Parameters<typeof createKtoTrainer>[0]);
    const a = autoregressive(t);
    const params = { beta: num('beta', 0.5), z0: num('z0', 0), lambdaD: num('lambdaD', 1), lambdaU: num('lambdaU', 1) };
    return {
      ...a,
      step() {
        const before = t.policy.table.probabilities();
        const r = t.step();
        const examples = t.data.map((d) => {
          const rr = replyLogp(before, d.prompt, d.reply) - replyLogp(a.refProbs, d.prompt, d.reply);
          const desirable = d.desirable === 1;
          return {
            prompt: d.prompt,
            reply: replyText(d.reply),
            role: desirable ? 'desirable' : 'undesirable',
            delta: fill(tokensOf(d.prompt, d.reply), C.ktoDelta(rr, desirable, params)),
          };
        });
        return { loss: r.loss, details: r, gradient: { normaliser: t.data.length, of: 'log π', examples } };
      },
    };
  }

  if (name === 'ppo' || name === 'grpo') {
    const t =
      name === 'ppo'
        ? createPpoTrainer(o as unknown as Parameters<typeof createPpoTrainer>[0])
        : createGrpoTrainer(o as unknown as Parameters<typeof createGrpoTrainer>[0]);
    return {
      ...autoregressive(t),
      step() {
        // Both records carry each token's δ at the sampling policy (PPO: A_t, its first epoch; GRPO:
        // Â + β(π_ref/π − 1)), in the token order of their batch.
        const r = t.step();
        let offset = 0;
        const examples = r.batch.map((s) => {
          const n = tokensOf(s.prompt, s.reply);
          const delta = r.deltas.slice(offset, offset + n);
          offset += n;
          return { prompt: s.prompt, reply: replyText(s.reply), role: 'sampled', delta };
        });
        return { loss: r.loss, details: r, gradient: { normaliser: r.deltas.length, of: 'log π', examples } };
      },
    };
  }

  if (name === 'rrhf' || name === 'plackett-luce') {
    const t = createRankingTrainer({ ...o, method: name } as Parameters<typeof createRankingTrainer>[0]);
    const refProbs = t.reference.probabilities();
    const rewards = [...Array(K).keys()].map((i) => K - 1 - i); // the ranking trainer's RRHF rewards
    return {
      measure: () => {
        const probs = t.policy.table.probabilities();
        return { utility: banditUtility(probs), kl: banditKl(probs, refProbs) };
      },
      weights: () => ({
        get: () => t.policy.table.snapshot(),
        set: (v: Float32Array) => tf.tidy(() => t.policy.table.restore(v)),
      }),
      dispose: () => t.dispose(),
      step() {
        const before = t.policy.table.probabilities();
        const r = t.step();
        const examples: GradientExample[] = [];
        t.rankings.forEach((ranking, p) => {
          const scores = ranking.map((k) => Math.log(before[p * K + k]));
          const deltas = name === 'rrhf' ? C.rrhfDeltas(scores, rewards, undefined, 1) : C.plackettLuceDeltas(scores);
          ranking.forEach((k, i) =>
            examples.push({ prompt: p, reply: replyText(CANDIDATES[p][k]), role: `rank ${i + 1}`, delta: [deltas[i]] }),
          );
        });
        return { loss: r.loss, details: r, gradient: { normaliser: P, of: 'log π', examples } };
      },
    };
  }

  if (name === 'pro') {
    const t = createProTrainer(o as unknown as Parameters<typeof createProTrainer>[0]);
    return {
      ...autoregressive(t),
      step() {
        const r = t.step();
        const examples = r.lists.flatMap((l) =>
          l.replies.map((x, i) => ({
            prompt: l.prompt,
            reply: x.reply,
            role: `rank ${i + 1}`,
            delta: fill(tokensOf(l.prompt, reply(x.reply)), x.delta),
          })),
        );
        return { loss: r.loss, details: r, gradient: { normaliser: r.lists.length, of: 'log π', examples } };
      },
    };
  }

  // The reward-model trainer: δ multiplies ∇r_φ — σ(r⁻ − r⁺) on the chosen reply and its negative on
  // the rejected one (Bradley–Terry), or label − σ(r) per reply (binary classifier, chosen = 1).
  const t = createRewardModelTrainer(o as unknown as Parameters<typeof createRewardModelTrainer>[0]);
  const binary = o.loss === 'binary';
  return {
    measure: () => ({}),
    weights: () => ({
      get: () => Float32Array.from(t.rewardModel.values()),
      set: (v: Float32Array) => tf.tidy(() => t.rewardModel.weights.assign(tf.tensor1d(v))),
    }),
    dispose: () => t.dispose(),
    step() {
      const w = t.rewardModel.values();
      const score = (y: Reply) => linearScore(w, y);
      const r = t.step();
      const examples = t.train.flatMap((pair) => {
        const sc = score(pair.chosen);
        const sr = score(pair.rejected);
        const dc = binary ? 1 - sigmoid(sc) : sigmoid(sr - sc);
        const dr = binary ? -sigmoid(sr) : -sigmoid(sr - sc);
        return [
          { prompt: pair.prompt, reply: replyText(pair.chosen), role: 'chosen', delta: [dc] },
          { prompt: pair.prompt, reply: replyText(pair.rejected), role: 'rejected', delta: [dr] },
        ];
      });
      return {
        loss: r.loss,
        details: r,
        gradient: { normaliser: binary ? 2 * t.train.length : t.train.length, of: 'r_φ', examples },
        metrics: { trainAccuracy: r.trainAccuracy, heldOutAccuracy: r.heldOutAccuracy },
      };
    },
  };
}
