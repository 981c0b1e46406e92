import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const chromium = findChromium();
const PORT = Number(process.env.PREVIEW_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // These two test the sub-path build (playwright.subpath.config.ts).
  testIgnore: ['base-path.spec.ts', 'offline.spec.ts'],
  fullyParallel: true,
  workers: 2,
  // One retry in CI only: a 2-core runner under load has timed out an axe scan once in 1,269 tests. A test
  // that passes only on its retry is still named as flaky in the closing summary (scripts/test-all.mjs).
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium?.path, args: CHROMIUM_ARGS },
    permissions: ['clipboard-read', 'clipboard-write'],
    // The service worker would precache the whole book in every test's fresh context; offline.spec (in
    // the sub-path run) allows it and tests it.
    serviceWorkers: 'block',
  },
  webServer: {
    // The production build, served as readers get it. `npm test` builds first.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
