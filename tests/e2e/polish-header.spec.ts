// The header a reader meets on every page: the theme toggle tells the truth from the first paint, the
// phone menu closes with Escape and says so, and nothing in the 375 px header wraps or is cut.
import { expect, test } from '@playwright/test';

const CHAPTER = '/algorithms/pair-wise/';

for (const os of ['light', 'dark'] as const) {
  test(`with a ${os} system theme the toggle's state is right at load, before any interaction`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: os });
    await page.goto(CHAPTER);
    const toggle = page.locator('[data-action="theme"]');
    await expect(page.locator('html')).toHaveAttribute('data-theme', os);
    await expect(toggle).toHaveAttribute('aria-pressed', String(os === 'dark'));
    // The toggle is named for the state it switches on (a toggle button: the name stays, pressed changes).
    await expect(toggle).toHaveAccessibleName('Dark theme');
  });
}

test('after a reload with a saved choice against the system theme, the toggle shows the saved choice', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(CHAPTER);
  await page.locator('[data-action="theme"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('[data-action="theme"]')).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('[data-action="theme"]').click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('[data-action="theme"]')).toHaveAttribute('aria-pressed', 'false');
});

test('at 375 px the header fits on one line: no control wraps and the title is not cut', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(CHAPTER);
  const report = await page.evaluate(() => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const problems: string[] = [];
    for (const b of document.querySelectorAll<HTMLElement>('.site-header button')) {
      if (!b.checkVisibility()) continue;
      const r = b.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(b).lineHeight) || 16;
      // One line of text plus padding: taller means the label wrapped.
      if (r.height > 2.2 * lineHeight + 16) problems.push(`${b.textContent} wraps (${r.height} px)`);
      if (r.right > innerWidth || r.bottom > header.bottom + 1) problems.push(`${b.textContent} sticks out`);
    }
    const title = document.querySelector<HTMLElement>('.site-title')!;
    if (title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1)
      problems.push('title is cut');
    const tr = title.getBoundingClientRect();
    if (tr.bottom > header.bottom + 1 || tr.top < header.top - 1) problems.push('title leaves the header');
    return problems;
  });
  expect(report).toEqual([]);
});

test('on a phone Escape closes the menu, and the button says what it does while open', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(CHAPTER);
  const button = page.locator('[data-action="menu"]');
  const nav = page.getByRole('navigation', { name: 'Book' });
  await expect(button).toHaveAccessibleName('Menu');
  await button.click();
  await expect(nav).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toHaveAccessibleName('Close menu');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAccessibleName('Menu');
  await expect(button).toBeFocused();
});
