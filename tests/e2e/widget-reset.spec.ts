// Reset means step 0: after three steps and Reset, every widget shows exactly what a freshly loaded page
// with the same settings shows (its text, every number's full value, which rows are hidden).
import { expect, test } from '@playwright/test';
import { openWidget, stepTimes, widgetView } from './widget-helpers';

const CASES: Array<[string, string, string]> = [
  ['dpo', '/examples/dpo/', '?dpo.seed=4&dpo.beta=0.3'],
  ['reward-model', '/examples/rlhf/', '?rm.seed=3'],
  ['ppo', '/examples/rlhf/', '?ppo.seed=2&ppo.reward=utility'],
  ['ranking', '/examples/ranking/', '?ranking.method=plackett-luce'],
  ['pointwise', '/examples/point-wise/', '?pointwise.method=remax'],
  ['lab', '/lab/', '?lab.algorithm=ppo&lab.data=on-policy&lab.feedback=rule'],
  ['lab', '/lab/', ''],
];

for (const [name, path, query] of CASES) {
  test(`${name}${query ? ` (${query})` : ''}: after Step ×3 and Reset the view equals a fresh page at step 0`, async ({
    page,
  }) => {
    const fresh = await widgetView(await openWidget(page, `${path}${query}`, name));
    const root = await openWidget(page, `${path}${query}`, name);
    await stepTimes(root, 3);
    expect((await widgetView(root)).cells).not.toEqual(fresh.cells);
    await root.getByRole('button', { name: 'Reset' }).click();
    await expect(root.locator('[data-step-count]')).toHaveText('0');
    await expect(root.locator('[data-status]')).toContainText('Reset to step 0');
    const after = await widgetView(root);
    expect(after.cells).toEqual(fresh.cells);
    expect(after.hidden).toEqual(fresh.hidden);
    expect(after.text).toEqual(fresh.text);
  });
}
