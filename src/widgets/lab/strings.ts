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
};
