// Data (the survey's §4), one entry point: the shapes (./types), the JSON readers paste (./paste),
// on-policy sampling and pair datasets (./sampling), and the off-policy datasets built once from a
// fixed older policy (./off-policy). The modules import ./types and each other one way only
// (off-policy → sampling → types), so there is no import cycle.
export * from './types';
export * from './paste';
export * from './sampling';
export * from './off-policy';

/** The bandit candidates of a prompt ranked by the hidden utility (defined in the world, which has no
 *  TF.js dependency, so pages can use it at build time). */
export { rankByUtility } from '../world';
export * from './off-policy';
export * from './decoding';
