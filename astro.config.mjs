// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import AstroPWA from '@vite-pwa/astro';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createRequire } from 'node:module';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { rehypeCodeBlocks } from './src/site/rehype-code-blocks';
import { rehypeEquations } from './src/site/rehype-equations';
import { rehypeFigures } from './src/site/rehype-figures';
import { rehypeHeadingLinks } from './src/site/rehype-heading-links';
import { rehypeSections } from './src/site/rehype-sections';
import { rehypeOpeningMath } from './src/site/rehype-opening-math';
import { rehypeKatexErrors } from './src/site/rehype-katex-errors';
import { remarkCitations } from './src/site/remark-citations';
import { remarkGlossary } from './src/site/remark-glossary';
import { escapeHeadingIds, remarkHeadingIds } from './src/site/remark-heading-ids';
import { remarkHeadingText } from './src/site/remark-heading-text';
import { DEFAULT_SITE_URL, normaliseBase } from './src/site/base';
import { REDIRECTS } from './src/site/redirects';
import { fontSubset } from './src/site/font-subset-integration';
import { pagefindIndex } from './src/site/pagefind-integration';
import { PWA_OPTIONS } from './src/site/pwa';

// TF.js, bundled into the prerender step for the figures (see vite.ssr below), detects Node and then
// calls a bare `require('util')`, which an ES module bundle does not have; give it Node's.
globalThis.require ??= createRequire(import.meta.url);

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

/**
 * The exercises compute their answers with the engine at build time, in Node, where TF.js loads from its
 * CommonJS bundles. Only the gradient registrations are missing there: they are a deep import of ES
 * modules with extensionless paths, which Node cannot load, and computing a loss needs no gradient. So
 * the server build alone replaces that one import with an empty module; the browser keeps it.
 */
function buildTimeEngine() {
  const empty = new URL('./src/site/empty-module.js', import.meta.url).pathname;
  return {
    name: 'build-time-engine',
    enforce: /** @type {const} */ ('pre'),
    resolveId(/** @type {string} */ id, /** @type {unknown} */ _importer, /** @type {{ ssr?: boolean }} */ options) {
      return options?.ssr && id === '@tensorflow/tfjs-core/dist/register_all_gradients' ? empty : undefined;
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
  // Order matters: the fonts are subset and renamed, then Pagefind writes the search index, and only then
  // does the service worker list what to precache.
  integrations: [
    mdx(),
    // Both editions, each page with its twin as an xhtml:link hreflang alternate.
    sitemap({
      filter: (page) => !new URL(page).pathname.includes('/code/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
    }),
    fontSubset(),
    pagefindIndex(),
    AstroPWA(PWA_OPTIONS),
  ],
  markdown: {
    remarkPlugins: [remarkMath, remarkHeadingIds, remarkHeadingText, remarkCitations, remarkGlossary],
    rehypePlugins: [
      [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
      rehypeKatexErrors,
      rehypeOpeningMath,
      rehypeEquations,
      rehypeFigures,
      rehypeHeadingIds,
      rehypeHeadingLinks,
      rehypeSections,
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
    // No modulepreload links for a widget's chunks: Vite's helper inserted about twenty <link> elements in
    // the same task as the widget's IntersectionObserver callback (a third of that task at 4× CPU). The
    // browser still requests a chunk's imports as soon as it has parsed the chunk: the same requests, in a
    // chain instead of all at once.
    build: { modulePreload: false },
    // TF.js repeats its Apache licence header in each of its ~450 source files, and the minifier kept every
    // copy inline: 315 KB of the lab's 592 KB chunk. 'eof' moves the legal comments to the end of each
    // chunk, one copy of each distinct text, so the notices ship and the copies do not.
    esbuild: { legalComments: 'eof' },
    plugins: [explicitHeadingIds(), buildTimeEngine()],
    // The figures call the engine at build time (src/figures/engine.ts). TF.js's ESM build imports files
    // without extensions, which Node's resolver refuses, so the prerender bundle includes it instead.
    ssr: { noExternal: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu'] },
    resolve: {
      // TF.js's platform code mentions node-fetch; the browser never needs it.
      alias: { 'node-fetch': new URL('./src/site/empty-module.js', import.meta.url).pathname },
    },
  },
});
