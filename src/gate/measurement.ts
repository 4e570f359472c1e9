// Where the current results come from (the `Measurement` seam): measured now, with adaptive sampling
// while verdicts stay open, or read from a results document measured earlier.
import { compare, failsGate, type CompareSettings } from '../compare/index.ts';
import type { Config } from '../config/types.ts';
import { nearest } from '../config/values.ts';
import { InputError } from '../core/errors.ts';
import type { Judgement, Measurement } from '../core/seams.ts';
import type { BaselineHistory, ComparePolicy, ReportDocument, ResultsDocument } from '../core/types.ts';
import { addForks, measure, type MeasureOptions } from '../benchmarks.ts';
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
 * Measures the suite and compares it with the history. When the config grants a time budget, the
 * benchmarks whose verdict is still inconclusive get extra forks, one round at a time, until every
 * verdict is resolved, the budget is spent, or a benchmark reached its maxExtraForks.
 */
export async function measureAndCompare(
  config: Config,
  history: BaselineHistory | null,
  options: MeasureOptions & {
    now?: () => number;
    log?: (line: string) => void;
    /** Replaces the config's policy (tests; the config's policy otherwise). */
    policy?: ComparePolicy;
  },
): Promise<PipelineResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let results = await measure(config, options);
  let { report, settings } = compareWithConfig(history, results, config, options.policy);
  const added = new Map<string, number>();
  while (config.budget > 0 && report.verdict !== 'no-baseline') {
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
  return { results, report, settings };
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
      return { results, report, failsGate: failsGate(report, settings.failOnInconclusive) };
    },
  };
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
