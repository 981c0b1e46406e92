// The exercises' checker, run in the browser through scripts/enhance.ts (data-action="check-exercise").
// The expected value and tolerance are in the page (data-answer, data-tolerance), written at build time
// from the engine; the worked solution is in a <details> that works without this script.
import { pageLocale } from '../i18n/locales';
import { EXERCISE_STRINGS } from './strings';

// The checker runs in the page, which says its language in <html lang>.
const strings = () => EXERCISE_STRINGS[typeof document === 'undefined' ? 'en' : pageLocale()];

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** Reads a typed number: trims, accepts a decimal comma, a leading + and a unicode minus. */
export function parseAnswer(raw: string): Parsed {
  const text = raw
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^\+/, '');
  if (text === '') return { ok: false, message: strings().empty };
  const normal = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal))
    return { ok: false, message: strings().notNumber(raw.trim().slice(0, 40)) };
  const value = Number(normal);
  if (!Number.isFinite(value)) return { ok: false, message: strings().notNumber(raw.trim().slice(0, 40)) };
  return { ok: true, value };
}

/** Whether a typed value is right: within the stated absolute tolerance (plus float slack). */
export function isRight(value: number, answer: number, tolerance: number): boolean {
  return Math.abs(value - answer) <= tolerance + 1e-9;
}

function report(box: Element, message: string, state: 'correct' | 'wrong' | 'invalid') {
  const out = box.querySelector<HTMLElement>('[data-exercise-feedback]');
  if (!out) return;
  out.dataset.state = state;
  // Cleared first so a repeated message is announced again by screen readers.
  out.textContent = '';
  setTimeout(() => (out.textContent = message), 30);
}

function checkNumeric(box: HTMLElement) {
  const input = box.querySelector<HTMLInputElement>('[data-exercise-input]');
  if (!input) return;
  const parsed = parseAnswer(input.value);
  if (!parsed.ok) {
    input.setAttribute('aria-invalid', 'true');
    return report(box, parsed.message, 'invalid');
  }
  input.removeAttribute('aria-invalid');
  const answer = Number(box.dataset.answer);
  const tolerance = Number(box.dataset.tolerance);
  const shown = input.value.trim();
  if (isRight(parsed.value, answer, tolerance)) report(box, strings().correct(shown), 'correct');
  else report(box, strings().notYet(shown), 'wrong');
}

function checkChoice(box: HTMLElement) {
  const picked = box.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (!picked) return report(box, strings().pickOne, 'invalid');
  const why = box.querySelector(`[data-why-for="${CSS.escape(picked.value)}"]`)?.textContent ?? '';
  const right = picked.dataset.correct === 'true';
  report(box, `${right ? strings().choiceCorrect : strings().choiceWrong} ${why}`.trim(), right ? 'correct' : 'wrong');
}

/** Checks the exercise a control belongs to. */
export function checkExercise(control: HTMLElement) {
  const box = control.closest<HTMLElement>('[data-exercise]');
  if (!box) return;
  if (box.dataset.exercise === 'numeric') checkNumeric(box);
  else if (box.dataset.exercise === 'choice') checkChoice(box);
}

/** Enter in a numeric answer field checks it, like the button. */
export function exerciseKeydown(event: KeyboardEvent) {
  const input = (event.target as HTMLElement).closest?.<HTMLInputElement>('[data-exercise-input]');
  if (!input || event.key !== 'Enter') return;
  event.preventDefault();
  checkExercise(input);
}
