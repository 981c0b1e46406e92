// The lab guides the reader (issue 16): an impossible combination clears the last run's numbers and says
// why; each algorithm says what it needs; a button switches to the nearest combination that trains; fields
// that do not apply are disabled with a reason; N and label noise are explained; axe stays clean.
import { expect, test, type Locator } from '@playwright/test';
import { engine } from './engine';
import { axeViolations, openWidget, readCells, stepTimes, widgetView } from './widget-helpers';

async function described(root: Locator, field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => root.page().locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

test('an invalid combination clears the last run and shows the refusal, as a fresh page would', async ({ page }) => {
  const root = await openWidget(page, '/lab/', 'lab');
  await stepTimes(root, 3);
  expect(Object.keys(await readCells(root)).length).toBeGreaterThan(3);
  await root.getByLabel('Algorithm').selectOption('ppo');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await expect(root.locator('[data-text="why"]')).toContainText(
    'PPO needs a scalar reward for each reply, and human labellers',
  );
  expect(await readCells(root)).toEqual({});
  const after = await widgetView(root);
  const fresh = await openWidget(page, page.url(), 'lab');
  expect(after).toEqual(await widgetView(fresh));
});

test('each algorithm says what it needs', async ({ page }) => {
  const root = await openWidget(page, '/lab/', 'lab');
  const select = root.getByLabel('Algorithm');
  // What the methods need, from their papers: PPO a scalar reward and a reference; DPO preference pairs
  // and a reference; SimPO pairs without a reference; SFT demonstrations; Plackett–Luce a ranking.
  const option = (v: string) => select.locator(`option[value="${v}"]`);
  await expect(option('ppo')).toHaveText(/scalar reward \+ reference/);
  await expect(option('dpo')).toHaveText(/pairs \+ reference/);
  await expect(option('simpo')).toHaveText(/pairs$/);
  await expect(option('sft')).toHaveText(/demonstrations$/);
  await expect(option('plackett-luce')).toHaveText(/ranked list/);
  await select.selectOption('ppo');
  await expect(root.locator('[data-text="needs"]')).toHaveText(
    'PPO needs a scalar reward for each reply and a reference model.',
  );
  expect(await described(root, select)).toContain('needs a scalar reward');
});

test('the nearest valid combination is one key press away, trains and is named', async ({ page }) => {
  const root = await openWidget(page, '/lab/?lab.algorithm=ppo', 'lab');
  await expect(root.locator('[data-text="recipe"]')).toHaveText(/cannot train/);
  const button = root.getByRole('button', { name: /^Use feedback: .* instead$/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-text="recipe"]')).toHaveText(/^Offline PPO/);
  await expect(root.locator('[data-text="why"]')).toHaveText('');
  // Only the feedback changed, and the engine itself accepts the result.
  await expect(root.getByLabel('Algorithm')).toHaveValue('ppo');
  await expect(root.getByLabel('Data')).toHaveValue('off-policy');
  const feedback = await root.getByLabel('Feedback').inputValue();
  expect(feedback).not.toBe('human');
  await expect(root.getByLabel('Feedback')).toBeFocused();
  const choice = { model: 'autoregressive', reference: true, data: 'off-policy', feedback, algorithm: 'ppo' };
  expect(engine.checkComposition(choice as never)).toBeUndefined();
  await stepTimes(root, 2);
  expect(Object.keys(await readCells(root)).length).toBeGreaterThan(3);
});

test('fields that do not apply are disabled with a reason; N and label noise are explained', async ({ page }) => {
  const root = await openWidget(page, '/lab/', 'lab');
  const field = (label: string) => root.getByRole('spinbutton', { name: label, exact: true });
  // DPO on human pairs: β and label noise apply; N, the judge's biases and the RM's pairs do not.
  await expect(field('β')).toBeEnabled();
  await expect(field('label noise')).toBeEnabled();
  expect(await described(root, field('label noise'))).toMatch(/coin flips/);
  for (const label of ['N', 'judge position bias', 'judge verbosity bias', 'RM pairs per prompt']) {
    await expect(field(label)).toBeDisabled();
    await expect(field(label)).toHaveAttribute('title', /^Not used/);
    expect(await described(root, field(label))).toMatch(/Not used/);
  }
  expect(await described(root, field('N'))).toMatch(/replies are sampled per prompt/);
  // SFT has no β; GRPO samples a group of N and has a β; with the judge its biases apply, noise does not.
  await root.getByLabel('Algorithm').selectOption('sft');
  await expect(field('β')).toBeDisabled();
  expect(await described(root, field('β'))).toContain('SFT has no β');
  await root.getByLabel('Algorithm').selectOption('grpo');
  await expect(field('β')).toBeEnabled();
  await expect(field('N')).toBeEnabled();
  expect(await described(root, field('N'))).not.toMatch(/Not used/);
  await root.getByLabel('Algorithm').selectOption('dpo');
  await root.getByLabel('Feedback').selectOption('judge');
  await expect(field('judge verbosity bias')).toBeEnabled();
  await expect(field('label noise')).toBeDisabled();
});

test('axe finds no violation with a refused combination and disabled fields', async ({ page }) => {
  const root = await openWidget(page, '/lab/?lab.algorithm=ppo', 'lab');
  await expect(root.getByRole('button', { name: /^Use .* instead$/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
