import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { metric } from '../helpers/assert.ts';

describe('vitest benchmark JSON', () => {
  it('reads `vitest bench --outputJson` (vitest 1-4) aggregates', () => {
    const results = load('vitest', 'vitest/vitest-bench.json');
    expect(results.map((r) => r.name)).toEqual(['fib.bench.ts > sort 2000', 'fib.bench.ts > fib > fib(18)', 'fib.bench.ts > fib > fib(20)']);
    const fib = named(results, 'fib.bench.ts > fib > fib(18)');
    expect(fib.evidence).toBe('aggregates');
    expect(metric(fib, 'p50').value).toBeCloseTo(24976.99999997849, 4); // median ms × 1e6
    expect(metric(fib, 'p99').value).toBeCloseTo(39768.999999978405, 4);
    expect(metric(fib, 'mean').value).toBeCloseTo(25501.48407643435, 4);
    expect(metric(fib, 'p50').n).toBe(785);
    expect(metric(fib, 'p99').supported).toBe(false);
    expect(metric(fib, 'stddev').unit).toBe('ns');
  });

  it('reads the vitest 5 JSON reporter, with raw samples when retainSamples is on', () => {
    const results = load('vitest', 'vitest/vitest5-json-reporter.json');
    expect(results.map((r) => r.name)).toEqual(['fib.bench.ts > fib > fib(18)', 'fib.bench.ts > fib > fib(20)', 'fib.bench.ts > sort > sort 2000']);
    const fib = named(results, 'fib.bench.ts > fib > fib(18)');
    expect(fib.evidence).toBe('samples');
    expect(metric(fib, 'p50').n).toBe(783);
    // python3: type-7 quantiles of latency.samples × 1e6.
    expect(metric(fib, 'p50').value).toBeCloseTo(24927.99999993167, 4);
    expect(metric(fib, 'p99').value).toBeCloseTo(38584.59999996965, 4);
    expect(fib.samples?.perFork[0]).toHaveLength(256);
  });

  it('rejects other JSON', () => {
    expect(importError('vitest', '{"numTotalTests": 0}', 'v.json').message).toBe(
      'v.json: not vitest benchmark JSON (bench --outputJson, or the vitest 5 json reporter): missing "files" array (found an object with 1 key)',
    );
    expect(importError('vitest', '{"testResults": []}', 'v.json').message).toMatch(/holds no benchmarks/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = scaledJsonText('vitest/vitest5-json-reporter.json', ['latency'], 0.7);
    const run = await roundTrip('vitest', 'vitest/vitest5-json-reporter.json', faster);
    expect(run.compareCode).toBe(1);
    expect(run.report.benchmarks.find((b) => b.name === 'fib.bench.ts > fib > fib(20)')?.verdict).toBe('regression');
  });

  it('exits 2 through the CLI on text', async () => {
    expect(await cliRejects('vitest', ' ✓ fib.bench.ts 376ms\n')).toMatch(/not vitest benchmark JSON/);
  });
});
