// Numbers and names as words, shared by the judgement (its one-line summary, in compare/) and the
// renderers (report/), which must say a change the same way. Plain text: each medium escapes it where
// it is written.
import { CHANGE_CAP } from './metrics.ts';

/** Display lengths: a benchmark name keeps its first 60 and last 20 characters; a metric name less. */
export const NAME_HEAD = 60;
export const NAME_TAIL = 20;
const METRIC_HEAD = 24;
const METRIC_TAIL = 8;

/**
 * A number in fixed notation with `digits` decimals: never exponent notation (`toFixed` switches to
 * it from 1e21 on), never `-0`.
 */
export function fixed(value: number, digits: number): string {
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** 0.1 → "10%", 0.125 → "12.5%"; past ±1000% "more than 1000%" (a figure past CHANGE_CAP says only "very large"). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  if (Math.abs(fraction) > CHANGE_CAP) return `${fraction < 0 ? 'less than −' : 'more than '}${CHANGE_CAP * 100}%`;
  const p = fraction * 100;
  const digits = Math.abs(p) >= 10 || Number.isInteger(p) ? 0 : 1;
  return `${fixed(Number(p.toFixed(digits)), digits).replace(/\.0$/, '')}%`;
}

/** A signed relative change: +12.3%, −4.0%, ±0.0%; "more than +1000%" past the cap; "—" when unknown. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || Number.isNaN(change)) return '—';
  if (change > CHANGE_CAP) return `more than +${CHANGE_CAP * 100}%`;
  if (change < -CHANGE_CAP) return `less than −${CHANGE_CAP * 100}%`;
  const p = change * 100;
  const text = Math.abs(p) >= 1000 ? fixed(Math.abs(p), 0) : fixed(Math.abs(p), 1);
  if (Number(text) === 0) return '±0.0%';
  return `${p > 0 ? '+' : '−'}${text}%`;
}

/**
 * Shortens a long name for display, keeping both ends (a suite prefix and a case suffix are what
 * tell names apart): the first `head` and the last `tail` characters around an ellipsis. Counts code
 * points, so a surrogate pair is never split.
 */
export function shortenMiddle(text: string, head = NAME_HEAD, tail = NAME_TAIL): string {
  const chars = Array.from(text);
  if (chars.length <= head + tail + 1) return text;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** "1 benchmark", "3 benchmarks": a count and a noun that takes a plain -s. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A metric name as displayed. */
export function displayMetric(name: string): string {
  return shortenMiddle(name, METRIC_HEAD, METRIC_TAIL);
}
