// Zero values, which a relative change cannot describe. A throughput that falls to zero (no
// operations completed) is the worst regression there is, not "inconclusive"; a cost (allocations,
// bytes) that falls to zero is an improvement; zero before and after is no change. Both policies
// decide these cases here, before any statistics, so they agree.
import type { Direction, MetricDecision } from '../core/types.ts';

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4))));

/**
 * The decision for a case where the baseline or the current value is zero (both must be ≥ 0 and
 * finite), else undefined. `change` follows MetricDecision (positive = worse): ±1 when a value fell to
 * zero, ±Infinity when it rose from zero (a relative change from zero is unbounded; the engine
 * reports it as no number).
 */
export function zeroDecision(direction: Direction, baseline: number, current: number, unit: string): MetricDecision | undefined {
  if (baseline > 0 && current > 0) return undefined;
  const u = unit ? ` ${unit}` : '';
  if (baseline === 0 && current === 0) {
    return { verdict: 'unchanged', baseline, change: 0, note: `zero in the baseline and in this run` };
  }
  if (current === 0) {
    // Fell to zero: every higher-is-better metric lost everything, every lower-is-better one is gone.
    return direction === 'higher'
      ? { verdict: 'regression', baseline, change: 1, note: `fell from ${fmt(baseline)}${u} to zero` }
      : { verdict: 'improvement', baseline, change: -1, note: `fell from ${fmt(baseline)}${u} to zero` };
  }
  // Rose from zero: unbounded relative change.
  return direction === 'higher'
    ? { verdict: 'improvement', baseline, change: -Infinity, note: `rose from zero to ${fmt(current)}${u}` }
    : { verdict: 'regression', baseline, change: Infinity, note: `rose from zero to ${fmt(current)}${u}: a relative change from zero is unbounded` };
}
