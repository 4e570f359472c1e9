// Shared pieces of the importers: reading and recognising a file, unit normalisation, metric
// naming, and turning raw samples or a tool's aggregates into perf-gate metrics. Pure except
// `readInput`, the one place that touches the file system.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { NATIVE_METRICS, directionFromUnit, nativeMetric, type Moment } from '../core/metrics.ts';
import { InputError } from '../core/errors.ts';
import { setOwn } from '../core/own.ts';
import type { BenchmarkResult, Direction, MetricValue } from '../core/types.ts';
import { forkStatsFrom, reduceForks } from '../stats/forks.ts';
import { supportsQuantile } from '../stats/quantile.ts';

// The one median of the project, for the formats that take the middle of their repetitions.
export { median } from '../stats/quantile.ts';
import { reservoir } from '../stats/reservoir.ts';
import { summarizeLatencies } from '../stats/summary.ts';

/** What a format module receives: the file's text and how to name it in messages. */
export interface ImportInput {
  /** Path as given (stored in `source.file`). */
  file: string;
  /** Short name for error messages. */
  label: string;
  text: string;
}

/** One importer: a pure parser from a file's text to benchmarks. */
export interface Importer {
  name: string;
  /** One line for docs and `--help`: the command that produces the input. */
  produces: string;
  parse(input: ImportInput): BenchmarkResult[];
}

export function readInput(file: string): ImportInput {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read');
    throw new InputError(`${file}: cannot read the file to import (${why})`);
  }
  return { file, label: basename(file), text };
}

/**
 * What a text looks like, for "found …" in a message, without quoting any of it: the file given may
 * be the wrong one, even a secret (a key file, a .env), and messages end up in CI logs.
 */
export function describeText(text: string): string {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.length === 0) return 'an empty file';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(t.slice(0, 512))) return 'binary data';
  if (t.startsWith('<')) return 'XML or HTML';
  if (t.startsWith('{') || t.startsWith('[')) return 'JSON';
  const lines = t.trimEnd().split('\n').length;
  return `${lines} line${lines === 1 ? '' : 's'} of other text`;
}

/** The shape of a JSON value for "found …" in a message; never its content or key names. */
export function describeJson(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const n = Object.keys(value).length;
    return n === 0 ? 'an empty object' : `an object with ${n} key${n === 1 ? '' : 's'}`;
  }
  return `a ${typeof value}`;
}

/**
 * A tool's own text field (an error message, a mode) for a message: strings and numbers as they are,
 * anything else by its shape, since the default stringification of an object says nothing.
 */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeJson(value);
}

/** The one-line error of a file that is not the expected format. */
export function notFormat(input: ImportInput, what: string, why: string): InputError {
  return new InputError(`${input.label}: not ${what}: ${why}`);
}

/** Parses JSON or throws the one-line "not FORMAT" error with the file's first bytes. */
export function parseJson(input: ImportInput, what: string): unknown {
  try {
    return JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch {
    throw notFormat(input, what, `not JSON (found ${describeText(input.text)})`);
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function numberArray(v: unknown): number[] | undefined {
  return Array.isArray(v) && v.every(isNumber) ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Units

const TIME_TO_NS: Record<string, number> = {
  ps: 1e-3,
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  sec: 1e9,
  second: 1e9,
  seconds: 1e9,
  min: 60e9,
  minute: 60e9,
  minutes: 60e9,
};

/** Nanoseconds per one of `unit` (a time unit), or undefined. */
export function nsPer(unit: string): number | undefined {
  return TIME_TO_NS[unit.trim()] ?? TIME_TO_NS[unit.trim().toLowerCase()];
}

export function toNs(value: number, unit: string, where: () => string): number {
  const f = nsPer(unit);
  if (f === undefined) throw new InputError(`${where()}: unknown time unit "${unit}" (expected ns, us, ms or s)`);
  return value * f;
}

const BYTES: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/**
 * Normalises a value and its unit: time (per op) → ns, operations per time → ops/s, bytes → B,
 * bytes per time → B/s. Other units are kept as the tool says (a rate `x/ms` becomes `x/s`).
 */
export function normaliseUnit(value: number, unit: string): { value: number; unit: string } {
  const u = unit.trim();
  const [num, den, ...rest] = u.split('/').map((p) => p.trim());
  if (rest.length === 0 && num !== undefined) {
    const timeNum = nsPer(num);
    if (den === undefined) {
      if (timeNum !== undefined) return { value: value * timeNum, unit: 'ns' };
      const b = BYTES[num.toLowerCase()];
      if (b !== undefined) return { value: value * b, unit: 'B' };
      return { value, unit: u };
    }
    const perOp = /^(op|ops|iter|iteration|call|invocation|it)$/i.test(den);
    if (timeNum !== undefined && perOp) return { value: value * timeNum, unit: 'ns' };
    const timeDen = nsPer(den === 'sec' ? 's' : den);
    if (timeDen !== undefined) {
      const perSecond = value * (1e9 / timeDen);
      if (/^(op|ops|operations?)$/i.test(num)) return { value: perSecond, unit: 'ops/s' };
      const b = BYTES[num.toLowerCase()];
      if (b !== undefined) return { value: perSecond * b, unit: 'B/s' };
      return { value: perSecond, unit: `${num}/s` };
    }
    const b = BYTES[num.toLowerCase()];
    if (b !== undefined && perOp) return { value: value * b, unit: 'B' };
  }
  return { value, unit: u };
}

/**
 * The metric name of an extra tool metric, derived from its unit: `B/op` → `bytes_per_op`,
 * `allocs/op` → `allocs_per_op`, `MB/s` → `bytes_per_second`, `fields/op` → `fields_per_op`.
 */
export function metricNameFromUnit(unit: string): string {
  const words = unit
    .trim()
    .split('/')
    .map((p) => {
      const w = p.trim();
      if (BYTES[w.toLowerCase()] !== undefined) return 'bytes';
      if (/^(s|sec|second)$/.test(w)) return 'second';
      return w;
    });
  return sanitiseMetricName(words.join('_per_'));
}

export function sanitiseMetricName(name: string): string {
  return name
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/[^A-Za-z0-9.]+/g, '_')
    .replace(/_+$/, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Directions and metrics

/**
 * Direction of a metric: native metrics keep theirs (p50 lower, throughput higher), others follow
 * their unit (`directionFromUnit`); a unit that says nothing defaults to lower-is-better.
 */
export function directionOf(metric: string, unit: string): Direction {
  return nativeMetric(metric)?.direction ?? directionFromUnit(unit) ?? 'lower';
}

export function metric(name: string, value: number, unit: string, extra: Partial<MetricValue> = {}): MetricValue {
  return { value, unit, direction: directionOf(name, unit), ...extra };
}

/**
 * Latency samples (ns) per fork → the native metrics, reservoir and per-fork statistics.
 * `durationsMs`: measuring time of each fork when the tool says; else the sum of its samples.
 */
export function fromSamples(perForkNs: number[][], durationsMs?: number[]): Pick<BenchmarkResult, 'metrics' | 'forkStats' | 'samples' | 'evidence'> {
  const forks = perForkNs.filter((f) => f.length > 0);
  if (forks.length === 0 || forks.length !== perForkNs.length) throw new RangeError('a fork without samples');
  const forkStats = forks.map((s, i) => {
    const summary = summarizeLatencies(s);
    let sum = 0;
    for (const x of s) sum += x;
    return forkStatsFrom(i, summary, durationsMs?.[i] ?? sum / 1e6);
  });
  const metrics = reduceForks(forkStats);
  if (forks.length === 1) for (const m of Object.values(metrics)) delete m.forks;
  return {
    metrics,
    forkStats,
    samples: { unit: 'ns', perFork: forks.map((s) => reservoir(s)) },
    evidence: 'samples',
  };
}

/**
 * Aggregates of a time-per-op measurement, all in ns: the moments a tool reports by name, and its
 * quantiles by level (each format keeps the table of its tool's own quantile names).
 */
export interface TimeAggregates extends Partial<Record<Moment, number>> {
  /** Quantile level → value: `{ 0.5: median }`. Levels the registry has no metric for are ignored. */
  quantiles?: Readonly<Record<number, number | undefined>>;
  /** Per-repetition means (ns), e.g. Go `-count` or Google Benchmark repetitions. */
  meanForks?: number[];
  /** Samples behind the aggregates, when the tool says. */
  n?: number;
}

/**
 * What a tool's summary values honestly give: each registry metric it reported, throughput derived
 * from the mean when not given, tail quantiles flagged unsupported when `n` is too small for them.
 */
export function fromTimeAggregates(a: TimeAggregates): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  const n = a.n !== undefined ? { n: a.n } : {};
  const repeated = a.meanForks !== undefined && a.meanForks.length > 1 ? a.meanForks : undefined;
  for (const def of NATIVE_METRICS) {
    let value: number | undefined;
    let forks: number[] | undefined;
    if (def.quantile !== undefined) value = a.quantiles?.[def.quantile];
    else if (def.moment === 'throughput' && a.throughput === undefined) {
      value = a.mean !== undefined && a.mean > 0 ? 1e9 / a.mean : undefined;
      forks = repeated?.map((m) => (m > 0 ? 1e9 / m : 0));
    } else {
      value = a[def.moment];
      if (def.moment === 'mean') forks = repeated;
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const m = metric(def.name, value, def.unit, { ...n });
    if (def.quantile !== undefined && a.n !== undefined) m.supported = supportsQuantile(a.n, def.quantile);
    if (forks) m.forks = forks;
    setOwn(out, def.name, m);
  }
  return out;
}

/** Adds an extra metric (unit normalised, name derived from the unit unless given). */
export function addMetric(
  metrics: Record<string, MetricValue>,
  value: number,
  rawUnit: string,
  name?: string,
  forks?: number[],
): void {
  const { value: v, unit } = normaliseUnit(value, rawUnit);
  const key = name ?? metricNameFromUnit(rawUnit);
  const m = metric(key, v, unit);
  if (forks && forks.length > 1) m.forks = forks.map((f) => normaliseUnit(f, rawUnit).value);
  setOwn(metrics, key, m);
}

export function benchmark(
  input: ImportInput,
  format: string,
  name: string,
  parts: Pick<BenchmarkResult, 'metrics'> & Partial<BenchmarkResult>,
): BenchmarkResult {
  return {
    name,
    kind: 'import',
    status: 'ok',
    evidence: 'aggregates',
    ...parts,
    source: { format, file: input.file },
  };
}


/** Makes names unique by suffixing ` #2`, ` #3`… in order of appearance. */
export function uniqueNames<T extends { name: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const it of items) {
    const k = seen.get(it.name) ?? 0;
    seen.set(it.name, k + 1);
    if (k > 0) it.name = `${it.name} #${k + 1}`;
  }
  return items;
}
