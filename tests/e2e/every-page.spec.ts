// Every page of the sitemap, in Chromium against the production build: loads cleanly, stays on its own
// origin, renders all its math, fits a 375 px phone, and has no axe violation in either theme.
import AxeBuilder from '@axe-core/playwright';
import { reachDeferredMarkup } from './deferred-markup';
import { expect, test } from './book';
import { pagesToVisit, sitemapPaths } from './sitemap';
import { watchPage } from './watch';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations (WCAG 2.2 A/AA, ${theme} theme)`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await reachDeferredMarkup(page);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
});
