// The measure layer: turns a config into a results document by running every benchmark in fresh
// child processes ("forks"), reducing samples per fork in the child and overall here. The steps:
//
//   plan.ts      config → units (one per command, task of a file, or import), names claimed
//   schedule.ts  units → what each fork returned, forks interleaved across units
//   fork.ts      one fork of one unit → its outcome (worker-call.ts runs a file's worker process)
//   results.ts   outcomes → benchmark results (pure)
//
//   measure(config, options)     → ResultsDocument
//   addForks(config, doc, name…) → ResultsDocument with more forks of one benchmark (adaptive sampling)
//   runWorker(argv)              → the child side, for entry points that double as the worker
import { InputError } from '../core/errors.ts';
import { RESULTS_KIND, SCHEMA_VERSION, type BenchmarkResult, type ResultsDocument } from '../core/types.ts';
import type { BenchmarkConfig, Config } from '../config/types.ts';
import { detectGit, machineFingerprint, toolVersion } from './fingerprint.ts';
import { runFork } from './fork.ts';
import type { MeasureOptions } from './options.ts';
import { expectedResults, planRun, unit, type Unit } from './plan.ts';
import { consoleProgress, type ProgressSink } from './progress.ts';
import { countErrors, foldForks, runResults, withMoreForks } from './results.ts';
import { withRunDirectory } from './run-directory.ts';
import { plannedForks, runInterleaved, type UnitRun } from './schedule.ts';
import { workerCaller } from './worker-call.ts';

export { machineFingerprint } from './fingerprint.ts';
export { runWorker } from './worker.ts';
export { consoleProgress, silentProgress, formatSeconds } from './progress.ts';
export type { ProgressSink, ProgressEvent, ForkProgress } from './progress.ts';
export type { BenchmarkImports, MeasureOptions } from './options.ts';
export { reduceForks } from '../stats/forks.ts';
export { RESERVOIR_SIZE } from './protocol.ts';

/** Runs `units` in a fresh run directory, with start and end events around the forks. */
async function runUnits(
  config: Config,
  options: MeasureOptions,
  plan: (worker: ReturnType<typeof workerCaller>) => Promise<{ units: Unit[]; configured: number }>,
): Promise<UnitRun[]> {
  const progress: ProgressSink = options.progress ?? consoleProgress();
  return withRunDirectory(async (dir) => {
    const startedAt = performance.now();
    const worker = workerCaller(config, options.workerCommand, dir);
    const { units, configured } = await plan(worker);
    const idle = units.map((u) => ({ unit: u, outcomes: [], durations: [] }));
    progress.event({
      type: 'start',
      benchmarks: units.reduce((n, u) => n + expectedResults(u), 0),
      configured,
      total: plannedForks(idle),
    });
    return runInterleaved(units, (u, fork) => runFork({ config, worker }, u, fork), progress, startedAt);
  });
}

function endEvent(options: MeasureOptions, startedAt: number, results: readonly BenchmarkResult[]): void {
  (options.progress ?? consoleProgress()).event({
    type: 'end',
    elapsedMs: performance.now() - startedAt,
    benchmarks: results.length,
    errors: countErrors(results),
  });
}

function checkWorkerCommand(options: MeasureOptions): void {
  if (!Array.isArray(options.workerCommand) || options.workerCommand.length === 0) {
    throw new Error('measure: options.workerCommand must name the program that starts a worker');
  }
}

/** Measures every benchmark of `config` (those matching `options.filter`) into a results document. */
export async function measure(config: Config, options: MeasureOptions): Promise<ResultsDocument> {
  checkWorkerCommand(options);
  const progress = options.progress ?? consoleProgress();
  const withProgress = { ...options, progress };
  // An unknown format is a config error (exit 2) before anything runs.
  if (config.benchmarks.some((b) => b.kind === 'import')) {
    if (!options.imports) throw new Error('measure: the config has import benchmarks: options.imports must supply the importers');
    await options.imports.checkFormats(config);
  }
  const gitInfo = options.git ?? (await detectGit(config.dir));
  const startedAt = performance.now();
  const runs = await runUnits(config, withProgress, async (worker) => {
    const units = await planRun({ config, filter: options.filter, worker, imports: options.imports });
    return { units, configured: new Set(units.map((u) => u.config)).size };
  });
  const benchmarks = runResults(runs);
  endEvent(withProgress, startedAt, benchmarks);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    createdAt: new Date().toISOString(),
    tool: { name: 'perf-gate', version: options.toolVersion ?? toolVersion() },
    git: gitInfo,
    configHash: config.hash,
    machine: machineFingerprint(),
    benchmarks,
  };
}

/** The configured benchmark that produces `name`: its own name, or `<benchmark>/<task>` of a file. */
function configuredFor(config: Config, name: string): BenchmarkConfig | undefined {
  return config.benchmarks.find((b) => b.name === name) ?? config.benchmarks.find((b) => b.kind === 'file' && name.startsWith(`${b.name}/`));
}

/**
 * Runs `forks` more forks of one configured benchmark and merges them into existing results (for
 * adaptive sampling): per-fork values appended, overall values re-reduced. `benchmarkName` is a
 * result name (`<benchmark>/<task>` re-runs that task only) or a configured name (all its results).
 * A failing extra fork turns the affected results into errors, as in `measure`.
 */
export async function addForks(
  config: Config,
  existing: ResultsDocument,
  benchmarkName: string,
  forks: number,
  options: MeasureOptions,
): Promise<ResultsDocument> {
  checkWorkerCommand(options);
  const bench = configuredFor(config, benchmarkName);
  if (!bench) throw new InputError(`no configured benchmark produces "${benchmarkName}"`);
  if (bench.kind === 'import') throw new InputError(`benchmark "${bench.name}" is imported: perf-gate cannot run more forks of it`);
  const targets = existing.benchmarks.filter(
    (r) => r.status === 'ok' && (r.name === benchmarkName || (bench.name === benchmarkName && r.name.startsWith(`${bench.name}/`))),
  );
  // Nothing measured to add to (it failed, or was filtered out): the document stays as it is.
  if (targets.length === 0 || !(forks >= 1)) return existing;

  const progress = options.progress ?? consoleProgress();
  const withProgress = { ...options, progress };
  const lastFork = Math.max(0, ...targets.flatMap((r) => (r.forkStats ?? []).map((f) => f.fork)));
  // One unit per task, as in `measure`: each task runs alone in its processes.
  const units = targets.map((target) =>
    bench.kind === 'file'
      ? unit(bench, Math.floor(forks), { firstFork: lastFork + 1, label: target.name, only: [target.name] })
      : unit(bench, Math.floor(forks), { firstFork: lastFork + 1 }),
  );
  const startedAt = performance.now();
  const runs = await runUnits(config, withProgress, () => Promise.resolve({ units, configured: 1 }));
  const replaced = new Map(targets.map((target, i) => [target.name, withMoreForks(target, foldForks(runs[i]?.outcomes ?? []))]));
  endEvent(withProgress, startedAt, [...replaced.values()]);
  return { ...existing, benchmarks: existing.benchmarks.map((r) => replaced.get(r.name) ?? r) };
}
