// The training widgets on the Chinese pages: the same state steps to the same numbers as on the English
// page (every shown number's full value, and the numbers of the live sentence), while the controls,
// tables, legends and sentences are Chinese — no English word of the interface is left on screen, only
// method names, symbols and the toy world's own words (its vocabulary, shared by both editions).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openWidget, readCells } from './widget-helpers';

const CJK = /[\u4e00-\u9fff]/;
/** Latin text that both editions show: method names, symbols, the toy world's words, the backend. */
const SHARED =
  /\b(ICDPO|DPO|IPO|cDPO|SimPO|ORPO|RRHF|SFT|RFT|RAFT|ReMax|REINFORCE|PPO|GRPO|KTO|OAIF|RLHF|InstructGPT|SLiC-HF|Plackett|Luce|LiPO|PRO|Bradley|Terry|TF\.js|GAE|KL|TD|log|clip|min|max|exp|ref|LLM|JSON|best-of-N|cpu|steps|here|thanks|please|maybe|um|no|ugh|end)\b/g;
const englishWords = (text: string) =>
  text
    .replace(/_/g, ' ')
    .replace(SHARED, ' ')
    .match(/[A-Za-z]{3,}/g) ?? [];
const numbers = (s: string) => s.match(/\d+(?:\.\d+)?/g) ?? [];

async function step(root: Locator, label: string, n: number) {
  for (let i = 0; i < n; i++) await root.getByRole('button', { name: label, exact: true }).click();
  await expect(root.locator('[data-step-count]')).toHaveText(String(n));
}

/** The same widget in the same state on the English page and its Chinese twin, after n steps. */
async function twins(page: Page, path: string, name: string, n: number) {
  const en = await openWidget(page, path, name);
  await step(en, 'Step', n);
  const enCells = await readCells(en);
  const enStatus = await en.locator('[data-status]').innerText();
  const zh = await openWidget(page, `/zh${path}`, name);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await step(zh, '单步', n);
  const zhCells = await readCells(zh);
  const zhStatus = await zh.locator('[data-status]').innerText();
  // The same engine from the same seed: every number is the same, to the last digit.
  expect(Object.keys(zhCells).length).toBeGreaterThan(5);
  expect(zhCells).toEqual(enCells);
  expect(zhStatus).toMatch(new RegExp(`^第 ${n} 步：`));
  expect(numbers(zhStatus)).toEqual(numbers(enStatus));
  // Chinese on screen, and no English word of the interface (closed details are not on screen).
  const text = await zh.innerText();
  expect(text).toMatch(CJK);
  expect(englishWords(text), text).toEqual([]);
  return zh;
}

test('the DPO example on /zh/ steps with Chinese labels to the English page’s numbers', async ({ page }) => {
  const zh = await twins(page, '/examples/dpo/?dpo.beta=0.3', 'dpo', 3);
  await expect(zh.getByRole('button', { name: '播放' })).toBeVisible();
  await expect(zh.locator('.widget-summary')).toContainText('批次损失');
  await expect(zh.locator('.dpo-pair caption')).toContainText('本步中的一个偏好对');
});

test('both RLHF stages on /zh/ step with Chinese labels to the English page’s numbers', async ({ page }) => {
  const rm = await twins(page, '/examples/rlhf/', 'reward-model', 2);
  await expect(rm.locator('table').first()).toContainText('含“steps”');
  const ppo = await twins(page, '/examples/rlhf/?ppo.klBeta=0', 'ppo', 2);
  await expect(ppo.locator('.ppo-tokens thead')).toContainText('优势 Â');
});

test('the ranking example on /zh/ names its terms in Chinese with the English page’s numbers', async ({ page }) => {
  const zh = await twins(page, '/examples/ranking/?ranking.method=plackett-luce', 'ranking', 2);
  await expect(zh.locator('[data-terms] th').first()).toContainText('在剩下的 4 个中排第一');
  await expect(zh.locator('[data-text="compareWhen"]')).toHaveText('（第 2 步之后）');
  // Reordering by keyboard works there too, and says so in Chinese.
  await zh.locator('[data-order-list] button[data-move="down"]').first().click();
  await expect(zh.locator('[data-status]')).toContainText('训练从第 0 步重新开始');
});

test('the lab on /zh/ names the recipe in Chinese and steps to the English page’s numbers', async ({ page }) => {
  const zh = await twins(page, '/lab/', 'lab', 2);
  await expect(zh.locator('[data-text="recipe"]')).toHaveText(CJK);
  await expect(zh.locator('[data-text="example"]')).toHaveText(/≻/);
  const refused = await openWidget(page, '/zh/lab/?lab.reference=0', 'lab');
  await expect(refused.locator('[data-text="why"]')).toContainText('以一个冻结的参考模型为基准来衡量策略');
  await expect(refused.locator('[data-control="nearest"]')).toHaveText(CJK);
});

test('a refused value and a clamped link are explained in Chinese next to the field', async ({ page }) => {
  const root = await openWidget(page, '/zh/examples/dpo/?dpo.step=1000000', 'dpo');
  await expect(root.locator('[data-url-note="step"]')).toContainText('采用最接近的允许值 5000');
  await root.locator('input[data-param="tau"]').fill('-1');
  await expect(root.locator('[data-field-error="tau"]')).toContainText('请输入 0.05 到 5 之间的数');
  await root.locator('textarea[data-user-data]').evaluate((el) => el.closest('details')!.setAttribute('open', ''));
  await root
    .locator('textarea[data-user-data]')
    .fill('{"pairs": [{"prompt": 0, "chosen": "steps", "rejected": "helo"}]}');
  await root.getByRole('button', { name: '使用这些数据' }).click();
  await expect(root.locator('[data-data-error]')).toHaveText(/^pairs\[0\]\.rejected：未知单词“helo”/);
});

test('the point-wise and REINFORCE examples on /zh/ too', async ({ page }) => {
  const pw = await twins(page, '/examples/point-wise/?pointwise.method=remax', 'pointwise', 2);
  await expect(pw.locator('[data-samples] tr').first()).toContainText('贪心回复 ȳ');
  await twins(page, '/rl-primer/', 'reinforce', 2);
});

test('ICDPO on /zh/ shows the English page’s numbers with Chinese labels', async ({ page }) => {
  const en = await openWidget(page, '/algorithms/training-free/', 'icdpo');
  const enCells = await readCells(en);
  const zh = await openWidget(page, '/zh/algorithms/training-free/', 'icdpo');
  expect(await readCells(zh)).toEqual(enCells);
  const text = await zh.innerText();
  expect(text).toMatch(CJK);
  expect(englishWords(text), text).toEqual([]);
  await zh.getByRole('button', { name: '换一批候选回复（下一个种子）' }).click();
  await expect(zh.locator('[data-status]')).toContainText('已用随机种子 53');
});
