import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliRejects, fixture, importError, load, named, roundTrip } from './helpers.ts';
import { byName, metric, only } from '../helpers/assert.ts';

const SAMPLE = 'criterion/target/criterion/fib/20/new/sample.json';

describe('Criterion.rs', () => {
  it('reads the bencher text format (peer action test data)', () => {
    const results = load('criterion', 'criterion/bencher-output.txt');
    expect(results.map((r) => r.name)).toEqual(['Create Realm', 'Symbols (Execution)', 'For loop (Execution)', 'Fibonacci (Execution)']);
    expect(named(results, 'Fibonacci (Execution)').metrics.mean).toEqual({ value: 1672496, unit: 'ns', direction: 'lower' });
    expect(metric(named(results, 'Create Realm'), 'throughput').value).toBeCloseTo(1e9 / 329, 6);
  });

  it('reads libtest `cargo bench` lines, which share the bencher format (thousands separators)', () => {
    const results = load('criterion', 'criterion/cargo-libtest-output.txt');
    expect(results.map((r) => [r.name, metric(r, 'mean').value])).toEqual([['bench_fib_10', 135], ['bench_fib_20', 18149]]);
  });

  it('reads sample.json: times / iters are the samples, named by benchmark.json full_id', () => {
    const fib = only(load('criterion', SAMPLE));
    expect(fib.name).toBe('fib/20');
    expect(fib.evidence).toBe('samples');
    expect(metric(fib, 'p50').n).toBe(100);
    // python3: type-7 quantiles of times[i] / iters[i].
    expect(metric(fib, 'p50').value).toBeCloseTo(25060.326018258427, 6);
    expect(metric(fib, 'p99').value).toBeCloseTo(26206.870441919193, 6);
    expect(metric(fib, 'mean').value).toBeCloseTo(25059.93529120049, 6);
  });

  it('reads estimates.json point estimates as aggregates', () => {
    const fib = only(load('criterion', 'criterion/target/criterion/fib/25/new/estimates.json'));
    const est = JSON.parse(readFileSync(fixture('criterion/target/criterion/fib/25/new/estimates.json'), 'utf8'));
    expect(fib.name).toBe('fib/25');
    expect(fib.evidence).toBe('aggregates');
    expect(metric(fib, 'mean').value).toBe(est.mean.point_estimate);
    expect(metric(fib, 'p50').value).toBe(est.median.point_estimate);
    expect(metric(fib, 'stddev').value).toBe(est.std_dev.point_estimate);
    expect(metric(fib, 'slope')).toMatchObject({ value: est.slope.point_estimate, unit: 'ns', direction: 'lower' });
  });

  it('rejects what is neither', () => {
    expect(importError('criterion', 'Benchmarking fib: Warming up\n', 'c.txt').message).toBe(
      'c.txt: not Criterion bencher output: no "test NAME ... bench: N ns/iter (+/- N)" lines and not JSON (found 1 line of other text)',
    );
    expect(importError('criterion', '{"group_id": "fib"}', 'benchmark.json').message).toBe(
      'benchmark.json: not Criterion sample.json or estimates.json: missing "mean.point_estimate" or "iters"/"times" (found an object with 1 key)',
    );
    expect(importError('criterion', '{"iters": [1, 2], "times": [5]}', 'sample.json').message).toMatch(/equal length/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = readFileSync(fixture('criterion/bencher-output.txt'), 'utf8').replace(/bench:(\s+)(\d+) ns\/iter/g, (_, s: string, v: string) => `bench:${s}${Math.round(Number(v) * 0.7)} ns/iter`);
    const run = await roundTrip('criterion', 'criterion/bencher-output.txt', faster);
    expect(run.compareCode).toBe(1);
    expect(metric(byName(run.report.benchmarks, 'For loop (Execution)'), 'throughput').verdict).toBe('regression');
  });

  it('exits 2 through the CLI on unrelated text', async () => {
    expect(await cliRejects('criterion', 'hello\n')).toMatch(/not Criterion bencher output/);
  });
});
