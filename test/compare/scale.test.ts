// A suite of 150,000 benchmarks is compared in linear time, without spreading big arrays into calls.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { percentagePolicy } from '../../src/compare/policies/index.ts';
import type { BenchmarkResult } from '../../src/core/types.ts';
import { results } from '../helpers/results.ts';
import { at, metric } from '../helpers/assert.ts';

// Enough that a search per pair (the old engine) takes minutes, and past the ~120k arguments a spread
// into a call can take.
const N = 150_000;
const suite = (p50: number): BenchmarkResult[] =>
  Array.from({ length: N }, (_, i) => ({ name: `b${i}`, kind: 'command', status: 'ok', metrics: { p50: { value: p50, unit: 'ns', direction: 'lower' } } }));

describe('a very large suite', () => {
  it(`compares ${N} benchmarks, one regression among them found`, () => {
    const current = suite(100);
    current[N - 1] = { ...at(current, N - 1), metrics: { p50: { value: 150, unit: 'ns', direction: 'lower' } } };
    const settings = { ...defaultSettings(percentagePolicy()), metrics: ['p50'], benchmarks: [{ name: 'b7', threshold: 0.5 }] };
    const report = compare(newHistory([results(suite(100))]), results(current), settings);
    expect(report.benchmarks).toHaveLength(N);
    expect(report.counts.regression).toBe(1);
    expect(at(report.benchmarks, N - 1).verdict).toBe('regression');
    expect(metric(at(report.benchmarks, 7), 'p50').threshold).toBe(0.5);
  }, 45_000);
});
