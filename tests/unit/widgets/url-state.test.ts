// Widget state in the URL: read with each field's range, written back with only what differs from the
// defaults, and a copied link carries the widget's #anchor.
import { describe, expect, it } from 'vitest';
import { readCheckedState, readState, stateLink, stateUrl } from '../../../src/widgets/shell/url-state';
import { DPO_DEFAULTS, DPO_FIELDS } from '../../../src/widgets/dpo/options';

const fields = { ...DPO_FIELDS, step: { label: 'Step', min: 0, max: 5000, integer: true } };
const choices = { method: ['dpo', 'ipo'], mode: ['offline', 'online'] };
const read = (search: string) => readCheckedState('dpo', DPO_DEFAULTS, fields, choices, search);

describe('readCheckedState', () => {
  it('takes values inside their ranges as they are, without a note', () => {
    const { state, notes } = read('?dpo.beta=0.3&dpo.step=12&dpo.method=ipo&other.beta=9');
    expect(state).toEqual({ ...DPO_DEFAULTS, beta: 0.3, step: 12, method: 'ipo' });
    expect(notes).toEqual([]);
  });

  it('clamps a step beyond the maximum to 5000 and says so', () => {
    const { state, notes } = read('?dpo.step=1000000');
    expect(state.step).toBe(5000);
    expect(notes).toEqual([{ key: 'step', message: expect.stringContaining('nearest allowed value, 5000') }]);
  });

  it('falls back to the default for what is not a number, and for an unknown choice', () => {
    const { state, notes } = read('?dpo.beta=abc&dpo.lr=&dpo.method=kto&dpo.seed=Infinity');
    expect(state).toEqual(DPO_DEFAULTS);
    expect(notes.map((n) => n.key)).toEqual(['seed', 'lr', 'beta', 'method']);
    expect(notes.find((n) => n.key === 'beta')!.message).toContain('“abc”, which is not a number; the default, 0.5');
    expect(notes.find((n) => n.key === 'method')!.message).toContain('the default, “dpo”');
  });

  it('rounds a fractional whole-number setting and clamps negatives', () => {
    const { state } = read('?dpo.seed=2.6&dpo.lr=-3&dpo.tau=1e-300');
    expect(state.seed).toBe(3);
    expect(state.lr).toBe(0.001);
    expect(state.tau).toBe(0.05);
  });

  it('lets a range depend on settings read before it', () => {
    const defaults = { algorithm: 'dpo', beta: 0.5 };
    const spec = (key: string, s: Record<string, unknown>) =>
      key === 'beta' ? { label: 'β', min: s.algorithm === 'ppo' ? 0 : 0.001, max: 5 } : undefined;
    expect(readCheckedState('lab', defaults, spec, {}, '?lab.algorithm=ppo&lab.beta=0').state.beta).toBe(0);
    expect(readCheckedState('lab', defaults, spec, {}, '?lab.beta=0').state.beta).toBe(0.001);
  });

  it('readState without ranges still ignores what is not a number', () => {
    expect(readState('dpo', DPO_DEFAULTS, '?dpo.beta=abc&dpo.lr=2').lr).toBe(2);
    expect(readState('dpo', DPO_DEFAULTS, '?dpo.beta=abc').beta).toBe(0.5);
  });
});

describe('links', () => {
  const href = 'https://example.org/examples/dpo/?dpo.seed=9&rm.seed=2#top';
  it("stateUrl keeps other widgets' parameters and leaves defaults out", () => {
    const url = new URL(stateUrl('dpo', { ...DPO_DEFAULTS, beta: 0.3 }, DPO_DEFAULTS, href));
    expect(url.searchParams.get('dpo.beta')).toBe('0.3');
    expect(url.searchParams.get('dpo.seed')).toBeNull();
    expect(url.searchParams.get('rm.seed')).toBe('2');
  });
  it("stateLink carries the widget's anchor", () => {
    const url = new URL(stateLink('dpo', { ...DPO_DEFAULTS, step: 3 }, DPO_DEFAULTS, 'widget-dpo', href));
    expect(url.hash).toBe('#widget-dpo');
    expect(url.searchParams.get('dpo.step')).toBe('3');
  });
});
