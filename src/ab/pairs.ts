// Measuring two trees pair by pair: fork r of a benchmark in the base tree runs right next to fork r
// of the same benchmark in the head tree, in the order src/ab/schedule.ts gives (ABBA across rounds,
// benchmarks shuffled per round). Whatever the machine does during a pair hits both of its forks.
//
// A session plans both trees once (a file benchmark's tasks are listed in each tree), then runs
// rounds on request: all benchmarks at first, later only those whose verdict is still open (adaptive
// sampling). Both trees of a benchmark always get the same number of forks, so fork i of the base
// and fork i of the head stay a pair in the documents.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/types.ts';
import { RESULTS_KIND, SCHEMA_VERSION, type BenchmarkResult, type GitInfo, type ResultsDocument } from '../core/types.ts';
import { machineFingerprint, toolVersion } from '../measure/fingerprint.ts';
import { runFork, type ForkOutcome } from '../measure/fork.ts';
import type { MeasureOptions } from '../measure/options.ts';
import { planRun, type Unit } from '../measure/plan.ts';
import { consoleProgress, type ProgressSink } from '../measure/progress.ts';
import { runResults } from '../measure/results.ts';
import { withRunDirectory } from '../measure/run-directory.ts';
import type { UnitRun } from '../measure/schedule.ts';
import { workerCaller, type WorkerCaller } from '../measure/worker-call.ts';
import { abbaSchedule, type Tree } from './schedule.ts';

export interface PairedTrees {
  base: Config;
  head: Config;
}

/** The git identity of each tree, as its results document records it. */
export interface PairedGit {
  base: GitInfo;
  head: GitInfo;
}

interface Slot {
  unit: Unit;
  outcomes: ForkOutcome[];
  durations: number[];
}

/** One benchmark (a result name) as both trees run it; `base` is absent when the base tree lacks it. */
interface Pairing {
  label: string;
  head: Slot;
  base?: Slot;
  /** Why the base tree could not run it: its module failed to load, a fork failed. */
  baseFailed?: string;
}

export interface PairedSession {
  /** Result names measured in both trees, in plan order. */
  readonly paired: readonly string[];
  /** Result names only the head tree has (new benchmarks), measured alone. */
  readonly headOnly: readonly string[];
  /** Forks each result name has per tree so far. */
  forks(label: string): number;
  /** Runs `count` more rounds of the names given (every benchmark when omitted). */
  rounds(count: number, only?: readonly string[]): Promise<void>;
  /** The two results documents as they stand. */
  documents(): { base: ResultsDocument; head: ResultsDocument };
  /**
   * Result names the base tree has but could not run, with why: they cannot be judged, and are not
   * new either (a base that cannot load a dependency needs a setup command).
   */
  readonly baseFailures: ReadonlyMap<string, string>;
  /** Lines worth telling the user: imports left out. */
  readonly notes: readonly string[];
}

function stopped(slot: Slot): boolean {
  return slot.outcomes.at(-1)?.ok === false;
}

/**
 * How the base tree stands towards a head unit: it runs the same task (`paired`), it lacks it (`new`:
 * no such benchmark, no such file, no such task), or it has it but could not even plan it (a module
 * that fails to load, perhaps for want of a build).
 */
function baseCounterpart(u: Unit, base: Config, baseUnits: readonly Unit[]): { paired: Unit } | { absent: true } | { failed: string } {
  const same = baseUnits.find((b) => b.label === u.label);
  if (same && same.pending === undefined) return { paired: same };
  const bench = base.benchmarks.find((b) => b.name === u.config.name);
  if (!bench || (bench.kind === 'file' && !existsSync(bench.file))) return { absent: true };
  // A module that cannot be loaded is planned as one failing unit under the benchmark's own name.
  const failedPlan = same ?? baseUnits.find((b) => b.config.name === u.config.name && b.pending !== undefined);
  return failedPlan?.pending !== undefined ? { failed: failedPlan.pending } : { absent: true };
}

function document(config: Config, git: GitInfo, benchmarks: BenchmarkResult[], version: string): ResultsDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    createdAt: new Date().toISOString(),
    tool: { name: 'perf-gate', version },
    git,
    configHash: config.hash,
    machine: machineFingerprint(),
    benchmarks,
  };
}

/**
 * Plans both trees and hands a session to `body`; the run directory (worker requests and answers)
 * is removed however `body` ends. Import benchmarks are left out: their numbers come from another
 * tool's files, which perf-gate cannot re-run side by side.
 */
export async function withPairedSession<T>(
  trees: PairedTrees,
  options: Omit<MeasureOptions, 'imports' | 'git'> & { git: PairedGit; seed: number },
  body: (session: PairedSession) => Promise<T>,
): Promise<T> {
  const progress: ProgressSink = options.progress ?? consoleProgress();
  const version = options.toolVersion ?? toolVersion();
  return withRunDirectory(async (dir) => {
    const callers: Record<Tree, WorkerCaller> = {
      base: caller(trees.base, options.workerCommand, join(dir, 'base')),
      head: caller(trees.head, options.workerCommand, join(dir, 'head')),
    };
    const skipImports = (c: Config): Config => ({ ...c, benchmarks: c.benchmarks.filter((b) => b.kind !== 'import') });
    const imports = trees.head.benchmarks.filter((b) => b.kind === 'import').map((b) => b.name);
    const headUnits = await planRun({ config: skipImports(trees.head), filter: options.filter, worker: callers.head, imports: undefined });
    const baseUnits = await planRun({ config: skipImports(trees.base), filter: options.filter, worker: callers.base, imports: undefined });
    const notes: string[] = [];
    if (imports.length > 0) notes.push(`imported benchmarks are not measured side by side and were left out: ${imports.join(', ')}`);
    const baseFailures = new Map<string, string>();
    const pairings: Pairing[] = headUnits.map((u) => {
      const head: Slot = { unit: u, outcomes: [], durations: [] };
      const counterpart = baseCounterpart(u, trees.base, baseUnits);
      if ('paired' in counterpart) return { label: u.label, head, base: { unit: counterpart.paired, outcomes: [], durations: [] } };
      if ('failed' in counterpart) {
        baseFailures.set(u.label, counterpart.failed);
        return { label: u.label, head, baseFailed: counterpart.failed };
      }
      return { label: u.label, head };
    });
    const byLabel = new Map(pairings.map((p) => [p.label, p]));

    const runners = { base: { config: trees.base, worker: callers.base }, head: { config: trees.head, worker: callers.head } };
    const startedAt = performance.now();
    let round = 0;
    let done = 0;
    let planned = 0;

    const session: PairedSession = {
      paired: pairings.filter((p) => p.base).map((p) => p.label),
      headOnly: pairings.filter((p) => !p.base && p.baseFailed === undefined).map((p) => p.label),
      baseFailures,
      notes,
      forks: (label) => byLabel.get(label)?.head.outcomes.length ?? 0,
      async rounds(count, only) {
        const chosen = pairings.filter((p) => (only ? only.includes(p.label) : true) && !stopped(p.head) && p.baseFailed === undefined);
        if (chosen.length === 0 || count < 1) return;
        const schedule = abbaSchedule(
          chosen.map((p) => p.label),
          count,
          { seed: options.seed, first: round },
        );
        const steps = schedule.filter((s) => s.tree === 'head' || byLabel.get(s.benchmark)?.base);
        planned += steps.length;
        progress.event({ type: 'start', benchmarks: chosen.length, total: steps.length });
        // Forks each chosen benchmark will have per tree when these rounds are done, for progress lines.
        const target = new Map(chosen.map((p) => [p.label, p.head.outcomes.length + count]));
        const roundStarted = performance.now();
        let stepsDone = 0;
        for (const step of steps) {
          const pairing = byLabel.get(step.benchmark);
          const slot = pairing ? (step.tree === 'head' ? pairing.head : pairing.base) : undefined;
          if (!pairing || !slot || pairing.baseFailed !== undefined || stopped(pairing.head)) continue;
          const fork = slot.outcomes.length + 1;
          const event = {
            benchmark: `${pairing.label} (${step.tree})`,
            fork,
            forks: target.get(pairing.label) ?? fork,
            done,
            total: planned,
            elapsedMs: performance.now() - startedAt,
            remainingMs: stepsDone > 0 ? ((performance.now() - roundStarted) / stepsDone) * (steps.length - stepsDone) : undefined,
          };
          progress.event({ type: 'fork-start', ...event });
          const before = performance.now();
          const outcome = await runFork(runners[step.tree], slot.unit, fork);
          const durationMs = performance.now() - before;
          slot.outcomes.push(outcome);
          slot.durations.push(durationMs);
          done++;
          stepsDone++;
          progress.event({ type: 'fork-end', ...event, done, durationMs, ...(outcome.ok ? {} : { error: outcome.error }) });
          if (!outcome.ok && step.tree === 'base' && pairing.base) {
            // Nothing more of it is measured: without the base's forks there is nothing to pair with.
            pairing.baseFailed = outcome.error;
            baseFailures.set(pairing.label, outcome.error);
            delete pairing.base;
          }
        }
        round += count;
        const results = runResults(pairings.map((p) => asRun(p.head)));
        progress.event({ type: 'end', elapsedMs: performance.now() - roundStarted, benchmarks: chosen.length, errors: results.filter((r) => r.status === 'error').length });
      },
      documents() {
        const head = runResults(pairings.map((p) => asRun(p.head)));
        const base = runResults(pairings.flatMap((p) => (p.base ? [asRun(p.base)] : [])));
        return {
          base: document(trees.base, options.git.base, base, version),
          head: document(trees.head, options.git.head, head, version),
        };
      },
    };
    return body(session);
  });
}

function asRun(slot: Slot): UnitRun {
  return { unit: slot.unit, outcomes: slot.outcomes, durations: slot.durations };
}

function caller(config: Config, workerCommand: readonly string[], dir: string): WorkerCaller {
  mkdirSync(dir, { recursive: true });
  return workerCaller(config, workerCommand, dir);
}
