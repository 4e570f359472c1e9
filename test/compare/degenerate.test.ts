// Zero values and metric names that are also Object members: the comparison must stay sane.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { thresholdFor, type CompareSettings } from '../../src/compare/settings.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { noisePolicy, percentagePolicy } from '../../src/compare/policies/index.ts';
import type { BenchmarkResult, ComparePolicy, MetricValue } from '../../src/core/types.ts';
import { bench, results } from '../helpers/results.ts';
import { at, defined, metric, only } from '../helpers/assert.ts';

const POLICIES: Array<[string, ComparePolicy]> = [
  ['noise', noisePolicy({ confidence: 0.95 })],
  ['percentage', percentagePolicy()],
];

function withMetric(name: string, metric: string, m: MetricValue): BenchmarkResult {
  const b = bench(name, 100);
  Object.defineProperty(b.metrics, metric, { value: m, enumerable: true, writable: true, configurable: true });
  return b;
}

const throughput = (v: number): MetricValue => ({ value: v, unit: 'ops/s', direction: 'higher', forks: [v, v, v] });
const allocs = (v: number): MetricValue => ({ value: v, unit: 'allocs/op', direction: 'lower', forks: [v, v, v] });

describe.each(POLICIES)('zero values under the %s policy', (_, policy) => {
  const settings = (over: Partial<CompareSettings> = {}): CompareSettings => ({ ...defaultSettings(policy), ...over });
  const run = (value: MetricValue, metric = 'throughput') => results([withMetric('api', metric, value)]);

  it('a throughput that falls to zero is a regression, and fails the gate', () => {
    const report = compare(newHistory([run(throughput(5120))]), run(throughput(0)), settings());
    const m = metric(at(report.benchmarks, 0), 'throughput');
    expect(m.verdict).toBe('regression');
    expect(m.change).toBe(-1);
    expect(m.note).toContain('to zero');
    expect(report.verdict).toBe('regression');
  });

  it('a throughput that rises from zero is an improvement, not an error', () => {
    const report = compare(newHistory([run(throughput(0))]), run(throughput(5120)), settings());
    const m = metric(at(report.benchmarks, 0), 'throughput');
    expect(at(report.benchmarks, 0).verdict).not.toBe('error');
    expect(m.verdict).toBe('improvement');
    expect(m.change).toBeNull();
    expect(report.verdict).toBe('pass');
  });

  it('zero in both is unchanged; a cost rising from zero regresses, falling to zero improves', () => {
    const metrics = ['allocs'];
    const same = compare(newHistory([run(throughput(0))]), run(throughput(0)), settings());
    expect(metric(at(same.benchmarks, 0), 'throughput').verdict).toBe('unchanged');
    expect(same.verdict).toBe('pass');
    const up = compare(newHistory([run(allocs(0), 'allocs')]), run(allocs(3), 'allocs'), settings({ metrics }));
    expect(metric(at(up.benchmarks, 0), 'allocs').verdict).toBe('regression');
    expect(up.verdict).toBe('regression');
    const down = compare(newHistory([run(allocs(4), 'allocs')]), run(allocs(0), 'allocs'), settings({ metrics }));
    expect(metric(at(down.benchmarks, 0), 'allocs').verdict).toBe('improvement');
    expect(down.verdict).toBe('pass');
  });

  it('a gated metric present in the baseline and missing from this run is an error, not a silent pass', () => {
    const current = bench('api', 100);
    delete (current.metrics as Record<string, unknown>).throughput;
    const report = compare(newHistory([results([bench('api', 100)])]), results([current]), settings());
    expect(at(report.benchmarks, 0).verdict).toBe('error');
    expect(at(report.benchmarks, 0).error).toContain('throughput is in the baseline but missing from this run');
  });

  it.each(['constructor', 'valueOf', 'toString', 'hasOwnProperty', '__proto__'])(
    'a metric named %s gets the configured threshold and regresses at +900%',
    (metric) => {
      const s = settings({ metrics: [metric] });
      expect(thresholdFor(s, 'api', metric)).toBe(0.1);
      const report = compare(newHistory([run(allocs(10), metric)]), run(allocs(100), metric), s);
      const m = Object.getOwnPropertyDescriptor(at(report.benchmarks, 0).metrics, metric)?.value;
      expect(m).toMatchObject({ verdict: 'regression', threshold: 0.1 });
      expect(report.verdict).toBe('regression');
    },
  );
});

describe('noise policy: a large improvement on noisy forks', () => {
  it('labels throughput up 105% an improvement, not unchanged, when a regression is ruled out', () => {
    const s = 1.66;
    const base = [5120 / s, 5120, 5120 * s];
    const d = only(
      noisePolicy({ confidence: 0.95 }).decide([
        {
          benchmark: 'b',
          metric: 'throughput',
          unit: 'ops/s',
          direction: 'higher',
          threshold: 0.1,
          current: { value: 10496, forks: [10496 / s, 10496, 10496 * s] },
          baseline: { runs: [5120, 5120, 5120], runForks: [base, base, base] },
        },
      ]),
    );
    // The interval holds zero (not shown) but stays below the threshold.
    const [, upper] = defined(d.interval, 'the interval');
    expect(upper).toBeGreaterThan(0);
    expect(upper).toBeLessThan(0.1);
    expect(d.verdict).toBe('improvement');
  });
});

describe('minimum detectable change', () => {
  it('is capped at +1000% where it is computed, not carried as 1e172', () => {
    const run = (v: number) => results([{ ...bench('wild', v), metrics: { p50: { value: v, unit: 'ns', direction: 'lower' } } }]);
    const history = newHistory([run(1), run(1000), run(1e6)]);
    const raw = noisePolicy({ confidence: 0.99 }).decide([
      { benchmark: 'wild', metric: 'p50', unit: 'ns', direction: 'lower', threshold: 0.1, current: { value: 1000, forks: [1000] }, baseline: { runs: [1, 1000, 1e6], runForks: [[1], [1000], [1e6]] } },
    ]);
    expect(at(raw, 0).minimumDetectableChange).toBeGreaterThan(1e6);
    const report = compare(history, run(1000), { ...defaultSettings(noisePolicy({ confidence: 0.99 })), metrics: ['p50'] });
    expect(metric(at(report.benchmarks, 0), 'p50').minimumDetectableChange).toBe(10);
  });
});
