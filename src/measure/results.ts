// From what the forks returned to benchmark results: pure folds, no I/O.
import type { BenchmarkKind, BenchmarkResult, ForkStats } from '../core/types.ts';
import { reduceForks } from '../stats/forks.ts';
import type { ForkOutcome } from './fork.ts';
import type { UnitRun } from './schedule.ts';

/** One result name's forks, in order. */
export interface TaskForks {
  name: string;
  forkStats: ForkStats[];
  reservoirs: number[][];
}

/** What a unit's outcomes add up to: the forks of each result name, and the failure that stopped it. */
export interface FoldedForks {
  tasks: Map<string, TaskForks>;
  error?: string;
}

export function foldForks(outcomes: readonly ForkOutcome[]): FoldedForks {
  const tasks = new Map<string, TaskForks>();
  for (const outcome of outcomes) {
    if (!outcome.ok) return { tasks, error: outcome.error };
    for (const task of outcome.tasks) {
      const acc = tasks.get(task.name) ?? { name: task.name, forkStats: [], reservoirs: [] };
      acc.forkStats.push(task.stats);
      acc.reservoirs.push(task.reservoir);
      tasks.set(task.name, acc);
    }
  }
  return { tasks };
}

export function okResult(kind: BenchmarkKind, task: TaskForks): BenchmarkResult {
  return {
    name: task.name,
    kind,
    status: 'ok',
    metrics: reduceForks(task.forkStats),
    forkStats: task.forkStats,
    samples: { unit: 'ns', perFork: task.reservoirs },
    evidence: 'samples',
  };
}

export function errorResult(kind: BenchmarkKind, name: string, error: string): BenchmarkResult {
  return { name, kind, status: 'error', error, metrics: {} };
}

/** A document-unique name for the error result of a benchmark whose own name is taken. */
function freeName(taken: ReadonlySet<string>, name: string): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (duplicate ${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** One unit's results; `taken` holds the names earlier units' results use. */
function unitResults(run: UnitRun, taken: ReadonlySet<string>): BenchmarkResult[] {
  const { unit } = run;
  const kind = unit.config.kind;
  const { tasks, error } = foldForks(run.outcomes);
  if (error !== undefined) {
    const names = [...tasks.keys()].filter((n) => !taken.has(n));
    return names.length ? names.map((n) => errorResult(kind, n, error)) : [errorResult(kind, freeName(taken, unit.label), error)];
  }
  if (unit.imported) return [...unit.imported];
  return [...tasks.values()].map((task) => okResult(kind, task));
}

/** Every unit's results, in plan order, with document-unique names. */
export function runResults(runs: readonly UnitRun[]): BenchmarkResult[] {
  const taken = new Set<string>();
  return runs.flatMap((run) => {
    const results = unitResults(run, taken);
    for (const r of results) taken.add(r.name);
    return results;
  });
}

export function countErrors(results: readonly BenchmarkResult[]): number {
  return results.filter((r) => r.status === 'error').length;
}

/**
 * An existing result with the forks of a later run appended and its metrics re-reduced; an error
 * result when the later forks failed.
 */
export function withMoreForks(target: BenchmarkResult, more: FoldedForks): BenchmarkResult {
  if (more.error !== undefined) return errorResult(target.kind, target.name, more.error);
  const added = more.tasks.get(target.name);
  const forkStats = [...(target.forkStats ?? []), ...(added?.forkStats ?? [])];
  const perFork = [...(target.samples?.perFork ?? []), ...(added?.reservoirs ?? [])];
  return {
    ...target,
    metrics: reduceForks(forkStats),
    forkStats,
    samples: { unit: target.samples?.unit ?? 'ns', perFork },
  };
}
