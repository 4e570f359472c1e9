// Where the current results come from (the `Measurement` seam): measured now, with adaptive sampling
// while verdicts stay open, or read from a results document measured earlier.
import { compare, failsGate, type CompareSettings } from '../compare/index.ts';
import { settleRun, type Reproduction } from '../compare/disturbance.ts';
import type { Config } from '../config/types.ts';
import { nearest } from '../config/values.ts';
import { InputError } from '../core/errors.ts';
import type { Judgement, Measurement } from '../core/seams.ts';
import type { BaselineHistory, BenchmarkResult, ComparePolicy, ReportDocument, ResultsDocument } from '../core/types.ts';
import { addForks, measure, type MeasureOptions } from '../benchmarks.ts';
import { profileRegressions } from '../profile/take.ts';
import { reduceForks } from '../stats/forks.ts';
import { settingsFromConfig } from './settings.ts';

export interface PipelineResult {
  results: ResultsDocument;
  report: ReportDocument;
  settings: CompareSettings;
}

/** Judges `results` against `history` with the config's settings (its policy, unless one is given). */
export function compareWithConfig(
  history: BaselineHistory | null,
  results: ResultsDocument,
  config: Config,
  policy?: ComparePolicy,
): { report: ReportDocument; settings: CompareSettings } {
  const settings = settingsFromConfig(config, policy);
  return { report: compare(history, results, settings), settings };
}

/** The benchmarks that more forks could settle and that may still get one, by configured name. */
function unresolvedBenchmarks(report: ReportDocument, config: Config, added: Map<string, number>): string[] {
  // A benchmark whose only open metric a longer history could settle is left alone (the policy says
  // which, when it knows).
  const open = report.benchmarks
    .filter((b) => Object.values(b.metrics).some((m) => m.verdict === 'inconclusive' && m.moreForksHelp !== false))
    .map((b) => b.name);
  const configured = open
    .map((name) => config.benchmarks.find((c) => name === c.name || name.startsWith(`${c.name}/`)))
    .filter((b): b is NonNullable<typeof b> => b !== undefined && b.kind !== 'import' && (added.get(b.name) ?? 0) < b.settings.maxExtraForks)
    .map((b) => b.name);
  // One configured benchmark may expand to several tasks: forks are added once per configured benchmark.
  return [...new Set(configured)];
}

/**
 * Forks every regression gets before it is reported, taken after the first judgement (and after
 * adaptive sampling). Two: one later fork could be a burst of its own, two alone can carry a
 * verdict when the history supplies the fork noise. The cost is bounded by the regressions: at most
 * this many forks' time per regressed benchmark, nothing when nothing regressed.
 */
export const REPRODUCTION_FORKS = 2;

/** The configured benchmark that produced a result name (`<benchmark>` or `<benchmark>/<task>`). */
function configuredFor(config: Config, name: string): Config['benchmarks'][number] | undefined {
  return config.benchmarks.find((c) => name === c.name) ?? config.benchmarks.find((c) => c.kind === 'file' && name.startsWith(`${c.name}/`));
}

/** Whether perf-gate measured a result itself (and so can measure it again): everything but imports. */
function measuredHereIn(config: Config, results: ResultsDocument): (name: string) => boolean {
  const imported = new Set(results.benchmarks.filter((b) => b.kind === 'import').map((b) => b.name));
  return (name) => !imported.has(name) && configuredFor(config, name)?.kind !== 'import';
}

/** The result as if only its forks numbered above `after` had run: their statistics, re-reduced. */
export function laterForksOnly(result: BenchmarkResult, after: number): BenchmarkResult {
  const stats = result.forkStats ?? [];
  const kept = stats.map((f, i) => ({ f, i })).filter(({ f }) => f.fork > after);
  const forkStats = kept.map(({ f }) => f);
  const perFork = result.samples ? kept.map(({ i }) => result.samples?.perFork[i]).filter((x) => x !== undefined) : undefined;
  return {
    ...result,
    metrics: reduceForks(forkStats),
    forkStats,
    ...(result.samples && perFork ? { samples: { unit: result.samples.unit, perFork } } : {}),
  };
}

/**
 * Measures every regressed benchmark of `report` again, REPRODUCTION_FORKS forks each, one round
 * over all of them at a time so a burst that ends meanwhile touches them alike, and judges the
 * suite on all forks and the re-measured benchmarks on their later forks alone. The later forks are
 * judged as a suite of their own: the policy's correction then runs over the regressions under test,
 * which is the family the reproduction asks about.
 */
async function reproduce(
  config: Config,
  history: BaselineHistory | null,
  results: ResultsDocument,
  report: ReportDocument,
  forks: number,
  options: MeasureOptions & { log?: (line: string) => void; policy?: ComparePolicy },
): Promise<{ results: ResultsDocument; reproduction: Reproduction | null }> {
  const measuredHere = measuredHereIn(config, results);
  const regressed = report.benchmarks.filter((b) => b.verdict === 'regression' && measuredHere(b.name)).map((b) => b.name);
  const before = new Map<string, { count: number; last: number }>();
  for (const name of regressed) {
    const result = results.benchmarks.find((r) => r.name === name && r.status === 'ok');
    const stats = result?.forkStats ?? [];
    if (stats.length > 0) before.set(name, { count: stats.length, last: Math.max(...stats.map((f) => f.fork)) });
  }
  if (before.size === 0 || !(forks >= 1)) return { results, reproduction: null };
  options.log?.(`reproduction: ${before.size} benchmark(s) regressed, measuring each again (${forks} more forks each)`);
  let current = results;
  for (let round = 0; round < forks; round++) {
    for (const name of before.keys()) current = await addForks(config, current, name, 1, options);
  }
  const combined = compareWithConfig(history, current, config, options.policy).report;
  const laterResults: BenchmarkResult[] = [];
  const counts = new Map<string, { first: number; later: number }>();
  for (const [name, { count, last }] of before) {
    const result = current.benchmarks.find((r) => r.name === name && r.status === 'ok');
    if (!result) continue;
    const later = laterForksOnly(result, last);
    if ((later.forkStats ?? []).length === 0) continue;
    laterResults.push(later);
    counts.set(name, { first: count, later: (later.forkStats ?? []).length });
  }
  const later = compareWithConfig(history, { ...current, benchmarks: laterResults }, config, options.policy).report;
  return { results: current, reproduction: { combined, later, forks: counts } };
}

/**
 * Measures the suite and compares it with the history. When the config grants a time budget, the
 * benchmarks whose verdict is still inconclusive get extra forks, one round at a time, until every
 * verdict is resolved, the budget is spent, or a benchmark reached its maxExtraForks. Then every
 * regression is measured again (see `reproduce`) and reported only when it reproduced; benchmarks
 * that moved together mark the run disturbed (compare/disturbance.ts).
 */
export async function measureAndCompare(
  config: Config,
  history: BaselineHistory | null,
  options: MeasureOptions & {
    now?: () => number;
    log?: (line: string) => void;
    /** Replaces the config's policy (tests; the config's policy otherwise). */
    policy?: ComparePolicy;
    /** Forks each regression gets before it is reported (default REPRODUCTION_FORKS; 0 takes none). */
    reproductionForks?: number;
  },
): Promise<PipelineResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let results = await measure(config, options);
  let { report, settings } = compareWithConfig(history, results, config, options.policy);
  const added = new Map<string, number>();
  // Without a baseline only absolute limits are judged, and they need neither more forks nor a reproduction.
  while (config.budget > 0 && report.baseline !== null) {
    const spent = now() - started;
    const targets = unresolvedBenchmarks(report, config, added);
    if (targets.length === 0 || spent >= config.budget) break;
    options.log?.(
      `adaptive sampling: ${targets.length} benchmark(s) inconclusive, adding a fork (${Math.round(spent)} of ${config.budget} ms budget spent)`,
    );
    for (const name of targets) {
      if (now() - started >= config.budget) break;
      results = await addForks(config, results, name, 1, options);
      added.set(name, (added.get(name) ?? 0) + 1);
    }
    ({ report, settings } = compareWithConfig(history, results, config, options.policy));
  }
  if (report.baseline === null) return { results, report, settings };
  const reproduced = await reproduce(config, history, results, report, options.reproductionForks ?? REPRODUCTION_FORKS, options);
  const settled = settleRun(report, reproduced.reproduction, {
    shownFraction: config.policy.shownFraction,
    measuredHere: measuredHereIn(config, reproduced.results),
  });
  return { results: reproduced.results, report: settled, settings };
}

/**
 * A filter that chose nothing is a typo, not a passing run of zero benchmarks. Checked before
 * measuring when no configured name matches and no file benchmark has tasks it could match, and
 * again after measuring.
 */
function checkFilterMatched(filterText: string, filter: RegExp, config: Config, results: ResultsDocument | null): void {
  if (results && results.benchmarks.length > 0) return;
  if (!results && config.benchmarks.some((b) => b.kind === 'file' || filter.test(b.name))) return;
  const names = config.benchmarks.map((b) => b.name);
  const guess = nearest(filterText, names);
  const listed = names.length > 10 ? `${names.slice(0, 10).join(', ')}, … (${names.length})` : names.join(', ');
  throw new InputError(
    `--filter ${JSON.stringify(filterText)} matched no benchmark${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; benchmarks: ${listed}`,
  );
}

/** The `--filter` pattern as a regular expression, or one clear line. */
export function parseFilter(text: string): RegExp {
  try {
    return new RegExp(text);
  } catch (err) {
    throw new InputError(`--filter: not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Measures the config's suite now (the CLI's default command and the Action). */
export function liveMeasurement(
  config: Config,
  options: Omit<MeasureOptions, 'filter' | 'progress'> & {
    /** The `--filter` text: only matching benchmarks are measured, and one must match. */
    filter?: string;
    progress?: (log: (line: string) => void) => MeasureOptions['progress'];
    policy?: ComparePolicy;
    /** Where CPU profiles of regressions go (default: a new temporary directory). */
    profileDir?: string;
  },
): Measurement {
  const filterText = options.filter;
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  return {
    check() {
      if (filterText !== undefined && filter) checkFilterMatched(filterText, filter, config, null);
    },
    async run(history, log) {
      const { results, report, settings } = await measureAndCompare(config, history, {
        workerCommand: options.workerCommand,
        filter,
        git: options.git,
        toolVersion: options.toolVersion,
        progress: options.progress?.(log),
        policy: options.policy,
        log,
      });
      if (filterText !== undefined && filter) checkFilterMatched(filterText, filter, config, results);
      const profiled = await withProfiles(report, config, { workerCommand: options.workerCommand, dir: options.profileDir, log });
      return { results, report: profiled, failsGate: failsGate(report, settings.failOnInconclusive) };
    },
  };
}

/**
 * The report with a CPU profile of each regression in the current tree (the stored baseline has no
 * tree to profile). Profiles explain a verdict, never change it: the gate is decided without them.
 */
async function withProfiles(
  report: ReportDocument,
  config: Config,
  options: { workerCommand: string[]; dir: string | undefined; log: (line: string) => void },
): Promise<ReportDocument> {
  if (config.profile === false) return report;
  const profiles = await profileRegressions(report, { head: { config, root: config.dir } }, {
    workerCommand: options.workerCommand,
    log: options.log,
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
  });
  return profiles.length > 0 ? { ...report, profiles } : report;
}

/** Results measured earlier (the `compare` command), judged with `settings`. */
export function givenResults(results: ResultsDocument, settings: CompareSettings): Measurement {
  return {
    run(history): Promise<Judgement> {
      const report = compare(history, results, settings);
      return Promise.resolve({ results, report, failsGate: failsGate(report, settings.failOnInconclusive) });
    },
  };
}
