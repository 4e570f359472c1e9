// From metric verdicts to a benchmark's verdict, the counts and the run's verdict: the one rule the
// comparison applies, and applies again when a later step (reproduction, a disturbed machine)
// revises metric verdicts of a report already judged. Pure.
import type { BenchmarkReport, BenchmarkVerdict, LimitCheck, MetricReport, OverallVerdict, ReportDocument } from '../core/types.ts';
import { summaryLine } from './summary.ts';

export function benchmarkVerdict(verdicts: MetricReport['verdict'][]): BenchmarkVerdict {
  if (verdicts.includes('regression')) return 'regression';
  if (verdicts.includes('inconclusive')) return 'inconclusive';
  if (verdicts.includes('improvement')) return 'improvement';
  return 'unchanged';
}

export function countVerdicts(benchmarks: BenchmarkReport[]): Record<BenchmarkVerdict, number> {
  const counts: Record<BenchmarkVerdict, number> = {
    regression: 0,
    improvement: 0,
    unchanged: 0,
    inconclusive: 0,
    new: 0,
    missing: 0,
    error: 0,
  };
  for (const b of benchmarks) counts[b.verdict]++;
  return counts;
}

/**
 * Regression beats everything, and a metric shown beyond its absolute limit is one (it needs no
 * baseline, so it fails even a project's first run); a failed benchmark comes next because it could
 * hide a regression; without any baseline run nothing else can be judged. A limit too close to tell
 * leaves the run undecided, like an inconclusive metric.
 */
export function overallVerdict(
  counts: Record<BenchmarkVerdict, number>,
  noBaseline: boolean,
  limits: readonly Pick<LimitCheck, 'verdict'>[] = [],
): OverallVerdict {
  if (counts.regression > 0 || limits.some((l) => l.verdict === 'over')) return 'regression';
  if (counts.error > 0) return 'error';
  if (noBaseline) return 'no-baseline';
  if (counts.inconclusive > 0 || limits.some((l) => l.verdict === 'uncertain')) return 'inconclusive';
  return 'pass';
}

/**
 * The report with the verdicts of the `revised` benchmarks derived again from their metrics' (which
 * the caller changed), and the counts, the run's verdict and the summary following from them.
 * Benchmarks without decided metrics (failed, new, missing) keep their verdicts.
 */
export function withRevisedVerdicts(report: ReportDocument, revised: ReadonlySet<string>): ReportDocument {
  const benchmarks = report.benchmarks.map((b) => {
    if (!revised.has(b.name) || b.verdict === 'error' || b.verdict === 'new' || b.verdict === 'missing') return b;
    const decided = Object.values(b.metrics)
      .filter((m) => m.gated && m.verdict !== 'informational')
      .map((m) => m.verdict);
    return { ...b, verdict: benchmarkVerdict(decided) };
  });
  const counts = countVerdicts(benchmarks);
  const verdict = overallVerdict(counts, report.baseline === null, report.limits);
  const summary = summaryLine({ verdict, benchmarks, counts, threshold: report.threshold, limits: report.limits });
  return { ...report, benchmarks, counts, verdict, summary };
}

/**
 * The report with the `failed` benchmarks (name → why) reported as errors: added when the report does
 * not hold them, replacing their entry when it does; counts, the run's verdict and the summary follow.
 */
export function withFailedBenchmarks(report: ReportDocument, failed: ReadonlyMap<string, string>): ReportDocument {
  if (failed.size === 0) return report;
  const errorEntry = (name: string, error: string): BenchmarkReport => ({ name, verdict: 'error', error, metrics: {} });
  const benchmarks = report.benchmarks.map((b) => {
    const error = failed.get(b.name);
    return error === undefined ? b : errorEntry(b.name, error);
  });
  const present = new Set(benchmarks.map((b) => b.name));
  for (const [name, error] of failed) if (!present.has(name)) benchmarks.push(errorEntry(name, error));
  const counts = countVerdicts(benchmarks);
  const verdict = overallVerdict(counts, report.baseline === null, report.limits);
  const summary = summaryLine({ verdict, benchmarks, counts, threshold: report.threshold, limits: report.limits });
  return { ...report, benchmarks, counts, verdict, summary };
}
