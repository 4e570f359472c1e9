// Scalar values of the config: thresholds, durations, counts. Each parser takes the raw value and a
// `where` prefix (e.g. `perf-gate.yml: benchmarks[1].threshold`, or `--threshold`) and throws a
// one-line ConfigError naming it. The CLI reuses `parseThreshold` for `--threshold`.
import { element } from '../core/checked.ts';
import { ConfigError } from '../core/errors.ts';
import { ownValue } from '../core/own.ts';

/** Largest accepted threshold, in percent. */
export const MAX_THRESHOLD_PERCENT = 1000;
/** Largest accepted duration, ms (24 h; also keeps timers far from their 2^31 ms overflow). */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

/** How a bad value is shown after "got": strings quoted, numbers as written, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

const PERCENT_RE = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%?)\s*$/i;

/**
 * A threshold, returned as a fraction (10% → 0.1). The rule, one for every place a threshold is
 * given (config keys, `--threshold`, the Action's input): the value is in percent. `"10%"`, `10` and
 * `"10"` all mean 10%. A bare number below 1 is refused: `0.1` is as likely meant as a fraction
 * (10%, the way thresholds are written in code) as 0.1%, and guessing either way silently gates at
 * a hundred times the wrong level; the message asks for `10%` or `0.1%`. Range: 0% < t ≤ 1000%.
 * `where` names the source in messages: a config key path, `--threshold`, `input threshold`.
 */
export function parseThreshold(value: unknown, where: string): number {
  let percent = Number.NaN;
  let bare = false;
  if (typeof value === 'number') {
    percent = value;
    bare = true;
  } else if (typeof value === 'string') {
    const m = PERCENT_RE.exec(value);
    if (m) {
      percent = Number(m[1]);
      bare = m[2] !== '%';
    }
  }
  if (bare && percent > 0 && percent < 1) {
    const asFraction = Number((percent * 100).toPrecision(12));
    throw new ConfigError(
      `${where}: ${describeValue(value)} is ambiguous: write "${asFraction}%" if you mean a fraction, or "${percent}%" (a bare number is read as percent, and below 1 it is refused)`,
    );
  }
  if (!Number.isFinite(percent) || percent <= 0 || percent > MAX_THRESHOLD_PERCENT) {
    throw new ConfigError(
      `${where}: expected a percentage like "10%" (0% < t ≤ ${MAX_THRESHOLD_PERCENT}%), got ${describeValue(value)}`,
    );
  }
  // Round away binary noise from the division (12.3 / 100 = 0.12300000000000001).
  return Number((percent / 100).toPrecision(12));
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_RE = /^\s*((?:\d+(?:\.\d*)?|\.\d+))\s*(ms|s|m|h)?\s*$/;

export interface DurationOptions {
  /** Accept 0 (e.g. no warm-up, no budget). Default false: the duration must be positive. */
  allowZero?: boolean;
}

/**
 * A duration, returned in milliseconds. A number is milliseconds; a string is a number with an
 * optional unit `ms`, `s`, `m` (minutes) or `h`: `"500ms"`, `"2s"`, `"1.5m"`. At most 24 h.
 */
export function parseDuration(value: unknown, where: string, options: DurationOptions = {}): number {
  let ms = Number.NaN;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') {
    const m = DURATION_RE.exec(value);
    if (m) ms = Number(m[1]) * (ownValue(DURATION_UNITS, m[2] ?? 'ms') ?? Number.NaN);
  }
  const min = options.allowZero ? 0 : Number.MIN_VALUE;
  if (!Number.isFinite(ms) || ms < min || ms > MAX_DURATION_MS) {
    const range = options.allowZero ? '0 ≤ d ≤ 24h' : '0 < d ≤ 24h';
    throw new ConfigError(
      `${where}: expected a duration like "500ms", "2s" or "1m" (a bare number is milliseconds; ${range}), got ${describeValue(value)}`,
    );
  }
  return Number(ms.toPrecision(12));
}

/** A whole number ≥ `min` (and ≤ `max` when given). Strings are not accepted. */
export function parseInteger(value: unknown, where: string, min: number, max?: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new ConfigError(`${where}: expected a whole number ${range}, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * A confidence level as a fraction strictly between 0 and 1: `0.95`, or a percentage string `"95%"`.
 */
export function parseConfidence(value: unknown, where: string): number {
  let c = Number.NaN;
  if (typeof value === 'number') c = value;
  else if (typeof value === 'string') {
    const m = PERCENT_RE.exec(value);
    if (m && m[2] === '%') c = Number(m[1]) / 100;
  }
  if (!Number.isFinite(c) || c <= 0 || c >= 1) {
    throw new ConfigError(`${where}: expected a confidence like 0.95 or "95%" (0 < c < 1), got ${describeValue(value)}`);
  }
  return Number(c.toPrecision(12));
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: forsk → forks = 1). */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  // The (a.length + 1) × (b.length + 1) table, row by row; every index read below is inside it.
  const d = new Float64Array((a.length + 1) * cols);
  const at = (i: number, j: number): number => element(d, i * cols + j);
  for (let i = 0; i <= a.length; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate nearest to `input` (case-insensitive), when it is near enough to be a plausible
 * typo: distance ≤ 2, or ≤ a third of the longer word for long words.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = input.toLowerCase();
  for (const c of candidates) {
    const dist = editDistance(lower, c.toLowerCase());
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}
