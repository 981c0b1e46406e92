// Anchors on the longest pages land on screen. Display equations and at-a-glance boxes far off screen skip
// their layout until the reader nears them (content-visibility in book.css) and have a guessed height
// until then: a link to any heading, equation or exercise, early or late, must still bring its target
// into view, on a phone and on a laptop, in both editions.
import { expect, test } from './book';

const PAGES = ['/algorithms/pair-wise/', '/zh/algorithms/pair-wise/'];

// One test per page and width, so the four run in parallel workers: each follows every anchor of its page
// with a fresh load, a few hundred loads of the longest page of the book.
for (const path of PAGES) {
  for (const [width, height] of [
    [375, 740],
    [1280, 900],
  ]) {
    test(`at ${width} px every heading, equation and exercise anchor of ${path} lands on screen`, async ({ page }) => {
      test.setTimeout(360_000);
      await page.setViewportSize({ width, height });
      const missed: string[] = [];
      await page.goto(path);
      const ids = await page
        .locator('article :is(h2, h3, figure.equation, .exercise, .exercise-question)[id]')
        .evaluateAll((es) => es.map((e) => e.id));
      // The page's anchors, the late ones included (the exercises come last).
      expect(ids.filter((id) => id.startsWith('eq-')).length).toBeGreaterThan(5);
      expect(ids.filter((id) => id.startsWith('ex-')).length).toBeGreaterThan(3);
      for (const id of ids) {
        // A fresh load each time, as a reader following a link from elsewhere arrives.
        await page.goto('about:blank');
        await page.goto(`${path}#${id}`, { waitUntil: 'load' });
        // Let any block near the target render at its real size before looking.
        await page.waitForTimeout(150);
        const top = await page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);
        if (top < 0 || top >= height) missed.push(`${path}#${id} is at ${Math.round(top)} px`);
      }
      expect(missed).toEqual([]);
    });
  }
}
