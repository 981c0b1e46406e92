// The point-wise worked example and the ICDPO example in Chromium: every number (loss, utility, KL, each
// sample's score, baseline and δ; every ICDPO log-likelihood, score and pick) is recomputed here with a
// fresh engine in Node; state lives in the URL; bad input is refused without losing the state; both work
// by keyboard; axe is clean while they run; print keeps the figures with their state links.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { PolicyRecord } from '../../src/lib/algorithms/trainers/policy-trainers';
import type { Sample } from '../../src/lib/model/policy';
import { engine } from './engine';
import { POINTWISE_DEFAULTS, pointwiseOptions } from '../../src/widgets/pointwise/options';
import { SHELL_STRINGS } from '../../src/widgets/shell/strings';

const PROMPT_NAMES = SHELL_STRINGS.en.promptNames;
import { ICDPO_DEFAULTS, icdpoOptions } from '../../src/widgets/icdpo/options';
import {
  axeViolations,
  expectMatches,
  keyboardStepPlayPause,
  openWidget,
  readCells,
  scrollToWidget,
  stepTimes,
} from './widget-helpers';

const PAGE = '/examples/point-wise/';

/** Scrolls a second widget of the same page into view (no reload) and waits until it runs. */
async function showWidget(page: Page, name: string): Promise<Locator> {
  const root = page.locator(`[data-widget="${name}"]`);
  await scrollToWidget(root);
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return root;
}

function engineAfter(steps: number, state: Partial<typeof POINTWISE_DEFAULTS>, demos?: Sample[]) {
  const t = engine.createPointwiseTrainer(pointwiseOptions({ ...POINTWISE_DEFAULTS, ...state }, demos));
  let r!: PolicyRecord;
  for (let i = 0; i < steps; i++) r = t.step();
  t.dispose();
  const cells: Record<string, number> = { loss: r.loss, utility: r.utility, kl: r.kl };
  r.samples.forEach((s, i) => {
    cells[`delta${i}`] = s.delta;
    if (s.score !== undefined) cells[`score${i}`] = s.score;
    if (s.baseline !== undefined) cells[`baseline${i}`] = s.baseline;
  });
  return { record: r, cells };
}

async function readRows(root: Locator) {
  return root.locator('[data-samples] tr').evaluateAll((rows) =>
    rows.map((tr) => ({
      prompt: tr.querySelector('td.prompt')?.textContent ?? '',
      reply: tr.querySelector('.pointwise-reply')?.textContent ?? '',
      kept: tr.querySelector('td.kept')?.textContent ?? '',
      effect: tr.querySelector('td.effect')?.textContent ?? '',
      greedy: tr.querySelector('.pointwise-greedy')?.textContent ?? '',
    })),
  );
}

async function expectSamples(root: Locator, record: PolicyRecord) {
  const rows = await readRows(root);
  expect(rows.map((r) => r.prompt)).toEqual(record.samples.map((s) => PROMPT_NAMES[s.prompt]));
  expect(rows.map((r) => r.reply)).toEqual(record.samples.map((s) => `“${s.reply}”`));
  expect(rows.map((r) => r.kept)).toEqual(
    record.samples.map((s) => (s.kept === undefined ? '—' : s.kept ? 'kept' : 'dropped')),
  );
  expect(rows.map((r) => r.effect)).toEqual(
    record.samples.map((s) => (s.delta > 0 ? 'pushed up' : s.delta < 0 ? 'pushed down' : 'ignored')),
  );
  expect(rows.map((r) => r.greedy)).toEqual(
    record.samples.map((s) => (s.greedy === undefined ? '' : `greedy ȳ: “${s.greedy}”`)),
  );
}

const cases: Array<[string, Partial<typeof POINTWISE_DEFAULTS>, string]> = [
  ['SFT', { method: 'sft', seed: 3, lr: 0.3 }, 'pointwise.method=sft&pointwise.seed=3&pointwise.lr=0.3'],
  ['RFT', { method: 'rft', seed: 2, n: 5 }, 'pointwise.method=rft&pointwise.seed=2&pointwise.n=5'],
  [
    'RAFT',
    { method: 'raft', seed: 4, n: 3, lr: 0.8 },
    'pointwise.method=raft&pointwise.seed=4&pointwise.n=3&pointwise.lr=0.8',
  ],
  ['ReMax', { method: 'remax', seed: 5 }, 'pointwise.method=remax&pointwise.seed=5'],
];

for (const [name, state, query] of cases) {
  test(`${name}: Step shows exactly what the engine computes, sample by sample`, async ({ page }) => {
    const root = await openWidget(page, `${PAGE}?${query}`, 'pointwise');
    await stepTimes(root, 3);
    const { record, cells } = engineAfter(3, state);
    expectMatches(await readCells(root), cells);
    await expectSamples(root, record);
    expect(new URL(page.url()).searchParams.get('pointwise.step')).toBe('3');
  });
}

test('ReMax shows negative δ for samples worse than the greedy reply', async ({ page }) => {
  // Find, with the engine, a step of seed 5 whose batch has a negative δ, then check that the page says so.
  let steps = 1;
  while (!engineAfter(steps, { method: 'remax', seed: 5 }).record.samples.some((s) => s.delta < 0)) steps++;
  const root = await openWidget(
    page,
    `${PAGE}?pointwise.method=remax&pointwise.seed=5&pointwise.step=${steps}`,
    'pointwise',
  );
  await expect(root.locator('[data-step-count]')).toHaveText(String(steps));
  await expect(root.locator('td.effect', { hasText: 'pushed down' }).first()).toBeVisible();
  expectMatches(await readCells(root), engineAfter(steps, { method: 'remax', seed: 5 }).cells);
});

test('step 0 shows the reference policy; a URL with a step reproduces it; Reset goes back', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?pointwise.method=raft&pointwise.seed=6&pointwise.step=4`, 'pointwise');
  await expect(root.locator('[data-step-count]')).toHaveText('4');
  const { record, cells } = engineAfter(4, { method: 'raft', seed: 6 });
  expectMatches(await readCells(root), cells);
  await expectSamples(root, record);
  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  const t = engine.createPointwiseTrainer(pointwiseOptions({ ...POINTWISE_DEFAULTS, method: 'raft', seed: 6 }));
  const got = await readCells(root);
  expect(got.utility).toBeCloseTo(t.initial.utility, 6);
  t.dispose();
  expect(Object.keys(got).sort()).toEqual(['kl', 'utility']);
  await expect(root.locator('[data-cell="loss"]')).toHaveText('—');
  expect(new URL(page.url()).searchParams.get('pointwise.step')).toBeNull();
  expect(new URL(page.url()).searchParams.get('pointwise.method')).toBe('raft');
});

test('switching the method restarts with its own rule, and n is only offered where it is used', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'pointwise');
  await expect(root.getByLabel('Samples per prompt n')).toBeDisabled();
  await root.getByLabel('Method').selectOption('rft');
  await expect(root.getByLabel('Samples per prompt n')).toBeEnabled();
  await expect(root.locator('[data-text="rule"]')).toContainText('topic word');
  await root.getByLabel('Samples per prompt n').fill('6');
  await stepTimes(root, 2);
  expectMatches(await readCells(root), engineAfter(2, { method: 'rft', n: 6 }).cells);
  expect(await root.locator('[data-samples] tr').count()).toBe(18);
  expect(new URL(page.url()).searchParams.get('pointwise.n')).toBe('6');
});

test('"Copy link to this state" copies a URL that restores it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await openWidget(page, `${PAGE}?pointwise.method=remax&pointwise.seed=7`, 'pointwise');
  await stepTimes(root, 2);
  await root.getByRole('button', { name: 'Copy link to this state' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain('pointwise.method=remax');
  expect(url).toContain('pointwise.seed=7');
  expect(url).toContain('pointwise.step=2');
});

test('bad demonstrations get a message naming the problem; good ones train SFT on them', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?pointwise.method=rft&pointwise.seed=4`, 'pointwise');
  await stepTimes(root, 2);
  const before = await readCells(root);
  await root.getByText('Bring your own data').click();
  const area = root.getByLabel('Your data (JSON)');
  await area.fill('{"demos": [{"prompt": 0, "reply": "steps"}, {"prompt": 1, "reply": "helo"}]}');
  await root.getByRole('button', { name: 'Use this data' }).click();
  await expect(root.locator('[data-data-error]')).toContainText('demos[1].reply: unknown word "helo"');
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await area.fill('{"demos": [{"prompt": 7, "reply": "steps"}]}');
  await root.getByRole('button', { name: 'Use this data' }).click();
  await expect(root.locator('[data-data-error]')).toContainText('demos[0].prompt: must be a prompt index 0–2, got 7');
  await expect(root.locator('[data-step-count]')).toHaveText('2');
  await expect(root.getByLabel('Method')).toHaveValue('rft');
  expect(await readCells(root)).toEqual(before);
  // Good data switches to SFT, restarts from step 0 and trains on exactly these demonstrations.
  const text = '{"demos": [{"prompt": 0, "reply": "ugh"}, {"prompt": 2, "reply": "maybe um"}]}';
  await area.fill(text);
  await root.getByRole('button', { name: 'Use this data' }).click();
  await expect(root.locator('[data-data-error]')).toHaveText('');
  await expect(root.getByLabel('Method')).toHaveValue('sft');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await stepTimes(root, 3);
  const parsed = engine.validateDemos(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const { record, cells } = engineAfter(3, { method: 'sft', seed: 4 }, parsed.value);
  expectMatches(await readCells(root), cells);
  await expectSamples(root, record);
  expect((await readRows(root)).map((r) => r.reply)).toEqual(['“ugh”', '“maybe um”']);
  await expect(root.locator('[data-text="source"]')).toHaveText('your demonstrations');
  // And back to the toy data.
  await root.getByRole('button', { name: 'Back to the toy data' }).click();
  await stepTimes(root, 1);
  expectMatches(await readCells(root), engineAfter(1, { method: 'sft', seed: 4 }).cells);
});

test('keyboard alone switches the method, steps, plays and pauses', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'pointwise');
  await keyboardStepPlayPause(page, root);
  // Method: focus the select and change it with the arrow keys; n becomes reachable by Tab.
  await root.getByLabel('Method').focus();
  await page.keyboard.press('ArrowDown');
  await expect(root.getByLabel('Method')).toHaveValue('rft');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await page.keyboard.press('Tab');
  await expect(root.getByLabel('Samples per prompt n')).toBeFocused();
  // The samples table scrolls by keyboard: it is a focusable, named region.
  await root.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-step-count]')).toHaveText('1');
  await root.getByRole('region', { name: /This step's samples/ }).focus();
  await expect(root.getByRole('region', { name: /This step's samples/ })).toBeFocused();
});

test('axe finds no violation with both examples open and the point-wise one running', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?pointwise.method=remax`, 'pointwise');
  await stepTimes(root, 2);
  await root.getByText('Bring your own data').click();
  await root.getByText('Show the code this example runs').click();
  const icdpo = await showWidget(page, 'icdpo');
  await icdpo.getByText('Show the code this example runs').click();
  await root.scrollIntoViewIfNeeded();
  await root.getByRole('button', { name: 'Play' }).click();
  const violations = await axeViolations(page);
  await root.getByRole('button', { name: 'Pause' }).click();
  expect(violations).toEqual([]);
});

test('axe finds no violation in the dark theme either', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  const root = await openWidget(page, `${PAGE}?pointwise.method=raft`, 'pointwise');
  await stepTimes(root, 1);
  await showWidget(page, 'icdpo');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const violations = await axeViolations(page);
  expect(violations).toEqual([]);
});

test('print shows both examples as figures with their state links', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?pointwise.method=rft&pointwise.seed=4&icdpo.seed=3`, 'pointwise');
  await stepTimes(root, 1);
  const icdpo = await showWidget(page, 'icdpo');
  await page.emulateMedia({ media: 'print' });
  await expect(root.locator('.widget-controls')).toBeHidden();
  await expect(root.locator('[data-state-link]')).toBeVisible();
  await expect(root.locator('[data-state-link]')).toContainText('pointwise.seed=4');
  await expect(root.locator('.pointwise-samples')).toBeVisible();
  await expect(icdpo.locator('.widget-controls')).toBeHidden();
  await expect(icdpo.locator('[data-state-link]')).toContainText('icdpo.seed=3');
  await expect(icdpo.locator('.icdpo-table').first()).toBeVisible();
});

test('at 375 px, with both examples running, the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const root = await openWidget(page, `${PAGE}?pointwise.method=remax&pointwise.step=3`, 'pointwise');
  await expect(root.locator('[data-samples] tr')).toHaveCount(3);
  await showWidget(page, 'icdpo');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

// ICDPO ------------------------------------------------------------------------------------------------

async function expectIcdpo(root: Locator, state: Partial<typeof ICDPO_DEFAULTS>) {
  const results = engine.icdpoSelect(icdpoOptions({ ...ICDPO_DEFAULTS, ...state }));
  const want: Record<string, number> = {};
  for (const r of results) {
    r.candidates.forEach((c, i) => {
      want[`logpPlain${r.prompt}_${i}`] = c.logpPlain;
      want[`logpWithDemos${r.prompt}_${i}`] = c.logpWithDemos;
      want[`score${r.prompt}_${i}`] = c.score;
      want[`utility${r.prompt}_${i}`] = c.utility;
    });
    want[`pickedUtility${r.prompt}`] = r.candidates[r.picked].utility;
    want[`likelyUtility${r.prompt}`] = r.candidates[r.pickedByLikelihood].utility;
  }
  const got = await readCells(root);
  expectMatches(got, want);
  expect(Object.keys(got).length).toBe(Object.keys(want).length);
  for (const r of results) {
    const rows = await root.locator(`[data-candidates="${r.prompt}"] tr`).evaluateAll((trs) =>
      trs.map((tr) => ({
        reply: tr.querySelector('[data-field="reply"]')?.textContent,
        picked: tr.querySelector('[data-field="picked"]')?.textContent,
      })),
    );
    expect(rows.map((x) => x.reply)).toEqual(r.candidates.map((c) => `“${c.reply}”`));
    expect(rows.map((x) => x.picked)).toEqual(
      r.candidates.map((_, i) =>
        [i === r.picked ? 'ICDPO' : '', i === r.pickedByLikelihood ? 'likelihood' : ''].filter(Boolean).join(' and '),
      ),
    );
    await expect(root.locator(`[data-text="demos${r.prompt}"]`)).toHaveText(r.demos.map((d) => `“${d}”`).join(', '));
  }
}

test('ICDPO: the tables are the engine’s icdpoSelect for the URL’s settings', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?icdpo.seed=2&icdpo.candidates=5&icdpo.alpha=2`, 'icdpo');
  await expectIcdpo(root, { seed: 2, candidates: 5, alpha: 2 });
  await expect(root.locator('[data-text="seed"]')).toHaveText('2');
});

test('ICDPO: Run uses the form, the URL follows, and New candidates draws the next seed', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'icdpo');
  await expectIcdpo(root, {});
  await root.getByLabel('Candidates per prompt').fill('8');
  await root.getByLabel('Demonstration strength α').fill('0.7');
  await root.getByRole('button', { name: 'Run ICDPO' }).click();
  await expect(root.locator('[data-text="alpha"]')).toHaveText('0.7');
  await expectIcdpo(root, { candidates: 8, alpha: 0.7 });
  const url = new URL(page.url());
  expect(url.searchParams.get('icdpo.candidates')).toBe('8');
  expect(url.searchParams.get('icdpo.alpha')).toBe('0.7');
  await root.getByRole('button', { name: 'New candidates (next seed)' }).click();
  const next = String(ICDPO_DEFAULTS.seed + 1);
  await expect(root.getByLabel('Seed')).toHaveValue(next);
  await expect(root.locator('[data-text="seed"]')).toHaveText(next);
  await expectIcdpo(root, { seed: ICDPO_DEFAULTS.seed + 1, candidates: 8, alpha: 0.7 });
  expect(new URL(page.url()).searchParams.get('icdpo.seed')).toBe(next);
  // The reload restores the same tables.
  await page.reload();
  const again = await openWidget(page, page.url(), 'icdpo');
  await expectIcdpo(again, { seed: ICDPO_DEFAULTS.seed + 1, candidates: 8, alpha: 0.7 });
});

test('ICDPO: bad settings get a message and the last good tables stay', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?icdpo.seed=4`, 'icdpo');
  const before = await readCells(root);
  await root.getByLabel('Candidates per prompt').fill('40');
  await expect(root.getByLabel('Candidates per prompt')).toHaveAttribute('aria-invalid', 'true');
  await expect(root.locator('[data-field-error="candidates"]')).toHaveText(
    'Candidates: enter a whole number from 2 to 12. The last good value, 6, is kept.',
  );
  await root.getByRole('button', { name: 'Run ICDPO' }).click();
  await expect(root.locator('[data-input-error]')).toContainText('Not run: a setting is out of its range');
  await root.getByLabel('Demonstration strength α').fill('');
  await root.getByLabel('Candidates per prompt').fill('6');
  await expect(root.getByLabel('Candidates per prompt')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(root.locator('[data-field-error="alpha"]')).toHaveText(
    'α: enter a number from 0 to 5. The last good value, 1.5, is kept.',
  );
  await root.getByRole('button', { name: 'Run ICDPO' }).click();
  await expect(root.locator('[data-input-error]')).toContainText('Not run');
  expect(await readCells(root)).toEqual(before);
  expect(new URL(page.url()).searchParams.get('icdpo.seed')).toBe('4');
  // A link with a setting out of range is brought to the nearest allowed value, and says so.
  const bad = await openWidget(page, `${PAGE}?icdpo.candidates=1`, 'icdpo');
  await expect(bad.locator('[data-url-note="candidates"]')).toHaveText(
    'The link set icdpo.candidates to 1, outside a whole number from 2 to 12; the nearest allowed value, 2, is used.',
  );
  await expectIcdpo(bad, { candidates: 2 });
});

test('ICDPO: keyboard alone edits the settings and runs', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'icdpo');
  await root.getByLabel('Seed').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(root.getByLabel('Candidates per prompt')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-text="candidates"]')).toHaveText('5');
  // ArrowUp raised the default seed by one.
  const seed = ICDPO_DEFAULTS.seed + 1;
  await expectIcdpo(root, { seed, candidates: 5 });
  await expect(root.locator('[data-status]')).toContainText(`Ran ICDPO with seed ${seed}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(root.getByRole('button', { name: 'Run ICDPO' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(root.getByRole('button', { name: 'New candidates (next seed)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-text="seed"]')).toHaveText(String(seed + 1));
});
