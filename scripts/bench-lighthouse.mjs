// Lighthouse 12 (its default mobile profile: a mid-range phone, slow 4G, 4× CPU slowdown) on one page of
// each kind, served from dist/ by scripts/serve-static.mjs with gzip, as a static host would. Prints
// performance, accessibility, best practices and SEO per page (the target is ≥ 0.98 each). A measurement,
// never a test. Lighthouse's simulation multiplies the main-thread time it observes, so one run's
// performance score moves by several hundredths with the machine's load; each page is therefore run
// BENCH_LIGHTHOUSE_RUNS times (default 3) and the median run is shown (the run with the median performance
// score, so its metrics belong together), with the lowest and highest performance score beside it.
// `node scripts/bench-lighthouse.mjs [dist] [base]`; BENCH_PAGES=pair-wise (a substring of the path) runs
// only the pages that match, for quick comparisons.
//
// Two tables: Lighthouse's default 4× CPU slowdown, which is what a reader running Lighthouse gets, and,
// when this machine is not the fast desktop that factor assumes, the same pages again with the slowdown
// Lighthouse's docs give for the machine's measured benchmarkIndex (scripts/lighthouse-cpu.mjs), so the
// simulated phone is the same mid-range one wherever the bench runs. BENCH_LIGHTHOUSE_CALIBRATED=0 skips
// the second table.
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { calibratedCpuSlowdown } from './lighthouse-cpu.mjs';
import { serveStatic } from './serve-static.mjs';

export const LIGHTHOUSE_PAGES = [
  ['home', '/'],
  ['text chapter', '/introduction/'],
  ['heaviest equations (pair-wise)', '/algorithms/pair-wise/'],
  ['its Chinese twin (zh pair-wise)', '/zh/algorithms/pair-wise/'],
  ['worked example (DPO)', '/examples/dpo/'],
  ['the lab', '/lab/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse({
  dir = 'dist',
  base = '/',
  port = Number(process.env.BENCH_PORT ?? 4341),
  cpuSlowdown = undefined,
} = {}) {
  const server = await serveStatic({ dir, base, port });
  const chromium = findChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: chromium?.path,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS.filter((a) => a !== '--no-sandbox')],
  });
  const rows = [];
  try {
    const only = process.env.BENCH_PAGES;
    const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 1);
    for (const [name, path] of LIGHTHOUSE_PAGES.filter(([, p]) => !only || p.includes(only))) {
      const url = `http://127.0.0.1:${port}${base}${path.slice(1)}`;
      const tries = [];
      for (let i = 0; i < runs; i++) tries.push(await measure(url, chrome.port, cpuSlowdown));
      tries.sort((a, b) => a.scores[0] - b.scores[0]);
      const median = tries[Math.floor((tries.length - 1) / 2)];
      const indices = tries.map((t) => t.benchmarkIndex).filter(Number.isFinite);
      rows.push({ name, path, ...median, perfRange: [tries[0].scores[0], tries.at(-1).scores[0]], runs, indices });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return rows;
}

async function measure(url, port, cpuSlowdown) {
  const config = cpuSlowdown
    ? { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } }
    : undefined;
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const result = await lighthouse(url, flags, config);
  const lhr = result?.lhr;
  const score = (c) => lhr?.categories[c]?.score ?? NaN;
  const failing = Object.values(lhr?.audits ?? {})
    .filter(
      (a) =>
        a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
    )
    .map((a) => a.id);
  return {
    scores: CATEGORIES.map(score),
    failing,
    lcp: lhr?.audits['largest-contentful-paint']?.numericValue,
    // Total blocking time and the DOM's element count: what an equation-heavy page pays for its markup.
    tbt: lhr?.audits['total-blocking-time']?.numericValue,
    cls: lhr?.audits['cumulative-layout-shift']?.numericValue,
    dom: lhr?.audits['dom-size']?.numericValue,
    // Lighthouse's measure of this machine's CPU, taken at every run.
    benchmarkIndex: lhr?.environment?.benchmarkIndex,
    cpuSlowdown: lhr?.configSettings?.throttling?.cpuSlowdownMultiplier,
  };
}

/**
 * Whether the machine has a font for Chinese. Without one, Chromium searches the system's fonts for every
 * CJK character and draws boxes: the Chinese pages then first painted ~1 s later here than on a reader's
 * machine (measured before and after `apt-get install fonts-noto-cjk`), which says nothing about the book.
 */
function hasChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status !== 0 || r.stdout.trim() !== '';
}

/** Both tables (see the top of this file). */
export async function benchLighthouse({ dir = 'dist', base = '/' } = {}) {
  const rows = await runLighthouse({ dir, base });
  printLighthouse(rows);
  const indices = rows.flatMap((r) => r.indices).sort((a, b) => a - b);
  const index = indices[Math.floor((indices.length - 1) / 2)];
  const factor = calibratedCpuSlowdown(index);
  console.log(`\nThis machine's benchmarkIndex (median of ${indices.length} runs): ${Math.round(index)}.`);
  if (process.env.BENCH_LIGHTHOUSE_CALIBRATED === '0') return;
  if (!factor) {
    console.log('Too slow for any CPU slowdown to emulate Lighthouse’s phone: no calibrated table.');
    return;
  }
  if (Math.abs(factor - 4) < 0.25) {
    console.log('Lighthouse’s default 4× already fits this machine: no calibrated table.');
    return;
  }
  const rounded = Math.round(factor * 10) / 10;
  console.log(
    `Lighthouse assumes a desktop of about 1533 for its 4×; its docs give ${rounded}× for this machine. The same pages at ${rounded}×:`,
  );
  printLighthouse(await runLighthouse({ dir, base, cpuSlowdown: rounded }));
}

export function printLighthouse(rows) {
  if (rows.some((r) => r.path.startsWith('/zh/')) && !hasChineseFont()) {
    console.log('\nNote: no Chinese font is installed (fc-list :lang=zh is empty), so the /zh/ rows are slower than');
    console.log('a reader would see; install one (Debian: apt-get install fonts-noto-cjk) to measure them.');
  }
  const runs = rows[0]?.runs ?? 1;
  const cpu = rows[0]?.cpuSlowdown;
  console.log(
    `\nLighthouse 12, mobile, CPU slowdown ${cpu ?? '?'}× (performance / accessibility / best practices / SEO), the median of ${runs} run(s) a page:`,
  );
  console.log(
    'page'.padEnd(34),
    'perf'.padEnd(6),
    'a11y'.padEnd(6),
    'best'.padEnd(6),
    'seo'.padEnd(6),
    'LCP'.padEnd(8),
    'TBT'.padEnd(8),
    'CLS'.padEnd(6),
    'perf, all runs'.padEnd(15),
    'DOM elements',
  );
  for (const r of rows) {
    const [p, a, b, s] = r.scores.map((x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a'));
    const lcp = r.lcp ? `${(r.lcp / 1000).toFixed(2)} s` : '';
    const tbt = Number.isFinite(r.tbt) ? `${Math.round(r.tbt)} ms` : '';
    console.log(
      r.name.padEnd(34),
      p.padEnd(6),
      a.padEnd(6),
      b.padEnd(6),
      s.padEnd(6),
      lcp.padEnd(8),
      tbt.padEnd(8),
      (Number.isFinite(r.cls) ? r.cls.toFixed(3) : '').padEnd(6),
      r.perfRange
        .map((x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a'))
        .join('–')
        .padEnd(15),
      String(r.dom ?? '').padEnd(12),
      r.failing.length ? `  below 0.9: ${r.failing.join(', ')}` : '',
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLighthouse({ dir: process.argv[2] ?? 'dist', base: process.argv[3] ?? '/' });
}
