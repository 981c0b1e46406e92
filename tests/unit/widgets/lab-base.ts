// The lab's default combination as the engine takes it, for the lab's unit tests (DPO, offline, human labels).
import type { LabChoice } from '../../../src/lib';

export const LAB_BASE: LabChoice = {
  model: 'autoregressive',
  reference: true,
  data: 'off-policy',
  feedback: 'human',
  algorithm: 'dpo',
  seed: 1,
  lr: 1,
  beta: 0.5,
  noise: 1,
  n: 4,
  positionBias: 0,
  verbosityBias: 0,
};
