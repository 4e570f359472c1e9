// Measuring two trees pair by pair: fork r of a benchmark in the base tree runs right next to fork r
// of the same benchmark in the head tree, in the order src/ab/schedule.ts gives (ABBA across rounds,
// benchmarks shuffled per round). Whatever the machine does during a pair hits both of its forks.
//
// A session plans both trees once (a file benchmark's tasks are listed in each tree), then runs
// rounds on request: all benchmarks at first, later only those whose verdict is still open (adaptive
// sampling). Both trees of a benchmark always get the same number of forks, so fork i of the base
// and fork i of the head stay a pair in the documents.
import { mkdirSync } from 'node:fs';
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
  /** Why the base tree does not run it (absent, or it failed there). */
  baseMissing?: string;
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
  /** Lines worth telling the user: benchmarks the base tree lacks or failed, imports left out. */
  readonly notes: readonly string[];
}

function stopped(slot: Slot): boolean {
  return slot.outcomes.at(-1)?.ok === false;
}

/** A failure in the first fork of a base unit that was planned as failing means the base lacks it. */
function absentFromBase(unit: Unit): boolean {
  return unit.pending !== undefined && /file not found|was not found|Cannot find module|ERR_MODULE_NOT_FOUND/.test(unit.pending);
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
    const baseByLabel = new Map(baseUnits.map((u) => [u.label, u]));

    const notes: string[] = [];
    if (imports.length > 0) notes.push(`imported benchmarks are not measured side by side and were left out: ${imports.join(', ')}`);
    const pairings: Pairing[] = headUnits.map((u) => {
      const head: Slot = { unit: u, outcomes: [], durations: [] };
      const baseUnit = baseByLabel.get(u.label);
      if (!baseUnit || absentFromBase(baseUnit)) return { label: u.label, head, baseMissing: 'absent from the base tree' };
      return { label: u.label, head, base: { unit: baseUnit, outcomes: [], durations: [] } };
    });
    const byLabel = new Map(pairings.map((p) => [p.label, p]));

    const runners = { base: { config: trees.base, worker: callers.base }, head: { config: trees.head, worker: callers.head } };
    const startedAt = performance.now();
    let round = 0;
    let done = 0;
    let planned = 0;

    const session: PairedSession = {
      paired: pairings.filter((p) => p.base).map((p) => p.label),
      headOnly: pairings.filter((p) => !p.base).map((p) => p.label),
      notes,
      forks: (label) => byLabel.get(label)?.head.outcomes.length ?? 0,
      async rounds(count, only) {
        const chosen = pairings.filter((p) => (only ? only.includes(p.label) : true) && !stopped(p.head));
        if (chosen.length === 0 || count < 1) return;
        const schedule = abbaSchedule(
          chosen.map((p) => p.label),
          count,
          { seed: options.seed, first: round },
        );
        const steps = schedule.filter((s) => s.tree === 'head' || byLabel.get(s.benchmark)?.base);
        planned += steps.length;
        progress.event({ type: 'start', benchmarks: chosen.length, total: steps.length });
        const roundStarted = performance.now();
        let stepsDone = 0;
        for (const step of steps) {
          const pairing = byLabel.get(step.benchmark);
          const slot = pairing ? (step.tree === 'head' ? pairing.head : pairing.base) : undefined;
          if (!pairing || !slot || stopped(pairing.head) || (pairing.base && stopped(pairing.base))) continue;
          const fork = slot.outcomes.length + 1;
          const event = {
            benchmark: `${pairing.label} (${step.tree})`,
            fork,
            forks: fork,
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
            // The base tree cannot run it: the head is reported alone, as a benchmark without a baseline.
            pairing.baseMissing = `failed in the base tree: ${outcome.error}`;
            notes.push(`benchmark "${pairing.label}" ${pairing.baseMissing}; it is reported without a comparison`);
            // Its forks so far would be unpaired: the head starts over as a new benchmark.
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
