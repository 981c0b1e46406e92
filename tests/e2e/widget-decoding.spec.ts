// The preference-data chapter's decoding example in Chromium: its numbers are the engine's (recomputed
// in Node), the sampling probabilities agree with the policy's own TF.js table decoded here with plain
// Math, best-of-2 agrees with an enumeration of every pair of samples, the chapter's claims hold on the
// shown numbers, a bad field is refused next to itself with its range and the last good state kept, a
// link's value out of range is brought into range with a note, and axe is clean in both themes.
import { expect, test, type Page } from '@playwright/test';
import { createRng } from '../../src/lib/random';
import { END_ID, MAX_WORDS, V } from '../../src/lib/world';
import { BASE_SCALE, DECODING_DEFAULTS, decodingOptions, drawSeed, TOP_ROWS } from '../../src/widgets/decoding/options';
import { engine } from './engine';
import { watchPage } from './watch';
import { expectMatches, openWidget, readCells } from './widget-helpers';
import { CLAMPED, expectRefused, expectUrlNote, noNonsense, NOT_A_NUMBER } from './widget-live';
import { axeScan, WCAG } from './axe';

const PAGE = '/preference-data/';
type State = typeof DECODING_DEFAULTS;

function engineCells(state: State) {
  const { logits } = engine.baseLogits(state.seed, BASE_SCALE);
  const entries = engine.replyDistribution(logits, state.prompt, decodingOptions(state));
  const pairs = engine.bestOfNPairs(entries, state.n);
  const top = entries.slice(0, TOP_ROWS);
  return {
    cells: {
      support: entries.length,
      top10: top.reduce((s, e) => s + e.p, 0),
      expSample: pairs.expectedSample,
      expChosen: pairs.expectedChosen,
      expRejected: pairs.expectedRejected,
      tie: pairs.tie,
      ...Object.fromEntries(
        top.flatMap((e, i) => [
          [`utility${i}`, e.utility],
          [`sample${i}`, e.p],
          [`chosen${i}`, pairs.chosen[i]],
          [`rejected${i}`, pairs.rejected[i]],
        ]),
      ),
    } as Record<string, number>,
    texts: top.map((e) => `“${e.text}”`),
    drawn: engine.drawPair(entries, state.n, createRng(drawSeed(state))),
  };
}

/** P(reply) from AutoregressivePolicy's TF.js table, decoded token by token with plain Math. */
function plainReplyProbability(state: State, words: string[]): number {
  const policy = new engine.AutoregressivePolicy(createRng(state.seed), BASE_SCALE);
  const probs = policy.table.probabilities();
  policy.table.dispose();
  const vocab = ['steps', 'here', 'thanks', 'please', 'maybe', 'um', 'no', 'ugh'];
  const step = (ctx: number) => {
    const row = Array.from({ length: V }, (_, j) => probs[ctx * V + j]);
    const w = row.map((p) => (p > 1e-30 ? Math.pow(p, 1 / state.temperature) : 0));
    const total = w.reduce((a, b) => a + b, 0);
    const order = [...w.keys()].filter((i) => w[i] > 0).sort((a, b) => w[b] - w[a]);
    const kept: number[] = [];
    let mass = 0;
    for (const i of order.slice(0, state.topK)) {
      kept.push(i);
      mass += w[i] / total;
      if (mass >= state.topP - 1e-9) break;
    }
    const z = kept.reduce((s, i) => s + w[i], 0);
    return row.map((_, i) => (kept.includes(i) ? w[i] / z : 0));
  };
  const ids = words.map((w) => vocab.indexOf(w));
  let p = 1;
  let ctx = state.prompt * 9;
  for (const id of ids) {
    p *= step(ctx)[id];
    ctx = state.prompt * 9 + id + 1;
  }
  if (ids.length < MAX_WORDS) p *= step(ctx)[END_ID];
  return p;
}

async function open(page: Page, query = '') {
  return openWidget(page, `${PAGE}${query}#widget-decoding`, 'decoding');
}

const STATE: State = { ...DECODING_DEFAULTS, seed: 3, temperature: 0.7, topK: 5, topP: 0.9, n: 2, prompt: 1 };
const QUERY =
  '?decoding.seed=3&decoding.temperature=0.7&decoding.topK=5&decoding.topP=0.9&decoding.n=2&decoding.prompt=1';

test('the page shows the engine’s numbers, and they agree with plain arithmetic', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const root = await open(page, QUERY);
  const shown = await readCells(root);
  const want = engineCells(STATE);
  expectMatches(shown, want.cells);
  for (let i = 0; i < want.texts.length; i++)
    await expect(root.locator(`[data-text="reply${i}"]`)).toHaveText(want.texts[i]);
  await expect(root.locator('[data-text="samples"]')).toHaveText(
    want.drawn.samples.map((s) => `“${s.text}”`).join(', '),
  );
  // The two most likely replies, from the policy's own table decoded with plain Math.
  for (let i = 0; i < 2; i++) {
    const words = want.texts[i].slice(1, -1).split(' ');
    expect(shown[`sample${i}`]).toBeCloseTo(plainReplyProbability(STATE, words), 5);
  }
  // Best of 2 by enumerating every ordered pair of samples (ties: the first drawn).
  const { logits } = engine.baseLogits(STATE.seed, BASE_SCALE);
  const entries = engine.replyDistribution(logits, STATE.prompt, decodingOptions(STATE));
  const chosen = new Array(entries.length).fill(0);
  let tie = 0;
  entries.forEach((a, i) =>
    entries.forEach((b, j) => {
      chosen[b.utility > a.utility ? j : i] += a.p * b.p;
      if (a.utility === b.utility) tie += a.p * b.p;
    }),
  );
  for (let i = 0; i < Math.min(TOP_ROWS, entries.length); i++) expect(shown[`chosen${i}`]).toBeCloseTo(chosen[i], 9);
  expect(shown.tie).toBeCloseTo(tie, 9);
  await noNonsense(root);
  expect(problems).toEqual([]);
});

test('what the chapter says holds on the shown numbers', async ({ page }) => {
  const read = async (query: string) => readCells(await open(page, query));
  const base = await read('?decoding.n=4');
  // Top-k and top-p remove replies; both, and a low temperature, make ties (pairs without a preference) likelier.
  for (const narrow of ['?decoding.n=4&decoding.topK=2', '?decoding.n=4&decoding.topP=0.5']) {
    const cells = await read(narrow);
    expect(cells.support, narrow).toBeLessThan(base.support);
    expect(cells.tie, narrow).toBeGreaterThan(base.tie);
  }
  const cold = await read('?decoding.n=4&decoding.temperature=0.3');
  expect(cold.support).toBe(584);
  expect(cold.top10).toBeGreaterThan(base.top10);
  expect(cold.tie).toBeGreaterThan(base.tie);
  const more = await read('?decoding.n=16');
  expect(more.expChosen).toBeGreaterThan(base.expChosen);
  expect(more.expRejected).toBeLessThan(base.expRejected);
  expect(base.expChosen).toBeGreaterThan(base.expSample);
});

test('Draw another data set changes the samples and keeps the exact numbers', async ({ page }) => {
  const root = await open(page, QUERY);
  const before = await readCells(root);
  await root.getByRole('button', { name: 'Draw another data set' }).click();
  expect(new URL(page.url()).searchParams.get('decoding.draw')).toBe('1');
  const want = engineCells({ ...STATE, draw: 1 });
  await expect(root.locator('[data-text="samples"]')).toHaveText(
    want.drawn.samples.map((s) => `“${s.text}”`).join(', '),
  );
  expect(await readCells(root)).toEqual(before);
});

for (const [field, key, value, kept] of [
  ['Temperature', 'temperature', '0', '0.7'],
  ['Temperature', 'temperature', '-2', '0.7'],
  ['Temperature', 'temperature', '1e9', '0.7'],
  ['Temperature', 'temperature', '1e-300', '0.7'],
  ['Top-k (9 keeps every token)', 'topK', '0', '5'],
  ['Top-k (9 keeps every token)', 'topK', '3.5', '5'],
  ['Top-p', 'topP', '0', '0.9'],
  ['Top-p', 'topP', '1.5', '0.9'],
  ['Samples per prompt N', 'n', '100', '2'],
  ['Samples per prompt N', 'n', '', '2'],
  ['Seed (base policy)', 'seed', '-1', '3'],
] as const) {
  test(`${field} = "${value}" is refused with its range and the last good state stays`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const root = await open(page, QUERY);
    const before = await readCells(root);
    const url = page.url();
    const input = root.getByLabel(field);
    await input.fill(value);
    await expectRefused(root, input, key, kept);
    expect(await readCells(root)).toEqual(before);
    expect(page.url()).toBe(url);
    await noNonsense(root);
    // A good value afterwards clears the mark and is used.
    await input.fill(kept);
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(root.locator(`[data-field-error="${key}"]`)).toBeHidden();
    expectMatches(await readCells(root), engineCells(STATE).cells);
    expect(problems).toEqual([]);
  });
}

const LINKS: Array<[string, string, RegExp, Partial<State>]> = [
  ['?decoding.temperature=0', 'temperature', CLAMPED, { temperature: 0.1 }],
  ['?decoding.temperature=1e308', 'temperature', CLAMPED, { temperature: 5 }],
  ['?decoding.topK=99', 'topK', CLAMPED, { topK: 9 }],
  ['?decoding.topP=1e-300', 'topP', CLAMPED, { topP: 0.05 }],
  ['?decoding.n=-1', 'n', CLAMPED, { n: 1 }],
  ['?decoding.prompt=5', 'prompt', CLAMPED, { prompt: 2 }],
  ['?decoding.draw=1e7', 'draw', CLAMPED, { draw: 9999 }],
  ['?decoding.seed=abc', 'seed', NOT_A_NUMBER, {}],
  ['?decoding.n=', 'n', NOT_A_NUMBER, {}],
];
for (const [query, key, said, change] of LINKS) {
  test(`a link with ${query} shows a note and uses the nearest allowed value`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const root = await open(page, query);
    await expectUrlNote(root, key, said);
    const state = { ...DECODING_DEFAULTS, ...change };
    const want = engineCells(state);
    expectMatches(await readCells(root), want.cells);
    await expect(root.locator('[data-text="samples"]')).toHaveText(
      want.drawn.samples.map((s) => `“${s.text}”`).join(', '),
    );
    if (key !== 'draw') await expect(root.locator(`[data-param="${key}"]`)).toHaveValue(String(state[key as 'n']));
    await noNonsense(root);
    expect(problems).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation with the example running (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const root = await open(page, QUERY);
    await root.getByText('Show the code this example runs').click();
    const results = await axeScan(page).include('[data-widget="decoding"]').withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
