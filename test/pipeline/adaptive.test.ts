// Adaptive sampling: benchmarks whose verdict is inconclusive get extra forks, within the budget and
// each benchmark's maxExtraForks; resolved ones get none. Real child processes; the policy is a
// stand-in whose verdict depends on the fork count, so the loop's behaviour is deterministic.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import type { ComparePolicy, MetricCase } from '../../src/core/types.ts';
import { measure } from '../../src/measure/index.ts';
import { measureAndCompare } from '../../src/gate/measurement.ts';
import { commandBench, fileBench, makeConfig, options } from '../measure/helpers.ts';
import { byName, metric } from '../helpers/assert.ts';

/** Inconclusive for `unsure` until its current run has `resolvedAt` forks; unchanged otherwise. */
function policyResolvingAt(unsure: string, resolvedAt: number, seen: number[][], moreForksHelp?: boolean): ComparePolicy {
  return {
    name: 'test',
    baselineSource: 'newest',
    describe: () => 'test policy',
    decide: (cases: MetricCase[]) => {
      seen.push(cases.filter((c) => c.benchmark === unsure).map((c) => c.current.forks.length));
      return cases.map((c) => {
        const unresolved = c.benchmark === unsure && c.current.forks.length < resolvedAt;
        return {
          verdict: unresolved ? ('inconclusive' as const) : ('unchanged' as const),
          baseline: c.baseline.runs.at(-1)!,
          change: 0,
          ...(unresolved && moreForksHelp !== undefined ? { moreForksHelp } : {}),
        };
      });
    },
  };
}

function suite(budget: number, maxExtraForks: number) {
  const config = makeConfig([
    fileBench('square', 'function-export.ts', { maxExtraForks }),
    commandBench('true', 'true', { maxExtraForks }),
  ]);
  return { ...config, budget };
}

describe('adaptive sampling', () => {
  it('adds forks only to the inconclusive benchmark, and stops once it is resolved', async () => {
    const config = suite(60_000, 5);
    const history = newHistory([await measure(config, options())]);
    const seen: number[][] = [];
    const { results, report } = await measureAndCompare(config, history, { ...options(), policy: policyResolvingAt('square', 4, seen) });
    const forksOf = (name: string) => results.benchmarks.find((b) => b.name === name)!.forkStats!.length;
    expect(forksOf('square')).toBe(4); // 2 configured + 2 added, then resolved
    expect(forksOf('true')).toBe(2); // never inconclusive: nothing added
    expect(report.verdict).toBe('pass');
    expect(seen.map((s) => s[0])).toEqual([2, 3, 4]);
    expect(metric(byName(results.benchmarks, 'square'), 'p50').forks).toHaveLength(4);
  });

  it('adds no more than maxExtraForks, and the verdict stays inconclusive', async () => {
    const config = suite(60_000, 1);
    const history = newHistory([await measure(config, options())]);
    const { results, report } = await measureAndCompare(config, history, { ...options(), policy: policyResolvingAt('square', 10, []) });
    expect(results.benchmarks.find((b) => b.name === 'square')!.forkStats).toHaveLength(3);
    expect(report.verdict).toBe('inconclusive');
  });

  it('spends nothing on a benchmark the policy says more forks cannot settle', async () => {
    const config = suite(60_000, 5);
    const history = newHistory([await measure(config, options())]);
    const seen: number[][] = [];
    const { results, report } = await measureAndCompare(config, history, { ...options(), policy: policyResolvingAt('square', 4, seen, false) });
    expect(results.benchmarks.find((b) => b.name === 'square')!.forkStats).toHaveLength(2);
    expect(seen).toHaveLength(1); // compared once, no extra round
    expect(report.verdict).toBe('inconclusive');
    expect(metric(byName(report.benchmarks, 'square'), 'p50').moreForksHelp).toBe(false);
  });

  it('adds nothing without a budget, or once the budget is spent', async () => {
    const none = suite(0, 5);
    const history = newHistory([await measure(none, options())]);
    const a = await measureAndCompare(none, history, { ...options(), policy: policyResolvingAt('square', 10, []) });
    expect(a.results.benchmarks.find((b) => b.name === 'square')!.forkStats).toHaveLength(2);
    // A clock that says the budget is already used up after the first measurement.
    let t = 0;
    const spent = suite(1000, 5);
    const b = await measureAndCompare(spent, history, { ...options(), now: () => (t += 5000), policy: policyResolvingAt('square', 10, []) });
    expect(b.results.benchmarks.find((x) => x.name === 'square')!.forkStats).toHaveLength(2);
  });
});
