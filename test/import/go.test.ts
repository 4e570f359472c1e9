import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/import/index.ts';
import { cliRejects, fixture, importError, load, named, roundTrip, tempDir } from './helpers.ts';
import { at, byName, metric } from '../helpers/assert.ts';

describe('go test -bench text', () => {
  it('reads -count repetitions as forks and -benchmem / ReportMetric units as metrics', () => {
    const results = load('go', 'go/go-bench.txt');
    // The -2 GOMAXPROCS suffix and the Benchmark prefix are dropped: names stay stable across runners.
    expect(results.map((r) => r.name)).toEqual(['Fib10', 'Join', 'Parse/size=8', 'Parse/size=64']);
    const fib = named(results, 'Fib10');
    expect(fib.evidence).toBe('aggregates');
    // ns/op of the three -count lines: 304.3, 246.4, 252.6 → median 252.6.
    expect(fib.metrics.mean).toMatchObject({ value: 252.6, unit: 'ns', direction: 'lower', forks: [304.3, 246.4, 252.6], n: 3 });
    expect(metric(fib, 'throughput').value).toBeCloseTo(1e9 / 252.6, 6);
    expect(metric(fib, 'throughput').forks?.[0]).toBeCloseTo(1e9 / 304.3, 6);
    expect(fib.metrics.bytes_per_op).toMatchObject({ value: 0, unit: 'B', direction: 'lower' });
    expect(fib.metrics.allocs_per_op).toMatchObject({ value: 0, direction: 'lower' });
    const parse = named(results, 'Parse/size=64');
    expect(metric(parse, 'mean').value).toBe(627.1);
    expect(metric(parse, 'bytes_per_op').value).toBe(1152);
    // MB/s (10^6 bytes per second) → B/s, higher is better.
    expect(parse.metrics.bytes_per_second).toMatchObject({ value: 306.16e6, unit: 'B/s', direction: 'higher' });
    expect(metric(parse, 'bytes_per_second').forks).toEqual([306.16e6, 282.69e6, 326.02e6]);
    // A b.ReportMetric unit: named after the unit, a quantity per op is a cost.
    expect(parse.metrics.fields_per_op).toMatchObject({ value: 65, unit: 'fields/op', direction: 'lower' });
  });

  it('keeps a suffix that not all names share, and prefixes the package when there are several', () => {
    const text = [
      'pkg: example.com/a',
      'BenchmarkX-4   100  10 ns/op',
      'BenchmarkY/n-1 100  20 ns/op',
      'pkg: example.com/b',
      'BenchmarkX-4   100  30 ns/op',
      '',
    ].join('\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'multi.txt'), text);
    const results = importFile('go', join(dir, 'multi.txt'));
    expect(results.map((r) => r.name)).toEqual(['example.com/a/X-4', 'example.com/a/Y/n-1', 'example.com/b/X-4']);
    expect(metric(at(results, 2), 'mean').value).toBe(30);
  });

  it('reads `go test -json` events, joining result lines split over several events', () => {
    const results = load('go', 'go/go-bench-json.txt');
    expect(results.map((r) => r.name)).toEqual(['Fib10', 'Join', 'Parse/size=8', 'Parse/size=64']);
    // Fib10's second repetition is split: "BenchmarkFib10-2   \t" + "   20000\t       260.9 ns/op…".
    expect(metric(named(results, 'Fib10'), 'mean').forks).toEqual([304.3, 260.9]);
  });

  it('rejects text without benchmark lines', () => {
    expect(importError('go', 'PASS\nok  \texample.com/fib\t0.075s\n', 'bench.txt').message).toBe(
      'bench.txt: not go test -bench output: no "BenchmarkName  N  value ns/op" lines (found 2 lines of other text)',
    );
  });

  it('gates a slowdown end to end', async () => {
    const faster = readFileSync(fixture('go/go-bench.txt'), 'utf8').replace(/([\d.]+) ns\/op/g, (_, v: string) => `${(Number(v) * 0.7).toFixed(2)} ns/op`);
    const run = await roundTrip('go', 'go/go-bench.txt', faster);
    expect(run.compareCode).toBe(1);
    expect(run.report.verdict).toBe('regression');
    const join = byName(run.report.benchmarks, 'Join');
    // Throughput fell by 30%: higher is better, so that is a regression.
    expect(metric(join, 'throughput').change).toBeCloseTo(-0.3, 2);
    expect(metric(join, 'throughput')).toMatchObject({ direction: 'higher', verdict: 'regression' });
  });

  it('exits 2 through the CLI on JSON', async () => {
    expect(await cliRejects('go', '{"benchmarks": []}')).toMatch(/not go test -bench output/);
  });
});
