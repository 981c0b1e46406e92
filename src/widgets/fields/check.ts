// Checking a number field of a widget against its allowed range. The new widgets share this rule: a value
// outside the range (or empty, or not a number) is refused with a sentence that names the range, the
// field is marked aria-invalid, and the widget keeps its last good state. URL parameters go through the
// same check, so a hand-edited link cannot put NaN, a hang or an exception on the page.

export interface NumberRange {
  /** How the field is named in the message ("Samples per prompt N"). */
  label: string;
  min: number;
  max: number;
  integer?: boolean;
}

export function formatBound(n: number): string {
  return String(n).replace('-', '−');
}

/** The sentence shown next to a field when its value is refused. */
export function rangeMessage(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  return `${range.label} must be ${kind} from ${formatBound(range.min)} to ${formatBound(range.max)}.`;
}

/** undefined when `value` (a number, or a field's raw text) is allowed; otherwise the message. */
export function checkNumber(value: number | string, range: NumberRange): string | undefined {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < range.min || n > range.max || (range.integer && !Number.isInteger(n)))
    return rangeMessage(range);
  return undefined;
}

/** Checks every ranged key of a state; returns the first problem as [key, message]. */
export function checkState<S extends Record<string, unknown>>(
  state: S,
  ranges: Partial<Record<keyof S & string, NumberRange>>,
): [keyof S & string, string] | undefined {
  for (const [key, range] of Object.entries(ranges) as Array<[keyof S & string, NumberRange]>) {
    const problem = checkNumber(state[key] as number, range);
    if (problem) return [key, problem];
  }
  return undefined;
}

/**
 * Guards the number fields of a TrainingWidget frame: registered before the shell binds its own
 * listeners, it stops a refused value from reaching the shell (stopImmediatePropagation), marks the
 * field and shows the message in `error`. A good value clears the mark and passes through.
 */
export function guardFields(
  root: HTMLElement,
  ranges: Record<string, NumberRange>,
  error: HTMLElement | null,
  onRefused?: (message: string) => void,
) {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-param]')) {
    const range = ranges[input.dataset.param!];
    if (!range) continue;
    if (error?.id)
      input.setAttribute(
        'aria-describedby',
        [input.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '),
      );
    input.addEventListener('input', (event) => {
      const problem = checkNumber(input.value, range);
      if (problem) {
        event.stopImmediatePropagation();
        input.setAttribute('aria-invalid', 'true');
        if (error) error.textContent = `${problem} The figure keeps its last good settings.`;
        onRefused?.(problem);
        return;
      }
      input.removeAttribute('aria-invalid');
      if (error && !root.querySelector('[aria-invalid="true"]')) error.textContent = '';
    });
  }
}
