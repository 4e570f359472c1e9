// Documents that contradict themselves or the metric registry are rejected with one line naming the
// file, benchmark and metric; baseline updates hold an exclusive lock, and a dead holder's lock is broken.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResults, updateBaselineFile, withFileLock } from '../../src/baseline/documents.ts';
import { DocumentError, InputError } from '../../src/core/errors.ts';
import { bench, results } from '../helpers/results.ts';
import { metric } from '../helpers/assert.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'perf-gate-integrity-'));

function parseError(doc: unknown): string {
  try {
    parseResults(JSON.stringify(doc), 'r.json');
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as Error).message;
  }
  throw new Error('expected the document to be rejected');
}

describe('results documents that contradict themselves are rejected', () => {
  it('a document without git, createdAt or a valid status', () => {
    const { git: _git, ...noGit } = results([bench('a', 100)]);
    expect(parseError(noGit)).toBe('r.json: missing "git" object (may be empty: {})');
    const { createdAt: _c, ...noDate } = results([bench('a', 100)]);
    expect(parseError(noDate)).toMatch(/^r\.json: missing "createdAt" string/);
    const odd = results([{ ...bench('a', 100), status: 'fine' as 'ok' }]);
    expect(parseError(odd)).toBe('r.json: benchmarks[0] ("a").status: expected "ok" or "error", got "fine"');
  });

  it('a throughput marked lower-is-better, naming the benchmark and metric', () => {
    const b = bench('api', 100);
    metric(b, 'throughput').direction = 'lower';
    expect(parseError(results([b]))).toBe(
      'r.json: benchmarks[0] ("api").metrics.throughput.direction: throughput is higher-is-better (operations per second), the document says lower',
    );
  });

  it('an overall value outside its per-fork values', () => {
    const b = bench('api', 100);
    metric(b, 'p50').forks = [10, 11, 12];
    expect(parseError(results([b]))).toBe(
      'r.json: benchmarks[0] ("api").metrics.p50: the value 100 lies outside its per-fork values (10 to 12); the document contradicts itself',
    );
    metric(b, 'p50').forks = [10, 'x' as unknown as number];
    expect(parseError(results([b]))).toMatch(/metrics\.p50\.forks: expected a list of finite numbers$/);
  });

  it('a metric named __proto__', () => {
    const text = JSON.stringify(results([bench('api', 100)])).replace('"p999":', '"__proto__":');
    expect(() => parseResults(text, 'r.json')).toThrow(/metrics\.__proto__: "__proto__" is not a metric name/);
  });
});

describe('the baseline lock', () => {
  it('is held while the update runs and removed afterwards', () => {
    const path = join(tmp(), 'baseline.json');
    let held = '';
    withFileLock(path, () => {
      held = readFileSync(`${path}.lock`, 'utf8');
    });
    expect(JSON.parse(held)).toMatchObject({ pid: process.pid, host: hostname() });
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('breaks the lock of a dead process and keeps every run', () => {
    const path = join(tmp(), 'baseline.json');
    // pid 2^22 + 1 is above Linux's pid_max default: no such process.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 4_194_305, host: hostname(), time: '2026-01-01T00:00:00Z' }));
    updateBaselineFile(path, results([bench('a', 100)]), 20, { timeoutMs: 2000 });
    updateBaselineFile(path, results([bench('a', 101)]), 20, { timeoutMs: 2000 });
    expect(JSON.parse(readFileSync(path, 'utf8')).runs).toHaveLength(2);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('waits for a live holder, then gives up with one line naming it and the lock file', () => {
    const path = join(tmp(), 'baseline.json');
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), time: '2026-01-01T00:00:00Z' }));
    let message = '';
    try {
      updateBaselineFile(path, results([bench('a', 100)]), 20, { timeoutMs: 300 });
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      message = (err as Error).message;
    }
    expect(message).toBe(
      `${path}: locked by process ${process.pid} on ${hostname()} since 2026-01-01T00:00:00Z; gave up after 0 s (if no perf-gate is running, delete ${path}.lock)`,
    );
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.lock`)).toBe(true);
  });
});
