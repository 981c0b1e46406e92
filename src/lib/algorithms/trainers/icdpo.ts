// Training-free selection in the style of ICDPO (the survey's Figure 3, last panel). The same model is
// asked twice: once as is, π(y|x), and once with demonstrations of good replies in its context,
// π(y|[d, x]). In the toy, a demonstration raises the logit of every word it contains by `alpha` (a
// stand-in for in-context learning). Each sampled candidate gets the score
//   S(d, x, y) = log π(y|[d, x]) − log π(y|x),
// and the candidate with the highest score is returned; no weight changes.
import { AutoregressivePolicy, replyLogp, type Sample } from '../../model/policy';
import { createRng } from '../../random';
import { P, replyText, utility, V, WORDS, type Reply } from '../../world';
import { demonstrations } from './policy-trainers';
import { rangeError } from '../../errors';

export interface IcdpoOptions {
  seed: number;
  candidates?: number;
  alpha?: number;
  demos?: Sample[];
}
export interface IcdpoCandidate {
  reply: string;
  logpPlain: number;
  logpWithDemos: number;
  score: number;
  utility: number;
}
export interface IcdpoResult {
  prompt: number;
  demos: string[];
  candidates: IcdpoCandidate[];
  picked: number;
  /** What picking by the plain model's own likelihood would have chosen, for contrast. */
  pickedByLikelihood: number;
}

export function icdpoSelect(options: IcdpoOptions): IcdpoResult[] {
  const { candidates = 6, alpha = 1.5 } = options;
  if (!Number.isInteger(candidates) || candidates < 2)
    throw rangeError(
      'icdpoSelect',
      'candidates',
      candidates,
      { min: 2, integer: true },
      `candidates must be a whole number ≥ 2, got ${candidates}`,
    );
  if (!Number.isFinite(alpha) || alpha < 0)
    throw rangeError('icdpoSelect', 'alpha', alpha, { min: 0 }, `alpha must be a finite number ≥ 0, got ${alpha}`);
  const rng = createRng(options.seed);
  const policy = new AutoregressivePolicy(rng, 0.6);
  const plain = policy.table.probabilities();
  const demos = options.demos ?? demonstrations();
  const results: IcdpoResult[] = [];
  for (let p = 0; p < P; p++) {
    const shown = demos.filter((d) => d.prompt === p);
    const boost = new Float32Array(WORDS.length + 1);
    for (const d of shown) for (const w of new Set(d.reply)) boost[w] += alpha;
    // π(·|[d, x]): the same logits plus the demonstrations' boost, renormalised per context.
    const weights = policy.table.weights.dataSync() as Float32Array;
    const withDemos = policy.table.probabilitiesOf(weights.map((w, i) => w + boost[i % V]));
    const seen = new Set<string>();
    const list: IcdpoCandidate[] = [];
    for (let i = 0; i < candidates * 4 && list.length < candidates; i++) {
      const reply: Reply = policy.sample(p, rng, {}, plain);
      if (seen.has(replyText(reply))) continue;
      seen.add(replyText(reply));
      const lp = replyLogp(plain, p, reply);
      const ld = replyLogp(withDemos, p, reply);
      list.push({
        reply: replyText(reply),
        logpPlain: lp,
        logpWithDemos: ld,
        score: ld - lp,
        utility: utility(p, reply),
      });
    }
    const argmax = (f: (c: IcdpoCandidate) => number) =>
      list.reduce((best, c, i) => (f(c) > f(list[best]) ? i : best), 0);
    results.push({
      prompt: p,
      demos: shown.map((d) => replyText(d.reply)),
      candidates: list,
      picked: argmax((c) => c.score),
      pickedByLikelihood: argmax((c) => c.logpPlain),
    });
  }
  policy.table.dispose();
  return results;
}
