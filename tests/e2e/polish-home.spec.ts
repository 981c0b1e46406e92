// The cover: what the book is, a live worked example, three reading paths, the survey credit, and a
// contents list numbered once.
import { expect, test } from '@playwright/test';
import { scrollToWidget } from './widget-helpers';

test('the contents list is numbered once', async ({ page }) => {
  await page.goto('/');
  const contents = page.locator('.contents');
  await expect(contents).toBeVisible();
  // No list markers on top of the chapter numbers.
  const markers = await contents
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => getComputedStyle(li).listStyleType));
  expect(markers.every((m) => m === 'none')).toBe(true);
  await expect(contents.getByRole('link', { name: /^1 Introduction/ })).toBeVisible();
});

test('the cover says what the book is, offers three reading paths and credits the survey', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('Preference Learning');
  const paths = page.locator('.reading-paths');
  for (const who of ['newcomer', 'practitioner', 'researcher']) {
    await expect(paths.getByRole('heading', { name: new RegExp(who, 'i') })).toBeVisible();
  }
  expect(await paths.locator('a[href^="/how-to-read/"]').count()).toBeGreaterThanOrEqual(3);
  const credit = page.locator('.survey-credit');
  await expect(credit).toContainText('Gao');
  await expect(credit.getByRole('link', { name: /Towards a Unified View/ })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/2409.02795',
  );
});

test('the cover carries a live worked example that trains in the page', async ({ page }) => {
  await page.goto('/');
  const widget = page.locator('.cover-teaser .widget');
  await expect(widget).toBeVisible();
  await scrollToWidget(widget);
  await expect(widget.locator('[data-backend]')).not.toHaveText('not loaded yet', { timeout: 20_000 });
  await widget.getByRole('button', { name: 'Step' }).click();
  await expect(widget.locator('[data-step-count]')).toHaveText('1');
});
