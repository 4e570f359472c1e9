import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/index.ts';
import { cliRejects, importError, load, named, roundTrip, scaledJsonText, tempDir } from './helpers.ts';
import { byName, metric, only } from '../helpers/assert.ts';

describe('custom JSON', () => {
  it('reads latency samples, single values, rates, repetitions and extra metrics', () => {
    const results = load('custom', 'custom/custom.json');
    expect(results.map((r) => r.name)).toEqual(['parse', 'startup', 'server', 'bundle', 'render']);

    const parse = named(results, 'parse');
    expect(parse.evidence).toBe('samples');
    // python3: type-7 quantiles of the samples × 1e3 (us → ns).
    expect(metric(parse, 'p50').value).toBeCloseTo(12150, 6);
    expect(metric(parse, 'p99').value).toBeCloseTo(14774, 6);
    expect(metric(parse, 'mean').value).toBeCloseTo(12540, 6);
    expect(metric(parse, 'p50').n).toBe(10);

    const startup = named(results, 'startup');
    expect(startup.evidence).toBe('aggregates');
    expect(startup.metrics.mean).toEqual({ value: 35.2e6, unit: 'ns', direction: 'lower' });
    expect(metric(startup, 'throughput').value).toBeCloseTo(1e9 / 35.2e6, 9);

    const server = named(results, 'server');
    // Samples of a non-time unit are repetitions: the median, each kept in forks.
    expect(server.metrics.throughput).toEqual({ value: 5120, unit: 'req/s', direction: 'higher', forks: [5120, 4980, 5210], n: 3 });
    expect(server.metrics.p99).toEqual({ value: 12.5e6, unit: 'ns', direction: 'lower' });
    expect(server.metrics.errors).toMatchObject({ value: 0, unit: 'count', direction: 'lower' });

    const bundle = named(results, 'bundle');
    expect(bundle.metrics.size).toEqual({ value: 142 * 1024, unit: 'B', direction: 'lower' });
    expect(metric(bundle, 'gzip_size').value).toBe(41.5 * 1024);
    expect(bundle.metrics.compression).toMatchObject({ value: 0.29, direction: 'higher' });

    expect(named(results, 'render').metrics.throughput).toEqual({ value: 2500, unit: 'ops/s', direction: 'higher' });
  });

  it('rejects malformed entries with the entry and the key', () => {
    const e = (doc: unknown) => importError('custom', JSON.stringify(doc), 'perf.json').message;
    expect(e({ results: [] })).toBe('perf.json: not perf-gate custom benchmark JSON: missing "benchmarks" array (found an object with 1 key)');
    expect(e({ benchmarks: [{ unit: 'ns', value: 1 }] })).toBe('perf.json: not perf-gate custom benchmark JSON: benchmarks[0]: missing "name" string');
    expect(e({ benchmarks: [{ name: 'a', value: 1 }] })).toMatch(/benchmarks\[0\] \("a"\): missing "unit" string/);
    expect(e({ benchmarks: [{ name: 'a', unit: 'ms', value: 1, samples: [1] }] })).toMatch(/"a"/);
    expect(e({ benchmarks: [{ name: 'a', unit: 'count', samples: [] }] })).toMatch(/"samples" must be a non-empty array of numbers/);
    expect(e({ benchmarks: [{ name: 'a', unit: 'x', value: 1, direction: 'up' }] })).toMatch(/"direction" must be "lower" or "higher" \(found "up"\)/);
    expect(e({ benchmarks: [{ name: 'a', unit: 'ms', value: 1 }, { name: 'a', unit: 'ms', value: 2 }] })).toMatch(/benchmarks\[1\]: duplicate name "a"/);
    expect(e({ benchmarks: [{ name: 'a' }] })).toMatch(/no "value", "samples" or "metrics"/);
  });

  it('gates a slowdown end to end', async () => {
    const faster = scaledJsonText('custom/custom.json', ['samples'], 0.7);
    const run = await roundTrip('custom', 'custom/custom.json', faster);
    expect(run.compareCode).toBe(1);
    expect(metric(byName(run.report.benchmarks, 'parse'), 'p50').verdict).toBe('regression');
    // server's samples are throughput: 30% less of it in the baseline means the current run is better.
    expect(metric(byName(run.report.benchmarks, 'server'), 'throughput').change).toBeGreaterThan(0.4);
  });

  it('exits 2 through the CLI on non-JSON', async () => {
    expect(await cliRejects('custom', 'parse 12ms\n')).toMatch(/not perf-gate custom benchmark JSON: not JSON/);
  });
});

describe('custom JSON: metric names that are Object members', () => {
  it('imports constructor and valueOf as ordinary metrics of their own; refuses __proto__', () => {
    const file = join(tempDir(), 'perf.json');
    writeFileSync(
      file,
      '{"benchmarks":[{"name":"a","metrics":{"constructor":{"value":3,"unit":"allocs/op"},"valueOf":{"value":5,"unit":"B/op"},"__proto__":{"value":7,"unit":"count"}}}]}',
    );
    expect(() => importFile('custom', file)).toThrow('perf.json: not perf-gate custom benchmark JSON: benchmarks[0] ("a"): "__proto__" is not a metric name');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',"__proto__":{"value":7,"unit":"count"}', ''));
    const a = only(importFile('custom', file));
    expect(Object.keys(a.metrics).sort()).toEqual(['constructor', 'valueOf']);
    expect(Object.getOwnPropertyDescriptor(a.metrics, 'constructor')?.value).toMatchObject({ value: 3, direction: 'lower' });
    expect(Object.getPrototypeOf(a.metrics)).toBe(Object.prototype);
  });
});
