// File benchmarks: real worker processes running real tiny fixture modules.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkResult, ResultsDocument } from '../../src/core/types.ts';
import { NATIVE_METRIC_NAMES } from '../../src/core/metrics.ts';
import { RESOURCE_METRIC_NAMES } from '../../src/core/resources.ts';
import { RESERVOIR_SIZE, measure } from '../../src/measure/index.ts';
import { fileBench, forkOrder, makeConfig, options } from './helpers.ts';
import { isAlive } from '../helpers/processes.ts';
import { at, metric } from '../helpers/assert.ts';

function byName(doc: ResultsDocument, name: string): BenchmarkResult {
  const found = doc.benchmarks.find((b) => b.name === name);
  if (!found) throw new Error(`no result "${name}" in ${doc.benchmarks.map((b) => b.name).join(', ')}`);
  return found;
}

describe('a suite of file benchmarks (2 forks each)', () => {
  let doc: ResultsDocument;
  let opts: ReturnType<typeof options>;

  beforeAll(async () => {
    opts = options();
    const config = makeConfig([
      fileBench('exported', 'bench-export.mjs'),
      fileBench('fn', 'function-export.ts'),
      fileBench('no-retain', 'no-retain.mjs'),
      fileBench('throwing', 'throwing.mjs'),
      fileBench('no-bench', 'no-bench.mjs'),
      fileBench('missing', 'does-not-exist.mjs'),
      fileBench('crash', 'crash.mjs'),
      fileBench('noisy', 'noisy.mjs'),
    ]);
    doc = await measure(config, opts);
  });

  it('names every task <benchmark>/<task>, or <benchmark> for a single-task file, in config order', () => {
    expect(doc.benchmarks.map((b) => b.name)).toEqual([
      'exported/sum',
      'exported/join',
      'fn',
      'no-retain',
      'throwing/good',
      'throwing/bad',
      'no-bench',
      'missing',
      'crash',
      'noisy',
    ]);
  });

  it('measures a default-exported Bench and a function export (TypeScript) in every fork', () => {
    for (const name of ['exported/sum', 'exported/join', 'fn', 'throwing/good', 'noisy']) {
      const r = byName(doc, name);
      expect(r.status, `${name}: ${r.error}`).toBe('ok');
      expect(r.kind).toBe('file');
      expect(r.evidence).toBe('samples');
      expect(r.forkStats?.map((f) => f.fork)).toEqual([1, 2]);
      for (const f of r.forkStats!) {
        expect(f.n).toBeGreaterThanOrEqual(10); // iterations: 10 at least
        expect(f.min).toBeGreaterThanOrEqual(0);
        expect(f.min).toBeLessThanOrEqual(f.p50);
        expect(f.p50).toBeLessThanOrEqual(f.p99);
        expect(f.p99).toBeLessThanOrEqual(f.p999);
        expect(f.p999).toBeLessThanOrEqual(f.max);
        expect(f.throughput).toBeCloseTo(1e9 / f.mean, 6);
        expect(f.durationMs).toBeGreaterThan(0);
      }
    }
  });

  it('reduces overall metrics as the median of per-fork values, with total n and units', () => {
    const r = byName(doc, 'exported/sum');
    expect(Object.keys(r.metrics).sort()).toEqual([...NATIVE_METRIC_NAMES, ...RESOURCE_METRIC_NAMES].sort());
    const total = r.forkStats!.reduce((s, f) => s + f.n, 0);
    for (const name of NATIVE_METRIC_NAMES) {
      const m = metric(r, name);
      const perFork = r.forkStats!.map((f) => f[name as 'p50']);
      expect(m.forks).toEqual(perFork);
      // The median of two forks is their midpoint, to the last bits (values of ~1e7 ns leave no room
      // for an absolute tolerance of 1e-9: the median may add in another order).
      const mid = (at(perFork, 0) + at(perFork, 1)) / 2;
      expect(Math.abs(m.value - mid)).toBeLessThanOrEqual(1e-12 * Math.abs(mid));
      expect(m.n).toBe(total);
      expect(m.unit).toBe(name === 'throughput' ? 'ops/s' : 'ns');
      expect(m.direction).toBe(name === 'throughput' ? 'higher' : 'lower');
    }
  });

  it('keeps a sorted reservoir of at most 256 raw samples per fork, spanning min to max', () => {
    const r = byName(doc, 'exported/sum');
    expect(r.samples?.unit).toBe('ns');
    expect(r.samples?.perFork).toHaveLength(2);
    r.samples!.perFork.forEach((values, i) => {
      const f = at(r.forkStats!, i);
      // A 20 ms fork of a sub-microsecond task holds far more samples than the reservoir keeps.
      expect(f.n).toBeGreaterThan(10 * RESERVOIR_SIZE);
      expect(values.length).toBe(RESERVOIR_SIZE);
      // Reservoir values keep 5 significant digits.
      expect(values[0]).toBe(Number(f.min.toPrecision(5)));
      expect(values[values.length - 1]).toBe(Number(f.max.toPrecision(5)));
      expect([...values].sort((a, b) => a - b)).toEqual(values);
    });
  });

  it('falls back to tinybench statistics when an exported Bench did not retain samples', () => {
    const r = byName(doc, 'no-retain');
    expect(r.status).toBe('ok');
    expect(metric(r, 'p50').value).toBeGreaterThan(0);
    expect(r.forkStats).toHaveLength(2);
    expect(r.samples?.perFork).toEqual([[], []]);
  });

  it('errors a throwing task with one line naming file and task, and keeps its sibling', () => {
    const bad = byName(doc, 'throwing/bad');
    expect(bad.status).toBe('error');
    expect(bad.error).toBe('throwing.mjs: task "bad" threw: TypeError: cannot read the fixture');
    expect(bad.metrics).toEqual({});
    expect(byName(doc, 'throwing/good').status).toBe('ok');
  });

  it('errors a module without a Bench export, saying what it found', () => {
    const r = byName(doc, 'no-bench');
    expect(r.status).toBe('error');
    expect(r.error).toBe(
      'no-bench.mjs: expected a default export that is a tinybench Bench or a function (bench) => void, found object',
    );
  });

  it('errors a missing module', () => {
    expect(byName(doc, 'missing').error).toBe('does-not-exist.mjs: file not found');
  });

  it('errors a process that exits inside a task, with the exit code and its stderr tail', () => {
    const r = byName(doc, 'crash');
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/^crash\.mjs: the benchmark process exited with code 3 in fork 1 before reporting results: fixture: giving up now$/);
  });

  it('every error is a single line', () => {
    for (const r of doc.benchmarks.filter((b) => b.status === 'error')) expect(r.error).not.toMatch(/\n/);
  });

  it('runs no further forks of a benchmark that failed, and interleaves the rest', () => {
    // Each task runs in processes of its own, so each is a benchmark of its own in the progress.
    expect(forkOrder(opts.progress.events)).toEqual([
      'exported/sum#1',
      'exported/join#1',
      'fn#1',
      'no-retain#1',
      'throwing/good#1',
      'throwing/bad#1',
      'no-bench#1',
      'missing#1',
      'crash#1',
      'noisy#1',
      'exported/sum#2',
      'exported/join#2',
      'fn#2',
      'no-retain#2',
      'throwing/good#2',
      'noisy#2',
    ]);
    const failed = opts.progress.events.flatMap((e) => (e.type === 'fork-end' && e.error ? [e.benchmark] : []));
    expect(failed).toEqual(['throwing/bad', 'no-bench', 'missing', 'crash']);
    const end = opts.progress.events.at(-1);
    expect(end).toMatchObject({ type: 'end', benchmarks: 10, errors: 4 });
    // The start counts what the end counts: results, the tasks of a file one by one.
    expect(opts.progress.events[0]).toEqual({ type: 'start', benchmarks: 10, configured: 8, total: 20 });
  });
});

describe('a hanging benchmark', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-measure-test-'));
  });
  afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

  it('is killed after its timeout and errors, while the other benchmarks still run', async () => {
    const pidFile = path.join(tmp, 'hang.pid');
    process.env.PERF_GATE_TEST_PID_FILE = pidFile;
    let doc: ResultsDocument;
    const opts = options();
    try {
      doc = await measure(
        makeConfig([{ ...fileBench('hang', 'hang.mjs', { timeout: 1500, forks: 2 }), passEnv: ['PERF_GATE_TEST_PID_FILE'] }, fileBench('fn', 'function-export.ts', { forks: 2 })]),
        opts,
      );
    } finally {
      delete process.env.PERF_GATE_TEST_PID_FILE;
    }
    expect(doc.benchmarks.map((b) => [b.name, b.status, b.error])).toEqual([
      ['hang', 'error', 'benchmark "hang": timed out after 1.5 s in fork 1'],
      ['fn', 'ok', undefined],
    ]);
    expect(byName(doc, 'fn').forkStats).toHaveLength(2);
    expect(forkOrder(opts.progress.events)).toEqual(['hang#1', 'fn#1', 'fn#2']);

    // The hung worker is gone (not merely abandoned).
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(isAlive(pid)).toBe(false);
  });
});

