// Search excerpts are the book's words: no copy-link labels, no "At a glance" field names glued to
// their values, no button captions. The test runs Pagefind's own search in the page, as the dialog does.
import { expect, test } from '@playwright/test';

// The prose may name a button ("the Copy link to this state button"); these are the furniture's own texts.
const FURNITURE = [
  /Copy link to (section|equation|the example)/i,
  /Copy TeX/,
  /Consumes\s*(single|preference|ranked|no)/,
  /Reference model\s*(required|optional|none)/,
  /Step\s*Play\s*Reset/,
  /Show the code this example runs/,
];

test('search excerpts carry no page furniture', async ({ page }) => {
  await page.goto('/');
  const excerpts = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
    const texts: string[] = [];
    for (const q of [
      'copy link',
      'consumes preference pairs',
      'reference model required',
      'copy tex',
      'step play reset',
      'DPO',
    ]) {
      const search = await pagefind.search(q);
      for (const r of search.results.slice(0, 12)) {
        const data = await r.data();
        texts.push(data.excerpt, ...data.sub_results.map((s: { excerpt: string }) => s.excerpt));
      }
    }
    // Excerpts mark the matched words with <mark>; the reader sees the text.
    return texts.map((t) => t.replace(/<\/?mark>/g, ''));
  });
  expect(excerpts.length).toBeGreaterThan(5);
  const bad = excerpts.filter((e) => FURNITURE.some((f) => f.test(e)));
  expect(bad).toEqual([]);
});
