// The font subsetter (src/site/font-subset.ts) on a small site built here: the glyphs it keeps and drops
// are read back with fontkit, a font parser independent of the HarfBuzz build that cuts them.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { decodeEscapes, hashedName, siteCharacters, subsetSiteFonts } from '../../../src/site/font-subset';

const require = createRequire(import.meta.url);
const SERIF = require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2');
const KATEX_MAIN = require.resolve('katex/dist/fonts/KaTeX_Main-Regular.woff2');

function glyphs(file: string): (cp: number) => boolean {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font;
  return (cp) => font.hasGlyphForCodePoint(cp);
}

/** A two-font site: a page (with an entity), a script (with an escape), a style sheet naming both fonts. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'font-subset-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'chapter'));
  copyFileSync(SERIF, join(dir, '_astro', 'source-serif-4-latin-400-normal.DJ5YJwmz.woff2'));
  copyFileSync(KATEX_MAIN, join(dir, '_astro', 'KaTeX_Main-Regular.B22Nviop.woff2'));
  writeFileSync(
    join(dir, 'chapter', 'index.html'),
    '<link rel="preload" href="/_astro/source-serif-4-latin-400-normal.DJ5YJwmz.woff2"><p>Schölkopf &#x2192; ∑ 偏好</p>',
  );
  writeFileSync(join(dir, '_astro', 'widget.js'), 'const label = "\\u00e6on";');
  writeFileSync(
    join(dir, '_astro', 'book.css'),
    '@font-face{src:url(/_astro/source-serif-4-latin-400-normal.DJ5YJwmz.woff2)}' +
      '@font-face{src:url(/_astro/KaTeX_Main-Regular.B22Nviop.woff2) format("woff2")}.q::before{content:"\\201e"}',
  );
  return dir;
}

describe('the characters of a site', () => {
  it('decodes the escapes of each language', () => {
    expect(decodeEscapes('a&#x2212;b&#955;', '.html')).toBe('a−bλ');
    expect(decodeEscapes('"\\u00e6\\u{1F600}\\xb5"', '.js')).toBe('"æ😀µ"');
    expect(decodeEscapes('content:"\\2014 x"', '.css')).toBe('content:"—x"');
  });

  it('holds every page, script and style sheet character, ASCII, and nothing else', async () => {
    const chars = [...(await siteCharacters(fixture()))];
    for (const c of 'Schölkopf→∑偏好æ„~') expect(chars).toContain(c);
    expect(chars).not.toContain('é');
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('subsetting the fonts of a site', () => {
  it('keeps a glyph for every character the site shows and drops the others', async () => {
    const dir = fixture();
    const serifHad = glyphs(SERIF);
    const reports = await subsetSiteFonts(dir);
    const serif = reports.find((r) => r.file.startsWith('source-serif'))!;
    const hasGlyph = glyphs(join(dir, '_astro', serif.renamed));
    for (const c of 'Schölkopf æ„ABCxyz0189.,;') expect(hasGlyph(c.codePointAt(0)!), c).toBe(true);
    // The full face has these; the site never shows them.
    for (const c of 'éÆÞ') {
      expect(serifHad(c.codePointAt(0)!), c).toBe(true);
      expect(hasGlyph(c.codePointAt(0)!), c).toBe(false);
    }
    const katex = reports.find((r) => r.file.startsWith('KaTeX'))!;
    expect(glyphs(join(dir, '_astro', katex.renamed))(0x2192)).toBe(true);
    for (const r of reports) expect(r.after).toBeLessThan(r.before);
  });

  it('renames each subset by its content and rewrites every reference to the old name', async () => {
    const dir = fixture();
    const reports = await subsetSiteFonts(dir);
    const files = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.woff2'));
    expect(files.sort()).toEqual(reports.map((r) => r.renamed).sort());
    for (const r of reports) {
      expect(r.renamed).not.toBe(r.file);
      expect(r.renamed).toBe(hashedName(r.file, readFileSync(join(dir, '_astro', r.renamed))));
    }
    const css = readFileSync(join(dir, '_astro', 'book.css'), 'utf8');
    const html = readFileSync(join(dir, 'chapter', 'index.html'), 'utf8');
    for (const r of reports) expect(css).toContain(`/_astro/${r.renamed}`);
    expect(html).toContain(reports.find((r) => r.file.startsWith('source-serif'))!.renamed);
    expect(css + html).not.toMatch(/DJ5YJwmz|B22Nviop/);
  });

  it('gives the same bytes the same name, whatever the old hash', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(hashedName('KaTeX_Main-Regular.B22Nviop.woff2', bytes)).toBe(
      hashedName('KaTeX_Main-Regular.zzzzzzzz.woff2', bytes),
    );
    expect(hashedName('KaTeX_Main-Regular.B22Nviop.woff2', bytes)).toMatch(
      /^KaTeX_Main-Regular\.[A-Za-z0-9_-]{8}\.woff2$/,
    );
  });
});
