// The bench's calibrated CPU slowdown (scripts/lighthouse-cpu.mjs) against the anchor points Lighthouse's
// throttling docs and calculator state: 150 → 1×, 800 → 2×, 1300 → 3×, 1533 → 4× (the default's machine),
// 1766 → 5×, 2000 → 6×; continuous in between and undefined where no factor can emulate the phone.
import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown } from '../../../scripts/lighthouse-cpu.mjs';

describe('calibrated CPU slowdown', () => {
  it('meets the documented anchor points', () => {
    for (const [index, factor] of [
      [150, 1],
      [800, 2],
      [1300, 3],
      [1533, 4],
      [1766, 5],
      [2000, 6],
    ])
      expect(calibratedCpuSlowdown(index)).toBeCloseTo(factor, 2);
  });
  it('grows without a jump and refuses what it cannot emulate', () => {
    for (const edge of [800, 1300]) {
      expect(calibratedCpuSlowdown(edge - 1e-9)!).toBeCloseTo(calibratedCpuSlowdown(edge)!, 6);
    }
    expect(calibratedCpuSlowdown(1100)).toBeCloseTo(2.6, 6);
    for (const bad of [149, 0, -5, NaN, Infinity]) expect(calibratedCpuSlowdown(bad)).toBeUndefined();
  });
});
