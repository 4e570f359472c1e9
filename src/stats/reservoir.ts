// A bounded, deterministic sample of a larger sample: the same input always yields the same
// reservoir, so two results documents of the same run are byte-identical.

/**
 * Significant digits kept per reservoir value: 5 digits is 0.001% resolution, far below any timer's
 * noise, and keeps a 100-benchmark history small enough to cache on every push.
 */
export const RESERVOIR_DIGITS = 5;

const round = (v: number): number => (Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(RESERVOIR_DIGITS)) : v);

/**
 * Keeps at most `size` values, evenly spaced over the sorted input: the reservoir is a quantile
 * sketch (min and max always kept), deterministic and order-independent.
 */
export function reservoir(values: ArrayLike<number>, size = 256): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  if (n <= size) return Array.from(sorted, round);
  const out: number[] = new Array(size);
  for (let i = 0; i < size; i++) {
    out[i] = round(sorted[Math.round((i * (n - 1)) / (size - 1))]);
  }
  return out;
}
