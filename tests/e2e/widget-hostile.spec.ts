// Hostile input, field by field: every number field of every widget (found in the page, so a new field
// is covered without touching this file) gets negative, zero, huge, tiny, empty and malformed values.
// A value outside the field's range (its min/max/step attributes, which the widget sets from its
// options) must mark the field invalid with a sentence next to it naming that range, and change nothing
// else; a value inside it must train without a NaN. Nothing on screen may read NaN/Infinity/undefined,
// and nothing may reach the console.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, openWidget, stepTimes } from './widget-helpers';

const HOSTILE = ['-1', '0', '1e308', '1e-300', '', 'abc', '1e', '--1', '2.5'];

const WIDGETS: Array<[string, string, string]> = [
  ['dpo', '/examples/dpo/', ''],
  ['reward-model', '/examples/rlhf/', ''],
  ['ppo', '/examples/rlhf/', '?ppo.reward=utility'],
  ['ranking', '/examples/ranking/', ''],
  ['pointwise', '/examples/point-wise/', '?pointwise.method=rft'],
  ['icdpo', '/examples/point-wise/', ''],
  ['lab', '/lab/', ''],
  ['lab', '/unified-view/', ''],
  ['reinforce', '/rl-primer/', ''],
  // The chapters' widgets that do not train: they recompute as a value is typed. (The β example on
  // /definition/ has a slider and choices, no number field; widget-beta-tilt.spec.ts tries its links.)
  ['win-rate', '/evaluation/', ''],
  ['judge-bias', '/feedback/', ''],
  ['decoding', '/preference-data/', ''],
];

/** In range by the field's own attributes (what the reader is told), computed here without the widget. */
function allowed(value: string, min: number, max: number, integer: boolean): boolean {
  if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return false;
  const v = Number(value);
  return Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
}

async function setValue(field: Locator, value: string) {
  // As a reader's typing ends: the browser turns malformed text in a number field into "" itself.
  await field.evaluate((el: HTMLInputElement, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function shown(root: Locator) {
  return root.evaluate((el) => ({
    cells: [...el.querySelectorAll<HTMLElement>('[data-cell]')].map((c) => `${c.dataset.cell}=${c.dataset.value}`),
    step: el.querySelector('[data-step-count]')?.textContent ?? '',
  }));
}

async function expectNoBadText(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined|∞/);
}

async function train(root: Locator) {
  const step = root.getByRole('button', { name: 'Step', exact: true });
  const run = root.getByRole('button', { name: 'Run ICDPO' });
  if (await step.count()) await step.click();
  else if (await run.count()) await run.click();
  // The chapters' widgets that do not train have already recomputed from the accepted value.
}

for (const [name, path, query] of WIDGETS) {
  test(`${name} on ${path}: every number field refuses what is out of range and keeps the last good state`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const root = await openWidget(page, `${path}${query}`, name);
    const fields = root.locator('input[type="number"][data-param]:not([disabled])');
    const count = await fields.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      const key = (await field.getAttribute('data-param'))!;
      const original = await field.inputValue();
      const min = Number(await field.getAttribute('min'));
      const max = Number(await field.getAttribute('max'));
      const integer = (await field.getAttribute('step')) === '1';
      for (const value of HOSTILE) {
        if (await root.getByRole('button', { name: 'Step', exact: true }).count()) await stepTimes(root, 1);
        const before = await shown(root);
        const url = page.url();
        await setValue(field, value);
        if (allowed(value, min, max, integer)) {
          await expect(field, `${key} = "${value}" is allowed`).not.toHaveAttribute('aria-invalid', 'true');
          await train(root);
        } else {
          await expect(field, `${key} = "${value}"`).toHaveAttribute('aria-invalid', 'true');
          const ids = (await field.getAttribute('aria-describedby'))!.split(/\s+/);
          const sentences = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
          const range = sentences.join(' ').match(/(a whole number|a number) from (−?-?[\d.]+) to ([\d.]+)/);
          expect(range, `${key}: a sentence names the range`).not.toBeNull();
          expect([Number(range![2].replace('−', '-')), Number(range![3])]).toEqual([min, max]);
          expect(range![1] === 'a whole number').toBe(integer);
          expect(await shown(root), `${key} = "${value}" changes nothing`).toEqual(before);
          expect(page.url()).toBe(url);
        }
        await expectNoBadText(page);
      }
      // A sane value afterwards is taken and trains.
      await setValue(field, original);
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await train(root);
      await expectNoBadText(page);
    }
    expect(problems).toEqual([]);
  });
}

test('a step that overflows is refused with a message; the last good step stays and a sane rate trains on', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // IPO with β = 0.001 (τ = 500) at the largest learning rate overflows within a few steps.
  const root = await openWidget(page, '/lab/?lab.algorithm=ipo&lab.beta=0.001&lab.lr=5', 'lab');
  const step = root.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 30; i++) await step.click();
  await expect(root.locator('[data-status]')).toContainText('makes the weights overflow; the last good step');
  const lr = root.getByLabel('Learning rate');
  await expect(lr).toHaveAttribute('aria-invalid', 'true');
  const stuck = await root.locator('[data-step-count]').innerText();
  expect(Number(stuck)).toBeLessThan(30);
  const cells = await shown(root);
  await step.click();
  expect(await shown(root)).toEqual(cells);
  await expectNoBadText(page);
  await lr.fill('0.5');
  await expect(lr).not.toHaveAttribute('aria-invalid', 'true');
  await stepTimes(root, 3);
  await expectNoBadText(page);
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark']) {
  test(`axe (${theme}): a refused field, its sentence and a link's notes are accessible`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const root = await openWidget(page, '/examples/dpo/?dpo.beta=abc&dpo.seed=-5', 'dpo');
    await expect(root.locator('[data-url-notes]')).toBeVisible();
    await setValue(root.getByLabel('Learning rate'), '-1');
    await expect(root.locator('[data-field-error="lr"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
