// From per-fork statistics to the overall metrics of a benchmark: what the runners (measure/) and
// the importers of raw samples (import/) both reduce. Pure.
import { NATIVE_METRICS, metricRecord, type SampleSummary } from '../core/metrics.ts';
import { RESOURCE_METRICS, resourceValuesOf, type ResourceValues } from '../core/resources.ts';
import type { ForkStats, MetricValue } from '../core/types.ts';
import { median, supportsQuantile } from './quantile.ts';

/** `resources`: the resource metrics the fork measured (core/resources.ts); unusable values are dropped. */
export function forkStatsFrom(fork: number, summary: SampleSummary, durationMs: number, resources: ResourceValues = {}): ForkStats {
  return { fork, n: summary.n, durationMs, ...metricRecord((def) => summary[def.name]), ...resourceValuesOf(resources) };
}

/**
 * Overall metrics: each native (and measured resource) metric's value is the median of its per-fork
 * values (forks are the independent replicates; pooling all samples would let one long fork
 * dominate). `n` counts all samples; a tail quantile is `supported` only if every fork alone has
 * enough samples for it, since each per-fork value is estimated from that fork's samples only.
 */
export function reduceForks(forks: readonly ForkStats[]): Record<string, MetricValue> {
  if (forks.length === 0) return {};
  const total = forks.reduce((sum, f) => sum + f.n, 0);
  const minN = forks.reduce((least, f) => Math.min(least, f.n), Infinity);
  const metrics: Record<string, MetricValue> = {};
  for (const def of NATIVE_METRICS) {
    const values = forks.map((f) => f[def.name]);
    metrics[def.name] = {
      value: median(values),
      unit: def.unit,
      direction: def.direction,
      forks: values,
      n: total,
      supported: def.quantile === undefined ? true : supportsQuantile(minN, def.quantile),
    };
  }
  // A resource metric is reduced only when every fork measured it: a median over some forks would
  // stand for forks that never measured it (a history written before the metric existed, extra
  // forks of a run whose first forks lacked it).
  for (const def of RESOURCE_METRICS) {
    const values = forks.map((f) => f[def.name]);
    if (!values.every((v): v is number => v !== undefined)) continue;
    metrics[def.name] = { value: median(values), unit: def.unit, direction: def.direction, forks: values, n: total, supported: true };
  }
  return metrics;
}
