// `limits` in the config, through the real loader on files: each unit family in the metric's
// canonical unit, a benchmark's limits replacing the suite's metric by metric, and every bad input
// as the exact one-line error naming the file and the key.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { limitsFor } from '../../src/compare/settings.ts';
import { loadConfig } from '../../src/config/load.ts';
import { generateJsonSchema } from '../../src/config/schema.ts';
import type { Config } from '../../src/config/types.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { settingsFromConfig } from '../../src/gate/settings.ts';
import { at } from '../helpers/assert.ts';
import { validate } from './json-schema-subset.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Writes `text` as perf-gate.yml in a fresh project (with a bench module) and loads it. */
function load(text: string, name = 'perf-gate.yml'): Config {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-limits-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries({ 'bench/a.mjs': 'export default () => {};\n', [name]: text })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return loadConfig(name, {}, { cwd: dir });
}

function loadError(text: string, name?: string): string {
  try {
    load(text, name);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

const FILE = '\nbenchmarks:\n  - { name: a, file: bench/a.mjs }\n';
const withLimits = (limits: string) => load(`limits: ${limits}${FILE}`).limits;

describe('limits: each unit family, in the canonical unit of its metric', () => {
  it('durations for latencies: ns, us, µs, ms, s → ns, a maximum', () => {
    expect(withLimits('{ p50: 250ns, p99: 500us, p999: 1.5µs, mean: 2ms, max: 1s }')).toEqual({
      p50: { value: 250, unit: 'ns', kind: 'max' },
      p99: { value: 500_000, unit: 'ns', kind: 'max' },
      p999: { value: 1500, unit: 'ns', kind: 'max' },
      mean: { value: 2_000_000, unit: 'ns', kind: 'max' },
      max: { value: 1e9, unit: 'ns', kind: 'max' },
    });
    expect(withLimits('{ p99: " 2 ms " }')).toEqual({ p99: { value: 2e6, unit: 'ns', kind: 'max' } });
  });

  it('rates for throughput: 10k/s, 10000/s, 10k ops/s, 2.5M ops/s, 100 op/s → ops/s, a minimum', () => {
    for (const [written, value] of [
      ['10k/s', 1e4],
      ['10000/s', 1e4],
      ['10k ops/s', 1e4],
      ['10K ops/sec', 1e4],
      ['2.5M ops/s', 2.5e6],
      ['100 op/s', 100],
      ['1G/s', 1e9],
    ] as const) {
      expect(withLimits(`{ throughput: "${written}" }`), written).toEqual({ throughput: { value, unit: 'ops/s', kind: 'min' } });
    }
  });

  it('sizes for bytes: B, KB, MB, GB in powers of 1000, KiB, MiB, GiB in powers of 1024 → B', () => {
    for (const [written, value] of [
      ['100B', 100],
      ['1kB', 1000],
      ['200MB', 2e8],
      ['1.5GB', 1.5e9],
      ['512KiB', 512 * 1024],
      ['200MiB', 200 * 2 ** 20],
      ['2GiB', 2 * 2 ** 30],
      ['64 mb', 64e6],
    ] as const) {
      expect(withLimits(`{ rss: "${written}" }`), written).toEqual({ rss: { value, unit: 'B', kind: 'max' } });
    }
  });

  it('resource metrics take their family: cpu a duration, heap a size', () => {
    expect(withLimits('{ cpu: 3ms, heap: 1KiB }')).toEqual({
      cpu: { value: 3e6, unit: 'ns', kind: 'max' },
      heap: { value: 1024, unit: 'B', kind: 'max' },
    });
  });

  it('no limits key: no limits in the config', () => {
    const config = load(FILE.trimStart());
    expect(config.limits).toBeUndefined();
    expect(at(config.benchmarks, 0).limits).toBeUndefined();
  });

  it('limits judge, they do not measure: the config hash ignores them', () => {
    expect(load(`limits: { p99: 2ms }${FILE}`).hash).toBe(load(FILE.trimStart()).hash);
  });

  it('JSON configs take the same values', () => {
    const config = load(JSON.stringify({ limits: { p99: '2ms' }, benchmarks: [{ name: 'a', file: 'bench/a.mjs', limits: { rss: '1GB' } }] }), 'perf-gate.json');
    expect(config.limits).toEqual({ p99: { value: 2e6, unit: 'ns', kind: 'max' } });
    expect(at(config.benchmarks, 0).limits).toEqual({ rss: { value: 1e9, unit: 'B', kind: 'max' } });
  });
});

describe("a benchmark's limits replace the suite's, metric by metric", () => {
  it('resolves, for each benchmark, its own limit first, then the suite-wide one', () => {
    const config = load(
      [
        'limits: { p99: 2ms, throughput: 10k/s }',
        'benchmarks:',
        '  - { name: a, file: bench/a.mjs, limits: { p99: 5ms, rss: 200MB } }',
        '  - { name: b, file: bench/a.mjs }',
        '  - { name: c, command: "true", limits: { cpu: 10ms } }',
      ].join('\n'),
    );
    const settings = settingsFromConfig(config);
    expect(limitsFor(settings, 'a')).toEqual({
      p99: { value: 5e6, unit: 'ns', kind: 'max', own: true },
      throughput: { value: 1e4, unit: 'ops/s', kind: 'min', own: false },
      rss: { value: 2e8, unit: 'B', kind: 'max', own: true },
    });
    // A task of a file benchmark takes its benchmark's limits.
    expect(limitsFor(settings, 'a/parse')).toEqual(limitsFor(settings, 'a'));
    expect(limitsFor(settings, 'b')).toEqual({
      p99: { value: 2e6, unit: 'ns', kind: 'max', own: false },
      throughput: { value: 1e4, unit: 'ops/s', kind: 'min', own: false },
    });
    expect(limitsFor(settings, 'c')).toMatchObject({ cpu: { value: 1e7, own: true } });
    expect(settings.confidence).toBe(0.99);
  });
});

describe('bad limits: one line naming the file and the key, exit status 2 (ConfigError)', () => {
  const cases: [string, string, string][] = [
    [
      'a unit that does not fit the metric',
      `limits: { p99: 10MB }${FILE}`,
      'perf-gate.yml: limits.p99: expected a duration such as 2ms (ns, us, ms or s), got "10MB" (a size; p99 is measured in ns)',
    ],
    [
      'a duration for a rate',
      `limits: { throughput: 2ms }${FILE}`,
      'perf-gate.yml: limits.throughput: expected a rate such as 10k/s (also 10000/s or 10k ops/s; k, M, G multiply by 1000s), got "2ms" (a duration; throughput is measured in ops/s)',
    ],
    [
      'a rate for a size',
      `limits: { rss: 10k/s }${FILE}`,
      'perf-gate.yml: limits.rss: expected a size such as 200MB (B, KB, MB, GB = powers of 1000; KiB, MiB, GiB = powers of 1024), got "10k/s" (a rate; rss is measured in B)',
    ],
    [
      'an unknown metric, with the nearest name',
      `limits: { p98: 2ms }${FILE}`,
      'perf-gate.yml: limits.p98: no limit can be set on "p98": it is not a metric perf-gate measures (did you mean "p99"?); metrics: p50, p99, p999, mean, min, max, stddev, throughput, cpu, rss, heap',
    ],
    [
      'an unknown metric with nothing near',
      'benchmarks:\n  - { name: a, file: bench/a.mjs, limits: { latency: 2ms } }\n',
      'perf-gate.yml: benchmarks[0].limits.latency: no limit can be set on "latency": it is not a metric perf-gate measures; metrics: p50, p99, p999, mean, min, max, stddev, throughput, cpu, rss, heap',
    ],
    [
      'a metric a command benchmark does not measure',
      'benchmarks:\n  - { name: c, command: "true", limits: { rss: 200MB } }\n',
      'perf-gate.yml: benchmarks[0].limits.rss: rss is measured only for file benchmarks, not for command benchmarks',
    ],
    [
      'a metric an import does not bring',
      'benchmarks:\n  - { name: g, import: { format: go, file: go.txt }, limits: { cpu: 1ms } }\n',
      'perf-gate.yml: benchmarks[0].limits.cpu: cpu is measured only for file and command benchmarks, not for import benchmarks',
    ],
    [
      'a suite-wide limit no benchmark of the suite measures',
      'limits: { heap: 1MB }\nbenchmarks:\n  - { name: c, command: "true" }\n',
      'perf-gate.yml: limits.heap: heap is measured only for file benchmarks, and this suite has none',
    ],
    ['a zero limit', `limits: { p99: 0ms }${FILE}`, 'perf-gate.yml: limits.p99: a limit must be above zero, got "0ms"'],
    ['a negative limit', `limits: { throughput: -5k/s }${FILE}`, 'perf-gate.yml: limits.throughput: a limit must be above zero, got "-5k/s"'],
    [
      'a bare number',
      `limits: { p99: 2 }${FILE}`,
      'perf-gate.yml: limits.p99: expected a duration such as 2ms (ns, us, ms or s), got 2 (a bare number has no unit)',
    ],
    ['a word', `limits: { p99: fast }${FILE}`, 'perf-gate.yml: limits.p99: expected a duration such as 2ms (ns, us, ms or s), got "fast"'],
    ['a list', `limits: { p99: [2ms] }${FILE}`, 'perf-gate.yml: limits.p99: expected a duration such as 2ms (ns, us, ms or s), got a list'],
    ['too large', `limits: { p99: 1e400s }${FILE}`, 'perf-gate.yml: limits.p99: expected a duration such as 2ms (ns, us, ms or s), got "1e400s" (too large)'],
    [
      'not a mapping',
      `limits: 5${FILE}`,
      'perf-gate.yml: limits: expected a mapping of metric → limit like { p99: 2ms, throughput: 10k/s }, got 5',
    ],
    [
      'a list of limits in a benchmark',
      'benchmarks:\n  - { name: a, file: bench/a.mjs, limits: [p99] }\n',
      'perf-gate.yml: benchmarks[0].limits: expected a mapping of metric → limit like { p99: 2ms, throughput: 10k/s }, got a list',
    ],
    [
      'a misspelt key',
      `limit: { p99: 2ms }${FILE}`,
      'perf-gate.yml: limit: unknown key (did you mean "limits"?)',
    ],
  ];

  it.each(cases)('%s', (_, text, message) => {
    expect(loadError(text)).toBe(message);
  });
});

describe('the JSON Schema agrees with the loader on limits', () => {
  const schema = generateJsonSchema();
  it.each([
    ['durations, rates and sizes', 'limits: { p99: 2ms, throughput: 10k/s, rss: 200MiB }\nbenchmarks: [{ name: a, command: x, limits: { cpu: 1.5ms } }]'],
    ['per benchmark', 'benchmarks: [{ name: a, file: bench/a.mjs, limits: { heap: 2KB, throughput: 10000 ops/s } }]'],
  ])('accepts %s', (_, yaml) => {
    expect(validate(schema, parseYaml(yaml))).toEqual([]);
  });
  it.each([
    ['a size for a latency', 'limits: { p99: 10MB }\nbenchmarks: [{ name: a, command: x }]'],
    ['an unknown metric', 'limits: { p98: 2ms }\nbenchmarks: [{ name: a, command: x }]'],
    ['a bare number', 'limits: { p99: 2 }\nbenchmarks: [{ name: a, command: x }]'],
    ['a negative rate', 'limits: { throughput: -5k/s }\nbenchmarks: [{ name: a, command: x }]'],
  ])('rejects %s', (_, yaml) => {
    expect(validate(schema, parseYaml(yaml))).not.toEqual([]);
  });
});
