// The worker side: runs inside a fresh child process, one per benchmark and fork. It imports the
// user's module, runs its tinybench tasks and reduces the raw samples right here, so only a few
// kilobytes (statistics + a 256-value reservoir per task) travel back to the parent. tinybench keeps
// one sample per call, hundreds of thousands per second: raw arrays never leave this process.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { typeScriptImportError } from '../core/node-support.ts';
import { headBetweenWords } from '../core/escape.ts';
import { Bench } from 'tinybench';
import { reservoir } from '../stats/reservoir.ts';
import { NATIVE_METRICS, metricRecord, type Moment, type SampleSummary } from '../core/metrics.ts';
import { quantilesByLevel } from '../stats/quantile.ts';
import { summarizeLatencies } from '../stats/summary.ts';
import { TINYBENCH_QUANTILES } from '../stats/tinybench.ts';
import { bracketMeasuredPhases } from './worker-resources.ts';
import { RESERVOIR_SIZE, type ProfileRequest, type WorkerRequest, type WorkerResponse, type WorkerTask } from './protocol.ts';

/** The parts of a tinybench Bench we rely on; any tinybench copy (the user's own) fits. */
interface BenchLike {
  /** Typed loosely: the object is the user's, `isBenchLike` only checks that the key exists. */
  tasks?: TaskLike[] | null;
  add(name: string, fn: (...args: unknown[]) => unknown): unknown;
  run(): Promise<unknown>;
  remove?(name: string): unknown;
}
interface TaskLike {
  name: string;
  result?: {
    state?: string;
    error?: unknown;
    totalTime?: number;
    latency?: LatencyStats;
  };
}
interface LatencyStats {
  samples?: ArrayLike<number>;
  samplesCount?: number;
  /** Quantiles under tinybench's names (p50, p75, p99, p995, p999: see TINYBENCH_QUANTILES). */
  [quantile: `p${number}`]: number | undefined;
  mean: number;
  min: number;
  max: number;
  sd: number;
}

export function isBenchLike(value: unknown): value is BenchLike {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return 'tasks' in v && typeof v.add === 'function' && typeof v.run === 'function';
}

/** One line from anything thrown: `TypeError: boom`. */
export function errorLine(err: unknown): string {
  let text: string;
  if (err instanceof Error) {
    const message = err.message.split('\n').find((l) => l.trim() !== '') ?? '';
    text = message ? `${err.name}: ${message.trim()}` : err.name;
  } else {
    text = String(err).split('\n')[0] ?? '';
  }
  return headBetweenWords(text, 300);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const ctor = (value as { constructor?: { name?: string } }).constructor?.name;
    return ctor && ctor !== 'Object' ? `an object of class ${ctor}` : 'object';
  }
  return typeof value;
}

/** Runs the worker for a request file (the last argument), writes the response and exits. */
export async function runWorker(argv: string[]): Promise<void> {
  const requestPath = argv[argv.length - 1];
  if (!requestPath) throw new Error('perf-gate worker: expected the path of a request file as argument');
  const request = JSON.parse(readFileSync(requestPath, 'utf8')) as WorkerRequest;

  const finish = (response: WorkerResponse, code: number): never => {
    const tmp = `${request.resultPath}.tmp`;
    writeFileSync(tmp, JSON.stringify(response));
    renameSync(tmp, request.resultPath);
    // Exit explicitly: user code may leave timers or sockets open, and the parent must not wait for
    // them (it would report a timeout).
    process.exit(code);
  };
  // A worker whose parent is gone (perf-gate killed outright) has no one to report to: it exits as
  // soon as it notices it was re-parented. Only while user code yields; the reaper covers the rest.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(1);
  }, 500).unref();
  const onUncaught = (err: unknown) =>
    finish({ ok: false, error: `${request.displayFile}: uncaught error while benchmarking: ${errorLine(err)}` }, 1);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);

  let response: WorkerResponse;
  try {
    response = await runRequest(request);
  } catch (err) {
    response = { ok: false, error: `${request.displayFile}: ${errorLine(err)}` };
  }
  finish(response, 0);
}

async function runRequest(request: WorkerRequest): Promise<WorkerResponse> {
  const where = request.displayFile;
  if (request.profile) await keepFunctionsApart();
  let mod: Record<string, unknown>;
  try {
    // webpackIgnore: the user's module is loaded by Node at run time, never by the bundler (without it,
    // ncc turns this into a lookup in the bundle's own module table, which fails).
    mod = (await import(/* webpackIgnore: true */ pathToFileURL(request.file).href)) as Record<string, unknown>;
  } catch (err) {
    const code = (err as { code?: string }).code;
    // Only when the module itself is missing: a module that imports a missing one names both paths.
    if (code === 'ERR_MODULE_NOT_FOUND' && !existsSync(request.file)) {
      return { ok: false, error: `${where}: file not found` };
    }
    const needsNewerNode = typeScriptImportError(request.file, err);
    if (needsNewerNode) return { ok: false, error: `${where}: ${needsNewerNode}` };
    return { ok: false, error: `${where}: cannot import the module: ${errorLine(err)}` };
  }

  const expected = 'expected a default export that is a tinybench Bench or a function (bench) => void';
  if (!('default' in mod)) return { ok: false, error: `${where}: ${expected}, found no default export` };
  const exported = mod.default;
  const filter = request.filter ? new RegExp(request.filter.source, request.filter.flags.replace(/[gy]/g, '')) : undefined;
  let bench: BenchLike;
  /** Every task the module declares, in order: full names depend on how many there are. */
  let declared: string[];
  if (isBenchLike(exported)) {
    // A Bench built by the user keeps its own options (time, iterations, retainSamples). Its tasks
    // were created when the module was imported (tinybench calls each function once then, to see
    // whether it is async): that much of its neighbours every task's process runs.
    bench = exported;
    declared = Array.from(bench.tasks ?? []).map((t) => t.name);
  } else if (typeof exported === 'function') {
    const real = new Bench({
      time: request.bench.time,
      iterations: request.bench.iterations,
      warmupTime: request.bench.warmupTime,
      warmupIterations: request.bench.warmupIterations,
      retainSamples: true,
    }) as unknown as BenchLike;
    bench = real;
    declared = [];
    const keep = (name: string) => {
      if (request.list) return false;
      if (!request.only) return true;
      return request.only.includes(`${request.benchmark}/${name}`) || request.only.includes(request.benchmark);
    };
    // The module sees a Bench whose add() registers only the task this process measures: tinybench
    // calls a task's function once when it is added, and a neighbour's call could leave state
    // behind (a grown heap, polymorphic call sites) that changes what this task measures. A listing
    // registers nothing and so runs no task code.
    const proxy: unknown = new Proxy(real, {
      get(target, prop) {
        if (prop === 'add') {
          return (name: string, fn: (...args: unknown[]) => unknown, ...rest: unknown[]) => {
            declared.push(name);
            if (keep(name)) (target.add as (...a: unknown[]) => unknown).call(target, name, fn, ...rest);
            return proxy;
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    try {
      await (exported as (b: unknown) => unknown)(proxy);
    } catch (err) {
      return { ok: false, error: `${where}: the exported function threw: ${errorLine(err)}` };
    }
  } else {
    return { ok: false, error: `${where}: ${expected}, found ${describeValue(exported)}` };
  }

  if (declared.length === 0) return { ok: false, error: `${where}: the Bench has no tasks` };
  const fullNameOf = (name: string) => (declared.length === 1 ? request.benchmark : `${request.benchmark}/${name}`);
  const wantedName = (name: string) =>
    (!filter || filter.test(fullNameOf(name))) && (!request.only || request.only.includes(fullNameOf(name)));
  if (request.list) return { ok: true, tasks: [], names: declared.filter(wantedName).map(fullNameOf) };

  const all = Array.from(bench.tasks ?? []);
  const fullName = (task: TaskLike) => fullNameOf(task.name);
  const wanted = (task: TaskLike) => wantedName(task.name);
  const selected = all.filter(wanted);
  if (selected.length === 0) return { ok: true, tasks: [] };
  const phases = request.resources === false ? undefined : bracketMeasuredPhases(bench);
  const resourcesOf = (task: TaskLike, operations: number) => (phases ? { resources: phases.valuesFor(task, operations) } : {});
  if (selected.length < all.length && typeof bench.remove === 'function') {
    for (const task of all) if (!wanted(task)) bench.remove(task.name);
  }

  let runError: unknown;
  const profiler = request.profile ? await startProfiler(request.profile) : undefined;
  try {
    await bench.run();
  } catch (err) {
    // Only a Bench created with `throws: true` gets here.
    runError = err;
  }
  const profileError = profiler ? await profiler.finish() : undefined;

  const tasks: WorkerTask[] = selected.map((task): WorkerTask => {
    const name = fullName(task);
    const result = task.result;
    const state = result?.state;
    if (state === 'errored' || (state === undefined && result?.error !== undefined)) {
      return { ok: false, name, task: task.name, error: `${where}: task "${task.name}" threw: ${errorLine(result?.error)}` };
    }
    const latency = result?.latency;
    if (!latency || (state !== undefined && state !== 'completed')) {
      const why = runError !== undefined ? `the run stopped: ${errorLine(runError)}` : `it ended in state "${state ?? 'unknown'}"`;
      return { ok: false, name, task: task.name, error: `${where}: task "${task.name}" produced no samples: ${why}` };
    }
    const durationMs = result.totalTime ?? 0;
    const samples = latency.samples;
    if (samples && samples.length > 0) {
      const ns = Float64Array.from(samples, (ms) => ms * 1e6); // tinybench reports ms
      return {
        ok: true,
        name,
        task: task.name,
        summary: summarizeLatencies(ns),
        durationMs,
        reservoir: reservoir(ns, RESERVOIR_SIZE),
        samplesRetained: true,
        ...resourcesOf(task, ns.length),
      };
    }
    const summary = fromTinybenchStats(latency);
    if ('missing' in summary) {
      const why = `tinybench reports no ${summary.missing} and the Bench kept no samples (create it with retainSamples: true)`;
      return { ok: false, name, task: task.name, error: `${where}: task "${task.name}": ${why}` };
    }
    return { ok: true, name, task: task.name, summary, durationMs, reservoir: [], samplesRetained: false, ...resourcesOf(task, summary.n) };
  });
  return profileError === undefined ? { ok: true, tasks } : { ok: true, tasks, profileError };
}

/**
 * A Bench exported without `retainSamples: true` keeps only its own statistics. tinybench uses the
 * same quantile convention (linear interpolation, type 7) and sample standard deviation, so these
 * are the numbers we would have computed; only the reservoir is missing. A registry quantile that
 * tinybench does not report cannot be had without samples: its name is returned instead.
 */
function fromTinybenchStats(l: LatencyStats): SampleSummary | { missing: string } {
  const quantiles = quantilesByLevel(l, TINYBENCH_QUANTILES, 1e6);
  const mean = l.mean * 1e6;
  const moments: Record<Moment, number> = {
    mean,
    min: l.min * 1e6,
    max: l.max * 1e6,
    stddev: l.sd * 1e6,
    throughput: mean > 0 ? 1e9 / mean : 0,
  };
  const missing = NATIVE_METRICS.find((def) => def.quantile !== undefined && quantiles[def.quantile] === undefined);
  if (missing) return { missing: missing.name };
  return { n: l.samplesCount ?? 0, ...metricRecord((def) => (def.quantile !== undefined ? (quantiles[def.quantile] ?? Number.NaN) : moments[def.moment])) };
}

/**
 * Switches off inlining in a process about to be profiled, before the user's code is compiled. V8's
 * profiler counts the samples of a function inlined into its caller as the caller's, so a task
 * closure that calls a small function would take all of its time, and the profile would not name the
 * function that got slower. The profiled run is never a measurement, so slowing its calls costs
 * nothing but its share of overhead. A flag this V8 lacks is only reported on stderr.
 */
async function keepFunctionsApart(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  for (const flag of ['--no-turbo-inlining', '--no-maglev-inlining']) setFlagsFromString(flag);
}

/** A CPU profile being taken; `finish` stops it, writes it, and returns why it could not, if so. */
interface ProfilerRun {
  finish(): Promise<string | undefined>;
}

/**
 * Starts V8's CPU profiler in this process, right before the measured run. The inspector module is
 * loaded only here: measuring forks never load it. A profiler that cannot start (a Node built
 * without the inspector) is an error of the profile only; the tasks still run.
 */
async function startProfiler(options: ProfileRequest): Promise<ProfilerRun> {
  let session: Session;
  try {
    const { Session } = await import('node:inspector/promises');
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: options.intervalUs });
    await session.post('Profiler.start');
  } catch (err) {
    const why = `the CPU profiler could not start: ${errorLine(err)}`;
    return { finish: () => Promise.resolve(why) };
  }
  return {
    async finish() {
      try {
        const { profile } = await session.post('Profiler.stop');
        const tmp = `${options.path}.tmp`;
        writeFileSync(tmp, JSON.stringify(profile));
        renameSync(tmp, options.path);
        return undefined;
      } catch (err) {
        return `the CPU profile could not be written: ${errorLine(err)}`;
      } finally {
        session.disconnect();
      }
    },
  };
}
