// A burst of the machine is told from slower code: benchmarks that move together mark the run
// disturbed, and a regression stands only when the later forks bear it out. Synthetic documents,
// judged by the real percentage rule; only the fork values are made up.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare, type CompareSettings } from '../../src/compare/index.ts';
import { DISTURBED_NOTE, findMovement, settleRun, worsening, type Reproduction } from '../../src/compare/disturbance.ts';
import { percentagePolicy } from '../../src/compare/policies/percentage.ts';
import type { BaselineHistory, BenchmarkResult, ReportDocument, ResultsDocument } from '../../src/core/types.ts';
import { byName, defined, metric } from '../helpers/assert.ts';
import { results } from '../helpers/results.ts';

const settings: CompareSettings = {
  threshold: 0.1,
  metricThresholds: {},
  metrics: ['p50', 'p99', 'throughput'],
  benchmarks: [],
  policy: percentagePolicy(),
  failOnInconclusive: false,
};
const options = { shownFraction: 0.5 };

const ALLOC = ['alloc-0', 'alloc-1', 'alloc-2', 'alloc-3', 'alloc-4', 'alloc-5', 'alloc-6'];
const LOOPS = ['loop-0', 'loop-1', 'loop-2'];
const SUITE = [...ALLOC, ...LOOPS];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? defined(s[mid]) : (defined(s[mid - 1]) + defined(s[mid])) / 2;
}

/** A benchmark whose forks took these p50 latencies (ns); p99 is twice, throughput follows p50. */
function forked(name: string, p50s: number[], kind: BenchmarkResult['kind'] = 'file'): BenchmarkResult {
  const p99s = p50s.map((p) => p * 2);
  const thr = p50s.map((p) => 1e9 / p);
  return {
    name,
    kind,
    status: 'ok',
    evidence: 'samples',
    metrics: {
      p50: { value: median(p50s), unit: 'ns', direction: 'lower', forks: p50s, n: 1000 * p50s.length },
      p99: { value: median(p99s), unit: 'ns', direction: 'lower', forks: p99s, n: 1000 * p50s.length, supported: true },
      throughput: { value: median(thr), unit: 'ops/s', direction: 'higher', forks: thr, n: 1000 * p50s.length },
    },
  };
}

/** Three quiet baseline runs of the suite, every benchmark at 1000 ns. */
function history(names = SUITE): BaselineHistory {
  return newHistory([0, 1, 2].map(() => results(names.map((n) => forked(n, [1000, 1001, 999])))));
}

/** The run as measured: each benchmark's forks slowed by its factor (1 when not listed). */
function run(slow: Record<string, number[]>, names = SUITE): ResultsDocument {
  return results(names.map((n) => forked(n, (slow[n] ?? [1, 1, 1]).map((f) => 1000 * f))));
}

/**
 * The judgements a reproduction produces: all forks together and the later forks alone, for the
 * benchmarks that regressed in `first`.
 */
function reproduction(h: BaselineHistory, firstForks: Record<string, number[]>, laterForks: Record<string, number[]>, first: ReportDocument): Reproduction {
  const regressed = first.benchmarks.filter((b) => b.verdict === 'regression').map((b) => b.name);
  const all: Record<string, number[]> = { ...firstForks };
  const later: Record<string, number[]> = {};
  for (const name of regressed) {
    const more = laterForks[name] ?? [1, 1];
    all[name] = [...(firstForks[name] ?? [1, 1, 1]), ...more];
    later[name] = more;
  }
  return {
    combined: compare(h, run(all), settings),
    later: compare(h, run(later, regressed), settings),
    forks: new Map(regressed.map((n) => [n, { first: 3, later: (laterForks[n] ?? [1, 1]).length }])),
  };
}

/** A burst: the allocation-heavy benchmarks 35% to 70% slower in every fork of the first pass. */
const BURST: Record<string, number[]> = Object.fromEntries(
  ALLOC.map((n, i) => {
    const f = 1.35 + (0.35 * i) / (ALLOC.length - 1);
    return [n, [f, f, f]];
  }),
);

describe('a disturbed run', () => {
  it('a burst on 7 of 10 benchmarks: disturbed, no regression, the verdicts held back', () => {
    const h = history();
    const first = compare(h, run(BURST), settings);
    expect(first.verdict).toBe('regression'); // what a cached history alone would say
    expect(first.counts.regression).toBe(7);
    const report = settleRun(first, reproduction(h, BURST, {}, first), options);
    expect(report.verdict).toBe('inconclusive');
    expect(report.counts.regression).toBe(0);
    expect(report.counts.inconclusive).toBe(7);
    const d = defined(report.disturbance);
    expect(d.moved).toEqual(ALLOC);
    expect(d.note).toBe('7 of 10 benchmarks moved together (+35% … +70%); their verdicts are held back');
    for (const name of ALLOC) {
      const p50 = metric(byName(report.benchmarks, name), 'p50');
      expect(p50.verdict).toBe('inconclusive');
      expect(p50.note).toContain(DISTURBED_NOTE);
      expect(p50.note).toMatch(/in the first 3 forks, ±0\.0% in 2 later forks/);
    }
    for (const name of LOOPS) expect(byName(report.benchmarks, name).verdict).toBe('unchanged');
    expect(report.summary).not.toMatch(/regressed/);
  });

  it('a burst with no later forks taken still holds the moved regressions back', () => {
    const h = history();
    const first = compare(h, run(BURST), settings);
    const report = settleRun(first, null, options);
    expect(report.verdict).toBe('inconclusive');
    expect(defined(report.disturbance).moved).toHaveLength(7);
    expect(metric(byName(report.benchmarks, 'alloc-0'), 'p50').note).toContain('no later forks taken');
  });

  it('a burst that lasts into the later forks is not explained away: the regressions stand', () => {
    const h = history();
    const first = compare(h, run(BURST), settings);
    const still = Object.fromEntries(ALLOC.map((n) => [n, [1.5, 1.5]]));
    const report = settleRun(first, reproduction(h, BURST, still, first), options);
    expect(report.verdict).toBe('regression');
    expect(report.counts.regression).toBe(7);
    expect(defined(report.disturbance).note).toMatch(/7 regressions reproduced in later forks and stand$/);
  });

  it('a designated control benchmark that moved marks the run disturbed even when few others did', () => {
    const h = history();
    const slow = { 'loop-0': [1.5, 1.5, 1.5], 'alloc-0': [1.5, 1.5, 1.5] };
    const first = compare(h, run(slow), settings);
    expect(findMovement(first, options)).toBeNull();
    const movement = defined(findMovement(first, { ...options, controls: ['loop-0'] }));
    expect(movement.moved.map((m) => m.name)).toEqual(['alloc-0', 'loop-0']);
    const report = settleRun(first, null, { ...options, controls: ['loop-0'] });
    expect(report.verdict).toBe('inconclusive');
    expect(defined(report.disturbance).note).toMatch(/^the control benchmark loop-0 moved, with 2 benchmarks in all \(\+50%\)/);
  });
});

describe('a real slowdown', () => {
  it('one benchmark slowed 20% with the rest flat: a regression, once it reproduces', () => {
    const h = history();
    const slow = { 'alloc-3': [1.2, 1.2, 1.2] };
    const first = compare(h, run(slow), settings);
    expect(findMovement(first, options)).toBeNull();
    const report = settleRun(first, reproduction(h, slow, { 'alloc-3': [1.2, 1.21] }, first), options);
    expect(report.verdict).toBe('regression');
    expect(report.disturbance).toBeUndefined();
    expect(byName(report.benchmarks, 'alloc-3').verdict).toBe('regression');
    expect(report.counts).toMatchObject({ regression: 1, unchanged: 9 });
    // Without later forks the first judgement stands as it is.
    expect(settleRun(first, null, options).verdict).toBe('regression');
  });

  it('a lone regression the later forks do not bear out is not reported', () => {
    const h = history();
    const slow = { 'alloc-3': [1.3, 1.3, 1.3] };
    const first = compare(h, run(slow), settings);
    const report = settleRun(first, reproduction(h, slow, { 'alloc-3': [1.01, 1.02] }, first), options);
    expect(report.verdict).toBe('inconclusive');
    const p50 = metric(byName(report.benchmarks, 'alloc-3'), 'p50');
    expect(p50.verdict).toBe('inconclusive');
    expect(p50.note).toBe('did not reproduce: +30.0% in the first 3 forks, +1.5% in 2 later forks');
    expect(report.disturbance).toBeUndefined();
  });

  it('all forks together plus later forks worse by the shown fraction the same way: it reproduced', () => {
    const h = history();
    const slow = { 'alloc-3': [1.3, 1.3, 1.3] };
    const first = compare(h, run(slow), settings);
    // The later forks alone (+8%) stay under the 10% threshold, but beyond half of it, and all five
    // forks together still say regression.
    const r = reproduction(h, slow, { 'alloc-3': [1.08, 1.08] }, first);
    expect(metric(byName(r.later.benchmarks, 'alloc-3'), 'p50').verdict).toBe('unchanged');
    expect(settleRun(first, r, options).verdict).toBe('regression');
    // Below half the threshold (+4%) they do not bear it out.
    expect(settleRun(first, reproduction(h, slow, { 'alloc-3': [1.04, 1.04] }, first), options).verdict).toBe('inconclusive');
  });

  it('a burst on 7 of 10 plus one real slowdown: the real one is caught once it reproduces', () => {
    const h = history();
    const slow = { ...BURST, 'loop-1': [1.2, 1.2, 1.2] };
    const first = compare(h, run(slow), settings);
    expect(first.counts.regression).toBe(8);
    const report = settleRun(first, reproduction(h, slow, { 'loop-1': [1.2, 1.19] }, first), options);
    expect(report.verdict).toBe('regression');
    expect(report.counts.regression).toBe(1);
    expect(byName(report.benchmarks, 'loop-1').verdict).toBe('regression');
    for (const name of ALLOC) expect(byName(report.benchmarks, name).verdict).toBe('inconclusive');
    const d = defined(report.disturbance);
    expect(d.moved).toEqual([...ALLOC, 'loop-1']);
    expect(d.note).toBe('8 of 10 benchmarks moved together (+20% … +70%); 1 regression reproduced in later forks and stands, the other verdicts are held back');
    expect(report.summary).toMatch(/^1 benchmark regressed: loop-1/);
  });

  it('a real slowdown under the burst is caught on its later forks alone, whichever the combined judgement says', () => {
    const h = history();
    // alloc-2 is 20% slower in truth, and the burst adds to it in the first forks; five forks
    // together: the median is still the burst's. The later forks alone carry the verdict.
    const slow = { ...BURST, 'alloc-2': [1.9, 1.9, 1.9] };
    const first = compare(h, run(slow), settings);
    const report = settleRun(first, reproduction(h, slow, { 'alloc-2': [1.2, 1.21] }, first), options);
    expect(report.verdict).toBe('regression');
    expect(report.counts.regression).toBe(1);
    expect(byName(report.benchmarks, 'alloc-2').verdict).toBe('regression');
    // Moved with the machine: "all forks together still say regression" is not enough for it.
    const meek = settleRun(first, reproduction(h, slow, { 'alloc-2': [1.08, 1.08] }, first), options);
    expect(byName(meek.benchmarks, 'alloc-2').verdict).toBe('inconclusive');
  });

  it('imported results neither witness a burst nor are held back', () => {
    const names = ['imp-a', 'imp-b', 'imp-c', 'loop-0'];
    const h = history(names);
    const current = results(names.map((n) => forked(n, n === 'loop-0' ? [1000, 1000, 1000] : [1500, 1500, 1500], n === 'loop-0' ? 'file' : 'import')));
    const first = compare(h, current, settings);
    const measuredHere = (name: string) => name === 'loop-0';
    expect(findMovement(first, { ...options, measuredHere })).toBeNull();
    const report = settleRun(first, null, { ...options, measuredHere });
    expect(report.verdict).toBe('regression');
    expect(report.counts.regression).toBe(3);
  });

  it('measures a throughput drop as the slowdown it is', () => {
    expect(worsening({ change: 0.7, direction: 'lower' })).toBeCloseTo(0.7, 12);
    expect(worsening({ change: 1 / 1.7 - 1, direction: 'higher' })).toBeCloseTo(0.7, 12);
    expect(worsening({ change: -1, direction: 'higher' })).toBe(Infinity);
    expect(worsening({ change: null, direction: 'lower' })).toBeNull();
  });
});
