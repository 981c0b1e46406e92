// The lab's engine: a preference-learning run assembled from the survey's four components — model, data,
// feedback, algorithm — on the toy world. `checkComposition` explains why a combination cannot run (it
// never just hides it); `composeTrainer` builds it from the engine's trainers, plugging the chosen
// feedback in as the labeler, scorer or filter the algorithm consumes, and returns one record shape.
import { correctnessRule, humanLabel, judge, pairwiseScore } from '../../feedback';
import { sigmoid } from '../../maths';
import { exactDistribution } from '../../model/policy';
import type { Rng } from '../../random';
import { CANDIDATES, K, P, replyText, utility, type Reply } from '../../world';
import { engineError, type CompositionCode } from '../../errors';
import { createBanditPairTrainer } from './bandit-pairs';
import { createKtoTrainer, createPairTrainer, createPointwiseTrainer, type Scorer } from './policy-trainers';
import { TRAINER_SPECS, type Signal } from './methods';
import { createRankingTrainer, type RankingTerm } from './ranking';
import { createGrpoTrainer, createPpoTrainer } from './rl-trainers';

export type LabModel = 'bandit' | 'autoregressive';
export type LabData = 'on-policy' | 'best-of-n' | 'off-policy';
export type LabFeedback = 'human' | 'rule' | 'reward-model' | 'pairwise-scorer' | 'judge';
export type LabAlgorithm =
  | 'sft'
  | 'rft'
  | 'raft'
  | 'remax'
  | 'ppo'
  | 'grpo'
  | 'kto'
  | 'dpo'
  | 'ipo'
  | 'cdpo'
  | 'hinge'
  | 'simpo'
  | 'orpo'
  | 'rrhf'
  | 'plackett-luce';

export interface LabChoice {
  model: LabModel;
  reference: boolean;
  data: LabData;
  feedback: LabFeedback;
  algorithm: LabAlgorithm;
  seed: number;
  lr: number;
  beta: number;
  /** Label noise of the simulated humans. */
  noise: number;
  /** Samples per prompt (best-of-N, RFT). */
  n: number;
  positionBias: number;
  verbosityBias: number;
}

/** What each algorithm consumes and which data it runs on: read from the method registry (methods.ts). */
const NEEDS = (a: LabAlgorithm) => TRAINER_SPECS[a].signal;
const DATA_FOR = (a: LabAlgorithm) => TRAINER_SPECS[a].labData;
const FEEDBACK_GIVES: Record<LabFeedback, Signal[]> = {
  human: ['pair', 'binary', 'list', 'demonstrations'],
  rule: ['scalar', 'binary', 'pair'],
  'reward-model': ['scalar', 'binary', 'pair', 'list'],
  'pairwise-scorer': ['pair'],
  judge: ['pair'],
};
/** Why a combination cannot run, as a code and its parameters (the lab writes the sentence). */
export interface CompositionIssue {
  code: CompositionCode;
  algorithm: LabAlgorithm;
  /** feedback-mismatch: the signal the method needs. */
  need?: Signal;
  /** feedback-mismatch: the feedback that cannot give it. */
  feedback?: LabFeedback;
  /** data-mismatch: the data the method runs on in this engine, and the data chosen instead. */
  data?: LabData[];
  chosen?: LabData;
}

/** Why a combination cannot run; undefined when it can. */
export function checkComposition(
  c: Pick<LabChoice, 'model' | 'reference' | 'data' | 'feedback' | 'algorithm'>,
): CompositionIssue | undefined {
  const need = NEEDS(c.algorithm);
  const algorithm = c.algorithm;
  if (need === 'list' && c.model !== 'bandit') return { code: 'list-needs-bandit', algorithm };
  if (need !== 'list' && need !== 'pair' && c.model === 'bandit') return { code: 'needs-tokens', algorithm };
  if (c.model === 'bandit' && ['simpo', 'orpo'].includes(c.algorithm))
    return { code: 'length-needs-tokens', algorithm };
  if (TRAINER_SPECS[c.algorithm].needsReference && !c.reference) return { code: 'needs-reference', algorithm };
  if (!FEEDBACK_GIVES[c.feedback].includes(need))
    return { code: 'feedback-mismatch', algorithm, need, feedback: c.feedback };
  if (!DATA_FOR(c.algorithm).includes(c.data))
    return { code: 'data-mismatch', algorithm, data: [...DATA_FOR(c.algorithm)], chosen: c.data };
  // A list-wise method on the bandit with other data than off-policy is refused above: the list-wise
  // methods run on off-policy data only (their registry entry), as the bandit's rankings are fixed.
  return undefined;
}

/**
 * One example of the step with its gradient coefficient(s) δ, as numbers and the toy world's ids (reply
 * texts are the world's words; a candidate is its index in CANDIDATES[prompt]). How it is written, and
 * how many of its rows are shown, is the lab's view (src/widgets/lab/view.ts).
 */
export type LabExample =
  /** List-wise on the bandit: prompt 0's target order (candidate indices, best first) and its loss terms. */
  | { kind: 'ranking'; prompt: number; order: number[]; terms: RankingTerm[] }
  /** Pair-wise on the bandit: the pair the trainer shows, with δ on each reply. */
  | {
      kind: 'candidate-pair';
      prompt: number;
      chosen: number;
      rejected: number;
      delta: { chosen: number; rejected: number };
    }
  /** PPO: one sampled reply, its score and δ per token. */
  | { kind: 'tokens'; prompt: number; reply: string; score: number; tokens: Array<{ token: string; delta: number }> }
  /** GRPO: prompt 0's group, with each reply's advantage. */
  | { kind: 'group'; prompt: number; replies: Array<{ reply: string; advantage: number }> }
  /** KTO: replies labelled desirable or not, with δ. */
  | { kind: 'labelled'; replies: Array<{ prompt: number; reply: string; desirable: boolean; delta: number }> }
  /** Pair-wise on the autoregressive model: the batch's pairs, δ on the chosen reply. */
  | { kind: 'pairs'; pairs: Array<{ prompt: number; chosen: string; rejected: string; delta: number }> }
  /** SFT, RFT, RAFT, ReMax: this step's samples with δ. */
  | { kind: 'samples'; samples: Array<{ prompt: number; reply: string; delta: number; kept?: boolean }> };

export interface LabRecord {
  step: number;
  loss: number;
  utility: number;
  kl: number;
  example: LabExample;
  /** Extra series a preset watches (mean score under the reward model, reply length, a pair's numbers). */
  watch: Record<string, number>;
  /**
   * The policy against the reference for prompt 0, over every reply the model has (the bandit's four
   * candidates, or all replies of the autoregressive model, in the engine's order).
   */
  distribution: { replies: string[]; policy: number[]; reference: number[] };
}

export interface LabOptions extends LabChoice {
  /** The reward model's scoring function (trained beforehand; see trainRewardScorer). */
  rewardModel?: Scorer;
}

export function composeTrainer(o: LabOptions) {
  const why = checkComposition(o);
  if (why)
    throw engineError(
      'cannot-compose',
      'composeTrainer',
      { reason: why.code, algorithm: why.algorithm },
      `${o.algorithm} cannot run with these parts (${why.code})`,
    );
  const rm = o.rewardModel ?? ((p: number, y: Reply) => utility(p, y));
  const rule = (p: number, y: Reply) => correctnessRule(p, y);
  const scalar: Scorer = o.feedback === 'rule' ? (p, y) => (rule(p, y) ? 1 : 0) : rm;
  // A good/bad label. People say "good" with probability σ(u/noise), drawn from the trainer's own
  // generator, so the noise knob changes the labels (noise 0: exactly when u > 0).
  const binary = (p: number, y: Reply, rng: Rng) =>
    o.feedback === 'rule'
      ? rule(p, y)
      : o.feedback === 'reward-model'
        ? rm(p, y) > 0
        : o.noise === 0
          ? utility(p, y) > 0
          : rng.next() < sigmoid(utility(p, y) / o.noise);
  const label = (p: number, a: Reply, b: Reply, rng: Rng): { chosen: Reply; rejected: Reply } => {
    if (o.feedback === 'judge')
      return judge(p, a, b, rng, { positionBias: o.positionBias, verbosityBias: o.verbosityBias });
    if (o.feedback === 'rule') {
      const ra = rule(p, a);
      const rb = rule(p, b);
      const aWins = ra === rb ? rng.next() < 0.5 : ra;
      return aWins ? { chosen: a, rejected: b } : { chosen: b, rejected: a };
    }
    if (o.feedback === 'reward-model')
      return rm(p, a) >= rm(p, b) ? { chosen: a, rejected: b } : { chosen: b, rejected: a };
    if (o.feedback === 'pairwise-scorer')
      return rng.next() < pairwiseScore(rm(p, a), rm(p, b)) ? { chosen: a, rejected: b } : { chosen: b, rejected: a };
    return humanLabel(p, a, b, rng, o.noise);
  };
  const meanLength = (texts: string[]) =>
    texts.reduce((s, t) => s + t.split(' ').length, 0) / Math.max(texts.length, 1);

  // The bandit's distribution is over its four candidates of prompt 0, in candidate order.
  const candidates = CANDIDATES[0].map(replyText);
  const banditDistribution = (policy: number[][], reference: number[]) => ({
    replies: candidates,
    policy: [...policy[0]],
    reference: [...reference],
  });

  if (o.model === 'bandit') {
    if (NEEDS(o.algorithm) === 'list') {
      const rankings = [...Array(P).keys()].map((p) => {
        const key = (k: number) =>
          o.feedback === 'reward-model' ? rm(p, CANDIDATES[p][k]) : utility(p, CANDIDATES[p][k]);
        return [...Array(K).keys()].sort((a, b) => key(b) - key(a));
      });
      const t = createRankingTrainer({
        seed: o.seed,
        lr: o.lr,
        method: o.algorithm as 'rrhf' | 'plackett-luce',
        rankings,
      });
      const ref = t.reference.probabilities();
      return wrap(() => {
        const r = t.step();
        return {
          ...measured(r),
          example: { kind: 'ranking', prompt: 0, order: rankings[0], terms: r.terms },
          watch: { agreement: r.agreement },
          distribution: banditDistribution(r.policy, Array.from(ref.subarray(0, K))),
        };
      }, t.dispose);
    }
    const t = createBanditPairTrainer({
      seed: o.seed,
      lr: o.lr,
      beta: o.beta,
      tau: 1 / (2 * Math.max(o.beta, 1e-3)),
      method: o.algorithm as 'dpo',
      mode: o.data === 'on-policy' ? 'online' : 'offline',
      noise: o.noise,
      label:
        o.feedback === 'human'
          ? undefined
          : (p, a, b, rng) => (label(p, CANDIDATES[p][a], CANDIDATES[p][b], rng).chosen === CANDIDATES[p][a] ? a : b),
      showPair: 5,
    });
    return wrap(() => {
      const r = t.step();
      const { prompt, chosen, rejected } = r.pair;
      return {
        ...measured(r),
        example: { kind: 'candidate-pair', prompt, chosen, rejected, delta: r.delta },
        watch: { chosenLogp: r.pair.policyChosen, margin: r.pair.h },
        distribution: banditDistribution(r.policy, r.reference[0]),
      };
    }, t.dispose);
  }

  // Autoregressive model: prompt 0's distribution over every reply, in the engine's order.
  const distributionOf = (probs: ArrayLike<number>, refProbs: ArrayLike<number>) => {
    const d = exactDistribution(probs, 0);
    const r = exactDistribution(refProbs, 0);
    return { replies: d.replies.map(replyText), policy: Array.from(d.p), reference: Array.from(r.p) };
  };
  const a = o.algorithm;
  if (a === 'ppo' || a === 'grpo') {
    const t =
      a === 'ppo'
        ? createPpoTrainer({
            seed: o.seed,
            lr: o.lr,
            klBeta: o.beta,
            clipEps: 0.2,
            mode: o.data === 'off-policy' ? 'offline' : 'online',
            score: scalar,
          })
        : createGrpoTrainer({ seed: o.seed, lr: o.lr, beta: o.beta, score: scalar, groupSize: Math.max(2, o.n) });
    const refProbs = t.reference.probabilities();
    return wrap(() => {
      const r = t.step();
      const example: LabExample =
        'sample' in r
          ? {
              kind: 'tokens',
              prompt: r.sample.prompt,
              reply: r.sample.reply,
              score: r.sample.score,
              tokens: r.sample.tokens.map((tk, i) => ({ token: tk.token, delta: r.delta[i] })),
            }
          : { kind: 'group', prompt: 0, replies: r.group.map((g) => ({ reply: g.reply, advantage: g.advantage })) };
      return {
        ...measured(r),
        example,
        watch: {
          score: r.batch.reduce((s, b) => s + scalar(b.prompt, b.reply), 0) / r.batch.length,
          length: meanLength(r.batch.map((b) => replyText(b.reply))),
        },
        distribution: distributionOf(t.policy.table.probabilities(), refProbs),
      };
    }, t.dispose);
  }
  if (a === 'kto') {
    const t = createKtoTrainer({ seed: o.seed, lr: o.lr, beta: o.beta, desirable: binary });
    const refProbs = t.reference.probabilities();
    return wrap(() => {
      const r = t.step();
      const replies = r.samples.map((s) => ({
        prompt: s.prompt,
        reply: s.reply,
        desirable: Boolean(s.kept),
        delta: s.delta,
      }));
      return {
        ...measured(r),
        example: { kind: 'labelled', replies },
        watch: { length: meanLength(r.samples.map((s) => s.reply)) },
        distribution: distributionOf(t.policy.table.probabilities(), refProbs),
      };
    }, t.dispose);
  }
  if (NEEDS(a) === 'pair') {
    const t = createPairTrainer({
      seed: o.seed,
      lr: o.lr,
      method: a as 'dpo',
      beta: o.beta,
      tau: 1 / (2 * Math.max(o.beta, 1e-3)),
      mode: o.data === 'on-policy' ? 'online' : 'offline',
      label,
    });
    const refProbs = t.reference.probabilities();
    return wrap(() => {
      const r = t.step();
      const pairs = r.samples.map((s) => ({
        prompt: s.prompt,
        chosen: s.reply,
        rejected: s.rejected ?? '',
        delta: s.delta,
      }));
      return {
        ...measured(r),
        example: { kind: 'pairs', pairs },
        watch: {
          chosenLogp: r.meanChosenLogp,
          margin: r.meanMargin,
          length: meanLength(r.batch.map((b) => replyText(b.chosen))),
        },
        distribution: distributionOf(t.policy.table.probabilities(), refProbs),
      };
    }, t.dispose);
  }
  // SFT, RFT, RAFT, ReMax.
  const t = createPointwiseTrainer({
    seed: o.seed,
    lr: o.lr,
    method: a as 'sft',
    n: o.n,
    reward: scalar,
    rule: binary,
  });
  const refProbs = t.reference.probabilities();
  return wrap(() => {
    const r = t.step();
    const samples = r.samples.map((s) => ({ prompt: s.prompt, reply: s.reply, delta: s.delta, kept: s.kept }));
    return {
      ...measured(r),
      example: { kind: 'samples', samples },
      watch: { length: meanLength(r.samples.map((s) => s.reply)) },
      distribution: distributionOf(t.policy.table.probabilities(), refProbs),
    };
  }, t.dispose);
}

/** The three numbers every step reports, from any trainer's record. */
const measured = (r: { loss: number; utility: number; kl: number }) => ({ loss: r.loss, utility: r.utility, kl: r.kl });

function wrap(step: () => Omit<LabRecord, 'step'>, dispose: () => void) {
  let n = 0;
  return {
    step(): LabRecord {
      return { step: ++n, ...step() };
    },
    dispose,
  };
}
