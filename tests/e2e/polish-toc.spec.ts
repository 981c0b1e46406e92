// "On this page" follows the reader: on a long chapter the highlighted entry stays inside the visible part
// of the (scrolling) contents column, wherever the reader is.
import { expect, test, type Page } from '@playwright/test';

const LONG = '/algorithms/pair-wise/';

async function currentEntryInView(page: Page, list: string) {
  return page.evaluate((sel) => {
    const current = document.querySelector<HTMLElement>(`${sel} a[aria-current="true"]`);
    if (!current) return 'no entry is marked';
    let box: HTMLElement | null = current.parentElement;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    const r = current.getBoundingClientRect();
    const b = box ? box.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    const top = Math.max(b.top, 0);
    const bottom = Math.min(b.bottom, innerHeight);
    return r.top >= top - 1 && r.bottom <= bottom + 1
      ? 'in view'
      : `off-screen (${r.top}..${r.bottom} outside ${top}..${bottom})`;
  }, list);
}

for (const [width, list] of [
  [1600, '#page-toc'],
  [1280, '#book-nav .nav-sections'],
] as const) {
  test(`at ${width} px the marked section of a long chapter stays in view as the reader scrolls`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(LONG);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => 'bookEnhance' in window);
    const hrefs = await page.locator(`${list} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(8);
    // The list is taller than its column, so without scrolling it the last entries would be hidden.
    for (const href of [hrefs[hrefs.length - 1], hrefs[Math.floor(hrefs.length / 2)], hrefs[0]]) {
      await page.evaluate((id) => document.getElementById(id.slice(1))!.scrollIntoView({ block: 'start' }), href);
      // The marked entry is this section's, or a later one whose heading follows within the top fifth.
      await expect
        .poll(() =>
          page.evaluate((sel) => {
            const hs = [...document.querySelectorAll<HTMLAnchorElement>(`${sel} a`)].map((a) => a.getAttribute('href'));
            return hs.indexOf(document.querySelector(`${sel} a[aria-current="true"]`)?.getAttribute('href') ?? '');
          }, list),
        )
        .toBeGreaterThanOrEqual(hrefs.indexOf(href));
      await expect.poll(() => currentEntryInView(page, list)).toBe('in view');
    }
  });
}
