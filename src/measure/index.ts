// The measure layer: turns a config into a results document by running every benchmark in fresh
// child processes ("forks"), reducing samples per fork in the child and overall here.
//
//   measure(config, options)     → ResultsDocument
//   addForks(config, doc, name…) → ResultsDocument with more forks of one benchmark (adaptive sampling)
//   runWorker(argv)              → the child side, for entry points that double as the worker
import { existsSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
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
import { childEnvironment } from './environment.ts';
import { detectGit, machineFingerprint, toolVersion } from './fingerprint.ts';
import { consoleProgress, formatSeconds, type ProgressSink } from './progress.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { forkStatsFrom, reduceForks } from './reduce.ts';
import { acquireReaper, createRunDir, sweepStaleRunDirs } from './reaper.ts';

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

/**
 * One unit of measurement during a run: a command, one task of a file benchmark, or an import.
 * Each task of a file gets a slot of its own and runs alone in its own processes, so what it
 * measures never depends on which other tasks exist, run before it, or are filtered out.
 */
interface Slot {
  config: BenchmarkConfig;
  /** The result name this slot produces (a task's full name), or the configured name. */
  label: string;
  /** Forks to run now, and the number of the first one (above existing forks for addForks). */
  forks: number;
  firstFork: number;
  /** Forks finished (successfully or not) in this run. */
  finished: number;
  /** Nothing more to run: failed as a whole, or filtered out. */
  stopped: boolean;
  /** A failure of the benchmark as a whole (timeout, crash, import error, duplicate name). */
  error?: string;
  /** A failure found while planning (module cannot load, duplicate name): reported as fork 1. */
  pending?: string;
  results: Map<string, Acc>;
  /** Results of an `import` benchmark, as the importer returned them. */
  imported?: BenchmarkResult[];
  durations: number[];
  /** For file benchmarks: the task's full name, the only one its processes run. */
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
  /** Worker processes started so far: names their request and result files. */
  calls: number;
}

function displayPath(config: Config, file: string): string {
  const rel = path.relative(config.dir, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

function newSlot(config: BenchmarkConfig, forks: number, firstFork = 1, label = config.name): Slot {
  return { config, label, forks, firstFork, finished: 0, stopped: false, results: new Map(), durations: [] };
}

/** How many results a slot will produce: what the start and end of a run both count. */
function expectedResults(slot: Slot): number {
  return slot.imported && !slot.pending ? slot.imported.length : 1;
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
    benchmark: slot.label,
    fork: slot.firstFork + round,
    forks: slot.firstFork - 1 + slot.forks,
    done: doneCount(run),
    total: totalPlanned(run),
    elapsedMs: performance.now() - run.start,
    remainingMs: estimateRemaining(run),
  };
}

/**
 * Claims result names, each for its slot. When an earlier benchmark (config order) already has one
 * of them, nothing is claimed and that name is returned.
 */
function claim(run: Run, entries: Array<[name: string, slot: Slot]>): string | undefined {
  const clash = entries.find(([name, slot]) => {
    const owner = run.owners.get(name);
    return owner !== undefined && owner !== slot;
  });
  if (clash !== undefined) return clash[0];
  for (const [name, slot] of entries) run.owners.set(name, slot);
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

type WorkerCall = { ok: true; response: WorkerResponse & { ok: true } } | { ok: false; error: string };

/**
 * Runs one worker process for a file benchmark and reads its answer. `when` says in error messages
 * what the process was doing ("in fork 2", "while loading its tasks").
 */
async function callWorker(
  run: Run,
  bench: FileBenchmarkConfig,
  label: string,
  extra: Pick<WorkerRequest, 'only' | 'list' | 'filter'>,
  when: string,
): Promise<WorkerCall> {
  const shown = displayPath(run.config, bench.file);
  if (!existsSync(bench.file)) return { ok: false, error: `${shown}: file not found` };
  const [command, ...prefix] = run.options.workerCommand;
  const id = String(run.calls++);
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
    ...extra,
  };
  await writeFile(requestPath, JSON.stringify(request));

  const child = await runChild(command, [...prefix, requestPath], {
    cwd: run.config.dir,
    env: childEnvironment(process.env, {
      passEnv: [...(run.config.passEnv ?? []), ...(bench.passEnv ?? [])],
      internal: { PERF_GATE_WORKER: '1' },
    }),
    timeoutMs: bench.settings.timeout,
  });
  if (child.timedOut) {
    return { ok: false, error: `benchmark "${label}": timed out after ${formatSeconds(bench.settings.timeout)} ${when}` };
  }
  if (child.spawnError) {
    return { ok: false, error: `benchmark "${label}": cannot start a worker process (${command}): ${child.spawnError.message}` };
  }
  let response: WorkerResponse;
  try {
    response = JSON.parse(await readFile(request.resultPath, 'utf8')) as WorkerResponse;
  } catch (err) {
    const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${child.code}`;
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    const tail = lastLines(child.stderr);
    return {
      ok: false,
      error:
        `${shown}: the benchmark process ${how} ${when}${missing ? ' before reporting results' : ' and left an unreadable result'}` +
        (tail ? `: ${tail}` : ''),
    };
  }
  if (!response.ok) return { ok: false, error: response.error };
  return { ok: true, response };
}

/**
 * Plans a file benchmark: one process imports the module and lists its tasks (those the filter
 * keeps); each task then gets a slot of its own. A module that cannot be loaded becomes one slot
 * that fails in its first fork.
 */
async function planFile(run: Run, bench: FileBenchmarkConfig, forks: number): Promise<Slot[]> {
  const filter = run.options.filter ? { source: run.options.filter.source, flags: run.options.filter.flags } : undefined;
  const listed = await callWorker(run, bench, bench.name, { list: true, ...(filter ? { filter } : {}) }, 'while loading its tasks');
  if (!listed.ok) {
    const slot = newSlot(bench, forks);
    slot.pending = listed.error;
    return [slot];
  }
  const names = listed.response.names ?? [];
  // The filter matched none of its tasks: the benchmark is skipped, silently.
  if (names.length === 0) return [];
  const slots = names.map((name) => {
    const slot = newSlot(bench, forks, 1, name);
    slot.only = [name];
    return slot;
  });
  const clash = claim(run, slots.map((slot) => [slot.label, slot]));
  if (clash !== undefined) {
    const slot = newSlot(bench, forks);
    slot.pending = duplicateMessage(run, slot, clash);
    return [slot];
  }
  return slots;
}

async function runFileFork(run: Run, slot: Slot, bench: FileBenchmarkConfig, fork: number): Promise<void> {
  const call = await callWorker(run, bench, slot.label, slot.only ? { only: slot.only } : {}, `in fork ${fork}`);
  if (!call.ok) return fail(slot, call.error);
  const tasks = call.response.tasks;
  if (tasks.length === 0) {
    const shown = displayPath(run.config, bench.file);
    return fail(slot, `${shown}: task "${slot.label}" was not found in fork ${fork}: task names must be the same in every process`);
  }
  for (const task of tasks) {
    if (!task.ok) return fail(slot, task.error);
    let acc = slot.results.get(task.name);
    if (!acc) {
      acc = { name: task.name, forkStats: [], reservoirs: [] };
      slot.results.set(task.name, acc);
    }
    acc.forkStats.push(forkStatsFrom(fork, task.summary, task.durationMs));
    acc.reservoirs.push(task.reservoir);
  }
}

async function runCommandSlotFork(run: Run, slot: Slot, bench: CommandBenchmarkConfig, fork: number): Promise<void> {
  const outcome: ForkOutcome = await runCommandFork(bench, fork, run.config.passEnv);
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

/** Imports an `import` benchmark's results while planning, so the run knows how many it has. */
async function planImport(run: Run, bench: ImportBenchmarkConfig): Promise<Slot | undefined> {
  const slot = newSlot(bench, 1);
  let mod: ImportModule;
  try {
    // Loaded on demand: a suite without imports never pays for the parsers.
    mod = await import('../import/index.ts');
  } catch (err) {
    slot.pending = `benchmark "${bench.name}": importing results is not available in this build (${errorMessage(err)})`;
    return slot;
  }
  let results: BenchmarkResult[];
  try {
    results = await mod.importBenchmark(bench, { dir: run.config.dir });
  } catch (err) {
    if (err instanceof InputError) {
      slot.pending = err.message.includes(`"${bench.name}"`) ? err.message : `benchmark "${bench.name}": ${err.message}`;
      return slot;
    }
    throw err;
  }
  const kept = run.options.filter ? results.filter((r) => testName(run.options.filter!, r.name)) : results;
  if (kept.length === 0) return undefined;
  const clash = claim(run, kept.map((r) => [r.name, slot]));
  if (clash !== undefined) slot.pending = duplicateMessage(run, slot, clash);
  else slot.imported = kept;
  return slot;
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
  if (slot.pending !== undefined) fail(slot, slot.pending);
  else if (bench.kind === 'file') await runFileFork(run, slot, bench, fork);
  else if (bench.kind === 'command') await runCommandSlotFork(run, slot, bench, fork);
  // An import did its work while planning: its one "fork" only reports it.
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
  // A reduce, not Math.max(...slots): a suite of 400,000 benchmarks would overflow the call stack.
  const rounds = run.slots.reduce((most, s) => Math.max(most, s.forks), 0);
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
      : [errorResult(kind, freeName(taken, slot.label), slot.error)];
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
  // Directories of earlier runs that were killed outright (and whose reaper died with them).
  sweepStaleRunDirs();
  const tmp = createRunDir();
  const releaseReaper = acquireReaper(tmp);
  const run: Run = {
    config,
    options,
    progress: options.progress ?? consoleProgress(),
    tmp,
    start: performance.now(),
    slots: [],
    owners: new Map(),
    calls: 0,
  };
  const forget = cleanUpOnSignal(() => rmSync(tmp, { recursive: true, force: true }));
  try {
    return await fn(run);
  } finally {
    forget();
    await rm(tmp, { recursive: true, force: true });
    releaseReaper();
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
    // Planning, in config order (earlier benchmarks keep a name both produce): every result name
    // is known before the first fork, so the counts of the start and the end agree.
    for (const bench of config.benchmarks) {
      const forks = Math.max(1, bench.settings.forks);
      if (bench.kind === 'file') {
        for (const slot of await planFile(run, bench, forks)) run.slots.push(slot);
      } else if (bench.kind === 'import') {
        const slot = await planImport(run, bench);
        if (slot) run.slots.push(slot);
      } else if (!options.filter || testName(options.filter, bench.name)) {
        const slot = newSlot(bench, forks);
        const clash = claim(run, [[bench.name, slot]]);
        if (clash !== undefined) slot.pending = duplicateMessage(run, slot, clash);
        run.slots.push(slot);
      }
    }
    run.progress.event({
      type: 'start',
      benchmarks: run.slots.reduce((n, slot) => n + expectedResults(slot), 0),
      configured: new Set(run.slots.map((slot) => slot.config)).size,
      total: totalPlanned(run),
    });
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
    // One slot per task, as in `measure`: each task runs alone in its processes.
    const slotOf = new Map<BenchmarkResult, Slot>();
    for (const target of targets) {
      const slot = newSlot(bench, Math.floor(forks), lastFork + 1, bench.kind === 'file' ? target.name : bench.name);
      if (bench.kind === 'file') slot.only = [target.name];
      slotOf.set(target, slot);
      run.slots.push(slot);
    }
    // Names of other results stay taken; the slots' own names are theirs to use.
    for (const r of existing.benchmarks) run.owners.set(r.name, slotOf.get(r) ?? 'existing');
    run.progress.event({ type: 'start', benchmarks: run.slots.length, configured: 1, total: totalPlanned(run) });
    await runSlots(run);
    const merged = new Map<string, BenchmarkResult>();
    for (const target of targets) {
      const slot = slotOf.get(target)!;
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
