// The engine's public index: what pages and widgets import (`src/lib` and nothing deeper). The
// objectives and trainers (./algorithms), the data formats and datasets (./data), the toy world
// (./world), the engine's error and refusal codes (./errors), the reward model's feature names, and the
// TF.js start-up.
export * from './algorithms';
export * from './data';
export * from './world';
export * from './errors';
export { RM_FEATURES, replyFeatures, linearScore } from './model/features';
export type { Sample } from './model/policy';
export { ensureBackend } from './tf';
