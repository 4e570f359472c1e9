// One fork of one unit: what it measured, returned as a value. The fork that fails says why; the
// run stops the unit there.
import type { Config } from '../config/types.ts';
import type { ForkStats } from '../core/types.ts';
import { forkStatsFrom } from '../stats/forks.ts';
import { runCommandFork } from './command.ts';
import type { Unit } from './plan.ts';
import { displayPath, type WorkerCaller } from './worker-call.ts';

/** One result name's share of a fork: its statistics and raw-sample reservoir. */
export interface TaskFork {
  name: string;
  stats: ForkStats;
  reservoir: number[];
}

export type ForkOutcome = { ok: true; tasks: TaskFork[] } | { ok: false; error: string };

export interface ForkRunner {
  config: Config;
  worker: WorkerCaller;
}

/** Runs fork number `fork` of `u`. */
export async function runFork({ config, worker }: ForkRunner, u: Unit, fork: number): Promise<ForkOutcome> {
  if (u.pending !== undefined) return { ok: false, error: u.pending };
  const bench = u.config;
  if (bench.kind === 'command') {
    const outcome = await runCommandFork(bench, fork, config.passEnv);
    if (!outcome.ok) return outcome;
    const stats = forkStatsFrom(fork, outcome.summary, outcome.durationMs, outcome.resources);
    return { ok: true, tasks: [{ name: bench.name, stats, reservoir: outcome.reservoir }] };
  }
  // An import did its work while planning: its one "fork" only reports it.
  if (bench.kind === 'import') return { ok: true, tasks: [] };

  const call = await worker(bench, u.label, u.only ? { only: [...u.only] } : {}, `in fork ${fork}`);
  if (!call.ok) return call;
  const tasks = call.response.tasks;
  if (tasks.length === 0) {
    const shown = displayPath(config, bench.file);
    return { ok: false, error: `${shown}: task "${u.label}" was not found in fork ${fork}: task names must be the same in every process` };
  }
  const measured: TaskFork[] = [];
  for (const task of tasks) {
    if (!task.ok) return { ok: false, error: task.error };
    measured.push({ name: task.name, stats: forkStatsFrom(fork, task.summary, task.durationMs, task.resources), reservoir: task.reservoir });
  }
  return { ok: true, tasks: measured };
}
