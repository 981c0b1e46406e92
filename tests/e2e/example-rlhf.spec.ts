// The RLHF worked example in Chromium: both stages show exactly the engine's numbers for their state,
// the per-token PPO table included; state round-trips through the URL; bad pairs are refused; keyboard
// and axe checks while running; print.
import { expect, test } from '@playwright/test';
import type { PpoRecord, RewardModelRecord } from '../../src/lib/algorithms/trainers';
import { PPO_DEFAULTS, ppoOptions, RM_DEFAULTS, rewardModelOptions } from '../../src/widgets/rlhf/options';
import { engine } from './engine';
import {
  axeViolations,
  cellValues,
  expectMatches,
  openWidget,
  readCells,
  scrollToWidget,
  stepTimes,
} from './widget-helpers';

const PAGE = '/examples/rlhf/';

function rmAfter(steps: number, state: Partial<typeof RM_DEFAULTS>) {
  const t = engine.createRewardModelTrainer(rewardModelOptions({ ...RM_DEFAULTS, ...state }));
  let r!: RewardModelRecord;
  for (let i = 0; i < steps; i++) r = t.step();
  t.dispose();
  return {
    loss: r.loss,
    trainAccuracy: r.trainAccuracy,
    heldOutAccuracy: r.heldOutAccuracy,
    ...Object.fromEntries(r.weights.map((w, i) => [`w${i}`, w.weight])),
    ...Object.fromEntries(
      r.comparison.flatMap((c, i) => [
        [`learned${i}`, c.learned],
        [`hidden${i}`, c.hidden],
      ]),
    ),
  };
}

async function ppoAfter(steps: number, state: Partial<typeof PPO_DEFAULTS>) {
  const s = { ...PPO_DEFAULTS, ...state };
  const t = engine.createPpoTrainer(
    ppoOptions(s, s.reward === 'rm' ? await engine.trainRewardScorer(s.seed) : undefined),
  );
  let r!: PpoRecord;
  for (let i = 0; i < steps; i++) r = t.step();
  t.dispose();
  const cells: Record<string, number> = {
    score: r.sample.score,
    loss: r.loss,
    valueLoss: r.valueLoss,
    meanScore: r.meanScore,
    utility: r.utility,
    kl: r.kl,
  };
  r.sample.tokens.forEach((tok, i) => {
    for (const [k, v] of Object.entries(tok)) if (typeof v === 'number') cells[`${k}${i}`] = v;
  });
  return { cells, reply: r.sample.reply };
}

test("stage 1: the reward model's numbers are the engine's", async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?rm.seed=3&rm.loss=binary`, 'reward-model');
  await stepTimes(root, 4);
  expectMatches(await readCells(root), rmAfter(4, { seed: 3, loss: 'binary' }));
});

test("stage 2: every cell of the per-token PPO table is the engine's", async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ppo.seed=2&ppo.klBeta=0.1`, 'ppo');
  await stepTimes(root, 3);
  const want = await ppoAfter(3, { seed: 2, klBeta: 0.1 });
  expectMatches(await readCells(root), want.cells);
  await expect(root.locator('[data-text="reply"]')).toHaveText(`“${want.reply}”`);
});

test('stage 2 offline with the hidden utility, restored from a URL with a step', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?ppo.mode=offline&ppo.reward=utility&ppo.step=4`, 'ppo');
  await expect(root.locator('[data-step-count]')).toHaveText('4');
  expectMatches(await readCells(root), (await ppoAfter(4, { mode: 'offline', reward: 'utility' })).cells);
  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  expect(new URL(page.url()).searchParams.get('ppo.step')).toBeNull();
});

test('stage 1: bad pasted pairs are refused with a message and the state stays', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'reward-model');
  await stepTimes(root, 2);
  const before = await readCells(root);
  await root.getByText('Bring your own data').click();
  await root.getByLabel('Your data (JSON)').fill('{"pairs": [{"prompt": 0, "chosen": "steps", "rejected": "steps"}]}');
  await root.getByRole('button', { name: 'Use this data' }).click();
  await expect(root.locator('[data-data-error]')).toHaveText('pairs[0]: chosen and rejected are the same reply');
  expect(await readCells(root)).toEqual(before);
});

test('keyboard: a setting changed by keyboard resets training and lands in the URL', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'ppo');
  await root.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-step-count]')).toHaveText('1');
  await root.getByLabel('epochs').focus();
  await page.keyboard.press('ArrowUp');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await expect.poll(() => new URL(page.url()).searchParams.get('ppo.epochs')).toBe('3');
});

test('axe finds no violation on the RLHF page with both stages running', async ({ page }) => {
  const rm = await openWidget(page, PAGE, 'reward-model');
  await rm.getByRole('button', { name: 'Play' }).click();
  const ppo = page.locator('[data-widget="ppo"]');
  await scrollToWidget(ppo);
  await expect(ppo).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await ppo.getByRole('button', { name: 'Play' }).click();
  await ppo.getByText('Show the code this example runs').click();
  const violations = await axeViolations(page);
  expect(violations).toEqual([]);
});

test("stage 2: the token table's shaped reward, TD error, advantage and clipped objective follow from its columns", async ({
  page,
}) => {
  const [beta, lambda, eps] = [0.1, 0.9, 0.2];
  const root = await openWidget(
    page,
    `${PAGE}?ppo.seed=3&ppo.klBeta=${beta}&ppo.lambda=${lambda}&ppo.reward=utility`,
    'ppo',
  );
  for (let n = 1; n <= 3; n++) {
    await stepTimes(root, 1);
    const rows = await root.locator('[data-token-row]:not([hidden])').count();
    expect(rows).toBeGreaterThan(0);
    const col = async (key: string) =>
      cellValues(
        root,
        [...Array(rows).keys()].map((t) => `${key}${t}`),
      );
    const [logp, ref, kl, reward, value, td, adv, ratio, clipped] = await Promise.all(
      ['logp', 'refLogp', 'klTerm', 'reward', 'value', 'tdError', 'advantage', 'ratio', 'clippedObjective'].map(col),
    );
    const [score] = await cellValues(root, ['score']);
    // Plain arithmetic, γ = 1, terminal value 0: r_t = −β(log π − log π_ref) + score at the last token;
    // δ_t = r_t + V_{t+1} − V_t; Â_t = Σ_l λ^l δ_{t+l}; objective min(ρÂ, clip(ρ, 1 ± ε)Â).
    for (let t = 0; t < rows; t++) {
      expect(kl[t]).toBeCloseTo(-beta * (logp[t] - ref[t]), 9);
      expect(reward[t]).toBeCloseTo(kl[t] + (t === rows - 1 ? score : 0), 9);
      expect(td[t]).toBeCloseTo(reward[t] + (t + 1 < rows ? value[t + 1] : 0) - value[t], 9);
      const gae = td.slice(t).reduce((a, d, l) => a + lambda ** l * d, 0);
      expect(adv[t]).toBeCloseTo(gae, 9);
      const clip = Math.min(Math.max(ratio[t], 1 - eps), 1 + eps);
      expect(clipped[t]).toBeCloseTo(Math.min(ratio[t] * adv[t], clip * adv[t]), 9);
    }
  }
});
