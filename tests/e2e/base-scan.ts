// Finds URLs in a build that escape its base path: a root-absolute `/algorithms/` in a site built for
// `/preference-learning/` works at the root of localhost and breaks on GitHub Pages. Reads every HTML, CSS,
// JS, XML, manifest, text and Markdown file of the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export interface Escape {
  file: string;
  url: string;
  where: string;
}

/** Every URL of `dist` that points into the site without its base. `origin` is the build's SITE_URL. */
export function findEscapes(dist: string, base: string, origin: string): Escape[] {
  const out: Escape[] = [];
  const seen = new Set<string>();
  // In scripts, two kinds of string escape the base: (1) any path into a file or asset folder at the top of
  // the build (`/_astro/…`, `/pagefind/…`, `/sw.js`); (2) a page path used as a URL right there (`href="/x/"`,
  // `.href = "/x/"`, `fetch("/x/")`, `location.assign("/x/")`). Page paths kept as data (the lab's recipe
  // list) are passed through site/base.ts url() where they are used; the sub-path widget test follows them.
  const entries = readdirSync(dist);
  const pageDirs = new Set(
    entries.filter(
      (n) => statSync(join(dist, n)).isDirectory() && statSync(join(dist, n, 'index.html'), { throwIfNoEntry: false }),
    ),
  );
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const assets = entries.filter((n) => !pageDirs.has(n)).map(esc);
  const jsAsset = new RegExp(`["'\`](/(?:${assets.join('|')})(?:[/"'\`#?][^"'\`]*)?)`, 'g');
  const jsUse = /(?:\b(?:href|src|action)\s*=\s*\\?["'`]|(?:fetch|assign|import|open)\(\s*["'`])(\/[^"'`\\]*)/g;
  const ownOrigin = origin.replace(/\/$/, '');
  const check = (file: string, url: string, where: string) => {
    let path = url;
    if (url.startsWith(`${ownOrigin}/`)) path = url.slice(ownOrigin.length);
    else if (!url.startsWith('/') || url.startsWith('//')) return;
    const key = `${relative(dist, file)} ${url}`;
    if (path !== base.slice(0, -1) && !path.startsWith(base) && !seen.has(key)) {
      seen.add(key);
      out.push({ file: relative(dist, file), url, where });
    }
  };
  for (const file of files(dist)) {
    const ext = extname(file);
    if (!['.html', '.css', '.js', '.mjs', '.xml', '.webmanifest', '.txt', '.md'].includes(ext)) continue;
    const text = readFileSync(file, 'utf8');
    if (ext === '.html' || ext === '.xml') {
      for (const m of text.matchAll(/\s(?:href|src|action|formaction|poster|data|content)=["']([^"']*)["']/gi)) {
        const value = m[1].replace(/^\d+;\s*url=/i, ''); // <meta http-equiv="refresh" content="0;url=…">
        check(file, value, 'attribute');
      }
      for (const m of text.matchAll(/\s(?:srcset|imagesrcset)=["']([^"']*)["']/gi)) {
        for (const c of m[1].split(',')) check(file, c.trim().split(/\s+/)[0], 'srcset');
      }
      for (const m of text.matchAll(/<(loc|id|uri)>([^<]+)<\/\1>/g)) check(file, m[2].trim(), `<${m[1]}>`);
    }
    if (ext === '.html' || ext === '.css') {
      for (const m of text.matchAll(/url\(\s*["']?([^)"']+)/g)) check(file, m[1], 'css url()');
    }
    // Pagefind's own scripts name /pagefind/ only as a fallback; the page passes bundlePath and baseUrl.
    if ((ext === '.js' || ext === '.mjs') && !relative(dist, file).startsWith('pagefind/')) {
      for (const m of text.matchAll(jsAsset)) check(file, m[1].replace(/["'`]$/, ''), 'js string');
      for (const m of text.matchAll(jsUse)) check(file, m[1], 'js URL');
    }
    if (ext === '.webmanifest') {
      const manifest = JSON.parse(text) as { start_url?: string; scope?: string; icons?: Array<{ src: string }> };
      for (const u of [manifest.start_url, manifest.scope, ...(manifest.icons ?? []).map((i) => i.src)])
        if (u) check(file, u, 'manifest');
    }
    if (ext === '.txt' || ext === '.md' || ext === '.xml' || ext === '.html') {
      for (const m of text.matchAll(/https?:\/\/[^\s"'<>)\]]+/g))
        if (m[0].startsWith(`${ownOrigin}/`)) check(file, m[0], 'absolute URL');
    }
    if (ext === '.md') {
      for (const m of text.matchAll(/\]\((\/[^)\s]*)\)/g)) check(file, m[1], 'markdown link');
    }
  }
  return out;
}
