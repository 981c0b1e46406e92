// Reader-visible sentences of the RLHF example (both stages), in one place for the translated edition.
export const RLHF_STRINGS = {
  label: {
    pairs: 'Pairs per prompt',
    klBeta: 'KL β',
    clipEps: 'clip ε',
    epochs: 'epochs',
    lambda: 'GAE λ',
  },
  rmStepped: (loss: string, heldOut: string) => `loss ${loss}, held-out accuracy ${heldOut} %.`,
  ppoStepped: (score: string, utility: string, kl: string) =>
    `mean score ${score}, hidden utility ${utility}, KL ${kl}.`,
  trainingRewardModel: 'Training the stage-1 reward model for this seed…',
};
