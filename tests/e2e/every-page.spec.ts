// Every page of the sitemap, in Chromium against the production build: loads cleanly, stays on its own
// origin, renders all its math, fits a 375 px phone, and has no axe violation in either theme.
import axe from 'axe-core';
import { reachDeferredMarkup } from './deferred-markup';
import { expect, test } from './book';
import { pagesToVisit, sitemapPaths } from './sitemap';
import { watchPage } from './watch';
import { axeScan, WCAG } from './axe';

// The WCAG A/AA rules of axe whose result a colour scheme can change (its category "color").
const COLOUR_RULES = axe
  .getRules(['cat.color'])
  .filter((rule) => rule.tags.some((tag) => WCAG.includes(tag)))
  .map((rule) => rule.ruleId);

test('the dark-theme pass has colour rules to run', () => {
  expect(COLOUR_RULES).toContain('color-contrast');
});

test('the scan in the page finds what it should: an image without a text and pale text', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const planted = document.createElement('p');
    planted.innerHTML = '<img src="favicon.svg" width="20" height="20"> <span style="color:#eee">pale words</span>';
    document.querySelector('main')!.append(planted);
  });
  const { violations } = await axeScan(page).withTags(WCAG).analyze();
  expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

test('the sitemap lists the book', () => {
  const paths = sitemapPaths();
  expect(paths).toContain('/');
  expect(paths).toContain('/references/');
  expect(paths.length).toBeGreaterThan(3);
});

for (const path of pagesToVisit()) {
  test.describe(`page ${path}`, () => {
    test('loads with no error, no failed or foreign request, and all math rendered', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(path, { waitUntil: 'load' });
      // Interact once so the on-demand enhancement script loads too, and is checked with the page.
      await page.mouse.move(10, 10);
      await page.waitForFunction(() => 'bookEnhance' in window);
      expect(await page.locator('.katex-error').count()).toBe(0);
      // The reading text, without code blocks and citation boxes where TeX source is expected.
      const text = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('pre, code, .cite-this, annotation').forEach((e) => e.remove());
        return copy.innerText;
      });
      expect(text).not.toContain('$$');
      expect(text).not.toMatch(/\\(frac|mathcal|beta|sigma|pi)\b/);
      expect(problems).toEqual([]);
    });

    test('fits a 375 px screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    // One page load for both themes: the full WCAG set in the light theme, then the reader's own switch to
    // dark and the rules whose outcome depends on colour. The other rules read structure, names and roles,
    // which a theme does not change; running them twice cost about a third of this spec's time.
    test('has no axe violations (WCAG 2.2 A/AA in the light theme, colour rules in the dark one)', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('theme', 'light'));
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await reachDeferredMarkup(page);
      const light = await axeScan(page).withTags(WCAG).analyze();
      await page.locator('[data-action="theme"]:visible').first().click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const dark = await axeScan(page).withRules(COLOUR_RULES).analyze();
      const summary = (theme: string, violations: typeof light.violations) =>
        violations.map((v) => `${theme} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      expect([...summary('light', light.violations), ...summary('dark', dark.violations)]).toEqual([]);
    });
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
});
