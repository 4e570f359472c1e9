import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.ts';
import { gatedMetricsFor, thresholdFor } from '../../src/compare/settings.ts';
import { canonicalJson, findConfig, loadConfig, parseConfigText, type ConfigOverrides } from '../../src/config/load.ts';
import { settingsFromConfig } from '../../src/gate/settings.ts';
import type { CommandBenchmarkConfig, Config, FileBenchmarkConfig, ImportBenchmarkConfig } from '../../src/config/types.ts';
import { at, exactly, only } from '../helpers/assert.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A temp project: the given files plus an empty bench module at bench/a.mjs and bench/b.ts. */
function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-config-'));
  dirs.push(dir);
  const all = { 'bench/a.mjs': 'export default () => {};\n', 'bench/b.ts': 'export default () => {};\n', ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Writes `text` as perf-gate.yml (or `name`) in a fresh project and loads it by its relative name. */
function load(text: string, overrides: ConfigOverrides = {}, name = 'perf-gate.yml'): Config {
  const dir = project({ [name]: text });
  return loadConfig(name, overrides, { cwd: dir });
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

const loadError = (text: string, overrides: ConfigOverrides = {}, name = 'perf-gate.yml') => errorOf(() => load(text, overrides, name));

const ONE = 'benchmarks:\n  - name: a\n    file: bench/a.mjs\n';

describe('defaults and normalisation', () => {
  it('fills every default and resolves paths against the config directory', () => {
    const dir = project({
      'perf-gate.yml': 'benchmarks:\n  - name: a\n    file: bench/a.mjs\n  - name: startup\n    command: node -e 0\n',
    });
    const config = loadConfig('perf-gate.yml', {}, { cwd: dir });
    expect(config.path).toBe(join(dir, 'perf-gate.yml'));
    expect(config.dir).toBe(dir);
    expect(config.threshold).toBe(0.1);
    expect(config.metricThresholds).toEqual({});
    expect(config.metrics).toEqual(['p50', 'p99', 'throughput']);
    expect(config.policy).toEqual({ name: 'noise', confidence: 0.99, failOnInconclusive: false, shownFraction: 0.5 });
    expect(config.budget).toBe(0);
    const common = { forks: 3, time: 500, iterations: 10, warmupTime: 100, runs: 20, timeout: 60_000, maxExtraForks: 10 };
    expect(config.benchmarks).toEqual([
      { name: 'a', kind: 'file', file: join(dir, 'bench/a.mjs'), settings: { ...common, warmup: 10 } },
      { name: 'startup', kind: 'command', command: 'node -e 0', cwd: dir, env: {}, settings: { ...common, warmup: 2 } },
    ]);
    expect(config.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the example of the design notes', () => {
    const config = load(
      [
        'threshold: 10%                   # a change larger than this matters',
        'metrics: [p50, p99, throughput]  # which metrics gate (all are reported)',
        'forks: 3                         # processes per benchmark',
        'benchmarks:',
        '  - name: parse',
        '    file: bench/a.mjs',
        '  - name: startup',
        '    command: node cli.js --version',
        '    runs: 20',
        '    warmup: 2',
        '    threshold: 25%',
      ].join('\n'),
    );
    const startup = config.benchmarks[1] as CommandBenchmarkConfig;
    expect(startup.threshold).toBe(0.25);
    expect(startup.settings.runs).toBe(20);
    expect(at(config.benchmarks, 0).threshold).toBeUndefined();
  });

  it('inherits global settings into each benchmark and lets a benchmark override them', () => {
    const config = load(
      [
        'forks: 5',
        'time: 2s',
        'timeout: 1m',
        'warmup: 4',
        'warmupTime: 0',
        'runs: 7',
        'maxExtraForks: 2',
        'budget: 30s',
        'benchmarks:',
        '  - { name: a, file: bench/a.mjs, forks: 1, time: 250ms, iterations: 50 }',
        '  - { name: c, command: "true", runs: 3, timeout: 1500 }',
      ].join('\n'),
    );
    expect(config.budget).toBe(30_000);
    expect(at(config.benchmarks, 0).settings).toEqual({
      forks: 1, time: 250, iterations: 50, warmupTime: 0, warmup: 4, runs: 7, timeout: 60_000, maxExtraForks: 2,
    });
    expect(at(config.benchmarks, 1).settings).toEqual({
      forks: 5, time: 2000, iterations: 10, warmupTime: 0, warmup: 4, runs: 3, timeout: 1500, maxExtraForks: 2,
    });
  });

  it('keeps per-benchmark gating overrides and the precedence helpers follow the documented order', () => {
    const config = load(
      [
        'threshold: 10%',
        'thresholds: { p99: 20%, throughput: 15 }',
        'metrics: [p50, p99]',
        'benchmarks:',
        '  - name: a',
        '    file: bench/a.mjs',
        '  - name: b',
        '    file: bench/b.ts',
        '    threshold: 30%',
        '    thresholds: { p50: 5% }',
        '    metrics: [mean, p999]',
        '    directions: { mean: lower }',
      ].join('\n'),
    );
    const [a, b] = exactly(config.benchmarks, 2);
    expect(config.metricThresholds).toEqual({ p99: 0.2, throughput: 0.15 });
    expect(b).toMatchObject({ threshold: 0.3, metricThresholds: { p50: 0.05 }, metrics: ['mean', 'p999'], directions: { mean: 'lower' } });
    expect(a).not.toHaveProperty('metrics');
    // The one gating rule (compare/settings.ts) applied to what the loader produced.
    const settings = settingsFromConfig(config);
    expect(gatedMetricsFor(settings, 'a')).toEqual(['p50', 'p99']);
    expect(gatedMetricsFor(settings, 'b')).toEqual(['mean', 'p999']);
    expect(thresholdFor(settings, 'a', 'p50')).toBe(0.1);
    expect(thresholdFor(settings, 'a', 'p99')).toBe(0.2);
    expect(thresholdFor(settings, 'b', 'p50')).toBe(0.05);
    expect(thresholdFor(settings, 'b', 'p99')).toBe(0.3);
  });

  it('normalises command cwd and env, and import benchmarks', () => {
    const dir = project({
      'sub/perf-gate.yml': [
        'metrics: [ns/op]',
        'thresholds: { ns/op: 5% }',
        'benchmarks:',
        '  - name: c',
        '    command: echo $FOO',
        '    cwd: ../tools',
        '    metrics: [p50]',
        '    env: { FOO: bar, N: 3, B: true }',
        '  - name: go',
        '    import: { format: go, file: out/*.txt }',
        '    metrics: [ns/op, B/op]',
        '    thresholds: { B/op: 50% }',
        '    directions: { custom score: higher }',
      ].join('\n'),
      'tools/.keep': '',
    });
    const config = loadConfig(join(dir, 'sub/perf-gate.yml'));
    const c = config.benchmarks[0] as CommandBenchmarkConfig;
    const go = config.benchmarks[1] as ImportBenchmarkConfig;
    expect(c.cwd).toBe(join(dir, 'tools'));
    expect(c.env).toEqual({ FOO: 'bar', N: '3', B: 'true' });
    expect(go).toMatchObject({ kind: 'import', format: 'go', file: 'out/*.txt', metrics: ['ns/op', 'B/op'] });
    expect(go.metricThresholds).toEqual({ 'B/op': 0.5 });
    expect(go.directions).toEqual({ 'custom score': 'higher' });
    expect(config.metrics).toEqual(['ns/op']);
  });

  it('accepts a JSON config and gives it the same hash as the YAML one', () => {
    const dir = project({
      'perf-gate.json': JSON.stringify({ threshold: '5%', benchmarks: [{ name: 'a', file: 'bench/a.mjs', forks: 2 }] }),
      'perf-gate.yml': 'threshold: 5%\nbenchmarks:\n  - name: a\n    file: bench/a.mjs\n    forks: 2\n',
    });
    const json = loadConfig('perf-gate.json', {}, { cwd: dir });
    const yaml = loadConfig('perf-gate.yml', {}, { cwd: dir });
    expect(json.threshold).toBe(0.05);
    expect(json.benchmarks).toEqual(yaml.benchmarks);
    expect(json.hash).toBe(yaml.hash);
  });

  it('supports YAML anchors and merge keys', () => {
    const config = load(
      [
        'x-common: &common',
        '  forks: 2',
        '  timeout: 5s',
        'benchmarks:',
        '  - <<: *common',
        '    name: a',
        '    file: bench/a.mjs',
        '  - <<: *common',
        '    name: b',
        '    command: x',
        '    forks: 4',
      ].join('\n'),
    );
    expect(config.benchmarks.map((b) => [b.settings.forks, b.settings.timeout])).toEqual([
      [2, 5000],
      [4, 5000],
    ]);
  });

  it('takes a UTF-8 byte-order mark in its stride', () => {
    expect(at(load(`\uFEFF${ONE}`).benchmarks, 0).name).toBe('a');
  });

  it('finds the default config file by name: perf-gate.yml, then .yaml, then .json', () => {
    const dir = project({ 'perf-gate.json': '{}' });
    expect(findConfig(dir)).toBe(join(dir, 'perf-gate.json'));
    expect(findConfig(join(dir, 'bench'))).toBe(join(dir, 'bench', 'perf-gate.yml'));
    const both = project({ 'perf-gate.yaml': '{}', 'perf-gate.json': '{}' });
    expect(findConfig(both)).toBe(join(both, 'perf-gate.yaml'));
  });

  it('loads the default config file of the working directory when no path is given', () => {
    const dir = project({ 'perf-gate.json': JSON.stringify({ benchmarks: [{ name: 'startup', command: 'node -e 0' }] }) });
    const config = loadConfig(undefined, {}, { cwd: dir });
    expect(config.path).toBe(join(dir, 'perf-gate.json'));
    expect(only(config.benchmarks).name).toBe('startup');
    expect(() => loadConfig(undefined, {}, { cwd: join(dir, 'nowhere') })).toThrow(
      'config file not found: perf-gate.yml (create perf-gate.yml or pass --config FILE)',
    );
  });
});

describe('overrides (--threshold)', () => {
  it('replaces the global threshold and keeps per-benchmark ones', () => {
    const config = load('threshold: 10%\nbenchmarks:\n  - { name: a, file: bench/a.mjs, threshold: 30% }\n', { threshold: '15%' });
    expect(config.threshold).toBe(0.15);
    expect(at(config.benchmarks, 0).threshold).toBe(0.3);
    expect(load(ONE, { threshold: 7 }).threshold).toBe(0.07);
  });

  it('validates the override and names --threshold', () => {
    expect(loadError(ONE, { threshold: 'abc' })).toBe('--threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got "abc"');
    expect(loadError(ONE, { threshold: -3 })).toBe('--threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got -3');
    expect(loadError(ONE, { threshold: '1001%' })).toBe('--threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got "1001%"');
  });

  it('names the source it is given (the Action passes its input name)', () => {
    expect(loadError(ONE, { threshold: 'abc', thresholdSource: 'input threshold' })).toBe(
      'input threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got "abc"',
    );
    expect(loadError(ONE, { threshold: '0.2', thresholdSource: 'input threshold' })).toMatch(/^input threshold: "0\.2" is ambiguous: write "20%"/);
  });

  it('does not change the hash', () => {
    expect(load(ONE, { threshold: '50%' }).hash).toBe(load(ONE).hash);
  });
});

describe('bad files', () => {
  it('missing config', () => {
    const dir = project();
    expect(errorOf(() => loadConfig('perf-gate.yml', {}, { cwd: dir }))).toBe(
      'config file not found: perf-gate.yml (create perf-gate.yml or pass --config FILE)',
    );
    // An absolute path inside the working directory is shown relative to it.
    expect(errorOf(() => loadConfig(join(dir, 'conf/x.yml'), {}, { cwd: dir }))).toBe(
      'config file not found: conf/x.yml (create perf-gate.yml or pass --config FILE)',
    );
    const outside = join(tmpdir(), 'no-such-perf-gate-dir', 'perf-gate.yml');
    expect(errorOf(() => loadConfig(outside, {}, { cwd: dir }))).toBe(
      `config file not found: ${outside} (create perf-gate.yml or pass --config FILE)`,
    );
  });

  it('a directory instead of a file', () => {
    const dir = project();
    expect(errorOf(() => loadConfig('bench', {}, { cwd: dir }))).toBe('bench: is a directory, expected a config file (.yml, .yaml or .json)');
  });

  it('YAML syntax error: file:line:col and the short reason', () => {
    expect(loadError('threshold: 10%\nbenchmarks:\n  - name: a\n   file: bench/a.mjs\n')).toBe(
      'perf-gate.yml:4:1: YAML syntax error: Sequence item without - indicator',
    );
    expect(loadError('metrics: [p50, p99\nbenchmarks: []\n')).toMatch(/^perf-gate\.yml:2:1: YAML syntax error: Flow sequence/);
    expect(loadError('forks: 1\nforks: 2\nbenchmarks: []\n')).toBe('perf-gate.yml:2:1: YAML syntax error: Map keys must be unique');
    expect(loadError('benchmarks:\n\t- name: a\n')).toMatch(/^perf-gate\.yml:2:1: YAML syntax error: Tabs are not allowed as indentation$/);
  });

  it('YAML that parses but cannot be resolved', () => {
    expect(loadError('benchmarks: *missing\n')).toMatch(/^perf-gate\.yml(:\d+:\d+)?: YAML (syntax )?error: .*missing/);
  });

  it('JSON syntax error with line and column', () => {
    expect(loadError('{\n  "threshold": "10%",\n  "benchmarks" []\n}\n', {}, 'perf-gate.json')).toMatch(
      /^perf-gate\.json:3:16: JSON syntax error: \S.*$/,
    );
    expect(loadError('{\n  "benchmarks": [', {}, 'perf-gate.json')).toMatch(/^perf-gate\.json:2:18: JSON syntax error: \S.*$/);
  });

  it('unsupported extension', () => {
    expect(loadError(ONE, {}, 'perf-gate.toml')).toBe('perf-gate.toml: unsupported config file type ".toml" (use .yml, .yaml or .json)');
  });

  it('empty or non-mapping config', () => {
    expect(loadError('')).toBe('perf-gate.yml: the config is empty: it needs at least a benchmarks list (see perf-gate.schema.json)');
    expect(loadError('# only a comment\n')).toMatch(/^perf-gate\.yml: the config is empty/);
    expect(loadError('- a\n- b\n')).toBe('perf-gate.yml: expected a mapping of settings with a benchmarks list, got a list');
    expect(loadError('[]', {}, 'perf-gate.json')).toBe('perf-gate.json: expected a mapping of settings with a benchmarks list, got a list');
  });
});

describe('bad keys', () => {
  it('unknown top-level key with the nearest valid key', () => {
    expect(loadError(`thresold: 10%\n${ONE}`)).toBe('perf-gate.yml: thresold: unknown key (did you mean "threshold"?)');
    expect(loadError(`benchmark:\n  - name: a\n`)).toBe('perf-gate.yml: benchmark: unknown key (did you mean "benchmarks"?)');
  });

  it('unknown key with nothing near lists the valid keys', () => {
    expect(loadError(`colour: blue\n${ONE}`)).toBe(
      'perf-gate.yml: colour: unknown key (valid keys: threshold, thresholds, metrics, limits, forks, time, iterations, warmupTime, warmup, runs, timeout, maxExtraForks, policy, budget, profile, ab, benchmarks, passEnv)',
    );
  });

  it('unknown benchmark key with the nearest valid key', () => {
    expect(loadError('benchmarks:\n  - name: a\n    file: bench/a.mjs\n    forsk: 2\n')).toBe(
      'perf-gate.yml: benchmarks[0].forsk: unknown key (did you mean "forks"?)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    fiel: bench/a.mjs\n')).toBe(
      'perf-gate.yml: benchmarks[0].fiel: unknown key (did you mean "file"?)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    command: x\n    envv: {}\n')).toBe(
      'perf-gate.yml: benchmarks[0].envv: unknown key (did you mean "env"?)',
    );
  });

  it('keys in the wrong place', () => {
    expect(loadError('benchmarks:\n  - name: a\n    file: bench/a.mjs\n    budget: 1s\n')).toBe(
      'perf-gate.yml: benchmarks[0].budget: only allowed at the top level, not in a benchmark',
    );
    expect(loadError(`file: bench/a.mjs\n${ONE}`)).toBe('perf-gate.yml: file: only allowed in a benchmark entry (under benchmarks:)');
    expect(loadError('benchmarks:\n  - name: a\n    file: bench/a.mjs\n    runs: 5\n')).toBe(
      'perf-gate.yml: benchmarks[0].runs: only for command benchmarks (this is a file benchmark)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    command: x\n    time: 1s\n')).toBe(
      'perf-gate.yml: benchmarks[0].time: only for file benchmarks (this is a command benchmark)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    file: bench/a.mjs\n    cwd: .\n')).toBe(
      'perf-gate.yml: benchmarks[0].cwd: only for command benchmarks (this is a file benchmark)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    import: { format: go, file: x }\n    forks: 2\n')).toBe(
      'perf-gate.yml: benchmarks[0].forks: not used by import benchmarks (perf-gate does not measure them; their numbers come from the imported file)',
    );
  });

  it('unknown keys in policy and import', () => {
    expect(loadError(`policy: { name: noise, confidance: 0.9 }\n${ONE}`)).toBe(
      'perf-gate.yml: policy.confidance: unknown key (did you mean "confidence"?)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    import: { format: go, path: x }\n')).toBe(
      'perf-gate.yml: benchmarks[0].import.path: unknown key (valid keys: format, file)',
    );
  });
});

describe('bad benchmarks', () => {
  it('benchmarks missing, empty or not a list', () => {
    expect(loadError('threshold: 10%\n')).toBe('perf-gate.yml: benchmarks: required: a non-empty list of benchmarks');
    expect(loadError('benchmarks: []\n')).toBe('perf-gate.yml: benchmarks: expected a non-empty list of benchmarks, got a list');
    expect(loadError('benchmarks: {}\n')).toBe('perf-gate.yml: benchmarks: expected a non-empty list of benchmarks, got a mapping');
    expect(loadError('benchmarks:\n  - bench/a.mjs\n')).toBe(
      'perf-gate.yml: benchmarks[0]: expected a mapping with a name and one of file, command or import, got "bench/a.mjs"',
    );
  });

  it('unknown benchmark kind: none or two', () => {
    expect(loadError('benchmarks:\n  - name: a\n    script: run.sh\n')).toBe(
      'perf-gate.yml: benchmarks[0].script: unknown key (a benchmark takes exactly one of file, command or import; valid keys: threshold, thresholds, metrics, limits, forks, time, iterations, warmupTime, warmup, runs, timeout, maxExtraForks, name, file, command, import, cwd, env, passEnv, directions)',
    );
    expect(loadError('benchmarks:\n  - name: a\n    forks: 2\n')).toBe(
      'perf-gate.yml: benchmarks[0]: benchmark "a" has no kind: give exactly one of file (a JS/TS module), command (a shell command) or import ({ format, file })',
    );
    expect(loadError('benchmarks:\n  - name: a\n    file: bench/a.mjs\n    command: x\n')).toBe(
      'perf-gate.yml: benchmarks[0]: benchmark "a" has file and command: give exactly one of file, command or import',
    );
  });

  it('names: required, non-empty, unique', () => {
    expect(loadError('benchmarks:\n  - file: bench/a.mjs\n')).toBe('perf-gate.yml: benchmarks[0].name: required: a unique name for the benchmark');
    expect(loadError('benchmarks:\n  - name: " "\n    file: bench/a.mjs\n')).toBe(
      'perf-gate.yml: benchmarks[0].name: expected a non-empty name, got " "',
    );
    expect(loadError('benchmarks:\n  - name: 12\n    file: bench/a.mjs\n')).toBe('perf-gate.yml: benchmarks[0].name: expected a non-empty name, got 12');
    expect(loadError('benchmarks:\n  - name: "a\\nb"\n    file: bench/a.mjs\n')).toBe(
      'perf-gate.yml: benchmarks[0].name: expected a name on one line without control characters, got "a\\nb"',
    );
    expect(
      loadError('benchmarks:\n  - { name: a, file: bench/a.mjs }\n  - { name: b, command: x }\n  - { name: a, command: y }\n'),
    ).toBe('perf-gate.yml: benchmarks[2].name: duplicate benchmark name "a" (also benchmarks[0])');
  });

  it('file benchmarks: the module must exist, relative to the config directory', () => {
    expect(loadError('benchmarks:\n  - { name: a, file: bench/a.mjs }\n  - { name: b, command: x }\n  - { name: x, file: bench/x.mjs }\n')).toBe(
      'perf-gate.yml: benchmarks[2].file: file not found: bench/x.mjs',
    );
    expect(loadError('benchmarks:\n  - { name: a, file: bench }\n')).toBe('perf-gate.yml: benchmarks[0].file: is a directory, expected a module file: bench');
    expect(loadError('benchmarks:\n  - { name: a, file: perf-gate.yml }\n')).toBe(
      'perf-gate.yml: benchmarks[0].file: expected a JS or TS module (.js, .mjs, .cjs, .ts, .mts, .cts), got "perf-gate.yml"',
    );
    expect(loadError('benchmarks:\n  - { name: a, file: "" }\n')).toBe('perf-gate.yml: benchmarks[0].file: expected the path of a JS/TS module, got ""');
    // Loaded from another working directory, the module still resolves against the config's.
    const dir = project({ 'conf/perf-gate.yml': 'benchmarks:\n  - { name: a, file: ../bench/a.mjs }\n' });
    const config = loadConfig(relative(process.cwd(), join(dir, 'conf/perf-gate.yml')));
    expect((config.benchmarks[0] as FileBenchmarkConfig).file).toBe(join(dir, 'bench/a.mjs'));
  });

  it('commands are not checked, but cwd must exist and env must be strings', () => {
    expect(at(load('benchmarks:\n  - { name: a, command: no-such-command-xyz }\n').benchmarks, 0).kind).toBe('command');
    expect(loadError('benchmarks:\n  - { name: a, command: "" }\n')).toBe('perf-gate.yml: benchmarks[0].command: expected a shell command, got ""');
    expect(loadError('benchmarks:\n  - { name: a, command: [node, x] }\n')).toBe(
      'perf-gate.yml: benchmarks[0].command: expected a shell command, got a list',
    );
    expect(loadError('benchmarks:\n  - { name: a, command: x, cwd: nowhere }\n')).toBe('perf-gate.yml: benchmarks[0].cwd: directory not found: nowhere');
    expect(loadError('benchmarks:\n  - { name: a, command: x, cwd: bench/a.mjs }\n')).toBe('perf-gate.yml: benchmarks[0].cwd: not a directory: bench/a.mjs');
    expect(loadError('benchmarks:\n  - { name: a, command: x, env: { A: [1] } }\n')).toBe(
      'perf-gate.yml: benchmarks[0].env.A: expected a string value, got a list',
    );
    expect(loadError('benchmarks:\n  - { name: a, command: x, env: [A=1] }\n')).toBe(
      'perf-gate.yml: benchmarks[0].env: expected a mapping of variable name → value, got a list',
    );
  });

  it('import benchmarks need a format and a file', () => {
    expect(loadError('benchmarks:\n  - { name: a, import: { file: x.json } }\n')).toBe(
      "perf-gate.yml: benchmarks[0].import.format: required: the tool's output format",
    );
    expect(loadError('benchmarks:\n  - { name: a, import: { format: go } }\n')).toBe(
      "perf-gate.yml: benchmarks[0].import.file: required: the path (or glob) of the tool's output, relative to the config file",
    );
    expect(loadError('benchmarks:\n  - { name: a, import: go }\n')).toBe(
      'perf-gate.yml: benchmarks[0].import: expected a mapping { format, file }, got "go"',
    );
  });
});

describe('bad values', () => {
  it('thresholds: abc, negative, zero, over 1000%', () => {
    const bench1 = (t: string) => `benchmarks:\n  - { name: a, file: bench/a.mjs }\n  - { name: b, command: x, threshold: ${t} }\n`;
    const expected = (got: string) =>
      `perf-gate.yml: benchmarks[1].threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got ${got}`;
    expect(loadError(bench1('abc'))).toBe(expected('"abc"'));
    expect(loadError(bench1('-5%'))).toBe(expected('"-5%"'));
    expect(loadError(bench1('-5'))).toBe(expected('-5'));
    expect(loadError(bench1('0'))).toBe(expected('0'));
    expect(loadError(bench1('1001%'))).toBe(expected('"1001%"'));
    expect(loadError(`threshold: abc\n${ONE}`)).toBe('perf-gate.yml: threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got "abc"');
    expect(loadError(`thresholds: { p99: 2000% }\n${ONE}`)).toBe(
      'perf-gate.yml: thresholds.p99: expected a percentage like "10%" (0% < t ≤ 1000%), got "2000%"',
    );
    expect(loadError(`thresholds: 20%\n${ONE}`)).toBe(
      'perf-gate.yml: thresholds: expected a mapping of metric → threshold like { p99: 20% }, got "20%"',
    );
  });

  it('unknown metrics list the valid ones', () => {
    const valid = 'valid metrics: p50, p99, p999, mean, min, max, stddev, throughput, cpu, rss, heap';
    expect(loadError(`metrics: [p50, p9]\n${ONE}`)).toBe(
      `perf-gate.yml: metrics[1]: unknown metric "p9" (did you mean "p99"?); ${valid}; custom metric names are allowed only for import benchmarks, and benchmarks[0] ("a", a file benchmark) gates on this list`,
    );
    expect(loadError('benchmarks:\n  - { name: a, command: x, metrics: [latency] }\n')).toBe(
      `perf-gate.yml: benchmarks[0].metrics[0]: unknown metric "latency"; ${valid}`,
    );
    expect(loadError('benchmarks:\n  - { name: a, file: bench/a.mjs, thresholds: { thruput: 5% } }\n')).toBe(
      `perf-gate.yml: benchmarks[0].thresholds.thruput: unknown metric "thruput" (did you mean "throughput"?); ${valid}`,
    );
    expect(loadError(`thresholds: { ns/op: 5% }\n${ONE}`)).toBe(
      `perf-gate.yml: thresholds["ns/op"]: unknown metric "ns/op"; ${valid}; custom metric names are allowed only with import benchmarks`,
    );
    expect(loadError(`metrics: [p50, p50]\n${ONE}`)).toBe('perf-gate.yml: metrics[1]: duplicate metric "p50"');
    expect(loadError(`metrics: []\n${ONE}`)).toBe(
      'perf-gate.yml: metrics: expected a non-empty list of metric names like [p50, p99, throughput], got a list',
    );
    expect(loadError(`metrics: p99\n${ONE}`)).toBe(
      'perf-gate.yml: metrics: expected a non-empty list of metric names like [p50, p99, throughput], got "p99"',
    );
  });

  it('custom metric names are fine where only import benchmarks use them', () => {
    const config = load(
      'metrics: [ns/op]\nbenchmarks:\n  - { name: a, import: { format: go, file: x } }\n  - { name: b, file: bench/a.mjs, metrics: [p50] }\n',
    );
    expect(config.metrics).toEqual(['ns/op']);
  });

  it('reserved names cannot sneak into maps', () => {
    expect(loadError('benchmarks:\n  - { name: a, import: { format: go, file: x }, thresholds: { __proto__: 5% } }\n')).toBe(
      'perf-gate.yml: benchmarks[0].thresholds.__proto__: expected a metric name, got the reserved name "__proto__"',
    );
    expect(loadError('{ "__proto__": { "forks": 2 }, "benchmarks": [{ "name": "a", "command": "x" }] }', {}, 'perf-gate.json')).toMatch(
      /^perf-gate\.json: __proto__: unknown key/,
    );
  });

  it('directions: a native metric keeps its own; metric names that are Object members are plain keys', () => {
    expect(loadError('benchmarks:\n  - { name: a, import: { format: go, file: x }, directions: { throughput: lower } }\n')).toBe(
      'perf-gate.yml: benchmarks[0].directions.throughput: throughput is always higher-is-better (operations per second); directions are for custom metrics',
    );
    const config = load('benchmarks:\n  - { name: a, import: { format: go, file: x }, metrics: [constructor], thresholds: { valueOf: 30% } }\n');
    const settings = settingsFromConfig(config);
    expect(only(config.benchmarks).name).toBe('a');
    expect(thresholdFor(settings, 'a', 'constructor')).toBe(0.1);
    expect(thresholdFor(settings, 'a', 'valueOf')).toBe(0.3);
    expect(thresholdFor(settings, 'a', 'toString')).toBe(0.1);
  });

  it('directions: lower or higher', () => {
    expect(loadError('benchmarks:\n  - { name: a, import: { format: go, file: x }, directions: { score: up } }\n')).toBe(
      'perf-gate.yml: benchmarks[0].directions.score: expected lower or higher (which way is better), got "up"',
    );
  });

  it('durations and counts name their key', () => {
    expect(loadError(`time: 2 sec\n${ONE}`)).toBe(
      'perf-gate.yml: time: expected a duration like "500ms", "2s" or "1m" (a bare number is milliseconds; 0 < d ≤ 24h), got "2 sec"',
    );
    expect(loadError('benchmarks:\n  - { name: a, command: x, timeout: 0 }\n')).toBe(
      'perf-gate.yml: benchmarks[0].timeout: expected a duration like "500ms", "2s" or "1m" (a bare number is milliseconds; 0 < d ≤ 24h), got 0',
    );
    expect(loadError(`forks: 0\n${ONE}`)).toBe('perf-gate.yml: forks: expected a whole number ≥ 1, got 0');
    expect(loadError(`warmup: -1\n${ONE}`)).toBe('perf-gate.yml: warmup: expected a whole number ≥ 0, got -1');
    expect(loadError(`budget: -1s\n${ONE}`)).toMatch(/^perf-gate\.yml: budget: expected a duration .* got "-1s"$/);
  });

  it('policy: a name or a mapping', () => {
    expect(load(`policy: percentage\n${ONE}`).policy).toEqual({ name: 'percentage', confidence: 0.99, failOnInconclusive: false, shownFraction: 0.5 });
    expect(load(`policy: { confidence: 99%, failOnInconclusive: true, shownFraction: 0 }\n${ONE}`).policy).toEqual({
      name: 'noise',
      confidence: 0.99,
      failOnInconclusive: true,
      shownFraction: 0,
    });
    expect(loadError(`policy: nosie\n${ONE}`)).toBe('perf-gate.yml: policy: expected noise or percentage, got "nosie" (did you mean "noise"?)');
    expect(loadError(`policy: { name: strict }\n${ONE}`)).toBe('perf-gate.yml: policy.name: expected noise or percentage, got "strict"');
    expect(loadError(`policy: { confidence: 2 }\n${ONE}`)).toBe(
      'perf-gate.yml: policy.confidence: expected a confidence like 0.95 or "95%" (0 < c < 1), got 2',
    );
    expect(loadError(`policy: { failOnInconclusive: "yes" }\n${ONE}`)).toBe(
      'perf-gate.yml: policy.failOnInconclusive: expected true or false, got "yes"',
    );
    for (const bad of ['1', '-0.1', '"half"']) {
      expect(loadError(`policy: { shownFraction: ${bad} }\n${ONE}`)).toMatch(
        /^perf-gate\.yml: policy\.shownFraction: expected a number from 0 up to \(not including\) 1, such as 0\.5, got /,
      );
    }
  });
});

describe('hash', () => {
  const suite = [
    'threshold: 10%',
    'forks: 2',
    'benchmarks:',
    '  - name: a',
    '    file: bench/a.mjs',
    '    time: 1s',
    '  - name: c',
    '    command: node -e 0',
    '    env: { X: "1", Y: "2" }',
  ].join('\n');

  it('is stable across key order, benchmark order and notation', () => {
    const reordered = [
      'benchmarks:',
      '  - command: node -e 0',
      '    env: { Y: "2", X: 1 }',
      '    name: c',
      '  - time: 1000',
      '    file: ./bench/../bench/a.mjs',
      '    name: a',
      'forks: 2',
      'threshold: 10',
    ].join('\n');
    expect(load(reordered).hash).toBe(load(suite).hash);
  });

  it('is the same for the same suite in two checkouts', () => {
    const a = project({ 'perf-gate.yml': suite });
    const b = project({ 'nested/deeper/perf-gate.yml': suite, 'nested/deeper/bench/a.mjs': '' });
    expect(loadConfig(join(a, 'perf-gate.yml')).hash).toBe(loadConfig(join(b, 'nested/deeper/perf-gate.yml')).hash);
  });

  it('changes with what is measured, not with how it is judged', () => {
    const base = load(suite).hash;
    expect(load(suite.replace('node -e 0', 'node -e 1')).hash).not.toBe(base);
    expect(load(suite.replace('forks: 2', 'forks: 3')).hash).not.toBe(base);
    expect(load(suite.replace('time: 1s', 'time: 2s')).hash).not.toBe(base);
    expect(load(suite.replace('Y: "2"', 'Y: "3"')).hash).not.toBe(base);
    expect(load(suite.replace('name: a', 'name: b')).hash).not.toBe(base);
    expect(load(suite.replace('threshold: 10%', 'threshold: 20%\nmetrics: [p99]\npolicy: percentage\ntimeout: 5s')).hash).toBe(base);
  });

  it('canonicalJson sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('parseConfigText', () => {
  it('parses text as if read from the path', () => {
    const dir = project();
    const path = join(dir, 'perf-gate.yml');
    const config = parseConfigText(ONE, path, { threshold: '20%' });
    expect(config.threshold).toBe(0.2);
    expect(config.dir).toBe(dir);
    expect(errorOf(() => parseConfigText('benchmarks: [', path))).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: YAML syntax error: `));
  });
});
