// The native metrics: one registry line each. Adding a metric here makes it measured (from the
// SampleSummary), reported and gateable; the direction lives with the metric, never with a tool.
import type { SampleSummary } from '../stats/summary.ts';
import type { Direction } from './types.ts';

export interface MetricDefinition {
  name: string;
  unit: string;
  direction: Direction;
  /** Plain words for reports and the config reference. */
  label: string;
  /** For tail quantiles: the level, so support can be judged from the sample count. */
  quantile?: number;
  read(summary: SampleSummary): number;
}

export const NATIVE_METRICS: readonly MetricDefinition[] = [
  { name: 'p50', unit: 'ns', direction: 'lower', label: 'median latency', quantile: 0.5, read: (s) => s.p50 },
  { name: 'p99', unit: 'ns', direction: 'lower', label: '99th percentile latency', quantile: 0.99, read: (s) => s.p99 },
  { name: 'p999', unit: 'ns', direction: 'lower', label: '99.9th percentile latency', quantile: 0.999, read: (s) => s.p999 },
  { name: 'mean', unit: 'ns', direction: 'lower', label: 'mean latency', read: (s) => s.mean },
  { name: 'min', unit: 'ns', direction: 'lower', label: 'fastest sample', read: (s) => s.min },
  { name: 'max', unit: 'ns', direction: 'lower', label: 'slowest sample', read: (s) => s.max },
  { name: 'stddev', unit: 'ns', direction: 'lower', label: 'standard deviation', read: (s) => s.stddev },
  { name: 'throughput', unit: 'ops/s', direction: 'higher', label: 'operations per second', read: (s) => s.throughput },
];

export const NATIVE_METRIC_NAMES = NATIVE_METRICS.map((m) => m.name);

export function nativeMetric(name: string): MetricDefinition | undefined {
  return NATIVE_METRICS.find((m) => m.name === name);
}

/**
 * The largest relative change stated as a number (+1000%). Past it a figure only says "no idea":
 * reports print "more than +1000%", and policies cap the minimum detectable change here.
 */
export const CHANGE_CAP = 10;

/** Metrics that gate when the config does not say. */
export const DEFAULT_GATED_METRICS = ['p50', 'p99', 'throughput'];

/**
 * The direction of a metric from its unit, for imported and custom metrics: time and bytes are
 * lower-is-better, rates (anything per second, per op…) higher-is-better. Undecidable → undefined.
 */
export function directionFromUnit(unit: string): Direction | undefined {
  const u = unit.trim().toLowerCase();
  if (/^(ns|us|µs|μs|ms|s|sec|seconds?|minutes?|min|h)(\/(op|iter|call|it))?$/.test(u)) return 'lower';
  if (/^(b|kb|kib|mb|mib|gb|gib|bytes?)(\/(op|iter|call|it))?$/.test(u)) return 'lower';
  if (/^allocs?(\/(op|iter|call|it))?$/.test(u)) return 'lower';
  if (/^(ops?|operations|iter(ations)?|calls|runs|items|elements|req(uests)?|bytes|b|kb|mb|gb|mib|gib)\/(s|sec|second|ms|us|µs|ns|min)$/.test(u)) return 'higher';
  if (/^(ops|hz)$/.test(u)) return 'higher';
  // Generic rules (importers): any count per unit of time is a rate; any quantity per operation is
  // a cost (`fields/op`, `instructions/op`).
  if (/^[a-z_][\w .-]*\/(s|sec|second|ms|us|µs|μs|ns|min)$/.test(u)) return 'higher';
  if (/^[a-z_][\w .-]*\/(op|iter|call|it|invocation)$/.test(u)) return 'lower';
  return undefined;
}
