// `npm run bench`: builds the site and prints what a reader downloads at load for each page type (HTML,
// CSS and JS, raw and gzip), the build time and the page count, the service worker's precache size,
// Lighthouse's four scores for six pages (scripts/bench-lighthouse.mjs); then the engine's speed (see
// scripts/bench-engine.ts). Sizes and times are printed, never asserted: this is a measurement.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { shippedFontPath as shippedFont } from './shipped-font.mjs';

const t0 = performance.now();
execSync('npm run build --silent', { stdio: 'ignore' });
const buildSeconds = (performance.now() - t0) / 1000;

const pages = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : pages(p);
    return n.endsWith('.html') ? [p] : [];
  });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Bytes a page makes the browser fetch before any interaction, by kind. */
function weigh(file) {
  const html = readFileSync(file);
  const text = html.toString();
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
    readFileSync(join('dist', m[1])),
  );
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]));
  const jsFiles = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join('dist', m[1])));
  // Inline scripts that run at load (JSON-LD is data, not script): the theme script, and the rest.
  const inlineJs = [...text.matchAll(/<script(?![^>]*(src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[2],
  );
  const theme = inlineJs.filter((t) => t.includes("getItem('theme')")).map((t) => Buffer.from(t));
  const other = inlineJs.filter((t) => !t.includes("getItem('theme')")).map((t) => Buffer.from(t));
  const sum = (bufs) => [bufs.reduce((a, b) => a + b.length, 0), bufs.reduce((a, b) => a + gz(b), 0)];
  return {
    html: [html.length, gz(html)],
    css: sum([...css, ...inlineCss]),
    jsFiles: sum(jsFiles),
    theme: sum(theme),
    loader: sum(other),
  };
}

const types = [
  ['home', 'dist/index.html'],
  ['text chapter (introduction)', 'dist/introduction/index.html'],
  ['equation-heavy chapter (pair-wise)', 'dist/algorithms/pair-wise/index.html'],
  ['its Chinese twin (zh pair-wise)', 'dist/zh/algorithms/pair-wise/index.html'],
  ['references', 'dist/references/index.html'],
].filter(([, f]) => existsSync(f));
// The heaviest page that holds figures (their SVG is inline HTML, drawn at build time).
const figurePages = pages('dist').filter((f) => readFileSync(f, 'utf8').includes('<figure class="figure"'));
const heaviest = figurePages.map((f) => [f, gz(readFileSync(f))]).sort((a, b) => b[1] - a[1])[0];
if (heaviest) types.push([`heaviest figure page (${heaviest[0].slice(5, -11) || 'home'})`.slice(0, 38), heaviest[0]]);

console.log(`Build: ${buildSeconds.toFixed(1)} s, ${pages('dist').length} pages`);
console.log('\nDownloaded at load (raw / gzip):');
console.log(
  'page type'.padEnd(38),
  'HTML'.padEnd(22),
  'CSS'.padEnd(22),
  'JS files'.padEnd(20),
  'inline: theme script; interaction loader',
);
for (const [name, file] of types) {
  const w = weigh(file);
  const cell = ([raw, z]) => `${kb(raw)} / ${kb(z)}`.padEnd(22);
  console.log(
    name.padEnd(38),
    cell(w.html),
    cell(w.css),
    cell(w.jsFiles).slice(0, 20).padEnd(20),
    `${w.theme[0]} B / ${w.theme[1]} B; ${w.loader[0]} B / ${w.loader[1]} B`,
  );
}
if (heaviest) {
  const html = readFileSync(heaviest[0], 'utf8');
  const svg = [...html.matchAll(/<figure class="figure"[\s\S]*?<\/figure>/g)].map((m) => Buffer.from(m[0]));
  const raw = svg.reduce((a, b) => a + b.length, 0);
  console.log(
    `Figures on ${heaviest[0].slice(4, -10)}: ${svg.length}, ${kb(raw)} / ${kb(gz(Buffer.concat(svg)))} gzip of its HTML`,
  );
}
const enhance = readdirSync('dist/_astro').filter((f) => f.startsWith('enhance'));
for (const f of enhance) {
  const b = readFileSync(join('dist/_astro', f));
  console.log(`\nOn first interaction: ${f} ${kb(b.length)} / ${kb(gz(b))} gzip`);
}

// The web fonts, as the build ships them (subset to the site's characters by src/site/font-subset.ts) and
// as their packages ship them, by family: woff2, each fetched once per visit when text in that face first
// paints, then cached.
for (const [label, pattern] of [
  ['Text faces (fonts.css)', /^source-(serif|sans)-.*\.woff2$/],
  ['KaTeX faces', /^KaTeX_.*\.woff2$/],
]) {
  const files = readdirSync('dist/_astro').filter((f) => pattern.test(f));
  const built = files.reduce((a, f) => a + statSync(join('dist/_astro', f)).size, 0);
  const full = files.reduce((a, f) => a + statSync(shippedFont(f)).size, 0);
  console.log(`\n${label}: ${files.length} woff2 files, ${kb(built)} subset (${built} B); ${kb(full)} as shipped`);
  for (const f of files) {
    console.log(
      `  ${f.padEnd(44)} ${kb(statSync(join('dist/_astro', f)).size).padStart(9)} ← ${kb(statSync(shippedFont(f)).size)}`,
    );
  }
}
// What the service worker downloads in the background after the first visit (its precache list in sw.js),
// by kind, so the cost of "offline after one visit" is visible.
if (existsSync('dist/sw.js')) {
  const urls = [...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const kinds = new Map();
  let total = 0;
  for (const u of urls) {
    const file = join('dist', u);
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    total += size;
    const kind = u.startsWith('pagefind/')
      ? 'search index'
      : u.endsWith('.html')
        ? 'pages (HTML)'
        : u.endsWith('.js')
          ? 'scripts (TF.js, widgets)'
          : u.endsWith('.css')
            ? 'CSS'
            : u.endsWith('.woff2')
              ? 'fonts'
              : 'icons, manifest';
    kinds.set(kind, (kinds.get(kind) ?? 0) + size);
  }
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `\nService worker precache: ${urls.length} files, ${mb(total)} (downloaded after load, in the background)`,
  );
  for (const [kind, size] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(26)} ${mb(size)}`);
}

// Lighthouse 12 (mobile) on one page of each kind, at the default CPU slowdown and at the one calibrated to
// this machine; BENCH_LIGHTHOUSE=0 skips it.
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const { benchLighthouse } = await import('./bench-lighthouse.mjs');
  await benchLighthouse({ dir: 'dist', base: '/' });
}

if (existsSync('scripts/bench-engine.mjs')) {
  console.log('');
  spawnSync('node', ['scripts/bench-engine.mjs'], { stdio: 'inherit' });
}
