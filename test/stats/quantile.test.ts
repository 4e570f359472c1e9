// Properties of the quantile convention (Hyndman & Fan type 7) and summaries of small samples whose
// statistics are known by hand or from numpy (numpy.percentile's default "linear" method is type 7).
import { describe, expect, it } from 'vitest';
import { median, quantile, quantileSorted, samplesRequired, supportsQuantile } from '../../src/stats/quantile.ts';
import { reservoir } from '../../src/stats/reservoir.ts';
import { summarizeLatencies } from '../../src/stats/summary.ts';
import { createPrng } from '../../src/stats/prng.ts';
import { at } from '../helpers/assert.ts';

describe('quantile', () => {
  const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
  it.each([
    // numpy.percentile(x, 100q)
    [0, 1],
    [0.1, 1],
    [0.25, 2.5],
    [0.5, 4],
    [0.9, 6],
    [0.99, 8.700000000000001],
    [0.999, 8.970000000000006],
    [1, 9],
  ])('q = %f', (q, ref) => {
    expect(quantile(x, q)).toBeCloseTo(ref, 12);
  });
  it('by hand: 1..10 at q = 0.99 is 9 + 0.91·(10 − 9) = 9.91', () => {
    expect(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.99)).toBeCloseTo(9.91, 12);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is monotone in q, bounded by min and max, and order-independent (random samples)', () => {
    const rng = createPrng(42);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + rng.int(200);
      const v = Array.from({ length: n }, () => Math.exp(3 * rng.normal()));
      const shuffled = [...v].sort(() => rng.next() - 0.5);
      let prev = -Infinity;
      for (let q = 0; q <= 1.0000001; q += 0.05) {
        const qq = Math.min(q, 1);
        const value = quantile(v, qq);
        expect(value).toBeGreaterThanOrEqual(prev);
        expect(value).toBeGreaterThanOrEqual(Math.min(...v));
        expect(value).toBeLessThanOrEqual(Math.max(...v));
        expect(quantile(shuffled, qq)).toBe(value);
        prev = value;
      }
    }
  });
  it('is equivariant under positive affine maps', () => {
    const v = [5, 17, 2, 8, 13, 1, 21];
    for (const q of [0.1, 0.5, 0.77, 0.99]) {
      expect(quantile(v.map((y) => 3 * y + 7), q)).toBeCloseTo(3 * quantile(v, q) + 7, 10);
    }
  });
  it('rejects empty input and levels outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], NaN)).toThrow(RangeError);
  });
  it('tail support needs 10 samples beyond the quantile', () => {
    expect(supportsQuantile(999, 0.99)).toBe(false);
    expect(supportsQuantile(1000, 0.99)).toBe(true);
    expect(supportsQuantile(9999, 0.999)).toBe(false);
    expect(supportsQuantile(10000, 0.999)).toBe(true);
    expect(supportsQuantile(1, 0.5)).toBe(true);
    expect(supportsQuantile(0, 0.5)).toBe(false);
    expect([samplesRequired(0.5), samplesRequired(0.99), samplesRequired(0.999), samplesRequired(0.9, 5)]).toEqual([1, 1000, 10000, 50]);
  });
});

describe('summarizeLatencies', () => {
  it('matches a small sample computed by hand and with numpy', () => {
    // y = [12.5, 7.25, 9, 15.75]: mean 44.5/4 = 11.125; deviations 1.375, −3.875, −2.125, 4.625;
    // Σd² = 42.8125, s = √(42.8125/3) = 3.777675652214379 (numpy std ddof=1);
    // p50 = (9 + 12.5)/2 = 10.75; p99 = 12.5 + 0.97·3.25 = 15.6525; p999 = 15.74025 (numpy).
    const s = summarizeLatencies([12.5, 7.25, 9, 15.75]);
    expect(s.n).toBe(4);
    expect(s.mean).toBeCloseTo(11.125, 12);
    expect(s.stddev).toBeCloseTo(3.777675652214379, 12);
    expect(s.p50).toBeCloseTo(10.75, 12);
    expect(s.p99).toBeCloseTo(15.6525, 12);
    expect(s.p999).toBeCloseTo(15.74025, 12);
    expect(s.min).toBe(7.25);
    expect(s.max).toBe(15.75);
    expect(s.throughput).toBeCloseTo(1e9 / 11.125, 6);
  });
  it('one sample: zero spread, every quantile equal to it', () => {
    const s = summarizeLatencies([250]);
    expect(s).toMatchObject({ n: 1, p50: 250, p99: 250, p999: 250, mean: 250, stddev: 0, throughput: 4e6 });
  });
  it('orders its statistics: min ≤ p50 ≤ p99 ≤ p999 ≤ max', () => {
    const rng = createPrng(3);
    for (let t = 0; t < 20; t++) {
      const v = Array.from({ length: 1 + rng.int(5000) }, () => 100 * Math.exp(rng.normal()));
      const s = summarizeLatencies(v);
      expect(s.min).toBeLessThanOrEqual(s.p50);
      expect(s.p50).toBeLessThanOrEqual(s.p99);
      expect(s.p99).toBeLessThanOrEqual(s.p999);
      expect(s.p999).toBeLessThanOrEqual(s.max);
      expect(s.mean).toBeGreaterThanOrEqual(s.min);
      expect(s.mean).toBeLessThanOrEqual(s.max);
    }
  });
});

describe('reservoir', () => {
  it('is deterministic, bounded, keeps min and max, and is sorted', () => {
    const rng = createPrng(9);
    const v = Array.from({ length: 10_000 }, () => rng.next());
    const r1 = reservoir(v, 256);
    const r2 = reservoir([...v].reverse(), 256);
    expect(r1).toEqual(r2);
    expect(r1.length).toBe(256);
    // Kept to 5 significant digits (RESERVOIR_DIGITS).
    expect(r1[0]).toBe(Number(Math.min(...v).toPrecision(5)));
    expect(r1[255]).toBe(Number(Math.max(...v).toPrecision(5)));
    for (let i = 1; i < r1.length; i++) expect(r1[i]).toBeGreaterThanOrEqual(at(r1, i - 1));
    expect(reservoir([3, 1, 2], 256)).toEqual([1, 2, 3]);
    expect(reservoir([1234.56789, 0, 98765.4321])).toEqual([0, 1234.6, 98765]);
  });
});
