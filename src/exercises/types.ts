// The three kinds of end-of-chapter exercise. Text fields are short HTML written by hand, with `$…$`
// for inline TeX (rendered by KaTeX at build time, see ./render.ts).

/** The reader types a number; the expected value comes from the engine at build time. */
export interface NumericExercise {
  kind: 'numeric';
  /** Unique on the site; the anchor is #ex-<id>. */
  id: string;
  question: string;
  /** Every number the question states, by name: the unit test recomputes the answer from these alone. */
  inputs: Record<string, number | number[]>;
  /** The answer through src/lib (build time). */
  compute: (inputs: Record<string, number | number[]>) => number;
  /** Absolute tolerance a typed answer may be off by. */
  tolerance: number;
  /** The answer as the worked solution writes it; a test checks it against the engine. */
  written: string;
  hint: string;
  /** Must contain `written`. */
  solution: string;
}

export interface ChoiceOption {
  text: string;
  correct?: boolean;
  /** Why this option is right or wrong; every option has one. */
  why: string;
}

/** Conceptual multiple choice, exactly one correct option. */
export interface ChoiceExercise {
  kind: 'choice';
  id: string;
  question: string;
  options: ChoiceOption[];
}

/** Open a widget or the lab in a given URL state and predict what it will show. */
export interface TryExercise {
  kind: 'try';
  id: string;
  /** A site-relative URL with the widget's state and its #widget-… anchor. */
  href: string;
  /** The link text: what the link sets up. */
  setup: string;
  question: string;
  answer: string;
  /** Text the widget shows once loaded in that state (checked by tests/e2e/exercises.spec.ts). */
  expect: string;
}

export type Exercise = NumericExercise | ChoiceExercise | TryExercise;

export interface ExerciseSet {
  /** The chapter's URL path, e.g. /algorithms/pair-wise/. */
  page: string;
  exercises: Exercise[];
}

/**
 * The translated text of one exercise (src/exercises/chapters/<lang>/<set>.ts, keyed by exercise id). Only
 * words are translated: numbers, inputs, answers, tolerances and links stay in the English set, so both
 * editions check the same answers. Which fields are required follows the exercise's kind
 * (tests/unit/i18n/exercises.test.ts): numeric → question, hint, solution (containing `written`);
 * choice → question and one {text, why} per option, in the same order; try → setup, question, answer, expect.
 */
export interface ExerciseText {
  question: string;
  hint?: string;
  solution?: string;
  options?: { text: string; why: string }[];
  setup?: string;
  answer?: string;
  expect?: string;
}

export type ExerciseTranslation = Record<string, ExerciseText>;
