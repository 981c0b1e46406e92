// Input checks shared by the engine's public functions.
//
// Every public function validates its arguments before building any tensor op and throws an
// `EngineInputError` whose message starts with the function name and names the offending argument
// and its value, e.g. `dpoLoss: beta must be > 0, got -0.1`. The message is for developers; the error
// also carries a code and parameters (../errors.ts), from which the widgets write the reader's sentence.
//
// Checking tensor contents (NaN, Infinity, ORPO's log-prob sign, KTO's 0/1 labels) means reading the
// values back to JS. All such reads go through `readValues` below, the one place to change if the
// synchronous read-back ever becomes a cost worth avoiding (it is negligible for these toy batches
// on the cpu backend, where dataSync is a plain copy).
import { tf } from '../tf';
import type { Tensor } from '../tf';
import { EngineError, type EngineErrorCode, type ErrorParams } from '../errors';

/** The error every engine input check throws (an EngineError, so `toThrow(Error)` holds). */
export class EngineInputError extends EngineError {
  constructor(message: string, code: EngineErrorCode = 'invalid-argument', params: ErrorParams = {}) {
    super(code, params, message);
    this.name = 'EngineInputError';
  }
}

/** Throws `EngineInputError` with the message `${fn}: ${message}`, its code and parameters (and fn). */
export function fail(
  fn: string,
  message: string,
  code: EngineErrorCode = 'invalid-argument',
  params: ErrorParams = {},
): never {
  throw new EngineInputError(`${fn}: ${message}`, code, { fn, ...params });
}

/** Formats any argument value for an error message (numbers as JS prints them, tensors by shape). */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (value instanceof tf.Tensor) return `a ${value.dtype} tensor of shape [${value.shape.join(', ')}]`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}

/**
 * The single place where the engine reads tensor values back to JS for validation.
 * dataSync() is synchronous (the losses must stay synchronous) and cheap on the cpu backend.
 */
export function readValues(t: Tensor): ArrayLike<number> {
  return t.dataSync() as ArrayLike<number>;
}

// ---------------------------------------------------------------------------------------------
// Plain numbers (hyper-parameters)

/** `value` must be a finite number (hyper-parameters such as z0, gamma, score). */
export function checkFinite(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(fn, `${name} must be a finite number, got ${formatValue(value)}`, 'not-finite', {
      name,
      value: formatValue(value),
    });
  }
  return value;
}

/** `value` must be a finite number > 0 (β, τ, clipEps). */
export function checkPositive(fn: string, name: string, value: unknown): number {
  const v = checkFinite(fn, name, value);
  if (!(v > 0))
    fail(fn, `${name} must be > 0, got ${formatValue(v)}`, 'out-of-range', {
      name,
      value: v,
      min: 0,
      exclusiveMin: true,
    });
  return v;
}

/** `value` must be a finite number ≥ 0 (loss weights such as ORPO's λ, KTO's λD and λU). */
export function checkNonNegative(fn: string, name: string, value: unknown): number {
  const v = checkFinite(fn, name, value);
  if (!(v >= 0)) fail(fn, `${name} must be >= 0, got ${formatValue(v)}`, 'out-of-range', { name, value: v, min: 0 });
  return v;
}

/**
 * `value` must lie in [lo, hi] or [lo, hi) (`hiOpen`): γ and λ of GAE in [0, 1], cDPO's ε in [0, 0.5).
 */
export function checkInRange(fn: string, name: string, value: unknown, lo: number, hi: number, hiOpen = false): number {
  const v = checkFinite(fn, name, value);
  if (v < lo || v > hi || (hiOpen && v === hi)) {
    fail(fn, `${name} must be in [${lo}, ${hi}${hiOpen ? ')' : ']'}, got ${formatValue(v)}`, 'out-of-range', {
      name,
      value: v,
      min: lo,
      max: hi,
      exclusiveMax: hiOpen,
    });
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Arrays and tensors

function checkEntriesFinite(fn: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]))
      fail(fn, `${name}[${i}] must be finite, got ${formatValue(values[i])}`, 'not-finite', {
        name: `${name}[${i}]`,
        value: formatValue(values[i]),
      });
  }
}

/** A plain `number[]` argument: a real array, non-empty, every entry finite. */
export function checkNumberArray(fn: string, name: string, value: unknown): number[] {
  if (!Array.isArray(value)) fail(fn, `${name} must be a number[], got ${formatValue(value)}`);
  if (value.length === 0) fail(fn, `${name} must not be empty, got length 0`);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'number') fail(fn, `${name}[${i}] must be a number, got ${formatValue(value[i])}`);
  }
  checkEntriesFinite(fn, name, value as number[]);
  return value as number[];
}

/**
 * A tensor argument: a float32 `tf.Tensor1D`, non-empty, every entry finite.
 * Returns the values it read, for callers with further checks (sign, labels).
 */
export function checkTensor1D(fn: string, name: string, value: unknown): ArrayLike<number> {
  if (!(value instanceof tf.Tensor)) fail(fn, `${name} must be a float32 tf.Tensor1D, got ${formatValue(value)}`);
  if (value.isDisposed) fail(fn, `${name} must be a live tensor, got a disposed tensor`);
  if (value.rank !== 1 || value.dtype !== 'float32') {
    fail(fn, `${name} must be a float32 tf.Tensor1D, got ${formatValue(value)}`);
  }
  if (value.size === 0) fail(fn, `${name} must not be empty, got length 0`);
  const values = readValues(value);
  checkEntriesFinite(fn, name, values);
  return values;
}

/** `length` (of argument `name`) must equal `expected` (described by `expectedWhat`). */
export function checkLength(fn: string, name: string, length: number, expected: number, expectedWhat: string): void {
  if (length !== expected) {
    fail(fn, `${name} has length ${length}, expected ${expected} (${expectedWhat})`);
  }
}

/**
 * A batch of same-length float32 Tensor1D arguments, given as `{ argName: tensor }` in argument order.
 * Checks each tensor, then that all lengths equal the first one's. Returns the values read, by name.
 */
export function checkBatch<K extends string>(fn: string, tensors: Record<K, unknown>): Record<K, ArrayLike<number>> {
  const names = Object.keys(tensors) as K[];
  const out = {} as Record<K, ArrayLike<number>>;
  for (const name of names) out[name] = checkTensor1D(fn, name, tensors[name]);
  const first = names[0];
  for (const name of names.slice(1)) {
    checkLength(fn, name, out[name].length, out[first].length, `the length of ${first}`);
  }
  return out;
}

/** An argument-object parameter (`pair`, `batch`, KTO's params) must be an object. */
export function checkObject(fn: string, name: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || value instanceof tf.Tensor || Array.isArray(value)) {
    fail(fn, `${name} must be an object, got ${formatValue(value)}`);
  }
  return value as Record<string, unknown>;
}

/** A whole number ≥ min (sample counts, list sizes, epochs). */
export function checkWholeNumber(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(fn, `${name} must be a whole number ≥ ${min}, got ${formatValue(value)}`, 'out-of-range', {
      name,
      value: formatValue(value),
      min,
      integer: true,
    });
  }
  return value;
}

/** A learning rate: a finite number > 0. Checked when a trainer is created, not on every step. */
export function checkLearningRate(fn: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    fail(fn, `lr must be a finite number > 0, got ${formatValue(value)}`, 'out-of-range', {
      name: 'lr',
      value: formatValue(value),
      min: 0,
      exclusiveMin: true,
    });
  }
  return value;
}
