// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import AstroPWA from '@vite-pwa/astro';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { rehypeCodeBlocks } from './src/site/rehype-code-blocks';
import { rehypeEquations } from './src/site/rehype-equations';
import { rehypeHeadingLinks } from './src/site/rehype-heading-links';
import { rehypeKatexErrors } from './src/site/rehype-katex-errors';
import { remarkCitations } from './src/site/remark-citations';
import { escapeHeadingIds, remarkHeadingIds } from './src/site/remark-heading-ids';
import { remarkHeadingText } from './src/site/remark-heading-text';
import { DEFAULT_SITE_URL, normaliseBase } from './src/site/base';
import { REDIRECTS } from './src/site/redirects';
import { pagefindIndex } from './src/site/pagefind-integration';
import { PWA_OPTIONS } from './src/site/pwa';

/** MDX reads `{#id}` as JavaScript; escape explicit heading ids before it parses (see remark-heading-ids). */
function explicitHeadingIds() {
  return {
    name: 'explicit-heading-ids',
    enforce: /** @type {const} */ ('pre'),
    transform(/** @type {string} */ code, /** @type {string} */ id) {
      if (!id.endsWith('.mdx')) return undefined;
      return { code: escapeHeadingIds(code), map: null };
    },
  };
}

// Where the book is published: SITE_URL is the canonical origin, BASE_PATH the sub-path (GitHub Pages
// serves a project at /<repository>/). Source files keep root-absolute links; src/middleware.ts and
// src/site/base.ts add the base, reading it back from import.meta.env.BASE_URL and .SITE.
const SITE_URL = new URL(process.env.SITE_URL || DEFAULT_SITE_URL).origin;
const BASE_PATH = normaliseBase(process.env.BASE_PATH || '/');

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Astro writes a redirect's target as the route's own path, without the base: add it here (the middleware
  // never sees redirect pages). A target given with the base no longer matches a route, so Astro keeps it.
  redirects: Object.fromEntries(
    Object.entries(REDIRECTS).map(([from, to]) => [from, to.startsWith('/') ? BASE_PATH + to.slice(1) : to]),
  ),
  build: { format: 'directory' },
  // Order matters: Pagefind writes the search index before the service worker lists what to precache.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.includes('/code/') }), pagefindIndex(), AstroPWA(PWA_OPTIONS)],
  markdown: {
    remarkPlugins: [remarkMath, remarkHeadingIds, remarkHeadingText, remarkCitations],
    rehypePlugins: [
      [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
      rehypeKatexErrors,
      rehypeEquations,
      rehypeHeadingIds,
      rehypeHeadingLinks,
      rehypeCodeBlocks,
    ],
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
    },
  },
  vite: {
    // enhance.ts is bundled as its own ES module and imported on demand (see components/Enhance.astro).
    worker: { format: 'es' },
    plugins: [explicitHeadingIds()],
    resolve: {
      // TF.js's platform code mentions node-fetch; the browser never needs it.
      alias: { 'node-fetch': new URL('./src/site/empty-module.js', import.meta.url).pathname },
    },
  },
});
