// The results document as a whole: shape, fork order, names, filters, adaptive extra forks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/core/errors.ts';
import { RESULTS_KIND, SCHEMA_VERSION } from '../../src/core/types.ts';
import type { ImportBenchmarkConfig } from '../../src/config/types.ts';
import { benchmarkImports } from '../../src/benchmarks.ts';
import { addForks, measure } from '../../src/measure/index.ts';
import { detectGit } from '../../src/measure/fingerprint.ts';
import { commandBench, fileBench, forkOrder, makeConfig, options, settings } from './helpers.ts';
import { at, exactly, metric } from '../helpers/assert.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-document-test-'));
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('the results document', () => {
  it('carries schema, kind, time, tool, git, config hash and machine, and survives JSON', async () => {
    const before = Date.now();
    const doc = await measure(makeConfig([commandBench('c', 'true', { forks: 1, warmup: 0, runs: 2 })]), options());
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.kind).toBe(RESULTS_KIND);
    expect(Date.parse(doc.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(doc.createdAt).toISOString()).toBe(doc.createdAt);
    expect(doc.tool).toEqual({ name: 'perf-gate', version: '0.0.0-test' });
    expect(doc.git).toEqual({ commit: 'c0ffee' });
    expect(doc.configHash).toBe('test-config-hash');
    expect(doc.machine).toEqual({
      node: process.version,
      os: `${os.platform()} ${os.release()}`,
      arch: os.arch(),
      cpu: expect.any(String),
      cores: expect.any(Number),
      memoryBytes: os.totalmem(),
      runner: process.env.RUNNER_NAME || os.hostname(),
    });
    expect(doc.machine.cores).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('uses package.json for the tool version when none is given', async () => {
    const doc = await measure(makeConfig([commandBench('c', 'true', { forks: 1, warmup: 0, runs: 1 })]), {
      ...options(),
      toolVersion: undefined,
    });
    expect(doc.tool.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('interleaves forks round-robin across benchmarks with different fork counts', async () => {
    const opts = options();
    const quick = { warmup: 0, runs: 1 };
    const doc = await measure(
      makeConfig([
        commandBench('a', 'true', { ...quick, forks: 3 }),
        commandBench('b', 'true', { ...quick, forks: 1 }),
        commandBench('c', 'true', { ...quick, forks: 2 }),
      ]),
      opts,
    );
    expect(forkOrder(opts.progress.events)).toEqual(['a#1', 'b#1', 'c#1', 'a#2', 'c#2', 'a#3']);
    expect(doc.benchmarks.map((b) => [b.name, b.forkStats?.length])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 2],
    ]);
    const ends = opts.progress.events.filter((e) => e.type === 'fork-end');
    expect(ends.map((e) => e.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ends.every((e) => e.total === 6)).toBe(true);
    expect(ends.at(-1)?.remainingMs).toBe(0);
  });

  it('filters file benchmarks by full task name', async () => {
    const opts = options({ filter: /join$/ });
    const doc = await measure(makeConfig([fileBench('exported', 'bench-export.mjs'), fileBench('fn', 'function-export.ts')]), opts);
    expect(doc.benchmarks.map((b) => b.name)).toEqual(['exported/join']);
    expect(at(doc.benchmarks, 0).forkStats).toHaveLength(2);
    // fn matched nothing when its tasks were listed: it never runs a fork.
    expect(forkOrder(opts.progress.events)).toEqual(['exported/join#1', 'exported/join#2']);
  });
});

describe('duplicate names', () => {
  it('errors the later benchmark when a file expands to a name another benchmark already has', async () => {
    const doc = await measure(
      makeConfig([fileBench('exported', 'bench-export.mjs', { forks: 1 }), commandBench('exported/sum', 'true', { forks: 1 })]),
      options(),
    );
    expect(doc.benchmarks.map((b) => [b.name, b.status])).toEqual([
      ['exported/sum', 'ok'],
      ['exported/join', 'ok'],
      ['exported/sum (duplicate 2)', 'error'],
    ]);
    expect(at(doc.benchmarks, 2).error).toBe(
      'benchmark "exported/sum": produces the name "exported/sum", which benchmark "exported" already uses; rename a benchmark or task',
    );
  });

  it('errors a later file whose task collides with an earlier benchmark', async () => {
    const doc = await measure(
      makeConfig([commandBench('x/sum', 'true', { forks: 1 }), fileBench('x', 'bench-export.mjs', { forks: 1 })]),
      options(),
    );
    expect(doc.benchmarks.map((b) => [b.name, b.status])).toEqual([
      ['x/sum', 'ok'],
      ['x', 'error'],
    ]);
    expect(at(doc.benchmarks, 1).error).toBe(
      'benchmark "x": produces the name "x/sum", which benchmark "x/sum" already uses; rename a benchmark or task',
    );
  });
});

describe('import benchmarks', () => {
  it('import results relative to the config directory, filtered by full name', async () => {
    const run = (t: number[]) => ({ mean: t[1], stddev: 0.0001, median: t[1], min: t[0], max: t[2], times: t });
    const hyperfine = { results: [{ command: 'alpha', ...run([0.001, 0.002, 0.003]) }, { command: 'beta', ...run([0.004, 0.005, 0.006]) }] };
    const dir = path.join(tmp, 'imports');
    execFileSync('mkdir', ['-p', path.join(dir, 'out')]);
    writeFileSync(path.join(dir, 'out/hyperfine.json'), JSON.stringify(hyperfine));
    const imp: ImportBenchmarkConfig = { kind: 'import', name: 'hf', format: 'hyperfine', file: 'out/hyperfine.json', settings: settings() };

    const all = await measure(makeConfig([imp], dir), options({ imports: benchmarkImports }));
    expect(all.benchmarks).toHaveLength(2);
    for (const r of all.benchmarks) {
      expect(r).toMatchObject({ kind: 'import', status: 'ok' });
      expect(r.name.startsWith('hf/')).toBe(true);
    }
    const second = at(all.benchmarks, 1).name;
    const escaped = second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const one = await measure(makeConfig([imp], dir), options({ imports: benchmarkImports, filter: new RegExp(`^${escaped}$`) }));
    expect(one.benchmarks.map((b) => b.name)).toEqual([second]);
  });

  it('turn an unreadable import into an error for that benchmark only', async () => {
    const imp: ImportBenchmarkConfig = {
      kind: 'import',
      name: 'imported',
      format: 'hyperfine',
      file: path.join(tmp, 'missing.json'),
      settings: settings(),
    };
    const doc = await measure(makeConfig([imp, commandBench('c', 'true', { forks: 1, runs: 1 })]), options({ imports: benchmarkImports }));
    expect(doc.benchmarks[0]).toMatchObject({ name: 'imported', kind: 'import', status: 'error' });
    expect(at(doc.benchmarks, 0).error).toContain('missing.json');
    expect(at(doc.benchmarks, 0).error).not.toMatch(/\n/);
    expect(doc.benchmarks[1]).toMatchObject({ name: 'c', status: 'ok' });
  });
  it('reject an unknown format before anything runs: a config error naming the key', async () => {
    const imp: ImportBenchmarkConfig = { kind: 'import', name: 'imported', format: 'hyperfin', file: 'x.json', settings: settings() };
    const started = path.join(tmp, 'ran');
    const run = measure(makeConfig([commandBench('c', `touch ${started}`, { forks: 1, runs: 1 }), imp]), options({ imports: benchmarkImports }));
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(/benchmarks\[1\]\.import\.format: unknown format "hyperfin" \(did you mean "hyperfine"\?\)/);
    expect(existsSync(started)).toBe(false);
  });

  it('are refused by a measuring engine that was given no importers, before anything runs', async () => {
    const imp: ImportBenchmarkConfig = { kind: 'import', name: 'imported', format: 'hyperfine', file: 'x.json', settings: settings() };
    const started = path.join(tmp, 'ran-without-importers');
    const run = measure(makeConfig([commandBench('c', `touch ${started}`, { forks: 1, runs: 1 }), imp]), options());
    await expect(run).rejects.toThrow(/options\.imports must supply the importers/);
    expect(existsSync(started)).toBe(false);
  });
});

describe('addForks', () => {
  it('appends forks of a command and re-reduces its metrics, leaving other results alone', async () => {
    const config = makeConfig([commandBench('c', 'true', { forks: 2, warmup: 0, runs: 3 }), commandBench('d', 'true', { forks: 1, runs: 1 })]);
    const doc = await measure(config, options());
    const opts = options();
    const more = await addForks(config, doc, 'c', 2, opts);
    const c = at(more.benchmarks, 0);
    expect(c.forkStats?.map((f) => f.fork)).toEqual([1, 2, 3, 4]);
    expect(c.forkStats?.slice(0, 2)).toEqual(at(doc.benchmarks, 0).forkStats);
    expect(c.samples?.perFork).toHaveLength(4);
    const p50s = c.forkStats!.map((f) => f.p50);
    expect(metric(c, 'p50').forks).toEqual(p50s);
    const sorted = [...p50s].sort((a, b) => a - b);
    expect(metric(c, 'p50').value).toBeCloseTo((at(sorted, 1) + at(sorted, 2)) / 2, 6);
    expect(metric(c, 'p50').n).toBe(12);
    expect(more.benchmarks[1]).toEqual(doc.benchmarks[1]);
    expect(more.createdAt).toBe(doc.createdAt);
    expect(forkOrder(opts.progress.events)).toEqual(['c#3', 'c#4']);
  });

  it('re-runs a single task of a multi-task file', async () => {
    const config = makeConfig([fileBench('exported', 'bench-export.mjs', { forks: 1 })]);
    const doc = await measure(config, options());
    const more = await addForks(config, doc, 'exported/sum', 1, options());
    const [sum, join] = exactly(more.benchmarks, 2);
    expect(sum.name).toBe('exported/sum');
    expect(sum.forkStats?.map((f) => f.fork)).toEqual([1, 2]);
    expect(metric(sum, 'mean').forks).toHaveLength(2);
    expect(join).toEqual(doc.benchmarks[1]);
  });

  it('rejects a benchmark that no configured benchmark produces, and leaves failed ones alone', async () => {
    const config = makeConfig([commandBench('c', 'true', { forks: 1, runs: 1 }), commandBench('bad', 'exit 1', { forks: 1 })]);
    const doc = await measure(config, options());
    await expect(addForks(config, doc, 'nope', 1, options())).rejects.toThrow(InputError);
    await expect(addForks(config, doc, 'nope', 1, options())).rejects.toThrow('no configured benchmark produces "nope"');
    const opts = options();
    expect(await addForks(config, doc, 'bad', 1, opts)).toBe(doc);
    expect(forkOrder(opts.progress.events)).toEqual([]);
  });

  it('turns a benchmark into an error when an extra fork fails', async () => {
    const dir = path.join(tmp, 'flaky');
    execFileSync('mkdir', ['-p', dir]);
    // Succeeds while the marker file is absent.
    const config = makeConfig([commandBench('flaky', 'test ! -e marker || { echo "marker present" >&2; exit 5; }', { forks: 1, runs: 1 }, { cwd: dir })]);
    const doc = await measure(config, options());
    expect(at(doc.benchmarks, 0).status).toBe('ok');
    writeFileSync(path.join(dir, 'marker'), '');
    const more = await addForks(config, doc, 'flaky', 1, options());
    expect(more.benchmarks[0]).toEqual({
      name: 'flaky',
      kind: 'command',
      status: 'error',
      error: 'benchmark "flaky": command exited with code 5: marker present',
      metrics: {},
    });
  });
});

describe('git detection', () => {
  it('prefers GITHUB_SHA and GITHUB_REF', async () => {
    expect(await detectGit(tmp, { GITHUB_SHA: 'abc123', GITHUB_REF: 'refs/pull/7/merge' })).toEqual({
      commit: 'abc123',
      ref: 'refs/pull/7/merge',
    });
  });

  it('asks git in the config directory, and gives up quietly outside a repository', async () => {
    const repo = path.join(tmp, 'repo');
    const plain = path.join(tmp, 'plain');
    execFileSync('mkdir', ['-p', repo, plain]);
    expect(await detectGit(plain, {})).toEqual({});
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' })
        .toString()
        .trim();
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'first');
    expect(await detectGit(repo, {})).toEqual({ commit: git('rev-parse', 'HEAD'), ref: 'refs/heads/main' });
  });
});
