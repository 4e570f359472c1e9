import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/stats/prng.ts';

describe('createPrng', () => {
  it('is reproducible per seed and differs between seeds', () => {
    const a = createPrng(123);
    const b = createPrng(123);
    const c = createPrng(124);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
  });
  it('uniform in [0, 1) with mean ½ and variance 1/12; normal with mean 0 and variance 1', () => {
    const r = createPrng(5);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    let z1 = 0;
    let z2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
      s2 += u * u;
      const z = r.normal();
      z1 += z;
      z2 += z * z;
    }
    // Standard errors: uniform mean 0.0009, variance 0.0003; normal mean 0.0032, variance 0.0045.
    expect(Math.abs(s / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    expect(Math.abs(z1 / n)).toBeLessThan(0.015);
    expect(Math.abs(z2 / n - 1)).toBeLessThan(0.02);
  });
  it('int(n) covers 0..n-1', () => {
    const r = createPrng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(r.int(7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
