// The rows a comparison is shown as, shared by the terminal and markdown renderers so both always
// show the same thing.
import type { BenchmarkReport, MetricReport, ReportDocument } from '../core/types.ts';
import { formatChange, formatInterval, formatPercent, formatValue } from './format.ts';

export interface Row {
  benchmark: string;
  benchmarkVerdict: BenchmarkReport['verdict'];
  metric: string;
  baseline: string;
  current: string;
  change: string;
  /** Verdict word for the row: the metric's, or the benchmark's for rows without metrics. */
  verdict: string;
  interval: string;
  /** Minimum detectable change, e.g. "4.1%". */
  detectable: string;
  note: string;
  report?: MetricReport;
}

function metricRow(b: BenchmarkReport, name: string, m: MetricReport): Row {
  let verdict: string = m.verdict;
  if (b.verdict === 'new') verdict = 'new';
  else if (m.verdict === 'informational' && m.gated === false && m.baseline !== null) verdict = 'info';
  return {
    benchmark: b.name,
    benchmarkVerdict: b.verdict,
    metric: name,
    baseline: formatValue(m.baseline, m.unit),
    current: formatValue(m.current, m.unit),
    change: formatChange(m.change),
    verdict,
    interval: formatInterval(m.interval),
    detectable: m.minimumDetectableChange !== undefined ? formatPercent(m.minimumDetectableChange) : '',
    note: m.note ?? '',
    report: m,
  };
}

function bareRow(b: BenchmarkReport, note: string): Row {
  return {
    benchmark: b.name,
    benchmarkVerdict: b.verdict,
    metric: '',
    baseline: '',
    current: '',
    change: '',
    verdict: b.verdict,
    interval: '',
    detectable: '',
    note,
  };
}

/**
 * Which metrics a benchmark shows: the gated ones and any with a decided verdict; for a new
 * benchmark, the gated metric names of the run. `all` shows every metric.
 */
export function benchmarkRows(b: BenchmarkReport, gatedMetrics: string[], all = false): Row[] {
  if (b.verdict === 'error') return [bareRow(b, b.error ?? 'failed')];
  if (b.verdict === 'missing') return [bareRow(b, 'in the baseline, not in this run')];
  const rows: Row[] = [];
  for (const [name, m] of Object.entries(b.metrics)) {
    const shown = all || m.gated || m.verdict !== 'informational' || (gatedMetrics.includes(name) && m.note);
    if (shown) rows.push(metricRow(b, name, m));
  }
  if (rows.length === 0) {
    // Imports may carry only metrics nobody gates: show what there is rather than nothing.
    for (const [name, m] of Object.entries(b.metrics)) rows.push(metricRow(b, name, m));
  }
  return rows;
}

export function rowsWithVerdict(report: ReportDocument, verdict: string): Row[] {
  return report.benchmarks.flatMap((b) => benchmarkRows(b, report.gatedMetrics)).filter((r) => r.verdict === verdict);
}

export function allRows(report: ReportDocument): Row[] {
  return report.benchmarks.flatMap((b) => benchmarkRows(b, report.gatedMetrics));
}

/** "5 baseline runs, newest abc1234 of 2026-11-25; compared with the median of the history". */
export function baselineDescription(report: ReportDocument): string {
  const b = report.baseline;
  if (!b) return 'no baseline';
  const commit = b.commit ? ` ${b.commit.slice(0, 7)}` : '';
  const date = b.createdAt ? ` of ${b.createdAt.slice(0, 10)}` : '';
  const against =
    report.policy.baselineSource === 'newest' ? 'compared with the newest run' : 'compared with the median of the history';
  return `${b.runs} baseline run${b.runs === 1 ? '' : 's'}, newest${commit}${date}; ${against}`;
}

export function machineDescription(m: ReportDocument['current']['machine']): string {
  const gib = m.memoryBytes / 2 ** 30;
  return `${m.cpu}, ${m.cores} cores, ${gib.toFixed(0)} GiB, ${m.os} ${m.arch}, Node ${m.node}, ${m.runner}`;
}
