// Absolute limits, judged on one run's forks alone: over only when the forks show it (a one-sided t
// test in log space, Holm across every check of the run), within only when the one-sided bound is
// inside, uncertain otherwise; and a breach fails the gate even with no baseline at all.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare, failsGate } from '../../src/compare/index.ts';
import { judgeLimits, type AppliedLimit } from '../../src/compare/limits.ts';
import type { CompareSettings } from '../../src/compare/settings.ts';
import { withRevisedVerdicts } from '../../src/compare/verdicts.ts';
import type { BenchmarkResult, LimitCheck } from '../../src/core/types.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { studentTSf } from '../../src/stats/distributions.ts';
import { bench, failed, plainPolicy, results } from '../helpers/results.ts';
import { defined, only } from '../helpers/assert.ts';

const MS = 1e6;

/** A benchmark whose p99 (ns) and throughput (ops/s) took these per-fork values. */
function measured(name: string, p99Forks: number[], throughputForks: number[] = [1000, 1000, 1000]): BenchmarkResult {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return {
    name,
    kind: 'file',
    status: 'ok',
    evidence: 'samples',
    metrics: {
      p99: { value: median(p99Forks), unit: 'ns', direction: 'lower', forks: p99Forks, n: 3000, supported: true },
      throughput: { value: median(throughputForks), unit: 'ops/s', direction: 'higher', forks: throughputForks, n: 3000 },
    },
  };
}

const max = (value: number, own = true): AppliedLimit => ({ value, unit: 'ns', kind: 'max', own });
const min = (value: number, own = true): AppliedLimit => ({ value, unit: 'ops/s', kind: 'min', own });

function judgeOne(b: BenchmarkResult, metric: string, limit: AppliedLimit, confidence = 0.99): LimitCheck {
  return only(judgeLimits([b], () => ({ [metric]: limit }), confidence));
}

/** Three forks whose logs are centre ± spread: p99 values around `centre` (ns). */
function spreadAround(centre: number, spread: number): number[] {
  return [centre * Math.exp(-spread), centre, centre * Math.exp(spread)];
}

describe('judging one limit on the forks of a run', () => {
  it('calls a p99 clearly beyond its maximum over, with an interval that lies beyond it', () => {
    const check = judgeOne(measured('a', [3.0 * MS, 3.1 * MS, 2.9 * MS]), 'p99', max(2 * MS));
    expect(check).toMatchObject({ benchmark: 'a', metric: 'p99', limit: 2 * MS, unit: 'ns', kind: 'max', value: 3 * MS, verdict: 'over' });
    expect(defined(check.interval)[0]).toBeGreaterThan(2 * MS);
    // The forks' geometric mean, 2.999 ms, is +49.9% over the limit (the median, 3 ms, is +50%).
    expect(check.note).toMatch(/^\+49\.9% over the limit on the mean of 3 forks, beyond the limit at 99% confidence across 1 limit check$/);
  });

  it('calls a p99 clearly inside its maximum within, with no note', () => {
    const check = judgeOne(measured('a', [1.0 * MS, 1.02 * MS, 0.98 * MS]), 'p99', max(2 * MS));
    expect(check.verdict).toBe('within');
    expect(defined(check.interval)[1]).toBeLessThan(2 * MS);
    expect(check.note).toBeUndefined();
  });

  it('calls noisy forks straddling the limit uncertain, and says how close and how far the spread reaches', () => {
    const check = judgeOne(measured('a', [1.5 * MS, 2.6 * MS, 2.0 * MS]), 'p99', max(2 * MS));
    expect(check.verdict).toBe('uncertain');
    expect(defined(check.interval)[0]).toBeLessThan(2 * MS);
    expect(defined(check.interval)[1]).toBeGreaterThan(2 * MS);
    expect(check.note).toMatch(/on the mean of 3 forks, but the spread of the forks reaches \+\d+(\.\d)?% over the limit \(one-sided 99% bound\): more forks would settle it$/);
  });

  it('an average just over the limit is not a breach when the forks cannot show it', () => {
    // 5% over on the mean, forks ±20% apart: no evidence either way.
    const check = judgeOne(measured('a', spreadAround(2.1 * MS, 0.2)), 'p99', max(2 * MS));
    expect(check.verdict).toBe('uncertain');
    expect(check.note).toMatch(/^\+5\.0% over the limit/);
  });

  it('holds a higher-is-better metric to a minimum: throughput below it is over, well above it within', () => {
    const low = judgeOne(measured('a', [MS, MS, MS], [8000, 8100, 7900]), 'throughput', min(10_000));
    expect(low).toMatchObject({ kind: 'min', verdict: 'over', value: 8000 });
    expect(defined(low.interval)[1]).toBeLessThan(10_000);
    expect(low.note).toMatch(/^−20\.\d% under the limit/);
    const high = judgeOne(measured('a', [MS, MS, MS], [20_000, 20_500, 19_500]), 'throughput', min(10_000));
    expect(high.verdict).toBe('within');
    expect(defined(high.interval)[0]).toBeGreaterThan(10_000);
    // The same forks held to a minimum above them: a breach.
    expect(judgeOne(measured('a', [MS, MS, MS], [20_000, 20_500, 19_500]), 'throughput', min(30_000)).verdict).toBe('over');
  });

  it('counts the confidence: a breach shown at 95% is not yet shown at 99.9%', () => {
    // t ≈ 7 on two degrees of freedom: p ≈ 0.01.
    const forks = spreadAround(MS * Math.exp(0.1 * 7 / Math.sqrt(3)), 0.1);
    expect(judgeOne(measured('a', forks), 'p99', max(MS), 0.95).verdict).toBe('over');
    expect(judgeOne(measured('a', forks), 'p99', max(MS), 0.999).verdict).toBe('uncertain');
  });
});

describe('Holm across all limit checks of a run', () => {
  // Each benchmark's p99 is about 1.89× its limit with forks ±10% apart: t ≈ 11 on 2 df, p ≈ 0.004.
  const forks = spreadAround(MS * Math.exp(0.635), 0.1);

  it('the one-sided p-value of the crafted forks is about 0.004', () => {
    const logs = forks.map(Math.log);
    const meanLog = logs.reduce((s, x) => s + x, 0) / 3;
    const sd = Math.sqrt(logs.reduce((s, x) => s + (x - meanLog) ** 2, 0) / 2);
    const p = studentTSf((meanLog - Math.log(MS)) / (sd / Math.sqrt(3)), 2);
    expect(p).toBeGreaterThan(0.003);
    expect(p).toBeLessThan(0.005);
  });

  it('one such check alone is over; ten of them in one run are each uncertain (0.004 > 0.01 / 10)', () => {
    expect(judgeOne(measured('a', forks), 'p99', max(MS)).verdict).toBe('over');
    const ten = Array.from({ length: 10 }, (_, i) => measured(`b${i}`, forks));
    const checks = judgeLimits(ten, () => ({ p99: max(MS) }), 0.99);
    expect(checks.map((c) => c.verdict)).toEqual(Array(10).fill('uncertain'));
    expect(checks[0]?.note).toMatch(/over the limit on the mean of 3 forks, but/);
  });

  it('a strong breach still stands among many checks, and is said to be judged across all of them', () => {
    const many = [measured('strong', [5 * MS, 5.05 * MS, 4.95 * MS]), ...Array.from({ length: 9 }, (_, i) => measured(`b${i}`, forks))];
    const checks = judgeLimits(many, () => ({ p99: max(MS) }), 0.99);
    expect(checks[0]).toMatchObject({ benchmark: 'strong', verdict: 'over' });
    expect(checks[0]?.note).toMatch(/across 10 limit checks$/);
  });

  it('checks judged on a point value take no part in the correction', () => {
    const single: BenchmarkResult = measured('single', [3 * MS]);
    const checks = judgeLimits([single, measured('a', forks)], () => ({ p99: max(MS) }), 0.99);
    expect(checks.map((c) => c.verdict)).toEqual(['over', 'over']);
  });
});

describe('what a check rests on when the forks cannot be used', () => {
  it('one fork: judged by the point value, with a note that no spread was available', () => {
    const over = judgeOne(measured('a', [2.5 * MS]), 'p99', max(2 * MS));
    expect(over).toMatchObject({ verdict: 'over', value: 2.5 * MS });
    expect(over.interval).toBeUndefined();
    expect(over.note).toBe('judged by the point value alone: one fork gave one value, so no spread was available');
    expect(judgeOne(measured('a', [1.5 * MS]), 'p99', max(2 * MS)).verdict).toBe('within');
    // At the limit is within it: the limit is what is acceptable.
    expect(judgeOne(measured('a', [2 * MS]), 'p99', max(2 * MS)).verdict).toBe('within');
  });

  it('imported aggregates: judged by the point value even with several values', () => {
    const imported: BenchmarkResult = { ...measured('go', [2.5 * MS, 2.4 * MS, 2.6 * MS]), kind: 'import', evidence: 'aggregates' };
    const check = judgeOne(imported, 'p99', max(2 * MS));
    expect(check.verdict).toBe('over');
    expect(check.note).toMatch(/one summary value, so no spread was available/);
  });

  it('a throughput of zero in a fork: judged by the point value', () => {
    const check = judgeOne(measured('a', [MS, MS, MS], [0, 0, 10]), 'throughput', min(5));
    expect(check).toMatchObject({ verdict: 'over', value: 0 });
    expect(check.note).toMatch(/zero or less has no logarithm/);
  });

  it('a failed benchmark: its check says so, with no value', () => {
    const check = judgeOne(failed('broken', 'exit code 3'), 'p99', max(MS));
    expect(check).toMatchObject({ benchmark: 'broken', verdict: 'uncertain', value: null, note: 'not checked: the benchmark failed (exit code 3)' });
  });

  it("a benchmark's own limit on a metric its run lacks says so; a suite-wide one is no check of it", () => {
    const own = judgeOne(measured('a', [MS, MS, MS]), 'p50', max(MS));
    expect(own).toMatchObject({ verdict: 'uncertain', value: null, note: 'not checked: this run did not measure p50' });
    expect(judgeLimits([measured('a', [MS, MS, MS])], () => ({ p50: max(MS, false) }), 0.99)).toEqual([]);
  });

  it('a unit the limit is not in: not checked', () => {
    const check = judgeOne(measured('a', [MS, MS, MS]), 'p99', { value: 5, unit: 'B', kind: 'max', own: true });
    expect(check.verdict).toBe('uncertain');
    expect(check.note).toBe('not checked: this run measured p99 in ns, the limit is in B');
  });
});

describe('limits in the comparison', () => {
  const settings = (over: Partial<CompareSettings>): CompareSettings => ({ ...defaultSettings(plainPolicy), confidence: 0.99, ...over });
  const slow = () => measured('slow', [3.0 * MS, 3.1 * MS, 2.9 * MS]);
  const fast = () => measured('fast', [1.0 * MS, 1.02 * MS, 0.98 * MS]);

  it('a breach fails the gate with no baseline at all: a regression whose summary says over its limit', () => {
    const report = compare(null, results([slow(), fast()]), settings({ limits: { p99: max(2 * MS) } }));
    expect(report.baseline).toBeNull();
    expect(report.verdict).toBe('regression');
    expect(failsGate(report, false)).toBe(true);
    expect(report.counts.regression).toBe(0);
    expect(report.summary).toBe('1 benchmark over its limit: slow (p99 +50.0% over the limit)');
    expect(report.limits?.map((c) => [c.benchmark, c.verdict])).toEqual([
      ['slow', 'over'],
      ['fast', 'within'],
    ]);
  });

  it('limits all kept and no baseline: no-baseline, as without limits', () => {
    const report = compare(null, results([fast()]), settings({ limits: { p99: max(2 * MS) } }));
    expect(report.verdict).toBe('no-baseline');
    expect(failsGate(report, false)).toBe(false);
  });

  it('a regression and a breach are both said', () => {
    const history = newHistory([results([bench('slow', MS)])]);
    const report = compare(history, results([slow()]), settings({ metrics: ['p99'], limits: { p99: max(2 * MS) } }));
    expect(report.verdict).toBe('regression');
    expect(report.summary).toMatch(/^1 benchmark regressed: slow \(p99 \+\d+\.\d%\); 1 benchmark over its limit: slow \(p99 \+50\.0% over the limit\)$/);
  });

  it('an uncertain limit leaves a run with a baseline undecided, failing only with failOnInconclusive', () => {
    const straddling = measured('a', [1.5 * MS, 2.6 * MS, 2.0 * MS]);
    const history = newHistory([results([straddling])]);
    const report = compare(history, results([straddling]), settings({ metrics: ['p99'], limits: { p99: max(2 * MS) } }));
    expect(report.verdict).toBe('inconclusive');
    expect(report.summary).toBe('No regression shown, but 1 limit too close to tell');
    expect(failsGate(report, false)).toBe(false);
    expect(failsGate(report, true)).toBe(true);
  });

  it("a benchmark's own limit replaces the suite's on that metric; other metrics keep the suite's", () => {
    const report = compare(
      null,
      results([slow(), measured('other', [3 * MS, 3.1 * MS, 2.9 * MS])]),
      settings({
        limits: { p99: max(2 * MS), throughput: min(500) },
        benchmarks: [{ name: 'slow', limits: { p99: max(4 * MS) } }],
      }),
    );
    // Per benchmark in the results' order; the suite's metrics in their order, the own one in its place.
    expect(report.limits?.map((c) => [c.benchmark, c.metric, c.limit, c.verdict])).toEqual([
      ['slow', 'p99', 4 * MS, 'within'],
      ['slow', 'throughput', 500, 'within'],
      ['other', 'p99', 2 * MS, 'over'],
      ['other', 'throughput', 500, 'within'],
    ]);
    expect(report.summary).toBe('1 benchmark over its limit: other (p99 +50.0% over the limit)');
  });

  it('a report whose verdicts are revised keeps the breach as its verdict', () => {
    const report = compare(null, results([slow()]), settings({ limits: { p99: max(2 * MS) } }));
    const revised = withRevisedVerdicts(report, new Set(['slow']));
    expect(revised.verdict).toBe('regression');
    expect(revised.summary).toBe(report.summary);
  });

  it('no limits configured: no limits field, verdicts as before', () => {
    const report = compare(null, results([slow()]), settings({}));
    expect(report).not.toHaveProperty('limits');
    expect(report.verdict).toBe('no-baseline');
  });
});
