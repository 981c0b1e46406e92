// The method registry: one entry per method the engine trains, keyed by name. It says, once, what the
// method consumes (its data and the kind of feedback signal), whether it needs a frozen reference or a
// reward, its modes, the toy model it trains and its defaults; for the pair-wise methods it also holds
// the per-pair loss and δ (./pair-terms), which both pair trainers step with. createTrainer, the
// trainers' records, composeTrainer and the lab's compatibility rules (checkComposition) all read it.
import type { LabData } from './compose';
import { PAIR_TERMS, type PairMethodEntry } from './pair-terms';

export type TrainerName =
  | 'sft'
  | 'rft'
  | 'raft'
  | 'remax'
  | 'ppo'
  | 'grpo'
  | 'kto'
  | 'reward-model'
  | 'dpo'
  | 'ipo'
  | 'cdpo'
  | 'hinge'
  | 'simpo'
  | 'orpo'
  | 'rrhf'
  | 'plackett-luce'
  | 'pro';

/** The kind of feedback signal a method learns from. */
export type Signal = 'demonstrations' | 'scalar' | 'binary' | 'pair' | 'list';

/** What a trainer is, written once: the survey's grouping, its data, and which models it needs. */
export interface TrainerSpec {
  name: TrainerName;
  title: string;
  category: 'point-wise' | 'pair-wise' | 'list-wise' | 'reward model';
  consumes: 'demonstrations' | 'samples' | 'unpaired labels' | 'pairs' | 'ranked lists';
  needsReference: boolean;
  needsReward: boolean;
  modes: Array<'online' | 'offline'>;
  /** The toy model it trains. */
  model: 'autoregressive' | 'bandit' | 'reward model';
  /** Options used when the caller gives none (a fixed budget of ~40 steps raises the utility). */
  defaults: Record<string, number | string>;
  /** The feedback signal it needs (what the lab's feedback component must be able to give). */
  signal: Signal;
  /** The lab's data sources it runs on (empty: not offered in the lab). */
  labData: LabData[];
  /** Pair-wise methods: the loss and δ of one pair. */
  pair?: PairMethodEntry;
}

export const TRAINER_SPECS: Record<TrainerName, Omit<TrainerSpec, 'name'>> = {
  sft: {
    title: 'SFT',
    category: 'point-wise',
    consumes: 'demonstrations',
    needsReference: false,
    needsReward: false,
    modes: ['offline'],
    model: 'autoregressive',
    defaults: { lr: 1 },
    signal: 'demonstrations',
    labData: ['off-policy'],
  },
  rft: {
    title: 'RFT (rejection-sampling fine-tuning)',
    category: 'point-wise',
    consumes: 'samples',
    needsReference: false,
    needsReward: false,
    modes: ['online'],
    model: 'autoregressive',
    defaults: { lr: 1, n: 8 },
    signal: 'binary',
    labData: ['on-policy'],
  },
  raft: {
    title: 'RAFT (best-of-N, then SFT)',
    category: 'point-wise',
    consumes: 'samples',
    needsReference: false,
    needsReward: true,
    modes: ['online'],
    model: 'autoregressive',
    defaults: { lr: 1, n: 8 },
    signal: 'scalar',
    labData: ['best-of-n'],
  },
  remax: {
    title: 'ReMax (REINFORCE, greedy baseline)',
    category: 'point-wise',
    consumes: 'samples',
    needsReference: false,
    needsReward: true,
    modes: ['online'],
    model: 'autoregressive',
    defaults: { lr: 1 },
    signal: 'scalar',
    labData: ['on-policy'],
  },
  ppo: {
    title: 'PPO',
    category: 'point-wise',
    consumes: 'samples',
    needsReference: true,
    needsReward: true,
    modes: ['online', 'offline'],
    model: 'autoregressive',
    defaults: { lr: 1, klBeta: 0.05, clipEps: 0.2, mode: 'online' },
    signal: 'scalar',
    labData: ['on-policy', 'off-policy'],
  },
  grpo: {
    title: 'GRPO',
    category: 'list-wise',
    consumes: 'samples',
    needsReference: true,
    needsReward: true,
    modes: ['online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.04 },
    signal: 'scalar',
    labData: ['on-policy'],
  },
  kto: {
    title: 'KTO',
    category: 'point-wise',
    consumes: 'unpaired labels',
    needsReference: true,
    needsReward: false,
    modes: ['offline'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5 },
    signal: 'binary',
    labData: ['off-policy'],
  },
  'reward-model': {
    title: 'Reward model (Bradley–Terry or binary classifier)',
    category: 'reward model',
    consumes: 'pairs',
    needsReference: false,
    needsReward: false,
    modes: ['offline'],
    model: 'reward model',
    defaults: { lr: 1, pairsPerPrompt: 60, loss: 'bradley-terry' },
    signal: 'pair',
    labData: [],
  },
  dpo: {
    title: 'DPO',
    category: 'pair-wise',
    consumes: 'pairs',
    needsReference: true,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5, mode: 'offline' },
    signal: 'pair',
    labData: ['off-policy', 'on-policy'],
    pair: PAIR_TERMS.dpo,
  },
  ipo: {
    title: 'IPO',
    category: 'pair-wise',
    consumes: 'pairs',
    needsReference: true,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5, tau: 0.5, mode: 'offline' },
    signal: 'pair',
    labData: ['off-policy', 'on-policy'],
    pair: PAIR_TERMS.ipo,
  },
  cdpo: {
    title: 'cDPO',
    category: 'pair-wise',
    consumes: 'pairs',
    needsReference: true,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5, epsilon: 0.1, mode: 'offline' },
    signal: 'pair',
    labData: ['off-policy', 'on-policy'],
    pair: PAIR_TERMS.cdpo,
  },
  hinge: {
    title: 'SLiC-HF hinge',
    category: 'pair-wise',
    consumes: 'pairs',
    needsReference: true,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5, mode: 'offline' },
    signal: 'pair',
    labData: ['off-policy', 'on-policy'],
    pair: PAIR_TERMS.hinge,
  },
  simpo: {
    title: 'SimPO',
    category: 'pair-wise',
    consumes: 'pairs',
    needsReference: false,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5, gamma: 0.5, mode: 'offline' },
    signal: 'pair',
    labData: ['off-policy', 'on-policy'],
    pair: PAIR_TERMS.simpo,
  },
  orpo: {
    title: 'ORPO',
    category: 'pair-wise',
    consumes: 'pairs',
    needsReference: false,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, beta: 0.5, lambda: 0.5, mode: 'offline' },
    signal: 'pair',
    labData: ['off-policy', 'on-policy'],
    pair: PAIR_TERMS.orpo,
  },
  rrhf: {
    title: 'RRHF',
    category: 'list-wise',
    consumes: 'ranked lists',
    needsReference: false,
    needsReward: false,
    modes: ['offline'],
    model: 'bandit',
    defaults: { lr: 1 },
    signal: 'list',
    labData: ['off-policy'],
  },
  'plackett-luce': {
    title: 'Plackett–Luce (list-wise DPO)',
    category: 'list-wise',
    consumes: 'ranked lists',
    needsReference: false,
    needsReward: false,
    modes: ['offline'],
    model: 'bandit',
    defaults: { lr: 1 },
    signal: 'list',
    labData: ['off-policy'],
  },
  pro: {
    title: 'PRO (preference ranking optimisation)',
    category: 'list-wise',
    consumes: 'ranked lists',
    needsReference: false,
    needsReward: false,
    modes: ['offline', 'online'],
    model: 'autoregressive',
    defaults: { lr: 1, mode: 'offline' },
    signal: 'list',
    labData: [],
  },
};
export const TRAINER_NAMES = Object.keys(TRAINER_SPECS) as TrainerName[];
