// Which undecided benchmarks adaptive sampling measures next in `perf-gate ab`: a pure choice from
// how many more pairs each needs, what is left of the budget and what a fork costs.
import { describe, expect, it } from 'vitest';
import { adaptiveStep } from '../../src/ab/plan.ts';

describe('adaptiveStep', () => {
  it('serves the benchmarks closest to being settled first, as many as four more forks each allow', () => {
    const undecided = [
      { name: 'far', more: 9 },
      { name: 'near', more: 2 },
      { name: 'middle', more: 5 },
    ];
    // 10 forks of 100 ms left: two benchmarks get four forks each; "far" needs 18 forks, more than all.
    expect(adaptiveStep(undecided, 1000, 100)).toEqual(['near', 'middle']);
    expect(adaptiveStep(undecided, 4000, 100)).toEqual(['near', 'middle', 'far']);
  });
  it('spends nothing on a benchmark that all of what is left could not settle', () => {
    expect(adaptiveStep([{ name: 'bimodal', more: Infinity }], 60_000, 100)).toEqual([]);
    expect(adaptiveStep([{ name: 'bimodal', more: 400 }, { name: 'loop', more: 3 }], 60_000, 100)).toEqual(['loop']);
  });
  it('does nothing once the budget is spent, or when a fork has no measured cost', () => {
    expect(adaptiveStep([{ name: 'loop', more: 1 }], 0, 100)).toEqual([]);
    expect(adaptiveStep([{ name: 'loop', more: 1 }], -50, 100)).toEqual([]);
    expect(adaptiveStep([{ name: 'loop', more: 1 }], 399, 100)).toEqual([]);
    expect(adaptiveStep([{ name: 'loop', more: 1 }], 1000, 0)).toEqual([]);
  });
});
