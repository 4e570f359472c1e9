// The measure layer: turns a config into a results document by running every benchmark in fresh
// child processes ("forks"), reducing samples per fork in the child and overall here.
//
//   measure(config, options)     → ResultsDocument
//   addForks(config, doc, name…) → ResultsDocument with more forks of one benchmark (adaptive sampling)
//   runWorker(argv)              → the child side, for entry points that double as the worker
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError, errorMessage } from '../core/errors.ts';
import {
  RESULTS_KIND,
  SCHEMA_VERSION,
  type BenchmarkKind,
  type BenchmarkResult,
  type ForkStats,
  type GitInfo,
  type ResultsDocument,
} from '../core/types.ts';
import type {
  BenchmarkConfig,
  CommandBenchmarkConfig,
  Config,
  FileBenchmarkConfig,
  ImportBenchmarkConfig,
} from '../config/types.ts';
import { runCommandFork, type ForkOutcome } from './command.ts';
import { cleanUpOnSignal, lastLines, runChild } from './children.ts';
import { detectGit, machineFingerprint, toolVersion } from './fingerprint.ts';
import { consoleProgress, formatSeconds, type ProgressSink } from './progress.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { forkStatsFrom, reduceForks } from './reduce.ts';

export { machineFingerprint } from './fingerprint.ts';
export { runWorker } from './worker.ts';
export { consoleProgress, silentProgress, formatSeconds } from './progress.ts';
export type { ProgressSink, ProgressEvent, ForkProgress } from './progress.ts';
export { reduceForks } from './reduce.ts';
export { RESERVOIR_SIZE } from './protocol.ts';

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
}

// ---------------------------------------------------------------------------------------------
// Internal state of a run

/** What accumulates for one result name (a task of a file, or a command) over its forks. */
interface Acc {
  name: string;
  forkStats: ForkStats[];
  reservoirs: number[][];
  /** First failure of this task (a throw); the other tasks of the file keep their results. */
  error?: string;
}

/** One configured benchmark during a run. */
interface Slot {
  config: BenchmarkConfig;
  /** Forks to run now, and the number of the first one (above existing forks for addForks). */
  forks: number;
  firstFork: number;
  /** Forks finished (successfully or not) in this run. */
  finished: number;
  /** Nothing more to run: failed as a whole, or filtered out. */
  stopped: boolean;
  /** A failure of the benchmark as a whole (timeout, crash, import error, duplicate name). */
  error?: string;
  results: Map<string, Acc>;
  /** Results of an `import` benchmark, as the importer returned them. */
  imported?: BenchmarkResult[];
  durations: number[];
  /** For file benchmarks: only these full names (adaptive re-runs of single tasks). */
  only?: string[];
}

interface Run {
  config: Config;
  options: MeasureOptions;
  progress: ProgressSink;
  tmp: string;
  start: number;
  slots: Slot[];
  /** Result name → the slot that produced it first (config order wins). */
  owners: Map<string, Slot | 'existing'>;
}

function displayPath(config: Config, file: string): string {
  const rel = path.relative(config.dir, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function newSlot(config: BenchmarkConfig, forks: number, firstFork = 1): Slot {
  return { config, forks, firstFork, finished: 0, stopped: false, results: new Map(), durations: [] };
}

function totalPlanned(run: Run): number {
  return run.slots.reduce((sum, s) => sum + (s.stopped ? s.finished : s.forks), 0);
}

function doneCount(run: Run): number {
  return run.slots.reduce((sum, s) => sum + s.finished, 0);
}

/** Time left: each pending fork costs its benchmark's mean fork time so far, or the overall mean. */
function estimateRemaining(run: Run): number | undefined {
  const all = run.slots.flatMap((s) => s.durations);
  if (all.length === 0) return undefined;
  const overall = all.reduce((a, b) => a + b, 0) / all.length;
  let ms = 0;
  for (const s of run.slots) {
    if (s.stopped) continue;
    const own = s.durations.length ? s.durations.reduce((a, b) => a + b, 0) / s.durations.length : overall;
    ms += own * (s.forks - s.finished);
  }
  return ms;
}

function progressOf(run: Run, slot: Slot, round: number) {
  return {
    benchmark: slot.config.name,
    fork: slot.firstFork + round,
    forks: slot.firstFork - 1 + slot.forks,
    done: doneCount(run),
    total: totalPlanned(run),
    elapsedMs: performance.now() - run.start,
    remainingMs: estimateRemaining(run),
  };
}

/**
 * Claims result names for a slot. When an earlier benchmark (config order) already has one of them,
 * nothing is claimed and that name is returned.
 */
function claim(run: Run, slot: Slot, names: string[]): string | undefined {
  const clash = names.find((name) => {
    const owner = run.owners.get(name);
    return owner !== undefined && owner !== slot;
  });
  if (clash !== undefined) return clash;
  for (const name of names) run.owners.set(name, slot);
  return undefined;
}

function duplicateMessage(run: Run, slot: Slot, name: string): string {
  const owner = run.owners.get(name);
  const by = owner && owner !== 'existing' ? `benchmark "${owner.config.name}"` : 'another benchmark';
  return `benchmark "${slot.config.name}": produces the name "${name}", which ${by} already uses; rename a benchmark or task`;
}

function fail(slot: Slot, error: string): void {
  slot.error ??= error;
  slot.stopped = true;
}

// ---------------------------------------------------------------------------------------------
// One fork of one benchmark

async function runFileFork(run: Run, slot: Slot, bench: FileBenchmarkConfig, fork: number): Promise<void> {
  const shown = displayPath(run.config, bench.file);
  if (!existsSync(bench.file)) return fail(slot, `${shown}: file not found`);
  const [command, ...prefix] = run.options.workerCommand;
  const id = `${run.slots.indexOf(slot)}-${fork}`;
  const requestPath = path.join(run.tmp, `request-${id}.json`);
  const request: WorkerRequest = {
    file: bench.file,
    displayFile: shown,
    benchmark: bench.name,
    bench: {
      time: bench.settings.time,
      iterations: bench.settings.iterations,
      warmupTime: bench.settings.warmupTime,
      warmupIterations: bench.settings.warmup,
    },
    resultPath: path.join(run.tmp, `result-${id}.json`),
  };
  if (run.options.filter) request.filter = { source: run.options.filter.source, flags: run.options.filter.flags };
  if (slot.only) request.only = slot.only;
  await writeFile(requestPath, JSON.stringify(request));

  const child = await runChild(command, [...prefix, requestPath], {
    cwd: run.config.dir,
    env: { ...process.env, PERF_GATE_WORKER: '1' },
    timeoutMs: bench.settings.timeout,
  });
  if (child.timedOut) {
    return fail(slot, `benchmark "${bench.name}": timed out after ${formatSeconds(bench.settings.timeout)} in fork ${fork}`);
  }
  if (child.spawnError) {
    return fail(slot, `benchmark "${bench.name}": cannot start a worker process (${command}): ${child.spawnError.message}`);
  }
  let response: WorkerResponse;
  try {
    response = JSON.parse(await readFile(request.resultPath, 'utf8')) as WorkerResponse;
  } catch (err) {
    const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${child.code}`;
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    const tail = lastLines(child.stderr);
    return fail(
      slot,
      `${shown}: the benchmark process ${how} in fork ${fork}${missing ? ' before reporting results' : ' and left an unreadable result'}` +
        (tail ? `: ${tail}` : ''),
    );
  }
  if (!response.ok) return fail(slot, response.error);

  if (response.tasks.length === 0 && slot.results.size === 0) {
    // The filter matched none of its tasks: the benchmark is skipped, silently.
    slot.stopped = true;
    return;
  }
  const clash = claim(run, slot, response.tasks.map((t) => t.name));
  if (clash !== undefined) return fail(slot, duplicateMessage(run, slot, clash));
  for (const task of response.tasks) {
    let acc = slot.results.get(task.name);
    if (!acc) {
      acc = { name: task.name, forkStats: [], reservoirs: [] };
      slot.results.set(task.name, acc);
    }
    if (!task.ok) {
      acc.error ??= task.error;
      continue;
    }
    acc.forkStats.push(forkStatsFrom(fork, task.summary, task.durationMs));
    acc.reservoirs.push(task.reservoir);
  }
}

async function runCommandSlotFork(run: Run, slot: Slot, bench: CommandBenchmarkConfig, fork: number): Promise<void> {
  const clash = claim(run, slot, [bench.name]);
  if (clash !== undefined) return fail(slot, duplicateMessage(run, slot, clash));
  const outcome: ForkOutcome = await runCommandFork(bench, fork);
  if (!outcome.ok) return fail(slot, outcome.error);
  let acc = slot.results.get(bench.name);
  if (!acc) {
    acc = { name: bench.name, forkStats: [], reservoirs: [] };
    slot.results.set(bench.name, acc);
  }
  acc.forkStats.push(forkStatsFrom(fork, outcome.summary, outcome.durationMs));
  acc.reservoirs.push(outcome.reservoir);
}

interface ImportModule {
  importBenchmark(bench: ImportBenchmarkConfig, options?: { dir?: string }): Promise<BenchmarkResult[]>;
}

async function runImportSlot(run: Run, slot: Slot, bench: ImportBenchmarkConfig): Promise<void> {
  let mod: ImportModule;
  try {
    // Loaded on demand: a suite without imports never pays for the parsers.
    mod = await import('../import/index.ts');
  } catch (err) {
    return fail(slot, `benchmark "${bench.name}": importing results is not available in this build (${errorMessage(err)})`);
  }
  let results: BenchmarkResult[];
  try {
    results = await mod.importBenchmark(bench, { dir: run.config.dir });
  } catch (err) {
    if (err instanceof InputError) {
      const named = err.message.includes(`"${bench.name}"`) ? err.message : `benchmark "${bench.name}": ${err.message}`;
      return fail(slot, named);
    }
    throw err;
  }
  const kept = run.options.filter ? results.filter((r) => testName(run.options.filter!, r.name)) : results;
  if (kept.length === 0) {
    slot.stopped = true;
    return;
  }
  const clash = claim(run, slot, kept.map((r) => r.name));
  if (clash !== undefined) return fail(slot, duplicateMessage(run, slot, clash));
  slot.imported = kept;
}

function testName(filter: RegExp, name: string): boolean {
  filter.lastIndex = 0;
  return filter.test(name);
}

async function runSlotFork(run: Run, slot: Slot, round: number): Promise<void> {
  const fork = slot.firstFork + round;
  const before = performance.now();
  const errorBefore = slot.error;
  run.progress.event({ type: 'fork-start', ...progressOf(run, slot, round) });
  const bench = slot.config;
  if (bench.kind === 'file') await runFileFork(run, slot, bench, fork);
  else if (bench.kind === 'command') await runCommandSlotFork(run, slot, bench, fork);
  else await runImportSlot(run, slot, bench);
  const durationMs = performance.now() - before;
  slot.finished++;
  slot.durations.push(durationMs);
  run.progress.event({
    type: 'fork-end',
    ...progressOf(run, slot, round),
    durationMs,
    ...(slot.error !== errorBefore ? { error: slot.error } : {}),
  });
}

/**
 * Runs all slots, interleaved: fork 1 of every benchmark, then fork 2 of every benchmark, and so on.
 * Machines drift (thermal throttling, a noisy neighbour arriving, caches of other jobs): run in
 * blocks, a drift during one benchmark's forks would bias that benchmark alone; interleaved, it
 * spreads over all benchmarks and shows up as between-fork variance, where the verdicts account for it.
 */
async function runSlots(run: Run): Promise<void> {
  const rounds = Math.max(0, ...run.slots.map((s) => s.forks));
  for (let round = 0; round < rounds; round++) {
    for (const slot of run.slots) {
      if (slot.stopped || round >= slot.forks) continue;
      await runSlotFork(run, slot, round);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// From slots to results

function okResult(kind: BenchmarkKind, acc: Acc): BenchmarkResult {
  return {
    name: acc.name,
    kind,
    status: 'ok',
    metrics: reduceForks(acc.forkStats),
    forkStats: acc.forkStats,
    samples: { unit: 'ns', perFork: acc.reservoirs },
    evidence: 'samples',
  };
}

function errorResult(kind: BenchmarkKind, name: string, error: string): BenchmarkResult {
  return { name, kind, status: 'error', error, metrics: {} };
}

/** A document-unique name for the error result of a benchmark whose own name is taken. */
function freeName(taken: Set<string>, name: string): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (duplicate ${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}

function slotResults(slot: Slot, taken: Set<string>): BenchmarkResult[] {
  const kind = slot.config.kind;
  let out: BenchmarkResult[];
  if (slot.error !== undefined) {
    const names = [...slot.results.keys()].filter((n) => !taken.has(n));
    out = names.length
      ? names.map((n) => errorResult(kind, n, slot.error!))
      : [errorResult(kind, freeName(taken, slot.config.name), slot.error)];
  } else if (slot.imported) {
    out = slot.imported;
  } else {
    out = [...slot.results.values()].map((acc) =>
      acc.error !== undefined || acc.forkStats.length === 0
        ? errorResult(kind, acc.name, acc.error ?? `benchmark "${acc.name}": no samples`)
        : okResult(kind, acc),
    );
  }
  for (const r of out) taken.add(r.name);
  return out;
}

async function withRun<T>(config: Config, options: MeasureOptions, fn: (run: Run) => Promise<T>): Promise<T> {
  if (!Array.isArray(options.workerCommand) || options.workerCommand.length === 0) {
    throw new Error('measure: options.workerCommand must name the program that starts a worker');
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'perf-gate-'));
  const run: Run = {
    config,
    options,
    progress: options.progress ?? consoleProgress(),
    tmp,
    start: performance.now(),
    slots: [],
    owners: new Map(),
  };
  const forget = cleanUpOnSignal(() => rmSync(tmp, { recursive: true, force: true }));
  try {
    return await fn(run);
  } finally {
    forget();
    await rm(tmp, { recursive: true, force: true });
  }
}

function countErrors(results: BenchmarkResult[]): number {
  return results.filter((r) => r.status === 'error').length;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Measures every benchmark of `config` (those matching `options.filter`) into a results document. */
export async function measure(config: Config, options: MeasureOptions): Promise<ResultsDocument> {
  if (config.benchmarks.some((b) => b.kind === 'import')) {
    // An unknown format is a config error (exit 2) before anything runs. Checked here, where the
    // registry is loaded on demand, so suites without imports (and every worker) never load it.
    const { checkImportFormats } = await import('../import/index.ts');
    checkImportFormats(config);
  }
  const gitInfo = options.git ?? (await detectGit(config.dir));
  const benchmarks = await withRun(config, options, async (run) => {
    for (const bench of config.benchmarks) {
      const slot = newSlot(bench, bench.kind === 'import' ? 1 : Math.max(1, bench.settings.forks));
      // A command's name is known up front: filter it before running anything.
      if (bench.kind === 'command' && options.filter && !testName(options.filter, bench.name)) continue;
      run.slots.push(slot);
    }
    run.progress.event({ type: 'start', benchmarks: run.slots.length, total: totalPlanned(run) });
    await runSlots(run);
    const taken = new Set<string>();
    const results = run.slots.flatMap((slot) => slotResults(slot, taken));
    run.progress.event({ type: 'end', elapsedMs: performance.now() - run.start, benchmarks: results.length, errors: countErrors(results) });
    return results;
  });
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
  const bench =
    config.benchmarks.find((b) => b.name === benchmarkName) ??
    config.benchmarks.find((b) => b.kind === 'file' && benchmarkName.startsWith(`${b.name}/`));
  if (!bench) throw new InputError(`no configured benchmark produces "${benchmarkName}"`);
  if (bench.kind === 'import') throw new InputError(`benchmark "${bench.name}" is imported: perf-gate cannot run more forks of it`);
  const targets = existing.benchmarks.filter(
    (r) => r.status === 'ok' && (r.name === benchmarkName || (bench.name === benchmarkName && r.name.startsWith(`${bench.name}/`))),
  );
  // Nothing measured to add to (it failed, or was filtered out): the document stays as it is.
  if (targets.length === 0 || !(forks >= 1)) return existing;

  const lastFork = Math.max(0, ...targets.flatMap((r) => (r.forkStats ?? []).map((f) => f.fork)));
  const replaced = await withRun(config, { ...options, filter: undefined }, async (run) => {
    const slot = newSlot(bench, Math.floor(forks), lastFork + 1);
    if (bench.kind === 'file') slot.only = targets.map((r) => r.name);
    // Names of other results stay taken; the slot's own names are its to use.
    for (const r of existing.benchmarks) run.owners.set(r.name, targets.includes(r) ? slot : 'existing');
    run.slots.push(slot);
    run.progress.event({ type: 'start', benchmarks: 1, total: slot.forks });
    await runSlots(run);
    const merged = new Map<string, BenchmarkResult>();
    for (const target of targets) {
      const acc = slot.results.get(target.name);
      const error = slot.error ?? acc?.error;
      if (error !== undefined) {
        merged.set(target.name, errorResult(target.kind, target.name, error));
        continue;
      }
      const forkStats = [...(target.forkStats ?? []), ...(acc?.forkStats ?? [])];
      const perFork = [...(target.samples?.perFork ?? []), ...(acc?.reservoirs ?? [])];
      merged.set(target.name, {
        ...target,
        metrics: reduceForks(forkStats),
        forkStats,
        samples: { unit: target.samples?.unit ?? 'ns', perFork },
      });
    }
    const errors = [...merged.values()].filter((r) => r.status === 'error').length;
    run.progress.event({ type: 'end', elapsedMs: performance.now() - run.start, benchmarks: merged.size, errors });
    return merged;
  });
  return { ...existing, benchmarks: existing.benchmarks.map((r) => replaced.get(r.name) ?? r) };
}
