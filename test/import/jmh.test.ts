import { describe, expect, it } from 'vitest';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText } from './helpers.ts';
import { at, metric, only } from '../helpers/assert.ts';

describe('JMH JSON (-rf json)', () => {
  it('reads a throughput-mode score as throughput, higher is better (peer action test data)', () => {
    const b = only(load('jmh', 'jmh/thrpt.json'));
    expect(b.name).toBe('org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere');
    expect(metric(b, 'throughput')).toEqual({ value: 3.3762388731228185e9, unit: 'ops/s', direction: 'higher', n: 3 });
    expect(b.metrics.mean).toBeUndefined();
    expect(b.evidence).toBe('aggregates');
  });

  it('names parameterised benchmarks with their params', () => {
    const b = only(load('jmh', 'jmh/thrpt-params.json'));
    expect(b.name).toBe('org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere (paramA=17, paramB=33)');
  });

  it('reads avgt (time/op → ns, forks), sample (score percentiles) and ss (raw samples) modes', () => {
    const results = load('jmh', 'jmh/modes.json');
    const avgt = named(results, 'org.example.ParseBench.parse (size=64)');
    // python3: score (us/op) × 1e3 and per-fork means of rawData.
    expect(metric(avgt, 'mean').value).toBeCloseTo(12546.53, 6);
    expect(metric(avgt, 'mean').forks?.map((f) => Math.round(f * 100) / 100)).toEqual([12392.74, 12700.32]);
    expect(metric(avgt, 'throughput').direction).toBe('higher');
    expect(avgt.metrics['gc.alloc.rate.norm']).toMatchObject({ value: 11152, unit: 'B', direction: 'lower' });
    expect(avgt.metrics['gc.alloc.rate']).toMatchObject({ value: 850.5e6, unit: 'B/s', direction: 'higher' });

    const sample = named(results, 'org.example.ParseBench.lookup');
    expect(metric(sample, 'p50').value).toBeCloseTo(1300, 9);
    expect(metric(sample, 'p99').value).toBeCloseTo(5000, 9);
    expect(metric(sample, 'p999').value).toBeCloseTo(20000, 9);
    expect(metric(sample, 'p50').n).toBe(2000); // counts of rawDataHistogram
    expect(metric(sample, 'p99').supported).toBe(true);
    expect(metric(sample, 'p999').supported).toBe(false);

    const ss = named(results, 'org.example.ParseBench.coldStart');
    expect(ss.evidence).toBe('samples');
    expect(metric(ss, 'p50').forks).toEqual([205e6, 201.1e6]);
    expect(metric(ss, 'p50').value).toBeCloseTo(203.05e6, 3);
  });

  it('rejects other JSON', () => {
    expect(importError('jmh', '{"benchmark": "x"}', 'jmh.json').message).toBe(
      'jmh.json: not JMH JSON result (-rf json): expected an array of benchmark results (found an object with 1 key)',
    );
    expect(importError('jmh', '[{"benchmark": "x", "mode": "thrpt"}]', 'jmh.json').message).toBe(
      'jmh.json: not JMH JSON result (-rf json): element 0 has no "benchmark" and "primaryMetric" (found an object with 2 keys)',
    );
  });

  it('gates a throughput drop end to end', async () => {
    const better = scaledJsonText('jmh/thrpt.json', ['primaryMetric'], 1.4);
    const run = await roundTrip('jmh', 'jmh/thrpt.json', better);
    expect(run.compareCode).toBe(1);
    const b = at(run.report.benchmarks, 0);
    expect(metric(b, 'throughput')).toMatchObject({ direction: 'higher', verdict: 'regression' });
  });

  it('exits 2 through the CLI on text output', async () => {
    expect(await cliRejects('jmh', 'Benchmark  Mode  Cnt  Score\n')).toMatch(/not JMH JSON result/);
  });
});
