// The Chinese edition against the build: every English page has its /zh/ twin and the reverse; twins share
// their anchors (headings, equations with their numbers and TeX, figures, exercises) and citation keys; a
// Chinese page says so (lang, hreflang both ways and x-default), reads mostly in Chinese, links to Chinese
// pages, cites itself with its Chinese title; the language switch keeps the reader's place; search finds
// Chinese words on Chinese pages. The every-page checks (errors, axe in both themes, 375 px, validators,
// links) cover the /zh/ pages through the sitemap like every other page.
import { readFileSync } from 'node:fs';
import { expect, test } from './book';
import { DIST, sitemapPaths } from './sitemap';

const pages = sitemapPaths();
const english = pages.filter((p) => !p.startsWith('/zh/'));
const chinese = pages.filter((p) => p.startsWith('/zh/'));
const twinOf = (path: string) => (path.startsWith('/zh/') ? path.slice(3) : `/zh${path}`);
const html = (path: string) => readFileSync(`${DIST}${path}index.html`, 'utf8');

/** What two twins must share, read from a built page. */
function skeleton(page: string) {
  const ids = (re: RegExp) => [...page.matchAll(re)].map((m) => m[1]);
  return {
    headings: ids(/<h[2-4][^>]*\sid="([^"]+)"/g),
    equations: ids(/<figure class="equation" id="(eq-[^"]+)"/g),
    numbers: ids(/class="equation-number"[^>]*>\(([^)]+)\)</g),
    tex: ids(/<figure class="equation"[^>]*data-tex="([^"]*)"/g),
    figures: ids(/<figure class="figure" id="(fig-[^"]+)"/g),
    exercises: ids(/<li class="exercise" id="(ex-[^"]+)"/g),
    citations: [...new Set(ids(/href="(?:\/zh)?\/references\/#(ref-[^"]+)"/g))].sort(),
  };
}

/** The article's words without math, code and scripts. */
function prose(page: string): string {
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(page)?.[1] ?? '';
  return article
    .replace(/<(script|style|math|pre|code|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<span class="katex-html"[\s\S]*?<\/span><\/span><\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
}
const chineseShare = (text: string) => {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const words = (text.match(/[A-Za-z]+/g) ?? []).length;
  return cjk / (cjk + 2 * words || 1);
};

test('every English page has a Chinese twin and every Chinese page an English one', () => {
  expect(chinese.length).toBeGreaterThan(25);
  expect(chinese.map(twinOf).sort()).toEqual(english.slice().sort());
});

for (const path of english) {
  test(`${path} and ${twinOf(path)} share their anchors, equations, figures, exercises and citations`, () => {
    const en = html(path);
    const zh = html(twinOf(path));
    expect(skeleton(zh)).toEqual(skeleton(en));

    expect(zh).toMatch(/<html lang="zh-CN"/);
    expect(en).toMatch(/<html lang="en"/);
    for (const page of [en, zh]) {
      expect(page).toContain(`hreflang="en" href="${absolute(path)}"`);
      expect(page).toContain(`hreflang="zh-CN" href="${absolute(twinOf(path))}"`);
      expect(page).toContain(`hreflang="x-default" href="${absolute(path)}"`);
    }
    // The Chinese page reads in Chinese; its English twin does not. The reference list is bibliographic
    // data in its own languages, and the method index is mostly published method names.
    const least = path === '/references/' ? 0.01 : path === '/methods/' ? 0.3 : 0.5;
    expect(chineseShare(prose(zh))).toBeGreaterThan(least);
    expect(chineseShare(prose(en))).toBeLessThan(0.05);
  });
}

/** The canonical URL of a path as the build writes it (origin + base + path). */
function absolute(path: string): string {
  const home = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${DIST}/index.html`, 'utf8'))![1];
  return new URL(home).origin + new URL(home).pathname.replace(/\/$/, '') + path;
}

test('Chinese pages link to Chinese pages (the engine code pages and the language switch excepted)', () => {
  const wrong: string[] = [];
  for (const path of chinese) {
    for (const tag of html(path).matchAll(/<a\b[^>]*>/g)) {
      if (/hreflang=/.test(tag[0])) continue;
      const href = /\shref="(\/[^"]*)"/.exec(tag[0])?.[1];
      if (!href) continue;
      const target = href.replace(/[?#].*$/, '');
      if (target.endsWith('/') && !/^\/(zh|code)\//.test(target)) wrong.push(`${path} → ${href}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('a Chinese page cites itself with its Chinese title and language', () => {
  const page = html('/zh/algorithms/pair-wise/');
  const title = /<meta name="citation_title" content="([^"]+)"/.exec(page)![1];
  expect(title).toMatch(/[\u4e00-\u9fff]/);
  expect(page).toContain('<meta name="citation_language" content="zh-CN">');
  const bibtex = /<pre tabindex="0" data-cite-format="bibtex">([\s\S]*?)<\/pre>/.exec(page)![1];
  expect(bibtex).toContain('plinteractive:zh/algorithms/pair-wise,');
  expect(bibtex).toMatch(/title\s*=\s*\{[^}]*[\u4e00-\u9fff]/);
  expect(bibtex).toMatch(/language\s*=\s*\{Chinese\}/);
  const csl = /<pre tabindex="0" data-cite-format="csl">([\s\S]*?)<\/pre>/.exec(page)![1];
  expect(csl).toContain('&quot;language&quot;: &quot;zh-CN&quot;');
});

test('the language switch keeps the reader’s place, both ways', async ({ page }) => {
  await page.goto('/definition/#goal');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/zh\/definition\/#goal$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#goal')).toBeInViewport();

  // Without an anchor in the address, the last section heading scrolled past is the place kept.
  await page.goto('/zh/algorithms/pair-wise/');
  await page.locator('#dpo').evaluate((h) => {
    document.documentElement.style.scrollBehavior = 'auto';
    window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 20);
  });
  // A click at the switch's place, as a reader's: Playwright's locator.click() would first scroll the page
  // to bring the (sticky, already visible) header link "into view", moving the place being kept.
  const box = (await page.locator('[data-language-switch]').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/algorithms\/pair-wise\/#dpo$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('search on a Chinese page finds Chinese text and leads to Chinese pages', async ({ page }) => {
  await page.goto('/zh/');
  const results = await page.evaluate(async () => {
    const base = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href.replace(/manifest.*$/, '');
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const search = await pagefind.search('奖励模型');
    return Promise.all(
      search.results.slice(0, 5).map(async (r: { data(): Promise<{ url: string; excerpt: string }> }) => r.data()),
    );
  });
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    expect(r.url).toMatch(/\/zh\//);
    expect(r.excerpt).toMatch(/[\u4e00-\u9fff]/);
  }
});
