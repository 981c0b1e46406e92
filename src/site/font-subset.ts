// Cuts every web font of the build down to the characters the built site can show, after `astro build`.
//
// Why: the faces a page's first layout discovers (KaTeX's Main and Math, the serif's semibold and italic)
// are requested from CSS at the highest priority, and Lighthouse's simulation counts each one that has
// finished by the observed first paint as blocking it. Smaller files are the one fix that helps both the
// first paint and the largest paint; preloading them moves the cost to the largest paint instead. The
// fonts as shipped carry every Latin-1 letter and KaTeX's whole repertoire; the book uses a few hundred
// characters. Measured on the pair-wise chapter's seven faces: 136 KB before, 91 KB after.
//
// What is kept: every character that occurs in a built page, script, style sheet or SVG (escapes decoded,
// since numbers and labels that widgets write at run time live in the scripts), printable ASCII, and the
// characters that number formatting in the browser can produce. A character a reader types or pastes that
// is not in the set is drawn from the next font of the CSS stack, never as a missing-glyph box. KaTeX
// renders only at build time here (no script imports it), so every glyph it needs is in the pages.
//
// Each subset gets a new content-hashed name, and every reference to the old name is rewritten, so a
// cached copy of a full font can never stand in for a subset of the same name (or the other way round).
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import subsetFont from 'subset-font';

/** Files whose text can reach the screen. The Markdown twins and llms.txt are read as plain text, not in
 * the book's fonts. Pagefind's folder is left out: its scripts carry the interface strings of some thirty
 * languages (the book shows its own two, whose strings are in its pages), and its results repeat the
 * pages' own text. */
const SOURCE_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);
/** Files that can name a font file and must follow its rename. */
const REFERENCE_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);

/** What Intl.NumberFormat and toLocaleString can write besides ASCII in the book's locales: minus sign,
 * the no-break spaces used as group separators, thin space, ellipsis, multiplication sign, dashes, quotes. */
const FORMATTING_CHARACTERS = '\u2212\u00a0\u202f\u2009\u2026\u00d7\u2013\u2014\u2018\u2019\u201c\u201d';

function printableAscii(): string {
  let s = '';
  for (let c = 0x20; c < 0x7f; c++) s += String.fromCharCode(c);
  return s;
}

function fromCodePoint(hex: string): string {
  const cp = Number.parseInt(hex, 16);
  return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

/** The characters a file's text stands for, with the escapes of its language decoded (the escape's own
 * letters stay in as well, which is harmless). */
export function decodeEscapes(text: string, extension: string): string {
  switch (extension) {
    case '.html':
    case '.svg':
      return text
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => fromCodePoint(h))
        .replace(/&#(\d+);/g, (_, d: string) => fromCodePoint(Number(d).toString(16)));
    case '.js':
    case '.mjs':
    case '.json':
      return text
        .replace(/\\u\{([0-9a-f]+)\}/gi, (_, h: string) => fromCodePoint(h))
        .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => fromCodePoint(h))
        .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => fromCodePoint(h));
    case '.css':
      return text.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) => fromCodePoint(h));
    default:
      return text;
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every character the built site in `dir` can show, as one string of distinct code points (control
 * characters left out), in code point order. */
export async function siteCharacters(dir: string): Promise<string> {
  const seen = new Set<number>();
  const add = (text: string) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const control = cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
      const surrogate = cp >= 0xd800 && cp <= 0xdfff;
      if (!control && !surrogate) seen.add(cp);
    }
  };
  add(printableAscii());
  add(FORMATTING_CHARACTERS);
  const pagefind = join(dir, 'pagefind');
  for (const file of await filesUnder(dir)) {
    const ext = extname(file);
    if (SOURCE_EXTENSIONS.has(ext) && !file.startsWith(pagefind + sep))
      add(decodeEscapes(await readFile(file, 'utf8'), ext));
  }
  return String.fromCodePoint(...[...seen].sort((a, b) => a - b));
}

/** `KaTeX_Main-Regular.B22Nviop.woff2` → `KaTeX_Main-Regular.<hash of bytes>.woff2`: the bundler's own
 * pattern (name, dot, 8 base64url characters), so the result looks like every other asset. */
export function hashedName(file: string, bytes: Uint8Array): string {
  const name = basename(file, '.woff2');
  const stem = /^(.*)\.[A-Za-z0-9_-]{8}$/.exec(name)?.[1] ?? name;
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  return `${stem}.${hash}.woff2`;
}

export interface SubsetReport {
  file: string;
  renamed: string;
  before: number;
  after: number;
}

/** Subsets every .woff2 under `dir`/_astro to the site's characters, renames it, rewrites references. */
export async function subsetSiteFonts(dir: string): Promise<SubsetReport[]> {
  const characters = await siteCharacters(dir);
  const assets = join(dir, '_astro');
  const fonts = (await readdir(assets)).filter((f) => f.endsWith('.woff2')).sort();
  const reports: SubsetReport[] = [];
  for (const font of fonts) {
    const path = join(assets, font);
    const original = await readFile(path);
    const subset = await subsetFont(original, characters, { targetFormat: 'woff2' });
    const renamed = hashedName(font, subset);
    await writeFile(join(assets, renamed), subset);
    if (renamed !== font) await rm(path);
    reports.push({ file: font, renamed, before: original.length, after: subset.length });
  }
  const renames = reports.filter((r) => r.renamed !== r.file);
  if (renames.length) {
    const pattern = new RegExp(renames.map((r) => r.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const to = new Map(renames.map((r) => [r.file, r.renamed]));
    for (const file of await filesUnder(dir)) {
      if (!REFERENCE_EXTENSIONS.has(extname(file))) continue;
      const text = await readFile(file, 'utf8');
      const rewritten = text.replace(pattern, (m) => to.get(m)!);
      if (rewritten !== text) await writeFile(file, rewritten);
    }
  }
  return reports;
}
