// `perf-gate ab` and the Action's `against: base`: the baseline is not read from a store but measured
// now, in a temporary worktree of the base ref, fork for fork beside the working tree (src/ab/pairs.ts
// interleaves the forks, compare/policies/paired.ts judges the pairs).
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { compare, failsGate, type CompareSettings } from '../compare/index.ts';
import { withFailedBenchmarks } from '../compare/verdicts.ts';
import { pairedPolicy } from '../compare/policies/paired.ts';
import type { BenchmarkConfig, Config } from '../config/types.ts';
import { InputError } from '../core/errors.ts';
import type { BaselineSource, Judgement, Measurement } from '../core/seams.ts';
import { BASELINE_KIND, SCHEMA_VERSION, type BaselineHistory, type ReportDocument, type ResultsDocument } from '../core/types.ts';
import { childEnvironment } from '../measure/environment.ts';
import { detectGit } from '../measure/fingerprint.ts';
import type { ProgressSink } from '../measure/progress.ts';
import { settingsFromConfig } from '../gate/settings.ts';
import { parseFilter } from '../gate/measurement.ts';
import { profileRegressions, type ProfileTree } from '../profile/take.ts';
import { withPairedSession, type PairedSession } from './pairs.ts';
import { addWorktree, repositoryRoot, runSetup } from './worktree.ts';

export interface AbSettings {
  /** The head tree's config (the working tree as it is), loaded. */
  config: Config;
  /** Absolute path of that config file: the base tree's config is at the same place in its tree. */
  configPath: string;
  /** The base ref, as given (`origin/main`, a sha). */
  base: string;
  /** Prepares the base tree (e.g. `npm ci && npm run build`); the config's `ab.setup` when absent. */
  setup?: string;
  /** What the setup command sees; default: the allow-listed environment benchmarks get. */
  setupEnv?: NodeJS.ProcessEnv;
  /** The `--filter` text. */
  filter?: string;
  workerCommand: string[];
  toolVersion: string;
  progress?: (log: (line: string) => void) => ProgressSink;
  /** Receives both results documents once measured (the CLI's --out and --out-base). */
  onResults?: (docs: { base: ResultsDocument; head: ResultsDocument }) => void;
  /** The clock (tests). */
  now?: () => number;
  /** Where CPU profiles of regressions go (default: a new temporary directory). */
  profileDir?: string;
}

export interface AbPlan {
  /** Measures both trees and judges head against base with the paired rule. */
  measurement: Measurement;
  /** Nothing to read: `live`, located at the base ref. Never a store: a pull request writes no baseline. */
  baseline: BaselineSource;
}

/** The base tree's copy of the config: every path under the head tree's root moved to the base tree's. */
export function rebaseConfig(config: Config, headRoot: string, baseRoot: string): Config {
  const move = (p: string): string => {
    const rel = relative(headRoot, p);
    return rel.startsWith('..') || isAbsolute(rel) ? p : join(baseRoot, rel);
  };
  const benchmarks = config.benchmarks.map((b): BenchmarkConfig => {
    if (b.kind === 'file') return { ...b, file: move(b.file) };
    if (b.kind === 'command') return { ...b, cwd: move(b.cwd) };
    return b;
  });
  return { ...config, path: move(config.path), dir: move(config.dir), benchmarks };
}

/**
 * The config as A/B measures it: more, shorter forks. The pairs' spread, not the samples inside a
 * fork, sets the interval, so each tree gets half the measuring time a plain run gives a benchmark,
 * spread over `ab.pairs` forks instead of `forks`; both trees together then measure about as long as
 * one run, and the rest of the cost is starting processes.
 */
export function pairedSettings(config: Config): Config {
  const share = (b: BenchmarkConfig) => b.settings.forks / (2 * config.ab.pairs);
  const benchmarks = config.benchmarks.map((b): BenchmarkConfig => {
    if (b.kind === 'file') {
      return { ...b, settings: { ...b.settings, time: Math.max(Math.min(b.settings.time, 50), Math.round(b.settings.time * share(b))) } };
    }
    if (b.kind === 'command') {
      return { ...b, settings: { ...b.settings, runs: Math.max(Math.min(b.settings.runs, 3), Math.ceil(b.settings.runs * share(b))) } };
    }
    return b;
  });
  return { ...config, benchmarks };
}

/** A seed both trees' commits fix, so a run can be replayed with the same order. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h;
}

/**
 * The result names more pairs could still settle, that may still get them, with how many more pairs
 * each needs (Infinity when its policy cannot tell).
 */
function openNames(report: ReportDocument, session: PairedSession, config: Config, initial: number): { name: string; more: number }[] {
  const open: { name: string; more: number }[] = [];
  for (const b of report.benchmarks) {
    const undecided = Object.values(b.metrics).filter((m) => m.verdict === 'inconclusive' && m.moreForksHelp !== false);
    if (undecided.length === 0 || !session.paired.includes(b.name)) continue;
    const bench = config.benchmarks.find((c) => b.name === c.name || b.name.startsWith(`${c.name}/`));
    const have = session.forks(b.name);
    if (have - initial >= (bench?.settings.maxExtraForks ?? 0)) continue;
    // A benchmark is settled only when every undecided metric is: the neediest one counts.
    const more = Math.max(...undecided.map((m) => (m.forksToSettle ?? Infinity) - have));
    open.push({ name: b.name, more: Math.max(more, 1) });
  }
  return open;
}

/**
 * Which undecided benchmarks get the next two rounds (one AB, one BA: four forks each), given `leftMs`
 * of the budget and what a fork costs. The budget goes to those closest to being settled, and none to
 * one that even all of what is left could not settle (a bimodal benchmark needing hundreds of pairs):
 * spending on it would only lengthen the run.
 */
export function adaptiveStep(undecided: readonly { name: string; more: number }[], leftMs: number, perForkMs: number): string[] {
  if (!(leftMs > 0) || !(perForkMs > 0)) return [];
  const affordablePairs = Math.floor(leftMs / (2 * perForkMs));
  const fits = Math.floor(leftMs / (4 * perForkMs));
  return [...undecided]
    .sort((x, y) => x.more - y.more)
    .filter((u) => u.more <= affordablePairs)
    .slice(0, fits)
    .map((u) => u.name);
}

function judge(docs: { base: ResultsDocument; head: ResultsDocument }, settings: CompareSettings): ReportDocument {
  const history: BaselineHistory = { schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs: [docs.base] };
  return compare(history, docs.head, settings);
}

/**
 * Pairs first for everyone, then — within the budget — two more rounds at a time (one AB and one BA,
 * so drift still cancels) for the benchmarks whose verdict more pairs could settle.
 */
async function measurePairs(
  session: PairedSession,
  config: Config,
  settings: CompareSettings,
  log: (line: string) => void,
  now: () => number,
): Promise<{ docs: { base: ResultsDocument; head: ResultsDocument }; report: ReportDocument; budgetMs: number; spentMs: number }> {
  const initial = config.ab.pairs;
  const started = now();
  await session.rounds(initial);
  let docs = session.documents();
  let report = judge(docs, settings);
  const budgetMs = config.ab.budget ?? Math.round((now() - started) / 4);
  const adaptiveStarted = now();
  // What one fork costs, from the first pairs: a step that would end past the budget is not started.
  let perFork = (adaptiveStarted - started) / Math.max(1, 2 * initial * session.paired.length);
  for (;;) {
    const undecided = openNames(report, session, config, initial);
    const spent = now() - adaptiveStarted;
    const open = adaptiveStep(undecided, budgetMs - spent, perFork);
    if (open.length === 0) break;
    log(`adaptive sampling: ${undecided.length} benchmark(s) undecided, adding 2 pairs to ${open.length} (${(spent / 1000).toFixed(1)} of ${(budgetMs / 1000).toFixed(1)} s budget spent)`);
    const stepStarted = now();
    await session.rounds(2, open);
    // The machine may have slowed since the first pairs: the dearest step so far sets the estimate.
    perFork = Math.max(perFork, (now() - stepStarted) / (4 * open.length));
    docs = session.documents();
    report = judge(docs, settings);
  }
  return { docs, report, budgetMs, spentMs: now() - adaptiveStarted };
}

/**
 * The report with a CPU profile of each regression in both trees, and the functions whose self time
 * grew most from base to head. Profiles explain a verdict, never change it.
 */
async function withProfiles(
  report: ReportDocument,
  head: ProfileTree,
  base: ProfileTree,
  settings: AbSettings,
  log: (line: string) => void,
): Promise<ReportDocument> {
  if (settings.config.profile === false) return report;
  const profiles = await profileRegressions(report, { head, base }, {
    workerCommand: settings.workerCommand,
    log,
    ...(settings.profileDir !== undefined ? { dir: settings.profileDir } : {}),
  });
  return profiles.length > 0 ? { ...report, profiles } : report;
}

export function abPlan(settings: AbSettings): AbPlan {
  const { config } = settings;
  const now = settings.now ?? (() => performance.now());
  const filter = settings.filter === undefined ? undefined : parseFilter(settings.filter);
  const setup = settings.setup ?? config.ab.setup;
  const baseline: BaselineSource = {
    label: `the base tree (${settings.base})`,
    read: () => Promise.resolve({ history: null, reason: 'live', location: `base ${settings.base}` }),
  };
  const measurement: Measurement = {
    async run(_history, log): Promise<Judgement> {
      const headRoot = await repositoryRoot(dirname(settings.configPath));
      const tree = await addWorktree(headRoot, settings.base);
      const short = tree.commit.slice(0, 7);
      try {
        const relConfig = relative(headRoot, settings.configPath);
        if (!existsSync(join(tree.dir, relConfig))) {
          throw new InputError(`the base tree (${settings.base}, ${short}) has no ${relConfig}: perf-gate ab measures the head's benchmarks in both trees, and the base must have a config too`);
        }
        if (setup !== undefined) {
          log(`setting up the base tree (${short}): ${setup}`);
          const env = settings.setupEnv ?? childEnvironment(process.env, { passEnv: config.passEnv ?? [] });
          await runSetup(tree.dir, setup, { label: `the base tree (${short})`, env, timeoutMs: config.ab.setupTimeout });
        }
        const head = pairedSettings(config);
        const base = rebaseConfig(head, headRoot, tree.dir);
        const headGit = await detectGit(config.dir, {});
        const git = { base: { commit: tree.commit, ref: settings.base }, head: headGit };
        const compareSettings = settingsFromConfig(
          config,
          // Half the configured margin: see PAIRED_SHOWN_FRACTION.
          pairedPolicy({ confidence: config.policy.confidence, shownFraction: config.policy.shownFraction / 2 }),
        );
        return await withPairedSession(
          { base, head },
          {
            workerCommand: settings.workerCommand,
            toolVersion: settings.toolVersion,
            git,
            seed: seedOf(`${tree.commit} ${headGit.commit ?? ''}`),
            ...(filter ? { filter } : {}),
            ...(settings.progress ? { progress: settings.progress(log) } : {}),
          },
          async (session) => {
            if (session.paired.length + session.headOnly.length === 0 && settings.filter !== undefined) {
              throw new InputError(`--filter ${JSON.stringify(settings.filter)} matched no benchmark of ${relConfig}`);
            }
            const measured = await measurePairs(session, config, compareSettings, log, now);
            settings.onResults?.(measured.docs);
            const counts = session.paired.map((name) => session.forks(name));
            const hint = setup === undefined ? '; if the base tree needs building first, give a setup command (--setup, ab.setup)' : '';
            const failures = new Map([...session.baseFailures].map(([name, why]) => [name, `failed in the base tree (${short}): ${why}${hint}`]));
            const report: ReportDocument = {
              ...withFailedBenchmarks(measured.report, failures),
              against: {
                ref: settings.base,
                commit: tree.commit,
                pairs: { min: counts.length ? Math.min(...counts) : 0, max: counts.length ? Math.max(...counts) : 0 },
                budgetMs: measured.budgetMs,
                spentMs: Math.round(measured.spentMs),
              },
              warnings: [...session.notes, ...measured.report.warnings],
            };
            // While the worktree still exists: the base tree's profile needs it.
            const profiled = await withProfiles(report, { config: head, root: headRoot }, { config: base, root: tree.dir }, settings, log);
            return { results: measured.docs.head, report: profiled, failsGate: failsGate(report, compareSettings.failOnInconclusive) };
          },
        );
      } finally {
        await tree.remove();
      }
    },
  };
  return { measurement, baseline };
}
