// The engine's one TF.js entry point. Everything in src/lib imports tf from here, never from a TF.js
// package directly, so the browser bundle holds tfjs-core, its gradients and the cpu backend only
// (about 130 KB gzip against 305 KB for the full @tensorflow/tfjs bundle).
//
// The cpu backend is pinned on purpose: the toys are tiny, per-op overhead dominates, and Chromium's
// default WebGL backend is software-rendered on machines without a GPU. Pinning also makes float32
// results identical in Node (tests, bench) and in the browser (widgets).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';

let ready: Promise<void> | undefined;

/** Resolves once the cpu backend is active. Call (and await) before the first tensor op. */
export function ensureBackend(): Promise<void> {
  ready ??= tf.setBackend('cpu').then((ok) => {
    if (!ok) throw new Error('TF.js could not start its cpu backend');
    return tf.ready();
  });
  return ready;
}

// Setting the backend synchronously as well lets Node code (tests) use tf right after import.
tf.setBackend('cpu');

export { tf };
export type { Tensor, Tensor1D, Tensor2D, Scalar, Variable } from '@tensorflow/tfjs-core';
