// From per-fork statistics to the overall metrics of a benchmark. Pure.
import { NATIVE_METRICS } from '../core/metrics.ts';
import type { ForkStats, MetricValue } from '../core/types.ts';
import { median, supportsQuantile } from '../stats/quantile.ts';
import type { SampleSummary } from '../stats/summary.ts';

export function forkStatsFrom(fork: number, summary: SampleSummary, durationMs: number): ForkStats {
  return {
    fork,
    n: summary.n,
    durationMs,
    p50: summary.p50,
    p99: summary.p99,
    p999: summary.p999,
    mean: summary.mean,
    min: summary.min,
    max: summary.max,
    stddev: summary.stddev,
    throughput: summary.throughput,
  };
}

/**
 * Overall metrics: each native metric's value is the median of its per-fork values (forks are the
 * independent replicates; pooling all samples would let one long fork dominate). `n` counts all
 * samples; a tail quantile is `supported` only if every fork alone has enough samples for it, since
 * each per-fork value is estimated from that fork's samples only.
 */
export function reduceForks(forks: ForkStats[]): Record<string, MetricValue> {
  if (forks.length === 0) return {};
  const total = forks.reduce((sum, f) => sum + f.n, 0);
  const minN = Math.min(...forks.map((f) => f.n));
  const metrics: Record<string, MetricValue> = {};
  for (const def of NATIVE_METRICS) {
    const values = forks.map((f) => def.read(f));
    metrics[def.name] = {
      value: median(values),
      unit: def.unit,
      direction: def.direction,
      forks: values,
      n: total,
      supported: def.quantile === undefined ? true : supportsQuantile(minN, def.quantile),
    };
  }
  return metrics;
}
