// The evaluation chapter's win-rate example in Chromium: every number agrees with the two policies and
// win rates written out here with plain Math over every pair of replies; the text's claims hold on the
// shown numbers; a bad field is refused next to itself with its range, a link's value out of range is
// clamped with a note; axe is clean.
import { expect, test, type Page } from '@playwright/test';
import { allReplies, utility } from '../../src/lib/world';
import { WIN_DEFAULTS } from '../../src/widgets/win-rate/options';
import { watchPage } from './watch';
import { expectMatches, openWidget, readCells } from './widget-helpers';
import { CLAMPED, expectRefused, expectUrlNote, noNonsense, NOT_A_NUMBER } from './widget-live';
import { axeScan, WCAG } from './axe';

const PAGE = '/evaluation/';
type State = typeof WIN_DEFAULTS;
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const REPLIES = allReplies();

function plain(s: State) {
  const cells: Record<string, number> = {};
  const sums: Record<string, number> = {};
  for (let p = 0; p < 3; p++) {
    const u = REPLIES.map((y) => utility(p, y));
    const len = REPLIES.map((y) => y.length);
    const policy = (bonus: number) => {
      const w = u.map((v, i) => Math.exp((v + bonus * len[i]) / s.tau));
      const z = w.reduce((a, b) => a + b, 0);
      return w.map((v) => v / z);
    };
    const a = policy(s.bonusA);
    const b = policy(s.bonusB);
    let truth = 0;
    let judged = 0;
    for (let i = 0; i < a.length; i++)
      for (let j = 0; j < b.length; j++) {
        const w = a[i] * b[j];
        truth += w * (u[j] > u[i] ? 1 : u[j] === u[i] ? 0.5 : 0);
        const sb = u[j] + s.verbosity * len[j];
        const sa = u[i] + s.verbosity * len[i];
        judged += (w * (sig((sb - sa + s.position) / s.judgeNoise) + sig((sb - sa - s.position) / s.judgeNoise))) / 2;
      }
    const row = {
      lenA: a.reduce((t, q, i) => t + q * len[i], 0),
      lenB: b.reduce((t, q, i) => t + q * len[i], 0),
      uA: a.reduce((t, q, i) => t + q * u[i], 0),
      uB: b.reduce((t, q, i) => t + q * u[i], 0),
      true: truth,
      judged,
    };
    for (const [k, v] of Object.entries(row)) {
      cells[`${k}${p}`] = v;
      sums[k] = (sums[k] ?? 0) + v / 3;
    }
  }
  for (const [k, v] of Object.entries(sums)) cells[`${k}Mean`] = v;
  return cells;
}

const open = (page: Page, query = '') => openWidget(page, `${PAGE}${query}#widget-win-rate`, 'win-rate');

test('the shown win rates are the plain double sums over every pair of replies', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  let root = await open(page);
  expectMatches(await readCells(root), plain(WIN_DEFAULTS));
  const state = {
    ...WIN_DEFAULTS,
    tau: 1.3,
    bonusA: 0.4,
    bonusB: -0.7,
    verbosity: -0.5,
    position: 1.1,
    judgeNoise: 0.9,
  };
  root = await open(
    page,
    '?winrate.tau=1.3&winrate.bonusA=0.4&winrate.bonusB=-0.7&winrate.verbosity=-0.5' +
      '&winrate.position=1.1&winrate.judgeNoise=0.9',
  );
  expectMatches(await readCells(root), plain(state));
  await root.getByLabel('Judge verbosity bias').fill('2');
  expectMatches(await readCells(root), plain({ ...state, verbosity: 2 }));
  expect(new URL(page.url()).searchParams.get('winrate.verbosity')).toBe('2');
  await noNonsense(root);
  expect(problems).toEqual([]);
});

test('what the text says holds on the shown numbers', async ({ page }) => {
  const read = async (q: string) => readCells(await open(page, q));
  const d = await read('');
  expect(d.lenBMean).toBeGreaterThan(d.lenAMean);
  expect(d.trueMean).toBeGreaterThan(0.5);
  expect(d.judgedMean).toBeGreaterThan(d.trueMean);
  const fair = await read('?winrate.verbosity=0');
  expect(Math.abs(fair.judgedMean - fair.trueMean)).toBeLessThan(d.judgedMean - d.trueMean);
  const padded = await read('?winrate.bonusB=1');
  expect(padded.lenBMean).toBeGreaterThan(d.lenBMean);
  expect(padded.judgedMean - padded.trueMean).toBeGreaterThan(d.judgedMean - d.trueMean);
});

for (const [field, key, value, kept] of [
  ['Policy temperature τ', 'tau', '0', '0.5'],
  ['Policy temperature τ', 'tau', '-1', '0.5'],
  ['Policy temperature τ', 'tau', '1e308', '0.5'],
  ['Judge noise', 'judgeNoise', '0', '0.5'],
  ['Judge noise', 'judgeNoise', '1e-300', '0.5'],
  ['Length bonus of policy B', 'bonusB', '50', '0'],
  ['Judge position bias', 'position', '', '0'],
] as const) {
  test(`${field} = "${value}" is refused with its range and the last good state stays`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const root = await open(page);
    const before = await readCells(root);
    const input = root.getByLabel(field);
    await input.fill(value);
    await expectRefused(root, input, key, kept);
    expect(await readCells(root)).toEqual(before);
    await noNonsense(root);
    expect(problems).toEqual([]);
  });
}

test('a link with values out of range is clamped with a note for each', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const root = await open(page, '?winrate.tau=1e-9&winrate.judgeNoise=1e&winrate.bonusB=-1e9');
  await expectUrlNote(root, 'tau', CLAMPED);
  await expectUrlNote(root, 'judgeNoise', NOT_A_NUMBER);
  await expectUrlNote(root, 'bonusB', CLAMPED);
  expectMatches(await readCells(root), plain({ ...WIN_DEFAULTS, tau: 0.1, bonusB: -2 }));
  await expect(root.getByLabel('Policy temperature τ')).toHaveValue('0.1');
  await noNonsense(root);
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation with the example running (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const root = await open(page);
    await root.getByText('Show the code this example runs').click();
    const results = await axeScan(page).include('[data-widget="win-rate"]').withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
