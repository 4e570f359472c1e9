// Absolute limits in the config: `limits: { p99: 2ms, throughput: 10k/s, rss: 200MB }`. Which
// metrics take a limit, which units fit each, and the parser that turns a written limit into the
// metric's canonical unit (ns, ops/s, B) or one ConfigError line naming the key.
import { ConfigError } from '../core/errors.ts';
import { NATIVE_METRICS } from '../core/metrics.ts';
import { ownValue, setOwn } from '../core/own.ts';
import { RESOURCE_METRICS } from '../core/resources.ts';
import type { Direction } from '../core/types.ts';
import type { LimitConfig } from './types.ts';
import { describeValue, nearest } from './values.ts';

type BenchmarkKind = 'file' | 'command' | 'import';

/** What a limit needs to know of a metric: its canonical unit, which way is better, who measures it. */
export interface LimitableMetric {
  name: string;
  unit: string;
  direction: Direction;
  label: string;
  /** The kinds of benchmark whose results carry it. */
  measuredBy: readonly BenchmarkKind[];
}

/**
 * The metrics a limit may name: one line per registry of measured metrics (their units must be one
 * of the families below). Latency metrics come from every kind (an import brings what its tool
 * reported); resource metrics only from the benchmarks perf-gate runs, commands where their shell
 * reports them.
 */
export const LIMITABLE_METRICS: readonly LimitableMetric[] = [
  ...NATIVE_METRICS.map((m) => ({ ...m, measuredBy: ['file', 'command', 'import'] as const })),
  ...RESOURCE_METRICS.map((m) => ({ ...m, measuredBy: m.commands === false ? (['file'] as const) : (['file', 'command'] as const) })),
];

export const LIMITABLE_METRIC_NAMES: readonly string[] = LIMITABLE_METRICS.map((m) => m.name);

export type UnitFamily = 'duration' | 'rate' | 'size';

/** Which written units fit a canonical unit: times (ns, per op or not), sizes (B), rates (ops/s). */
export function unitFamily(unit: string): UnitFamily | undefined {
  if (/^ns(\/op)?$/.test(unit)) return 'duration';
  if (/^B(\/op)?$/.test(unit)) return 'size';
  if (/^ops\/s$/.test(unit)) return 'rate';
  return undefined;
}

const NUMBER = '([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)';

interface Family {
  /** The value with its unit; group 1 is the number, group 2 the unit (or multiplier). */
  re: RegExp;
  scale: (unit: string | undefined) => number | undefined;
  /** How the expected form is said: "a duration such as 2ms". */
  expected: string;
}

const DURATION_SCALE: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9 };
// Decimal units are powers of 1000 (1 MB = 10^6 B), binary ones powers of 1024 (1 MiB = 2^20 B).
const SIZE_SCALE: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};
const RATE_SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

const FAMILIES: Record<UnitFamily, Family> = {
  duration: {
    re: new RegExp(`^\\s*${NUMBER}\\s*(ns|us|µs|μs|ms|s)\\s*$`),
    scale: (u) => (u === undefined ? undefined : ownValue(DURATION_SCALE, u)),
    expected: 'a duration such as 2ms (ns, us, ms or s)',
  },
  size: {
    re: new RegExp(`^\\s*${NUMBER}\\s*([kKmMgGtT]?[iI]?[bB])\\s*$`),
    scale: (u) => (u === undefined ? undefined : ownValue(SIZE_SCALE, u.toLowerCase())),
    expected: 'a size such as 200MB (B, KB, MB, GB = powers of 1000; KiB, MiB, GiB = powers of 1024)',
  },
  rate: {
    re: new RegExp(`^\\s*${NUMBER}\\s*([kKMG]?)\\s*(?:ops?|operations)?\\s*/\\s*(?:s|sec|second)\\s*$`),
    scale: (u) => ownValue(RATE_SCALE, u ?? ''),
    expected: 'a rate such as 10k/s (also 10000/s or 10k ops/s; k, M, G multiply by 1000s)',
  },
};

/** The family a written value belongs to, when it is one at all: said when it is the wrong one. */
function writtenFamily(text: string): UnitFamily | undefined {
  for (const family of ['duration', 'size', 'rate'] as const) {
    const m = FAMILIES[family].re.exec(text);
    if (m && FAMILIES[family].scale(m[2]) !== undefined) return family;
  }
  return undefined;
}

export function findLimitable(name: string): LimitableMetric | undefined {
  return LIMITABLE_METRICS.find((m) => m.name === name);
}

/** Joins a key to a key path as the loader does: `limits.p99`, `limits["a b"]`. */
function joinKey(prefix: string, key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${prefix}.${key}` : `${prefix}[${JSON.stringify(key)}]`;
}

/**
 * One limit, in the metric's canonical unit. `where` names the key in messages (`perf-gate.yml:
 * limits.p99`). Only a positive, finite number with a unit of the metric's family is accepted: a
 * bare number is refused (2 what?), like a unit that does not fit (`p99: 10MB`).
 */
export function parseLimitValue(value: unknown, metric: LimitableMetric, where: string): LimitConfig {
  const familyName = unitFamily(metric.unit);
  if (!familyName) throw new ConfigError(`${where}: ${metric.name} is measured in ${metric.unit}, which no limit unit fits`);
  const family = FAMILIES[familyName];
  const text = typeof value === 'string' ? value : undefined;
  const m = text === undefined ? null : family.re.exec(text);
  const scale = m ? family.scale(m[2]) : undefined;
  if (!m || scale === undefined) {
    const other = text === undefined ? undefined : writtenFamily(text);
    const aside = other && other !== familyName ? ` (a ${other}; ${metric.name} is measured in ${metric.unit})` : '';
    const bare = typeof value === 'number' ? ' (a bare number has no unit)' : '';
    throw new ConfigError(`${where}: expected ${family.expected}, got ${describeValue(value)}${aside}${bare}`);
  }
  const amount = Number(m[1]) * scale;
  if (!Number.isFinite(amount)) throw new ConfigError(`${where}: expected ${family.expected}, got ${describeValue(value)} (too large)`);
  if (!(amount > 0)) throw new ConfigError(`${where}: a limit must be above zero, got ${describeValue(value)}`);
  return { value: Number(amount.toPrecision(12)), unit: metric.unit, kind: metric.direction === 'lower' ? 'max' : 'min' };
}

function unknownLimitMetric(name: string): string {
  const guess = nearest(name, LIMITABLE_METRIC_NAMES);
  return `no limit can be set on ${JSON.stringify(name)}: it is not a metric perf-gate measures${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; metrics: ${LIMITABLE_METRIC_NAMES.join(', ')}`;
}

/** Why no benchmark of `kinds` can be held to a limit on `metric`, or undefined when one can. */
function notMeasured(metric: LimitableMetric, kinds: readonly BenchmarkKind[], topLevel: boolean): string | undefined {
  if (kinds.some((k) => metric.measuredBy.includes(k))) return undefined;
  const by = `${metric.name} is measured only for ${metric.measuredBy.join(' and ')} benchmarks`;
  return topLevel ? `${by}, and this suite has none` : `${by}, not for ${kinds.join(' or ')} benchmarks`;
}

/**
 * A `limits` mapping (top level or a benchmark's): metric → limit. `keyPath` is the mapping's key
 * path (`limits`, `benchmarks[0].limits`), `at` turns a key path into the message prefix (file and
 * key); `kinds` are the kinds of benchmark the limits apply to (a benchmark's own, or every kind of
 * the suite for the top level), one of which must measure each metric.
 */
export function parseLimits(
  value: unknown,
  keyPath: string,
  at: (keyPath: string) => string,
  kinds: readonly BenchmarkKind[],
): Record<string, LimitConfig> {
  if (!isMapping(value)) {
    throw new ConfigError(`${at(keyPath)}: expected a mapping of metric → limit like { p99: 2ms, throughput: 10k/s }, got ${describeValue(value)}`);
  }
  const out: Record<string, LimitConfig> = {};
  for (const [name, limit] of Object.entries(value)) {
    const path = joinKey(keyPath, name);
    const metric = findLimitable(name);
    if (!metric) throw new ConfigError(`${at(path)}: ${unknownLimitMetric(name)}`);
    const unmeasured = notMeasured(metric, kinds, keyPath === 'limits');
    if (unmeasured !== undefined) throw new ConfigError(`${at(path)}: ${unmeasured}`);
    setOwn(out, name, parseLimitValue(limit, metric, at(path)));
  }
  return out;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON Schema pattern of a written limit of a family (the loader also refuses zero). */
export function limitPattern(family: UnitFamily): string {
  switch (family) {
    case 'duration':
      return '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*(ns|us|µs|μs|ms|s)\\s*$';
    case 'size':
      return '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*([kKmMgGtT]?[iI]?[bB])\\s*$';
    case 'rate':
      return '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*[kKMG]?\\s*(ops?|operations)?\\s*/\\s*(s|sec|second)\\s*$';
  }
}
