import { describe, expect, it } from 'vitest';
import { auroc, expectedCalibrationError, tprAtFpr, type Scored } from '../../lib/eval/metrics';

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
