import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { metric } from '../helpers/assert.ts';

describe('BenchmarkDotNet JSON export', () => {
  it('uses the Workload Result measurements, one fork per launch', () => {
    const results = load('benchmarkdotnet', 'benchmarkdotnet/full.json');
    expect(results.map((r) => r.name)).toEqual(['Sample.Benchmarks.Fib10', 'Sample.Benchmarks.Concat']);
    const fib = named(results, 'Sample.Benchmarks.Fib10');
    expect(fib.evidence).toBe('samples');
    expect(fib.forkStats).toHaveLength(2);
    expect(metric(fib, 'p50').n).toBe(30);
    // python3: per launch, type-7 median of Nanoseconds / Operations; the value is the median of the two.
    expect(metric(fib, 'p50').forks?.[0]).toBeCloseTo(24.460732221603394, 9);
    expect(metric(fib, 'p50').forks?.[1]).toBeCloseTo(24.964019298553467, 9);
    expect(metric(fib, 'p50').value).toBeCloseTo(24.71237576007843, 9);
    expect(named(results, 'Sample.Benchmarks.Concat').metrics.bytes_per_op).toMatchObject({ value: 56, unit: 'B', direction: 'lower' });
  });

  it('falls back to Statistics.OriginalValues (peer action test data, no Result measurements)', () => {
    const results = load('benchmarkdotnet', 'benchmarkdotnet/peer-brief-measurements.json');
    const fib = named(results, 'Sample.Benchmarks.Fib10');
    expect(metric(fib, 'p50').n).toBe(14);
    // The tool's own Statistics.Median and Mean of the same values.
    expect(metric(fib, 'p50').value).toBeCloseTo(24.419498533010483, 9);
    expect(metric(fib, 'mean').value).toBeCloseTo(24.4202085009643, 9);
  });

  it('rejects other JSON', () => {
    expect(importError('benchmarkdotnet', '{"Title": "x", "Reports": []}', 'report.json').message).toBe(
      'report.json: not BenchmarkDotNet JSON export: missing "Benchmarks" array (found an object with 2 keys)',
    );
    expect(importError('benchmarkdotnet', '{"Benchmarks": [{"FullName": "A.B"}]}', 'report.json').message).toMatch(/no Workload Result measurements and no "Statistics"/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = scaledJsonText('benchmarkdotnet/full.json', ['Nanoseconds', 'OriginalValues'], 0.7);
    const run = await roundTrip('benchmarkdotnet', 'benchmarkdotnet/full.json', faster);
    expect(run.compareCode).toBe(1);
    expect(run.report.benchmarks.find((b) => b.name === 'Sample.Benchmarks.Concat')?.verdict).toBe('regression');
  });

  it('exits 2 through the CLI on a markdown report', async () => {
    expect(await cliRejects('benchmarkdotnet', '| Method | Mean |\n|------- |-----:|\n')).toMatch(/not JSON \(found 2 lines of other text\)/);
  });
});
