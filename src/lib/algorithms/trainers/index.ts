// The trainers of the engine, one step at a time. The registry that says — once, as data — what each
// consumes and needs, grouped as the survey groups algorithms, is TRAINER_SPECS in ./create.
export * from './bandit-pairs';
export * from './bandit-reinforce';
export * from './bandit-tilt';
export * from './common';
export * from './icdpo';
export * from './policy-trainers';
export * from './ranking';
export * from './rl-trainers';

export * from './compose';
export * from './name';
export * from './coefficients';
export * from './create';
export * from './pro';
export * from './pair-terms';
export * from './methods';
