import { describe, expect, it } from 'vitest';
import {
  mad,
  madSigma,
  robustSpread,
  robustSpreadCritical99,
  mean,
  medianVarianceFactor,
  pooledVariance,
  sampleVariance,
  winsorizedPooledVariance,
} from '../../src/stats/robust.ts';
import { median } from '../../src/stats/quantile.ts';
import { createPrng } from '../../src/stats/prng.ts';
import { changeFraction, fractionToLog, logToFraction, worseningLogRatio } from '../../src/stats/ratio.ts';

describe('location and spread', () => {
  it('mean and sample variance by hand', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, Σd² = 32, s² = 32/7.
    const v = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(v)).toBe(5);
    expect(sampleVariance(v)).toBeCloseTo(32 / 7, 12);
    expect(sampleVariance([3])).toBe(0);
    expect(() => mean([])).toThrow(RangeError);
  });
  it('pooled variance by hand: groups [1,3] and [2,4,6] → (2 + 8) / (1 + 2)', () => {
    expect(pooledVariance([[1, 3], [2, 4, 6], [10]])).toEqual({ variance: 10 / 3, df: 3 });
    const none = pooledVariance([[1], []]);
    expect(none.df).toBe(0);
    expect(Number.isNaN(none.variance)).toBe(true);
  });
  it('MAD (scipy.stats.median_abs_deviation: 1.0; scale="normal": 1.482602218505602)', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    expect(mad(x)).toBe(1);
    expect(madSigma(x)).toBeCloseTo(1.482602218505602, 14);
  });
});

describe('winsorizedPooledVariance', () => {
  it('equals the pooled variance when nothing is wild', () => {
    // [10, 11, 12] and [5, 7]: (2 + 2) / 3 (by hand).
    const r = winsorizedPooledVariance([[10, 11, 12], [5, 7]]);
    expect(r.variance).toBeCloseTo(4 / 3, 12);
    expect(r.df).toBe(3);
    expect(r.capped).toBe(0);
  });
  it('caps a wild value at 4 robust SDs (by hand, checked with numpy)', () => {
    // [1, 2, 3, 4, 100]: deviations from the median 3 are −2, −1, 0, 1, 97; without the median's own 0
    // the MAD is 1.5, the robust SD 1.5 × 1.4826 = 2.2239, the cap 8.8956; 97 → 8.8956; the variance
    // of (−2, −1, 0, 1, 8.8956) is 18.9055 (numpy: 18.9055098980944).
    const r = winsorizedPooledVariance([[1, 2, 3, 4, 100]]);
    expect(r.variance).toBeCloseTo(18.9055098980944, 9);
    expect(r.capped).toBe(1);
    expect(winsorizedPooledVariance([[7], [1, 2, 3, 4, 100]]).cappedByGroup).toEqual([0, 1]);
    // A resolution step: most deviations are exactly 0; the floor keeps small steps uncapped.
    expect(winsorizedPooledVariance([[100, 100, 100, 101], [100, 100, 100]], 4, 1).capped).toBe(0);
    expect(pooledVariance([[1, 2, 3, 4, 100]]).variance).toBeGreaterThan(1900);
  });
  it('changes clean normal data by little (seeded simulation)', () => {
    const rng = createPrng(77);
    let ratio = 0;
    const reps = 400;
    for (let r = 0; r < reps; r++) {
      const groups = Array.from({ length: 10 }, () => Array.from({ length: 5 }, () => rng.normal()));
      ratio += winsorizedPooledVariance(groups).variance / pooledVariance(groups).variance;
    }
    expect(ratio / reps).toBeGreaterThan(0.98);
    expect(ratio / reps).toBeLessThanOrEqual(1);
  });
});

describe('robustSpread', () => {
  it('ignores a minority of wild values (by hand)', () => {
    // [10, 11, 12, 400, 500]: median 12, deviations 2, 1, 0, 388, 488 → MAD 2 → 2.9652.
    expect(robustSpread([10, 11, 12, 400, 500])).toBeCloseTo(2 * 1.482602218505602, 12);
    // [1, 3]: deviations 1, 1 → 1.4826.
    expect(robustSpread([1, 3])).toBeCloseTo(1.482602218505602, 12);
    expect(Number.isNaN(robustSpread([4]))).toBe(true);
  });
  it('its critical ratios are exceeded by about 1% of normal groups (independent seeded check)', () => {
    const rng = createPrng(13);
    for (const m of [3, 5, 8]) {
      const reps = 20_000;
      let over = 0;
      for (let r = 0; r < reps; r++) {
        const x = Array.from({ length: m }, () => rng.normal());
        if (robustSpread(x) ** 2 > robustSpreadCritical99(m)) over++;
      }
      // Binomial(20000, 0.01): sd 0.0007.
      expect(Math.abs(over / reps - 0.01)).toBeLessThan(0.003);
    }
    expect(robustSpreadCritical99(50)).toBe(robustSpreadCritical99(20));
    expect(() => robustSpreadCritical99(1)).toThrow(RangeError);
  });
});

describe('medianVarianceFactor', () => {
  it('matches the order-statistic integrals (scipy quad/dblquad) and known limits', () => {
    expect(medianVarianceFactor(1)).toBe(1);
    expect(medianVarianceFactor(2)).toBe(1);
    expect(medianVarianceFactor(3)).toBeCloseTo(1.346013, 6);
    expect(medianVarianceFactor(5)).toBeCloseTo(1.434168, 6);
    expect(medianVarianceFactor(10)).toBeCloseTo(1.383264, 6);
    // Asymptotically π/2 (the median's efficiency 2/π for normal data).
    expect(medianVarianceFactor(1001)).toBeGreaterThan(1.56);
    expect(medianVarianceFactor(1001)).toBeLessThan(Math.PI / 2);
    expect(() => medianVarianceFactor(0)).toThrow(RangeError);
  });
  it('agrees with a seeded simulation (independent check, 3% tolerance)', () => {
    const rng = createPrng(11);
    for (const n of [3, 4, 7]) {
      const reps = 40_000;
      let ss = 0;
      for (let r = 0; r < reps; r++) {
        const m = median(Array.from({ length: n }, () => rng.normal()));
        ss += m * m;
      }
      expect(Math.abs((n * ss) / reps / medianVarianceFactor(n) - 1)).toBeLessThan(0.03);
    }
  });
});

describe('changes and log ratios', () => {
  it('positive is worse in both directions', () => {
    expect(changeFraction('lower', 100, 110)).toBeCloseTo(0.1, 12);
    expect(changeFraction('higher', 100, 90)).toBeCloseTo(0.1, 12);
    expect(changeFraction('higher', 100, 120)).toBeCloseTo(-0.2, 12);
    expect(worseningLogRatio('lower', 100, 110)).toBeCloseTo(Math.log(1.1), 12);
    expect(worseningLogRatio('higher', 100, 90)).toBeCloseTo(Math.log(100 / 90), 12);
  });
  it('fraction ↔ log round-trips and is monotone; unreachable fractions map to ±Infinity', () => {
    for (const dir of ['lower', 'higher'] as const) {
      let prev = -Infinity;
      for (let f = -0.9; f < 0.95; f += 0.05) {
        const d = fractionToLog(dir, f);
        expect(d).toBeGreaterThan(prev);
        expect(logToFraction(dir, d)).toBeCloseTo(f, 12);
        prev = d;
      }
    }
    expect(fractionToLog('higher', 1)).toBe(Infinity);
    expect(fractionToLog('lower', -1)).toBe(-Infinity);
    expect(logToFraction('lower', worseningLogRatio('lower', 80, 100))).toBeCloseTo(changeFraction('lower', 80, 100), 12);
    expect(logToFraction('higher', worseningLogRatio('higher', 80, 100))).toBeCloseTo(changeFraction('higher', 80, 100), 12);
  });
});
