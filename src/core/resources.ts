// The resource metrics: what a benchmark costs besides time. One registry line each, like the latency
// metrics of metrics.ts; they are measured by the fork itself (not reduced from latency samples), so
// they live in a registry of their own. A fork that measured one records it in its statistics
// (ForkStats), and stats/forks.ts reduces it over forks like any other metric: compared, reported and
// gateable by name.
import type { Direction } from './types.ts';

export interface ResourceMetricDefinition {
  name: string;
  unit: string;
  direction: Direction;
  /** Plain words for reports and the config reference. */
  label: string;
  /** One line: how it is measured. */
  measured: string;
  /**
   * Whether command benchmarks get it: `posix-shell` where the command runs under a POSIX `sh`
   * (everywhere but Windows), false when only file benchmarks do.
   */
  commands: 'posix-shell' | false;
}

const RESOURCE_REGISTRY = [
  {
    name: 'cpu',
    unit: 'ns',
    direction: 'lower',
    label: 'user + system CPU time per operation',
    measured:
      "process.cpuUsage() of the fork around its measured phase, over the operations run in it; for a command, per run, the CPU time of the shell and everything it waited for (Linux: the kernel's count for reaped children, /proc/self/stat; elsewhere the shell's `times`)",
    commands: 'posix-shell',
  },
  {
    name: 'rss',
    unit: 'B',
    direction: 'lower',
    label: 'peak resident memory of the fork',
    measured: "process.resourceUsage().maxRSS at the end of the fork (the whole process: Node's own memory included)",
    commands: false,
  },
  {
    name: 'heap',
    unit: 'B',
    direction: 'lower',
    label: 'heap bytes allocated per operation',
    measured:
      'V8 heap in use after the measured phase minus before it, plus what every garbage collection in between freed (v8.GCProfiler), over the operations',
    commands: false,
  },
] as const satisfies readonly ResourceMetricDefinition[];

export type ResourceMetricName = (typeof RESOURCE_REGISTRY)[number]['name'];

export const RESOURCE_METRICS: readonly (ResourceMetricDefinition & { name: ResourceMetricName })[] = RESOURCE_REGISTRY;

export const RESOURCE_METRIC_NAMES: readonly string[] = RESOURCE_METRICS.map((m) => m.name);

/** What one fork measured of the resource metrics: a metric it could not measure is absent. */
export type ResourceValues = Partial<Record<ResourceMetricName, number>>;

export function resourceMetric(name: string): (ResourceMetricDefinition & { name: ResourceMetricName }) | undefined {
  return RESOURCE_METRICS.find((m) => m.name === name);
}

/**
 * Whether a benchmark of `kind` gets the resource metric `def` on `platform` (a `process.platform`
 * value): file benchmarks get them all; commands only what their shell can report.
 */
export function resourceMeasuredFor(def: ResourceMetricDefinition, kind: 'file' | 'command', platform: string): boolean {
  if (kind === 'file') return true;
  return def.commands === 'posix-shell' && platform !== 'win32';
}

/** Only the finite, non-negative resource values of `values`, in registry order. */
export function resourceValuesOf(values: Readonly<Record<string, unknown>>): ResourceValues {
  const out: ResourceValues = {};
  for (const def of RESOURCE_METRICS) {
    const v = Object.hasOwn(values, def.name) ? values[def.name] : undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[def.name] = v;
  }
  return out;
}

/** The resource metrics a benchmark of `kind` gets on `platform`, in registry order. */
export function resourceNamesFor(kind: 'file' | 'command', platform: string): ResourceMetricName[] {
  return RESOURCE_METRICS.filter((def) => resourceMeasuredFor(def, kind, platform)).map((def) => def.name);
}
