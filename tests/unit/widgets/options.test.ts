// Each widget's options.ts: its defaults lie inside the ranges it declares, every number setting has a
// declared range, and its mapping onto the engine's options is what the widget promises.
import { describe, expect, it } from 'vitest';
import { DPO_DEFAULTS, DPO_FIELDS, dpoOptions } from '../../../src/widgets/dpo/options';
import { ICDPO_DEFAULTS, ICDPO_FIELDS, icdpoOptions } from '../../../src/widgets/icdpo/options';
import {
  KL_PENALTY_ALGORITHMS,
  labBetaField,
  labChoice,
  LAB_DEFAULTS,
  LAB_FIELDS,
  PRESETS,
} from '../../../src/widgets/lab/options';
import {
  POINTWISE_DEFAULTS,
  POINTWISE_FIELDS,
  pointwiseMethod,
  pointwiseOptions,
} from '../../../src/widgets/pointwise/options';
import {
  DEFAULT_ORDER,
  formatOrder,
  parseOrder,
  RANKING_DEFAULTS,
  RANKING_FIELDS,
  rankingOptions,
} from '../../../src/widgets/ranking/options';
import {
  PPO_DEFAULTS,
  PPO_FIELDS,
  ppoOptions,
  RM_DEFAULTS,
  RM_FIELDS,
  rewardModelOptions,
} from '../../../src/widgets/rlhf/options';
import { inRange, type FieldSpecs } from '../../../src/widgets/shell/fields';
import { hasNonFinite } from '../../../src/widgets/shell/training-widget';

const WIDGETS: Array<[string, Record<string, unknown>, FieldSpecs]> = [
  ['dpo', DPO_DEFAULTS, DPO_FIELDS],
  ['reward model', RM_DEFAULTS, RM_FIELDS],
  ['ppo', PPO_DEFAULTS, PPO_FIELDS],
  ['ranking', RANKING_DEFAULTS, RANKING_FIELDS],
  ['pointwise', POINTWISE_DEFAULTS, POINTWISE_FIELDS],
  ['icdpo', ICDPO_DEFAULTS, ICDPO_FIELDS],
  ['lab', LAB_DEFAULTS, LAB_FIELDS],
];

describe.each(WIDGETS)('%s options', (_name, defaults, fields) => {
  it("declares a range for every number setting (the step is the shell's) and its default lies inside", () => {
    const numeric = Object.entries(defaults).filter(([k, v]) => typeof v === 'number' && k !== 'step');
    expect(numeric.length).toBeGreaterThan(0);
    for (const [key, value] of numeric) {
      expect(fields[key], key).toBeDefined();
      expect(inRange(fields[key], value as number), `${key} = ${value}`).toBe(true);
      const label = fields[key].label;
      for (const text of typeof label === 'string' ? [label] : [label.en, label.zh])
        expect(text.length).toBeGreaterThan(0);
    }
  });
});

describe('mappings', () => {
  it('DPO: an unknown method or mode falls back to DPO offline; label noise stays 1', () => {
    const o = dpoOptions({ ...DPO_DEFAULTS, method: 'kto', mode: 'x' });
    expect([o.method, o.mode, o.noise]).toEqual(['dpo', 'offline', 1]);
    expect(dpoOptions({ ...DPO_DEFAULTS, method: 'ipo', tau: 0.25 })).toMatchObject({ method: 'ipo', tau: 0.25 });
  });

  it('RLHF: the binary loss is chosen by name only; PPO uses the scorer only with the learned reward', () => {
    expect(rewardModelOptions({ ...RM_DEFAULTS, loss: 'binary' }).loss).toBe('binary');
    expect(rewardModelOptions({ ...RM_DEFAULTS, loss: '??' }).loss).toBe('bradley-terry');
    const score = () => 1;
    expect(ppoOptions(PPO_DEFAULTS, score).score).toBe(score);
    expect(ppoOptions({ ...PPO_DEFAULTS, reward: 'utility' }, score).score).toBeUndefined();
    expect(inRange(PPO_FIELDS.klBeta, 0)).toBe(true);
  });

  it('ranking: an order is each candidate once; anything else is undefined and falls back', () => {
    expect(parseOrder('2-0-3-1')).toEqual([2, 0, 3, 1]);
    for (const bad of ['9-9-9-9', '0-0-1-2', '0-1-2', '0-1-2-3-4', 'a-b-c-d', ''])
      expect(parseOrder(bad)).toBeUndefined();
    expect(formatOrder([3, 1, 0, 2])).toBe('3-1-0-2');
    const o = rankingOptions({ ...RANKING_DEFAULTS, order: 'junk', method: 'nope' });
    expect(o.method).toBe('rrhf');
    expect(o.rankings?.[0]).toEqual(DEFAULT_ORDER);
  });

  it('point-wise: an unknown method is SFT, and demonstrations go to SFT only', () => {
    expect(pointwiseMethod({ ...POINTWISE_DEFAULTS, method: 'dpo' })).toBe('sft');
    const demos = [{ prompt: 0, reply: [0] }];
    expect(pointwiseOptions({ ...POINTWISE_DEFAULTS, method: 'rft' }, demos).demos).toBeUndefined();
    expect(pointwiseOptions(POINTWISE_DEFAULTS, demos).demos).toBe(demos);
  });

  it('ICDPO passes its three settings through', () => {
    expect(icdpoOptions({ seed: 3, candidates: 4, alpha: 0 })).toEqual({ seed: 3, candidates: 4, alpha: 0 });
  });

  it('lab: β may be 0 exactly where it weighs a KL penalty', () => {
    expect(KL_PENALTY_ALGORITHMS).toEqual(['ppo', 'grpo']);
    for (const a of ['ppo', 'grpo']) expect(inRange(labBetaField(a), 0)).toBe(true);
    for (const a of ['dpo', 'ipo', 'kto', 'simpo']) expect(inRange(labBetaField(a), 0)).toBe(false);
    expect(labChoice({ ...LAB_DEFAULTS, reference: false }).reference).toBe(false);
  });

  it('lab presets are full states inside the declared ranges', () => {
    for (const p of PRESETS) {
      const state = { ...LAB_DEFAULTS, ...p.state };
      for (const [key, spec] of Object.entries(LAB_FIELDS)) {
        const s = key === 'beta' ? labBetaField(state.algorithm) : spec;
        expect(inRange(s, state[key as keyof typeof state] as number), `${p.id}: ${key}`).toBe(true);
      }
    }
  });
});

describe('hasNonFinite', () => {
  it('finds NaN and ±Infinity at any depth, and nothing in finite records', () => {
    expect(hasNonFinite({ a: 1, b: [1, 2, { c: -0 }], d: 'NaN' })).toBe(false);
    expect(hasNonFinite({ a: [[1, Number.NaN]] })).toBe(true);
    expect(hasNonFinite({ deep: { er: { still: [Infinity] } } })).toBe(true);
    expect(hasNonFinite(undefined)).toBe(false);
  });
});
