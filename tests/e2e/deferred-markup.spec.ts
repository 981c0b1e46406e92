// Form controls and the math's visual layer in the sections a long page skips at load
// (src/site/defer-far-markup.ts), in Chromium against the production build: neither is an element of a far
// section at load (the formulas' MathML is); each section's come in, the same ones in the same order as the
// page without JavaScript, as the reader scrolls near it; a jump to a far equation, by address or by link,
// lands on it and stays put while its section fills in; all of them before printing; an answer box works by
// keyboard once in; the page stays free of errors. Widgets whose section defers its controls (point-wise's,
// the RLHF example's second stage) are mounted and driven by their own specs through the widget loader,
// which puts the controls in first.
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

const HOLDERS = 'noscript[data-deferred-control], noscript[data-deferred-math]';
const section = (page: import('@playwright/test').Page, heading: string) =>
  page.locator('section.book-section').filter({ has: page.locator(`h2#${heading}`) });

test('a far section’s formulas are MathML at load and drawn as the reader nears them, as without JavaScript', async ({
  page,
  browser,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL!);
  await page.goto(PAGE, { waitUntil: 'load' });
  const far = section(page, 'fixing-dpos-objective');
  // What a screen reader reads is there from the start; what the eye sees is text in holders.
  const formulas = await far.locator('.katex-mathml').count();
  expect(formulas).toBeGreaterThan(10);
  expect(await far.locator('.katex-html').count()).toBe(0);
  expect(await far.locator('noscript[data-deferred-math]').count()).toBe(formulas);
  await far.scrollIntoViewIfNeeded();
  await expect(far.locator('noscript[data-deferred-math]')).toHaveCount(0);
  expect(await far.locator('.katex-html').count()).toBe(formulas);
  // Drawn, not just present: every display formula of the section has the height of its spans.
  const heights = await far
    .locator('.katex-display')
    .evaluateAll((ds) => ds.map((d) => d.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(3);
  expect(Math.min(...heights)).toBeGreaterThan(20);
  // The whole page, once read through, has the same spans as the page without JavaScript.
  for (const s of await page.locator('section.book-section').all()) await s.scrollIntoViewIfNeeded();
  await expect(page.locator(HOLDERS)).toHaveCount(0);
  const spans = (p: import('@playwright/test').Page) =>
    p.locator('.katex-html').evaluateAll((ks) => ks.map((k) => k.innerHTML.length).join(','));
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const plain = await context.newPage();
  await plain.goto(PAGE);
  expect(await spans(page)).toBe(await spans(plain));
  await context.close();
  expect(problems).toEqual([]);
});

// Where the target is on screen now and a few frames later: a section filled in above the target after the
// jump would push it down, unless the browser's scroll anchoring keeps it in place.
async function stays(page: import('@playwright/test').Page, id: string) {
  const top = () => page.locator(`[id="${id}"]`).evaluate((e) => Math.round(e.getBoundingClientRect().top));
  const first = await top();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  return [first, await top()];
}

test('a jump to a far equation by the address lands on it, drawn, and it stays put', async ({ page }) => {
  await page.goto(`${PAGE}#eq-ipo-loss`, { waitUntil: 'load' });
  const [first, later] = await stays(page, 'eq-ipo-loss');
  expect(later).toBe(first);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThan(300);
  expect(await section(page, 'fixing-dpos-objective').locator('noscript[data-deferred-math]').count()).toBe(0);
  const box = await page.locator('#eq-ipo-loss .katex-html').boundingBox();
  expect(box?.height).toBeGreaterThan(20);
});

test('a link to a far equation lands on it, drawn, and it stays put', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'load' });
  const from = section(page, 'the-losses-side-by-side');
  await from.scrollIntoViewIfNeeded();
  // The target's section is hundreds of lines up: still in holders when the link is followed.
  const to = section(page, 'fixing-dpos-objective');
  expect(await to.locator('noscript[data-deferred-math]').count()).toBeGreaterThan(10);
  await from.locator('a[href="#eq-ipo-loss"]').first().click();
  await expect(page).toHaveURL(/#eq-ipo-loss$/);
  const [first, later] = await stays(page, 'eq-ipo-loss');
  expect(later).toBe(first);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThan(300);
  expect(await to.locator('noscript[data-deferred-math]').count()).toBe(0);
});

test('every deferred control and formula is put in before printing', async ({ page }) => {
  await page.goto(PAGE, { waitUntil: 'load' });
  expect(await page.locator('noscript[data-deferred-control]').count()).toBeGreaterThan(5);
  expect(await page.locator('noscript[data-deferred-math]').count()).toBeGreaterThan(100);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator(HOLDERS)).toHaveCount(0);
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
