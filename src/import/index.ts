// The importers: one registry line per format. `importFile` parses one file of a tool's output into
// perf-gate benchmarks; `importBenchmark` does it for an `import: { format, file }` benchmark of the
// config (a glob, names prefixed with the benchmark's name, direction overrides applied).
import { existsSync, globSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Config, ImportBenchmarkConfig } from '../config/types.ts';
import { nearest } from '../config/values.ts';
import { ConfigError, InputError } from '../core/errors.ts';
import { globUnsupportedError } from '../core/node-support.ts';
import { ownValue } from '../core/own.ts';
import type { BenchmarkResult, Direction } from '../core/types.ts';
import { readInput, uniqueNames, type Importer } from './common.ts';
import { benchmarkdotnet } from './formats/benchmarkdotnet.ts';
import { benchmarkjs } from './formats/benchmarkjs.ts';
import { catch2 } from './formats/catch2.ts';
import { criterion } from './formats/criterion.ts';
import { custom } from './formats/custom.ts';
import { go } from './formats/go.ts';
import { googlebenchmark } from './formats/googlebenchmark.ts';
import { hyperfine } from './formats/hyperfine.ts';
import { jmh } from './formats/jmh.ts';
import { pytestBenchmark } from './formats/pytest-benchmark.ts';
import { tinybench } from './formats/tinybench.ts';
import { vitest } from './formats/vitest.ts';

export type { Importer } from './common.ts';

/** One line per format. */
export const IMPORTERS: readonly Importer[] = [
  hyperfine,
  vitest,
  tinybench,
  benchmarkjs,
  go,
  googlebenchmark,
  pytestBenchmark,
  criterion,
  benchmarkdotnet,
  jmh,
  catch2,
  custom,
];

export const FORMAT_NAMES: readonly string[] = IMPORTERS.map((i) => i.name);

export function importer(format: string): Importer {
  const found = IMPORTERS.find((i) => i.name === format);
  if (!found) throw new InputError(`unknown import format "${format}" (formats: ${FORMAT_NAMES.join(', ')})`);
  return found;
}

/**
 * Rejects an `import` benchmark whose format is not one of the registry's: a config error (exit 2)
 * before anything is measured, instead of a failed benchmark after the rest have run. The config
 * layer does not know the registry (core does not depend on adapters): `measure` calls this first.
 */
export function checkImportFormats(config: Config, cwd = process.cwd()): void {
  config.benchmarks.forEach((b, i) => {
    if (b.kind !== 'import' || FORMAT_NAMES.includes(b.format)) return;
    const label = relative(cwd, config.path) || config.path;
    const guess = nearest(b.format, FORMAT_NAMES);
    throw new ConfigError(
      `${label}: benchmarks[${i}].import.format: unknown format ${JSON.stringify(b.format)}` +
        `${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; formats: ${FORMAT_NAMES.join(', ')}`,
    );
  });
}

export interface ImportOptions {
  /** Per-metric direction overrides (config `directions`). */
  directions?: Record<string, Direction>;
  /** Prepended to every benchmark name as `<prefix>/<name>`. */
  namePrefix?: string;
}

/** Parses one file of a tool's output. Throws InputError (one line) on a file of another format. */
export function importFile(format: string, file: string, options: ImportOptions = {}): BenchmarkResult[] {
  const imp = importer(format);
  const results = imp.parse(readInput(file));
  if (results.length === 0) throw new InputError(`${file}: no benchmarks found in this ${format} output`);
  for (const r of results) {
    if (options.namePrefix) r.name = `${options.namePrefix}/${r.name}`;
    applyDirections(r, options.directions);
  }
  return results;
}

function applyDirections(r: BenchmarkResult, directions: Record<string, Direction> | undefined): void {
  if (!directions) return;
  for (const [name, m] of Object.entries(r.metrics)) {
    const d = ownValue(directions, name);
    if (d === 'lower' || d === 'higher') m.direction = d;
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/** The files an import benchmark names: `file` as a path or glob relative to `dir`, sorted. */
export function expandImportFiles(pattern: string, dir: string): string[] {
  if (!GLOB_CHARS.test(pattern)) {
    const abs = resolve(dir, pattern);
    return existsSync(abs) ? [abs] : [];
  }
  const cwd = isAbsolute(pattern) ? undefined : dir;
  const matches = globSync(pattern, cwd ? { cwd } : {});
  return [...new Set(matches.map((m) => resolve(dir, m)))].filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile()).sort();
}

/**
 * Imports the results of an `import: { format, file }` benchmark. Benchmarks are named
 * `<bench.name>/<tool's name>`, or `<bench.name>` when the files hold only one.
 */
export function importBenchmark(bench: ImportBenchmarkConfig, options: { dir?: string } = {}): BenchmarkResult[] {
  const dir = options.dir ?? process.cwd();
  importer(bench.format);
  const needsNewerNode = GLOB_CHARS.test(bench.file) ? globUnsupportedError(bench.file) : undefined;
  if (needsNewerNode) throw new InputError(`benchmark "${bench.name}": ${needsNewerNode}`);
  const files = expandImportFiles(bench.file, dir);
  if (files.length === 0) {
    throw new InputError(`benchmark "${bench.name}": no file matches import file "${bench.file}" (relative to ${dir})`);
  }
  const all: { result: BenchmarkResult; file: string }[] = [];
  for (const abs of files) {
    const results = importFile(bench.format, abs, { directions: bench.directions });
    const rel = relative(dir, abs) || abs;
    const file = rel.startsWith('..') ? abs : rel;
    for (const r of results) {
      if (r.source) r.source.file = file;
      all.push({ result: r, file });
    }
  }
  const [only, ...others] = all;
  if (only && others.length === 0) {
    only.result.name = bench.name;
    return [only.result];
  }
  // A name found in several files is told apart by its file (without the extension).
  const count = new Map<string, number>();
  for (const { result } of all) count.set(result.name, (count.get(result.name) ?? 0) + 1);
  for (const { result, file } of all) {
    const where = (count.get(result.name) ?? 0) > 1 && files.length > 1 ? `${file.replace(/\\/g, '/').replace(/\.[^./]*$/, '')}/` : '';
    result.name = `${bench.name}/${where}${result.name}`;
  }
  return uniqueNames(all.map((a) => a.result));
}
