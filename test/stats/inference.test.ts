import { describe, expect, it } from 'vitest';
import { bonferroni, holm, welchDf, welchSatterthwaite } from '../../src/stats/inference.ts';
import { at } from '../helpers/assert.ts';

describe('Welch–Satterthwaite', () => {
  it('matches the textbook two-sample formula (python: (0.4+0.6)²/(0.4²/9+0.6²/14) = 22.992700729927005)', () => {
    expect(welchDf(4, 10, 9, 15)).toBeCloseTo(22.992700729927005, 10);
  });
  it('matches scipy.stats.ttest_ind(a, b, equal_var=False).df = 24.988529290231416', () => {
    const a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const v = (x: number[]) => {
      const m = x.reduce((s, y) => s + y, 0) / x.length;
      return x.reduce((s, y) => s + (y - m) ** 2, 0) / (x.length - 1);
    };
    expect(welchDf(v(a), a.length, v(b), b.length)).toBeCloseTo(24.988529290231416, 9);
  });
  it('a single component keeps its own df; known components add none; negative coefficients allowed', () => {
    expect(welchSatterthwaite([{ variance: 2, coefficient: 0.5, df: 7 }])).toBeCloseTo(7, 12);
    expect(welchSatterthwaite([{ variance: 2, coefficient: 1, df: Infinity }])).toBe(Infinity);
    // (3·1 − 1·1)² / ((3)²/4 + (1)²/10) = 4 / 2.35
    expect(
      welchSatterthwaite([
        { variance: 1, coefficient: 3, df: 4 },
        { variance: 1, coefficient: -1, df: 10 },
      ]),
    ).toBeCloseTo(4 / 2.35, 12);
    expect(Number.isNaN(welchSatterthwaite([{ variance: 0, coefficient: 1, df: 3 }]))).toBe(true);
  });
});

describe('multiple comparisons', () => {
  // Worked by hand from Holm (1979): p = [0.01, 0.04, 0.03, 0.005], m = 4, α = 0.05.
  // Sorted: 0.005 < 0.05/4 ✓, 0.01 < 0.05/3 ✓, 0.03 < 0.05/2 ✗ → stop.
  // Adjusted (R's p.adjust(p, "holm") gives the same): [0.03, 0.06, 0.06, 0.02].
  const p = [0.01, 0.04, 0.03, 0.005];
  it('Holm rejects step-down and adjusts', () => {
    const r = holm(p, 0.05);
    expect(r.rejected).toEqual([true, false, false, true]);
    expect(r.adjusted).toHaveLength(4);
    [0.03, 0.06, 0.06, 0.02].forEach((want, i) => { expect(r.adjusted[i]).toBeCloseTo(want, 12); });
    expect(r.levels).toHaveLength(4);
    [0.05 / 3, 0.025, 0.025, 0.0125].forEach((want, i) => { expect(r.levels[i]).toBeCloseTo(want, 12); });
  });
  it('Holm levels agree with decisions, including after the stopping step', () => {
    // 0.0017 fails 0.05/30 = 0.001667, so 0.0017 (second) is not rejected although < 0.05/29.
    const ps = [0.0017, 0.0017, ...Array.from({ length: 28 }, () => 0.5)];
    const r = holm(ps, 0.05);
    expect(r.rejected.every((x) => !x)).toBe(true);
    ps.forEach((pi, i) => { expect(pi < at(r.levels, i)).toBe(r.rejected[i]); });
  });
  it('Holm is never less powerful than Bonferroni, and NaN counts as 1', () => {
    const ps = [0.001, 0.012, 0.013, 0.2, NaN];
    const h = holm(ps, 0.05);
    const b = bonferroni(ps, 0.05);
    expect(b.rejected).toEqual([true, false, false, false, false]);
    // Holm: 0.001 < 0.05/5, 0.012 < 0.05/4, 0.013 < 0.05/3, 0.2 ≥ 0.05/2 → stop.
    expect(h.rejected).toEqual([true, true, true, false, false]);
    b.rejected.forEach((x, i) => { expect(!x || h.rejected[i]).toBe(true); });
    expect(holm([0.001, 0.012, 0.0124], 0.05).rejected).toEqual([true, true, true]);
    expect(bonferroni([0.001, 0.012, 0.0124], 0.05).rejected).toEqual([true, true, true]);
    expect(bonferroni([0.001, 0.017, 0.0124], 0.05).rejected).toEqual([true, false, true]);
    expect(holm([0.001, 0.017, 0.0124], 0.05).rejected).toEqual([true, true, true]);
  });
  it('rejects a bad alpha', () => {
    expect(() => holm([0.1], 0)).toThrow(RangeError);
    expect(() => bonferroni([0.1], 1)).toThrow(RangeError);
  });
});
