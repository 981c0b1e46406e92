// The shapes of the data the engine's trainers consume (no code, so every data module can import them
// without importing each other).
import type { Reply } from '../world';
import type { DataIssue } from '../errors';

export interface Pair {
  prompt: number;
  chosen: Reply;
  rejected: Reply;
}
export interface RankedList {
  prompt: number;
  ranking: Reply[];
}

/** A validator's answer: the value, or the first problem as a code with parameters (and an English message). */
export type Validated<T> = { ok: true; value: T } | DataIssue;
