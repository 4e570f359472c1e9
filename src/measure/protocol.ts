// The contract between the parent (src/measure/index.ts) and a worker process (worker.ts). The parent
// writes a request file and passes its path as the worker's last argument; the worker writes its
// answer to `resultPath` (via a temp file and a rename, so a crash never leaves half a JSON). Results
// travel through files and not stdout because user code may print anything there.
import type { SampleSummary } from '../core/metrics.ts';
import type { ResourceValues } from '../core/resources.ts';

/** Raw values kept per benchmark and fork in the results document. */
export const RESERVOIR_SIZE = 256;

export interface WorkerRequest {
  /** Absolute path of the benchmark module. */
  file: string;
  /** How the file is named in error messages (relative to the config directory). */
  displayFile: string;
  /** The configured benchmark name: tasks become `<benchmark>/<task>` (or `<benchmark>` alone). */
  benchmark: string;
  /** Options for the Bench we create when the module exports a function. */
  bench: { time: number; iterations: number; warmupTime: number; warmupIterations: number };
  /** Only tasks whose full name matches run (source and flags of a RegExp). */
  filter?: { source: string; flags: string };
  /** Only these full names run: the parent runs each task in processes of its own. */
  only?: string[];
  /**
   * False: measure no resource metrics (cpu, rss, heap), only latency. What bench/resource-cost.ts
   * compares against; perf-gate itself always measures them.
   */
  resources?: boolean;
  /**
   * Run nothing: import the module, build the Bench and answer with the full names of its tasks
   * (those matching `filter`). The parent then plans one process per task and fork.
   */
  list?: boolean;
  /** Where the worker writes its WorkerResponse. */
  resultPath: string;
  /**
   * Run the tasks under V8's CPU profiler and write the profile (JSON, `.cpuprofile`) here. The
   * numbers of such a run are slowed by the profiler: the parent never adds them to results.
   */
  profile?: ProfileRequest;
}

export interface ProfileRequest {
  /** Where the `.cpuprofile` is written (through a temp file and a rename). */
  path: string;
  /** The profiler's sampling interval, µs. */
  intervalUs: number;
}

export interface WorkerTaskOk {
  ok: true;
  /** Full benchmark name. */
  name: string;
  task: string;
  /** Latency statistics in ns. */
  summary: SampleSummary;
  /** Measuring time of the task, ms. */
  durationMs: number;
  /** Bounded deterministic reservoir of raw latencies (ns). */
  reservoir: number[];
  /**
   * False when the exported Bench did not retain samples: the summary then comes from tinybench's
   * own statistics (same quantile convention) and the reservoir is empty.
   */
  samplesRetained: boolean;
  /** The resource metrics measured for this task (core/resources.ts); absent ones were not measured. */
  resources?: ResourceValues;
}

export interface WorkerTaskError {
  ok: false;
  name: string;
  task: string;
  error: string;
}

export type WorkerTask = WorkerTaskOk | WorkerTaskError;

export type WorkerResponse =
  /**
   * `names`: the answer to a `list` request. `profileError`: why a requested profile was not written
   * (the tasks' results are still there).
   */
  | { ok: true; tasks: WorkerTask[]; names?: string[]; profileError?: string }
  /** The module could not be used at all (import failed, no Bench export, no tasks…). */
  | { ok: false; error: string };

/** The first argument that starts an entry point (CLI or Action bundle) as a measuring worker. */
export const WORKER_ARG = '__perf-gate-worker';
