// Synthetic documents for the Action's unit tests.
import type { Config } from '../../src/config/types.ts';
import { RESULTS_KIND, SCHEMA_VERSION, type ResultsDocument } from '../../src/core/types.ts';

export const machine = { node: 'v24.0.0', os: 'linux', arch: 'x64', cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 2 ** 30, runner: 'test' };

/** A results document with one benchmark per entry of `p50s` (name → p50 in ns). */
export function results(commit: string, p50: number | Record<string, number>): ResultsDocument {
  const values = typeof p50 === 'number' ? { parse: p50 } : p50;
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    createdAt: '2026-11-25T10:00:00.000Z',
    tool: { name: 'perf-gate', version: '0.1.0' },
    git: { commit },
    configHash: 'f'.repeat(64),
    machine,
    benchmarks: Object.entries(values).map(([name, v]) => ({
      name,
      kind: 'file' as const,
      status: 'ok' as const,
      metrics: {
        p50: { value: v, unit: 'ns', direction: 'lower' as const },
        throughput: { value: 1e9 / v, unit: 'ops/s', direction: 'higher' as const },
      },
    })),
  };
}

export function config(): Config {
  return {
    path: '/w/perf-gate.yml',
    dir: '/w',
    threshold: 0.1,
    metricThresholds: {},
    ab: { pairs: 6, setupTimeout: 600_000 },
    metrics: ['p50'],
    policy: { name: 'percentage', confidence: 0.95, failOnInconclusive: false, shownFraction: 0.5 },
    budget: 0,
    benchmarks: [],
    hash: 'f'.repeat(64),
  };
}
