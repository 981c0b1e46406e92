// One way of writing things across the book: an equation reference is its number in one pair of brackets,
// and help texts point to tables that exist.
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

test('equation references render as "(6.2)", never in doubled brackets', async ({ page }) => {
  const doubled: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const found = await page.locator('a.eq-ref').evaluateAll((refs) =>
      refs
        .map((a) => {
          const before = a.previousSibling?.textContent ?? '';
          const after = a.nextSibling?.textContent ?? '';
          return before.endsWith('(') && after.startsWith(')') ? `(${a.textContent})` : '';
        })
        .filter(Boolean),
    );
    doubled.push(...found.map((f) => `${path}: ${f}`));
  }
  expect(doubled).toEqual([]);
});

test("the DPO example's data help names the candidates it points to, on the page", async ({ page }) => {
  await page.goto('/examples/dpo/');
  const help = page.locator('#widget-dpo .widget-data p').first();
  await expect(help).not.toContainText('table below');
  await expect(help).toContainText('steps');
});
