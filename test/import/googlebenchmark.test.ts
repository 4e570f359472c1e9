import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { metric } from '../helpers/assert.ts';

describe('Google Benchmark JSON', () => {
  it('reads repetitions as forks and ignores the aggregate rows (no double counting)', () => {
    const results = load('googlebenchmark', 'googlebenchmark/repetitions.json');
    expect(results.map((r) => r.name)).toEqual(['BM_Fib/10', 'BM_Fib/15', 'BM_StringCopy/64']);
    const fib = named(results, 'BM_Fib/10');
    // real_time of the three iteration rows (ns); the _mean/_median/_stddev/_cv rows are not samples.
    expect(metric(fib, 'mean').forks).toEqual([132.39925466732524, 126.90466699387805, 128.75444815104592]);
    // The median of the repetitions: equals the tool's own BM_Fib/10_median row (128.75444815104595).
    expect(metric(fib, 'mean').value).toBeCloseTo(128.75444815104595, 9);
    expect(metric(fib, 'mean').n).toBe(3);
    expect(fib.evidence).toBe('aggregates');
    expect(fib.metrics.cpu_time).toMatchObject({ unit: 'ns', direction: 'lower' });
    expect(metric(fib, 'throughput').value).toBeCloseTo(1e9 / 128.75444815104592, 3);
    const copy = named(results, 'BM_StringCopy/64');
    // time_unit "us" → ns; counters: bytes_per_second (B/s) and items_per_second are rates, higher is better.
    expect(metric(copy, 'mean').value).toBeGreaterThan(10);
    expect(metric(copy, 'mean').value).toBeLessThan(40);
    expect(copy.metrics.bytes_per_second).toMatchObject({ unit: 'B/s', direction: 'higher' });
    expect(copy.metrics.items_per_second).toMatchObject({ unit: 'items/s', direction: 'higher' });
    // A user counter has no unit in the JSON: kept under its own name, lower-is-better unless configured.
    expect(copy.metrics.copies).toMatchObject({ value: 1, unit: '', direction: 'lower' });
  });

  it('uses the median and stddev aggregates when only aggregates were reported', () => {
    const results = load('googlebenchmark', 'googlebenchmark/aggregates-only.json');
    const fib = named(results, 'BM_Fib/15');
    expect(metric(fib, 'mean').value).toBeCloseTo(809.7095580275392, 9);
    expect(metric(fib, 'stddev').value).toBeCloseTo(3.6732635873942807, 9);
    expect(metric(fib, 'mean').n).toBe(3);
    expect(metric(fib, 'mean').forks).toBeUndefined();
  });

  it('reads a single run without repetitions', () => {
    const fib = named(load('googlebenchmark', 'googlebenchmark/plain.json'), 'BM_Fib/10');
    expect(metric(fib, 'mean').value).toBeCloseTo(69.22345338092865, 9);
    expect(metric(fib, 'mean').forks).toBeUndefined();
  });

  it('rejects JSON of another shape', () => {
    expect(importError('googlebenchmark', '{"context": {}, "results": []}', 'gb.json').message).toBe(
      'gb.json: not Google Benchmark JSON output: missing "benchmarks" array (found an object with 2 keys)',
    );
    expect(importError('googlebenchmark', '{"benchmarks": [{"name": "x"}]}', 'gb.json').message).toMatch(/has no "real_time" number/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = scaledJsonText('googlebenchmark/repetitions.json', ['real_time', 'cpu_time'], 0.7);
    const run = await roundTrip('googlebenchmark', 'googlebenchmark/repetitions.json', faster);
    expect(run.compareCode).toBe(1);
    expect(run.report.benchmarks.find((b) => b.name === 'BM_Fib/15')?.verdict).toBe('regression');
  });

  it('exits 2 through the CLI on non-JSON', async () => {
    expect(await cliRejects('googlebenchmark', 'BM_Fib/10   70 ns   70 ns   197501\n')).toMatch(/not JSON \(found 1 line of other text\)/);
  });
});
