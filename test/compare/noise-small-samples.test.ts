// The noise rule with the default settings (3 forks, confidence 0.99 for the suite, Holm, half the
// threshold to be shown) on small samples: a run compared with itself, unchanged suites whose forks
// are as noisy as measured here, and slowdowns the study's targets name. Documents and cases are
// drawn from a seeded PRNG, so every count below is reproducible.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { noisePolicy } from '../../src/compare/policies/noise.ts';
import type { BenchmarkResult, MetricCase, MetricDecision, ResultsDocument } from '../../src/core/types.ts';
import { DEFAULTS } from '../../src/config/schema.ts';
import { defaultSettings, policyFor } from '../../src/gate/settings.ts';
import { createPrng, type Prng } from '../../src/stats/prng.ts';
import { median } from '../../src/stats/quantile.ts';
import { at, metric, only } from '../helpers/assert.ts';
import { results } from '../helpers/results.ts';

const GATED = ['p50', 'p99', 'throughput'] as const;
type Gated = (typeof GATED)[number];

/**
 * Between-fork noise (SD of log values) of the study's suite on this machine: five tight loops whose
 * p50 sits on the timer's resolution, five allocation / JSON / sort / Map workloads.
 */
const SUITE: Record<string, Record<Gated, number>> = {
  'loop-sum': { p50: 0, p99: 0.116, throughput: 0.018 },
  'loop-xorshift': { p50: 0.0001, p99: 0.039, throughput: 0.006 },
  'loop-float': { p50: 0.0002, p99: 0.043, throughput: 0.005 },
  'loop-typed': { p50: 0, p99: 0.052, throughput: 0.017 },
  'loop-collatz': { p50: 0, p99: 0.044, throughput: 0.008 },
  'json-roundtrip': { p50: 0.012, p99: 0.074, throughput: 0.036 },
  'sort-objects': { p50: 0.005, p99: 0.077, throughput: 0.027 },
  'alloc-objects': { p50: 0.035, p99: 0.13, throughput: 0.058 },
  'json-large': { p50: 0.018, p99: 0.128, throughput: 0.032 },
  'map-churn': { p50: 0.015, p99: 0.1, throughput: 0.026 },
};
const NAMES = Object.keys(SUITE);
const STABLE = NAMES.slice(0, 5);
const NOISY = NAMES.slice(5);

const noiseOf = (name: string, m: Gated): number => {
  const row = SUITE[name];
  if (!row) throw new Error(`no benchmark ${name}`);
  return row[m];
};

/**
 * One run of the suite: per benchmark and metric, `forks` values whose log spread is the measured
 * fork noise (itself varying from run to run), moved together by run-to-run drift of half that
 * size; p50 and p99 on a 1 ns timer. `slower` multiplies a benchmark's latencies (and divides its
 * throughput).
 */
function suiteRun(rng: Prng, forks: number, slower: Record<string, number> = {}): ResultsDocument {
  const benchmarks: BenchmarkResult[] = NAMES.map((name) => {
    const factor = slower[name] ?? 1;
    const values = (m: Gated, base: number): number[] => {
      const sd = Math.max(noiseOf(name, m), 0.0002);
      const thisRun = sd * Math.exp(0.3 * rng.normal());
      const drift = 0.5 * sd * rng.normal();
      return Array.from({ length: forks }, () => {
        const v = base * Math.exp(drift + thisRun * rng.normal());
        return m === 'throughput' ? v / factor : Math.round(v * factor);
      });
    };
    const metricOf = (m: Gated, base: number) => {
      const f = values(m, base);
      const unit = m === 'throughput' ? 'ops/s' : 'ns';
      const direction = m === 'throughput' ? ('higher' as const) : ('lower' as const);
      return { value: median(f), unit, direction, forks: f, n: 30_000, supported: true };
    };
    return {
      name,
      kind: 'file',
      status: 'ok',
      evidence: 'samples',
      metrics: { p50: metricOf('p50', 200), p99: metricOf('p99', 800), throughput: metricOf('throughput', 1e6) },
    };
  });
  return results(benchmarks);
}

/** A run of a suite as noisy as a busy 2-core machine makes it: forks 5–25% apart. */
function busyRun(rng: Prng): ResultsDocument {
  const benchmarks: BenchmarkResult[] = ['strings/join', 'strings/split', 'json', 'node-startup'].map((name, i) => {
    const metricOf = (direction: 'lower' | 'higher', base: number, sd: number) => {
      const forks = [0, 1, 2].map(() => base * Math.exp(sd * rng.normal()));
      return { value: median(forks), unit: direction === 'lower' ? 'ns' : 'ops/s', direction, forks, n: 30_000, supported: true };
    };
    return {
      name,
      kind: 'file',
      status: 'ok',
      evidence: 'samples',
      metrics: {
        p50: metricOf('lower', 2000 * (i + 1), 0.05 + 0.05 * i),
        p99: metricOf('lower', 13_000 * (i + 1), 0.15),
        throughput: metricOf('higher', 3e5 / (i + 1), 0.2),
      },
    };
  });
  return results(benchmarks);
}

const defaults = () => defaultSettings(policyFor(null));

function gatedRows(report: ReturnType<typeof compare>) {
  return report.benchmarks.flatMap((b) => GATED.map((m) => ({ name: b.name, m, row: metric(b, m) })));
}

describe('noise rule, default settings: a run compared with itself', () => {
  it('a results document compared with itself passes, every gated metric unchanged, however noisy its forks', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const doc = busyRun(createPrng(seed));
      const report = compare(newHistory([doc]), doc, defaults());
      expect(report.verdict).toBe('pass');
      for (const { row } of gatedRows(report)) {
        expect(row.verdict).toBe('unchanged');
        // Zero either way: a higher-is-better change of zero is reported as −0.
        expect(Math.abs(row.change ?? NaN)).toBe(0);
        expect(row.interval?.map(Math.abs)).toEqual([0, 0]);
        expect(row.note).toMatch(/the same measurement, compared with itself/);
      }
    }
  });
  it('a five-run history whose newest run is the current one passes, every gated metric unchanged', () => {
    const rng = createPrng(11);
    const runs = Array.from({ length: 5 }, () => busyRun(rng));
    const current = at(runs, 4);
    const report = compare(newHistory(runs), current, defaults());
    expect(report.verdict).toBe('pass');
    for (const { row } of gatedRows(report)) {
      expect(row.verdict).toBe('unchanged');
      expect(row.note).toMatch(/baseline run 5 of 5/);
    }
  });
  it('a change of exactly zero with no spread at all is unchanged, with one baseline run or five', () => {
    const flat = (v: number): MetricCase => ({
      benchmark: 'flat',
      metric: 'p50',
      unit: 'ns',
      direction: 'lower',
      threshold: 0.1,
      current: { value: v, forks: [v, v, v] },
      baseline: { runs: [v], runForks: [[v, v, v]] },
    });
    const policy = noisePolicy({ confidence: DEFAULTS.policy.confidence });
    const one = only(policy.decide([flat(41)]));
    expect(one.verdict).toBe('unchanged');
    expect(one.change).toBe(0);
    const five: MetricCase = { ...flat(41), baseline: { runs: [41, 41, 41, 41, 41], runForks: Array.from({ length: 5 }, () => [41, 41, 41]) } };
    const d = only(policy.decide([five]));
    expect(d.verdict).toBe('unchanged');
    expect(d.interval![1]).toBeLessThan(0.01);
  });
  it('values that merely agree with a baseline run on a coarse timer are judged, not taken for the same measurement', () => {
    // Four runs at 180 ns and a newest at 200 ns; this run's forks equal the newest's, all 200: a
    // coarse timer makes such agreement chance, so the statistics decide (here: the history drifts).
    const runForks = [[180, 180, 180], [180, 180, 180], [180, 180, 180], [180, 180, 180], [200, 200, 200]];
    const c: MetricCase = {
      benchmark: 'coarse',
      metric: 'p50',
      unit: 'ns',
      direction: 'lower',
      threshold: 0.1,
      current: { value: 200, forks: [200, 200, 200] },
      baseline: { runs: runForks.map((f) => median(f)), runForks },
    };
    const d = only(noisePolicy({ confidence: 0.99 }).decide([c]));
    expect(d.note ?? '').not.toMatch(/same measurement/);
    expect(d.change).toBeCloseTo(200 / 180 - 1, 12);
    // Forks in another order are another measurement too.
    const shuffled: MetricCase = {
      ...c,
      current: { value: 1010, forks: [1020, 1010, 1000] },
      baseline: { runs: [1010], runForks: [[1000, 1010, 1020]] },
    };
    expect(only(noisePolicy({ confidence: 0.99 }).decide([shuffled])).note ?? '').not.toMatch(/same measurement/);
  });
});

/** Verdicts of each benchmark in a comparison: regression if any gated metric is, and so on. */
function verdictsOf(report: ReturnType<typeof compare>): Map<string, string> {
  return new Map(report.benchmarks.map((b) => [b.name, b.verdict]));
}

describe('noise rule, default settings: unchanged suites and slowdowns with a five-run history', () => {
  it('never raises a false alarm on 150 unchanged runs of the suite, and decides most rows', () => {
    const rng = createPrng(2025);
    let alarms = 0;
    let rows = 0;
    let decided = 0;
    let stableRows = 0;
    let stableDecided = 0;
    for (let t = 0; t < 150; t++) {
      const history = newHistory(Array.from({ length: 5 }, () => suiteRun(rng, 3)));
      const report = compare(history, suiteRun(rng, 3), defaults());
      if (report.verdict === 'regression') alarms++;
      for (const { name, m, row } of gatedRows(report)) {
        rows++;
        if (row.verdict !== 'inconclusive') decided++;
        if (STABLE.includes(name) && m !== 'p99') {
          stableRows++;
          if (row.verdict !== 'inconclusive') stableDecided++;
        }
      }
    }
    expect(alarms).toBe(0);
    // The tails (p99, 4–13% between forks) cannot rule out 10% with 3 forks; most of the rest can.
    expect(decided / rows).toBeGreaterThan(0.6);
    expect(stableDecided / stableRows).toBeGreaterThan(0.95);
  });
  it('catches a 10% slowdown of a stable benchmark in ≥ 95% of runs, and a 25% slowdown of a noisy one in ≥ 85%', () => {
    const rng = createPrng(2026);
    let stableCaught = 0;
    let noisyCaught = 0;
    let alarms = 0;
    const trials = 100;
    for (let t = 0; t < trials; t++) {
      const stable = at(STABLE, t % 5);
      const noisy = at(NOISY, t % 5);
      const history = newHistory(Array.from({ length: 5 }, () => suiteRun(rng, 3)));
      const ten = verdictsOf(compare(history, suiteRun(rng, 3, { [stable]: 1.1 }), defaults()));
      if (ten.get(stable) === 'regression') stableCaught++;
      const quarter = verdictsOf(compare(history, suiteRun(rng, 3, { [noisy]: 1.25 }), defaults()));
      if (quarter.get(noisy) === 'regression') noisyCaught++;
      const others = [...ten].filter(([n]) => n !== stable).concat([...quarter].filter(([n]) => n !== noisy));
      alarms += others.filter(([, v]) => v === 'regression').length;
    }
    expect(stableCaught).toBeGreaterThanOrEqual(95);
    expect(noisyCaught).toBeGreaterThanOrEqual(85);
    expect(alarms).toBe(0);
  });
});

describe('noise rule: strength borrowed from the suite', () => {
  const alike = (rng: Prng, i: number, shift = 0): MetricCase => {
    const draw = (d: number) => [0, 1, 2].map(() => 1000 * Math.exp(d + 0.03 * rng.normal()));
    const runForks = Array.from({ length: 5 }, () => draw(0));
    const cur = draw(Math.log1p(shift));
    return {
      benchmark: `b${i}`,
      metric: 'p50',
      unit: 'ns',
      direction: 'lower',
      threshold: 0.1,
      current: { value: median(cur), forks: cur },
      baseline: { runs: runForks.map((f) => median(f)), runForks },
    };
  };
  it('benchmarks of one metric with alike fork noise lend each other degrees of freedom: intervals narrow', () => {
    const policy = noisePolicy({ confidence: 0.99 });
    const width = (d: MetricDecision) => d.interval![1] - d.interval![0];
    let alone = 0;
    let inSuite = 0;
    let narrower = 0;
    for (let t = 0; t < 40; t++) {
      const rng = createPrng(300 + t);
      const target = alike(rng, 0);
      const a = width(only(policy.decide([target])));
      const s = width(at(policy.decide([target, ...Array.from({ length: 19 }, (_, i) => alike(rng, i + 1))]), 0));
      alone += a;
      inSuite += s;
      if (s < a) narrower++;
    }
    expect(inSuite).toBeLessThan(0.9 * alone);
    expect(narrower).toBeGreaterThan(24);
  });
  it('another metric lends nothing: a throughput suite leaves a p50 case as it was', () => {
    const policy = noisePolicy({ confidence: 0.99 });
    const rng = createPrng(400);
    const target = alike(rng, 0);
    const throughputs = Array.from({ length: 19 }, (_, i) => ({ ...alike(rng, i + 1), metric: 'throughput' }));
    // The minimum detectable change (and its note) is reckoned for the suite's number of comparisons;
    // the estimate and the interval are the case's own.
    const inSuite = at(policy.decide([target, ...throughputs]), 0);
    const alone = only(policy.decide([target]));
    expect([inSuite.verdict, inSuite.change, inSuite.interval]).toEqual([alone.verdict, alone.change, alone.interval]);
  });
});
