// What a caller of `measure` and `addForks` passes in, including the one dependency the composition
// layer supplies: how `import` benchmarks get their results (measure/ never loads the parsers).
import type { Config, ImportBenchmarkConfig } from '../config/types.ts';
import type { BenchmarkResult, GitInfo } from '../core/types.ts';
import type { ProgressSink } from './progress.ts';

/**
 * The importers, as the measuring engine sees them. src/benchmarks.ts supplies the real ones (the
 * import/ registry, loaded on demand).
 */
export interface BenchmarkImports {
  /**
   * Throws a ConfigError (one line, naming the key) for an `import` benchmark whose format is
   * unknown: called before anything runs, so the mistake costs no measuring time.
   */
  checkFormats(config: Config): Promise<void>;
  /**
   * The results of one `import` benchmark, files relative to `dir`. An InputError is that
   * benchmark's failure (the others still run); anything else is a bug and propagates.
   */
  importBenchmark(bench: ImportBenchmarkConfig, dir: string): Promise<BenchmarkResult[]>;
}

export interface MeasureOptions {
  /**
   * argv prefix that starts a worker process, e.g. [process.execPath, '/abs/src/measure/worker-main.ts']
   * or [process.execPath, '/abs/dist/index.js', '__perf-gate-worker']. The path of a request file is
   * appended as the last argument. Required.
   */
  workerCommand: string[];
  /** Benchmarks whose full name (`<benchmark>/<task>` for multi-task files) does not match are skipped. */
  filter?: RegExp;
  /** Default: human lines on stderr (consoleProgress()). */
  progress?: ProgressSink;
  /** Default: GITHUB_SHA/GITHUB_REF, else `git rev-parse HEAD` in config.dir when that works. */
  git?: GitInfo;
  /** Default: the version in perf-gate's package.json. */
  toolVersion?: string;
  /** Required when the config has `import` benchmarks (src/benchmarks.ts supplies it). */
  imports?: BenchmarkImports;
}

export function testName(filter: RegExp, name: string): boolean {
  filter.lastIndex = 0;
  return filter.test(name);
}
