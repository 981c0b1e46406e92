// The engine's public surface: what the widgets (and anything outside src/lib) import.
export * from './algorithms';
export * from './data';
export * from './world';
export { ensureBackend } from './tf';
export { RM_FEATURES } from './model/features';
export type { Sample } from './model/policy';
