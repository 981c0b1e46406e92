// The one way the suite runs axe. AxeBuilder's default mode runs axe in every frame of the page and then
// once more in a blank page it opens to merge the frames' results (finishRun); its legacy mode runs axe
// once, in the page. The book has no frames, so both report the same, and the legacy mode saved 3–4 s of
// the ~15 s a scan of the pair-wise chapter took here. The frame count is checked, so a page that ever
// gains an iframe fails here instead of being scanned without it.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules (with those of 2.0 and 2.1 they include). */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export function axeScan(page: Page): AxeBuilder {
  expect(page.frames(), 'axe runs in the page only: the book has no frames').toHaveLength(1);
  return new AxeBuilder({ page }).setLegacyMode(true);
}
