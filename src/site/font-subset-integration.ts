// Runs src/site/font-subset.ts at the end of `astro build`, before Pagefind and the service worker (the
// order of astro.config.mjs's integrations), so the precache list names the subsets, not the full fonts.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { subsetSiteFonts } from './font-subset';

export function fontSubset(): AstroIntegration {
  return {
    name: 'font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const reports = await subsetSiteFonts(fileURLToPath(dir));
        const before = reports.reduce((a, r) => a + r.before, 0);
        const after = reports.reduce((a, r) => a + r.after, 0);
        logger.info(`${reports.length} fonts subset to the site's characters: ${before} B → ${after} B`);
      },
    },
  };
}
