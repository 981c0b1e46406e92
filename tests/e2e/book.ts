// Playwright's `test` for pages of the book, wherever it is served: `page.goto('/notation/')` goes to the
// book's /notation/ under the base path of the run (see sitemap.ts), so one spec serves both the root run
// and the sub-path run. URLs that are not root-absolute are left alone.
import { test as base } from '@playwright/test';
import { served } from './sitemap';

export { expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = (url, options) => goto(served(url), options);
    await use(page);
  },
});
