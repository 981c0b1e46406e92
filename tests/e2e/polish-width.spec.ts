// Wide content: display equations, tables and worked examples are never cut at the column edge without a
// sign that they scroll, at a laptop width and on a phone; on a wide screen they get a wider inset than
// the text column.
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/** Chapters with the widest equations and tables, and pages with worked examples. */
const PAGES = sitemapPaths().filter((p) => p !== '/' && !p.startsWith('/references'));

/**
 * Every box in the page text that is wider than its content allows: a scroll box without a visible
 * affordance (the shadow is a `background-attachment: local` gradient), a clipped box, or an equation,
 * table or widget whose right edge runs past the page column.
 */
async function cutBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const column = main.getBoundingClientRect();
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}${e.id ? `#${e.id}` : ''} “${(e.textContent ?? '').trim().slice(0, 30)}”`;
    const problems: string[] = [];
    const visible = (e: Element) => (e as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true }) ?? true;
    for (const e of main.querySelectorAll<HTMLElement>('*')) {
      if (!visible(e) || e.closest('.katex, .sr-only, pre, textarea, svg, template, .cite-preview')) continue;
      const style = getComputedStyle(e);
      const over = e.scrollWidth - e.clientWidth;
      if (over > 1 && e.clientWidth > 2) {
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          const shadow = style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local');
          if (!shadow) problems.push(`scrolls by ${over} px with no scroll shadow: ${name(e)}`);
        } else if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
          problems.push(`clipped by ${over} px: ${name(e)}`);
        }
      }
    }
    for (const e of main.querySelectorAll<HTMLElement>('figure.equation, table, .widget, .katex-display')) {
      if (!visible(e)) continue;
      // Inside a scroll box the box itself is what must fit.
      let box: HTMLElement = e;
      for (let p = e.parentElement; p && p !== main; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') box = p;
      }
      const r = box.getBoundingClientRect();
      if (r.right > column.right + 1 || r.left < column.left - 1)
        problems.push(`runs past the page column: ${name(box)}`);
    }
    return [...new Set(problems)];
  });
}

for (const width of [1280, 375]) {
  test(`at ${width} px no equation, table or widget is cut without a scroll affordance`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      for (const p of await cutBoxes(page)) found.push(`${path}: ${p}`);
    }
    expect(found).toEqual([]);
  });
}

test('on a wide screen equations and widgets are wider than the text column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/algorithms/pair-wise/');
  const widths = await page.evaluate(() => {
    const w = (s: string) =>
      document.querySelector(`:is(article, article > .book-section) > ${s}`)!.getBoundingClientRect().width;
    return { text: w('p'), equation: w('figure.equation') };
  });
  expect(widths.text).toBeGreaterThan(600);
  expect(widths.text).toBeLessThan(720);
  expect(widths.equation).toBeGreaterThan(900);
  await page.goto('/examples/dpo/');
  const widget = await page.locator(':is(article, article > .book-section) > .widget').first().boundingBox();
  expect(widget!.width).toBeGreaterThan(900);
});

test('the nine widest display equations of the pair-wise and list-wise chapters fit a 1280 px page unscrolled', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const scrolling: string[] = [];
  for (const path of ['/algorithms/pair-wise/', '/algorithms/list-wise/']) {
    await page.goto(path);
    scrolling.push(
      ...(
        await page
          .locator('.equation-scroll')
          .evaluateAll((boxes) =>
            boxes
              .filter((b) => b.scrollWidth > b.clientWidth + 1)
              .map((b) => b.closest('figure')!.id || '(unnumbered)'),
          )
      ).map((id) => `${path}${id}`),
    );
  }
  expect(scrolling).toEqual([]);
});
