// What the browser tests recompute in Node: the engine's public modules.
export * from '../../src/lib/algorithms';
export * from '../../src/lib/data';
export * from '../../src/lib/world';
export { AutoregressivePolicy } from '../../src/lib/model/policy';
export {
  biasSummary,
  candidatePairs,
  humanPreferProbability,
  judge,
  judgeFirstProbability,
  tiltedPolicy,
  winRate,
} from '../../src/lib/feedback';
