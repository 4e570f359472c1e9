// Absolute limits: "acceptable while p99 ≤ 2 ms, throughput ≥ 10k ops/s". Each benchmark × limited
// metric is judged on this run alone, so a limit protects a project's first run, when no baseline
// exists yet. A check is `over` only when the data show it: in log space (latencies, rates and sizes
// are positive and vary by ratios), a one-sided t test of "the metric is within its limit" on the
// per-fork values, at the suite's confidence with Holm's correction across every limit check of the
// run, so a suite of many limits raises no more false alarms than one. `within` needs the one-sided
// bound at the same confidence inside the limit; anything else is `uncertain`, which never fails the
// gate by itself. Pure: no I/O, no clock, no environment.
import { formatChange, formatPercent, plural } from '../core/format.ts';
import { ownValue } from '../core/own.ts';
import type { BenchmarkResult, LimitCheck, LimitVerdict } from '../core/types.ts';
import { studentTQuantile, studentTSf } from '../stats/distributions.ts';
import { holm } from '../stats/inference.ts';
import { mean, sampleVariance } from '../stats/robust.ts';

/** One configured limit, in the metric's canonical unit; its kind follows the metric's direction. */
export interface Limit {
  value: number;
  unit: string;
  kind: 'max' | 'min';
}

/** A limit as a benchmark is held to it: `own` when set on the benchmark, not inherited from the suite. */
export interface AppliedLimit extends Limit {
  own: boolean;
}

/** A check waiting for Holm's correction: its test statistic's p-value and one-sided bounds. */
interface PendingTest {
  check: LimitCheck;
  /** p-value of "the metric is within its limit". */
  p: number;
  /** Log of the limit, the forks' log mean and its standard error, and the t quantile of the bounds. */
  logLimit: number;
  logMean: number;
  standardError: number;
  quantile: number;
  forks: number;
}

/**
 * The limit checks of a run: for each benchmark (in the results' order) each metric `limitsOf` gives
 * it. `confidence` is the suite's (the policy's), e.g. 0.99. A suite-wide limit on a metric a
 * benchmark does not report (a resource metric of a command benchmark) is no check of that
 * benchmark; a benchmark's own limit on a metric its run lacks is one, which says so.
 */
export function judgeLimits(
  benchmarks: readonly BenchmarkResult[],
  limitsOf: (benchmark: string) => Record<string, AppliedLimit>,
  confidence: number,
): LimitCheck[] {
  const checks: LimitCheck[] = [];
  const tests: PendingTest[] = [];
  for (const b of benchmarks) {
    for (const [metric, limit] of Object.entries(limitsOf(b.name))) {
      if (!limit.own && b.status === 'ok' && ownValue(b.metrics, metric) === undefined) continue;
      const outcome = judgeOne(b, metric, limit, confidence);
      checks.push(outcome.check);
      if (outcome.test) tests.push(outcome.test);
    }
  }
  if (tests.length > 0) {
    const { rejected } = holm(
      tests.map((t) => t.p),
      1 - confidence,
    );
    tests.forEach((t, i) => {
      settle(t, rejected[i] === true, confidence, tests.length);
    });
  }
  return checks;
}

function judgeOne(
  b: BenchmarkResult,
  metric: string,
  limit: Limit,
  confidence: number,
): { check: LimitCheck; test?: PendingTest } {
  const base = { benchmark: b.name, metric, limit: limit.value, unit: limit.unit, kind: limit.kind };
  if (b.status === 'error') {
    return { check: { ...base, value: null, verdict: 'uncertain', note: `not checked: the benchmark failed (${b.error ?? 'no reason given'})` } };
  }
  const m = ownValue(b.metrics, metric);
  if (!m) return { check: { ...base, value: null, verdict: 'uncertain', note: `not checked: this run did not measure ${metric}` } };
  const check: LimitCheck = { ...base, value: m.value, verdict: 'uncertain' };
  if (m.unit !== limit.unit) {
    check.note = `not checked: this run measured ${metric} in ${m.unit}, the limit is in ${limit.unit}`;
    return { check };
  }
  const forks = m.forks && m.forks.length > 0 ? m.forks : [m.value];
  const single = forks.length < 2 || b.evidence === 'aggregates';
  if (single || forks.some((x) => !(x > 0 && Number.isFinite(x)))) {
    const why = single
      ? b.evidence === 'aggregates'
        ? 'the imported tool gave one summary value, so no spread was available'
        : 'one fork gave one value, so no spread was available'
      : 'a fork value of zero or less has no logarithm, so no spread could be used';
    const beyond = isBeyond(m.value, limit);
    check.verdict = beyond ? 'over' : 'within';
    check.note = `judged by the point value alone: ${why}`;
    return { check };
  }
  const logs = forks.map(Math.log);
  const logMean = mean(logs);
  const standardError = Math.sqrt(sampleVariance(logs) / logs.length);
  const df = logs.length - 1;
  const logLimit = Math.log(limit.value);
  // How far the data lie beyond the limit, in standard errors: positive is the bad side.
  const beyond = limit.kind === 'max' ? logMean - logLimit : logLimit - logMean;
  const p = standardError > 0 ? studentTSf(beyond / standardError, df) : beyond > 0 ? 0 : 1;
  const quantile = studentTQuantile(confidence, df);
  check.interval = [Math.exp(logMean - quantile * standardError), Math.exp(logMean + quantile * standardError)];
  return { check, test: { check, p, logLimit, logMean, standardError, quantile, forks: logs.length } };
}

function isBeyond(value: number, limit: Limit): boolean {
  return limit.kind === 'max' ? value > limit.value : value < limit.value;
}

/** The verdict of a tested check, once Holm has said whether its breach is shown. */
function settle(t: PendingTest, breachShown: boolean, confidence: number, family: number): void {
  const c = t.check;
  // The one-sided bound towards the limit (the upper one for a maximum): inside it, the limit is kept.
  const farEnd = c.kind === 'max' ? t.logMean + t.quantile * t.standardError : t.logMean - t.quantile * t.standardError;
  const inside = c.kind === 'max' ? farEnd <= t.logLimit : farEnd >= t.logLimit;
  const verdict: LimitVerdict = breachShown ? 'over' : inside ? 'within' : 'uncertain';
  c.verdict = verdict;
  const level = formatPercent(confidence);
  const against = plural(family, 'limit check');
  if (verdict === 'over') {
    c.note = `${relativeToLimit(Math.exp(t.logMean), c)} on the mean of ${t.forks} forks, beyond the limit at ${level} confidence across ${against}`;
  } else if (verdict === 'uncertain') {
    const reach = relativeToLimit(Math.exp(farEnd), c);
    c.note = `${relativeToLimit(Math.exp(t.logMean), c)} on the mean of ${t.forks} forks, but the spread of the forks reaches ${reach} (one-sided ${level} bound): more forks would settle it`;
  }
}

/** "12.0% under the limit", "+5.0% over the limit" (for a minimum: "4.0% above", "8.0% below"). */
function relativeToLimit(value: number, c: Pick<LimitCheck, 'limit' | 'kind'>): string {
  const change = value / c.limit - 1;
  if (c.kind === 'max') return change > 0 ? `${formatChange(change)} over the limit` : `${formatPercent(-change)} under the limit`;
  return change < 0 ? `${formatChange(change)} under the limit` : `${formatPercent(change)} above the limit`;
}

/** The checks that fail the gate. */
export function limitBreaches(checks: readonly LimitCheck[] | undefined): LimitCheck[] {
  return (checks ?? []).filter((c) => c.verdict === 'over');
}

/**
 * "1 benchmark over its limit: fib (p99 +55.0% over the limit)": what the summary line says of the
 * breaches, the first three benchmarks named. Empty when nothing is over. Plain text.
 */
export function limitBreachSummary(checks: readonly LimitCheck[] | undefined, name: (text: string) => string): string {
  const byBenchmark = new Map<string, string[]>();
  for (const c of limitBreaches(checks)) {
    const said = c.value === null ? c.metric : `${c.metric} ${relativeToLimit(c.value, c)}`;
    const list = byBenchmark.get(c.benchmark);
    if (list) list.push(said);
    else byBenchmark.set(c.benchmark, [said]);
  }
  if (byBenchmark.size === 0) return '';
  const parts = [...byBenchmark].map(([benchmark, said]) => `${name(benchmark)} (${said.join(', ')})`);
  const shown = parts.slice(0, 3).join('; ') + (parts.length > 3 ? `; and ${parts.length - 3} more` : '');
  return `${plural(byBenchmark.size, 'benchmark')} over ${byBenchmark.size === 1 ? 'its limit' : 'their limits'}: ${shown}`;
}

/** "2 limits uncertain": what an undecided or passing summary adds; empty when none is. */
export function limitAside(checks: readonly LimitCheck[] | undefined): string {
  const uncertain = (checks ?? []).filter((c) => c.verdict === 'uncertain').length;
  return uncertain > 0 ? `${plural(uncertain, 'limit')} too close to tell` : '';
}
