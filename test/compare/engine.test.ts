import { describe, expect, it } from 'vitest';
import { appendRun, newHistory } from '../../src/baseline/documents.ts';
import { compare, failsGate } from '../../src/compare/index.ts';
import { thresholdFor, type CompareSettings } from '../../src/compare/settings.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import type { MetricCase } from '../../src/core/types.ts';
import { bench, failed, plainPolicy, results } from '../helpers/results.ts';
import { at, metric } from '../helpers/assert.ts';

const settings = (over: Partial<CompareSettings> = {}): CompareSettings => ({ ...defaultSettings(plainPolicy), ...over });
const historyOf = (...runs: ReturnType<typeof results>[]) => newHistory(runs);

describe('comparison engine', () => {
  it('says no-baseline when there is nothing to compare with, and marks every benchmark new', () => {
    const report = compare(null, results([bench('a', 100), bench('b', 100)]), settings());
    expect(report.verdict).toBe('no-baseline');
    expect(report.baseline).toBeNull();
    expect(report.benchmarks.map((b) => b.verdict)).toEqual(['new', 'new']);
    expect(report.summary).toBe('No baseline to compare with: 2 benchmarks measured');
    expect(compare(newHistory([]), results([bench('a', 1)]), settings()).verdict).toBe('no-baseline');
  });

  it('flags a latency increase and a throughput drop beyond the threshold, knowing each direction', () => {
    const base = historyOf(results([bench('lat', 100), bench('thr', 100, { throughput: 1000 })]));
    const current = results([bench('lat', 125), bench('thr', 100, { throughput: 850 })]);
    const report = compare(base, current, settings());
    expect(report.verdict).toBe('regression');
    const lat = report.benchmarks.find((b) => b.name === 'lat')!;
    expect(lat.verdict).toBe('regression');
    expect(metric(lat, 'p50')).toMatchObject({ baseline: 100, current: 125, verdict: 'regression', gated: true });
    expect(metric(lat, 'p50').change).toBeCloseTo(0.25, 12);
    // Throughput fell 15%: the plain change is −15%, and it is a regression.
    const thr = report.benchmarks.find((b) => b.name === 'thr')!;
    expect(metric(thr, 'throughput').change).toBeCloseTo(-0.15, 12);
    expect(metric(thr, 'throughput').verdict).toBe('regression');
    expect(report.summary).toBe('2 benchmarks regressed: lat (p50 +25.0%, p99 +25.0%, throughput −20.0%); thr (throughput −15.0%)');
    expect(failsGate(report, false)).toBe(true);
  });

  it('calls a throughput rise an improvement, not a regression', () => {
    const report = compare(historyOf(results([bench('t', 100, { throughput: 1000 })])), results([bench('t', 100, { throughput: 1300 })]), settings());
    expect(metric(at(report.benchmarks, 0), 'throughput').verdict).toBe('improvement');
    expect(at(report.benchmarks, 0).verdict).toBe('improvement');
    expect(report.verdict).toBe('pass');
    expect(report.summary).toBe('No regression in 1 benchmark (threshold 10%) (1 improved)');
  });

  it('reports new, missing and failed benchmarks; a failure fails the gate', () => {
    const base = historyOf(results([bench('kept', 100), bench('gone', 100)]));
    const current = results([bench('kept', 101), bench('fresh', 100), failed('broken', 'command not found: nope')]);
    const report = compare(base, current, settings());
    const verdicts = Object.fromEntries(report.benchmarks.map((b) => [b.name, b.verdict]));
    expect(verdicts).toEqual({ kept: 'unchanged', fresh: 'new', broken: 'error', gone: 'missing' });
    expect(report.verdict).toBe('error');
    expect(report.counts).toMatchObject({ unchanged: 1, new: 1, error: 1, missing: 1, regression: 0 });
    expect(report.summary).toBe('1 benchmark failed: broken');
    expect(failsGate(report, false)).toBe(true);
  });

  it('gates only the configured metrics and never a tail percentile its samples cannot support', () => {
    const base = historyOf(results([bench('a', 100)]));
    const current = results([bench('a', 100, { p99: 900 })]);
    metric(at(current.benchmarks, 0), 'p999').value = 99999;
    const report = compare(base, current, settings({ metrics: ['p50', 'p999'] }));
    const a = at(report.benchmarks, 0);
    expect(metric(a, 'p99')).toMatchObject({ gated: false, verdict: 'informational' });
    expect(metric(a, 'p999')).toMatchObject({ gated: false, verdict: 'informational' });
    expect(metric(a, 'p999').note).toBe('not gated: p999 needs 10000 samples in every fork (this run: 3000 in 1 fork)');
    expect(report.verdict).toBe('pass');
  });

  it('resolves thresholds from the most specific setting', () => {
    const s = settings({
      threshold: 0.1,
      metricThresholds: { p99: 0.3 },
      benchmarks: [{ name: 'api', threshold: 0.25, metricThresholds: { throughput: 0.05 } }],
    });
    expect(thresholdFor(s, 'other', 'p50')).toBe(0.1);
    expect(thresholdFor(s, 'other', 'p99')).toBe(0.3);
    expect(thresholdFor(s, 'api/get', 'p50')).toBe(0.25);
    expect(thresholdFor(s, 'api', 'throughput')).toBe(0.05);
    expect(thresholdFor(s, 'apiary', 'p50')).toBe(0.1); // a prefix match needs the "/" separator
  });

  it('hands the policy the whole history and per-fork values of every gated case in one call', () => {
    const seen: MetricCase[][] = [];
    const spy = { ...plainPolicy, decide: (cases: MetricCase[]) => (seen.push(cases), plainPolicy.decide(cases)) };
    let history = appendRun(null, results([bench('a', 100)])).history;
    history = appendRun(history, results([bench('a', 110)])).history;
    compare(history, results([bench('a', 105), bench('b', 1)]), settings({ policy: spy }));
    expect(seen).toHaveLength(1);
    const p50 = at(seen, 0).find((c) => c.metric === 'p50')!;
    expect(p50.baseline.runs).toEqual([100, 110]);
    expect(p50.baseline.runForks).toEqual([[100, 100, 100], [110, 110, 110]]);
    expect(p50.current.forks).toEqual([105, 105, 105]);
    expect(at(seen, 0).map((c) => `${c.benchmark}:${c.metric}`)).toEqual(['a:p50', 'a:p99', 'a:throughput']);
  });

  it('turns a negative baseline into an error for that benchmark only', () => {
    const base = historyOf(results([bench('neg', 100), bench('fine', 100)]));
    metric(at(at(base.runs, 0).benchmarks, 0), 'p50').value = -1;
    const report = compare(base, results([bench('neg', 100), bench('fine', 100)]), settings());
    const neg = report.benchmarks.find((b) => b.name === 'neg')!;
    expect(neg.verdict).toBe('error');
    expect(neg.error).toBe('cannot compare: p50 has a baseline value of -1 (a relative change needs values of zero or more)');
    expect(report.benchmarks.find((b) => b.name === 'fine')!.verdict).toBe('unchanged');
  });

  it('refuses to compare a metric whose direction differs from the baseline, gated or not', () => {
    const withErrors = (value: number, direction: 'lower' | 'higher') => {
      const b = bench('a', 100);
      b.metrics.errors = { value, unit: 'count', direction };
      return results([b, bench('fine', 100)]);
    };
    const report = compare(historyOf(withErrors(100, 'lower')), withErrors(1000, 'higher'), settings());
    const a = report.benchmarks.find((b) => b.name === 'a')!;
    expect(a.verdict).toBe('error');
    expect(a.error).toBe('cannot compare: errors changed direction (higher is better in this run, lower in the baseline)');
    expect(report.benchmarks.find((b) => b.name === 'fine')!.verdict).toBe('unchanged');
  });

  it('carries the warnings of a changed config or machine into the report', () => {
    const report = compare(historyOf(results([bench('a', 1)])), results([bench('a', 1)], { configHash: 'other' }), settings());
    expect(report.warnings[0]).toMatch(/^the config changed since the newest baseline run/);
  });

  it('reports inconclusive without failing, unless configured to', () => {
    const unsure = { ...plainPolicy, decide: (cases: MetricCase[]) => cases.map(() => ({ verdict: 'inconclusive' as const, baseline: 1, change: 0.05, note: 'add forks' })) };
    const report = compare(historyOf(results([bench('a', 1)])), results([bench('a', 1)]), settings({ policy: unsure }));
    expect(report.verdict).toBe('inconclusive');
    expect(failsGate(report, false)).toBe(false);
    expect(failsGate(report, true)).toBe(true);
    expect(report.summary).toBe('No regression shown, but 1 benchmark too noisy to tell at the threshold 10%');
  });
});
