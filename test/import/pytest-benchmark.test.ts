import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { byName, metric } from '../helpers/assert.ts';

describe('pytest-benchmark JSON', () => {
  it('uses the raw per-round data as samples', () => {
    const results = load('pytest-benchmark', 'pytest-benchmark/benchmark.json');
    expect(results.map((r) => r.name)).toEqual(['test_fib_10', 'test_sort_small']);
    const fib = named(results, 'test_fib_10');
    expect(fib.evidence).toBe('samples');
    expect(metric(fib, 'p50').n).toBe(300);
    // python3: type-7 quantiles of stats.data × 1e9.
    expect(metric(fib, 'p50').value).toBeCloseTo(6298.998414422385, 6);
    expect(metric(fib, 'p99').value).toBeCloseTo(6660.600502073065, 6);
    expect(metric(fib, 'p99').supported).toBe(false);
    expect(metric(named(results, 'test_sort_small'), 'p50').value).toBeCloseTo(908.3500117412768, 6);
  });

  it('falls back to the stats of a file saved without --benchmark-save-data', () => {
    const fib = named(load('pytest-benchmark', 'pytest-benchmark/saved-no-data.json'), 'test_fib_10');
    expect(fib.evidence).toBe('aggregates');
    expect(fib.samples).toBeUndefined();
    expect(metric(fib, 'p50').value).toBeCloseTo(6.419499186449684e-6 * 1e9, 6);
    expect(metric(fib, 'mean').n).toBe(112);
    expect(fib.metrics.throughput).toMatchObject({ unit: 'ops/s', direction: 'higher' });
    expect(fib.metrics.p99).toBeUndefined();
  });

  it('rejects other JSON', () => {
    expect(importError('pytest-benchmark', '[1, 2]', 'bench.json').message).toBe(
      'bench.json: not pytest-benchmark JSON: missing "benchmarks" array (found an array of 2)',
    );
    expect(importError('pytest-benchmark', '{"benchmarks": [{"name": "t", "stats": {}}]}', 'bench.json').message).toMatch(
      /neither "stats.data" nor "stats.mean"/,
    );
  });

  it('gates a slowdown end to end', async () => {
    const faster = scaledJsonText('pytest-benchmark/benchmark.json', ['data', 'min', 'max', 'mean', 'median', 'stddev'], 0.7);
    const run = await roundTrip('pytest-benchmark', 'pytest-benchmark/benchmark.json', faster);
    expect(run.compareCode).toBe(1);
    expect(metric(byName(run.report.benchmarks, 'test_fib_10'), 'p50').verdict).toBe('regression');
  });

  it('exits 2 through the CLI on an empty file', async () => {
    expect(await cliRejects('pytest-benchmark', '')).toMatch(/not JSON \(found an empty file\)/);
  });
});
