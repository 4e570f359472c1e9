// Quantiles by linear interpolation between order statistics: Hyndman & Fan type 7, the default of
// R's quantile(), NumPy's percentile() and Excel's PERCENTILE.INC. For sorted x[0..n-1] and q in
// [0, 1]: h = (n - 1)·q, result = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋]).
import { element } from '../core/checked.ts';
import { ownValue } from '../core/own.ts';

/** Quantile of an ascending-sorted array. Throws on an empty array or q outside [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level ${q} outside [0, 1]`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const below = element(sorted, lo);
  return below + (h - lo) * (element(sorted, hi) - below);
}

/** Quantile of an unsorted array (copies and sorts). */
export function quantile(values: ArrayLike<number>, q: number): number {
  return quantileSorted(sortedCopy(values), q);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  // A typed array sorts numerically and much faster than Array#sort with a comparator.
  return Float64Array.from(values).sort();
}

/**
 * Whether a sample of size n supports the q-quantile: at least `tail` samples must lie beyond it, so
 * the estimate is not just the maximum. With tail = 10: p99 needs 1,000 samples, p999 needs 10,000.
 */
export const TAIL_SAMPLES_REQUIRED = 10;
export function supportsQuantile(n: number, q: number, tail = TAIL_SAMPLES_REQUIRED): boolean {
  return n >= samplesRequired(q, tail);
}

/** The smallest sample size that supports the q-quantile (see supportsQuantile). */
export function samplesRequired(q: number, tail = TAIL_SAMPLES_REQUIRED): number {
  if (q <= 0.5) return 1;
  // The epsilon absorbs rounding in 1 − q (10 / (1 − 0.99) is 1000.0000000000009).
  return Math.ceil(tail / (1 - q) - 1e-9);
}

/**
 * The quantiles a statistics object reports, by level, each multiplied by `scale` (1e6 turns
 * milliseconds into nanoseconds). `aliases` names older spellings (`median` for p50).
 */
export function quantilesByLevel(
  stats: object,
  names: Readonly<Record<string, number>>,
  scale: number,
  aliases: Readonly<Record<string, string>> = {},
): Record<number, number> {
  const out: Record<number, number> = {};
  const fields = stats as Record<string, unknown>;
  for (const [name, level] of Object.entries(names)) {
    const alias = ownValue(aliases, name);
    const value = fields[name] ?? (alias === undefined ? undefined : fields[alias]);
    if (typeof value === 'number' && Number.isFinite(value)) out[level] = value * scale;
  }
  return out;
}
