// Exact label probabilities of the toy's simulated labellers, and what their biases do, with no sampling:
// the Bradley–Terry "human" (humanLabel in ./index.ts) and the LLM judge with position and verbosity
// biases (judge in ./index.ts) give a preference with a probability that is a sigmoid of a utility gap;
// here those probabilities are summed over the bandit's candidate pairs (the feedback chapter's
// example) and over two whole policies' replies (the evaluation chapter's win rates). Plain arithmetic.
import { allReplies, CANDIDATES, K, P, utility, type Reply } from '../world';
import { rangeError } from '../errors';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface JudgeBias {
  positionBias: number;
  verbosityBias: number;
  noise: number;
}

/** P(a ≻ b) for the Bradley–Terry human with this noise (0: the higher utility always wins, ties ½). */
export function humanPreferProbability(prompt: number, a: Reply, b: Reply, noise: number): number {
  if (!(noise >= 0) || !Number.isFinite(noise))
    throw rangeError('humanPreferProbability', 'noise', noise, { min: 0 }, `noise must be ≥ 0, got ${noise}`);
  const d = utility(prompt, a) - utility(prompt, b);
  return noise === 0 ? (d > 0 ? 1 : d < 0 ? 0 : 0.5) : sigmoid(d / noise);
}

/** P(the judge picks the reply shown first), as judge() draws it. */
export function judgeFirstProbability(
  prompt: number,
  first: Reply,
  second: Reply,
  { positionBias, verbosityBias, noise }: JudgeBias,
): number {
  if (!(noise >= 0) || !Number.isFinite(noise))
    throw rangeError('judgeFirstProbability', 'noise', noise, { min: 0 }, `noise must be ≥ 0, got ${noise}`);
  const seen = (y: Reply) => utility(prompt, y) + verbosityBias * y.length;
  const d = seen(first) - seen(second) + positionBias;
  return noise === 0 ? (d >= 0 ? 1 : 0) : sigmoid(d / noise);
}

export interface CandidatePair {
  prompt: number;
  a: number;
  b: number;
  ua: number;
  ub: number;
  /** P(human prefers a), P(judge prefers a when a is shown first), P(judge prefers a when shown second). */
  human: number;
  judgeAFirst: number;
  judgeASecond: number;
}

/** The six pairs of one prompt's four bandit candidates, a before b in candidate order. */
export function candidatePairs(prompt: number, humanNoise: number, judge: JudgeBias): CandidatePair[] {
  const out: CandidatePair[] = [];
  const c = CANDIDATES[prompt];
  for (let a = 0; a < K; a++)
    for (let b = a + 1; b < K; b++) {
      out.push({
        prompt,
        a,
        b,
        ua: utility(prompt, c[a]),
        ub: utility(prompt, c[b]),
        human: humanPreferProbability(prompt, c[a], c[b], humanNoise),
        judgeAFirst: judgeFirstProbability(prompt, c[a], c[b], judge),
        judgeASecond: 1 - judgeFirstProbability(prompt, c[b], c[a], judge),
      });
    }
  return out;
}

export interface BiasSummary {
  /** P(the label names the reply of higher hidden utility), over all candidate pairs (judge: both orders). */
  humanAgreement: number;
  judgeAgreement: number;
  /** P(the judge picks whichever reply it is shown first). */
  judgeFirstWins: number;
  /** Among pairs of unequal length: P(the longer reply is preferred) by the hidden utility, humans, judge. */
  utilityLongerWins: number;
  humanLongerWins: number;
  judgeLongerWins: number;
}

/** Averages over the 18 candidate pairs of the toy (6 per prompt); ties in utility count as neither. */
export function biasSummary(humanNoise: number, judge: JudgeBias): BiasSummary {
  const pairs = [...Array(P).keys()].flatMap((p) => candidatePairs(p, humanNoise, judge));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const decided = pairs.filter((q) => q.ua !== q.ub);
  const aBetter = (q: CandidatePair) => q.ua > q.ub;
  const long = pairs.filter((q) => CANDIDATES[q.prompt][q.a].length !== CANDIDATES[q.prompt][q.b].length);
  const aLonger = (q: CandidatePair) => CANDIDATES[q.prompt][q.a].length > CANDIDATES[q.prompt][q.b].length;
  const judgeA = (q: CandidatePair) => (q.judgeAFirst + q.judgeASecond) / 2;
  return {
    humanAgreement: mean(decided.map((q) => (aBetter(q) ? q.human : 1 - q.human))),
    judgeAgreement: mean(decided.map((q) => (aBetter(q) ? judgeA(q) : 1 - judgeA(q)))),
    judgeFirstWins: mean(pairs.map((q) => (q.judgeAFirst + (1 - q.judgeASecond)) / 2)),
    utilityLongerWins: mean(long.map((q) => (q.ua === q.ub ? 0.5 : q.ua > q.ub === aLonger(q) ? 1 : 0))),
    humanLongerWins: mean(long.map((q) => (aLonger(q) ? q.human : 1 - q.human))),
    judgeLongerWins: mean(long.map((q) => (aLonger(q) ? judgeA(q) : 1 - judgeA(q)))),
  };
}

const REPLIES = allReplies();

/**
 * A policy over all 584 replies of a prompt, π(y) ∝ exp((u(y) + lengthBonus·|y|)/τ): τ sets how sharp it
 * is, and a positive lengthBonus stands for a policy that learned to pad its answers.
 */
export function tiltedPolicy(prompt: number, tau: number, lengthBonus: number): number[] {
  if (!(tau > 0) || !Number.isFinite(tau))
    throw rangeError('tiltedPolicy', 'tau', tau, { min: 0, exclusiveMin: true }, `tau must be > 0, got ${tau}`);
  const s = REPLIES.map((y) => (utility(prompt, y) + lengthBonus * y.length) / tau);
  const m = Math.max(...s);
  const w = s.map((v) => Math.exp(v - m));
  const z = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / z);
}

export interface WinRate {
  /** P(B's reply has higher hidden utility than A's), ties counted as half. */
  trueWinRate: number;
  /** P(the judge prefers B's reply), with B shown first half the time and second half the time. */
  judgedWinRate: number;
  meanLengthA: number;
  meanLengthB: number;
  utilityA: number;
  utilityB: number;
}

/** Win rate of policy B over policy A on one prompt, exactly (every pair of replies, both orders). */
export function winRate(prompt: number, policyA: number[], policyB: number[], judge: JudgeBias): WinRate {
  const { positionBias, verbosityBias, noise } = judge;
  if (!(noise > 0) || !Number.isFinite(noise))
    throw rangeError(
      'winRate',
      'noise',
      noise,
      { min: 0, exclusiveMin: true },
      `the judge's noise must be > 0, got ${noise}`,
    );
  const u = REPLIES.map((y) => utility(prompt, y));
  // What the judge sees of each reply, as judgeFirstProbability computes it, precomputed for the double sum.
  const seen = REPLIES.map((y, i) => u[i] + verbosityBias * y.length);
  let truth = 0;
  let judged = 0;
  for (let i = 0; i < REPLIES.length; i++) {
    if (policyA[i] < 1e-15) continue;
    for (let j = 0; j < REPLIES.length; j++) {
      const w = policyA[i] * policyB[j];
      if (w < 1e-18) continue;
      truth += w * (u[j] > u[i] ? 1 : u[j] === u[i] ? 0.5 : 0);
      const d = seen[j] - seen[i];
      // B shown first half the time (its bonus +position), second half the time (A gets it).
      judged += (w * (sigmoid((d + positionBias) / noise) + 1 - sigmoid((-d + positionBias) / noise))) / 2;
    }
  }
  const mean = (pi: number[], f: (i: number) => number) => pi.reduce((s, p, i) => s + p * f(i), 0);
  return {
    trueWinRate: truth,
    judgedWinRate: judged,
    meanLengthA: mean(policyA, (i) => REPLIES[i].length),
    meanLengthB: mean(policyB, (i) => REPLIES[i].length),
    utilityA: mean(policyA, (i) => u[i]),
    utilityB: mean(policyB, (i) => u[i]),
  };
}
