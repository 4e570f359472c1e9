// The one-line summary of a comparison, shared by the report document and the renderers. Plain text:
// a renderer escapes the whole line for its medium.
import type { ReportDocument } from '../core/types.ts';
import { formatChange, formatPercent, shortenMiddle } from './format.ts';
import { displayMetric, NAME_HEAD, NAME_TAIL } from './rows.ts';

export interface SummaryOptions {
  /**
   * Whether this run is recorded as the baseline, as the caller knows it: `true` when it was (or is
   * about to be) appended to the history, `false` when it will not be (a pull request, no
   * `--update-baseline`), `undefined` when the caller does not say; the summary then guesses nothing.
   */
  recorded?: boolean;
}

/**
 * The one-line summary: what regressed and by how much, or why the verdict is what it is. `name`
 * renders a benchmark name for display (by default shortened to both ends when long).
 */
export function summaryLine(
  report: Pick<ReportDocument, 'verdict' | 'benchmarks' | 'counts' | 'threshold'>,
  name: (text: string) => string = (t) => shortenMiddle(t, NAME_HEAD, NAME_TAIL),
  options: SummaryOptions = {},
): string {
  const { verdict, benchmarks, counts } = report;
  const total = benchmarks.filter((b) => b.verdict !== 'missing').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const threshold = `threshold ${formatPercent(report.threshold)}`;
  if (verdict === 'regression') {
    const parts: string[] = [];
    for (const b of benchmarks) {
      if (b.verdict !== 'regression') continue;
      const worst = Object.entries(b.metrics)
        .filter(([, m]) => m.verdict === 'regression')
        .map(([metric, m]) => `${displayMetric(metric)} ${formatChange(m.change)}`);
      parts.push(`${name(b.name)} (${worst.join(', ')})`);
    }
    const shown = parts.slice(0, 3).join('; ') + (parts.length > 3 ? `; and ${parts.length - 3} more` : '');
    return `${plural(counts.regression, 'benchmark')} regressed: ${shown}`;
  }
  if (verdict === 'error') {
    const failed = benchmarks.filter((b) => b.verdict === 'error').map((b) => name(b.name));
    return `${plural(failed.length, 'benchmark')} failed: ${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''}`;
  }
  if (verdict === 'no-baseline') {
    const what =
      options.recorded === true
        ? '; this run is recorded as the baseline'
        : options.recorded === false
          ? '; this run is not recorded as a baseline'
          : '';
    return `No baseline to compare with: ${plural(total, 'benchmark')} measured${what}`;
  }
  const extras: string[] = [];
  if (counts.improvement > 0) extras.push(`${counts.improvement} improved`);
  if (counts.new > 0) extras.push(`${counts.new} new`);
  if (counts.missing > 0) extras.push(`${counts.missing} missing`);
  const tail = extras.length > 0 ? ` (${extras.join(', ')})` : '';
  if (verdict === 'inconclusive') {
    return `No regression shown, but ${plural(counts.inconclusive, 'benchmark')} too noisy to tell at the ${threshold}${tail}`;
  }
  return `No regression in ${plural(total, 'benchmark')} (${threshold})${tail}`;
}
