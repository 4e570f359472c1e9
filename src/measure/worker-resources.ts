// Resource metrics inside a worker (core/resources.ts): CPU time and heap allocation of each task's
// measured phase, and the peak resident memory of the process.
//
// Bracketing the measured phase: tinybench runs every task's warm-up, then each task's measured
// loop; around the loop (and only that one: warm-up passes mode "warmup") it calls the Bench's
// `setup(task, "run")` and `teardown(task, "run")` hooks. We wrap those two hooks, so the bracket
// opens after the user's setup and closes before the user's teardown: it holds the measured calls and
// tinybench's bookkeeping per call, nothing else. Task events would not do: a task's "start" comes
// before setup, and its "complete" after tinybench has reduced the samples (sorting them, one
// throughput per sample), which would add CPU time and allocations in proportion to the sample
// count to every operation. The other way, the run's CPU time minus the warm-up's, would need the
// warm-up bracketed just the same and would still count the reduction.
//
// The number of operations is the task's sample count: tinybench times each call as one sample.
import { runInNewContext } from 'node:vm';
import { GCProfiler, getHeapStatistics, setFlagsFromString } from 'node:v8';
import type { ResourceValues } from '../core/resources.ts';

/** The parts of a tinybench Bench whose hooks we wrap; any tinybench copy (the user's own) fits. */
interface HookedBench {
  setup?: unknown;
  teardown?: unknown;
}

type Hook = (this: unknown, task: unknown, mode?: unknown) => unknown;

/** The counters of one task's measured phase, read when it opened and filled in when it closed. */
interface Bracket {
  cpuStart: NodeJS.CpuUsage;
  heapStart?: number;
  profiler?: GCProfiler;
  cpuMicros?: number;
  heapBytes?: number;
}

export interface MeasuredPhases {
  /** The resource values of `task` (rss of the whole process), per operation where per operation. */
  valuesFor(task: unknown, operations: number): ResourceValues;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * A full garbage collection: the global `gc` under --expose-gc, else one without it: the flag, set
 * for a moment, exposes `gc` in a context created meanwhile (the benchmark's own global object
 * never gets it). Undefined where the runtime refuses.
 */
function collectorOf(): (() => void) | undefined {
  const exposed = globalThis.gc;
  if (typeof exposed === 'function') {
    return () => {
      exposed();
    };
  }
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') return undefined;
    return () => {
      (gc as () => unknown)();
    };
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * Heap allocation needs a clean start: the formula below counts everything a collection frees, and
 * garbage left over from import and warm-up would count as allocated by the measured calls. So the
 * bracket opens after a full collection (outside the bracket: neither its time nor its CPU counts).
 */
function openBracket(collect: (() => void) | undefined): Bracket {
  let heapStart: number | undefined;
  let profiler: GCProfiler | undefined;
  if (collect) {
    collect();
    heapStart = getHeapStatistics().used_heap_size;
    profiler = new GCProfiler();
    profiler.start();
  }
  // Last, so that neither the collection nor the profiler's start counts as the benchmark's CPU time.
  return { cpuStart: process.cpuUsage(), heapStart, profiler };
}

function closeBracket(bracket: Bracket): void {
  const cpu = process.cpuUsage(bracket.cpuStart);
  bracket.cpuMicros = cpu.user + cpu.system;
  if (bracket.profiler && bracket.heapStart !== undefined) {
    // Read before stop(): the profile stop() returns is itself allocated on the heap.
    const heapEnd = getHeapStatistics().used_heap_size;
    const profile = bracket.profiler.stop();
    // Allocated = growth of the heap in use + whatever each collection in between reclaimed.
    let reclaimed = 0;
    for (const gc of profile.statistics) reclaimed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    bracket.heapBytes = Math.max(0, heapEnd - bracket.heapStart + reclaimed);
  }
}

/**
 * Wraps the setup and teardown hooks of `bench` so that every task's measured phase is bracketed.
 * A Bench without such hooks (or that will not let them be replaced) still gets `rss`.
 */
export function bracketMeasuredPhases(bench: object): MeasuredPhases {
  const brackets = new Map<unknown, Bracket>();
  const hooked = bench as HookedBench;
  const setup = hooked.setup;
  const teardown = hooked.teardown;
  if (typeof setup === 'function' && typeof teardown === 'function') {
    const collect = collectorOf();
    const userSetup = setup as Hook;
    const userTeardown = teardown as Hook;
    try {
      // Synchronous where the user's hook is: tinybench's runSync() refuses a hook that returns a promise.
      hooked.setup = function (this: unknown, task: unknown, mode?: unknown): unknown {
        const result = userSetup.call(this, task, mode);
        if (mode !== 'run') return result;
        if (isThenable(result)) {
          return Promise.resolve(result).then(() => {
            brackets.set(task, openBracket(collect));
          });
        }
        brackets.set(task, openBracket(collect));
        return result;
      };
      hooked.teardown = function (this: unknown, task: unknown, mode?: unknown): unknown {
        const bracket = mode === 'run' ? brackets.get(task) : undefined;
        if (bracket && bracket.cpuMicros === undefined) closeBracket(bracket);
        return userTeardown.call(this, task, mode);
      };
    } catch {
      // Read-only hooks: no bracket, no cpu or heap.
      brackets.clear();
    }
  }
  return {
    valuesFor(task, operations) {
      const values: ResourceValues = { rss: process.resourceUsage().maxRSS * 1024 };
      const bracket = brackets.get(task);
      if (bracket?.cpuMicros !== undefined && operations > 0) {
        values.cpu = (bracket.cpuMicros * 1000) / operations;
        if (bracket.heapBytes !== undefined) values.heap = bracket.heapBytes / operations;
      }
      return values;
    },
  };
}
