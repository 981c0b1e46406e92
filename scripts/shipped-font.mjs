// Where a built font came from: `KaTeX_Main-Regular.W_Rf4IGj.woff2` in dist/_astro is a subset
// (src/site/font-subset.ts) of katex/dist/fonts/KaTeX_Main-Regular.woff2, and a Source face of
// Fontsource's file of the same name. The bench prints both sizes; tests/e2e/fonts.spec.ts compares glyphs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @param {string} file a built font's file name, with the bundler's 8-character hash */
export function shippedFontPath(file) {
  const stem = file.replace(/\.[A-Za-z0-9_-]{8}\.woff2$/, '');
  if (stem.startsWith('KaTeX_')) return require.resolve(`katex/dist/fonts/${stem}.woff2`);
  const family = stem.startsWith('source-serif-4') ? 'source-serif-4' : 'source-sans-3';
  return require.resolve(`@fontsource/${family}/files/${stem}.woff2`);
}
