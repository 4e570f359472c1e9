// Shared pieces of the importer tests: fixture paths, malformed-input checks, and the end-to-end
// round trip through the real CLI (`import` twice, then `compare`).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import type { BenchmarkResult, ReportDocument, ResultsDocument } from '../../src/core/types.ts';
import { importFile } from '../../src/import/index.ts';
import { errorLines, hasStackTrace, runCli } from '../helpers/cli.ts';
import { only } from '../helpers/assert.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function fixture(rel: string): string {
  return join(FIXTURES, rel);
}

export function load(format: string, rel: string): BenchmarkResult[] {
  return importFile(format, fixture(rel));
}

export function named(results: BenchmarkResult[], name: string): BenchmarkResult {
  const found = results.find((r) => r.name === name);
  if (!found) throw new Error(`no benchmark "${name}" in ${results.map((r) => r.name).join(', ')}`);
  return found;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'perf-gate-import-'));
}

/** Writes `text` to a temp file named `file` and returns the error importing it as `format`. */
export function importError(format: string, text: string, file = 'input.txt'): InputError {
  const path = join(tempDir(), file);
  writeFileSync(path, text);
  try {
    importFile(format, path);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message.startsWith(`${file}: `)).toBe(true);
    return err as InputError;
  }
  throw new Error(`importing ${file} as ${format} did not fail`);
}

/** Scales the numbers under the given keys anywhere in a JSON value. */
export function scaleJson(value: unknown, keys: ReadonlySet<string>, factor: number, under = false): unknown {
  if (Array.isArray(value)) return value.map((v) => scaleJson(v, keys, factor, under));
  if (typeof value === 'number') return under ? value * factor : value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaleJson(v, keys, factor, under || keys.has(k))]));
  }
  return value;
}

export function scaledJsonText(rel: string, keys: string[], factor: number): string {
  return JSON.stringify(scaleJson(JSON.parse(readFileSync(fixture(rel), 'utf8')), new Set(keys), factor));
}

export interface RoundTrip {
  compareCode: number | null;
  report: ReportDocument;
  current: ResultsDocument;
}

/**
 * The CLI round trip: `perf-gate import` of a modified copy as the baseline and of the fixture as
 * the current results, then `perf-gate compare`. `baselineText` is the modified copy.
 */
export async function roundTrip(format: string, rel: string, baselineText: string, baselineName = 'baseline-input'): Promise<RoundTrip> {
  const dir = tempDir();
  writeFileSync(join(dir, baselineName), baselineText);
  const base = await runCli(['import', '--format', format, '--file', baselineName, '--out', 'base.json'], { cwd: dir });
  expect(base.stderr).not.toMatch(/error/i);
  expect(base.code).toBe(0);
  const cur = await runCli(['import', '--format', format, '--file', fixture(rel), '--out', 'results.json'], { cwd: dir });
  expect(cur.code).toBe(0);
  const cmp = await runCli(['compare', '--baseline', 'base.json', '--current', 'results.json', '--json', 'report.json'], { cwd: dir });
  expect(hasStackTrace(cmp.stderr)).toBe(false);
  return {
    compareCode: cmp.code,
    report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportDocument,
    current: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsDocument,
  };
}

/** `perf-gate import` of a file that is not the format: exit 2, one line naming the file. */
export async function cliRejects(format: string, text: string, file = 'wrong-input'): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, file), text);
  const run = await runCli(['import', '--format', format, '--file', file, '--out', 'results.json'], { cwd: dir });
  expect(run.code).toBe(2);
  expect(hasStackTrace(run.stderr)).toBe(false);
  const line = only(errorLines(run));
  expect(line).toContain(file);
  return line;
}
