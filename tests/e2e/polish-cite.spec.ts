// The cite box: collapsed under one button, one format at a time (ARIA tabs), the picked format and the
// picked target visible, and the Copy button beside the text rather than over it.
import { expect, test } from '@playwright/test';

const CHAPTER = '/algorithms/pair-wise/';

test('the cite box opens from a "Cite this page" button and shows one format at a time', async ({ page }) => {
  await page.goto(CHAPTER);
  const box = page.locator('#cite-this-page');
  const toggle = box.getByRole('button', { name: 'Cite this page' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(box.getByRole('tablist')).toBeHidden();
  const closedHeight = (await box.boundingBox())!.height;
  expect(closedHeight).toBeLessThan(200);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const tabs = box.getByRole('tab');
  expect(await tabs.count()).toBeGreaterThanOrEqual(4);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box.getByRole('tabpanel')).toHaveCount(1);
  const bibtex = box.getByRole('tabpanel');
  await expect(bibtex).toContainText('@misc');
  // Keyboard: arrows move between formats, the picked one is marked and shown alone.
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  const second = tabs.nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'false');
  await expect(box.getByRole('tabpanel')).toHaveCount(1);
  await expect(box.getByRole('tabpanel')).toHaveAccessibleName((await second.innerText()).trim());
  await expect(box.getByRole('tabpanel')).not.toContainText('@misc');
  // The open box is far shorter than the old stack of every format.
  expect((await box.boundingBox())!.height).toBeLessThan(900);
});

test('choosing a section shows which section and which format are cited', async ({ page }) => {
  await page.goto(CHAPTER);
  const box = page.locator('#cite-this-page');
  await box.getByRole('button', { name: 'Cite this page' }).click();
  const select = box.getByLabel('What to cite');
  const option = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(option!);
  await expect(box.getByRole('tabpanel')).toContainText(`#${option}`);
  await expect(box.locator('[data-cite-shown]')).toContainText(/Section:/);
  await expect(box.locator('[data-cite-shown]')).toContainText('BibTeX');
});

for (const width of [1280, 375]) {
  test(`at ${width} px the Copy button does not cover the citation text`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(CHAPTER);
    const box = page.locator('#cite-this-page');
    await box.getByRole('button', { name: 'Cite this page' }).click();
    for (const tab of await box.getByRole('tab').all()) {
      await tab.click();
      const panel = box.getByRole('tabpanel');
      const copy = (await panel.getByRole('button', { name: /Copy/ }).boundingBox())!;
      const text = (await panel.locator('pre').boundingBox())!;
      const overlap =
        copy.x < text.x + text.width &&
        text.x < copy.x + copy.width &&
        copy.y < text.y + text.height &&
        text.y < copy.y + copy.height;
      expect(overlap, await tab.innerText()).toBe(false);
    }
  });
}

test('the Copy button copies the shown format', async ({ page }) => {
  await page.goto(CHAPTER);
  const box = page.locator('#cite-this-page');
  await box.getByRole('button', { name: 'Cite this page' }).click();
  await box.getByRole('tab').nth(1).click();
  const panel = box.getByRole('tabpanel');
  await panel.getByRole('button', { name: /Copy/ }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe((await panel.locator('pre').textContent())!);
});
