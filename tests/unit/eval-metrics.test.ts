import { describe, expect, it } from 'vitest';
import { auroc, expectedCalibrationError, reliability, tprAtFpr, type Scored } from '../../lib/eval/metrics';

const s = (score: number, ai: boolean): Scored => ({ score, ai });

describe('auroc', () => {
  it.each([
    ['perfect separation', [s(0.1, false), s(0.2, false), s(0.8, true), s(0.9, true)], 1],
    ['perfectly wrong', [s(0.9, false), s(0.8, false), s(0.2, true), s(0.1, true)], 0],
    ['all tied', [s(0.5, false), s(0.5, true)], 0.5],
    ['one inversion of four pairs', [s(0.1, false), s(0.6, false), s(0.5, true), s(0.9, true)], 0.75],
  ])('%s', (_, items, expected) => {
    expect(auroc(items)).toBeCloseTo(expected as number, 10);
  });
  it('is undefined with one class', () => {
    expect(auroc([s(0.1, false)])).toBeUndefined();
  });
});

describe('tprAtFpr', () => {
  it('keeps the false-positive rate at or below the target', () => {
    const humans = Array.from({ length: 100 }, (_, i) => s(i / 100, false));
    const machines = Array.from({ length: 10 }, (_, i) => s(0.985 + i / 10_000, true)).concat([s(0.5, true)]);
    const at1 = tprAtFpr([...humans, ...machines], 0.01)!;
    expect(at1.fpr).toBeLessThanOrEqual(0.01);
    expect(at1.tpr).toBeCloseTo(10 / 11, 10);
    const at0 = tprAtFpr([...humans, ...machines], 0)!;
    expect(at0.fpr).toBe(0);
  });
});

describe('expectedCalibrationError', () => {
  it('is zero when confidence matches frequency', () => {
    const items = [s(0.75, true), s(0.75, true), s(0.75, true), s(0.75, false), s(0.25, false), s(0.25, false), s(0.25, false), s(0.25, true)];
    expect(expectedCalibrationError(items)).toBeCloseTo(0, 10);
  });
  it('is large when overconfident', () => {
    expect(expectedCalibrationError([s(0.99, false), s(0.99, false)])).toBeCloseTo(0.99, 10);
  });
});

describe('class-balanced calibration', () => {
  const s = (score: number, ai: boolean): Scored => ({ score, ai });
  it('judges a 50/50-calibrated score at the 50/50 prior, whatever the mix of the test set', () => {
    // Scored 0.5 and right half the time at a 50/50 prior, but the set is three quarters machine text.
    const items = [s(0.55, true), s(0.55, true), s(0.55, true), s(0.55, false)];
    expect(expectedCalibrationError(items)).toBeCloseTo(0.2, 10);
    expect(expectedCalibrationError(items, 10, true)).toBeCloseTo(0.05, 10);
  });
  it('reports each bin: its share, mean score and observed machine share', () => {
    expect(reliability([s(0.05, false), s(0.95, true), s(0.92, false)], 10, true)).toEqual([
      { from: 0, to: 0.1, share: 0.25, meanScore: 0.05, observed: 0 },
      { from: 0.9, to: 1, share: 0.75, meanScore: expect.closeTo((0.95 * 0.5 + 0.92 * 0.25) / 0.75, 10), observed: expect.closeTo(2 / 3, 10) },
    ]);
  });
});
