// Reduces raw latency samples to the statistics every benchmark reports: one value per metric of the
// registry (core/metrics.ts), so a metric added there is computed here without a change.
import { metricRecord, type Moment, type SampleSummary } from '../core/metrics.ts';
import { quantileSorted, sortedCopy } from './quantile.ts';

export type { SampleSummary } from '../core/metrics.ts';

/** Summarises latency samples given in nanoseconds. Throws on an empty array. */
export function summarizeLatencies(samplesNs: ArrayLike<number>): SampleSummary {
  const n = samplesNs.length;
  if (n === 0) throw new RangeError('no samples to summarise');
  const sorted = sortedCopy(samplesNs);
  const moments = momentsOf(sorted);
  return { n, ...metricRecord((def) => (def.quantile !== undefined ? quantileSorted(sorted, def.quantile) : moments[def.moment])) };
}

/** The non-quantile statistics of an ascending-sorted, non-empty sample. */
function momentsOf(sorted: Float64Array): Record<Moment, number> {
  const n = sorted.length;
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  // Two-pass variance: numerically stable enough for latencies, and exact for the tests' references.
  let ss = 0;
  for (const x of sorted) {
    const d = x - mean;
    ss += d * d;
  }
  return {
    mean,
    // A sorted sample's ends; `at` is undefined only for an empty array, which callers exclude.
    min: sorted.at(0) ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    /** Sample standard deviation (n - 1 denominator); 0 for a single sample. */
    stddev: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
    /** Operations per second implied by the mean latency: 1e9 / mean(ns). */
    throughput: mean > 0 ? 1e9 / mean : 0,
  };
}
