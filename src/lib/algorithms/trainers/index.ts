// The trainers of the engine, one step at a time, and a registry that says — once, as data — what each
// consumes and needs, grouped as the survey groups algorithms.
export * from './bandit-pairs';
export * from './common';
export * from './icdpo';
export * from './policy-trainers';
export * from './ranking';
export * from './rl-trainers';

export type Category = 'point-wise' | 'pair-wise' | 'list-wise' | 'training-free' | 'reward model';
export interface TrainerInfo {
  id: string;
  name: string;
  category: Category;
  consumes: 'point' | 'pair' | 'list' | 'none';
  reference: boolean;
  rewardModel: boolean;
  modes: Array<'online' | 'offline'>;
}

export const TRAINERS: TrainerInfo[] = [
  { id: 'sft', name: 'SFT', category: 'point-wise', consumes: 'point', reference: false, rewardModel: false, modes: ['offline'] },
  { id: 'rft', name: 'RFT', category: 'point-wise', consumes: 'point', reference: false, rewardModel: false, modes: ['online'] },
  { id: 'raft', name: 'RAFT', category: 'point-wise', consumes: 'point', reference: false, rewardModel: true, modes: ['online'] },
  { id: 'remax', name: 'ReMax', category: 'point-wise', consumes: 'point', reference: false, rewardModel: true, modes: ['online'] },
  { id: 'ppo', name: 'PPO', category: 'point-wise', consumes: 'point', reference: true, rewardModel: true, modes: ['online', 'offline'] },
  { id: 'kto', name: 'KTO', category: 'point-wise', consumes: 'point', reference: true, rewardModel: false, modes: ['offline'] },
  { id: 'dpo', name: 'DPO', category: 'pair-wise', consumes: 'pair', reference: true, rewardModel: false, modes: ['offline', 'online'] },
  { id: 'ipo', name: 'IPO', category: 'pair-wise', consumes: 'pair', reference: true, rewardModel: false, modes: ['offline', 'online'] },
  { id: 'cdpo', name: 'cDPO', category: 'pair-wise', consumes: 'pair', reference: true, rewardModel: false, modes: ['offline', 'online'] },
  { id: 'hinge', name: 'SLiC-HF hinge', category: 'pair-wise', consumes: 'pair', reference: true, rewardModel: false, modes: ['offline', 'online'] },
  { id: 'simpo', name: 'SimPO', category: 'pair-wise', consumes: 'pair', reference: false, rewardModel: false, modes: ['offline', 'online'] },
  { id: 'orpo', name: 'ORPO', category: 'pair-wise', consumes: 'pair', reference: false, rewardModel: false, modes: ['offline', 'online'] },
  { id: 'rrhf', name: 'RRHF', category: 'list-wise', consumes: 'list', reference: false, rewardModel: false, modes: ['offline'] },
  { id: 'plackett-luce', name: 'Plackett–Luce (list-wise DPO)', category: 'list-wise', consumes: 'list', reference: false, rewardModel: false, modes: ['offline'] },
  { id: 'grpo', name: 'GRPO', category: 'list-wise', consumes: 'list', reference: true, rewardModel: true, modes: ['online'] },
  { id: 'icdpo', name: 'ICDPO', category: 'training-free', consumes: 'none', reference: false, rewardModel: false, modes: ['online'] },
  { id: 'reward-model', name: 'Reward model (Bradley–Terry)', category: 'reward model', consumes: 'pair', reference: false, rewardModel: false, modes: ['offline'] },
];
export * from './compose';
export * from './name';
export * from './coefficients';
export * from './create';
export * from './pro';
