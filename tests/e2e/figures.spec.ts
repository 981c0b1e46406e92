// Figures in the production build: every figure is a numbered, labelled, described SVG drawn at build
// time (no script), the survey's six figures are there, the taxonomy links every method to an anchor that
// exists, figure references show the right number and resolve, and a phone gets no sideways scroll.
// Chinese pages (/zh/…) carry the same figures, numbered and drawn in Chinese ("图 2.1").
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localeOfPath } from '../../src/i18n/locales';
import { FIGURE_STRINGS } from '../../src/figures/strings';
import { sitemapPaths } from './sitemap';

const methods = JSON.parse(readFileSync('content/data/methods.json', 'utf8')) as Array<{ id: string }>;
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const figurePages = sitemapPaths().filter((p) => html(p).includes('<figure class="figure"'));

async function figuresOf(page: Page) {
  return page.locator('figure.figure').evaluateAll((figs) =>
    figs.map((f) => {
      // An IDREF list, as aria-labelledby allows: the texts of the elements, joined.
      const byId = (ids: string | null) =>
        (ids ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
          .trim();
      return {
        id: f.id,
        survey: f.getAttribute('data-survey-figure'),
        caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
        scripts: f.querySelectorAll('script').length,
        svgs: [...f.querySelectorAll('svg')].map((svg) => ({
          role: svg.getAttribute('role'),
          name: svg.getAttribute('aria-label') ?? byId(svg.getAttribute('aria-labelledby')),
          description: byId(svg.getAttribute('aria-describedby')),
          texts: svg.querySelectorAll('text').length,
        })),
      };
    }),
  );
}

test('figures are on every chapter page', () => {
  expect(figurePages.length).toBeGreaterThanOrEqual(15);
});

for (const path of figurePages) {
  test(`figures on ${path} are numbered, labelled and described`, async ({ page }) => {
    await page.goto(path);
    const figures = await figuresOf(page);
    expect(figures.length).toBeGreaterThan(0);
    const word = FIGURE_STRINGS[localeOfPath(path)].figure;
    for (const f of figures) {
      expect(f.id).toMatch(/^fig-[a-z0-9-]+$/);
      expect(f.caption).toMatch(new RegExp(`^${word} (\\d+|[A-Z])(\\.\\d+)+ \\S`));
      expect(f.scripts).toBe(0);
      expect(f.svgs.length).toBeGreaterThan(0);
      for (const svg of f.svgs) {
        expect(svg.role).toBe('img');
        expect(svg.name.length).toBeGreaterThan(5);
        if (f.svgs.length === 1) expect(svg.name).toMatch(new RegExp(`^${word} \\S+ \\S`));
        expect(svg.description.length).toBeGreaterThan(80);
        expect(svg.texts).toBeGreaterThan(1);
      }
    }
  });
}

for (const locale of ['en', 'zh'] as const) {
  test(`the survey’s Figures 1 to 6 are each redrawn once, and say so (${locale})`, async ({ page }) => {
    const found: Record<string, string> = {};
    for (const path of figurePages.filter((p) => localeOfPath(p) === locale)) {
      for (const m of html(path).matchAll(/<figure class="figure" id="([^"]+)" data-survey-figure="(\d)"/g)) {
        expect(found[m[2]], `survey figure ${m[2]}`).toBeUndefined();
        found[m[2]] = `${path}#${m[1]}`;
      }
    }
    expect(Object.keys(found).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const [n, url] of Object.entries(found)) {
      await page.goto(url);
      const id = url.split('#')[1];
      const says = locale === 'en' ? `After the survey's Figure ${n}` : new RegExp(`综述[^。]{0,4}图 ?${n}`);
      await expect(page.locator(`#${id} figcaption`)).toContainText(says);
    }
  });
}

test('the taxonomy links every method of methods.json to an anchor that exists', async ({ page }) => {
  await page.goto('/introduction/');
  const links = await page
    .locator('#fig-taxonomy a[data-method]')
    .evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('data-method')!, href: a.getAttribute('href')! })));
  expect(links.map((l) => l.id).sort()).toEqual(methods.map((m) => m.id).sort());
  for (const { href } of links) {
    const [p, anchor] = href.split('#');
    expect(html(p), href).toMatch(new RegExp(`\\sid="${anchor}"`));
  }
});

test('the taxonomy folds and reads on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/introduction/#fig-taxonomy');
  const branch = page.locator('#fig-taxonomy details').first();
  await expect(branch).toHaveAttribute('open', '');
  await branch.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(branch).not.toHaveAttribute('open', '');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('figure references show the figure’s number and lead to it, across pages too', async ({ page }) => {
  let checked = 0;
  for (const path of figurePages.concat(sitemapPaths().filter((p) => !figurePages.includes(p)))) {
    for (const m of html(path).matchAll(/<a href="([^"]*#fig-[a-z0-9-]+)" class="fig-ref">([^<]+)<\/a>/g)) {
      const [target, id] = m[1].startsWith('#') ? [path, m[1].slice(1)] : m[1].split('#');
      const caption = new RegExp(
        `<figure class="figure" id="${id}"[\\s\\S]*?<a class="figure-number"[^>]*href="#${id}"[^>]*>([^<]+)</a>`,
      ).exec(html(target));
      expect(caption?.[1], `${path} → ${m[1]}`).toBe(m[2]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(8);
  await page.goto('/conclusion/');
  await page.locator('a.fig-ref[href="/unified-view/#fig-unified-view"]').click();
  await expect(page).toHaveURL(/\/unified-view\/#fig-unified-view$/);
  await expect(page.locator('#fig-unified-view')).toBeInViewport();
});

test('figures follow the theme: series colours change between light and dark', async ({ page }) => {
  const stroke = async (theme: string) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    await page.goto('/algorithms/pair-wise/');
    return page
      .locator('#fig-loss-geometry path.chart-line')
      .first()
      .evaluate((p) => getComputedStyle(p).stroke);
  };
  const light = await stroke('light');
  const dark = await stroke('dark');
  expect(light).not.toBe(dark);
  expect(light).toMatch(/^rgb/);
});

test("a figure is citable from its page's cite box, with its number and anchor", async ({ page }) => {
  await page.goto('/algorithms/pair-wise/');
  await page.mouse.move(5, 5);
  const box = page.locator('#cite-this-page');
  await box.getByRole('button', { name: 'Cite this page' }).click();
  const select = box.locator('[data-cite-select]');
  const option = select.locator('option[value="fig-loss-geometry"]');
  await expect(option).toHaveText(/^Figure 6\.2\.\d+$/);
  await select.selectOption('fig-loss-geometry');
  const bibtex = box.locator('[data-cite-output] pre[data-cite-format="bibtex"]');
  await expect(bibtex).toContainText('#fig-loss-geometry');
  await expect(bibtex).toContainText(/title\s*= \{Figure 6\.2\.\d+\}/);
});
