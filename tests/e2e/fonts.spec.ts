// The built site's fonts after subsetting (src/site/font-subset.ts): for every character of every built
// page that the shipped font can draw, the subset in dist/ can still draw it. Read with fontkit from the
// pages' text, a path independent of the subsetter's own character list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { expect, test } from '@playwright/test';
import { shippedFontPath as shipped } from '../../scripts/shipped-font.mjs';

const ASSETS = 'dist/_astro';

function pageCharacters(): number[] {
  const seen = new Set<number>();
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
  for (const page of pages) for (const ch of readFileSync(join('dist', page), 'utf8')) seen.add(ch.codePointAt(0)!);
  return [...seen].filter((cp) => cp >= 0x20);
}

const fonts = readdirSync(ASSETS).filter((f) => f.endsWith('.woff2'));

test('the build ships each of its 24 faces once, each smaller than the shipped font', () => {
  // 19 KaTeX faces and 5 of the book's text faces (fonts.css).
  expect(fonts.filter((f) => f.startsWith('KaTeX_'))).toHaveLength(19);
  expect(fonts.filter((f) => f.startsWith('source-'))).toHaveLength(5);
  for (const file of fonts) {
    expect(readFileSync(join(ASSETS, file)).length, file).toBeLessThan(readFileSync(shipped(file)).length);
  }
});

test('every character a page shows keeps its glyph in the subset fonts', () => {
  const characters = pageCharacters();
  expect(characters.length).toBeGreaterThan(1000); // Latin, Greek, mathematics and the Chinese edition
  const lost: string[] = [];
  let dropped = 0;
  for (const file of fonts) {
    const before = fontkit.create(readFileSync(shipped(file))) as fontkit.Font;
    const after = fontkit.create(readFileSync(join(ASSETS, file))) as fontkit.Font;
    for (const cp of characters) {
      if (before.hasGlyphForCodePoint(cp) && !after.hasGlyphForCodePoint(cp))
        lost.push(`${file}: U+${cp.toString(16)}`);
    }
    dropped += before.characterSet.length - after.characterSet.length;
  }
  expect(lost).toEqual([]);
  // The subsets are real: together they dropped thousands of characters the book never shows.
  expect(dropped).toBeGreaterThan(1000);
});

// KaTeX's Main and Math italic are preloaded on the pages whose first screen has math, decided at build
// time by counting characters (src/site/rehype-opening-math.ts). Checked here by layout instead: on a
// phone-sized screen, a page with the preloads shows a formula within its first screen and a half and
// draws it in those faces; a page without them has its first formula below the first screen, or none.
const katexPreloads = (page: import('@playwright/test').Page) =>
  page
    .locator('link[rel="preload"][as="font"][href*="KaTeX_"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href.split('/').pop()!.split('.')[0]).sort());
const firstFormulaScreens = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    // The first one drawn: a formula inside a closed box or a hidden preview has no box of its own.
    const first = [...document.querySelectorAll('article .katex')].find((k) => k.getClientRects().length > 0);
    return first ? (first.getBoundingClientRect().top + scrollY) / innerHeight : Infinity;
  });

for (const path of ['/algorithms/pair-wise/', '/zh/algorithms/pair-wise/', '/examples/dpo/']) {
  test(`${path} preloads KaTeX's Main and Math italic, and its first screen draws math with them`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    expect(await katexPreloads(page)).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
    expect(await firstFormulaScreens(page)).toBeLessThan(1.5);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.style}`),
    );
    expect(loaded).toEqual(expect.arrayContaining(['KaTeX_Main normal', 'KaTeX_Math italic']));
  });
}

for (const path of ['/introduction/', '/lab/', '/']) {
  test(`${path} preloads no KaTeX face: its first formula, if any, is below the first screen`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    expect(await katexPreloads(page)).toEqual([]);
    expect(await firstFormulaScreens(page)).toBeGreaterThan(1);
  });
}
