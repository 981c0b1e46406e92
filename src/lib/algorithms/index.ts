// PUBLIC CONTRACT of the engine's preference-learning objectives — see
// docs/engine-contract.md (its Conventions section fixes δ, DPO's β, GRPO's std, PRO and cDPO's ε). Names, argument order and argument objects are fixed:
// widgets and trainers import from here. Reusable helpers (pairMargin, logSigmoid, logOdds) and the
// input checks live in ./losses and ./validate and are deliberately not part of this surface.
export {
  bradleyTerryLoss,
  dpoLoss,
  ipoLoss,
  cdpoLoss,
  hingeLoss,
  simpoLoss,
  orpoLoss,
  ktoLoss,
  rrhfLoss,
  plackettLuceLoss,
  ppoClipLoss,
  gae,
  klShapedRewards,
} from './losses';
export type { PairLogps, AvgPairLogps, KtoBatch, KtoParams, PpoBatch } from './losses';
export * from './trainers/index';
