import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { at, byName, metric } from '../helpers/assert.ts';

describe('hyperfine --export-json', () => {
  it('turns every run time into a latency sample', () => {
    const results = load('hyperfine', 'hyperfine/hyperfine.json');
    expect(results.map((r) => r.name)).toEqual(['sleep 0.001', 'true']);
    const sleep = named(results, 'sleep 0.001');
    expect(sleep.kind).toBe('import');
    expect(sleep.status).toBe('ok');
    expect(sleep.evidence).toBe('samples');
    expect(sleep.source?.format).toBe('hyperfine');
    expect(sleep.source?.file).toMatch(/hyperfine\.json$/);
    // Reference values: python3, type-7 quantiles of results[0].times × 1e9 (see README.md).
    expect(metric(sleep, 'p50').value).toBeCloseTo(2275452.0, 3);
    expect(metric(sleep, 'p99').value).toBeCloseTo(2724578.43, 2);
    expect(metric(sleep, 'mean').value).toBeCloseTo(2289529.2333, 2);
    expect(metric(sleep, 'p50').unit).toBe('ns');
    expect(metric(sleep, 'p50').n).toBe(30);
    expect(metric(sleep, 'p50').supported).toBe(true);
    expect(metric(sleep, 'p99').supported).toBe(false); // 30 runs cannot support a p99
    expect(sleep.metrics.throughput).toMatchObject({ unit: 'ops/s', direction: 'higher' });
    expect(metric(sleep, 'throughput').value).toBeCloseTo(1e9 / 2289529.2333, 3);
    expect(sleep.samples?.perFork[0]).toHaveLength(30);
    expect(sleep.metrics.user_time).toMatchObject({ unit: 'ns', direction: 'lower' });
    expect(metric(named(results, 'true'), 'p50').value).toBeCloseTo(861782.5, 3);
  });

  it('rejects other JSON and non-JSON in one line naming what was found', () => {
    expect(importError('hyperfine', '{"foo": 1, "bar": []}', 'results.json').message).toBe(
      'results.json: not hyperfine --export-json output: missing "results" array (found an object with 2 keys)',
    );
    expect(importError('hyperfine', 'Benchmark 1: sleep 1\n  Time (mean ± σ)', 'out.txt').message).toBe(
      'out.txt: not hyperfine --export-json output: not JSON (found 2 lines of other text)',
    );
    expect(importError('hyperfine', '{"results":[{"command":"x"}]}', 'r.json').message).toMatch(/no "times" array/);
  });

  it('gates a slowdown end to end: import, import, compare', async () => {
    const run = await roundTrip('hyperfine', 'hyperfine/hyperfine.json', scaledJsonText('hyperfine/hyperfine.json', ['times', 'mean', 'median', 'min', 'max'], 0.7));
    expect(run.compareCode).toBe(1);
    expect(run.report.verdict).toBe('regression');
    const sleep = byName(run.report.benchmarks, 'sleep 0.001');
    expect(sleep.verdict).toBe('regression');
    expect(metric(sleep, 'p50').change).toBeCloseTo(1 / 0.7 - 1, 6);
    expect(at(run.current.benchmarks, 0).source?.format).toBe('hyperfine');
  });

  it('exits 2 with one line through the CLI on a file of another format', async () => {
    const line = await cliRejects('hyperfine', 'fib(10) x 1,431,759 ops/sec ±0.74% (93 runs sampled)\n');
    expect(line).toMatch(/not hyperfine --export-json output: not JSON/);
  });
});
