// The plain percentage rule and the policy registry.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import type { MetricCase } from '../../src/core/types.ts';
import { createPolicy, percentagePolicy, POLICIES } from '../../src/compare/policies/index.ts';
import { POLICY_NAMES } from '../../src/config/policy-names.ts';
import { at, only } from '../helpers/assert.ts';

function kase(direction: 'lower' | 'higher', runs: number[], current: number, threshold = 0.1): MetricCase {
  return {
    benchmark: 'b',
    metric: direction === 'lower' ? 'p50' : 'throughput',
    unit: direction === 'lower' ? 'ns' : 'ops/s',
    direction,
    threshold,
    current: { value: current, forks: [current] },
    baseline: { runs, runForks: runs.map((r) => [r]) },
  };
}

describe('percentagePolicy', () => {
  const policy = percentagePolicy();
  it('compares with the newest run and knows direction', () => {
    const d = policy.decide([
      kase('lower', [50, 100], 111),
      kase('lower', [100], 105),
      kase('lower', [100], 85),
      kase('higher', [100], 89),
      kase('higher', [100], 120),
      kase('higher', [100], 95),
    ]);
    expect(d.map((x) => x.verdict)).toEqual(['regression', 'unchanged', 'improvement', 'regression', 'improvement', 'unchanged']);
    expect(at(d, 0).baseline).toBe(100);
    expect(at(d, 0).change).toBeCloseTo(0.11, 12);
    expect(at(d, 3).change).toBeCloseTo(0.11, 12);
    expect(at(d, 4).change).toBeCloseTo(-0.2, 12);
    expect(policy.baselineSource).toBe('newest');
    expect(policy.describe()).toMatch(/newest/);
  });
  it('exactly at the threshold is not a regression; the per-case threshold is used', () => {
    const d = policy.decide([kase('lower', [100], 110, 0.1), kase('lower', [100], 110, 0.05)]);
    expect(d.map((x) => x.verdict)).toEqual(['unchanged', 'regression']);
  });
  it('does not compare negative values; decides zeros without a ratio', () => {
    const d = only(policy.decide([kase('lower', [-1], 10)]));
    expect(d.verdict).toBe('inconclusive');
    expect(d.note).toMatch(/non-positive/);
    const zeros = policy.decide([kase('higher', [100], 0), kase('higher', [0], 100), kase('lower', [0], 10), kase('lower', [0], 0)]);
    expect(zeros.map((x) => x.verdict)).toEqual(['regression', 'improvement', 'regression', 'unchanged']);
  });
});

describe('policy registry', () => {
  it('holds exactly the names a config and --policy accept', () => {
    expect(Object.keys(POLICIES)).toEqual([...POLICY_NAMES]);
  });

  it('creates each registered policy by name', () => {
    for (const name of Object.keys(POLICIES)) {
      const p = createPolicy({ name, confidence: 0.95, shownFraction: 0.5 });
      expect(p.name).toBe(name);
    }
    expect(Object.keys(POLICIES).sort()).toEqual(['noise', 'percentage']);
    expect(createPolicy({ name: 'noise', confidence: 0.99, shownFraction: 0.5 }).baselineSource).toBe('history-median');
    // The config's shownFraction reaches the rule.
    expect(createPolicy({ name: 'noise', confidence: 0.99, shownFraction: 0 }).describe()).toMatch(/at least 0% of the threshold/);
    expect(createPolicy({ name: 'noise', confidence: 0.99, shownFraction: 0.5 }).describe()).toMatch(/at least 50% of the threshold/);
  });
  it('names the valid policies for an unknown one', () => {
    expect(() => createPolicy({ name: 'magic', confidence: 0.95, shownFraction: 0.5 })).toThrow(InputError);
    expect(() => createPolicy({ name: 'toString', confidence: 0.95, shownFraction: 0.5 })).toThrow(
      /expected one of noise, percentage/,
    );
  });
});
