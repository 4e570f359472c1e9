// Running the planned units, interleaved: fork 1 of every unit, then fork 2 of every unit, and so on.
// Machines drift (thermal throttling, a noisy neighbour arriving, caches of other jobs): run in
// blocks, a drift during one benchmark's forks would bias that benchmark alone; interleaved, it
// spreads over all benchmarks and shows up as between-fork variance, where the verdicts account for it.
import type { ForkOutcome } from './fork.ts';
import type { Unit } from './plan.ts';
import type { ForkProgress, ProgressSink } from './progress.ts';

/** A unit and what its forks returned so far, in order; a failed outcome is the last one. */
export interface UnitRun {
  readonly unit: Unit;
  readonly outcomes: readonly ForkOutcome[];
  /** Wall-clock duration of each fork, ms: what the estimate of the time left rests on. */
  readonly durations: readonly number[];
}

/** Whether nothing more runs for this unit: a fork failed. */
export function stopped(run: UnitRun): boolean {
  return run.outcomes.at(-1)?.ok === false;
}

/** Forks planned over all units: a stopped unit counts the forks it ran. */
export function plannedForks(runs: readonly UnitRun[]): number {
  return runs.reduce((sum, r) => sum + (stopped(r) ? r.outcomes.length : r.unit.forks), 0);
}

function finishedForks(runs: readonly UnitRun[]): number {
  return runs.reduce((sum, r) => sum + r.outcomes.length, 0);
}

const meanOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Time left: each pending fork costs its unit's mean fork time so far, or the overall mean. */
function estimateRemaining(runs: readonly UnitRun[]): number | undefined {
  const all = runs.flatMap((r) => r.durations);
  if (all.length === 0) return undefined;
  const overall = meanOf(all);
  let ms = 0;
  for (const r of runs) {
    if (stopped(r)) continue;
    ms += (r.durations.length ? meanOf(r.durations) : overall) * (r.unit.forks - r.outcomes.length);
  }
  return ms;
}

function progressOf(runs: readonly UnitRun[], run: UnitRun, round: number, startedAt: number): ForkProgress {
  return {
    benchmark: run.unit.label,
    fork: run.unit.firstFork + round,
    forks: run.unit.firstFork - 1 + run.unit.forks,
    done: finishedForks(runs),
    total: plannedForks(runs),
    elapsedMs: performance.now() - startedAt,
    remainingMs: estimateRemaining(runs),
  };
}

/**
 * Runs every unit's forks through `runOne`, interleaved, and returns what each returned. `startedAt`
 * (performance.now()) is when the run began, for the elapsed time in progress events.
 */
export async function runInterleaved(
  units: readonly Unit[],
  runOne: (u: Unit, fork: number) => Promise<ForkOutcome>,
  progress: ProgressSink,
  startedAt: number,
): Promise<UnitRun[]> {
  // The scheduler alone appends to these lists; everyone else reads the returned values.
  const lists = units.map((u) => ({ unit: u, outcomes: [] as ForkOutcome[], durations: [] as number[] }));
  // A reduce, not Math.max(...units): a suite of 400,000 benchmarks would overflow the call stack.
  const rounds = units.reduce((most, u) => Math.max(most, u.forks), 0);
  for (let round = 0; round < rounds; round++) {
    for (const run of lists) {
      if (stopped(run) || round >= run.unit.forks) continue;
      progress.event({ type: 'fork-start', ...progressOf(lists, run, round, startedAt) });
      const before = performance.now();
      const outcome = await runOne(run.unit, run.unit.firstFork + round);
      const durationMs = performance.now() - before;
      run.outcomes.push(outcome);
      run.durations.push(durationMs);
      progress.event({
        type: 'fork-end',
        ...progressOf(lists, run, round, startedAt),
        durationMs,
        ...(outcome.ok ? {} : { error: outcome.error }),
      });
    }
  }
  return lists;
}
