import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliRejects, fixture, importError, load, named, roundTrip } from './helpers.ts';
import { byName, metric } from '../helpers/assert.ts';

describe('Catch2', () => {
  it('reads the v2 XML reporter: mean and standard deviation in ns, samples as n', () => {
    const results = load('catch2', 'catch2/catch2-v2.xml');
    expect(results.map((r) => r.name)).toEqual(['Fibonacci 10', 'Fibonacci 20', 'concat <small>']);
    const fib = named(results, 'Fibonacci 20');
    expect(fib.evidence).toBe('aggregates');
    expect(fib.metrics.mean).toEqual({ value: 41731, unit: 'ns', direction: 'lower', n: 100 });
    expect(metric(fib, 'stddev').value).toBe(3256);
    expect(metric(fib, 'throughput').value).toBeCloseTo(1e9 / 41731, 6);
  });

  it('reads real Catch2 2.13 XML and console output of the same program', () => {
    const xml = load('catch2', 'catch2/catch2-real-v2.xml');
    expect(xml.map((r) => r.name)).toEqual(['Fibonacci 10', 'Fibonacci 15', 'concat <small>']);
    expect(named(xml, 'Fibonacci 15').metrics.mean).toEqual({ value: 809.968, unit: 'ns', direction: 'lower', n: 50 });
    expect(metric(named(xml, 'concat <small>'), 'stddev').value).toBe(205.867);
    const text = load('catch2', 'catch2/console-real-v2.txt');
    expect(text.map((r) => r.name)).toEqual(['Fibonacci 10', 'Fibonacci 15', 'concat <small>']);
    expect(metric(named(text, 'Fibonacci 15'), 'mean').value).toBeCloseTo(1258.51, 6); // "1.25851 us"
  });

  it('reads the v3 XML reporter and reports a failed benchmark as an error', () => {
    const results = load('catch2', 'catch2/catch2-v3.xml');
    expect(metric(named(results, 'Fibonacci 10'), 'mean').value).toBe(344);
    expect(named(results, 'Fibonacci throws')).toMatchObject({ status: 'error', error: 'Catch2 benchmark failed: std::runtime_error: boom' });
  });

  it('reads the console reporter of v2 and v3 (peer action test data), same numbers as the XML', () => {
    for (const file of ['catch2/console-v2.txt', 'catch2/console-v3.txt']) {
      const results = load('catch2', file);
      expect(results.map((r) => r.name)).toEqual(['Fibonacci 10', 'Fibonacci 20', 'Fibonacci~ 5!', 'Fibonacci-15_bench']);
      expect(metric(named(results, 'Fibonacci 20'), 'mean').value).toBeCloseTo(41731, 6); // 41.731 us
      expect(metric(named(results, 'Fibonacci 20'), 'stddev').value).toBeCloseTo(3256, 6);
      expect(metric(named(results, 'Fibonacci-15_bench'), 'mean').n).toBe(100);
    }
  });

  it('rejects other XML and other text', () => {
    expect(importError('catch2', '<?xml version="1.0"?>\n<testsuites/>', 'junit.xml').message).toBe(
      'junit.xml: not Catch2 XML reporter output: no <Catch> or <Catch2TestRun> root element (found XML or HTML)',
    );
    expect(importError('catch2', '<Catch name="x"><TestCase name="t"/></Catch>', 'c.xml').message).toMatch(/no <BenchmarkResults> elements/);
    expect(importError('catch2', 'All tests passed (3 assertions in 1 test case)\n', 'c.txt').message).toMatch(/^c\.txt: not Catch2 console benchmark output/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = readFileSync(fixture('catch2/catch2-v2.xml'), 'utf8').replace(/<mean value="([\d.]+)"/g, (_, v: string) => `<mean value="${Number(v) * 0.7}"`);
    const run = await roundTrip('catch2', 'catch2/catch2-v2.xml', faster);
    expect(run.compareCode).toBe(1);
    expect(metric(byName(run.report.benchmarks, 'Fibonacci 10'), 'throughput').verdict).toBe('regression');
  });

  it('exits 2 through the CLI on JSON', async () => {
    expect(await cliRejects('catch2', '{"benchmarks": []}')).toMatch(/not Catch2 console benchmark output/);
  });
});
