import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { metric } from '../helpers/assert.ts';

describe('tinybench results JSON', () => {
  it('reads task results with retained samples (tinybench 6)', () => {
    const results = load('tinybench', 'tinybench/tinybench-tasks.json');
    expect(results.map((r) => r.name)).toEqual(['fib(18)', 'sort 2000']);
    const fib = named(results, 'fib(18)');
    expect(fib.evidence).toBe('samples');
    expect(metric(fib, 'p50').n).toBe(756);
    // python3: type-7 quantiles of result.latency.samples × 1e6.
    expect(metric(fib, 'p50').value).toBeCloseTo(26059.00000003203, 4);
    expect(metric(fib, 'p99').value).toBeCloseTo(42231.79999996787, 4);
  });

  it('reads the bench.table() of tinybench 6 (latency columns in ns, values with ± margins)', () => {
    const results = load('tinybench', 'tinybench/tinybench-table.json');
    const fib = named(results, 'fib(18)');
    expect(fib.evidence).toBe('aggregates');
    expect(metric(fib, 'mean').value).toBe(26451);
    expect(metric(fib, 'p50').value).toBe(26059);
    expect(metric(fib, 'p50').n).toBe(757);
    expect(metric(fib, 'throughput').value).toBeCloseTo(1e9 / 26451, 6);
    expect(fib.metrics.p99).toBeUndefined();
  });

  it('reads the bench.table() of tinybench 2 ("Average Time (ns)", "ops/sec")', () => {
    const sort = named(load('tinybench', 'tinybench/tinybench2-table.json'), 'sort 2000');
    expect(metric(sort, 'mean').value).toBeCloseTo(292797.6811594203, 6);
    expect(metric(sort, 'mean').n).toBe(69);
  });

  it('rejects JSON that is neither a table nor task results', () => {
    expect(importError('tinybench', '{"name": "x"}', 't.json').message).toBe(
      't.json: not tinybench results JSON (bench.table() or task results): expected a non-empty array of table rows or tasks (found an object with 1 key)',
    );
    expect(importError('tinybench', '[{"foo": 1}]', 't.json').message).toMatch(/element 0 is neither a table row/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = scaledJsonText('tinybench/tinybench-tasks.json', ['latency'], 0.7);
    const run = await roundTrip('tinybench', 'tinybench/tinybench-tasks.json', faster);
    expect(run.compareCode).toBe(1);
    expect(run.report.benchmarks.find((b) => b.name === 'fib(18)')?.verdict).toBe('regression');
  });

  it('exits 2 through the CLI on a console table', async () => {
    expect(await cliRejects('tinybench', '┌─────────┬───────────┐\n')).toMatch(/not tinybench results JSON/);
  });
});
