// The key table, the loader and the committed JSON Schema must agree: same keys, same places, same
// defaults, and the same verdict on good and bad configs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../src/core/errors.ts';
import { HANDLED_KEYS, loadConfig } from '../../src/config/load.ts';
import {
  BENCHMARK_KINDS,
  DEFAULTS,
  KEYS,
  benchmarkKeyNames,
  configReferenceMarkdown,
  generateJsonSchema,
  jsonSchemaText,
  keysFor,
  type KeyDef,
} from '../../src/config/schema.ts';
import { parseDuration, parseThreshold } from '../../src/config/values.ts';
import { validate } from './json-schema-subset.ts';
import { exactly } from '../helpers/assert.ts';

const committedPath = new URL('../../src/config/perf-gate.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(committedPath, 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'perf-gate-schema-'));
mkdirSync(join(dir, 'bench'));
writeFileSync(join(dir, 'bench/a.mjs'), 'export default () => {};\n');
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

let counter = 0;
/** Loads a config object through the real loader (as JSON on disk): null when it is accepted, else the message. */
function loaderVerdict(config: unknown): string | null {
  const path = join(dir, `c${counter++}.json`);
  writeFileSync(path, JSON.stringify(config));
  try {
    loadConfig(path);
    return null;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.message;
  }
}

function sampleValue(def: KeyDef): unknown {
  switch (def.type) {
    case 'threshold':
      return '15%';
    case 'thresholds':
      return { p99: '20%', p50: 5 };
    case 'metrics':
      return ['p50', 'mean'];
    case 'duration':
      return '2s';
    case 'durationOrZero':
      return 0;
    case 'integer':
      return (def.min ?? 0) + 1;
    case 'policy':
      return { name: 'percentage', confidence: 0.9, failOnInconclusive: true };
    case 'ab':
      return { setup: 'npm ci', pairs: 4, budget: '20s', setupTimeout: '5m' };
    case 'name':
      return 'n';
    case 'modulePath':
      return 'bench/a.mjs';
    case 'command':
      return 'node -e 0';
    case 'directory':
      return 'bench';
    case 'env':
      return { A: '1', B: 2 };
    case 'envNames':
      return ['MY_SETTING'];
    case 'import':
      return { format: 'go', file: 'out.txt' };
    case 'directions':
      return { p50: 'lower' };
    case 'boolean':
      return false;
    case 'limits':
      return { p99: '2ms', throughput: '10k/s' };
    case 'benchmarks':
      return undefined; // built separately
  }
}

/** A benchmark of `kind` using every key that kind allows. */
function fullBenchmark(kind: string, name: string): Record<string, unknown> {
  const b: Record<string, unknown> = {};
  for (const def of keysFor(kind as 'file')) b[def.key] = sampleValue(def);
  b.name = name;
  return b;
}

function fullConfig(): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  for (const def of keysFor('global')) if (def.type !== 'benchmarks') c[def.key] = sampleValue(def);
  c.benchmarks = BENCHMARK_KINDS.map((k) => fullBenchmark(k, `b-${k}`));
  return c;
}

describe('the committed JSON Schema', () => {
  it('equals the one generated from the key table (regenerate: npx node src/config/write-schema.ts)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(jsonSchemaText());
  });

  it('is draft 2020-12 and uses only keywords the agreement check understands', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate(schema, { benchmarks: [{ name: 'a', command: 'x' }] })).toEqual([]);
  });

  it('documents every key it describes', () => {
    for (const [key, s] of Object.entries<Record<string, unknown>>(schema.properties)) expect(s.description, key).toBeTruthy();
    for (const [key, s] of Object.entries<Record<string, unknown>>(schema.$defs.benchmark.properties)) expect(s.description, key).toBeTruthy();
  });
});

describe('key table ⇄ loader ⇄ schema', () => {
  it('the loader handles exactly the keys of the table', () => {
    expect([...HANDLED_KEYS].sort()).toEqual(KEYS.map((k) => k.key).sort());
  });

  it('the schema lists exactly the top-level and benchmark keys of the table', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(keysFor('global').map((k) => k.key).sort());
    expect(Object.keys(schema.$defs.benchmark.properties).sort()).toEqual(benchmarkKeyNames().sort());
    expect(generateJsonSchema()).toEqual(schema);
  });

  it('a config using every key of every place is accepted by both', () => {
    const config = fullConfig();
    expect(validate(schema, config)).toEqual([]);
    expect(loaderVerdict(config)).toBeNull();
  });

  it('every benchmark key outside its kind is rejected by both', () => {
    let checked = 0;
    for (const kind of BENCHMARK_KINDS) {
      for (const def of KEYS) {
        const inBenchmarks = def.places.some((p) => p !== 'global');
        if (!inBenchmarks || def.places.includes(kind) || BENCHMARK_KINDS.includes(def.key as 'file')) continue;
        const b = fullBenchmark(kind, 'x');
        b[def.key] = sampleValue(def);
        const config = { benchmarks: [b] };
        expect(validate(schema, config), `${def.key} in ${kind}`).not.toEqual([]);
        expect(loaderVerdict(config), `${def.key} in ${kind}`).toMatch(new RegExp(`benchmarks\\[0\\]\\.${def.key}: (only for|not used by)`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('top-level-only keys are rejected in a benchmark by both', () => {
    for (const def of KEYS.filter((k) => k.places.length === 1 && k.places[0] === 'global')) {
      const config = { benchmarks: [{ name: 'x', command: 'y', [def.key]: sampleValue(def) ?? [] }] };
      expect(validate(schema, config), def.key).not.toEqual([]);
      expect(loaderVerdict(config), def.key).toMatch(/only allowed at the top level/);
    }
  });

  it('the documented defaults are the loader defaults', () => {
    const config = loadConfig(
      (() => {
        const p = join(dir, 'defaults.yml');
        writeFileSync(p, 'benchmarks:\n  - { name: a, file: bench/a.mjs }\n  - { name: c, command: x }\n');
        return p;
      })(),
    );
    const p = schema.properties;
    expect(config.threshold).toBe(parseThreshold(p.threshold.default, 'default'));
    expect(config.metrics).toEqual(p.metrics.default);
    expect(config.policy).toEqual(p.policy.default);
    expect(config.budget).toBe(parseDuration(p.budget.default, 'default', { allowZero: true }));
    const [file, command] = exactly(config.benchmarks, 2);
    for (const key of ['forks', 'iterations', 'runs', 'maxExtraForks'] as const) expect(file.settings[key], key).toBe(p[key].default);
    for (const key of ['time', 'warmupTime', 'timeout'] as const) {
      expect(file.settings[key], key).toBe(parseDuration(p[key].default, key, { allowZero: true }));
    }
    // warmup has a default per kind, stated in its description.
    expect(file.settings.warmup).toBe(DEFAULTS.warmup.file);
    expect(command.settings.warmup).toBe(DEFAULTS.warmup.command);
    expect(p.warmup.description).toContain(`default ${DEFAULTS.warmup.file}`);
    expect(p.warmup.description).toContain(`default ${DEFAULTS.warmup.command}`);
  });
});

describe('config reference in docs/configuration.md', () => {
  it('has one row per key with its default', () => {
    const md = configReferenceMarkdown();
    const rows = md.trim().split('\n').slice(2);
    expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual(KEYS.map((k) => k.key));
    expect(md).toContain('| `threshold` | top level, any benchmark | `10%` |');
    expect(md).toContain('| `time` | top level, file benchmarks | `500` ms |');
    expect(md).toContain('`10` (file), `2` (command)');
  });
  it('is the one in docs/configuration.md (regenerate that table when a key changes)', () => {
    const page = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    expect(page).toContain(configReferenceMarkdown().trim());
  });
});

describe('schema and loader give the same verdict', () => {
  const good: [string, string][] = [
    ['minimal', 'benchmarks: [{ name: a, file: bench/a.mjs }]'],
    ['bare-number threshold', 'threshold: 12.5\nbenchmarks: [{ name: a, command: x, threshold: "30 %" }]'],
    ['policy shorthand', 'policy: percentage\nbenchmarks: [{ name: a, command: x }]'],
    ['confidence as percent', 'policy: { confidence: 99% }\nbenchmarks: [{ name: a, command: x }]'],
    ['shown fraction', 'policy: { shownFraction: 0 }\nbenchmarks: [{ name: a, command: x }]'],
    ['custom metrics in an import', 'benchmarks: [{ name: a, import: { format: go, file: x }, metrics: [ns/op], thresholds: { ns/op: 5% } }]'],
    ['durations', 'time: 1.5s\ntimeout: 2m\nwarmupTime: 0\nbudget: 1h\nbenchmarks: [{ name: a, file: bench/a.mjs, time: 250 }]'],
    ['extension key', 'x-anchors: { forks: 2 }\nbenchmarks: [{ name: a, command: x }]'],
  ];
  it.each(good)('accepted by both: %s', (_, yaml) => {
    const config = parseYaml(yaml);
    expect(validate(schema, config)).toEqual([]);
    expect(loaderVerdict(config)).toBeNull();
  });

  const bad: [string, string][] = [
    ['unknown top-level key', 'thresold: 10%\nbenchmarks: [{ name: a, command: x }]'],
    ['unknown benchmark key', 'benchmarks: [{ name: a, command: x, forsk: 2 }]'],
    ['no benchmarks', 'threshold: 10%'],
    ['empty benchmarks', 'benchmarks: []'],
    ['no kind', 'benchmarks: [{ name: a }]'],
    ['two kinds', 'benchmarks: [{ name: a, command: x, file: bench/a.mjs }]'],
    ['no name', 'benchmarks: [{ command: x }]'],
    ['threshold abc', 'threshold: abc\nbenchmarks: [{ name: a, command: x }]'],
    ['negative threshold', 'threshold: -5\nbenchmarks: [{ name: a, command: x }]'],
    ['threshold over 1000', 'threshold: 1001\nbenchmarks: [{ name: a, command: x }]'],
    ['zero forks', 'forks: 0\nbenchmarks: [{ name: a, command: x }]'],
    ['fractional runs', 'benchmarks: [{ name: a, command: x, runs: 2.5 }]'],
    ['bad duration', 'time: 2 sec\nbenchmarks: [{ name: a, file: bench/a.mjs }]'],
    ['zero timeout', 'timeout: 0\nbenchmarks: [{ name: a, command: x }]'],
    ['bad policy', 'policy: strict\nbenchmarks: [{ name: a, command: x }]'],
    ['bad confidence', 'policy: { confidence: 1 }\nbenchmarks: [{ name: a, command: x }]'],
    ['shown fraction of 1', 'policy: { shownFraction: 1 }\nbenchmarks: [{ name: a, command: x }]'],
    ['unknown metric in a command', 'benchmarks: [{ name: a, command: x, metrics: [latency] }]'],
    ['duplicate metric', 'metrics: [p50, p50]\nbenchmarks: [{ name: a, command: x }]'],
    ['bad direction', 'benchmarks: [{ name: a, import: { format: go, file: x }, directions: { s: up } }]'],
    ['import without file', 'benchmarks: [{ name: a, import: { format: go } }]'],
    ['env list', 'benchmarks: [{ name: a, command: x, env: [A=1] }]'],
    ['wrong module type', 'benchmarks: [{ name: a, file: bench/a.py }]'],
  ];
  it.each(bad)('rejected by both: %s', (_, yaml) => {
    const config = parseYaml(yaml);
    expect(validate(schema, config)).not.toEqual([]);
    expect(loaderVerdict(config)).toMatch(/^\S+\.json: /);
  });
});
