// The plain percentage rule: compare the current value with the newest baseline run's value and call
// any change beyond the threshold a regression (or improvement). Blind to noise: kept as the reference
// the study compares against, and selectable with `policy: { name: percentage }`.
import type { ComparePolicy, MetricCase, MetricDecision } from '../../core/types.ts';
import { changeFraction } from '../../stats/ratio.ts';
import { zeroDecision } from '../degenerate.ts';

export function percentagePolicy(): ComparePolicy {
  return {
    name: 'percentage',
    baselineSource: 'newest',
    describe: () =>
      'plain percentage rule: the current value against the newest baseline run; a change beyond the threshold is a regression',
    decide: (cases) => cases.map(decideOne),
  };
}

function decideOne(c: MetricCase): MetricDecision {
  const baseline = c.baseline.runs[c.baseline.runs.length - 1];
  const current = c.current.value;
  if (baseline === undefined) {
    return { verdict: 'inconclusive', baseline: NaN, change: NaN, note: 'no baseline value to compare with' };
  }
  const zero = baseline >= 0 && current >= 0 ? zeroDecision(c.direction, baseline, current, c.unit) : undefined;
  if (zero) return zero;
  if (!(baseline > 0 && Number.isFinite(baseline) && current > 0 && Number.isFinite(current))) {
    return {
      verdict: 'inconclusive',
      baseline,
      change: NaN,
      note: `cannot compare non-positive or non-finite values (baseline ${baseline}, current ${current})`,
    };
  }
  const change = changeFraction(c.direction, baseline, current);
  // A change exactly at the threshold is not beyond it (tolerating rounding: 110/100 − 1 > 0.1 in floats).
  const beyond = (x: number) => x > c.threshold * (1 + 1e-9);
  const verdict = beyond(change) ? 'regression' : beyond(-change) ? 'improvement' : 'unchanged';
  return { verdict, baseline, change };
}
