// The metric registry is the one list of native metrics: every step that produces metrics iterates
// it, so a metric added to the registry is computed, reduced and imported without another change.
import { describe, expect, it } from 'vitest';
import { NATIVE_METRICS, NATIVE_METRIC_NAMES } from '../../src/core/metrics.ts';
import { fromTimeAggregates } from '../../src/import/common.ts';
import { forkStatsFrom, reduceForks } from '../../src/stats/forks.ts';
import { quantileSorted } from '../../src/stats/quantile.ts';
import { summarizeLatencies } from '../../src/stats/summary.ts';

// 1..1000 ns, shuffled deterministically: every statistic has a known value.
const SAMPLES = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1000) + 1);
const SORTED = [...SAMPLES].sort((a, b) => a - b);
const MEAN = 500.5;
const EXPECTED_MOMENTS = {
  mean: MEAN,
  min: 1,
  max: 1000,
  stddev: Math.sqrt(SAMPLES.reduce((s, x) => s + (x - MEAN) ** 2, 0) / 999),
  throughput: 1e9 / MEAN,
};

describe('the metric registry', () => {
  it('has unique names, each a quantile level in (0, 1] or a moment', () => {
    expect(new Set(NATIVE_METRIC_NAMES).size).toBe(NATIVE_METRICS.length);
    for (const def of NATIVE_METRICS) {
      if (def.quantile !== undefined) expect(def.quantile > 0 && def.quantile <= 1, def.name).toBe(true);
      else expect(Object.keys(EXPECTED_MOMENTS), def.name).toContain(def.moment);
    }
  });

  it('is computed in full by the sample summary: one value per registry metric, no other', () => {
    const summary = summarizeLatencies(SAMPLES);
    expect(Object.keys(summary).sort()).toEqual(['n', ...NATIVE_METRIC_NAMES].sort());
    expect(summary.n).toBe(1000);
    for (const def of NATIVE_METRICS) {
      const expected = def.quantile !== undefined ? quantileSorted(SORTED, def.quantile) : EXPECTED_MOMENTS[def.moment];
      expect(summary[def.name], def.name).toBeCloseTo(expected, 9);
    }
  });

  it('is carried by per-fork statistics and reduced over forks, metric by metric', () => {
    const forks = [SAMPLES, SAMPLES.map((x) => x * 2), SAMPLES.map((x) => x * 3)].map((s, i) => forkStatsFrom(i + 1, summarizeLatencies(s), 10));
    for (const f of forks) for (const def of NATIVE_METRICS) expect(Number.isFinite(f[def.name]), def.name).toBe(true);
    const metrics = reduceForks(forks);
    expect(Object.keys(metrics)).toEqual([...NATIVE_METRIC_NAMES]);
    for (const def of NATIVE_METRICS) {
      const m = metrics[def.name];
      expect(m?.forks, def.name).toEqual(forks.map((f) => f[def.name]));
      expect(m?.value, def.name).toBe(forks[1]?.[def.name]);
      expect(m?.direction, def.name).toBe(def.direction);
      expect(m?.unit, def.name).toBe(def.unit);
    }
  });

  it('is how importers read a tool’s quantiles: by level, into the registry metric of that level', () => {
    const quantiles = Object.fromEntries(NATIVE_METRICS.flatMap((def) => (def.quantile !== undefined ? [[def.quantile, def.quantile * 100]] : [])));
    const metrics = fromTimeAggregates({ mean: 50, quantiles: { ...quantiles, 0.123: 7 } });
    for (const def of NATIVE_METRICS) {
      if (def.quantile !== undefined) expect(metrics[def.name]?.value, def.name).toBe(def.quantile * 100);
    }
    // A level the registry has no metric for is not invented.
    expect(Object.values(metrics).some((m) => m.value === 7)).toBe(false);
  });
});
