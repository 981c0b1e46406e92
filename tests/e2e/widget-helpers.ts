// Shared steps of the worked-example tests: bring a widget into view, wait until its engine runs,
// read the numbers it shows (their full values from data-value), and compare with the engine.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeScan, WCAG } from './axe';

export async function openWidget(page: Page, path: string, name: string): Promise<Locator> {
  await page.goto(path);
  const root = page.locator(`[data-widget="${name}"]`);
  await scrollToWidget(root);
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return root;
}

/**
 * Scrolls as a reader does, until the widget stays in view and its loader has started: one scroll can be
 * undone when the sections above the widget are rendered for the first time and change height (seen: the
 * widget 1,820 px above the screen under two workers), and a widget that never came into view rightly
 * never loads.
 */
export async function scrollToWidget(root: Locator) {
  await expect
    .poll(async () => {
      await root.scrollIntoViewIfNeeded();
      return (await root.getAttribute('data-loading')) ?? (await root.getAttribute('data-ready'));
    })
    .toBe('true');
}

export async function readCells(root: Locator): Promise<Record<string, number>> {
  return root.evaluate((el) => {
    const out: Record<string, number> = {};
    el.querySelectorAll<HTMLElement>('[data-cell][data-value]').forEach(
      (c) => (out[c.dataset.cell!] = Number(c.dataset.value)),
    );
    return out;
  });
}

export async function stepTimes(root: Locator, n: number) {
  const before = Number(await root.locator('[data-step-count]').innerText());
  for (let i = 0; i < n; i++) await root.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(root.locator('[data-step-count]')).toHaveText(String(before + n));
}

/** |got − want| ≤ 1e-4·max(1, |want|) for every key of want. */
export function expectMatches(got: Record<string, number>, want: Record<string, number>) {
  const off = Object.entries(want)
    .filter(([k, w]) => !(k in got) || Math.abs(got[k] - w) > 1e-4 * Math.max(1, Math.abs(w)))
    .map(([k, w]) => `${k}: page ${got[k]}, engine ${w}`);
  expect(off).toEqual([]);
  expect(Object.keys(want).length).toBeGreaterThan(3);
}

/** Keyboard only: Enter on Step steps once; Tab reaches Play; Space plays and Space pauses again. */
export async function keyboardStepPlayPause(page: Page, root: Locator) {
  await root.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-step-count]')).toHaveText('1');
  await page.keyboard.press('Tab');
  await expect(root.getByRole('button', { name: 'Play' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(root.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => Number(await root.locator('[data-step-count]').innerText())).toBeGreaterThan(3);
  await page.keyboard.press('Space');
  await expect(root.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await expect(root.locator('[data-status]')).toContainText('Paused at step');
}

/** axe over the whole page with the WCAG 2.2 A/AA rules; returns one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe over a whole chapter with a widget running takes tens of seconds on a busy machine.
  test.setTimeout(150_000);
  const results = await axeScan(page).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/**
 * What a reader sees of a widget: its text (whitespace collapsed), every shown number's full value and
 * which rows are hidden, leaving out the live region (it says what just happened, e.g. "Reset").
 */
export async function widgetView(root: Locator): Promise<{ text: string; cells: string[]; hidden: string[] }> {
  return root.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-status]').forEach((s) => s.remove());
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    const cells = [...copy.querySelectorAll<HTMLElement>('[data-cell]')].map(
      (c) => `${c.dataset.cell}=${c.dataset.value ?? ''}`,
    );
    const hidden = [...copy.querySelectorAll<HTMLElement>('[hidden]')].map((h) => h.outerHTML.slice(0, 80));
    return { text, cells, hidden };
  });
}

/** Numbers read off the page (data-value) for the given cell keys; fails when one is missing. */
export async function cellValues(root: Locator, keys: string[]): Promise<number[]> {
  const cells = await readCells(root);
  const missing = keys.filter((k) => !(k in cells));
  expect(missing).toEqual([]);
  return keys.map((k) => cells[k]);
}
