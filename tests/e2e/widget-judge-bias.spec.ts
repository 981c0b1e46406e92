// The feedback chapter's labeller example in Chromium: every probability it shows agrees with the
// sigmoids written out here with plain Math; the claims of the text hold on the shown numbers; a bad field
// is refused next to itself with its range, a link's value out of range is clamped with a note; axe is
// clean in both themes; and the reward-model widget embedded on the same page still trains.
import { expect, test, type Page } from '@playwright/test';
import { CANDIDATES, utility } from '../../src/lib/world';
import { JUDGE_DEFAULTS } from '../../src/widgets/judge-bias/options';
import { watchPage } from './watch';
import { expectMatches, openWidget, readCells, stepTimes } from './widget-helpers';
import { CLAMPED, expectRefused, expectUrlNote, noNonsense, NOT_A_NUMBER } from './widget-live';
import { axeScan, WCAG } from './axe';

const PAGE = '/feedback/';
type State = typeof JUDGE_DEFAULTS;
const sig = (z: number) => 1 / (1 + Math.exp(-z));

function plain(s: State) {
  const judgeFirst = (p: number, f: number[], g: number[]) =>
    sig((utility(p, f) + s.verbosity * f.length - utility(p, g) - s.verbosity * g.length + s.position) / s.judgeNoise);
  const human = (p: number, a: number[], b: number[]) =>
    s.humanNoise === 0 ? Number(utility(p, a) > utility(p, b)) : sig((utility(p, a) - utility(p, b)) / s.humanNoise);
  const cells: Record<string, number> = {};
  const agreeH: number[] = [],
    agreeJ: number[] = [],
    first: number[] = [],
    longU: number[] = [],
    longH: number[] = [],
    longJ: number[] = [];
  for (let p = 0; p < 3; p++) {
    const c = CANDIDATES[p];
    let i = 0;
    for (let a = 0; a < 4; a++)
      for (let b = a + 1; b < 4; b++) {
        const h = human(p, c[a], c[b]);
        const jf = judgeFirst(p, c[a], c[b]);
        const js = 1 - judgeFirst(p, c[b], c[a]);
        if (p === s.prompt)
          Object.assign(cells, {
            [`ua${i}`]: utility(p, c[a]),
            [`ub${i}`]: utility(p, c[b]),
            [`human${i}`]: h,
            [`first${i}`]: jf,
            [`second${i}`]: js,
          });
        const aBetter = utility(p, c[a]) > utility(p, c[b]);
        agreeH.push(aBetter ? h : 1 - h);
        agreeJ.push(aBetter ? (jf + js) / 2 : 1 - (jf + js) / 2);
        first.push((jf + (1 - js)) / 2);
        if (c[a].length !== c[b].length) {
          const aLong = c[a].length > c[b].length;
          longU.push(aBetter === aLong ? 1 : 0);
          longH.push(aLong ? h : 1 - h);
          longJ.push(aLong ? (jf + js) / 2 : 1 - (jf + js) / 2);
        }
        i++;
      }
  }
  const mean = (x: number[]) => x.reduce((t, v) => t + v, 0) / x.length;
  return {
    ...cells,
    humanAgreement: mean(agreeH),
    judgeAgreement: mean(agreeJ),
    judgeFirstWins: mean(first),
    utilityLongerWins: mean(longU),
    humanLongerWins: mean(longH),
    judgeLongerWins: mean(longJ),
  };
}

const open = (page: Page, query = '') => openWidget(page, `${PAGE}${query}#widget-judge-bias`, 'judge-bias');

test('the shown probabilities are the sigmoids of the judge and of the people', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  let root = await open(page);
  expectMatches(await readCells(root), plain(JUDGE_DEFAULTS));
  const state = { ...JUDGE_DEFAULTS, humanNoise: 0.3, position: -1.2, verbosity: 1.5, judgeNoise: 2, prompt: 2 };
  root = await open(
    page,
    '?judge.humanNoise=0.3&judge.position=-1.2&judge.verbosity=1.5&judge.judgeNoise=2&judge.prompt=2',
  );
  expectMatches(await readCells(root), plain(state));
  await root.getByLabel('Judge verbosity bias').fill('0');
  expectMatches(await readCells(root), plain({ ...state, verbosity: 0 }));
  expect(new URL(page.url()).searchParams.get('judge.verbosity')).toBe('0');
  await noNonsense(root);
  expect(problems).toEqual([]);
});

test('what the text says holds on the shown numbers', async ({ page }) => {
  const read = async (q: string) => readCells(await open(page, q));
  const neutral = await read('?judge.position=0&judge.verbosity=0');
  expect(neutral.judgeFirstWins).toBeCloseTo(0.5, 9);
  const positional = await read('?judge.position=1.5&judge.verbosity=0');
  expect(positional.judgeFirstWins).toBeGreaterThan(0.5);
  for (let i = 0; i < 6; i++) expect(positional[`first${i}`]).toBeGreaterThan(positional[`second${i}`]);
  const verbose = await read('?judge.position=0&judge.verbosity=2');
  expect(verbose.judgeLongerWins).toBeGreaterThan(verbose.utilityLongerWins);
  expect(verbose.judgeAgreement).toBeLessThan(neutral.judgeAgreement);
});

for (const [field, key, value, kept] of [
  ['Human label noise', 'humanNoise', '-1', '1'],
  ['Judge noise', 'judgeNoise', '0', '0.5'],
  ['Judge noise', 'judgeNoise', '1e-300', '0.5'],
  ['Judge position bias', 'position', '9', '0.5'],
  ['Judge verbosity bias', 'verbosity', '1e400', '0.8'],
  ['Judge noise', 'judgeNoise', '', '0.5'],
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
  const root = await open(page, '?judge.judgeNoise=-5&judge.prompt=9&judge.position=abc&judge.verbosity=1e9');
  await expectUrlNote(root, 'judgeNoise', CLAMPED);
  await expectUrlNote(root, 'prompt', CLAMPED);
  await expectUrlNote(root, 'position', NOT_A_NUMBER);
  await expectUrlNote(root, 'verbosity', CLAMPED);
  expectMatches(await readCells(root), plain({ ...JUDGE_DEFAULTS, judgeNoise: 0.05, prompt: 2, verbosity: 3 }));
  await expect(root.getByLabel('Judge noise')).toHaveValue('0.05');
  await noNonsense(root);
  expect(problems).toEqual([]);
});

test('the reward-model widget embedded on this page trains', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const root = await openWidget(page, `${PAGE}#widget-reward-model`, 'reward-model');
  await stepTimes(root, 2);
  const cells = await readCells(root);
  expect(Number.isFinite(cells.loss)).toBe(true);
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation with the example running (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const root = await open(page);
    await root.getByText('Show the code this example runs').click();
    const results = await axeScan(page).include('[data-widget="judge-bias"]').withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
