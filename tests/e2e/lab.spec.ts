// The unified lab: named combinations are named, impossible ones explained; a preset link shows the
// engine's run of that preset; the state round-trips through the URL; axe is clean while it trains.
import { expect, test } from '@playwright/test';
import type { LabRecord } from '../../src/lib/algorithms/trainers';
import { labChoice, LAB_DEFAULTS, PRESETS, type LabState } from '../../src/widgets/lab/options';
import { RANKING_STRINGS } from '../../src/widgets/ranking/strings';
import { LAB_STRINGS } from '../../src/widgets/lab/strings';
import { exampleView } from '../../src/widgets/lab/view';
import { engine } from './engine';
import { axeViolations, expectMatches, openWidget, readCells } from './widget-helpers';

const query = (state: Partial<LabState>) =>
  new URLSearchParams(
    Object.entries(state).map(([k, v]) => [`lab.${k}`, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]),
  ).toString();

async function run(state: Partial<LabState>, steps: number): Promise<LabRecord[]> {
  const s = { ...LAB_DEFAULTS, ...state };
  const needsRm = ['reward-model', 'pairwise-scorer'].includes(s.feedback);
  const rewardModel = needsRm ? await engine.trainRewardScorer(s.seed, 100, undefined, s.rmPairs) : undefined;
  const t = engine.composeTrainer({ ...labChoice(s), rewardModel });
  const out = Array.from({ length: steps }, () => t.step());
  t.dispose();
  return out;
}

const NAMED: Array<[Partial<LabState>, RegExp]> = [
  [{ algorithm: 'dpo', data: 'off-policy', feedback: 'human' }, /^Offline DPO/],
  [{ algorithm: 'dpo', data: 'on-policy', feedback: 'judge' }, /^Online DPO with AI feedback \(OAIF\)/],
  [{ algorithm: 'ppo', data: 'on-policy', feedback: 'reward-model' }, /^RLHF with PPO/],
  [{ algorithm: 'raft', data: 'best-of-n', feedback: 'reward-model' }, /^RAFT/],
  [{ algorithm: 'remax', data: 'on-policy', feedback: 'reward-model' }, /^ReMax/],
  [{ algorithm: 'grpo', data: 'on-policy', feedback: 'rule' }, /^GRPO/],
  [{ algorithm: 'kto', data: 'off-policy', feedback: 'human' }, /^KTO/],
];

for (const [state, name] of NAMED) {
  test(`names ${name.source.replace(/[\\^]/g, '')}`, async ({ page }) => {
    const root = await openWidget(page, `/lab/?${query(state)}`, 'lab');
    await expect(root.locator('[data-text="recipe"]')).toHaveText(name);
    await root.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(root.locator('[data-step-count]')).toHaveText('1');
    expectMatches(await readCells(root), pick((await run(state, 1))[0]));
  });
}

function pick(r: LabRecord) {
  return {
    loss: r.loss,
    utility: r.utility,
    kl: r.kl,
    ...Object.fromEntries(
      exampleView(r.example, LAB_STRINGS.en, RANKING_STRINGS.en).rows.map((d, i) => [`delta${i}`, d.delta]),
    ),
  };
}

test('an impossible combination is explained, not hidden, and does not train', async ({ page }) => {
  const root = await openWidget(
    page,
    `/lab/?${query({ algorithm: 'ppo', feedback: 'judge', data: 'on-policy' })}`,
    'lab',
  );
  await expect(root.locator('[data-text="why"]')).toContainText(
    'PPO needs a scalar reward for each reply, and this judge only compares two replies.',
  );
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await expect(root.locator('[data-status]')).toContainText('Cannot train this combination');
});

// The presets' effects are checked with the engine alone in tests/unit/widgets/lab-presets.test.ts.

test("a preset link shows exactly the engine's run at its step", async ({ page }) => {
  await page.goto('/lab/');
  const href = (await page.locator('[data-preset="displacement"]').getAttribute('href'))!;
  const root = await openWidget(page, href, 'lab');
  await expect(root.locator('[data-step-count]')).toHaveText('60');
  const p = PRESETS.find((x) => x.id === 'displacement')!;
  expectMatches(await readCells(root), pick((await run(p.state, 60))[59]));
});

test('the state round-trips through the URL', async ({ page }) => {
  const root = await openWidget(page, '/lab/', 'lab');
  await root.getByLabel('Algorithm').selectOption('ipo');
  await root.getByLabel('Data').selectOption('on-policy');
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  const cells = await readCells(root);
  const url = page.url();
  expect(url).toContain('lab.algorithm=ipo');
  expect(url).toContain('lab.step=2');
  const again = await openWidget(page, url, 'lab');
  await expect(again.getByLabel('Algorithm')).toHaveValue('ipo');
  await expect(again.getByLabel('Data')).toHaveValue('on-policy');
  expect(await readCells(again)).toEqual(cells);
});

test('axe finds no violation with the lab running', async ({ page }) => {
  const root = await openWidget(page, '/lab/', 'lab');
  await root.getByRole('button', { name: 'Play' }).click();
  await root.getByRole('button', { name: 'Pin this run for comparison' }).click();
  const violations = await axeViolations(page);
  await root.getByRole('button', { name: 'Pause' }).click();
  expect(violations).toEqual([]);
});

test('the compact lab in the Unified View chapter trains too', async ({ page }) => {
  const root = await openWidget(page, '/unified-view/', 'lab');
  await expect(root.locator('[data-text="recipe"]')).toHaveText(/^Offline DPO/);
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('1');
});
