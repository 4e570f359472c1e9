// The pipeline both entry points compose: measure → (adaptive extra forks) → compare. Entry points
// bring the adapters (where the baseline comes from, where reports go); this module only decides.
import type { Config } from './config/types.ts';
import { compare, settingsFromConfig, type CompareSettings } from './compare/index.ts';
import { createPolicy } from './compare/policies/index.ts';
import type { BaselineHistory, ComparePolicy, ReportDocument, ResultsDocument } from './core/types.ts';
import { addForks, measure, type MeasureOptions } from './measure/index.ts';

export interface PipelineResult {
  results: ResultsDocument;
  report: ReportDocument;
  settings: CompareSettings;
}

export function policyFor(config: Config, name?: string): ComparePolicy {
  return createPolicy(name ? { ...config.policy, name: name as Config['policy']['name'] } : config.policy);
}

export function compareWithConfig(
  history: BaselineHistory | null,
  results: ResultsDocument,
  config: Config,
  policy: string | ComparePolicy | undefined = undefined,
): { report: ReportDocument; settings: CompareSettings } {
  const chosen = typeof policy === 'object' ? policy : policyFor(config, policy);
  const settings = settingsFromConfig(config, chosen);
  return { report: compare(history, results, settings), settings };
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
    // Inconclusive benchmarks with a metric that more forks could settle; one that only a longer
    // history could settle is left alone (the policy says which, when it knows).
    const unresolved = report.benchmarks
      .filter((b) => Object.values(b.metrics).some((m) => m.verdict === 'inconclusive' && m.moreForksHelp !== false))
      .map((b) => b.name);
    const targets = unresolved
      .map((name) => ({ name, bench: config.benchmarks.find((c) => name === c.name || name.startsWith(`${c.name}/`)) }))
      .filter((t) => t.bench && t.bench.kind !== 'import' && (added.get(t.bench.name) ?? 0) < t.bench.settings.maxExtraForks);
    if (targets.length === 0 || spent >= config.budget) break;
    // One configured benchmark may expand to several tasks: add forks once per configured benchmark.
    const configured = [...new Set(targets.map((t) => t.bench!.name))];
    options.log?.(
      `adaptive sampling: ${configured.length} benchmark(s) inconclusive, adding a fork (${Math.round(spent)} of ${config.budget} ms budget spent)`,
    );
    for (const name of configured) {
      if (now() - started >= config.budget) break;
      results = await addForks(config, results, name, 1, options);
      added.set(name, (added.get(name) ?? 0) + 1);
    }
    ({ report, settings } = compareWithConfig(history, results, config, options.policy));
  }
  return { results, report, settings };
}
