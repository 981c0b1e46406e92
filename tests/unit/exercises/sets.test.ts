// The exercise sets as data: counts per page and in all, one right option with a reason for every
// option, try-it links whose URL state the target widget actually reads, and ids unique on the site.
import { describe, expect, test } from 'vitest';
import { EXERCISE_SETS } from '../../../src/exercises/index';
import { isRight, parseAnswer } from '../../../src/exercises/check';
import { LAB_DEFAULTS } from '../../../src/widgets/lab/options';
import { ICDPO_DEFAULTS } from '../../../src/widgets/icdpo/options';
import { DPO_DEFAULTS } from '../../../src/widgets/dpo/options';
import { RANKING_DEFAULTS } from '../../../src/widgets/ranking/options';
import { POINTWISE_DEFAULTS } from '../../../src/widgets/pointwise/options';
import { PPO_DEFAULTS, RM_DEFAULTS } from '../../../src/widgets/rlhf/options';

const all = Object.values(EXERCISE_SETS).flatMap((s) => s.exercises);
const WIDGET_STATE: Record<string, Record<string, unknown>> = {
  lab: LAB_DEFAULTS,
  icdpo: ICDPO_DEFAULTS,
  dpo: DPO_DEFAULTS,
  ranking: RANKING_DEFAULTS,
  pointwise: POINTWISE_DEFAULTS,
  ppo: PPO_DEFAULTS,
  'reward-model': RM_DEFAULTS,
};

test('15 chapter pages, at least 4 exercises each, at least 60 in all and 20 numeric', () => {
  expect(Object.keys(EXERCISE_SETS).length).toBe(15);
  for (const [name, set] of Object.entries(EXERCISE_SETS)) expect(set.exercises.length, name).toBeGreaterThanOrEqual(4);
  expect(all.length).toBeGreaterThanOrEqual(60);
  expect(all.filter((e) => e.kind === 'numeric').length).toBeGreaterThanOrEqual(20);
  expect(all.filter((e) => e.kind === 'choice').length).toBeGreaterThan(0);
  expect(all.filter((e) => e.kind === 'try').length).toBeGreaterThan(0);
});

test('exercise ids are unique on the whole site and usable as anchors', () => {
  const ids = all.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
});

describe('multiple choice', () => {
  for (const ex of all) {
    if (ex.kind !== 'choice') continue;
    test(`${ex.id}: one right option and a reason for every option`, () => {
      expect(ex.options.length).toBeGreaterThanOrEqual(3);
      expect(ex.options.filter((o) => o.correct).length).toBe(1);
      for (const o of ex.options) expect(o.why.trim().length, o.text).toBeGreaterThan(15);
      expect(new Set(ex.options.map((o) => o.text)).size).toBe(ex.options.length);
    });
  }
});

describe('try it', () => {
  for (const ex of all) {
    if (ex.kind !== 'try') continue;
    test(`${ex.id}: the link opens a widget in a state it reads`, () => {
      const url = new URL(ex.href, 'https://example.org');
      expect(ex.href.startsWith('/')).toBe(true);
      const widget = url.hash.match(/^#widget-([\w-]+)$/)?.[1];
      expect(widget, 'a #widget-… anchor').toBeDefined();
      const defaults = WIDGET_STATE[widget!];
      expect(defaults, `known widget ${widget}`).toBeDefined();
      for (const [key, value] of url.searchParams) {
        const [prefix, name] = key.split('.');
        expect(prefix).toBe(widget === 'reward-model' ? 'rm' : widget);
        expect(Object.keys(defaults), `${key} is a state key of ${widget}`).toContain(name);
        expect(value).not.toBe('');
      }
      expect(ex.answer.length).toBeGreaterThan(30);
      expect(ex.expect.length).toBeGreaterThan(2);
    });
  }
});

describe('the checker reads what readers type', () => {
  test.each([
    ['0.5', 0.5],
    [' 0.5 ', 0.5],
    ['0,5', 0.5],
    ['−0.2', -0.2],
    ['+1.2', 1.2],
    ['.25', 0.25],
    ['1e-3', 0.001],
    ['2', 2],
  ])('%s is %d', (raw, value) => {
    const p = parseAnswer(raw);
    expect(p.ok && p.value).toBe(value);
  });
  test.each(['', '   ', 'abc', 'NaN', 'Infinity', '1.2.3', '1e999', '0x10', '1/2', '--1'])(
    '%j is refused with a message',
    (raw) => {
      const p = parseAnswer(raw);
      expect(p.ok).toBe(false);
      if (!p.ok) {
        expect(p.message.length).toBeGreaterThan(10);
        // The message may quote what was typed, but never produces NaN or undefined of its own.
        expect(p.message.replace(raw.trim(), '')).not.toMatch(/NaN|undefined|Infinity/);
      }
    },
  );
  test('tolerance is absolute and inclusive', () => {
    expect(isRight(0.313, 0.3132616877555847, 0.005)).toBe(true);
    expect(isRight(0.318, 0.3132616877555847, 0.005)).toBe(true);
    expect(isRight(0.3185, 0.3132616877555847, 0.005)).toBe(false);
    expect(isRight(-0.313, 0.3132616877555847, 0.005)).toBe(false);
  });
});
