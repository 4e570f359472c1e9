// Reference values: scipy 1.17.1 (scipy.special.gammaln / betainc / gammainc, scipy.stats.norm /
// t / f), computed independently of this code, plus classic table values where noted.
import { describe, expect, it } from 'vitest';
import {
  fCdf,
  fSf,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
  studentTCdf,
  studentTQuantile,
  studentTSf,
} from '../../src/stats/distributions.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('logGamma', () => {
  it.each([
    // scipy.special.gammaln(x)
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247], // = ln √π
    [1, 0],
    [2.5, 0.2846828704729192],
    [10, 12.801827480081469], // = ln 9! = ln 362880
    [100.5, 361.43554046777757],
  ])('lnΓ(%f)', (x, ref) => {
    expect(Math.abs(logGamma(x) - ref)).toBeLessThan(1e-12 * Math.max(1, Math.abs(ref)));
  });
  it('rejects x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('regularized incomplete functions', () => {
  it.each([
    // scipy.special.betainc(a, b, x)
    [0.3, 2, 3, 0.34829999999999994], // also by hand: I_0.3(2,3) = 1 − Σ… = 0.3483
    [0.5, 0.5, 0.5, 0.5], // symmetry
    [0.9, 10, 2, 0.6973568802000002],
    [0.01, 0.5, 20, 0.4713699354850154],
    [0.7, 50, 30, 0.9207207761763279],
  ])('I_%f(%f, %f)', (x, a, b, ref) => {
    expect(rel(regularizedBeta(x, a, b), ref)).toBeLessThan(1e-12);
  });
  it.each([
    // scipy.special.gammainc(a, x)
    [0.5, 0.1, 0.34527915398142317],
    [2, 3, 0.8008517265285442], // = 1 − 4e^{-3}
    [10, 5, 0.03182805730620481],
    [0.5, 20, 0.9999999997460371],
  ])('P(%f, %f)', (a, x, ref) => {
    expect(rel(regularizedGammaP(a, x), ref)).toBeLessThan(1e-12);
    expect(Math.abs(regularizedGammaQ(a, x) - (1 - ref))).toBeLessThan(1e-13);
  });
});

describe('normal distribution', () => {
  it.each([
    // scipy.stats.norm.cdf(x)
    [-8, 6.22096057427174e-16],
    [-3, 0.0013498980316300933],
    [-1.5, 0.06680720126885807],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795],
    [4, 0.9999683287581669],
  ])('Φ(%f)', (x, ref) => {
    expect(rel(normalCdf(x), ref)).toBeLessThan(1e-12);
  });
  it.each([
    // scipy.stats.norm.ppf(p); 1.959964 and 3.090232 also in every printed normal table
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.3, -0.5244005127080409],
    [0.5, 0],
    [0.8, 0.8416212335729143],
    [0.975, 1.959963984540054],
    [0.999999, 4.753424308817087],
  ])('Φ⁻¹(%f)', (p, ref) => {
    expect(Math.abs(normalQuantile(p) - ref)).toBeLessThan(1e-9);
  });
  it('quantile inverts the CDF and is monotone', () => {
    let prev = -Infinity;
    for (let p = 0.0005; p < 1; p += 0.0123) {
      const x = normalQuantile(p);
      expect(x).toBeGreaterThan(prev);
      expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-12);
      prev = x;
    }
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});

describe("Student's t distribution", () => {
  it.each([
    // scipy.stats.t.cdf(t, df)
    [2.0, 1, 0.8524163823495667], // Cauchy: ½ + atan(2)/π
    [-1.5, 3, 0.11529193262241147],
    [2.776445, 4, 0.9749999973089543],
    [0.3, 10, 0.6148396962171008],
    [5, 2.5, 0.9882744050145691],
    [-3, 7.3, 0.009490275511566748],
    [1.2, 200, 0.884220565484467],
    [10, 30, 0.9999999999771237],
  ])('cdf(%f; df %f)', (t, df, ref) => {
    expect(rel(studentTCdf(t, df), ref)).toBeLessThan(1e-11);
    expect(Math.abs(studentTSf(t, df) - (1 - ref))).toBeLessThan(1e-12);
  });
  it('upper tail keeps precision far out (scipy: t.sf(10, 30) = 2.2876e-11)', () => {
    expect(rel(studentTSf(10, 30), 1 - 0.9999999999771237)).toBeLessThan(1e-4);
  });
  it.each([
    // scipy.stats.t.ppf(p, df); the first three also in printed t tables (R: qt(0.975, 4) = 2.776445)
    [0.975, 4, 2.7764451051977934],
    [0.95, 1, 6.313751514675037],
    [0.99, 2, 6.9645567342832715],
    [0.999, 10, 4.143700494046589],
    [0.9995, 3.7, 9.474240137124664],
    [0.8, 24, 0.8568554580756556],
    [0.6, 100, 0.25402218245822766],
    [1 - 0.05 / 30, 24, 3.2583817046163523],
    [1 - 1e-6, 5, 24.771029720372493],
    [0.025, 9, -2.2621571627982053],
  ])('quantile(%f; df %f)', (p, df, ref) => {
    expect(rel(studentTQuantile(p, df), ref)).toBeLessThan(1e-9);
  });
  it('df = Infinity is the normal distribution', () => {
    expect(studentTCdf(1.96, Infinity)).toBe(normalCdf(1.96));
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 12);
  });
  it('quantile is monotone in p and decreasing in df', () => {
    for (const df of [1, 2.5, 7, 40]) {
      let prev = -Infinity;
      for (let p = 0.001; p < 1; p += 0.037) {
        const q = studentTQuantile(p, df);
        expect(q).toBeGreaterThan(prev);
        expect(Math.abs(studentTCdf(q, df) - p)).toBeLessThan(1e-10);
        prev = q;
      }
    }
    expect(studentTQuantile(0.99, 3)).toBeGreaterThan(studentTQuantile(0.99, 30));
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('F distribution', () => {
  it.each([
    // scipy.stats.f.cdf(x, d1, d2)
    [1, 4, 24, 0.5731315222411245],
    [3, 4, 12, 0.9375],
    [0.5, 2, 2, 0.3333333333333333], // F(2,2): x / (1 + x)
    [2.2, 9, 40, 0.9574097323925103],
    [5, 1, 3.5, 0.901388088414105],
  ])('cdf(%f; %f, %f)', (x, d1, d2, ref) => {
    expect(rel(fCdf(x, d1, d2), ref)).toBeLessThan(1e-11);
  });
  it('upper tail (scipy: f.sf(3, 4, 12) = 0.0625, f.sf(10, 9, 40) = 7.665449300213098e-08)', () => {
    expect(rel(fSf(3, 4, 12), 0.0625)).toBeLessThan(1e-11);
    expect(rel(fSf(10, 9, 40), 7.665449300213098e-8)).toBeLessThan(1e-9);
    expect(fSf(0, 3, 3)).toBe(1);
    expect(fCdf(0, 3, 3)).toBe(0);
  });
});
