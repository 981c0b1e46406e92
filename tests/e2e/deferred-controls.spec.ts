// Form controls in the sections a long page skips at load (src/site/defer-controls.ts), in Chromium against
// the production build: none is an element of a far section at load; each section's come in, the same ones
// in the same order as the page without JavaScript, as the reader scrolls near it; all of them before
// printing; an answer box works by keyboard once in; the page stays free of errors. Widgets whose section
// defers its controls (point-wise's, the RLHF example's second stage) are mounted and driven by their own
// specs through the widget loader, which puts the controls in first.
import { expect, test } from './book';
import { watchPage } from './watch';

const PAGE = '/algorithms/pair-wise/';
const CONTROLS = ':is(input, select, textarea)';
const describe = (els: Element[]) =>
  els.map((e) => `${e.tagName.toLowerCase()} ${e.id || (e as HTMLInputElement).name} ${(e as HTMLInputElement).type}`);

async function controlsWithoutScript(browser: import('@playwright/test').Browser, baseURL: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(PAGE);
  const all = await page.locator(`.book-section ${CONTROLS}`).evaluateAll(describe);
  await context.close();
  return all;
}

test('the exercises’ controls are not in the page at load, and come in as the reader nears them', async ({
  page,
  browser,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL!);
  await page.goto(PAGE, { waitUntil: 'load' });
  const exercises = page.locator('section.book-section').filter({ has: page.locator('ol.exercises') });
  await expect(exercises).toHaveCount(1);
  // At the top of the page: the far section holds its controls as text only.
  expect(await exercises.locator(CONTROLS).count()).toBe(0);
  expect(await exercises.locator('noscript[data-deferred-control]').count()).toBeGreaterThan(5);
  await exercises.scrollIntoViewIfNeeded();
  await expect(exercises.locator('noscript[data-deferred-control]')).toHaveCount(0);
  // Every section reached: the controls are the very ones a page without JavaScript has, in order.
  for (const section of await page.locator('section.book-section').all()) {
    await section.scrollIntoViewIfNeeded();
    await expect(section.locator('noscript[data-deferred-control]')).toHaveCount(0);
  }
  const withScript = await page.locator(`.book-section ${CONTROLS}`).evaluateAll(describe);
  const without = await controlsWithoutScript(browser, baseURL!);
  expect(withScript.length).toBeGreaterThan(10);
  expect(withScript).toEqual(without);
  expect(problems).toEqual([]);
});

test('every deferred control is put in before printing', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'load' });
  expect(await page.locator('noscript[data-deferred-control]').count()).toBeGreaterThan(5);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('noscript[data-deferred-control]')).toHaveCount(0);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
});

test('an exercise answer works after its controls come in, by keyboard', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'load' });
  const numeric = page.locator('li.exercise[data-exercise="numeric"]').first();
  await numeric.scrollIntoViewIfNeeded();
  const input = numeric.locator('input[data-exercise-input]');
  await expect(input).toBeAttached();
  await input.focus();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(numeric.locator('[data-exercise-feedback]')).toContainText('is not a number');
});
