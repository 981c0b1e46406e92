// The web app manifest and the service worker (@vite-pwa/astro, which runs Workbox's generateSW after the
// build). The worker precaches the whole book — every page, the widgets' code views, CSS, fonts, KaTeX,
// the TF.js chunks and the Pagefind index — so after one visit it reads offline. It never takes over by
// itself (registerType 'prompt', no skipWaiting): a new build waits until the reader accepts "reload"
// (src/scripts/update-prompt.ts), so one page never mixes files of two builds. Registration is inline and
// runs after the load event (components/ServiceWorker.astro), so it never delays reading.
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { SITE_SHORT_TITLE, SITE_TITLE } from './identity';

/** The two theme colours of book.css (--bg), for the manifest and the theme-color meta tags. */
export const THEME_COLORS = { light: '#fdfcfa', dark: '#15171b' };

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  manifest: {
    name: SITE_TITLE,
    short_name: SITE_SHORT_TITLE,
    description: 'An interactive, citable edition of the survey on preference learning for large language models.',
    lang: 'en',
    display: 'standalone',
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    // Relative to the manifest's own URL, so they follow the base path.
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,css,js,woff2,svg,png,webmanifest}', 'pagefind/**/*'],
    // Pages are precached as …/index.html; Workbox finds them for …/ through directoryIndex. An empty list
    // also keeps @vite-pwa/astro's own transform, which would list 404.html as /404/ (a URL no host serves).
    manifestTransforms: [],
    directoryIndex: 'index.html',
    // Widget state lives in the query string (?dpo.seed=4): the page is the same file whatever it says.
    ignoreURLParametersMatching: [/.*/],
    // Pages not in the precache (none, once installed) go to the network rather than to a stand-in page.
    navigateFallback: null,
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    // The TF.js chunk is the largest file (about 0.6 MB); the default 2 MB cap leaves room.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
};
