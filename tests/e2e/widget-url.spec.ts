// URL state that a reader could paste or mistype: a step beyond the declared maximum is clamped, a
// value that is not a number falls back to the default, an unknown choice too, and each change is
// said in a note next to the widget. "Copy link to this state" carries the widget's #anchor and lands
// on it.
import { expect, test } from '@playwright/test';
import { openWidget, scrollToWidget } from './widget-helpers';

test('?dpo.step=1000000 is clamped to 5000, said in a note, and the page stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/examples/dpo/?dpo.step=1000000');
  const root = page.locator('[data-widget="dpo"]');
  await scrollToWidget(root);
  // While the 5,000 steps replay in slices, the page still answers.
  await expect.poll(() => page.evaluate(() => document.title.length > 0)).toBe(true);
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(root.locator('[data-step-count]')).toHaveText('5000');
  await expect(root.locator('[data-url-note="step"]')).toContainText('dpo.step to 1000000');
  await expect(root.locator('[data-url-note="step"]')).toContainText('5000');
});

test('?dpo.beta=abc falls back to the default β and says so; the field shows that default', async ({ page }) => {
  const root = await openWidget(page, '/examples/dpo/?dpo.beta=abc&dpo.method=nope&dpo.lr=-1', 'dpo');
  await expect(root.locator('[data-url-note="beta"]')).toContainText('“abc”, which is not a number; the default, 0.5');
  await expect(root.locator('#dpo-beta')).toHaveValue('0.5');
  await expect(root.locator('[data-url-note="method"]')).toContainText('the default, “dpo”');
  await expect(root.getByLabel('Method')).toHaveValue('dpo');
  await expect(root.locator('[data-url-note="lr"]')).toContainText('the nearest allowed value, 0.001');
  await expect(root.getByLabel('Learning rate')).toHaveValue('0.001');
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
});

test('URL values that are inside their ranges get no note', async ({ page }) => {
  const root = await openWidget(page, '/examples/dpo/?dpo.beta=0.3&dpo.step=2', 'dpo');
  await expect(root.locator('[data-url-notes]')).toHaveCount(0);
  await expect(root.locator('[data-step-count]')).toHaveText('2');
});

const URL_CASES: Array<[string, string, string, string]> = [
  ['ppo', '/examples/rlhf/', '?ppo.epochs=1e9&ppo.reward=utility', 'epochs'],
  ['reward-model', '/examples/rlhf/', '?rm.pairs=-4', 'pairs'],
  ['ranking', '/examples/ranking/', '?ranking.order=9-9-9-9', 'order'],
  ['pointwise', '/examples/point-wise/', '?pointwise.n=abc', 'n'],
  ['icdpo', '/examples/point-wise/', '?icdpo.candidates=1', 'candidates'],
  ['lab', '/lab/', '?lab.rmPairs=1e308&lab.step=-3', 'rmPairs'],
];

for (const [name, path, query, key] of URL_CASES) {
  test(`${name}: a bad ${key} in the link is replaced and the note says so`, async ({ page }) => {
    const root = await openWidget(page, `${path}${query}`, name);
    await expect(root.locator(`[data-url-note="${key}"]`)).toBeVisible();
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
  });
}

test('"Copy link to this state" copies a link with the widget\'s #anchor that lands on the widget', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await openWidget(page, '/algorithms/point-wise/?pointwise.seed=3', 'pointwise');
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  await root.getByRole('button', { name: 'Copy link to this state' }).click();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.hash).toBe('#widget-pointwise');
  expect(url.searchParams.get('pointwise.seed')).toBe('3');
  expect(url.searchParams.get('pointwise.step')).toBe('1');
  const other = await context.newPage();
  await other.goto(url.href);
  const landed = other.locator('#widget-pointwise');
  await expect(landed).toBeInViewport();
  await expect(landed).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(landed.locator('[data-step-count]')).toHaveText('1');
});
