// A bounded, deterministic sample of a larger sample: the same input always yields the same
// reservoir, so two results documents of the same run are byte-identical.
import { element } from '../core/checked.ts';
import { sortedCopy } from './quantile.ts';

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
  const sorted = sortedCopy(values);
  if (n <= size) return Array.from(sorted, round);
  return Array.from({ length: size }, (_, i) => round(element(sorted, Math.round((i * (n - 1)) / (size - 1)))));
}
