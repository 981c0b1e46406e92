// The second Playwright run of `npm test`: the book built for a sub-path, as GitHub Pages serves a project
// (`BASE_PATH=/preference-learning/ astro build --outDir dist-sub`, see scripts/test-all.mjs), served by a
// static server under /preference-learning/ and nothing at the root, so any URL that escapes the base
// fails. To stay inside the CI budget it runs a stated part of the suite, not all of it:
//   - base-path.spec: no URL of any file escapes the base; linkinator crawls the served build;
//   - every-page.spec on a sample (home, text chapter, pair-wise, a worked example, lab, index pages);
//   - example-dpo.spec (a whole widget), the search test of reading.spec, scholarly.spec and citable.spec
//     (cite box data and metadata);
//   - offline.spec: offline after one visit, and the update prompt (run here only: the sub-path is the
//     harder case for a service worker's scope and precache URLs).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const chromium = findChromium();
const PORT = Number(process.env.SUBPATH_PORT ?? 4340);
const BASE = '/preference-learning/';
process.env.BOOK_DIST = 'dist-sub';
process.env.BOOK_BASE = BASE;
process.env.BOOK_SAMPLE = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: [
    'base-path.spec.ts',
    'every-page.spec.ts',
    'example-dpo.spec.ts',
    'reading.spec.ts',
    'scholarly.spec.ts',
    'citable.spec.ts',
    'offline.spec.ts',
  ],
  // Of reading.spec, only the search test; the others test nothing that depends on the base.
  grep: [/base-path|every-page|example-dpo|scholarly|citable|offline/, /reading\.spec.*search opens/],
  fullyParallel: true,
  workers: 2,
  // One retry in CI only: a 2-core runner under load has timed out an axe scan once in 1,269 tests. A test
  // that passes only on its retry is still named as flaky in the closing summary (scripts/test-all.mjs).
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium?.path, args: CHROMIUM_ARGS },
    permissions: ['clipboard-read', 'clipboard-write'],
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve-static.mjs --dir dist-sub --base ${BASE} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
