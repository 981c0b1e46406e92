// `npm run urls:record`: adds every page and anchor of the current build (dist/) to
// tests/published-urls.txt. The list only grows: a URL once published must keep resolving (directly or
// through a redirect in src/site/redirects.ts), which tests/e2e/published-urls.spec.ts checks.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LIST = 'tests/published-urls.txt';
const pages = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return ['_astro', 'pagefind'].includes(n) ? [] : pages(p);
    return n === 'index.html' ? [p] : [];
  });

const known = new Set(
  existsSync(LIST)
    ? readFileSync(LIST, 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
    : [],
);
const before = known.size;
for (const file of pages('dist')) {
  const path = `/${file.slice('dist/'.length, -'index.html'.length)}`;
  if (path.includes('404')) continue;
  known.add(path);
  const html = readFileSync(file, 'utf8');
  // Anchors a reader can cite: headings (explicit or derived ids), numbered equations, figures, widgets,
  // exercises (a teacher assigns one by link) and the boxes beside the mainline.
  const anchors = new RegExp(
    [
      '<h[2-4] id="([^"]+)"',
      '<figure class="(?:equation|figure)" id="([^"]+)"',
      '<figure class="widget"[^>]*\\sid="([^"]+)"',
      '<li class="exercise" id="([^"]+)"',
      '<details class="callout[^"]*" id="([^"]+)"',
    ].join('|'),
    'g',
  );
  for (const m of html.matchAll(anchors)) {
    const id = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (id.startsWith('cite-')) continue;
    known.add(`${path}#${id}`);
  }
}
const header =
  '# Every URL this site has published (pages and citable anchors). Append-only: see scripts/record-urls.mjs.';
writeFileSync(LIST, `${header}\n${[...known].sort().join('\n')}\n`);
console.log(`${LIST}: ${known.size} URLs (${known.size - before} new)`);
