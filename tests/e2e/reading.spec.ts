// The reading features, each tried the way a reader would: theme, table of contents, copying TeX and
// links, equation references, search, the phone menu, keyboard-only use and print.
import type { Page } from '@playwright/test';
import { expect, test } from './book';
import { served, sitemapPaths } from './sitemap';

/** The chapter with the most numbered equations: the richest page for these tests. */
function richestChapter(): string {
  const preferred = '/unified-view/';
  return sitemapPaths().includes(preferred)
    ? preferred
    : sitemapPaths().find((p) => p !== '/' && p !== '/references/')!;
}

async function enhance(page: Page) {
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => 'bookEnhance' in window);
}

test('the theme toggle persists across reloads and never flashes the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(richestChapter());
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // Record the theme the very first time the body exists: the inline head script must have set it
  // already, so the first paint uses the dark colours.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(21, 23, 27)');
});

test('with no stored choice the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(richestChapter());
  await enhance(page);
  const links = page.locator('#page-toc a');
  const count = await links.count();
  expect(count).toBeGreaterThan(2);
  const target = (await links.nth(count - 2).getAttribute('href'))!;
  await page.locator(target).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.querySelector(id)!.scrollIntoView({ block: 'start' }), target);
  await expect(page.locator(`#page-toc a[href="${target}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#page-toc a[aria-current="true"]')).toHaveCount(1);
});

test('"Copy TeX" puts the equation\'s TeX source, without its label, on the clipboard', async ({ page }) => {
  await page.goto(richestChapter());
  const figure = page.locator('figure.equation[id^="eq-"]').first();
  const tex = (await figure.getAttribute('data-tex'))!;
  expect(tex.length).toBeGreaterThan(3);
  expect(tex).not.toContain('% label');
  await figure.getByRole('button', { name: /Copy the TeX source/ }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(tex);
  await expect(page.locator('#announcer')).toHaveText(/Copied the TeX source/);
});

test("a heading's copy-link control puts the section's full URL on the clipboard", async ({ page, baseURL }) => {
  await page.goto(richestChapter());
  const link = page.locator('.heading-link').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${baseURL}${richestChapter()}${href}`);
  expect(new URL(page.url()).hash).toBe(href);
});

test('equation references show the number of the equation they link to', async ({ page }) => {
  await page.goto(richestChapter());
  const refs = page.locator('a.eq-ref');
  expect(await refs.count()).toBeGreaterThan(0);
  for (const ref of await refs.all()) {
    const href = (await ref.getAttribute('href'))!;
    const url = new URL(href, page.url());
    // textContent, not innerText: a reference inside a closed box (a collapsible callout) is hidden.
    const text = ((await ref.textContent()) ?? '').trim();
    const target = await page.context().newPage();
    await target.goto(url.href);
    await expect(target.locator(`${url.hash} .equation-number`)).toHaveText(text);
    await target.close();
  }
});

test('search opens with "/" and finds a word of the unified-view chapter offline', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.getByRole('dialog', { name: 'Search the book' }).locator('input');
  await expect(input).toBeFocused();
  await input.fill('gradient coefficient');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  expect(
    await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  ).toContain(served('/unified-view/'));
  // Excerpts are plain words: no TeX source and no doubled glyph runs from KaTeX's visual layer.
  const excerpts = await page.locator('.pagefind-ui__result-excerpt').allInnerTexts();
  for (const e of excerpts) expect(e).not.toMatch(/\\[a-z]+/);
  expect(requests.every((u) => u.startsWith(baseURL!))).toBe(true);
});

test('on a phone the navigation is a menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(richestChapter());
  const nav = page.getByRole('navigation', { name: 'Book' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  // Focus moves to the menu's first link ("How to read this book", which comes before the Introduction).
  await expect(nav.getByRole('link').first()).toBeFocused();
  await expect(nav.getByRole('link').first()).toHaveText(/How to read this book/);
});

// Disabled controls are out of the tab order by design (the lab disables the fields that do not apply).
const CONTROLS =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), ' +
  'summary, [tabindex="0"]';

test('keyboard alone reaches every control on a chapter page', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(richestChapter());
  const controls = await page.evaluate((selector) => {
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    // checkVisibility also excludes the content of closed <details>, which Chromium keeps laid out.
    // Controls of the sections skipped at load come in as Tab scrolls toward them: count them too.
    const deferred = document.querySelectorAll('noscript[data-deferred-control]').length;
    return all.filter((e) => e.checkVisibility({ checkVisibilityCSS: true })).length + deferred;
  }, CONTROLS);
  const reached = new Set<string>();
  // The controls not reached yet, as outerHTML: a radio group is one tab stop (arrow keys move within
  // it), so reaching one of its buttons reaches the group.
  const missedControls = () =>
    page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((e) => e.checkVisibility({ checkVisibilityCSS: true }) && e.dataset.reached !== 'yes')
          .filter((e) => {
            if (!(e instanceof HTMLInputElement) || e.type !== 'radio' || !e.name) return true;
            return !document.querySelector(`input[type="radio"][name="${CSS.escape(e.name)}"][data-reached="yes"]`);
          })
          .map((e) => e.outerHTML.slice(0, 100)),
      CONTROLS,
    );
  // One pass of Tab through the page, and more while controls are left: a widget that starts while the
  // reader tabs past it redraws its body, and focus inside it then starts again from the page's top.
  for (let i = 0; i < 3 * controls + 20; i++) {
    if (i >= controls + 5 && i % 25 === 0 && (await missedControls()).length === 0) break;
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      if (!e || e === document.body) return '';
      e.dataset.reached = 'yes';
      return e.outerHTML.slice(0, 80);
    });
    if (id) reached.add(id);
  }
  const missed = await missedControls();
  expect(missed).toEqual([]);
  expect(await page.locator('noscript[data-deferred-control]').count()).toBe(0);
  // Focus is visible: the focused control gets an outline. (The loop may end with focus past the page's
  // last control, in the browser's own interface: Tab on until a control of the page has it.)
  for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement === document.body)); i++)
    await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('print hides the navigation and writes out link targets', async ({ page }) => {
  await page.goto(richestChapter());
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Book' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  // Glossary links, like citations, are not written out: the glossary is a page of its own.
  const after = await page
    .locator('article a[href^="/"]:not(.citation):not(.eq-ref):not(.gloss-link)')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/');
});

test('a chapter page loads no script file until the reader interacts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // A text chapter (no worked example embedded).
  await page.goto('/introduction/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await enhance(page);
  expect(scripts.length).toBe(1);
});

test('a citation previews its reference on keyboard focus and on hover, and Escape closes it', async ({ page }) => {
  await page.goto('/unified-view/');
  await enhance(page);
  const cite = page.locator('.cite').first();
  const preview = cite.locator('.cite-preview');
  await expect(preview).toBeHidden();
  await cite.locator('a.citation').focus();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('(2024)');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await cite.locator('a.citation').blur();
  await page.locator('.cite').nth(1).hover();
  await expect(page.locator('.cite').nth(1).locator('.cite-preview')).toBeVisible();
});
