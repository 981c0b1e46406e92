// What the lab tells the reader about a combination, read from the engine's method registry: what each
// algorithm needs, which number fields apply, and the nearest combination that trains. Kept apart from
// options.ts, which the tests load in Node without the engine.
import { checkComposition, TRAINER_SPECS, type LabAlgorithm } from '../../lib';
import { labChoice, type LabState } from './options';

/** The choices of each selector, in the order the page offers them (the algorithms: the registry's lab ones). */
export const LAB_CHOICES = {
  model: ['autoregressive', 'bandit'],
  reference: [true, false],
  data: ['off-policy', 'on-policy', 'best-of-n'],
  feedback: ['human', 'rule', 'reward-model', 'pairwise-scorer', 'judge'],
  algorithm: (Object.keys(TRAINER_SPECS) as Array<keyof typeof TRAINER_SPECS>).filter(
    (a) => TRAINER_SPECS[a].labData.length > 0,
  ) as LabAlgorithm[],
};
export type LabSelector = keyof typeof LAB_CHOICES;
const SELECTORS = Object.keys(LAB_CHOICES) as LabSelector[];

export type LabNeed = 'demonstrations' | 'scalar' | 'binary' | 'pair' | 'list' | 'reference';
/** What an algorithm needs, read from the engine's method registry: its feedback signal, then a reference model. */
export function algorithmNeeds(algorithm: string): LabNeed[] {
  const spec = TRAINER_SPECS[algorithm as LabAlgorithm];
  if (!spec) return [];
  return spec.needsReference ? [spec.signal, 'reference'] : [spec.signal];
}

export type LabParam = 'beta' | 'n' | 'noise' | 'positionBias' | 'verbosityBias' | 'rmPairs';
/**
 * Whether a number field changes the run, from the registry where the engine has it: β when the method's
 * defaults carry a β (or PPO's KL weight), N when they carry N or the method scores a group of its own samples
 * (GRPO); label noise only where the simulated humans give the pair or good/bad labels the method trains on;
 * the judge's biases only with the judge; the reward model's pairs only where a trained model gives feedback.
 */
export function fieldApplies(key: LabParam, s: LabState): boolean {
  const spec = TRAINER_SPECS[s.algorithm as LabAlgorithm];
  if (!spec) return true;
  switch (key) {
    case 'beta':
      return 'beta' in spec.defaults || 'klBeta' in spec.defaults;
    case 'n':
      return 'n' in spec.defaults || (spec.category === 'list-wise' && spec.consumes === 'samples');
    case 'noise':
      return s.feedback === 'human' && (spec.signal === 'pair' || spec.signal === 'binary');
    case 'positionBias':
    case 'verbosityBias':
      return s.feedback === 'judge';
    case 'rmPairs':
      return ['reward-model', 'pairwise-scorer'].includes(s.feedback);
  }
}

/**
 * The valid combination nearest to an invalid one: the fewest selectors changed (searched over every
 * combination of the others' options with the engine's checkComposition); among equals, the one that keeps the
 * algorithm, then the feedback, then the earliest options. Undefined when the state is already valid.
 */
export function nearestValid(s: LabState): { changes: Partial<LabState>; keys: LabSelector[] } | undefined {
  if (!checkComposition(labChoice(s))) return undefined;
  let best: { changes: Partial<LabState>; keys: LabSelector[]; cost: number } | undefined;
  // Cost: changed selectors first; changing the algorithm or feedback weighs a little more than the rest.
  const weight: Record<LabSelector, number> = { model: 1, reference: 1, data: 1, feedback: 1.01, algorithm: 1.02 };
  const walk = (i: number, changes: Partial<LabState>, cost: number) => {
    if (best && cost >= best.cost) return;
    if (i === SELECTORS.length) {
      if (!checkComposition(labChoice({ ...s, ...changes }))) {
        best = { changes, keys: Object.keys(changes) as LabSelector[], cost };
      }
      return;
    }
    const key = SELECTORS[i];
    for (const v of LAB_CHOICES[key]) {
      const same = v === s[key];
      walk(i + 1, same ? changes : { ...changes, [key]: v }, same ? cost : cost + weight[key]);
    }
  };
  walk(0, {}, 0);
  return best && { changes: best.changes, keys: best.keys };
}
