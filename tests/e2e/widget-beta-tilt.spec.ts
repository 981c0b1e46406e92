// The definition chapter's β example in Chromium: every shown number agrees with π* computed here with
// plain Math (a log-sum-exp softmax of log π_ref + r/β), the slider works by keyboard and keeps its
// state in the URL, the claims of the text hold on the shown numbers, a link's value outside its range is
// brought into range with a visible note, and axe is clean in both themes with the example running.
import { expect, test, type Page } from '@playwright/test';
import { TILT_REFERENCES } from '../../src/lib/algorithms/trainers/bandit-tilt';
import { CANDIDATES, utility } from '../../src/lib/world';
import { watchPage } from './watch';
import { expectMatches, openWidget, readCells } from './widget-helpers';
import { CLAMPED, expectUrlNote, noNonsense, NOT_A_CHOICE, NOT_A_NUMBER } from './widget-live';
import { axeScan, WCAG } from './axe';

const PAGE = '/definition/';

function plain(prompt: number, reference: keyof typeof TILT_REFERENCES, beta: number) {
  const ref = [...TILT_REFERENCES[reference]];
  const r = CANDIDATES[prompt].map((c) => utility(prompt, c));
  const logits = ref.map((p, k) => Math.log(p) + r[k] / beta);
  const m = Math.max(...logits);
  const logZ = m + Math.log(logits.reduce((s, l) => s + Math.exp(l - m), 0));
  const opt = logits.map((l) => Math.exp(l - logZ));
  const kl = opt.reduce((s, p, k) => s + p * (Math.log(p) - Math.log(ref[k])), 0);
  const optReward = opt.reduce((s, p, k) => s + p * r[k], 0);
  return {
    ...Object.fromEntries(r.map((v, k) => [`reward${k}`, v])),
    ...Object.fromEntries(ref.map((v, k) => [`ref${k}`, v])),
    ...Object.fromEntries(ref.map((v, k) => [`weight${k}`, v * Math.exp(r[k] / beta)])),
    ...Object.fromEntries(opt.map((v, k) => [`opt${k}`, v])),
    z: Math.exp(logZ),
    refReward: ref.reduce((s, p, k) => s + p * r[k], 0),
    optReward,
    kl,
    objective: optReward - beta * kl,
    betaLogZ: beta * logZ,
  };
}

async function open(page: Page, query = '') {
  return openWidget(page, `${PAGE}${query}#widget-beta-tilt`, 'beta-tilt');
}

test('the default state shows π* exactly as plain arithmetic computes it', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const root = await open(page);
  expectMatches(await readCells(root), plain(0, 'skewed', 0.5));
  await noNonsense(root);
  expect(problems).toEqual([]);
});

test('the slider works by keyboard, and the URL keeps its state', async ({ page }) => {
  const root = await open(page);
  const slider = root.getByRole('slider', { name: 'β' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(root.locator('output')).toHaveText('0.60');
  expectMatches(await readCells(root), plain(0, 'skewed', 0.6));
  expect(new URL(page.url()).searchParams.get('tilt.beta')).toBe('0.6');
  await page.reload();
  await expect(root).toHaveAttribute('data-ready', 'true');
  expectMatches(await readCells(root), plain(0, 'skewed', 0.6));
});

test('prompt and reference come from the URL and from the selects', async ({ page }) => {
  const root = await open(page, '?tilt.prompt=2&tilt.reference=uniform&tilt.beta=0.25');
  expectMatches(await readCells(root), plain(2, 'uniform', 0.25));
  await root.getByLabel('Prompt', { exact: true }).selectOption('1');
  expectMatches(await readCells(root), plain(1, 'uniform', 0.25));
  await root.getByLabel('Reference π_ref').selectOption('skewed');
  expectMatches(await readCells(root), plain(1, 'skewed', 0.25));
  await expect(root.locator('[data-text="reply0"]')).toHaveText('“please thanks”');
});

test('what the text says holds on the shown numbers', async ({ page }) => {
  const seen: Array<Record<string, number>> = [];
  for (const beta of [0.05, 0.2, 0.5, 1, 2, 5]) {
    const root = await open(page, `?tilt.beta=${beta}`);
    const cells = await readCells(root);
    // The objective's value at π* is β·log Z (the last two rows agree).
    expect(cells.objective).toBeCloseTo(cells.betaLogZ, 9);
    seen.push(cells);
  }
  // A larger β keeps π* closer to π_ref: less divergence, less reward; the reward stays above π_ref's.
  for (let i = 1; i < seen.length; i++) {
    expect(seen[i].kl).toBeLessThan(seen[i - 1].kl);
    expect(seen[i].optReward).toBeLessThan(seen[i - 1].optReward);
    expect(seen[i].optReward).toBeGreaterThan(seen[i].refReward);
  }
  // At the smallest β nearly all the mass sits on the best reply; at the largest it is near π_ref.
  expect(seen[0].opt0).toBeGreaterThan(0.99);
  expect(Math.abs(seen.at(-1)!.opt1 - 0.5)).toBeLessThan(0.1);
});

// A link is checked like a typed value: out of range is clamped, not a number or not a choice falls back.
const LINKS: Array<[string, string, RegExp, { prompt: number; reference: 'skewed' | 'uniform'; beta: number }]> = [
  ['?tilt.beta=0', 'beta', CLAMPED, { prompt: 0, reference: 'skewed', beta: 0.05 }],
  ['?tilt.beta=-1', 'beta', CLAMPED, { prompt: 0, reference: 'skewed', beta: 0.05 }],
  ['?tilt.beta=1e9', 'beta', CLAMPED, { prompt: 0, reference: 'skewed', beta: 5 }],
  ['?tilt.beta=0.01', 'beta', CLAMPED, { prompt: 0, reference: 'skewed', beta: 0.05 }],
  ['?tilt.beta=1e-300', 'beta', CLAMPED, { prompt: 0, reference: 'skewed', beta: 0.05 }],
  ['?tilt.beta=abc', 'beta', NOT_A_NUMBER, { prompt: 0, reference: 'skewed', beta: 0.5 }],
  ['?tilt.beta=', 'beta', NOT_A_NUMBER, { prompt: 0, reference: 'skewed', beta: 0.5 }],
  ['?tilt.prompt=7', 'prompt', CLAMPED, { prompt: 2, reference: 'skewed', beta: 0.5 }],
  ['?tilt.prompt=-3', 'prompt', CLAMPED, { prompt: 0, reference: 'skewed', beta: 0.5 }],
  ['?tilt.prompt=1.5', 'prompt', CLAMPED, { prompt: 2, reference: 'skewed', beta: 0.5 }],
  ['?tilt.reference=evil&tilt.beta=2', 'reference', NOT_A_CHOICE, { prompt: 0, reference: 'skewed', beta: 2 }],
];
for (const [query, key, said, state] of LINKS) {
  test(`a link with ${query} shows a note and the nearest allowed state`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const root = await open(page, query);
    await expectUrlNote(root, key, said);
    expectMatches(await readCells(root), plain(state.prompt, state.reference, state.beta));
    await expect(root.locator('output')).toHaveText(state.beta.toFixed(2));
    await expect(root.getByLabel('Prompt', { exact: true })).toHaveValue(String(state.prompt));
    await expect(root.getByLabel('Reference π_ref')).toHaveValue(state.reference);
    await noNonsense(root);
    expect(problems).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation with the example running (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const root = await open(page, '?tilt.beta=0.2');
    await root.getByText('Show the code this example runs').click();
    const results = await axeScan(page).include('[data-widget="beta-tilt"]').withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
