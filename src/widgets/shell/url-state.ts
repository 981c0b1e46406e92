// Widget state in the page URL: each widget owns the query parameters prefixed with its name
// (?dpo.beta=0.1&dpo.seed=3&dpo.step=12), so several widgets share one URL and a copied link restores
// every one of them exactly.

export type StateValue = string | number | boolean;
export type WidgetState = Record<string, StateValue>;

export function readState<T extends WidgetState>(prefix: string, defaults: T, search = location.search): T {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  for (const key of Object.keys(defaults) as Array<keyof T & string>) {
    const raw = params.get(`${prefix}.${key}`);
    if (raw === null) continue;
    const fallback = defaults[key];
    if (typeof fallback === 'number') {
      const n = Number(raw);
      if (Number.isFinite(n)) (state as WidgetState)[key] = n;
    } else if (typeof fallback === 'boolean') {
      (state as WidgetState)[key] = raw === '1' || raw === 'true';
    } else {
      (state as WidgetState)[key] = raw;
    }
  }
  return state;
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

export function writeState(prefix: string, state: WidgetState, defaults: WidgetState) {
  history.replaceState(history.state, '', stateUrl(prefix, state, defaults));
}
