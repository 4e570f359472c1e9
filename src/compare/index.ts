// The comparison engine: baseline history + current results → report. It decides everything that is
// not statistics (new, missing, failed benchmarks, which metrics gate, thresholds, the overall
// verdict) and hands the numeric cases of the whole suite to the policy in one call, so a policy can
// control the suite-wide false-alarm rate. Pure: no I/O, no clock, no environment.
import { compatibilityWarnings } from '../core/compatibility.ts';
import { plural } from '../core/format.ts';
import { CHANGE_CAP, nativeMetric } from '../core/metrics.ts';
import { hasOwnKey, ownValue, setOwn } from '../core/own.ts';
import { samplesRequired } from '../stats/quantile.ts';
import {
  REPORT_KIND,
  SCHEMA_VERSION,
  type BaselineHistory,
  type BenchmarkReport,
  type BenchmarkResult,
  type ComparePolicy,
  type Direction,
  type LimitCheck,
  type MetricCase,
  type MetricDecision,
  type MetricReport,
  type MetricValue,
  type ReportDocument,
  type ResultsDocument,
} from '../core/types.ts';
import { judgeLimits } from './limits.ts';
import { gatedMetricsFor, hasLimits, limitsFor, thresholdFor, type CompareSettings } from './settings.ts';
import { summaryLine } from './summary.ts';
import { benchmarkVerdict, countVerdicts, overallVerdict } from './verdicts.ts';

export { gatedMetricsFor, limitsFor, thresholdFor, type BenchmarkOverrides, type CompareSettings } from './settings.ts';
export type { Limit } from './limits.ts';
export { withRevisedVerdicts } from './verdicts.ts';


/** The plain relative change of a value (current / baseline − 1) from a worse-is-positive change. */
function plainChange(worse: number, direction: Direction): number {
  return direction === 'lower' ? worse : -worse;
}

function plainInterval(i: [number, number] | undefined, direction: Direction): [number, number] | undefined {
  if (!i) return undefined;
  const a = plainChange(i[0], direction);
  const b = plainChange(i[1], direction);
  return a <= b ? [a, b] : [b, a];
}

/** A metric the policy decides: the row its decision fills in, and the case it decides. */
interface PendingCase {
  report: MetricReport;
  kase: MetricCase;
}

/** A benchmark with a baseline, waiting for the policy's decisions on its gated metrics. */
interface PendingBenchmark {
  report: BenchmarkReport;
  cases: PendingCase[];
}

export function compare(
  history: BaselineHistory | null,
  current: ResultsDocument,
  settings: CompareSettings,
): ReportDocument {
  const runs = history?.runs ?? [];
  const newest = runs.at(-1);
  const benchmarks: BenchmarkReport[] = [];
  const pending: PendingBenchmark[] = [];
  const baselineRunsOf = baselineLookup(runs);
  for (const b of current.benchmarks) {
    const judged = judgeBenchmark(b, baselineRunsOf(b.name), settings);
    benchmarks.push(judged.report);
    if ('cases' in judged) pending.push(judged);
  }
  decidePending(pending, settings.policy);
  // A loop, not push(...list): a suite of many thousands of missing benchmarks would overflow the stack.
  if (newest) for (const b of missingBenchmarks(newest, current)) benchmarks.push(b);

  const limits = limitChecks(current, settings);
  const counts = countVerdicts(benchmarks);
  const verdict = overallVerdict(counts, !newest, limits);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: REPORT_KIND,
    verdict,
    summary: summaryLine({ verdict, benchmarks, counts, threshold: settings.threshold, limits }),
    policy: {
      name: settings.policy.name,
      description: settings.policy.describe(),
      baselineSource: settings.policy.baselineSource,
    },
    threshold: settings.threshold,
    gatedMetrics: [...settings.metrics],
    baseline: newest
      ? { runs: runs.length, commit: newest.git.commit, createdAt: newest.createdAt, machine: newest.machine }
      : null,
    current: { commit: current.git.commit, createdAt: current.createdAt, machine: current.machine },
    ...(limits ? { limits } : {}),
    warnings: history && newest ? compatibilityWarnings(history, current) : [],
    counts,
    benchmarks,
  };
}

/** The absolute limit checks of this run, when the settings hold any limit (else none at all). */
function limitChecks(current: ResultsDocument, settings: CompareSettings): LimitCheck[] | undefined {
  if (!hasLimits(settings)) return undefined;
  const confidence = settings.confidence;
  if (confidence === undefined) throw new Error('limits are set but the settings give no confidence to judge them at');
  return judgeLimits(current.benchmarks, (name) => limitsFor(settings, name), confidence);
}

/**
 * For a benchmark name, the runs of the history in which it succeeded, oldest first. One index per
 * run: a suite of many thousands of benchmarks must not cost a search per pair.
 */
function baselineLookup(runs: ResultsDocument[]): (name: string) => BenchmarkResult[] {
  const byName = runs.map((r) => new Map(r.benchmarks.map((x) => [x.name, x])));
  return (name) => byName.map((r) => r.get(name)).filter((x): x is BenchmarkResult => !!x && x.status !== 'error');
}

/**
 * One benchmark of this run: failed, new (no baseline run has it), not comparable (why, in its
 * error), or pending the policy's decisions on the cases it hands over.
 */
function judgeBenchmark(
  b: BenchmarkResult,
  baselineRuns: BenchmarkResult[],
  settings: CompareSettings,
): { report: BenchmarkReport } | PendingBenchmark {
  if (b.status === 'error') return { report: { name: b.name, verdict: 'error', error: b.error ?? 'failed', metrics: {} } };
  if (baselineRuns.length === 0) {
    return { report: { name: b.name, verdict: 'new', evidence: b.evidence, metrics: currentOnlyMetrics(b, settings) } };
  }
  const report: BenchmarkReport = { name: b.name, verdict: 'unchanged', evidence: b.evidence, metrics: {} };
  const gated = gatedMetricsFor(settings, b.name);
  const cases: PendingCase[] = [];
  const unusable: string[] = [];
  for (const [name, m] of Object.entries(b.metrics)) {
    const values = baselineRuns.map((r) => ownValue(r.metrics, name)).filter((x) => x !== undefined);
    const metricReport = metricRow(m, values.at(-1), thresholdFor(settings, b.name, name));
    setOwn(report.metrics, name, metricReport);
    const use = caseFor(b, name, m, values, { gated: gated.includes(name), threshold: metricReport.threshold });
    if (use.unusable !== undefined) unusable.push(use.unusable);
    else if (use.note !== undefined) metricReport.note = use.note;
    else if (use.kase) {
      metricReport.gated = true;
      cases.push({ report: metricReport, kase: use.kase });
    }
  }
  unusable.push(...lostGatedMetrics(b, baselineRuns, gated));
  if (unusable.length > 0) {
    // A benchmark one of whose metrics cannot be compared cannot be judged: "unchanged" would be a lie.
    const error = `cannot compare: ${unusable.join('; ')}`;
    return { report: { name: b.name, verdict: 'error', error, evidence: b.evidence, metrics: report.metrics } };
  }
  return { report, cases };
}

/** The row of a metric before any decision: informational, with the plain change from the newest baseline value. */
function metricRow(m: MetricValue, last: MetricValue | undefined, threshold: number): MetricReport {
  return {
    unit: m.unit,
    direction: m.direction,
    baseline: last?.value ?? null,
    current: m.value,
    change: last && last.value !== 0 ? m.value / last.value - 1 : null,
    verdict: 'informational',
    gated: false,
    threshold,
  };
}

/**
 * What becomes of one metric of a benchmark, given its values in the baseline runs: a case for the
 * policy, a note on why a gated metric does not gate, a reason the whole benchmark cannot be
 * compared, or nothing (not gated, or no baseline value).
 */
function caseFor(
  b: BenchmarkResult,
  name: string,
  m: MetricValue,
  values: MetricValue[],
  rule: { gated: boolean; threshold: number },
): { kase?: MetricCase; note?: string; unusable?: string } {
  // Which way is better is part of what a metric is: a baseline that says the opposite measured
  // something else, and comparing would call a worsening an improvement (gated or not, the row
  // would mislead).
  const flipped = values.find((v) => v.direction !== m.direction);
  if (flipped) {
    return { unusable: `${name} changed direction (${m.direction} is better in this run, ${flipped.direction} in the baseline)` };
  }
  const last = values.at(-1);
  if (!rule.gated || !last) return {};
  if (m.supported === false) return { note: unsupportedNote(name, m) };
  if (last.unit !== m.unit) return { note: `not gated: the baseline measured ${name} in ${last.unit}, this run in ${m.unit}` };
  // Zero is a value the policies decide (a throughput that fell to zero is a regression); a
  // negative one has no relative change at all.
  const negative = values.find((v) => !(v.value >= 0));
  if (negative || !(m.value >= 0)) {
    const which = negative ? `${name} has a baseline value of ${negative.value}` : `${name} has a value of ${m.value} in this run`;
    return { unusable: `${which} (a relative change needs values of zero or more)` };
  }
  const forksOf = (v: MetricValue): number[] => (v.forks && v.forks.length > 0 ? v.forks : [v.value]);
  return {
    kase: {
      benchmark: b.name,
      metric: name,
      unit: m.unit,
      direction: m.direction,
      threshold: rule.threshold,
      current: { value: m.value, forks: forksOf(m) },
      baseline: { runs: values.map((v) => v.value), runForks: values.map(forksOf) },
      fromAggregates: b.evidence === 'aggregates' || undefined,
    },
  };
}

/** A gated metric the baseline has and this run lacks would otherwise vanish from the judgement. */
function lostGatedMetrics(b: BenchmarkResult, baselineRuns: BenchmarkResult[], gated: string[]): string[] {
  const newest = baselineRuns.at(-1);
  return gated
    .filter((name) => !hasOwnKey(b.metrics, name) && newest !== undefined && hasOwnKey(newest.metrics, name))
    .map((name) => `${name} is in the baseline but missing from this run`);
}

/** The metrics of a benchmark no baseline run has: shown, none decided. */
function currentOnlyMetrics(b: BenchmarkResult, settings: CompareSettings): Record<string, MetricReport> {
  const gated = gatedMetricsFor(settings, b.name);
  const out: Record<string, MetricReport> = {};
  for (const [name, m] of Object.entries(b.metrics)) {
    setOwn(out, name, {
      unit: m.unit,
      direction: m.direction,
      baseline: null,
      current: m.value,
      change: null,
      verdict: 'informational',
      gated: gated.includes(name) && m.supported !== false,
      threshold: thresholdFor(settings, b.name, name),
    });
  }
  return out;
}

/** One call to the policy for every case of the suite; each benchmark's verdict follows from its metrics'. */
function decidePending(pending: PendingBenchmark[], policy: ComparePolicy): void {
  const cases = pending.flatMap((p) => p.cases);
  if (cases.length === 0) return;
  const decisions = policy.decide(cases.map((c) => c.kase));
  cases.forEach((c, i) => {
    applyDecision(c, decisions[i]);
  });
  for (const p of pending) p.report.verdict = benchmarkVerdict(p.cases.map((c) => c.report.verdict));
}

/** Benchmarks of the newest baseline run that this run does not have. */
function missingBenchmarks(newest: ResultsDocument, current: ResultsDocument): BenchmarkReport[] {
  const currentNames = new Set(current.benchmarks.map((c) => c.name));
  return newest.benchmarks
    .filter((b) => !currentNames.has(b.name))
    .map((b) => ({ name: b.name, verdict: 'missing', evidence: b.evidence, metrics: {} }));
}

function applyDecision(c: PendingCase, d: MetricDecision | undefined): void {
  if (!d) throw new Error(`policy returned no decision for ${c.kase.benchmark} ${c.kase.metric}`);
  const r = c.report;
  r.verdict = d.verdict;
  r.baseline = d.baseline;
  // A change from zero is unbounded: no number describes it (the note says what happened).
  r.change = Number.isFinite(d.change) ? plainChange(d.change, c.kase.direction) : null;
  const interval = plainInterval(d.interval, c.kase.direction);
  if (interval) r.interval = interval;
  // Capped where it is computed: with a few degrees of freedom the raw figure reaches 1e172; anything
  // past the cap means only "no useful change is detectable", and the cap itself reads "at least".
  if (d.minimumDetectableChange !== undefined && !Number.isNaN(d.minimumDetectableChange)) {
    r.minimumDetectableChange = Math.min(d.minimumDetectableChange, CHANGE_CAP);
  }
  if (d.moreForksHelp !== undefined) r.moreForksHelp = d.moreForksHelp;
  if (d.forksToSettle !== undefined) r.forksToSettle = d.forksToSettle;
  if (d.note) r.note = d.note;
}

/** Whether a report's verdict fails the gate (exit code 1, failed step). */
export function failsGate(report: ReportDocument, failOnInconclusive: boolean): boolean {
  return (
    report.verdict === 'regression' || report.verdict === 'error' || (failOnInconclusive && report.verdict === 'inconclusive')
  );
}

/** Why a tail metric is not gated: each fork's estimate rests on that fork's samples alone. */
function unsupportedNote(name: string, m: MetricValue): string {
  const q = nativeMetric(name)?.quantile;
  if (q === undefined || q <= 0.5) return `not gated: ${m.n ?? 'too few'} samples cannot support ${name}`;
  const perFork = samplesRequired(q);
  const forks = m.forks?.length ?? 1;
  const have = m.n === undefined ? '' : ` (this run: ${m.n} in ${plural(forks, 'fork')})`;
  return `not gated: ${name} needs ${perFork} samples in every fork${have}`;
}
