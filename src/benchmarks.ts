// Where the runners meet the importers: `measure` and `addForks` with the import/ registry supplied
// as measure/'s `imports` dependency. measure/ and import/ never import each other; entry points and
// the gate measure through this module. The registry is loaded on demand: a suite without `import`
// benchmarks (and every worker process) never loads the parsers.
import type { Config, ImportBenchmarkConfig } from './config/types.ts';
import { InputError, errorMessage } from './core/errors.ts';
import type { BenchmarkResult, ResultsDocument } from './core/types.ts';
import { addForks as addForksWith, measure as measureWith, type BenchmarkImports, type MeasureOptions } from './measure/index.ts';

export type { BenchmarkImports, MeasureOptions } from './measure/index.ts';

type ImportRegistry = typeof import('./import/index.ts');

async function loadImporters(): Promise<ImportRegistry> {
  try {
    return await import('./import/index.ts');
  } catch (err) {
    throw new InputError(`importing results is not available in this build (${errorMessage(err)})`);
  }
}

/** The import/ registry as measure/ consumes it. */
export const benchmarkImports: BenchmarkImports = {
  async checkFormats(config: Config): Promise<void> {
    (await loadImporters()).checkImportFormats(config);
  },
  async importBenchmark(bench: ImportBenchmarkConfig, dir: string): Promise<BenchmarkResult[]> {
    return (await loadImporters()).importBenchmark(bench, { dir });
  },
};

/** `measure` with the importers supplied (a caller's own `imports` wins). */
export function measure(config: Config, options: MeasureOptions): Promise<ResultsDocument> {
  return measureWith(config, { ...options, imports: options.imports ?? benchmarkImports });
}

/** `addForks` with the same options as `measure`. */
export function addForks(
  config: Config,
  existing: ResultsDocument,
  benchmarkName: string,
  forks: number,
  options: MeasureOptions,
): Promise<ResultsDocument> {
  return addForksWith(config, existing, benchmarkName, forks, { ...options, imports: options.imports ?? benchmarkImports });
}
