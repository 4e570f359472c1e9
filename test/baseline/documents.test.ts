import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendRun,
  parseBaselineOrResults,
  parseResults,
  readBaselineOrResults,
  readResults,
  writeJsonAtomic,
} from '../../src/baseline/documents.ts';
import { DocumentError } from '../../src/core/errors.ts';
import { bench, MACHINE, results } from '../helpers/results.ts';
import { at, defined, metric } from '../helpers/assert.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'perf-gate-doc-'));

describe('reading documents', () => {
  it('round-trips a results document through an atomic write', () => {
    const dir = tmp();
    const path = join(dir, 'r.json');
    const doc = results([bench('a', 100)]);
    writeJsonAtomic(path, doc);
    expect(readResults(path)).toEqual(doc);
    expect(readdirSync(dir)).toEqual(['r.json']); // no temp file left behind
  });

  it('rejects an empty file, truncated JSON and a missing file with the file named', () => {
    const dir = tmp();
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect(() => readResults(empty)).toThrow(`${empty}: file is empty, expected a perf-gate JSON document`);
    const truncated = join(dir, 't.json');
    writeFileSync(truncated, JSON.stringify(results([bench('a', 1)])).slice(0, 80));
    expect(() => readResults(truncated)).toThrow(/t\.json: not valid JSON \(truncated or corrupted\?\)/);
    expect(() => readResults(join(dir, 'nope.json'))).toThrow(/nope\.json: file not found/);
  });

  it('rejects unknown major schema versions and accepts newer minors', () => {
    const doc = results([bench('a', 1)]);
    expect(() => parseResults(JSON.stringify({ ...doc, schemaVersion: '2.0' }), 'x.json')).toThrow(
      'x.json: schemaVersion "2.0" is not supported (this perf-gate reads 1.x); upgrade perf-gate or regenerate the file',
    );
    expect(parseResults(JSON.stringify({ ...doc, schemaVersion: '1.7' }), 'x.json').benchmarks).toHaveLength(1);
  });

  it('rejects non-finite metric values, naming the benchmark and metric', () => {
    const doc = results([bench('parse', 1)]) as unknown as { benchmarks: Array<{ name: string; metrics: Record<string, { value: unknown }> }> };
    metric(at(doc.benchmarks, 0), 'p99').value = null;
    expect(() => parseResults(JSON.stringify(doc), 'b.json')).toThrow(
      'b.json: benchmarks[0] ("parse").metrics.p99.value: expected a finite number, got null',
    );
    metric(at(doc.benchmarks, 0), 'p99').value = 'NaN';
    expect(() => parseResults(JSON.stringify(doc), 'b.json')).toThrow(/got "NaN"/);
  });

  it('rejects duplicate benchmark names and a foreign document', () => {
    const doc = results([bench('a', 1), bench('a', 2)]);
    expect(() => parseResults(JSON.stringify(doc), 'd.json')).toThrow('d.json: benchmarks[1].name: duplicate benchmark name "a"');
    expect(() => parseResults(JSON.stringify({ schemaVersion: '1.0', kind: 'other' }), 'f.json')).toThrow(
      'f.json: "kind" is "other", expected "perf-gate/results"',
    );
    expect(() => parseBaselineOrResults('[1,2]', 'g.json')).toThrow(DocumentError);
  });

  it('takes a single results document as a history of one run', () => {
    const dir = tmp();
    const path = join(dir, 'r.json');
    writeJsonAtomic(path, results([bench('a', 1)]));
    const history = readBaselineOrResults(path);
    expect(history.kind).toBe('perf-gate/baseline');
    expect(history.runs).toHaveLength(1);
  });

  it('names the run of a history that is broken', () => {
    const good = results([bench('a', 1)]);
    const text = JSON.stringify({ schemaVersion: '1.0', kind: 'perf-gate/baseline', runs: [good, { ...good, benchmarks: 3 }] });
    expect(() => parseBaselineOrResults(text, 'h.json')).toThrow('h.json: runs[1]: missing "benchmarks" array');
  });
});

describe('appending to a history', () => {
  it('keeps the newest N runs, oldest first', () => {
    let history = null;
    for (let i = 0; i < 5; i++) {
      history = appendRun(history, results([bench('a', 100 + i)], { createdAt: `2026-11-2${i}T00:00:00Z` }), 3).history;
    }
    expect(defined(history, 'the history').runs.map((r) => metric(at(r.benchmarks, 0), 'p50').value)).toEqual([102, 103, 104]);
  });

  it('warns, and records, when the config hash or the machine changed', () => {
    const first = appendRun(null, results([bench('a', 1)])).history;
    const changed = results([bench('a', 1)], { configHash: 'hash-2', machine: { ...MACHINE, cpu: 'Other CPU' } });
    const { history, warnings } = appendRun(first, changed);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^the config changed since the newest baseline run \(config hash hash-1 → hash-2\)/);
    expect(warnings[1]).toMatch(/^the machine differs from the baseline's \(Test CPU @ 2\.0GHz ×2.* → Other CPU ×2/);
    expect(history.notes).toHaveLength(2);
    expect(history.notes![0]).toMatch(/^run of abcdef012345: the config changed/);
  });

  it('keeps raw-sample reservoirs only in the newest runs, per-fork values in all', () => {
    let history = null;
    for (let i = 0; i < 6; i++) {
      const b = bench('a', 100 + i);
      b.samples = { unit: 'ns', perFork: [[1, 2, 3]] };
      history = appendRun(history, results([b]), 10).history;
    }
    const runs = defined(history, 'the history').runs;
    expect(runs.map((r) => at(r.benchmarks, 0).samples !== undefined)).toEqual([false, false, false, true, true, true]);
    expect(runs.every((r) => metric(at(r.benchmarks, 0), 'p50').forks?.length === 3)).toBe(true);
  });

  it('rejects a keep that is not a whole number ≥ 1', () => {
    expect(() => appendRun(null, results([]), 0)).toThrow('--keep: expected a whole number ≥ 1, got 0');
  });

  it('writes atomically: a failed write leaves the old file intact', () => {
    const dir = tmp();
    const path = join(dir, 'b.json');
    writeJsonAtomic(path, { ok: 1 });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => { writeJsonAtomic(path, circular); }).toThrow();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ok: 1 });
    expect(readdirSync(dir)).toEqual(['b.json']);
  });
});

describe('document text', () => {
  it('keeps arrays of numbers on one line and parses back to the same value', async () => {
    const { toJson } = await import('../../src/baseline/documents.ts');
    const value = { a: [1, -2.5, 3e-7, 1e21], nested: { forks: [[1, 2], [3, 4]] }, names: ['x', 'y'], empty: [], tricky: 'a[1,  2]' };
    const text = toJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"a": [1, -2.5, 3e-7, 1e+21]');
    expect(text).toContain('[1, 2]');
    expect(text).toContain('"x",\n'); // arrays of strings stay one per line
  });
});
