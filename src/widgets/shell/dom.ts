// Writing engine numbers into a widget's markup. Every shown number keeps its full value in
// data-value, so tests (and curious readers with dev tools) can check it against the engine exactly.

export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '—';
  const text = Math.abs(value) >= 1000 ? value.toExponential(2) : value.toFixed(digits);
  return text.replace('-', '−');
}

export function setNumber(el: Element | null, value: number, digits = 3) {
  if (!el) return;
  el.textContent = formatNumber(value, digits);
  (el as HTMLElement).dataset.value = String(value);
}

/** Fills every [data-cell="key"] under root from a record of numbers. */
export function fillCells(root: ParentNode, values: Record<string, number>, digits = 3) {
  for (const [key, value] of Object.entries(values)) {
    root.querySelectorAll(`[data-cell="${key}"]`).forEach((el) => setNumber(el, value, digits));
  }
}

export function setText(root: ParentNode, key: string, text: string) {
  root.querySelectorAll(`[data-text="${key}"]`).forEach((el) => (el.textContent = text));
}
