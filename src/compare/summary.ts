// The one-line summary of a judgement: what regressed and by how much, or why the verdict is what it
// is. Produced here, with the judgement (the report document carries it), and used again by the
// renderers with their own display names. Plain text: a renderer escapes the whole line for its medium.
import { displayMetric, formatChange, formatPercent, plural, shortenMiddle } from '../core/format.ts';
import type { BenchmarkReport, ReportDocument } from '../core/types.ts';
import { limitAside, limitBreachSummary } from './limits.ts';

export interface SummaryOptions {
  /**
   * Whether this run is recorded as the baseline, as the caller knows it: `true` when it was (or is
   * about to be) appended to the history, `false` when it will not be (a pull request, no
   * `--update-baseline`), `undefined` when the caller does not say; the summary then guesses nothing.
   */
  recorded?: boolean;
}

type Summarised = Pick<ReportDocument, 'verdict' | 'benchmarks' | 'counts' | 'threshold' | 'limits'>;

/**
 * The one-line summary. `name` renders a benchmark name for display (by default shortened to both
 * ends when long).
 */
export function summaryLine(
  report: Summarised,
  name: (text: string) => string = (t) => shortenMiddle(t),
  options: SummaryOptions = {},
): string {
  const threshold = `threshold ${formatPercent(report.threshold)}`;
  if (report.verdict === 'regression') return regressionSummary(report, name);
  if (report.verdict === 'error') return failureSummary(report.benchmarks, name);
  const limits = limitAside(report.limits);
  if (report.verdict === 'no-baseline') {
    return noBaselineSummary(measuredCount(report.benchmarks), options.recorded) + (limits ? `; ${limits}` : '');
  }
  if (report.verdict === 'inconclusive') {
    if (report.counts.inconclusive === 0) return `No regression shown, but ${limits}${asideOf(report.counts)}`;
    return `No regression shown, but ${plural(report.counts.inconclusive, 'benchmark')} too noisy to tell at the ${threshold}${limits ? `, and ${limits}` : ''}${asideOf(report.counts)}`;
  }
  return `No regression in ${plural(measuredCount(report.benchmarks), 'benchmark')} (${threshold})${asideOf(report.counts)}`;
}

/** Benchmarks of this run: all but those only the baseline has. */
function measuredCount(benchmarks: BenchmarkReport[]): number {
  return benchmarks.filter((b) => b.verdict !== 'missing').length;
}

/** Each regressed benchmark with its regressed metrics, the first three named. */
function regressionSummary(report: Summarised, name: (text: string) => string): string {
  const parts: string[] = [];
  for (const b of report.benchmarks) {
    if (b.verdict !== 'regression') continue;
    const worst = Object.entries(b.metrics)
      .filter(([, m]) => m.verdict === 'regression')
      .map(([metric, m]) => `${displayMetric(metric)} ${formatChange(m.change)}`);
    parts.push(`${name(b.name)} (${worst.join(', ')})`);
  }
  const shown = parts.slice(0, 3).join('; ') + (parts.length > 3 ? `; and ${parts.length - 3} more` : '');
  const breaches = limitBreachSummary(report.limits, name);
  if (parts.length === 0 && breaches) return breaches;
  return `${plural(report.counts.regression, 'benchmark')} regressed: ${shown}${breaches ? `; ${breaches}` : ''}`;
}

function failureSummary(benchmarks: BenchmarkReport[], name: (text: string) => string): string {
  const failed = benchmarks.filter((b) => b.verdict === 'error').map((b) => name(b.name));
  return `${plural(failed.length, 'benchmark')} failed: ${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''}`;
}

function noBaselineSummary(measured: number, recorded: boolean | undefined): string {
  const what =
    recorded === true ? '; this run is recorded as the baseline' : recorded === false ? '; this run is not recorded as a baseline' : '';
  return `No baseline to compare with: ${plural(measured, 'benchmark')} measured${what}`;
}

/** " (2 improved, 1 new)": what a passing or undecided summary mentions besides. */
function asideOf(counts: ReportDocument['counts']): string {
  const extras: string[] = [];
  if (counts.improvement > 0) extras.push(`${counts.improvement} improved`);
  if (counts.new > 0) extras.push(`${counts.new} new`);
  if (counts.missing > 0) extras.push(`${counts.missing} missing`);
  return extras.length > 0 ? ` (${extras.join(', ')})` : '';
}
