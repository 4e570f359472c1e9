import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliRejects, fixture, importError, load, named, roundTrip } from './helpers.ts';
import { at, byName, metric } from '../helpers/assert.ts';

describe('benchmark.js console output', () => {
  it('reads ops/sec as throughput (higher is better) with the sampled run count', () => {
    const results = load('benchmarkjs', 'benchmarkjs/benchmarkjs-output.txt');
    expect(results.map((r) => r.name)).toEqual(['fib(10)', 'fib(18)', 'RegExp#test']);
    const fib = named(results, 'fib(18)');
    expect(fib.metrics.throughput).toEqual({ value: 39204, unit: 'ops/s', direction: 'higher', n: 8 });
    expect(Object.keys(fib.metrics)).toEqual(['throughput']);
    expect(fib.evidence).toBe('aggregates');
  });

  it('reads the peer action test data (names with spaces, decimals, other lines ignored)', () => {
    const results = load('benchmarkjs', 'benchmarkjs/peer-output.txt');
    expect(results.map((r) => r.name)).toEqual(['fib(10)', 'fib(20)', 'createObjectBuffer with 200 comments']);
    expect(metric(at(results, 0), 'throughput').value).toBe(1431759);
    expect(metric(at(results, 2), 'throughput')).toMatchObject({ value: 81.61, n: 69 });
  });

  it('rejects output without cycle lines', () => {
    expect(importError('benchmarkjs', 'Fastest is fib(10)\n', 'bench.txt').message).toBe(
      'bench.txt: not benchmark.js console output: no "NAME x N ops/sec ±X% (N runs sampled)" lines (found 1 line of other text)',
    );
  });

  it('gates a throughput drop end to end (the direction comes from the unit)', async () => {
    const faster = readFileSync(fixture('benchmarkjs/benchmarkjs-output.txt'), 'utf8').replace(/x ([\d,]+) ops\/sec/g, (_, v: string) => `x ${Math.round(Number(v.replace(/,/g, '')) * 1.4)} ops/sec`);
    const run = await roundTrip('benchmarkjs', 'benchmarkjs/benchmarkjs-output.txt', faster);
    expect(run.compareCode).toBe(1);
    const fib = byName(run.report.benchmarks, 'fib(18)');
    expect(metric(fib, 'throughput')).toMatchObject({ direction: 'higher', verdict: 'regression' });
    expect(metric(fib, 'throughput').change).toBeCloseTo(1 / 1.4 - 1, 4);
  });

  it('exits 2 through the CLI on JSON', async () => {
    expect(await cliRejects('benchmarkjs', '{"benchmarks": []}')).toMatch(/not benchmark.js console output/);
  });
});
