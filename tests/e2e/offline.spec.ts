// Offline after one visit, and updates that never mix builds. The build under test is copied and served by
// a server of this test (scripts/serve-static.mjs, on a free port) so it can be stopped — the network really
// gone, not only emulated — and then restarted with a changed build.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { BOOK_BASE, DIST } from './sitemap';
import { openWidget, stepTimes } from './widget-helpers';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let dir = '';
let server: Server;
let port = 0;
const start = async () => {
  server = (await serveStatic({ dir, base: BOOK_BASE, port })) as Server;
  port = (server.address() as AddressInfo).port;
};
const stop = () =>
  new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });
const at = (path: string) => `http://127.0.0.1:${port}${BOOK_BASE}${path.replace(/^\//, '')}`;

test.beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'offline-')), 'site');
  cpSync(DIST, dir, { recursive: true });
  await start();
});
test.afterAll(async () => {
  if (server.listening) await stop();
});

test('after one visit the whole book works with the network off: new pages, a widget step, search, code', async ({
  context,
  page,
}) => {
  test.setTimeout(180_000);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(at('/introduction/'), { waitUntil: 'networkidle' });
  // The worker registers after load and precaches in the background: the text page still loads no script.
  expect(scripts).toEqual([]);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await stop();
  await context.setOffline(true);

  // Pages never visited, with their styles, fonts and math.
  for (const path of ['/algorithms/pair-wise/', '/notation/', '/references/']) {
    const response = await page.goto(at(path));
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
    const styled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null),
    );
    expect(styled, `${path} has its stylesheets`).toBe(true);
    if (path !== '/references/')
      expect(await page.locator('.katex').count(), `${path} has its math`).toBeGreaterThan(0);
  }
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family)),
  ).toEqual([]);

  // A worked example: TF.js and the widget's code come from the cache; one step runs.
  const root = await openWidget(page, at('/examples/dpo/'), 'dpo');
  await stepTimes(root, 1);
  const pairLoss = await root.locator('[data-cell="pairLoss"]').innerText();
  expect(pairLoss).toMatch(/\d/);
  await root.getByText('Show the code this example runs').click();
  await expect(root.locator('.widget-code pre').first()).toBeVisible();

  // Search: the Pagefind index is precached too; results stay under the base.
  await page.keyboard.press('/');
  const input = page.getByRole('dialog', { name: 'Search the book' }).locator('input');
  await expect(input).toBeFocused();
  await input.fill('gradient coefficient');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BOOK_BASE}`));

  await context.setOffline(false);
});

test('a new build shows "A new version is available — reload" and only then replaces the old one', async ({ page }) => {
  test.setTimeout(180_000);
  if (!server.listening) await start();
  await page.goto(at('/definition/'));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect(page.locator('meta[name="build-marker"]')).toHaveCount(0);

  // "Deploy" a changed build: one page changes, and so does its revision in the worker's precache list.
  await stop();
  const pagePath = join(dir, 'definition', 'index.html');
  writeFileSync(
    pagePath,
    readFileSync(pagePath, 'utf8').replace('<head>', '<head><meta name="build-marker" content="2">'),
  );
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const changed = sw.replace(/(url:"definition\/index\.html",revision:")[0-9a-f]+"/, '$1changed0000"');
  expect(changed).not.toBe(sw);
  writeFileSync(swPath, changed);
  await start();

  await page.goto(at('/definition/'));
  const prompt = page.locator('#update-prompt');
  await expect(prompt).toContainText('A new version is available', { timeout: 60_000 });
  // Until the reader accepts, the page is the old build's.
  await expect(page.locator('meta[name="build-marker"]')).toHaveCount(0);
  await prompt.getByRole('button', { name: /Reload/ }).click();
  await expect(page.locator('meta[name="build-marker"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('#update-prompt')).toHaveCount(0);
});
