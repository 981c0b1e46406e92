// Adds to `npm run bench`: the engine's speed in Node and in Chromium (cpu backend), the engine against a
// hand-written plain-JS DPO, the gzip size of TF.js plus the engine as shipped, and for each worked-example
// page what the browser downloads before and after the example becomes visible, the time from visible to
// the first step, ms per step in the page and the longest main-thread task while playing.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const out = join(process.cwd(), 'test-results');
mkdirSync(out, { recursive: true });
const common = {
  entryPoints: ['scripts/bench-engine-run.ts'],
  bundle: true,
  logLevel: 'silent',
  mainFields: ['module', 'main'],
};
buildSync({ ...common, platform: 'node', format: 'cjs', outfile: join(out, 'bench-node.cjs') });
buildSync({
  ...common,
  platform: 'browser',
  format: 'iife',
  globalName: 'Bench',
  minify: true,
  outfile: join(out, 'bench-browser.js'),
  define: { 'process.env.NODE_ENV': '"production"' },
});

const print = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(rows))
    console.log(`  ${k.padEnd(44)} ${typeof v === 'number' ? v.toFixed(3) : v}`);
};

const nodeResult = await createRequire(import.meta.url)(join(out, 'bench-node.cjs')).runBench();
print('Engine in Node (cpu backend)', nodeResult);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const chromiumPath = findChromium()?.path;
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent('<!doctype html><title>bench</title>');
await page.addScriptTag({ content: readFileSync(join(out, 'bench-browser.js'), 'utf8') });
print('Engine in Chromium (cpu backend)', await page.evaluate(() => window.Bench.runBench()));

// The pages, served as readers get them.
const server = spawn('npx', ['astro', 'preview', '--port', '4391', '--host', '127.0.0.1'], { stdio: 'ignore' });
const base = 'http://127.0.0.1:4391';
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
const examples = [
  ['/examples/dpo/', 'dpo'],
  ['/examples/rlhf/', 'ppo'],
  ['/examples/ranking/', 'ranking'],
  ['/examples/point-wise/', 'pointwise'],
  ['/lab/', 'lab'],
];
console.log('\nWorked-example pages (JS raw / gzip; times in ms)');
for (const [path, name] of examples) {
  // A short viewport, so that the example starts below the fold: "before visible" means before.
  const p = await browser.newPage({ viewport: { width: 1280, height: 320 } });
  const scripts = [];
  p.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    try {
      const body = await r.body();
      scripts.push({ url: r.url(), raw: body.length, gz: gzipSync(body).length, at: Date.now() });
    } catch {
      /* ignore */
    }
  });
  const res = await p.goto(base + path, { waitUntil: 'networkidle' });
  if (!res?.ok() || (await p.locator(`[data-widget="${name}"]`).count()) === 0) {
    await p.close();
    continue;
  }
  const before = scripts.reduce((a, s) => [a[0] + s.raw, a[1] + s.gz], [0, 0]);
  const root = p.locator(`[data-widget="${name}"]`);
  const t0 = Date.now();
  await root.scrollIntoViewIfNeeded();
  await p.waitForSelector(`[data-widget="${name}"][data-ready="true"]`, { timeout: 30000 });
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  await p.waitForFunction(
    (n) => document.querySelector(`[data-widget="${n}"] [data-step-count]`)?.textContent !== '0',
    name,
  );
  const visibleToFirstStep = Date.now() - t0;
  await p.waitForLoadState('networkidle');
  const after = scripts.reduce((a, s) => [a[0] + s.raw, a[1] + s.gz], [0, 0]);
  // Long tasks are watched while playing only (loading TF.js itself is one long task, measured above).
  await p.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await root.getByRole('button', { name: 'Play' }).click();
  await p.waitForFunction(
    (n) => Number(document.querySelector(`[data-widget="${n}"] [data-step-count]`)?.textContent) >= 40,
    name,
    { timeout: 60000 },
  );
  await root.getByRole('button', { name: 'Pause' }).click();
  const stats = await p.evaluate((n) => ({ ...window.__widgets[n].stats, longtask: window.__longest }), name);
  console.log(
    `  ${path.padEnd(22)} JS before visible ${kb(before[0])} / ${kb(before[1])}; after ${kb(after[0])} / ${kb(after[1])}; visible → first step ${visibleToFirstStep} ms; ${(stats.totalStepMs / stats.steps).toFixed(2)} ms/step; longest step ${stats.longestTaskMs.toFixed(1)} ms; longest task while playing (≥ 50 ms counted) ${stats.longtask ? stats.longtask.toFixed(0) + ' ms' : 'none'}`,
  );
  await p.close();
}
const shipped = readFileSync(join(out, 'bench-browser.js'));
console.log(
  `\nTF.js (core + gradients + cpu backend) + engine, minified: ${kb(shipped.length)} / ${kb(gzipSync(shipped).length)} gzip`,
);
await browser.close();
server.kill();
