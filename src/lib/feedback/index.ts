// Feedback: what turns replies into a training signal (the survey's §5).
//
// Direct feedback — labels drawn from the hidden utility with the Bradley–Terry model (a noise knob
// scales how random the "human" is), and hand-designed rules: a correctness rule (does the reply use
// the prompt's topic word?).
// Model-based feedback — a trained reward model's scores (see model/reward-model.ts), a pair-wise
// scorer, and a simulated LLM judge with position and verbosity biases.
import { sigmoid } from '../maths';
import type { Rng } from '../random';
import { PROMPTS, utility, WORDS, type Reply } from '../world';
import { rangeError } from '../errors';

export interface PairLabel {
  chosen: Reply;
  rejected: Reply;
  pChosen: number;
}

/**
 * A human label for two replies: y1 is preferred with probability σ((u1 − u2) / noise). noise → 0 gives
 * deterministic labels (the higher-utility reply always wins; ties broken by the coin).
 */
export function humanLabel(prompt: number, y1: Reply, y2: Reply, rng: Rng, noise = 1): PairLabel {
  if (!(noise >= 0)) throw rangeError('humanLabel', 'noise', noise, { min: 0 }, `noise must be ≥ 0, got ${noise}`);
  const d = utility(prompt, y1) - utility(prompt, y2);
  const p = noise === 0 ? (d > 0 ? 1 : d < 0 ? 0 : 0.5) : sigmoid(d / noise);
  return rng.next() < p ? { chosen: y1, rejected: y2, pChosen: p } : { chosen: y2, rejected: y1, pChosen: 1 - p };
}

/** Correctness rule: a reply is "correct" when it contains the prompt's topic word. */
export function correctnessRule(prompt: number, reply: Reply): boolean {
  return reply.includes((WORDS as readonly string[]).indexOf(PROMPTS[prompt].topic));
}

export interface JudgeOptions {
  /** Extra preference for whichever reply is shown first, in utility units. */
  positionBias?: number;
  /** Extra preference per additional word, in utility units (a judge that likes long answers). */
  verbosityBias?: number;
  noise?: number;
}

/** A simulated LLM-as-a-judge: the hidden utility seen through position and verbosity biases. */
export function judge(prompt: number, first: Reply, second: Reply, rng: Rng, options: JudgeOptions = {}): PairLabel {
  const { positionBias = 0, verbosityBias = 0, noise = 0.5 } = options;
  const seen = (y: Reply) => utility(prompt, y) + verbosityBias * y.length;
  const d = seen(first) - seen(second) + positionBias;
  const p = noise === 0 ? (d >= 0 ? 1 : 0) : sigmoid(d / noise);
  return rng.next() < p
    ? { chosen: first, rejected: second, pChosen: p }
    : { chosen: second, rejected: first, pChosen: 1 - p };
}

/** A pair-wise scorer: the probability that the first reply beats the second, from reward scores. */
export function pairwiseScore(scoreFirst: number, scoreSecond: number): number {
  return sigmoid(scoreFirst - scoreSecond);
}
export * from './bias';
