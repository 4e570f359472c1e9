import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportBenchmarkConfig } from '../../src/config/types.ts';
import { InputError } from '../../src/core/errors.ts';
import { FORMAT_NAMES, IMPORTERS, importBenchmark, importFile } from '../../src/import/index.ts';
import { runCli } from '../helpers/cli.ts';
import { fixture, tempDir } from './helpers.ts';
import { at, metric, only } from '../helpers/assert.ts';

function bench(name: string, format: string, file: string, directions?: Record<string, 'lower' | 'higher'>): ImportBenchmarkConfig {
  return {
    kind: 'import',
    name,
    format,
    file,
    directions,
    settings: { forks: 1, time: 0, iterations: 0, warmupTime: 0, warmup: 0, runs: 0, timeout: 0, maxExtraForks: 0 },
  };
}

/** A copy of the Criterion fixture tree: target/criterion/fib/{20,25}/new/*.json */
function criterionProject(): string {
  const dir = tempDir();
  cpSync(fixture('criterion/target'), join(dir, 'target'), { recursive: true });
  return dir;
}

describe('the importer registry', () => {
  it('has one importer per format name', () => {
    expect(FORMAT_NAMES).toEqual([
      'hyperfine', 'vitest', 'tinybench', 'benchmarkjs', 'go', 'googlebenchmark', 'pytest-benchmark',
      'criterion', 'benchmarkdotnet', 'jmh', 'catch2', 'custom',
    ]);
    for (const i of IMPORTERS) expect(i.produces.length).toBeGreaterThan(10);
  });

  it('names the known formats for an unknown one, and the file when it cannot be read', () => {
    expect(() => importFile('nope', fixture('go/go-bench.txt'))).toThrow(
      new InputError(`unknown import format "nope" (formats: ${FORMAT_NAMES.join(', ')})`),
    );
    expect(() => importFile('go', '/nonexistent/bench.txt')).toThrow('/nonexistent/bench.txt: cannot read the file to import (no such file)');
  });

  it('applies direction overrides and a name prefix', () => {
    const copy = only(importFile('googlebenchmark', fixture('googlebenchmark/plain.json'), { directions: { copies: 'higher' }, namePrefix: 'gb' }).filter((r) => r.name === 'gb/BM_StringCopy/64'));
    expect(metric(copy, 'copies').direction).toBe('higher');
    expect(metric(copy, 'mean').direction).toBe('lower');
  });
});

describe('importBenchmark (an import benchmark of the config)', () => {
  it('expands a glob relative to the config dir, one benchmark per file, named <bench>/<tool name>', () => {
    const dir = criterionProject();
    const results = importBenchmark(bench('rust', 'criterion', 'target/criterion/**/new/sample.json'), { dir });
    expect(results.map((r) => r.name)).toEqual(['rust/fib/20', 'rust/fib/25']);
    expect(at(results, 0).source).toEqual({ format: 'criterion', file: join('target/criterion/fib/20/new/sample.json') });
    expect(at(results, 0).evidence).toBe('samples');
  });

  it('tells apart the same tool name found in several files by the file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'runs'));
    cpSync(fixture('hyperfine/hyperfine.json'), join(dir, 'runs/a.json'));
    cpSync(fixture('hyperfine/hyperfine.json'), join(dir, 'runs/b.json'));
    const results = importBenchmark(bench('cmd', 'hyperfine', 'runs/*.json'), { dir });
    expect(results.map((r) => r.name)).toEqual(['cmd/runs/a/sleep 0.001', 'cmd/runs/a/true', 'cmd/runs/b/sleep 0.001', 'cmd/runs/b/true']);
  });

  it('names a single benchmark after the config entry and applies `directions`', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'perf.json'), JSON.stringify({ benchmarks: [{ name: 'hits', unit: 'hits', value: 10 }] }));
    const r = only(importBenchmark(bench('cache', 'custom', 'perf.json', { value: 'higher' }), { dir }));
    expect(r.name).toBe('cache');
    expect(metric(r, 'value').direction).toBe('higher');
  });

  it('fails with the pattern when no file matches', () => {
    const dir = tempDir();
    expect(() => importBenchmark(bench('rust', 'criterion', 'target/**/sample.json'), { dir })).toThrow(
      `benchmark "rust": no file matches import file "target/**/sample.json" (relative to ${dir})`,
    );
    expect(() => importBenchmark(bench('go', 'go', 'bench.txt'), { dir })).toThrow(/no file matches import file "bench.txt"/);
    expect(() => importBenchmark(bench('x', 'nope', 'bench.txt'), { dir })).toThrow(/unknown import format "nope"/);
  });

  it('works through `perf-gate run` with an import benchmark in perf-gate.yml', async () => {
    const dir = criterionProject();
    mkdirSync(join(dir, 'bench'), { recursive: true });
    cpSync(fixture('go/go-bench.txt'), join(dir, 'bench/go.txt'));
    writeFileSync(
      join(dir, 'perf-gate.yml'),
      [
        'benchmarks:',
        '  - name: rust',
        '    import: { format: criterion, file: "target/criterion/*/*/new/sample.json" }',
        '  - name: go',
        '    import: { format: go, file: bench/go.txt }',
        '    directions: { fields_per_op: higher }',
        '',
      ].join('\n'),
    );
    const run = await runCli(['run', '--config', 'perf-gate.yml', '--out', 'results.json'], { cwd: dir });
    expect(run.stderr).not.toMatch(/^perf-gate: error/m);
    expect(run.code).toBe(0);
    const doc = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'results.json'), 'utf8'));
    const names = doc.benchmarks.map((b: { name: string }) => b.name);
    expect(names).toEqual(['rust/fib/20', 'rust/fib/25', 'go/Fib10', 'go/Join', 'go/Parse/size=8', 'go/Parse/size=64']);
    const parse = doc.benchmarks.find((b: { name: string }) => b.name === 'go/Parse/size=8');
    expect(parse.metrics.fields_per_op.direction).toBe('higher');
    expect(parse.kind).toBe('import');
  });
});

describe('import errors never echo the file given', () => {
  const SECRET = 'ghp_0123456789abcdefSECRET';
  const inputs: Record<string, string> = {
    env: `TOKEN=${SECRET}\nOTHER=1\n`,
    json: JSON.stringify({ [SECRET]: SECRET }),
    xml: `<?xml version="1.0"?><secret>${SECRET}</secret>`,
    pem: `-----BEGIN PRIVATE KEY-----\n${SECRET}\n-----END PRIVATE KEY-----\n`,
  };
  it.each(FORMAT_NAMES.filter((f) => f !== 'custom').concat('custom'))('%s says what it expected, not what it found', (format) => {
    for (const [kind, text] of Object.entries(inputs)) {
      const dir = tempDir();
      const file = join(dir, `input.${kind}`);
      writeFileSync(file, text);
      let message = '';
      try {
        importFile(format, file);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, `${format} on ${kind}`).not.toBe('');
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain('BEGIN PRIVATE');
      expect(message).not.toContain('TOKEN');
    }
  });
});
