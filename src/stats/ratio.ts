// Changes as signed fractions (positive = worse) and their log-ratio form. Working in log space makes
// noise relative (a 5% wobble is the same at 10 ns and at 10 ms) and symmetric.
//
// The fraction follows the plain reading of each direction:
// - lower is better (latency, bytes): change = current / baseline − 1 (took 10% longer → +0.10);
// - higher is better (throughput): change = 1 − current / baseline (throughput fell 10% → +0.10).
// The worsening log ratio is d = log(current / baseline) for `lower` and log(baseline / current) for
// `higher`, so d > 0 always means worse, and fraction ↔ d is monotone increasing in both directions.
import type { Direction } from '../core/types.ts';

/** Signed fractional change, positive = worse. Values must be positive and finite. */
export function changeFraction(direction: Direction, baseline: number, current: number): number {
  return direction === 'lower' ? current / baseline - 1 : 1 - current / baseline;
}

/** Worsening log ratio d (positive = worse). */
export function worseningLogRatio(direction: Direction, baseline: number, current: number): number {
  const r = Math.log(current) - Math.log(baseline);
  return direction === 'lower' ? r : -r;
}

/** Fraction → worsening log ratio. Fractions the direction cannot reach map to ±Infinity. */
export function fractionToLog(direction: Direction, fraction: number): number {
  if (direction === 'lower') return fraction <= -1 ? -Infinity : Math.log1p(fraction);
  return fraction >= 1 ? Infinity : -Math.log1p(-fraction);
}

/** Worsening log ratio → fraction. */
export function logToFraction(direction: Direction, d: number): number {
  return direction === 'lower' ? Math.expm1(d) : -Math.expm1(-d);
}
