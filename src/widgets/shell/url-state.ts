// Widget state in the page URL: each widget owns the query parameters prefixed with its name
// (?dpo.beta=0.1&dpo.seed=3&dpo.step=12), so several widgets share one URL and a copied link restores
// every one of them exactly. A link is checked like a typed value: a number outside its field's range
// is brought to the nearest allowed value, one that is not a number falls back to the default, and
// each change is reported (the widget shows the notes next to itself).
import { checkField, clampField, type FieldSpec, type FieldSpecs } from './fields';
import { rangeText, shellStrings } from './strings';

export type StateValue = string | number | boolean;
export type WidgetState = Record<string, StateValue>;

export interface StateNote {
  key: string;
  message: string;
}

/** Allowed values of the text settings (a select's options), by key. */
export type Choices = Record<string, readonly string[]>;

export function readState<T extends WidgetState>(prefix: string, defaults: T, search = location.search): T {
  return readCheckedState(prefix, defaults, {}, {}, search).state;
}

/** A field's range may depend on settings read before it (the lab's β depends on its algorithm). */
export type SpecFor = (key: string, state: WidgetState) => FieldSpec | undefined;

export function readCheckedState<T extends WidgetState>(
  prefix: string,
  defaults: T,
  fields: FieldSpecs | SpecFor,
  choices: Choices,
  search = location.search,
): { state: T; notes: StateNote[] } {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  const specFor: SpecFor = typeof fields === 'function' ? fields : (key) => fields[key];
  const notes: StateNote[] = [];
  const SHELL = shellStrings();
  for (const key of Object.keys(defaults) as Array<keyof T & string>) {
    const raw = params.get(`${prefix}.${key}`);
    if (raw === null) continue;
    const fallback = defaults[key];
    const param = `${prefix}.${key}`;
    if (typeof fallback === 'number') {
      const spec = specFor(key, state);
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) {
        notes.push({ key, message: SHELL.urlNotANumber(param, raw, fallback) });
        continue;
      }
      if (spec && !checkField(spec, raw).ok) {
        const used = clampField(spec, n);
        (state as WidgetState)[key] = used;
        notes.push({ key, message: SHELL.urlClamped(param, raw, rangeText(spec), used) });
        continue;
      }
      (state as WidgetState)[key] = n;
    } else if (typeof fallback === 'boolean') {
      (state as WidgetState)[key] = raw === '1' || raw === 'true';
    } else {
      const allowed = choices[key];
      if (allowed && !allowed.includes(raw)) {
        notes.push({ key, message: SHELL.urlNotAChoice(param, raw, String(fallback)) });
        continue;
      }
      (state as WidgetState)[key] = raw;
    }
  }
  return { state, notes };
}

/** The URL of the page with this widget's state; values equal to the defaults are left out. */
export function stateUrl(prefix: string, state: WidgetState, defaults: WidgetState, href = location.href): string {
  const url = new URL(href);
  for (const key of Object.keys(defaults)) {
    url.searchParams.delete(`${prefix}.${key}`);
    const value = state[key];
    if (value === defaults[key]) continue;
    url.searchParams.set(`${prefix}.${key}`, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return url.href;
}

/** A link to this state that lands on the widget: the page URL with the state and the widget's #anchor. */
export function stateLink(
  prefix: string,
  state: WidgetState,
  defaults: WidgetState,
  anchor: string,
  href = location.href,
) {
  const url = new URL(stateUrl(prefix, state, defaults, href));
  url.hash = anchor;
  return url.href;
}

export function writeState(prefix: string, state: WidgetState, defaults: WidgetState) {
  history.replaceState(history.state, '', stateUrl(prefix, state, defaults));
}
