// Reader-visible sentences of the lab, in one place for the translated edition.
export const LAB_STRINGS = {
  label: {
    beta: 'β',
    noise: 'label noise',
    n: 'N',
    positionBias: 'judge position bias',
    verbosityBias: 'judge verbosity bias',
    rmPairs: 'RM pairs per prompt',
  },
  watch: {
    score: 'mean score of the samples under the training reward',
    length: 'mean reply length (words)',
    margin: 'implicit reward margin',
    chosenLogp: 'log-probability of the chosen reply',
    agreement: 'agreement with the target ranking',
  } as Record<string, string>,
  cannotTrain: 'a combination this engine cannot train.',
  unnamed: 'no named method in the survey — an open cell of the taxonomy.',
  whyNot: (why: string) => `Why not: ${why}`,
  betaZero: (algorithm: string) =>
    `β = 0 is allowed only where β weighs a KL penalty (PPO, GRPO); ${algorithm} needs β above 0.`,
  trainingRewardModel: 'Training the reward model for this seed…',
  stepped: (loss: string, utility: string, kl: string) => `loss ${loss}, hidden utility ${utility}, KL ${kl}.`,
  pinned: (steps: number) => `Pinned this run (${steps} steps); change a component and train to compare.`,
  cannotSweep: (why: string) => `Cannot sweep: ${why}`,
  sweepProgress: (beta: number, done: number, of: number) => `Sweep: β = ${beta} done (${done} of ${of}).`,
  sweepSkipped: (beta: number) => `β = ${beta} overflowed and is left out`,
  frontierReady: (points: string) => `Frontier ready: ${points}.`,
  frontierPoint: (beta: number, kl: string, utility: string) => `β ${beta}: KL ${kl}, utility ${utility}`,
  frontierAxisX: 'KL(π_θ ‖ π_ref) at the end of the run',
  frontierAxisY: 'hidden utility',
  frontierLabel: (beta: number) => `β ${beta}`,
  /** What each need of an algorithm is called in the algorithm's description line (from the registry). */
  need: {
    demonstrations: 'demonstrations written by people',
    scalar: 'a scalar reward for each reply',
    binary: 'a good/bad label for each reply',
    pair: 'pairs with a preferred reply',
    list: 'a ranking of several candidates',
    reference: 'a reference model',
  } as Record<string, string>,
  needs: (algorithm: string, needs: string[]) => `${algorithm} needs ${needs.join(' and ')}.`,
  /** Short form after each algorithm's name in the select. */
  needShort: {
    demonstrations: 'demonstrations',
    scalar: 'scalar reward',
    binary: 'good/bad labels',
    pair: 'pairs',
    list: 'ranked list',
    reference: 'reference',
  } as Record<string, string>,
  help: {
    n: 'How many replies are sampled per prompt: best-of-N keeps the best of them, GRPO compares a group of N.',
    noise:
      'How unsure the simulated people are: 0 always prefers the reply with the higher hidden utility; ' +
      'larger values make the labels closer to coin flips.',
  },
  notApplies: {
    beta: (algorithm: string) => `Not used: ${algorithm} has no β.`,
    n: (algorithm: string) => `Not used: ${algorithm} does not sample N replies per prompt.`,
    noise: 'Not used: label noise belongs to simulated human labels of pairs or good/bad replies.',
    positionBias: 'Not used: only the simulated LLM judge has a position bias.',
    verbosityBias: 'Not used: only the simulated LLM judge has a verbosity bias.',
    rmPairs: 'Not used: only the trained reward model and the pair-wise scorer are trained on pairs.',
  },
  selector: {
    model: 'model',
    reference: 'reference model',
    data: 'data',
    feedback: 'feedback',
    algorithm: 'algorithm',
  } as Record<string, string>,
  /** The nearest valid combination, named by what changes (e.g. "feedback: trained reward model"). */
  useInstead: (changes: string[]) => `Use ${changes.join(', ')} instead`,
  settingsNowValid: (name: string) => `Changed to a combination that trains: ${name}`,
  referenceOn: 'on',
  referenceOff: 'off',
};
