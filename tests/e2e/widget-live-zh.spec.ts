// The chapters' examples that do not train, on the Chinese pages: the same widget in the same state shows
// the same numbers (every data-value, and every number as written) as on the English page, with Chinese
// labels, headers and live-region sentences; a setting changed on both pages keeps them equal; the
// figures on the Chinese pages are drawn in Chinese with the same numbers as their English twins; axe is
// clean on the Chinese widgets in both themes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DECODING_STRINGS } from '../../src/widgets/decoding/strings';
import { JUDGE_STRINGS } from '../../src/widgets/judge-bias/strings';
import { TILT_STRINGS } from '../../src/widgets/beta-tilt/strings';
import { WIN_STRINGS } from '../../src/widgets/win-rate/strings';
import { watchPage } from './watch';
import { openWidget } from './widget-helpers';
import { noNonsense } from './widget-live';
import { axeScan, WCAG } from './axe';

const CJK = /[\u4e00-\u9fff]/;

interface Case {
  name: string;
  path: string;
  query: string;
  title: { en: string; zh: string };
  /** A setting changed on both pages: its label in each language and the new value. */
  change: { en: string; zh: string; value: string; select?: boolean };
}

const CASES: Case[] = [
  {
    name: 'beta-tilt',
    path: '/definition/',
    query: '?tilt.beta=0.3&tilt.prompt=1',
    title: { en: TILT_STRINGS.en.title, zh: TILT_STRINGS.zh.title },
    change: { en: TILT_STRINGS.en.prompt, zh: TILT_STRINGS.zh.prompt, value: '2', select: true },
  },
  {
    name: 'decoding',
    path: '/preference-data/',
    query: '?decoding.seed=3&decoding.temperature=0.7&decoding.topK=5&decoding.n=2',
    title: { en: DECODING_STRINGS.en.title, zh: DECODING_STRINGS.zh.title },
    change: { en: DECODING_STRINGS.en.temperature, zh: DECODING_STRINGS.zh.temperature, value: '1.6' },
  },
  {
    name: 'judge-bias',
    path: '/feedback/',
    query: '?judge.position=-1.2&judge.prompt=2',
    title: { en: JUDGE_STRINGS.en.title, zh: JUDGE_STRINGS.zh.title },
    change: { en: JUDGE_STRINGS.en.fields.verbosity, zh: JUDGE_STRINGS.zh.fields.verbosity, value: '2.5' },
  },
  {
    name: 'win-rate',
    path: '/evaluation/',
    query: '?winrate.tau=1.3&winrate.bonusB=0.4',
    title: { en: WIN_STRINGS.en.title, zh: WIN_STRINGS.zh.title },
    change: { en: WIN_STRINGS.en.fields.judgeNoise, zh: WIN_STRINGS.zh.fields.judgeNoise, value: '0.9' },
  },
];

/** Every shown number of a widget: its full value and the text the reader sees. */
async function numbers(root: Locator) {
  return root.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('[data-cell]')].map(
      (c) => `${c.dataset.cell}=${c.dataset.value} "${c.textContent}"`,
    ),
  );
}

async function change(root: Locator, c: Case['change'], label: string) {
  const field = root.getByLabel(label, { exact: true });
  if (c.select) await field.selectOption(c.value);
  else await field.fill(c.value);
}

async function open(page: Page, prefix: string, c: Case) {
  return openWidget(page, `${prefix}${c.path}${c.query}#widget-${c.name}`, c.name);
}

for (const c of CASES) {
  test(`${c.name} on /zh${c.path}: Chinese words, the English page's numbers`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const en = await open(page, '', c);
    await expect(en.locator('.widget-title')).toHaveText(c.title.en);
    const english = await numbers(en);
    await change(en, c.change, c.change.en);
    const englishChanged = await numbers(en);
    expect(englishChanged).not.toEqual(english);

    const zh = await open(page, '/zh', c);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(zh.locator('.widget-title')).toHaveText(c.title.zh);
    expect(await numbers(zh)).toEqual(english);
    const status = zh.locator('[data-status]');
    await expect(status).toHaveText(CJK);
    // The settings, table headers and captions are Chinese.
    for (const text of await zh.locator('label, th[scope="col"], caption, button').allInnerTexts())
      if (/[A-Za-z]{4,}/.test(text.replace(/Top-[kp]|best-of-N|π_ref|nats|LLM/g, ''))) expect(text).toMatch(CJK);
    await change(zh, c.change, c.change.zh);
    expect(await numbers(zh)).toEqual(englishChanged);
    await expect(status).toHaveText(CJK);
    await noNonsense(zh);
    // Leaving the English page for the Chinese one cancels its late requests (the favicon): not a fault.
    expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
  });
}

test('a link out of range is clamped on the Chinese page as on the English one', async ({ page }) => {
  const query = '?winrate.tau=1e-9&winrate.bonusA=7';
  const en = await openWidget(page, `/evaluation/${query}#widget-win-rate`, 'win-rate');
  const english = await numbers(en);
  const zh = await openWidget(page, `/zh/evaluation/${query}#widget-win-rate`, 'win-rate');
  await expect(zh.locator('[data-url-notes] [data-url-note="tau"]')).toBeVisible();
  await expect(zh.locator('[data-url-notes] [data-url-note="bonusA"]')).toBeVisible();
  expect(await numbers(zh)).toEqual(english);
  // A refused value on the Chinese page keeps the last good state too.
  await zh.getByLabel(WIN_STRINGS.zh.fields.tau, { exact: true }).fill('0');
  await expect(zh.getByLabel(WIN_STRINGS.zh.fields.tau, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(zh.locator('[data-field-error="tau"]')).toContainText(WIN_STRINGS.zh.fields.tau);
  expect(await numbers(zh)).toEqual(english);
});

/** The numbers written in each figure's SVG text, figure by figure, and its words. */
async function figureTexts(page: Page) {
  return page.locator('figure.figure').evaluateAll((figs) =>
    figs.map((f) => {
      const words = [...f.querySelectorAll('.figure-art svg text')].map((t) => t.textContent ?? '');
      return {
        id: f.id,
        words,
        numbers:
          words
            .join(' ')
            .match(/[−-]?\d+(\.\d+)?/g)
            ?.sort() ?? [],
      };
    }),
  );
}

for (const path of ['/definition/', '/algorithms/pair-wise/', '/algorithms/point-wise/', '/introduction/']) {
  test(`figures on /zh${path} are drawn in Chinese with the English page's numbers`, async ({ page }) => {
    await page.goto(path);
    const english = await figureTexts(page);
    expect(english.length).toBeGreaterThan(0);
    await page.goto(`/zh${path}`);
    const chinese = await figureTexts(page);
    expect(chinese.map((f) => f.id)).toEqual(english.map((f) => f.id));
    chinese.forEach((f, i) => {
      expect(f.numbers, f.id).toEqual(english[i].numbers);
      expect(f.words.join(' '), f.id).toMatch(CJK);
    });
    // The frame is Chinese too: the number and the "describe in words" summary.
    await expect(page.locator('figure.figure .figure-number').first()).toHaveText(/^图 \d+/);
    await expect(page.locator('figure.figure .figure-description summary').first()).toHaveText(/[\u4e00-\u9fff]/);
  });
}

for (const c of CASES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violation in ${c.name} on /zh${c.path} (${theme} theme)`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
      await open(page, '/zh', c);
      const results = await axeScan(page).include(`[data-widget="${c.name}"]`).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
}
