// The form controls and the math's visual layer of the sections a long page skips at load arrive when the
// reader nears them (src/site/defer-far-markup.ts). Checks that look at all of a page (axe) first go to
// each such section, as a reader scrolling through would, and wait until its markup is in.
import { expect, type Page } from '@playwright/test';

export async function reachDeferredMarkup(page: Page) {
  const holders = page.locator('noscript[data-deferred-control], noscript[data-deferred-math]');
  // A page has a handful of such sections; the bound only keeps a fault from looping.
  for (let i = 0; i < 50 && (await holders.count()) > 0; i++) {
    // A handle, not a locator: once this section's controls are in, `first()` would be the next section's.
    const section = await holders.first().evaluateHandle((h) => h.closest('section')!);
    await section.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (s) => !s.querySelector('noscript[data-deferred-control], noscript[data-deferred-math]'),
      section,
    );
    await section.dispose();
  }
  await expect(holders).toHaveCount(0);
  await page.evaluate(() => scrollTo(0, 0));
}
