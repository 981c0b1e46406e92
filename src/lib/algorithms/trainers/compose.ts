// The lab's engine: a preference-learning run assembled from the survey's four components — model, data,
// feedback, algorithm — on the toy world. `checkComposition` explains why a combination cannot run (it
// never just hides it); `composeTrainer` builds it from the engine's trainers, plugging the chosen
// feedback in as the labeler, scorer or filter the algorithm consumes, and returns one record shape.
import { correctnessRule, humanLabel, judge, pairwiseScore } from '../../feedback';
import { sigmoid } from '../../maths';
import { exactDistribution } from '../../model/policy';
import type { Rng } from '../../random';
import { CANDIDATES, K, P, replyText, utility, type Reply } from '../../world';
import { createBanditPairTrainer } from './bandit-pairs';
import { createKtoTrainer, createPairTrainer, createPointwiseTrainer, type Scorer } from './policy-trainers';
import { TRAINER_SPECS, type Signal } from './methods';
import { createRankingTrainer } from './ranking';
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
/** Why a combination cannot run, in one sentence; undefined when it can. */
export function checkComposition(
  c: Pick<LabChoice, 'model' | 'reference' | 'data' | 'feedback' | 'algorithm'>,
): string | undefined {
  const need = NEEDS(c.algorithm);
  const name = c.algorithm.toUpperCase();
  if (need === 'list' && c.model !== 'bandit')
    return `${name} ranks a list of candidates; in this toy the lists are the bandit model's four fixed replies, so choose the bandit model.`;
  if (need !== 'list' && need !== 'pair' && c.model === 'bandit')
    return `${name} trains on sampled token sequences; the bandit model has no tokens, so choose the autoregressive model.`;
  if (c.model === 'bandit' && ['simpo', 'orpo'].includes(c.algorithm))
    return `${name} length-normalises token log-probabilities; the bandit model has no tokens, so choose the autoregressive model.`;
  if (TRAINER_SPECS[c.algorithm].needsReference && !c.reference)
    return `${name} measures the policy against a frozen reference model; switch the reference on, or pick a reference-free method (SimPO, ORPO, RRHF, SFT).`;
  if (!FEEDBACK_GIVES[c.feedback].includes(need)) {
    const what = {
      scalar: 'a scalar reward for each reply',
      binary: 'a good/bad label for each reply',
      pair: 'a preferred reply in each pair',
      list: 'a full ranking of the candidates',
      demonstrations: 'demonstrations written by people',
    }[need];
    const from = {
      human: 'human labellers here compare, rank or approve replies but do not write scores',
      rule: 'a rule only says pass or fail, which cannot order a whole list',
      'reward-model': 'a reward model scores replies but does not write demonstrations',
      'pairwise-scorer': 'a pair-wise scorer only compares two replies',
      judge: 'this judge only compares two replies',
    }[c.feedback];
    return `${name} needs ${what}, and ${from}.`;
  }
  if (!DATA_FOR(c.algorithm).includes(c.data)) {
    return `${name} runs on ${DATA_FOR(c.algorithm)
      .map((d) => (d === 'best-of-n' ? 'best-of-N samples' : `${d} data`))
      .join(' or ')} in this engine.`;
  }
  if (c.model === 'bandit' && c.data !== 'off-policy' && need === 'list')
    return `${name} here ranks the fixed candidates once (off-policy).`;
  return undefined;
}

export interface LabRecord {
  step: number;
  loss: number;
  utility: number;
  kl: number;
  /** One example of the step with its gradient coefficient(s) δ (per token when the method has them). */
  example: { text: string; deltas: Array<{ label: string; delta: number }> };
  /** Extra series a preset watches (mean score under the reward model, reply length, a pair's numbers). */
  watch: Record<string, number>;
  /** The policy against the reference for prompt 0: the most likely replies. */
  distribution: Array<{ reply: string; policy: number; reference: number }>;
}

export interface LabOptions extends LabChoice {
  /** The reward model's scoring function (trained beforehand; see trainRewardScorer). */
  rewardModel?: Scorer;
}

export function composeTrainer(o: LabOptions) {
  const why = checkComposition(o);
  if (why) throw new Error(`composeTrainer: ${why}`);
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
      return wrap(
        () => {
          const r = t.step();
          return {
            loss: r.loss,
            utility: r.utility,
            kl: r.kl,
            example: {
              text: `prompt 0, target order ${rankings[0].map((k) => `“${replyText(CANDIDATES[0][k])}”`).join(' ≻ ')}`,
              deltas: r.terms.map((x) => ({ label: x.label, delta: x.value })),
            },
            watch: { agreement: r.agreement },
            distribution: CANDIDATES[0].map((c, k) => ({
              reply: replyText(c),
              policy: r.policy[0][k],
              reference: ref[k],
            })),
          };
        },
        () => t.dispose(),
      );
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
    return wrap(
      () => {
        const r = t.step();
        const pr = r.pair;
        return {
          loss: r.loss,
          utility: r.utility,
          kl: r.kl,
          example: {
            text: `prompt ${pr.prompt}: “${replyText(CANDIDATES[pr.prompt][pr.chosen])}” ≻ “${replyText(CANDIDATES[pr.prompt][pr.rejected])}”`,
            deltas: [
              { label: 'δ on the chosen reply', delta: r.delta.chosen },
              { label: 'δ on the rejected reply', delta: r.delta.rejected },
            ],
          },
          watch: { chosenLogp: pr.policyChosen, margin: pr.h },
          distribution: CANDIDATES[0].map((c, k) => ({
            reply: replyText(c),
            policy: r.policy[0][k],
            reference: r.reference[0][k],
          })),
        };
      },
      () => t.dispose(),
    );
  }

  // Autoregressive model.
  const distributionOf = (probs: ArrayLike<number>, refProbs: ArrayLike<number>) => {
    const d = exactDistribution(probs, 0);
    const r = exactDistribution(refProbs, 0);
    return [...d.p.keys()]
      .sort((a, b) => d.p[b] - d.p[a])
      .slice(0, 6)
      .map((i) => ({ reply: replyText(d.replies[i]), policy: d.p[i], reference: r.p[i] }));
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
    return wrap(
      () => {
        const r = t.step();
        const tokens = 'sample' in r ? r.sample : undefined;
        const example = tokens
          ? {
              text: `“${tokens.reply}” (score ${tokens.score.toFixed(3)})`,
              deltas: tokens.tokens.map((tk, i) => ({
                label: `δ for “${tk.token}”`,
                delta: (r as { delta: number[] }).delta[i],
              })),
            }
          : {
              text: 'the group of prompt 0',
              deltas: (r as { group: Array<{ reply: string; advantage: number }> }).group.map((g) => ({
                label: `Â for “${g.reply}”`,
                delta: g.advantage,
              })),
            };
        const texts = r.batch.map((b) => replyText(b.reply));
        return {
          loss: r.loss,
          utility: r.utility,
          kl: r.kl,
          example,
          watch: {
            score: r.batch.reduce((s, b) => s + scalar(b.prompt, b.reply), 0) / r.batch.length,
            length: meanLength(texts),
          },
          distribution: distributionOf(t.policy.table.probabilities(), refProbs),
        };
      },
      () => t.dispose(),
    );
  }
  if (a === 'kto') {
    const t = createKtoTrainer({ seed: o.seed, lr: o.lr, beta: o.beta, desirable: binary });
    const refProbs = t.reference.probabilities();
    return wrap(
      () => {
        const r = t.step();
        return {
          loss: r.loss,
          utility: r.utility,
          kl: r.kl,
          example: {
            text: 'replies labelled desirable (+) or undesirable (−)',
            deltas: r.samples.map((s) => ({ label: `“${s.reply}” ${s.kept ? '+' : '−'}`, delta: s.delta })),
          },
          watch: { length: meanLength(r.samples.map((s) => s.reply)) },
          distribution: distributionOf(t.policy.table.probabilities(), refProbs),
        };
      },
      () => t.dispose(),
    );
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
    return wrap(
      () => {
        const r = t.step();
        return {
          loss: r.loss,
          utility: r.utility,
          kl: r.kl,
          example: {
            text: r.samples[0]?.reply ?? '',
            deltas: r.samples.slice(0, 4).map((s) => ({ label: `δ for “${s.reply}”`, delta: s.delta })),
          },
          watch: {
            chosenLogp: r.meanChosenLogp,
            margin: r.meanMargin,
            length: meanLength(r.batch.map((b) => replyText(b.chosen))),
          },
          distribution: distributionOf(t.policy.table.probabilities(), refProbs),
        };
      },
      () => t.dispose(),
    );
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
  return wrap(
    () => {
      const r = t.step();
      return {
        loss: r.loss,
        utility: r.utility,
        kl: r.kl,
        example: {
          text: 'this step’s samples',
          deltas: r.samples.slice(0, 6).map((s) => ({ label: `δ for “${s.reply}”`, delta: s.delta })),
        },
        watch: { length: meanLength(r.samples.map((s) => s.reply)) },
        distribution: distributionOf(t.policy.table.probabilities(), refProbs),
      };
    },
    () => t.dispose(),
  );
}

function wrap(step: () => Omit<LabRecord, 'step'>, dispose: () => void) {
  let n = 0;
  return {
    step(): LabRecord {
      return { step: ++n, ...step() };
    },
    dispose,
  };
}
