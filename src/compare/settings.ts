// The judging settings and the one rule that reads them: which threshold a benchmark × metric is held
// to and which metrics of a benchmark gate. The comparison, the adaptive sampler and anything else
// that asks "does this gate, and at what change?" use these lookups, never their own.
import { ownValue, setOwn } from '../core/own.ts';
import type { ComparePolicy } from '../core/types.ts';
import type { AppliedLimit, Limit } from './limits.ts';

export interface BenchmarkOverrides {
  /** The configured benchmark name; results named `<name>` or `<name>/<task>` take its overrides. */
  name: string;
  threshold?: number;
  metricThresholds?: Record<string, number>;
  metrics?: string[];
  /** Absolute limits per metric; each replaces the suite's limit on that metric. */
  limits?: Record<string, Limit>;
}

export interface CompareSettings {
  threshold: number;
  metricThresholds: Record<string, number>;
  /** Metrics that gate; all metrics are reported. */
  metrics: string[];
  benchmarks: BenchmarkOverrides[];
  policy: ComparePolicy;
  /** Whether an inconclusive gated metric fails the gate. */
  failOnInconclusive: boolean;
  /** Absolute limits per metric for every benchmark (see compare/limits.ts). */
  limits?: Record<string, Limit>;
  /** The suite-wide confidence limits are judged at (the policy's); needed when any limit is set. */
  confidence?: number;
}

/** Config order of each override name (its first occurrence), built once per overrides list. */
const overrideIndexes = new WeakMap<BenchmarkOverrides[], Map<string, number>>();

function overrideIndex(benchmarks: BenchmarkOverrides[]): Map<string, number> {
  let index = overrideIndexes.get(benchmarks);
  if (!index) {
    const built = new Map<string, number>();
    benchmarks.forEach((b, i) => {
      if (!built.has(b.name)) built.set(b.name, i);
    });
    overrideIndexes.set(benchmarks, built);
    index = built;
  }
  return index;
}

/** The first configured benchmark (in config order) named `resultName` or a `/`-prefix of it. */
function overridesFor(settings: CompareSettings, resultName: string): BenchmarkOverrides | undefined {
  const index = overrideIndex(settings.benchmarks);
  let best = index.get(resultName);
  for (let cut = resultName.indexOf('/'); cut >= 0; cut = resultName.indexOf('/', cut + 1)) {
    const i = index.get(resultName.slice(0, cut));
    if (i !== undefined && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : settings.benchmarks[best];
}

/** Most specific first: benchmark per-metric, benchmark, global per-metric, global. */
export function thresholdFor(settings: CompareSettings, benchmark: string, metric: string): number {
  const o = overridesFor(settings, benchmark);
  return (
    ownValue(o?.metricThresholds, metric) ?? o?.threshold ?? ownValue(settings.metricThresholds, metric) ?? settings.threshold
  );
}

/** The metrics that gate a benchmark: its own list when configured, else the global one. */
export function gatedMetricsFor(settings: CompareSettings, benchmark: string): string[] {
  return overridesFor(settings, benchmark)?.metrics ?? settings.metrics;
}

/** The limits a benchmark is held to: the suite's, each replaced by the benchmark's own on the same metric. */
export function limitsFor(settings: CompareSettings, benchmark: string): Record<string, AppliedLimit> {
  const out: Record<string, AppliedLimit> = {};
  for (const [metric, limit] of Object.entries(settings.limits ?? {})) setOwn(out, metric, { ...limit, own: false });
  for (const [metric, limit] of Object.entries(overridesFor(settings, benchmark)?.limits ?? {})) setOwn(out, metric, { ...limit, own: true });
  return out;
}

/** Whether any limit is configured, for the suite or a benchmark. */
export function hasLimits(settings: CompareSettings): boolean {
  const nonEmpty = (l: Record<string, Limit> | undefined) => l !== undefined && Object.keys(l).length > 0;
  return nonEmpty(settings.limits) || settings.benchmarks.some((b) => nonEmpty(b.limits));
}
