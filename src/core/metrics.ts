// The native metrics: one registry line each. Adding a metric here makes it computed from every
// fork's samples (stats/summary.ts iterates this list), reduced over forks, reported and gateable;
// the direction lives with the metric, never with a tool.
import type { Direction } from './types.ts';

/** Statistics of a sample that are not quantiles: how a non-quantile metric is computed. */
export type Moment = 'mean' | 'min' | 'max' | 'stddev' | 'throughput';

interface MetricBase {
  name: string;
  unit: string;
  direction: Direction;
  /** Plain words for reports and the config reference. */
  label: string;
}

/** A quantile of the latency samples; the level also says how many samples support it. */
export interface QuantileMetric extends MetricBase {
  quantile: number;
  moment?: undefined;
}

export interface MomentMetric extends MetricBase {
  moment: Moment;
  quantile?: undefined;
}

export type MetricDefinition = QuantileMetric | MomentMetric;

const REGISTRY = [
  { name: 'p50', unit: 'ns', direction: 'lower', label: 'median latency', quantile: 0.5 },
  { name: 'p99', unit: 'ns', direction: 'lower', label: '99th percentile latency', quantile: 0.99 },
  { name: 'p999', unit: 'ns', direction: 'lower', label: '99.9th percentile latency', quantile: 0.999 },
  { name: 'mean', unit: 'ns', direction: 'lower', label: 'mean latency', moment: 'mean' },
  { name: 'min', unit: 'ns', direction: 'lower', label: 'fastest sample', moment: 'min' },
  { name: 'max', unit: 'ns', direction: 'lower', label: 'slowest sample', moment: 'max' },
  { name: 'stddev', unit: 'ns', direction: 'lower', label: 'standard deviation', moment: 'stddev' },
  { name: 'throughput', unit: 'ops/s', direction: 'higher', label: 'operations per second', moment: 'throughput' },
] as const satisfies readonly MetricDefinition[];

export type NativeMetricName = (typeof REGISTRY)[number]['name'];

export type NativeMetricDefinition = MetricDefinition & { name: NativeMetricName };

export const NATIVE_METRICS: readonly NativeMetricDefinition[] = REGISTRY;

/** The names, as strings: what config validation checks a user's metric name against. */
export const NATIVE_METRIC_NAMES: readonly string[] = NATIVE_METRICS.map((m) => m.name);

/**
 * Statistics of one sample of latencies (ns): its size and one value per native metric. The shape
 * follows the registry, so a new metric is a new field everywhere a summary travels.
 */
export type SampleSummary = { n: number } & Record<NativeMetricName, number>;

export function nativeMetric(name: string): NativeMetricDefinition | undefined {
  return NATIVE_METRICS.find((m) => m.name === name);
}

/**
 * One value per native metric, from `valueOf`: the single place a record keyed by the registry is
 * built, so every caller gets every metric (the loop below visits each registry entry once).
 */
export function metricRecord(valueOf: (def: NativeMetricDefinition) => number): Record<NativeMetricName, number> {
  const out: Partial<Record<NativeMetricName, number>> = {};
  for (const def of NATIVE_METRICS) out[def.name] = valueOf(def);
  return out as Record<NativeMetricName, number>;
}

/** The native metrics of a summary, in registry order: what per-fork statistics copy. */
export function summaryOf(source: SampleSummary): SampleSummary {
  return { n: source.n, ...metricRecord((def) => source[def.name]) };
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
