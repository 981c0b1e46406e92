// Builds the search index as the last step of `astro build` (it used to be a second command after it), so
// that the service worker, generated right after by @vite-pwa/astro, can precache the index too, and so that
// `astro build --outDir dist-sub` yields a complete site in one command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The selectors pagefind.yml keeps out of the index (page furniture). The Node API does not read that file,
 * so its list is read here: one file states them for both the CLI and the build. */
function excludeSelectors(): string[] {
  const yml = readFileSync(new URL('../../pagefind.yml', import.meta.url), 'utf8');
  const list = yml.split('exclude_selectors:')[1] ?? '';
  return [...list.matchAll(/^\s*-\s*"([^"]+)"\s*$/gm)].map((m) => m[1]);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludeSelectors() });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages into ${join(site, 'pagefind')}`);
        await pagefind.close();
      },
    },
  };
}
