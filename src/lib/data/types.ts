// The shapes of the data the engine's trainers consume (no code, so every data module can import them
// without importing each other).
import type { Reply } from '../world';

export interface Pair {
  prompt: number;
  chosen: Reply;
  rejected: Reply;
}
export interface RankedList {
  prompt: number;
  ranking: Reply[];
}

export type Validated<T> = { ok: true; value: T } | { ok: false; message: string };
