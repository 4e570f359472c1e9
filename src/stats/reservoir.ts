// A bounded, deterministic sample of a larger sample: the same input always yields the same
// reservoir, so two results documents of the same run are byte-identical.

/**
 * Keeps at most `size` values, evenly spaced over the sorted input: the reservoir is a quantile
 * sketch (min and max always kept), deterministic and order-independent.
 */
export function reservoir(values: ArrayLike<number>, size = 256): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  if (n <= size) return Array.from(sorted);
  const out: number[] = new Array(size);
  for (let i = 0; i < size; i++) {
    out[i] = sorted[Math.round((i * (n - 1)) / (size - 1))];
  }
  return out;
}
