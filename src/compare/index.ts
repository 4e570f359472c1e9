// The comparison engine: baseline history + current results → report. It decides everything that is
// not statistics (new, missing, failed benchmarks, which metrics gate, thresholds, the overall
// verdict) and hands the numeric cases of the whole suite to the policy in one call, so a policy can
// control the suite-wide false-alarm rate. Pure: no I/O, no clock, no environment.
import type { Config } from '../config/types.ts';
import { CHANGE_CAP, DEFAULT_GATED_METRICS, nativeMetric } from '../core/metrics.ts';
import { hasOwnKey, ownValue, setOwn } from '../core/own.ts';
import { samplesRequired } from '../stats/quantile.ts';
import {
  REPORT_KIND,
  SCHEMA_VERSION,
  type BaselineHistory,
  type BenchmarkReport,
  type BenchmarkResult,
  type BenchmarkVerdict,
  type ComparePolicy,
  type MetricCase,
  type MetricDecision,
  type MetricReport,
  type MetricValue,
  type OverallVerdict,
  type ReportDocument,
  type ResultsDocument,
} from '../core/types.ts';
import { compatibilityWarnings } from '../baseline/documents.ts';
import { summaryLine } from '../report/summary.ts';

export interface BenchmarkOverrides {
  /** The configured benchmark name; results named `<name>` or `<name>/<task>` take its overrides. */
  name: string;
  threshold?: number;
  metricThresholds?: Record<string, number>;
  metrics?: string[];
}

export interface CompareSettings {
  threshold: number;
  metricThresholds: Record<string, number>;
  /** Metrics that gate; all metrics are reported. */
  metrics: string[];
  benchmarks: BenchmarkOverrides[];
  policy: ComparePolicy;
  /** Whether an inconclusive gated metric fails the gate. */
  failOnInconclusive: boolean;
}

export const DEFAULT_THRESHOLD = 0.1;

export function settingsFromConfig(config: Config, policy: ComparePolicy): CompareSettings {
  return {
    threshold: config.threshold,
    metricThresholds: config.metricThresholds,
    metrics: config.metrics,
    benchmarks: config.benchmarks.map((b) => ({
      name: b.name,
      threshold: b.threshold,
      metricThresholds: b.metricThresholds,
      metrics: b.metrics,
    })),
    policy,
    failOnInconclusive: config.policy.failOnInconclusive,
  };
}

export function defaultSettings(policy: ComparePolicy, threshold = DEFAULT_THRESHOLD): CompareSettings {
  return {
    threshold,
    metricThresholds: {},
    metrics: [...DEFAULT_GATED_METRICS],
    benchmarks: [],
    policy,
    failOnInconclusive: false,
  };
}

const overrideIndexes = new WeakMap<BenchmarkOverrides[], Map<string, number>>();

/** The first configured benchmark (in config order) named `resultName` or a `/`-prefix of it. */
function overridesFor(settings: CompareSettings, resultName: string): BenchmarkOverrides | undefined {
  let index = overrideIndexes.get(settings.benchmarks);
  if (!index) {
    index = new Map();
    settings.benchmarks.forEach((b, i) => {
      if (!index!.has(b.name)) index!.set(b.name, i);
    });
    overrideIndexes.set(settings.benchmarks, index);
  }
  let best = index.get(resultName);
  for (let cut = resultName.indexOf('/'); cut >= 0; cut = resultName.indexOf('/', cut + 1)) {
    const i = index.get(resultName.slice(0, cut));
    if (i !== undefined && (best === undefined || i < best)) best = i;
  }
  return best === undefined ? undefined : settings.benchmarks[best];
}

/** Most specific first: benchmark per-metric, benchmark, global per-metric, global. */
export function thresholdFor(settings: CompareSettings, benchmark: string, metric: string): number {
  const o = overridesFor(settings, benchmark);
  return (
    ownValue(o?.metricThresholds, metric) ?? o?.threshold ?? ownValue(settings.metricThresholds, metric) ?? settings.threshold
  );
}

function gatedMetricsFor(settings: CompareSettings, benchmark: string): string[] {
  return overridesFor(settings, benchmark)?.metrics ?? settings.metrics;
}

/** The plain relative change of a value (current / baseline − 1) from a worse-is-positive change. */
function plainChange(worse: number, direction: 'lower' | 'higher'): number {
  return direction === 'lower' ? worse : -worse;
}

function plainInterval(i: [number, number] | undefined, direction: 'lower' | 'higher'): [number, number] | undefined {
  if (!i) return undefined;
  const a = plainChange(i[0], direction);
  const b = plainChange(i[1], direction);
  return a <= b ? [a, b] : [b, a];
}

const EMPTY_COUNTS = (): Record<BenchmarkVerdict, number> => ({
  regression: 0,
  improvement: 0,
  unchanged: 0,
  inconclusive: 0,
  new: 0,
  missing: 0,
  error: 0,
});

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

interface PendingCase {
  report: MetricReport;
  kase: MetricCase;
}

export function compare(
  history: BaselineHistory | null,
  current: ResultsDocument,
  settings: CompareSettings,
): ReportDocument {
  const runs = history?.runs ?? [];
  const newest = runs.at(-1);
  const warnings = history && newest ? compatibilityWarnings(history, current) : [];
  const benchmarks: BenchmarkReport[] = [];
  const pending: Array<{ bench: BenchmarkReport; cases: PendingCase[] }> = [];
  // One index per run: a suite of many thousands of benchmarks must not cost a search per pair.
  const byName = runs.map((r) => new Map(r.benchmarks.map((x) => [x.name, x])));

  for (const b of current.benchmarks) {
    if (b.status === 'error') {
      benchmarks.push({ name: b.name, verdict: 'error', error: b.error ?? 'failed', metrics: {} });
      continue;
    }
    // Runs of the history in which this benchmark succeeded, oldest first.
    const baselineRuns = byName
      .map((r) => r.get(b.name))
      .filter((x): x is BenchmarkResult => !!x && x.status !== 'error');
    if (baselineRuns.length === 0) {
      benchmarks.push({ name: b.name, verdict: 'new', evidence: b.evidence, metrics: currentOnlyMetrics(b, settings) });
      continue;
    }
    const report: BenchmarkReport = { name: b.name, verdict: 'unchanged', evidence: b.evidence, metrics: {} };
    const gated = gatedMetricsFor(settings, b.name);
    const cases: PendingCase[] = [];
    const unusable: string[] = [];
    for (const [name, m] of Object.entries(b.metrics)) {
      const threshold = thresholdFor(settings, b.name, name);
      const values = baselineRuns.map((r) => ownValue(r.metrics, name)).filter((x) => x !== undefined);
      const last = values.at(-1);
      const metricReport: MetricReport = {
        unit: m.unit,
        direction: m.direction,
        baseline: last?.value ?? null,
        current: m.value,
        change: last && last.value !== 0 ? m.value / last.value - 1 : null,
        verdict: 'informational',
        gated: false,
        threshold,
      };
      setOwn(report.metrics, name, metricReport);
      // Which way is better is part of what a metric is: a baseline that says the opposite measured
      // something else, and comparing would call a worsening an improvement (gated or not, the row
      // would mislead).
      const flipped = values.find((v) => v.direction !== m.direction);
      if (flipped) {
        unusable.push(`${name} changed direction (${m.direction} is better in this run, ${flipped.direction} in the baseline)`);
        continue;
      }
      if (!gated.includes(name) || !last) continue;
      if (m.supported === false) {
        metricReport.note = unsupportedNote(name, m);
        continue;
      }
      if (last.unit !== m.unit) {
        metricReport.note = `not gated: the baseline measured ${name} in ${last.unit}, this run in ${m.unit}`;
        continue;
      }
      // Zero is a value the policies decide (a throughput that fell to zero is a regression); a
      // negative one has no relative change at all.
      const negative = values.find((v) => !(v.value >= 0));
      if (negative || !(m.value >= 0)) {
        unusable.push(
          (negative ? `${name} has a baseline value of ${negative.value}` : `${name} has a value of ${m.value} in this run`) +
            ' (a relative change needs values of zero or more)',
        );
        continue;
      }
      metricReport.gated = true;
      cases.push({
        report: metricReport,
        kase: {
          benchmark: b.name,
          metric: name,
          unit: m.unit,
          direction: m.direction,
          threshold,
          current: { value: m.value, forks: m.forks && m.forks.length > 0 ? m.forks : [m.value] },
          baseline: {
            runs: values.map((v) => v.value),
            runForks: values.map((v) => (v.forks && v.forks.length > 0 ? v.forks : [v.value])),
          },
          fromAggregates: b.evidence === 'aggregates' || undefined,
        },
      });
    }
    // A gated metric the baseline has and this run lacks would otherwise vanish from the judgement.
    for (const name of gated) {
      if (hasOwnKey(b.metrics, name)) continue;
      const newest = baselineRuns.at(-1);
      if (newest && hasOwnKey(newest.metrics, name)) unusable.push(`${name} is in the baseline but missing from this run`);
    }
    if (unusable.length > 0) {
      // A relative change from zero is undefined: the benchmark cannot be judged, and saying
      // "unchanged" would be a lie.
      benchmarks.push({
        name: b.name,
        verdict: 'error',
        error: `cannot compare: ${unusable.join('; ')}`,
        evidence: b.evidence,
        metrics: report.metrics,
      });
      continue;
    }
    benchmarks.push(report);
    pending.push({ bench: report, cases });
  }

  const allCases = pending.flatMap((p) => p.cases);
  const decisions: MetricDecision[] = allCases.length > 0 ? settings.policy.decide(allCases.map((c) => c.kase)) : [];
  allCases.forEach((c, i) => applyDecision(c, decisions[i]));
  for (const p of pending) p.bench.verdict = benchmarkVerdict(p.cases.map((c) => c.report.verdict));

  if (newest) {
    const currentNames = new Set(current.benchmarks.map((c) => c.name));
    for (const b of newest.benchmarks) {
      if (!currentNames.has(b.name)) {
        benchmarks.push({ name: b.name, verdict: 'missing', evidence: b.evidence, metrics: {} });
      }
    }
  }

  const counts = EMPTY_COUNTS();
  for (const b of benchmarks) counts[b.verdict]++;
  const verdict = overallVerdict(counts, !newest);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: REPORT_KIND,
    verdict,
    summary: summaryLine({ verdict, benchmarks, counts, threshold: settings.threshold }),
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
    warnings,
    counts,
    benchmarks,
  };
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
  if (d.note) r.note = d.note;
}

function benchmarkVerdict(verdicts: MetricReport['verdict'][]): BenchmarkVerdict {
  if (verdicts.includes('regression')) return 'regression';
  if (verdicts.includes('inconclusive')) return 'inconclusive';
  if (verdicts.includes('improvement')) return 'improvement';
  return 'unchanged';
}

/**
 * Regression beats everything; a failed benchmark comes next because it could hide a regression;
 * without any baseline run nothing can be judged.
 */
function overallVerdict(counts: Record<BenchmarkVerdict, number>, noBaseline: boolean): OverallVerdict {
  if (counts.regression > 0) return 'regression';
  if (counts.error > 0) return 'error';
  if (noBaseline) return 'no-baseline';
  if (counts.inconclusive > 0) return 'inconclusive';
  return 'pass';
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
  const have = m.n === undefined ? '' : ` (this run: ${m.n} in ${forks} fork${forks === 1 ? '' : 's'})`;
  return `not gated: ${name} needs ${perFork} samples in every fork${have}`;
}
