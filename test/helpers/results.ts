// Builders of small, valid documents for tests of the pure core.
import {
  RESULTS_KIND,
  SCHEMA_VERSION,
  type BenchmarkResult,
  type ComparePolicy,
  type MachineFingerprint,
  type MetricCase,
  type MetricDecision,
  type ResultsDocument,
} from '../../src/core/types.ts';

export const MACHINE: MachineFingerprint = {
  node: 'v24.0.0',
  os: 'linux 6.1',
  arch: 'x64',
  cpu: 'Test CPU @ 2.0GHz',
  cores: 2,
  memoryBytes: 24 * 2 ** 30,
  runner: 'test-runner',
};

/** A native-looking benchmark with latency p50/p99 (ns) and throughput (ops/s). */
export function bench(name: string, p50: number, opts: { throughput?: number; p99?: number } = {}): BenchmarkResult {
  const p99 = opts.p99 ?? p50 * 2;
  const throughput = opts.throughput ?? 1e9 / p50;
  return {
    name,
    kind: 'file',
    status: 'ok',
    evidence: 'samples',
    metrics: {
      p50: { value: p50, unit: 'ns', direction: 'lower', forks: [p50, p50, p50], n: 3000 },
      p99: { value: p99, unit: 'ns', direction: 'lower', forks: [p99, p99, p99], n: 3000, supported: true },
      p999: { value: p99 * 2, unit: 'ns', direction: 'lower', n: 3000, supported: false },
      throughput: { value: throughput, unit: 'ops/s', direction: 'higher', forks: [throughput, throughput, throughput], n: 3000 },
    },
  };
}

export function failed(name: string, error: string): BenchmarkResult {
  return { name, kind: 'command', status: 'error', error, metrics: {} };
}

export function results(benchmarks: BenchmarkResult[], extra: Partial<ResultsDocument> = {}): ResultsDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    createdAt: '2026-11-25T10:00:00.000Z',
    tool: { name: 'perf-gate', version: '0.1.0' },
    git: { commit: 'abcdef0123456789' },
    configHash: 'hash-1',
    machine: MACHINE,
    benchmarks,
    ...extra,
  };
}

/** The plain percentage rule, written out here so engine tests do not depend on the real policies. */
export const plainPolicy: ComparePolicy = {
  name: 'test-plain',
  baselineSource: 'newest',
  describe: () => 'test rule',
  decide: (cases: MetricCase[]): MetricDecision[] =>
    cases.map((c) => {
      const base = c.baseline.runs.at(-1)!;
      const change = c.direction === 'lower' ? (c.current.value - base) / base : (base - c.current.value) / base;
      const verdict = change > c.threshold ? 'regression' : change < -c.threshold ? 'improvement' : 'unchanged';
      return { verdict, baseline: base, change };
    }),
};
