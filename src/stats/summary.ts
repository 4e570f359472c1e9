// Reduces raw latency samples to the statistics every benchmark reports.
import { quantileSorted, sortedCopy } from './quantile.ts';

export interface SampleSummary {
  n: number;
  p50: number;
  p99: number;
  p999: number;
  mean: number;
  min: number;
  max: number;
  /** Sample standard deviation (n - 1 denominator); 0 for a single sample. */
  stddev: number;
  /** Operations per second implied by the mean latency: 1e9 / mean(ns). */
  throughput: number;
}

/** Summarises latency samples given in nanoseconds. Throws on an empty array. */
export function summarizeLatencies(samplesNs: ArrayLike<number>): SampleSummary {
  const n = samplesNs.length;
  if (n === 0) throw new RangeError('no samples to summarise');
  const sorted = sortedCopy(samplesNs);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mean = sum / n;
  // Two-pass variance: numerically stable enough for latencies, and exact for the tests' references.
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i] - mean;
    ss += d * d;
  }
  return {
    n,
    p50: quantileSorted(sorted, 0.5),
    p99: quantileSorted(sorted, 0.99),
    p999: quantileSorted(sorted, 0.999),
    mean,
    min: sorted[0],
    max: sorted[n - 1],
    stddev: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
    throughput: mean > 0 ? 1e9 / mean : 0,
  };
}
