// Anchors on the longest pages land on screen. Display equations and at-a-glance boxes far off screen skip
// their layout until the reader nears them (content-visibility in book.css) and have a guessed height
// until then: a link to any heading, equation or exercise, early or late, must still bring its target
// into view, on a phone and on a laptop, in both editions.
import { expect, test } from './book';

// The English chapter has every anchor followed at both widths; its Chinese twin has the same anchors over
// text of other lengths, and every one of them is followed once, at the two widths in turn (even places at
// 375 px, odd ones at 1,280). Following all of the twin's anchors at both widths too was 190 s of the
// suite's ~2,700 test-seconds, for the same code path.
const PAGES = [
  { path: '/algorithms/pair-wise/', which: 'every', share: (_: number, __: number) => true },
  {
    path: '/zh/algorithms/pair-wise/',
    which: 'every other',
    share: (place: number, widthIndex: number) => place % 2 === widthIndex,
  },
];
const WIDTHS = [
  [375, 740],
  [1280, 900],
];

// One test per page and width, so the four run in parallel workers: each follows its anchors with a fresh
// load, up to a few hundred loads of the longest page of the book.
for (const { path, which, share } of PAGES) {
  for (const [widthIndex, [width, height]] of WIDTHS.entries()) {
    test(`at ${width} px ${which} heading, equation and exercise anchor of ${path} lands on screen`, async ({
      page,
    }) => {
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
      for (const id of ids.filter((_, place) => share(place, widthIndex))) {
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
