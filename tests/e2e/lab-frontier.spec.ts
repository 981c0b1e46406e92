// The lab's reward–KL frontier is a scatter of utility against KL: each β's point sits at its KL on
// the horizontal axis. β = 0 (no KL penalty) runs where β weighs a penalty (PPO, GRPO, and the PPO
// example), and is refused with its reason where β is a loss temperature (DPO).
import { expect, test } from '@playwright/test';
import { openWidget, stepTimes } from './widget-helpers';

test('the frontier places every point at its KL: x grows with KL, linearly', async ({ page }) => {
  test.setTimeout(120_000);
  const root = await openWidget(page, '/lab/?lab.model=bandit', 'lab');
  await root.getByRole('button', { name: 'Sweep β (6 runs)' }).click();
  await expect(root.locator('[data-status]')).toContainText('Frontier ready', { timeout: 90_000 });
  const dots = await root.locator('[data-chart="frontier"] circle').evaluateAll((els) =>
    els.map((e) => ({
      x: Number(e.getAttribute('cx')),
      kl: Number(e.getAttribute('data-kl')),
      beta: Number(e.getAttribute('data-beta')),
    })),
  );
  expect(dots.length).toBe(6);
  const byKl = [...dots].sort((a, b) => a.kl - b.kl);
  // Strictly more KL, further right; and x is one affine function of KL (within the 0.1 px rounding).
  for (let i = 1; i < byKl.length; i++) expect(byKl[i].x).toBeGreaterThanOrEqual(byKl[i - 1].x);
  const [a, z] = [byKl[0], byKl.at(-1)!];
  const slope = (z.x - a.x) / (z.kl - a.kl);
  for (const d of byKl) expect(Math.abs(a.x + slope * (d.kl - a.kl) - d.x)).toBeLessThan(0.2);
  // One point per β of the sweep.
  expect(dots.map((d) => d.beta).sort((p, q) => p - q)).toEqual([0.02, 0.05, 0.1, 0.2, 0.5, 1]);
});

test('β = 0 trains PPO and GRPO in the lab', async ({ page }) => {
  for (const algorithm of ['ppo', 'grpo']) {
    const root = await openWidget(
      page,
      `/lab/?lab.algorithm=${algorithm}&lab.data=on-policy&lab.feedback=rule&lab.beta=0`,
      'lab',
    );
    await expect(root.getByLabel('β', { exact: true })).toHaveValue('0');
    await expect(root.locator('[data-url-notes]')).toHaveCount(0);
    await stepTimes(root, 2);
    await expect(root.locator('[data-status]')).toContainText('Step 2:');
  }
});

test('β = 0 trains the PPO example (no KL penalty: the KL column is 0)', async ({ page }) => {
  const root = await openWidget(page, '/examples/rlhf/?ppo.klBeta=0&ppo.reward=utility', 'ppo');
  await stepTimes(root, 2);
  const kl = await root
    .locator('[data-cell^="klTerm"]')
    .evaluateAll((els) =>
      els.filter((e) => !(e.closest('tr') as HTMLElement).hidden).map((e) => Number((e as HTMLElement).dataset.value)),
    );
  expect(kl.length).toBeGreaterThan(0);
  for (const v of kl) expect(Math.abs(v)).toBe(0);
});

test('β = 0 is refused for DPO in the lab, next to the field, with its reason', async ({ page }) => {
  const root = await openWidget(page, '/lab/?lab.algorithm=ppo&lab.data=on-policy&lab.feedback=rule&lab.beta=0', 'lab');
  await root.getByLabel('Algorithm').selectOption('dpo');
  const beta = root.getByLabel('β', { exact: true });
  await expect(beta).toHaveAttribute('aria-invalid', 'true');
  await expect(root.locator('[data-field-error="beta"]')).toContainText(
    'β = 0 is allowed only where β weighs a KL penalty',
  );
  await root.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await beta.fill('0.5');
  await expect(beta).not.toHaveAttribute('aria-invalid', 'true');
  await stepTimes(root, 1);
});
