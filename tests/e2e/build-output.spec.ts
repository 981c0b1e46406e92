// Checks over dist/ itself: every internal link and #anchor resolves (linkinator), and every HTML file
// is valid to html-validate and to the Nu HTML checker (vnu).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { sitemapPaths } from './sitemap';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

// linkinator names local files relative to the folder it serves: "dist/references/" is /references/.
const pathOf = (url: string) =>
  url.startsWith('http') ? new URL(url).pathname : url.replace(/^dist\/?/, '/').replace(/#.*$/, '');

test('every internal link and anchor in dist resolves', async () => {
  test.setTimeout(180_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: 'dist',
    recurse: true,
    checkFragments: true,
    concurrency: 50,
    // No network here; outside links are the reader's business, not the build's.
    linksToSkip: async (link: string) => !/^https?:\/\/(localhost|127\.0\.0\.1)/.test(link),
  });
  const broken = result.links
    .filter((l) => l.state === 'BROKEN')
    .map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
  expect(broken).toEqual([]);
  // The crawl really reached every page of the sitemap and checked anchors, not just the home page.
  const ok = new Set(result.links.filter((l) => l.state === 'OK').map((l) => pathOf(l.url)));
  for (const path of sitemapPaths()) expect(ok, `crawl reached ${path}`).toContain(path);
});

test('the link checker really checks #anchors (a planted broken anchor is caught)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>t</title><h2 id="here">Here</h2><a href="#here">ok</a> <a href="#missing">broken</a>',
  );
  const result = await new LinkChecker().check({ path: dir, recurse: true, checkFragments: true });
  expect(result.links.filter((l) => l.state === 'BROKEN').map((l) => l.url.replace(/^.*#/, '#'))).toEqual(['#missing']);
});

test('html-validate finds no error in any page', async () => {
  // Both editions: about a hundred pages, several of them near a megabyte.
  test.setTimeout(240_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of htmlFiles('dist')) {
    const report = await validator.validateFile(file);
    for (const r of report.results)
      for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test('the Nu HTML checker (vnu) finds no error in any page', () => {
  test.setTimeout(300_000);
  const jar = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  let output = '';
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'text', ...htmlFiles('dist')], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    output = String((e as { stderr?: string }).stderr ?? e);
  }
  expect(output.trim()).toBe('');
});

test('every method of the method index has its heading anchor on its page', () => {
  const methods = JSON.parse(readFileSync('content/data/methods.json', 'utf8'));
  const missing: string[] = [];
  for (const m of methods as Array<{ id: string; page: string; anchor: string }>) {
    const html = readFileSync(join('dist', m.page, 'index.html'), 'utf8');
    if (!html.includes(`id="${m.anchor}"`)) missing.push(`${m.id} → ${m.page}#${m.anchor}`);
  }
  expect(missing).toEqual([]);
  expect(methods.length).toBeGreaterThan(80);
});
