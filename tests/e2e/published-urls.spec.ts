// Every URL the site has published still resolves in the production build: the page exists (or
// redirects) and the anchor is still on it. A renamed page or heading breaks this test until a redirect
// or an explicit {#id} keeps the old address alive.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const urls = readFileSync('tests/published-urls.txt', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const byPage = new Map<string, string[]>();
for (const u of urls) {
  const [path, anchor] = u.split('#');
  byPage.set(path, [...(byPage.get(path) ?? []), ...(anchor ? [anchor] : [])]);
}

test('the published-URL list is not empty', () => {
  expect(byPage.size).toBeGreaterThan(3);
});

for (const [path, anchors] of byPage) {
  test(`published ${path} and its ${anchors.length} anchors resolve`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const missing: string[] = [];
    for (const anchor of anchors) {
      if ((await page.locator(`[id="${anchor}"]`).count()) !== 1) missing.push(anchor);
    }
    expect(missing).toEqual([]);
  });
}
