// The engine's errors and refusals, as codes with parameters. The engine speaks to developers (its
// messages stay English, for stack traces and tests); what a reader sees is written by the widgets,
// which look the code up in their dictionaries (src/widgets/shell/engine-messages.ts) and fill the
// sentence in the reader's language from `params`. A code is a stable name: renaming one is a change
// of the public contract (docs/engine-contract.md).

/** Codes of what the engine throws. */
export const ENGINE_ERROR_CODES = [
  /** An argument failed a contract check no widget can cause (a tensor's shape or dtype): params.fn. */
  'invalid-argument',
  /** A number must be finite: params.fn, name, value. */
  'not-finite',
  /** A number outside its range: params.fn, name, value and the range (min, max, exclusiveMin, integer). */
  'out-of-range',
  /** A text option that is not one of its choices: params.fn, name, value, choices. */
  'not-one-of',
  /** A dataset the trainer was given (or built) is empty: params.fn, what. */
  'empty-data',
  /** A step would leave non-finite weights; the weights are kept: params.fn. */
  'non-finite-step',
  /** The lab's parts do not fit together: params.reason (a COMPOSITION_CODES entry), algorithm. */
  'cannot-compose',
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | boolean | readonly string[] | undefined>;

/** What the engine throws: a stable code, the parameters a sentence needs, an English message. */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    readonly params: ErrorParams,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export const isEngineError = (e: unknown): e is EngineError => e instanceof EngineError;

/** Codes of what the paste validators (data/paste.ts) report about a reader's JSON; they never throw. */
export const DATA_ISSUE_CODES = [
  /** params.detail: the JSON parser's own (English) words. */
  'not-json',
  /** params.key: the array the object must hold ("pairs", "lists", "demos"). */
  'missing-array',
  'empty-array',
  /** params.key, count, max. */
  'too-many',
  /** params.where: e.g. pairs[2]. */
  'not-object',
  /** params.where, value (as JSON), max (the last prompt index). */
  'bad-prompt',
  /** params.where, value: a reply must be a string of words. */
  'not-string',
  'reply-empty',
  /** params.where, max, count. */
  'reply-too-long',
  /** params.where, word, words (the vocabulary). */
  'unknown-word',
  /** params.where, reply, prompt, candidates. */
  'not-candidate',
  /** params.where: chosen and rejected are the same reply. */
  'same-reply',
  /** params.where: a ranking needs two replies or more. */
  'ranking-too-short',
  /** params.where, reply: the same reply twice in one ranking. */
  'repeated-reply',
] as const;
export type DataIssueCode = (typeof DATA_ISSUE_CODES)[number];

/** A refused paste: the code and parameters, and an English message for developers. */
export interface DataIssue {
  ok: false;
  code: DataIssueCode;
  params: ErrorParams;
  message: string;
}

/** Why the lab's four parts cannot be combined (checkComposition); params in CompositionIssue. */
export const COMPOSITION_CODES = [
  /** A list-wise method needs the bandit's fixed candidate lists. */
  'list-needs-bandit',
  /** A point-wise method trains on token sequences, which the bandit does not have. */
  'needs-tokens',
  /** SimPO and ORPO length-normalise token log-probabilities. */
  'length-needs-tokens',
  /** The method measures the policy against a reference model that is switched off. */
  'needs-reference',
  /** The feedback cannot give the signal the method consumes: params.need, feedback. */
  'feedback-mismatch',
  /** The method does not run on the chosen data: params.data (the data it runs on). */
  'data-mismatch',
] as const;
export type CompositionCode = (typeof COMPOSITION_CODES)[number];

export interface Range {
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  exclusiveMax?: boolean;
  integer?: boolean;
}

/** A number option outside its range: `${fn}: ${detail}` for developers, the range for the reader. */
export function rangeError(fn: string, name: string, value: unknown, range: Range, detail: string): EngineError {
  return new EngineError('out-of-range', { fn, name, value: String(value), ...range }, `${fn}: ${detail}`);
}

/** A number option that must be finite. */
export function finiteError(fn: string, name: string, value: unknown, detail: string): EngineError {
  return new EngineError('not-finite', { fn, name, value: String(value) }, `${fn}: ${detail}`);
}

/** Any other engine error with its code. */
export function engineError(code: EngineErrorCode, fn: string, params: ErrorParams, detail: string): EngineError {
  return new EngineError(code, { fn, ...params }, `${fn}: ${detail}`);
}
