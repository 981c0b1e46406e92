// The learning path on every chapter page, in Chromium against the production build: key takeaways,
// exercises (counts, numbering, unique anchors), every numeric answer checked through the page's own UI,
// multiple-choice explanations for every option, answers readable without JavaScript and printed,
// try-it links that open their widget in the promised state, collapsible boxes that open in print and
// when the URL targets them, and glossary links that resolve.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './watch';

const CHAPTERS = [
  '/introduction/',
  '/definition/',
  '/unified-view/',
  '/preference-data/',
  '/feedback/',
  '/algorithms/',
  '/algorithms/point-wise/',
  '/algorithms/pair-wise/',
  '/algorithms/list-wise/',
  '/algorithms/training-free/',
  '/evaluation/',
  '/future-directions/',
  '/conclusion/',
  '/appendix/online-vs-offline/',
  '/appendix/remax-and-grpo/',
];

/** Scrolls to an exercise as a reader would: its section's inputs are put in as it nears the viewport. */
async function reach(exercise: Locator) {
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('noscript[data-deferred-control]')).toHaveCount(0);
}

async function enhance(page: Page) {
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => 'bookEnhance' in window);
}

test('every chapter has key takeaways and at least 4 numbered exercises; 60 in all, 20 numeric', async ({ page }) => {
  const kinds: Record<string, number> = { numeric: 0, choice: 0, try: 0 };
  for (const path of CHAPTERS) {
    await page.goto(path);
    const takeaways = page.locator('#key-takeaways');
    await expect(takeaways, path).toHaveCount(1);
    const sentences = await page.evaluate(() => {
      // The heading sits in a wrapper with its copy-link button (rehype-heading-links); the list follows.
      const h = document.getElementById('key-takeaways')!;
      const list = (h.closest('.heading') ?? h).nextElementSibling;
      return list?.tagName === 'UL' ? list.querySelectorAll(':scope > li').length : 0;
    });
    expect(sentences, path).toBeGreaterThanOrEqual(3);
    expect(sentences, path).toBeLessThanOrEqual(6);
    await expect(page.locator('#exercises'), path).toHaveCount(1);
    const exercises = page.locator('li.exercise');
    const count = await exercises.count();
    expect(count, path).toBeGreaterThanOrEqual(4);
    const labels = await page.locator('.exercise-number').allTextContents();
    labels.forEach((label, i) => expect(label).toMatch(new RegExp(`^Exercise [0-9A-Z.]+\\.${i + 1}$`)));
    for (const kind of Object.keys(kinds))
      kinds[kind] += await page.locator(`li.exercise[data-exercise="${kind}"]`).count();
    // Anchors: every exercise has its own #ex-… id, and no id is used twice on the page.
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length, `duplicate ids on ${path}`).toBe(new Set(ids).size);
    const exIds = await exercises.evaluateAll((els) => els.map((e) => e.id));
    for (const id of exIds) expect(id).toMatch(/^ex-[a-z0-9-]+$/);
  }
  expect(kinds.numeric + kinds.choice + kinds.try).toBeGreaterThanOrEqual(60);
  expect(kinds.numeric).toBeGreaterThanOrEqual(20);
});

test('the exercise number uses the chapter number from the front matter', async ({ page }) => {
  await page.goto('/algorithms/pair-wise/');
  await expect(page.locator('.exercise-number').nth(2)).toHaveText('Exercise 6.2.3');
  await page.goto('/appendix/online-vs-offline/');
  await expect(page.locator('.exercise-number').first()).toHaveText('Exercise A.1');
});

for (const path of CHAPTERS) {
  test(`${path}: every numeric answer is checked: right, wrong, empty, not a number`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto(path);
    await enhance(page);
    const numeric = page.locator('li.exercise[data-exercise="numeric"]');
    for (let i = 0; i < (await numeric.count()); i++) {
      const ex = numeric.nth(i);
      await reach(ex);
      const answer = Number(await ex.getAttribute('data-answer'));
      const tolerance = Number(await ex.getAttribute('data-tolerance'));
      expect(Number.isFinite(answer) && tolerance > 0).toBe(true);
      const input = ex.locator('input[data-exercise-input]');
      const feedback = ex.locator('[data-exercise-feedback]');
      const check = ex.getByRole('button', { name: 'Check' });
      await expect(feedback).toHaveAttribute('role', 'status');
      // Right: the engine's value as a reader would round it, within the stated tolerance.
      await input.fill(answer.toFixed(4));
      await check.click();
      await expect(feedback).toContainText('Correct');
      // Wrong: well outside the tolerance, checked with Enter instead of the button.
      await input.fill(String(Math.round((answer + 10 * tolerance + 1) * 1000) / 1000));
      await input.press('Enter');
      await expect(feedback).toContainText('Not yet');
      await input.fill('');
      await check.click();
      await expect(feedback).toContainText('Type a number first');
      await input.fill('abc');
      await check.click();
      await expect(feedback).toContainText('is not a number');
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(await feedback.textContent()).not.toMatch(/NaN|undefined|Infinity/);
      // The hint and the worked solution open on request.
      const solution = ex.locator('details.exercise-solution');
      await expect(solution.locator('div')).toBeHidden();
      await solution.locator('summary').click();
      await expect(solution.locator('div')).toBeVisible();
    }
    expect(problems).toEqual([]);
  });

  test(`${path}: multiple choice explains every option and checks the chosen one`, async ({ page }) => {
    await page.goto(path);
    await enhance(page);
    const choices = page.locator('li.exercise[data-exercise="choice"]');
    for (let i = 0; i < (await choices.count()); i++) {
      const ex = choices.nth(i);
      await reach(ex);
      const options = ex.locator('input[type="radio"]');
      const n = await options.count();
      expect(n).toBeGreaterThanOrEqual(3);
      const whys = ex.locator('.exercise-whys li');
      await expect(whys).toHaveCount(n);
      for (let j = 0; j < n; j++) expect(((await whys.nth(j).textContent()) ?? '').length).toBeGreaterThan(25);
      await expect(ex.locator('.exercise-whys li[data-verdict="correct"]')).toHaveCount(1);
      const feedback = ex.locator('[data-exercise-feedback]');
      await ex.getByRole('button', { name: 'Check' }).click();
      await expect(feedback).toContainText('Choose one');
      const wrong = ex.locator('input[data-correct="false"]').first();
      await wrong.check();
      await ex.getByRole('button', { name: 'Check' }).click();
      await expect(feedback).toContainText('Not yet');
      // By keyboard: arrow keys move between the radio buttons; Tab reaches the Check button.
      await ex.locator('input[data-correct="true"]').focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(feedback).toContainText('Correct');
    }
  });
}

test('answers are in the page without JavaScript, behind <details>, and printed in an answers section', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of CHAPTERS) {
    await page.goto(path);
    const solutions = page.locator('li.exercise details.exercise-solution');
    const n = await solutions.count();
    expect(n, path).toBe(await page.locator('li.exercise').count());
    // The answer boxes and radio buttons, which a scripted page puts in as the reader nears them, are
    // plain elements here (the build's <noscript> shows them).
    expect(await page.locator('li.exercise :is(input, select, textarea)').count(), path).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const body = solutions.nth(i).locator(':scope > :not(summary)');
      await expect(body).toBeHidden();
      await solutions.nth(i).locator('summary').press('Enter');
      await expect(body).toBeVisible();
      expect(((await body.textContent()) ?? '').trim().length).toBeGreaterThan(10);
    }
    await expect(page.locator('.exercise-answers')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.exercise-answers')).toBeVisible();
    await expect(page.locator('.exercise-answers > ol > li')).toHaveCount(n);
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});

test('collapsible boxes are closed on screen, open in print, and open when the URL targets them', async ({ page }) => {
  await page.goto('/algorithms/pair-wise/');
  const box = page.locator('#differs-orpo');
  await expect(box).toHaveJSProperty('tagName', 'DETAILS');
  await expect(box).not.toHaveAttribute('open');
  await expect(box.locator('.callout-body')).toBeHidden();
  await expect(box.locator('summary')).toContainText('Where the survey’s printed form differs');
  await page.emulateMedia({ media: 'print' });
  await expect(box.locator('.callout-body')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(box.locator('.callout-body')).toBeHidden();
  // Linked directly, and by a hash change on the same page.
  await page.goto('/algorithms/pair-wise/#differs-orpo');
  await expect(box).toHaveAttribute('open', '');
  await page.evaluate(() => (location.hash = '#differs-exo'));
  await expect(page.locator('#differs-exo')).toHaveAttribute('open', '');
  // Every collapsible box has an id to link to.
  for (const path of CHAPTERS) {
    await page.goto(path);
    const missing = await page.locator('details.callout-collapsible:not([id])').count();
    expect(missing, path).toBe(0);
  }
  await page.goto('/feedback/');
  await expect(page.locator('details.callout-practice summary')).toContainText('For practitioners');
});

test('glossary links resolve to an entry on /notation/ and preview it on focus', async ({ page }) => {
  await page.goto('/notation/');
  const entries = new Set(
    await page.locator('dl.notation > div[id^="sym-"]').evaluateAll((els) => els.map((e) => e.id)),
  );
  expect(entries.size).toBeGreaterThanOrEqual(40);
  // Symbols are rendered by KaTeX, never as TeX source.
  expect(await page.locator('dl.notation .katex').count()).toBeGreaterThan(30);
  expect(await page.locator('dl.notation').innerText()).not.toMatch(/\\(pi|beta|mathrm|log)\b/);
  let links = 0;
  for (const path of CHAPTERS) {
    await page.goto(path);
    const hrefs = await page.locator('a.gloss-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    links += hrefs.length;
    for (const href of hrefs) {
      expect(href).toMatch(/^\/notation\/#sym-/);
      expect(entries.has(href.split('#')[1]), href).toBe(true);
    }
    // One link per term per page, none inside a heading.
    expect(new Set(hrefs).size, path).toBe(hrefs.length);
    expect(await page.locator('h1 a.gloss-link, h2 a.gloss-link, h3 a.gloss-link, h4 a.gloss-link').count()).toBe(0);
  }
  expect(links).toBeGreaterThan(100);
  await page.goto('/algorithms/pair-wise/');
  // Escape is handled by the page script, which loads on the first interaction: wait for it.
  await enhance(page);
  const term = page.locator('.gloss').first();
  await term.locator('a').focus();
  await expect(term.locator('.gloss-preview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(term.locator('.gloss-preview')).toBeHidden();
});

// In both editions: a Chinese try-it link opens the Chinese page, whose widget says the promised words in
// Chinese (the `expect` of src/exercises/chapters/zh/), with the same state.
for (const edition of ['', '/zh'])
  test(`every try-it link opens its widget in the promised state${edition ? ' (Chinese edition)' : ''}`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const tries: Array<{ href: string; expect: string }> = [];
    for (const path of CHAPTERS) {
      await page.goto(edition + path);
      for (const ex of await page.locator('li.exercise[data-exercise="try"]').all()) {
        tries.push({
          href: (await ex.locator('a[data-try-link]').getAttribute('href'))!,
          expect: (await ex.getAttribute('data-expect'))!,
        });
      }
    }
    expect(tries.length).toBeGreaterThanOrEqual(15);
    for (const t of tries) {
      await page.goto(t.href);
      const widget = page.locator(new URL(t.href, 'http://x').hash);
      await expect(widget, t.href).toHaveCount(1);
      await widget.scrollIntoViewIfNeeded();
      // Only the parts the widget writes once it has read its state: the lab's method name and its
      // "why not" line, a widget's input error, the note on a link's value the widget clamped. (Option
      // labels in the static HTML do not count.)
      const written = widget
        .locator('[data-text="recipe"], [data-text="why"], [data-input-error], [data-url-note]')
        .filter({ hasText: t.expect });
      await expect(written, `${t.href} shows “${t.expect}”`).toHaveCount(1, { timeout: 30_000 });
      if (edition) expect(t.href.startsWith('/zh/'), t.href).toBe(true);
    }
  });
