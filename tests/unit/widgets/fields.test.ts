// The shell's field checks: what a number field accepts, how a link's value is brought into range, and
// the sentence that names a range.
import { describe, expect, it } from 'vitest';
import { checkField, clampField, inRange, plain } from '../../../src/widgets/shell/fields';
import { rangeText, SHELL_STRINGS } from '../../../src/widgets/shell/strings';

const SHELL = SHELL_STRINGS.en;

const lr = { label: 'Learning rate', min: 0.001, max: 5 };
const count = { label: 'N', min: 2, max: 16, integer: true };

describe('checkField', () => {
  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['abc', 'not-a-number'],
    ['1e', 'not-a-number'],
    ['--1', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['-1', 'range'],
    ['0', 'range'],
    ['1e308', 'range'],
    ['1e-300', 'range'],
    ['5.0001', 'range'],
  ])('refuses %j for a learning rate (%s)', (raw, reason) => {
    expect(checkField(lr, raw)).toEqual({ ok: false, reason });
  });

  it.each([
    ['0.001', 0.001],
    ['5', 5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5e-1', 0.5],
    ['+1', 1],
  ])('accepts %j', (raw, value) => {
    expect(checkField(lr, raw)).toEqual({ ok: true, value });
  });

  it('a whole-number field refuses fractions and accepts its ends', () => {
    expect(checkField(count, '2.5')).toEqual({ ok: false, reason: 'range' });
    expect(checkField(count, '2')).toEqual({ ok: true, value: 2 });
    expect(checkField(count, '16')).toEqual({ ok: true, value: 16 });
    expect(inRange(count, 17)).toBe(false);
  });
});

describe('clampField', () => {
  it('brings a value to the nearest allowed one', () => {
    expect(clampField(lr, -1)).toBe(0.001);
    expect(clampField(lr, 1e308)).toBe(5);
    expect(clampField(count, 2.6)).toBe(3);
    expect(clampField(count, -4)).toBe(2);
    expect(clampField({ label: 's', min: 0, max: 5000, integer: true }, 1e6)).toBe(5000);
  });
});

describe('the range sentence', () => {
  it('names the kind of number and both ends, as plain decimals', () => {
    expect(rangeText(lr)).toBe('a number from 0.001 to 5');
    expect(rangeText(count)).toBe('a whole number from 2 to 16');
    expect(SHELL.fieldInvalid(lr.label, rangeText(lr), 0.5)).toBe(
      'Learning rate: enter a number from 0.001 to 5. The last good value, 0.5, is kept.',
    );
    expect(plain(0.1 + 0.2)).toBe('0.3');
  });
});
