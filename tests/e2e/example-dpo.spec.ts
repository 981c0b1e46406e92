// The DPO worked example in Chromium: its numbers are the engine's, its state lives in the URL, bad
// pasted data is refused without losing the state, it works by keyboard, and axe is clean while it runs.
import { expect, test } from './book';
import type { BanditPairRecord } from '../../src/lib/algorithms/trainers/bandit-pairs';
import { engine } from './engine';
import { DPO_DEFAULTS, dpoOptions } from '../../src/widgets/dpo/options';
import {
  axeViolations,
  cellValues,
  expectMatches,
  keyboardStepPlayPause,
  openWidget,
  readCells,
  stepTimes,
} from './widget-helpers';

const PAGE = '/examples/dpo/';

function engineAfter(steps: number, state: Partial<typeof DPO_DEFAULTS>) {
  const t = engine.createBanditPairTrainer(dpoOptions({ ...DPO_DEFAULTS, ...state }));
  let r!: BanditPairRecord;
  for (let i = 0; i < steps; i++) r = t.step();
  t.dispose();
  const p = r.pair;
  return {
    logRatioChosen: p.logRatioChosen,
    logRatioRejected: p.logRatioRejected,
    h: p.h,
    betaH: p.betaH,
    sigmoidBetaH: p.sigmoidBetaH,
    pairLoss: p.loss,
    weight: p.weight,
    loss: r.loss,
    accuracy: r.accuracy,
    tv: r.tvToOptimum,
    ...Object.fromEntries(r.policy[0].map((v, k) => [`policy${k}`, v])),
    ...Object.fromEntries(r.optimum[0].map((v, k) => [`optimum${k}`, v])),
  };
}

test('Step shows exactly what the engine computes for that state', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?dpo.seed=4&dpo.beta=0.3`, 'dpo');
  await stepTimes(root, 3);
  expectMatches(await readCells(root), engineAfter(3, { seed: 4, beta: 0.3 }));
  expect(new URL(page.url()).searchParams.get('dpo.step')).toBe('3');
});

test('IPO, online: the numbers still match the engine', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?dpo.method=ipo&dpo.mode=online&dpo.tau=0.25&dpo.seed=2`, 'dpo');
  await stepTimes(root, 2);
  expectMatches(await readCells(root), engineAfter(2, { method: 'ipo', mode: 'online', tau: 0.25, seed: 2 }));
});

test('a URL with a step reproduces the same numbers, and Reset goes back to step 0', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?dpo.seed=4&dpo.beta=0.3&dpo.step=5`, 'dpo');
  await expect(root.locator('[data-step-count]')).toHaveText('5');
  expectMatches(await readCells(root), engineAfter(5, { seed: 4, beta: 0.3 }));
  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  const cells = await readCells(root);
  for (let k = 0; k < 4; k++) expect(cells[`policy${k}`]).toBeCloseTo(0.25, 6);
});

test('"Copy link to this state" copies a URL that restores it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await openWidget(page, `${PAGE}?dpo.seed=7`, 'dpo');
  await stepTimes(root, 2);
  await root.getByRole('button', { name: 'Copy link to this state' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('dpo.seed=7');
  expect(url).toContain('dpo.step=2');
});

test('bad pasted data gets a message naming the problem and the last good state stays', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?dpo.seed=4`, 'dpo');
  await stepTimes(root, 2);
  const before = await readCells(root);
  await root.getByText('Bring your own data').click();
  await root.getByLabel('Your data (JSON)').fill('{"pairs": [{"prompt": 0, "chosen": "steps", "rejected": "helo"}]}');
  await root.getByRole('button', { name: 'Use this data' }).click();
  await expect(root.locator('[data-data-error]')).toContainText('pairs[0].rejected: unknown word "helo"');
  await expect(root.locator('[data-step-count]')).toHaveText('2');
  expect(await readCells(root)).toEqual(before);
  // Good data replaces the toy dataset and restarts from step 0.
  await root.getByLabel('Your data (JSON)').fill('{"pairs": [{"prompt": 0, "chosen": "ugh", "rejected": "steps"}]}');
  await root.getByRole('button', { name: 'Use this data' }).click();
  await expect(root.locator('[data-data-error]')).toHaveText('');
  await stepTimes(root, 1);
  await expect(root.locator('[data-text="chosen"]')).toHaveText('“ugh”');
});

test('keyboard alone steps, plays and pauses the example', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'dpo');
  await keyboardStepPlayPause(page, root);
});

test('axe finds no violation with the example open and running', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'dpo');
  await root.getByText('Bring your own data').click();
  await root.getByText('Show the code this example runs').click();
  await root.getByRole('button', { name: 'Play' }).click();
  const violations = await axeViolations(page);
  await root.getByRole('button', { name: 'Pause' }).click();
  expect(violations).toEqual([]);
});

test('print shows the example as a figure with its state link', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?dpo.seed=4`, 'dpo');
  await stepTimes(root, 1);
  await page.emulateMedia({ media: 'print' });
  await expect(root.locator('.widget-controls')).toBeHidden();
  await expect(root.locator('[data-state-link]')).toBeVisible();
  await expect(root.locator('[data-state-link]')).toContainText('dpo.seed=4');
  await expect(root.locator('.dpo-pair')).toBeVisible();
});

// From the page's own log-ratios, with plain arithmetic (not the engine): the rest of the pair table.
const sigma = (x: number) => 1 / (1 + Math.exp(-x));

test('the pair table follows from its log-ratios: h, βh, σ(βh), the loss, δ = β·σ(−βh)', async ({ page }) => {
  const beta = 0.3;
  const root = await openWidget(page, `${PAGE}?dpo.seed=4&dpo.beta=${beta}`, 'dpo');
  for (let n = 1; n <= 3; n++) {
    await stepTimes(root, 1);
    const [up, down, h, betaH, s, loss, weight] = await cellValues(root, [
      'logRatioChosen',
      'logRatioRejected',
      'h',
      'betaH',
      'sigmoidBetaH',
      'pairLoss',
      'weight',
    ]);
    const want = up - down;
    expect(h).toBeCloseTo(want, 9);
    expect(betaH).toBeCloseTo(beta * want, 9);
    expect(s).toBeCloseTo(sigma(beta * want), 9);
    expect(loss).toBeCloseTo(-Math.log(sigma(beta * want)), 9);
    // δ carries its leading β (docs/engine-contract.md, Conventions): β·σ(−βh), as the row label says.
    expect(weight).toBeCloseTo(beta * sigma(-beta * want), 9);
  }
});

test('IPO: the pair loss is (h − 1/2τ)² and the weight 2(1/2τ − h), from the shown h', async ({ page }) => {
  const tau = 0.25;
  const root = await openWidget(page, `${PAGE}?dpo.method=ipo&dpo.tau=${tau}&dpo.seed=2`, 'dpo');
  await stepTimes(root, 2);
  const [up, down, h, loss, weight] = await cellValues(root, [
    'logRatioChosen',
    'logRatioRejected',
    'h',
    'pairLoss',
    'weight',
  ]);
  expect(h).toBeCloseTo(up - down, 9);
  expect(loss).toBeCloseTo((h - 1 / (2 * tau)) ** 2, 9);
  expect(weight).toBeCloseTo(2 * (1 / (2 * tau) - h), 9);
});
