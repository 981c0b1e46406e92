// The RL primer's REINFORCE example in Chromium: its numbers are the engine's and agree with a plain
// softmax simulation written here with Math only; a reward offset raises the variance of the estimate
// without a baseline and leaves the baseline run unchanged; bad fields are refused with a message naming
// the range and the last good state stays; a link's values out of range are clamped, with a note; it
// works by keyboard; axe is clean while it runs.
import { expect, test, type Page } from '@playwright/test';
import { createRng } from '../../src/lib/random';
import { CANDIDATES, K, P, utility } from '../../src/lib/world';
import { REINFORCE_DEFAULTS, reinforceOptions } from '../../src/widgets/reinforce/options';
import { engine } from './engine';
import { watchPage } from './watch';
import { expectMatches, keyboardStepPlayPause, openWidget, readCells, stepTimes } from './widget-helpers';
import { axeScan, WCAG } from './axe';

const PAGE = '/rl-primer/';
type State = typeof REINFORCE_DEFAULTS;

function engineAfter(steps: number, state: Partial<State>) {
  const t = engine.createBanditReinforce(reinforceOptions({ ...REINFORCE_DEFAULTS, ...state }));
  let r = t.initial() as Record<
    'none' | 'value',
    { expectedUtility: number; gradVariance: number; policy: number[][]; meanDelta?: number; stdDelta?: number }
  >;
  for (let i = 0; i < steps; i++) r = t.step();
  t.dispose();
  const out: Record<string, number> = {};
  for (const [kind, suffix] of [
    ['none', 'None'],
    ['value', 'Value'],
  ] as const) {
    out[`utility${suffix}`] = r[kind].expectedUtility;
    out[`var${suffix}`] = r[kind].gradVariance;
    out[`best${suffix}`] = r[kind].policy[0][0];
    if (steps > 0) Object.assign(out, { [`mean${suffix}`]: r[kind].meanDelta!, [`std${suffix}`]: r[kind].stdDelta! });
  }
  return out;
}

const softmax = (row: number[]) => {
  const z = row.map(Math.exp);
  const s = z.reduce((a, b) => a + b, 0);
  return z.map((x) => x / s);
};

/**
 * The same experiment with plain arithmetic: softmax rows, the same random stream, the REINFORCE
 * update of each row, the spread of δ, and the exact expected utility and one-sample gradient variance
 * by listing the four outcomes of the estimator.
 */
function plainAfter(steps: number, { seed, lr, samples: n, offset }: State) {
  const out: Record<string, number> = {};
  for (const [kind, suffix] of [
    ['none', 'None'],
    ['value', 'Value'],
  ] as const) {
    const rng = createRng(seed);
    const logits = [...Array(P)].map(() => new Array(K).fill(0));
    const r = [...Array(P).keys()].map((p) => CANDIDATES[p].map((c) => utility(p, c) + offset));
    let deltas: number[] = [];
    for (let s = 0; s < steps; s++) {
      deltas = [];
      const grads = logits.map((row, p) => {
        const pi = softmax(row);
        const b = kind === 'none' ? 0 : pi.reduce((a, q, k) => a + q * r[p][k], 0);
        const g = new Array(K).fill(0);
        for (let i = 0; i < n; i++) {
          const k = rng.choice(pi);
          deltas.push(r[p][k] - b);
          for (let j = 0; j < K; j++) g[j] += (r[p][k] - b) * ((j === k ? 1 : 0) - pi[j]);
        }
        return g;
      });
      grads.forEach((g, p) => g.forEach((gj, j) => (logits[p][j] += (lr * gj) / (P * n))));
    }
    const pis = logits.map(softmax);
    out[`utility${suffix}`] =
      pis.reduce((a, pi, p) => a + pi.reduce((t, q, k) => t + q * (r[p][k] - offset), 0), 0) / P;
    out[`best${suffix}`] = pis[0][0];
    out[`var${suffix}`] =
      pis.reduce((acc, pi, p) => {
        const b = kind === 'none' ? 0 : pi.reduce((a, q, k) => a + q * r[p][k], 0);
        const gs = pi.map((_, k) => pi.map((pj, j) => (r[p][k] - b) * ((j === k ? 1 : 0) - pj)));
        const mean = pi.map((_, j) => gs.reduce((s, g, k) => s + pi[k] * g[j], 0));
        return acc + gs.reduce((s, g, k) => s + pi[k] * g.reduce((t, gj, j) => t + (gj - mean[j]) ** 2, 0), 0);
      }, 0) / P;
    if (steps > 0) {
      const m = deltas.reduce((a, b) => a + b, 0) / deltas.length;
      out[`mean${suffix}`] = m;
      out[`std${suffix}`] = Math.sqrt(deltas.reduce((a, d) => a + (d - m) ** 2, 0) / deltas.length);
    }
  }
  return out;
}

async function noNonsenseOnScreen(page: Page) {
  const text = await page.locator('[data-widget="reinforce"]').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

test('Step shows what the engine computes, and a plain-Math simulation agrees', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const state = { ...REINFORCE_DEFAULTS, seed: 4, offset: 3, samples: 6 };
  const root = await openWidget(page, `${PAGE}?reinforce.seed=4&reinforce.offset=3&reinforce.samples=6`, 'reinforce');
  expectMatches(await readCells(root), plainAfter(0, state));
  await stepTimes(root, 3);
  const shown = await readCells(root);
  expectMatches(shown, engineAfter(3, state));
  expectMatches(shown, plainAfter(3, state));
  expect(new URL(page.url()).searchParams.get('reinforce.step')).toBe('3');
  // The strip has one dot per sample and estimator: 3 prompts × 6 samples × 2.
  await expect(root.locator('[data-chart="strip"] circle')).toHaveCount(36);
  await noNonsenseOnScreen(page);
  expect(problems).toEqual([]);
});

test('a reward offset raises the no-baseline variance and leaves the baseline run as it was', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?reinforce.step=20`, 'reinforce');
  const plain = await readCells(root);
  await root.getByLabel('Reward offset c').fill('5');
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  await stepTimes(root, 20);
  const shifted = await readCells(root);
  expect(shifted.varNone).toBeGreaterThan(3 * plain.varNone);
  // δ = r + c moves every dot of the no-baseline strip right by c (up to how far the two runs drifted apart).
  expect(shifted.meanNone).toBeGreaterThan(plain.meanNone + 4);
  for (const key of ['utilityValue', 'varValue', 'bestValue', 'stdValue', 'meanValue'])
    expect(shifted[key]).toBeCloseTo(plain[key], 4);
  expect(shifted.varValue).toBeLessThan(shifted.varNone);
});

test('a link with a step reproduces the same numbers, and Reset goes back to step 0', async ({ page }) => {
  const root = await openWidget(page, `${PAGE}?reinforce.seed=2&reinforce.step=5`, 'reinforce');
  await expect(root.locator('[data-step-count]')).toHaveText('5');
  expectMatches(await readCells(root), engineAfter(5, { seed: 2 }));
  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.locator('[data-step-count]')).toHaveText('0');
  const cells = await readCells(root);
  expect(cells.bestNone).toBeCloseTo(0.25, 6);
  expect(cells.meanNone).toBeUndefined();
});

for (const [field, value] of [
  ['Samples per prompt N', '-3'],
  ['Samples per prompt N', '0'],
  ['Samples per prompt N', '1e9'],
  ['Samples per prompt N', '2.5'],
  ['Samples per prompt N', ''],
  ['Reward offset c', '1e300'],
  ['Learning rate', '0'],
  ['Learning rate', '-1'],
  ['Seed', '-4'],
] as const) {
  test(`${field} = "${value}" is refused with its range and the last good state stays`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const root = await openWidget(page, `${PAGE}?reinforce.seed=3`, 'reinforce');
    await stepTimes(root, 2);
    const before = await readCells(root);
    const input = root.getByLabel(field);
    await input.fill(value);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    // The shell's sentence next to the field (referenced by its aria-describedby) names the range.
    const error = root.locator(`[data-field-error="${await input.getAttribute('data-param')}"]`);
    await expect(error).toContainText(/enter a (whole )?number from -?[\d.]+ to [\d.]+\./);
    const described = (await input.getAttribute('aria-describedby'))!.split(/\s+/);
    expect(described).toContain(await error.getAttribute('id'));
    await expect(root.locator('[data-step-count]')).toHaveText('2');
    expect(await readCells(root)).toEqual(before);
    await stepTimes(root, 1);
    expectMatches(await readCells(root), engineAfter(3, { seed: 3 }));
    await noNonsenseOnScreen(page);
    // A good value clears the message and restarts with it.
    await input.fill(
      String(field === 'Learning rate' ? 0.5 : field === 'Seed' ? 3 : field === 'Reward offset c' ? 0 : 8),
    );
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(root.locator('[data-field-error]:not(:empty)')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

test('a link with values out of range is clamped to the ranges, with a note for each', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const root = await openWidget(
    page,
    `${PAGE}?reinforce.samples=0&reinforce.offset=1e9&reinforce.seed=2&reinforce.step=999999999`,
    'reinforce',
  );
  // As the shell does for every widget (widget-url.spec.ts): the nearest allowed value, said in a note.
  await expect(root.locator('[data-url-note="samples"]')).toContainText('the nearest allowed value, 1,');
  await expect(root.locator('[data-url-note="offset"]')).toContainText('the nearest allowed value, 10,');
  await expect(root.locator('[data-url-note="step"]')).toContainText('the nearest allowed value, 5000,');
  await expect(root.getByLabel('Samples per prompt N')).toHaveValue('1');
  await expect(root.getByLabel('Reward offset c')).toHaveValue('10');
  await expect(root.locator('[data-step-count]')).toHaveText('5000', { timeout: 30_000 });
  expectMatches(await readCells(root), engineAfter(5000, { seed: 2, samples: 1, offset: 10 }));
  await noNonsenseOnScreen(page);
  expect(problems).toEqual([]);
});

test('keyboard alone steps, plays and pauses the example', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'reinforce');
  await keyboardStepPlayPause(page, root);
});

test('axe finds no violation with the example open and running', async ({ page }) => {
  const root = await openWidget(page, PAGE, 'reinforce');
  await root.getByText('Show the code this example runs').click();
  await root.getByRole('button', { name: 'Play' }).click();
  const results = await axeScan(page).withTags(WCAG).analyze();
  await root.getByRole('button', { name: 'Pause' }).click();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
