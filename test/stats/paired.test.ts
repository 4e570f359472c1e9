// Paired-fork statistics, checked against reference values computed independently with SciPy 1.17
// (scipy.special.digamma/polygamma, scipy.optimize.brentq, scipy.stats.t).
import { describe, expect, it } from 'vitest';
import {
  digamma,
  disturbedPairs,
  disturbedRounds,
  moderateVariance,
  pairedChange,
  pairedInterval,
  pValueAbove,
  pValueBelow,
  trigamma,
  trigammaInverse,
  variancePrior,
} from '../../src/stats/paired.ts';

describe('digamma and trigamma', () => {
  const reference: Array<[number, number, number]> = [
    [0.1, -10.423754940411076, 101.43329915079275],
    [0.5, -1.9635100260214235, 4.93480220054468],
    [1, -0.5772156649015329, 1.6449340668482266],
    [2.5, 0.7031566406452432, 0.4903577561002349],
    [7, 1.872784335098467, 0.15354517795933756],
    [50, 3.9019896734278925, 0.020201333226697128],
  ];
  it.each(reference)('at %d', (x, psi, psi1) => {
    expect(digamma(x)).toBeCloseTo(psi, 12);
    expect(trigamma(x)).toBeCloseTo(psi1, 11);
  });
  it.each([
    [0.05, 20.49583523915461],
    [0.5, 2.4599529483523064],
    [3, 0.6754781052813704],
    [20, 0.23077632915242635],
  ])('trigammaInverse(%d)', (y, x) => {
    expect(trigammaInverse(y) / x).toBeCloseTo(1, 8);
  });
  it('rejects arguments outside the domain', () => {
    expect(() => digamma(0)).toThrow(RangeError);
    expect(() => trigammaInverse(-1)).toThrow(RangeError);
  });
});

describe('variancePrior', () => {
  it('lends many degrees of freedom when the variances agree as well as sampling allows', () => {
    const prior = variancePrior([0.01, 0.02, 0.015, 0.03, 0.012].map((variance) => ({ variance, df: 4 })));
    expect(prior?.df).toBe(Infinity);
  });
  it('lends few when the variances disagree (reference: d0 0.696, s0² 0.00788)', () => {
    const prior = variancePrior([0.01, 1, 0.001, 0.3].map((variance) => ({ variance, df: 4 })))!;
    expect(prior.df).toBeCloseTo(0.6960090835782191, 6);
    expect(prior.variance).toBeCloseTo(0.007883941079485202, 8);
  });
  it('borrows nothing from fewer than three usable estimates', () => {
    expect(variancePrior([{ variance: 0.01, df: 4 }, { variance: 0, df: 4 }, { variance: 0.02, df: 4 }])).toBeUndefined();
  });
  it('moderates by pooling with the prior degrees of freedom', () => {
    expect(moderateVariance({ variance: 4, df: 2 }, { variance: 1, df: 6 })).toEqual({ variance: 1.75, df: 8 });
    expect(moderateVariance({ variance: 4, df: 2 }, undefined)).toEqual({ variance: 4, df: 2 });
  });
  it('given an outlier level, lets a case far noisier than the prior keep its own variance', () => {
    // 60 times the prior with 5 df: F(5, 20) puts that far beyond any usual level.
    expect(moderateVariance({ variance: 0.006, df: 5 }, { variance: 0.0001, df: 20 }, 0.05)).toEqual({ variance: 0.006, df: 5 });
    expect(moderateVariance({ variance: 0.006, df: 5 }, { variance: 0.0001, df: Infinity }, 0.05)).toEqual({ variance: 0.006, df: 5 });
    // Without the level it would have borrowed the quiet (the noise rule's behaviour).
    expect(moderateVariance({ variance: 0.006, df: 5 }, { variance: 0.0001, df: 20 }).variance).toBeLessThan(0.002);
    // A case only somewhat above the prior, or below it, is moderated as before.
    expect(moderateVariance({ variance: 4, df: 2 }, { variance: 1, df: 6 }, 0.05)).toEqual({ variance: 1.75, df: 8 });
    expect(moderateVariance({ variance: 0.5, df: 2 }, { variance: 1, df: Infinity }, 0.05)).toEqual({ variance: 1, df: Infinity });
  });
});

describe('pairedChange and its tests', () => {
  const d = [0.05, 0.048, 0.052, 0.049, 0.051, 0.05];
  it('matches the textbook paired t interval (reference from scipy.stats.t)', () => {
    const change = pairedChange(d);
    expect(change.n).toBe(6);
    expect(change.df).toBe(5);
    const [lo, hi] = pairedInterval(change, 0.99);
    expect(lo).toBeCloseTo(0.04767204116303333, 12);
    expect(hi).toBeCloseTo(0.05232795883696666, 12);
    expect(pValueAbove(change, 0.025)).toBeCloseTo(6.198579868193824e-8, 15);
    expect(pValueBelow(change, 0.1)).toBeLessThan(1e-6);
  });
  it('reads identical trees as exactly no change, decided', () => {
    const change = pairedChange([0, 0, 0]);
    expect(pairedInterval(change, 0.99)).toEqual([0, 0]);
    expect(pValueBelow(change, 0.05)).toBe(0);
    expect(pValueAbove(change, 0.025)).toBe(1);
  });
  it('with one pair, only a prior gives an interval', () => {
    expect(pairedInterval(pairedChange([0.01]), 0.99)).toEqual([-Infinity, Infinity]);
    const [lo, hi] = pairedInterval(pairedChange([0.01], { variance: 1e-4, df: 20 }), 0.99);
    expect(lo).toBeLessThan(0.01);
    expect(hi).toBeGreaterThan(0.01);
    expect(hi - lo).toBeLessThan(0.07);
  });
  it('narrows a two-pair interval when the suite lends strength', () => {
    const alone = pairedInterval(pairedChange([0.01, 0.03]), 0.99);
    const helped = pairedInterval(pairedChange([0.01, 0.03], { variance: 2e-4, df: 30 }), 0.99);
    expect(helped[1] - helped[0]).toBeLessThan((alone[1] - alone[0]) / 10);
  });
});

describe('disturbedPairs', () => {
  it('flags a pair a burst hit, and only that one', () => {
    expect(disturbedPairs([0.05, 0.048, 0.052, -0.3, 0.049, 0.051, 0.05, 0.047])).toEqual([3]);
  });
  it('never flags a majority: a shift most pairs agree on is the change', () => {
    const d = [0, 0, 0, 0.5, 0.5, 0.5, 0.5];
    expect(disturbedPairs(d).length).toBeLessThan(d.length / 3);
  });
  it('judges by the floor when the pairs agree to the last digit (no spread of their own to judge by)', () => {
    const d = [0.0001, 0.0001, 0.0001, 0.0001, 0.0001, 0.012];
    expect(disturbedPairs(d)).toEqual([]);
    expect(disturbedPairs(d, { floor: 0.001 })).toEqual([5]);
    expect(disturbedPairs(d, { floor: 0.01 })).toEqual([]);
  });
  it('needs four pairs to call one out', () => {
    expect(disturbedPairs([0, 0, 1])).toEqual([]);
  });
});

describe('disturbedRounds', () => {
  it('flags a round in which most benchmarks moved the same way', () => {
    const rounds = [
      [0.1, -0.4, 0.3, 0.2],
      [5, 4, 6, 0.1],
      [-0.2, 0.5, NaN, 0.3],
      [3, -0.1, 0.2, -4],
    ];
    expect(disturbedRounds(rounds)).toEqual([1]);
  });
  it('ignores a round with too few benchmarks to tell', () => {
    expect(disturbedRounds([[9, 9, NaN, NaN]])).toEqual([]);
  });
});
