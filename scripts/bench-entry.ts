// What the benchmark runs in Node and in Chromium: the engine's trainers and the plain-JS DPO.
export * from '../src/lib/algorithms';
export * from '../src/lib/data';
export { ensureBackend, tf } from '../src/lib/tf';
export { plainDpo } from './plain-dpo';
