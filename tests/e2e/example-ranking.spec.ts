// The ranking worked example in Chromium: its numbers are the engine's for each method, the reader's
// order (set by keyboard or by drag and drop) is the target and lives in the URL, bad pasted rankings
// are refused without losing the state, it works by keyboard, and axe is clean while it runs.
import { expect, test, type Locator } from '@playwright/test';
import type { RankingPeek, RankingRecord } from '../../src/lib/algorithms/trainers/ranking';
import { engine } from './engine';
import { RANKING_STRINGS } from '../../src/widgets/ranking/strings';
import { termLabel } from '../../src/widgets/ranking/view';
import { RANKING_DEFAULTS, rankingOptions, type OwnRankings } from '../../src/widgets/ranking/options';
import {
  axeViolations,
  cellValues,
  expectMatches,
  keyboardStepPlayPause,
  openWidget,
  readCells,
  stepTimes,
} from './widget-helpers';

const PAGE = '/examples/ranking/';
type State = Partial<typeof RANKING_DEFAULTS>;

/** What the page shows after `steps` steps (step 0: the engine's peek), recomputed with a fresh trainer. */
function engineAfter(steps: number, state: State, own?: OwnRankings) {
  const t = engine.createRankingTrainer(rankingOptions({ ...RANKING_DEFAULTS, ...state }, own));
  let r: RankingRecord | undefined;
  for (let i = 0; i < steps; i++) r = t.step();
  const view: RankingPeek = r ?? t.peek();
  const target = t.rankings[0];
  t.dispose();
  const cells: Record<string, number> = {
    ...Object.fromEntries(view.terms.map((term, i) => [`term${i}`, term.value])),
    ...Object.fromEntries(view.scores.map((v, k) => [`score${k}`, v])),
    ...Object.fromEntries(view.policy[0].map((v, k) => [`prob${k}`, v])),
    agreement0: view.promptAgreement[0],
    agreement: view.agreement,
    utility: view.utility,
    ...(r ? { loss: r.loss } : {}),
  };
  const labels = view.terms.map((term) => termLabel(term, RANKING_STRINGS.en));
  return { cells, labels, target, policyRanking: view.policyRanking[0] };
}

async function shown(root: Locator) {
  const column = (attr: string) =>
    root.evaluate(
      (el, a) =>
        [...el.querySelectorAll<HTMLElement>(`[${a}]`)]
          .sort((x, y) => Number(x.getAttribute(a)) - Number(y.getAttribute(a)))
          .map((c) => Number(c.dataset.candidate)),
      attr,
    );
  return {
    cells: await readCells(root),
    labels: await root.locator('[data-terms] th').allInnerTexts(),
    target: await column('data-rank-target'),
    policyRanking: await column('data-rank-policy'),
    list: await root
      .locator('[data-order-list] > li')
      .evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.candidate))),
  };
}

async function expectEngine(root: Locator, steps: number, state: State, own?: OwnRankings) {
  const want = engineAfter(steps, state, own);
  const got = await shown(root);
  expectMatches(got.cells, want.cells);
  expect(Object.keys(got.cells).filter((k) => k.startsWith('term')).length).toBe(want.labels.length);
  expect(got.labels).toEqual(want.labels);
  expect(got.target).toEqual(want.target);
  expect(got.list).toEqual(want.target);
  expect(got.policyRanking).toEqual(want.policyRanking);
}

for (const [method, extra, terms] of [
  ['rrhf', {}, 7],
  ['plackett-luce', {}, 3],
  ['dpo', { beta: 0.3 }, 6],
] as const) {
  test(`Step shows exactly what the engine computes: ${method}`, async ({ page }) => {
    const query = new URLSearchParams({
      'ranking.method': method,
      'ranking.seed': '4',
      'ranking.lr': '0.3',
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`ranking.${k}`, String(v)])),
    });
    const root = await openWidget(page, `${PAGE}?${query}`, 'ranking');
    const state = { method, seed: 4, lr: 0.3, ...extra };
    await expectEngine(root, 0, state);
    await stepTimes(root, 3);
    await expectEngine(root, 3, state);
    expect(await root.locator('[data-terms] tr').count()).toBe(terms);
    expect(new URL(page.url()).searchParams.get('ranking.step')).toBe('3');
    // β is a control of DPO only.
    await expect(root.getByLabel('β')).toBeVisible({ visible: method === 'dpo' });
  });
}

test('reordering by keyboard changes the URL and the target, and the numbers follow the engine', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'ranking');
  await stepTimes(root, 2);
  const up = root.getByRole('button', { name: 'Move “ugh” up' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-status]')).toContainText('“ugh” moved to place 3 of 4');
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-status]')).toContainText('“ugh” moved to place 1 of 4');
  // At the top "up" is disabled, so the focus stays on the same reply's other button.
  await expect(up).toBeDisabled();
  await expect(root.getByRole('button', { name: 'Move “ugh” down' })).toBeFocused();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  expect(new URL(page.url()).searchParams.get('ranking.order')).toBe('3-0-1-2');
  await expect(root.locator('[data-rank-target="0"]')).toHaveText('“ugh”');
  await expectEngine(root, 0, { order: '3-0-1-2' });
  await stepTimes(root, 2);
  await expectEngine(root, 2, { order: '3-0-1-2' });
  // Moving it back down restores the default order, which leaves the URL.
  await root.getByRole('button', { name: 'Move “ugh” down' }).press('Enter');
  await root.getByRole('button', { name: 'Move “ugh” down' }).press('Enter');
  await root.getByRole('button', { name: 'Move “ugh” down' }).press('Enter');
  await expect(root.locator('[data-rank-target="3"]')).toHaveText('“ugh”');
  expect(new URL(page.url()).searchParams.get('ranking.order')).toBeNull();
});

test('drag and drop reorders the replies', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ranking.method=plackett-luce`, 'ranking');
  const item = (k: number) => root.locator(`[data-order-list] > li[data-candidate="${k}"]`);
  // The whole list in view, away from the sticky header, so that no scrolling happens mid-drag.
  await root.locator('[data-order-list]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await item(2).dragTo(item(0));
  await expect(root.locator('[data-rank-target="0"]')).toHaveText('“maybe um”');
  expect(new URL(page.url()).searchParams.get('ranking.order')).toBe('2-0-1-3');
  await expect(root.locator('[data-status]')).toContainText('“maybe um” moved to place 1 of 4');
  await item(0).dragTo(item(3));
  expect(new URL(page.url()).searchParams.get('ranking.order')).toBe('2-1-3-0');
  await stepTimes(root, 2);
  await expectEngine(root, 2, { method: 'plackett-luce', order: '2-1-3-0' });
});

test('a URL with state reproduces the numbers, and Reset goes back to step 0', async ({ page }) => {
  const state = { method: 'dpo', beta: 0.8, seed: 6, order: '2-0-3-1' };
  const root = await openWidget(
    page,
    `${PAGE}?ranking.method=dpo&ranking.beta=0.8&ranking.seed=6&ranking.order=2-0-3-1&ranking.step=5`,
    'ranking',
  );
  await expect(root.locator('[data-step-count]')).toHaveText('5');
  await expectEngine(root, 5, state);
  await expect(root.locator('#ranking-method')).toHaveValue('dpo');
  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await expect(root.locator('[data-cell="loss"]')).toHaveText('—');
  await expectEngine(root, 0, state);
  expect(new URL(page.url()).searchParams.get('ranking.step')).toBeNull();
  expect(new URL(page.url()).searchParams.get('ranking.order')).toBe('2-0-3-1');
});

test('a URL with a broken order falls back to the default order', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ranking.order=0-0-1-2&ranking.step=1`, 'ranking');
  await expectEngine(root, 1, {});
});

test('bad pasted data gets a message naming the problem and the last good state stays', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ranking.seed=4`, 'ranking');
  await stepTimes(root, 2);
  const before = await readCells(root);
  await root.getByText('Bring your own data').click();
  const area = root.getByLabel('Your data (JSON)');
  const apply = root.getByRole('button', { name: 'Use this data' });
  const error = root.locator('[data-data-error]');
  await area.fill('{"lists": [{"prompt": 1, "ranking": ["thanks", "please thanks", "no"]}]}');
  await apply.click();
  await expect(error).toHaveText(
    'lists[0].ranking: rank all 4 candidates of prompt 1, best first; missing "um maybe ugh"',
  );
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await expect(root.locator('[data-step-count]')).toHaveText('2');
  expect(await readCells(root)).toEqual(before);
  await area.fill('{"lists": [{"prompt": 0, "ranking": ["steps", "here", "maybe um", "ugh"]}]}');
  await apply.click();
  await expect(error).toContainText('lists[0].ranking[1]: "here" is not a candidate of prompt 0');
  await area.fill(
    '{"lists": [{"prompt": 2, "ranking": ["here", "here thanks", "maybe", "no ugh"]}, {"prompt": 2, "ranking": ["maybe", "here", "here thanks", "no ugh"]}]}',
  );
  await apply.click();
  await expect(error).toHaveText('lists[1]: prompt 2 is already ranked in lists[0]; give one ranking per prompt');
  await expect(root.locator('[data-step-count]')).toHaveText('2');
  expect(await readCells(root)).toEqual(before);
  // Good data: prompt 0's ranking becomes the reader's order, prompt 1's replaces its default.
  await area.fill(
    '{"lists": [{"prompt": 0, "ranking": ["here please", "steps", "ugh", "maybe um"]}, {"prompt": 1, "ranking": ["no", "thanks", "please thanks", "um maybe ugh"]}]}',
  );
  await apply.click();
  await expect(error).toHaveText('');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  expect(new URL(page.url()).searchParams.get('ranking.order')).toBe('1-0-3-2');
  await stepTimes(root, 2);
  await expectEngine(root, 2, { seed: 4, order: '1-0-3-2' }, { 1: [2, 1, 0, 3] });
});

test('keyboard alone steps, plays and pauses the example', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'ranking');
  await keyboardStepPlayPause(page, root);
  // The method is a keyboard-operable select too.
  await root.locator('#ranking-method').focus();
  await root.locator('#ranking-method').selectOption('plackett-luce');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  expect(new URL(page.url()).searchParams.get('ranking.method')).toBe('plackett-luce');
});

test('axe finds no violation with the example open and running', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ranking.method=dpo`, 'ranking');
  await root.getByText('Bring your own data').click();
  await root.getByText('Show the code this example runs').click();
  await root.getByRole('button', { name: 'Play' }).click();
  const violations = await axeViolations(page);
  await root.getByRole('button', { name: 'Pause' }).click();
  expect(violations).toEqual([]);
});

test('print shows the example as a figure with its state link', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ranking.seed=4&ranking.order=3-2-1-0`, 'ranking');
  await stepTimes(root, 1);
  await page.emulateMedia({ media: 'print' });
  await expect(root.locator('.widget-controls')).toBeHidden();
  await expect(root.locator('[data-order-list] button').first()).toBeHidden();
  await expect(root.locator('[data-state-link]')).toBeVisible();
  await expect(root.locator('[data-state-link]')).toContainText('ranking.order=3-2-1-0');
  await expect(root.locator('[data-state-link]')).toContainText('ranking.step=1');
  await expect(root.locator('.ranking-terms')).toBeVisible();
  await expect(root.locator('[data-order-list]')).toBeVisible();
});

/** The target order (best first) and the scores s_k = log π(y_k) the terms use, as the page shows them. */
async function shownTargetAndScores(root: Locator) {
  const order = await root
    .locator('[data-rank-target]')
    .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.candidate)));
  const scores = await cellValues(
    root,
    [0, 1, 2, 3].map((k) => `score${k}`),
  );
  const terms = await root
    .locator('[data-terms] [data-cell]')
    .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.value)));
  return { order, scores, terms };
}

test("RRHF's terms follow from the shown scores: a hinge per pair in target order, then −s of the best", async ({
  page,
}) => {
  const root = await openWidget(page, '/examples/ranking/?ranking.method=rrhf&ranking.order=3-1-0-2', 'ranking');
  await stepTimes(root, 2);
  const { order, scores, terms } = await shownTargetAndScores(root);
  expect(order).toEqual([3, 1, 0, 2]);
  const want: number[] = [];
  for (let i = 0; i < 4; i++)
    for (let j = i + 1; j < 4; j++) want.push(Math.max(0, scores[order[j]] - scores[order[i]]));
  want.push(-scores[order[0]]);
  expect(terms.length).toBe(want.length);
  terms.forEach((v, i) => expect(v).toBeCloseTo(want[i], 9));
});

test("Plackett–Luce's terms follow from the shown scores: −log of each place's softmax among those left", async ({
  page,
}) => {
  const root = await openWidget(
    page,
    '/examples/ranking/?ranking.method=plackett-luce&ranking.order=2-0-3-1',
    'ranking',
  );
  await stepTimes(root, 3);
  const { order, scores, terms } = await shownTargetAndScores(root);
  const want = order.slice(0, 3).map((k, i) => {
    const left = order.slice(i).map((j) => Math.exp(scores[j]));
    return -Math.log(Math.exp(scores[k]) / left.reduce((a, b) => a + b, 0));
  });
  expect(terms.length).toBe(3);
  terms.forEach((v, i) => expect(v).toBeCloseTo(want[i], 9));
});
