// The form controls and the math's visual layer of the sections a long page skips at load arrive when the
// reader nears them (src/site/defer-far-markup.ts). Checks that look at all of a page (axe) first go to
// each such section, as a reader scrolling through would, and wait until its markup is in.
import { expect, type Page } from '@playwright/test';

const HOLDERS = 'noscript[data-deferred-control], noscript[data-deferred-math]';

export async function reachDeferredMarkup(page: Page) {
  // A page has a handful of such sections; the bound only keeps a fault from looping.
  for (let i = 0; i < 50; i++) {
    // One query in the page, not `count()` then `first()`: the page puts sections' markup in on its own too
    // (as they near the screen), and between two separate calls the last holder could go, leaving `first()`
    // waiting for an element that will never come. A handle, not a locator: once this section's markup is
    // in, a locator would point at the next section.
    const section = await page.evaluateHandle(
      (sel) => document.querySelector(sel)?.closest('section') ?? null,
      HOLDERS,
    );
    const element = section.asElement();
    if (!element) break;
    await element.scrollIntoViewIfNeeded();
    await page.waitForFunction(([s, sel]) => !s.querySelector(sel), [element, HOLDERS] as const);
    await section.dispose();
  }
  await expect(page.locator(HOLDERS)).toHaveCount(0);
  await page.evaluate(() => scrollTo(0, 0));
}
