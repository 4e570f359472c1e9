// Loading and validating perf-gate.yml / perf-gate.json into the normalised `Config`. Every problem
// is one ConfigError line: `<file>: <key path>: <what was expected>, got <what was there>`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigError } from '../core/errors.ts';
import { NATIVE_METRIC_NAMES, nativeMetric } from '../core/metrics.ts';
import { RESOURCE_METRIC_NAMES, resourceMetric, resourceNamesFor } from '../core/resources.ts';
import { setOwn } from '../core/own.ts';
import type {
  AbConfig,
  BenchmarkConfig,
  CommandBenchmarkConfig,
  Config,
  FileBenchmarkConfig,
  ImportBenchmarkConfig,
  LimitConfig,
  PolicyConfig,
  RunSettings,
} from './types.ts';
import {
  AB_KEYS,
  BENCHMARK_KINDS,
  DEFAULTS,
  DIRECTIONS,
  IMPORT_KEYS,
  POLICY_KEYS,
  POLICY_NAMES,
  benchmarkKeyNames,
  keyDef,
  keysFor,
  type BenchmarkKindName,
  type KeyDef,
} from './schema.ts';
import { parseLimits } from './limits.ts';
import { describeValue, nearest, parseConfidence, parseDuration, parseInteger, parseThreshold } from './values.ts';

export { parseDuration, parseThreshold } from './values.ts';

export interface ConfigOverrides {
  /** CLI `--threshold` / Action input: replaces the top-level threshold. */
  threshold?: string | number;
  /** Where `threshold` came from, as messages name it (default `--threshold`; the Action: `input threshold`). */
  thresholdSource?: string;
}

/** Names looked for, in order, when no config path is given. */
export const DEFAULT_CONFIG_FILES = ['perf-gate.yml', 'perf-gate.yaml', 'perf-gate.json'] as const;

/** The first default config file present in `dir`, else `perf-gate.yml` there (so the error names it). */
export function findConfig(dir: string): string {
  for (const name of DEFAULT_CONFIG_FILES) {
    const candidate = nodePath.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return nodePath.join(dir, DEFAULT_CONFIG_FILES[0]);
}

/** Top-level keys with this prefix are ignored: a place for YAML anchors (`x-common: &common`). */
export const EXTENSION_PREFIX = 'x-';
const MODULE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];
const RUN_SETTING_KEYS = ['forks', 'time', 'iterations', 'warmupTime', 'warmup', 'runs', 'timeout', 'maxExtraForks'] as const;
type RunSettingKey = (typeof RUN_SETTING_KEYS)[number];

export interface LoadOptions {
  /** Directory a relative `path` resolves against (default: the process's working directory). */
  cwd?: string;
}

/**
 * Reads and validates a config file (YAML for .yml/.yaml, JSON for .json). Messages name the file as
 * the user would: a relative `path` as given, an absolute one relative to `cwd` when inside it.
 * Relative paths inside the config resolve against the config file's directory. Without a `path`,
 * the first of DEFAULT_CONFIG_FILES in `cwd` (see findConfig).
 */
export function loadConfig(given: string | undefined, overrides: ConfigOverrides = {}, options: LoadOptions = {}): Config {
  const threshold = overrideThreshold(overrides);
  const base = options.cwd ?? process.cwd();
  const path = given ?? nodePath.relative(base, findConfig(base));
  const abs = nodePath.resolve(base, path);
  const label = displayPath(path, abs, base);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ConfigError(`config file not found: ${label} (create perf-gate.yml or pass --config FILE)`);
    }
    if (code === 'EISDIR') throw new ConfigError(`${label}: is a directory, expected a config file (.yml, .yaml or .json)`);
    throw new ConfigError(`${label}: cannot read the config file (${code ?? String(err)})`);
  }
  return parseWith(text, abs, label, threshold);
}

function displayPath(given: string, abs: string, base: string): string {
  if (!nodePath.isAbsolute(given)) return given;
  const rel = nodePath.relative(base, abs);
  return rel && !rel.startsWith('..') && !nodePath.isAbsolute(rel) ? rel : abs;
}

/**
 * Validates config text as if read from `path` (the extension picks YAML or JSON; `path` is the name
 * in messages and, resolved against the working directory, the base of relative paths; benchmark
 * files are checked on disk).
 */
export function parseConfigText(text: string, path: string, overrides: ConfigOverrides = {}): Config {
  return parseWith(text, nodePath.resolve(path), path, overrideThreshold(overrides));
}

function overrideThreshold(overrides: ConfigOverrides): number | undefined {
  return overrides.threshold === undefined ? undefined : parseThreshold(overrides.threshold, overrides.thresholdSource ?? '--threshold');
}

function parseWith(text: string, abs: string, label: string, thresholdOverride: number | undefined): Config {
  return normalise(parseText(text, label), abs, label, thresholdOverride);
}

// ---------------------------------------------------------------------------------------------
// Text → plain data

function parseText(text: string, label: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = nodePath.extname(label).toLowerCase();
  if (ext === '.json') return parseJson(text, label);
  if (ext === '.yml' || ext === '.yaml') return parseYaml(text, label);
  throw new ConfigError(`${label}: unsupported config file type "${ext || '(none)'}" (use .yml, .yaml or .json)`);
}

function parseYaml(text: string, label: string): unknown {
  const doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const where = pos ? `${label}:${pos.line}:${pos.col}` : label;
    throw new ConfigError(`${where}: YAML syntax error: ${shortReason(err.message)}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Unresolved aliases, alias bombs: rare, and the library names the problem.
    throw new ConfigError(`${label}: YAML error: ${shortReason(e instanceof Error ? e.message : String(e))}`);
  }
}

function shortReason(message: string): string {
  const first = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  return first.replace(/[.:]$/, '');
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    let where = label;
    const pos = /at position (\d+)/.exec(message);
    if (pos) {
      const { line, col } = lineCol(text, Number(pos[1]));
      where = `${label}:${line}:${col}`;
    } else if (/end of JSON input/i.test(message)) {
      const { line, col } = lineCol(text, text.length);
      where = `${label}:${line}:${col}`;
    }
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/,? ?(in JSON )?at position \d+/, '').trim();
    throw new ConfigError(`${where}: JSON syntax error: ${reason}`);
  }
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// Plain data → Config

type Obj = Record<string, unknown>;

interface Ctx {
  label: string;
  dir: string;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function at(ctx: Ctx, keyPath: string): string {
  return keyPath ? `${ctx.label}: ${keyPath}` : ctx.label;
}

function join(prefix: string, key: string): string {
  const k = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  if (!prefix) return k;
  return /^[A-Za-z_$]/.test(k) ? `${prefix}.${k}` : `${prefix}[${k}]`;
}

function fail(ctx: Ctx, keyPath: string, message: string): never {
  throw new ConfigError(`${at(ctx, keyPath)}: ${message}`);
}

function normalise(raw: unknown, abs: string, label: string, thresholdOverride: number | undefined): Config {
  const ctx: Ctx = { label, dir: nodePath.dirname(abs) };
  if (raw === null || raw === undefined) {
    fail(ctx, '', 'the config is empty: it needs at least a benchmarks list (see perf-gate.schema.json)');
  }
  if (!isObj(raw)) fail(ctx, '', `expected a mapping of settings with a benchmarks list, got ${describeValue(raw)}`);

  checkGlobalKeys(ctx, raw);

  const threshold = raw.threshold === undefined ? DEFAULTS.threshold : parseThreshold(raw.threshold, at(ctx, 'threshold'));
  const metricThresholds = raw.thresholds === undefined ? {} : parseThresholds(ctx, raw.thresholds, 'thresholds', true);
  const metrics = raw.metrics === undefined ? [...DEFAULTS.metrics] : parseMetrics(ctx, raw.metrics, 'metrics', true);
  const globalSettings = parseSettings(ctx, raw, '');
  const policy = parsePolicy(ctx, raw.policy);
  const budget = raw.budget === undefined ? DEFAULTS.budget : parseDuration(raw.budget, at(ctx, 'budget'), { allowZero: true });
  const passEnv = raw.passEnv === undefined ? undefined : parseEnvNames(ctx, raw.passEnv, 'passEnv');
  const ab = parseAb(ctx, raw.ab);
  if (raw.profile !== undefined && typeof raw.profile !== 'boolean') fail(ctx, 'profile', `expected true or false, got ${describeValue(raw.profile)}`);
  const profile = typeof raw.profile === 'boolean' ? raw.profile : true;

  if (raw.benchmarks === undefined) fail(ctx, 'benchmarks', 'required: a non-empty list of benchmarks');
  if (!Array.isArray(raw.benchmarks) || raw.benchmarks.length === 0) {
    fail(ctx, 'benchmarks', `expected a non-empty list of benchmarks, got ${describeValue(raw.benchmarks)}`);
  }
  const benchmarks = raw.benchmarks.map((b, i) => parseBenchmark(ctx, b, i, globalSettings));

  // After the benchmarks: a top-level limit must be on a metric some benchmark of the suite measures.
  const limits =
    raw.limits === undefined ? undefined : parseLimits(raw.limits, 'limits', (keyPath) => at(ctx, keyPath), benchmarks.map((b) => b.kind));

  const seen = new Map<string, number>();
  benchmarks.forEach((b, i) => {
    const first = seen.get(b.name);
    if (first !== undefined) {
      fail(ctx, `benchmarks[${i}].name`, `duplicate benchmark name ${JSON.stringify(b.name)} (also benchmarks[${first}])`);
    }
    seen.set(b.name, i);
  });

  // Custom metric names at the top level only make sense for import benchmarks.
  const isNative = (m: string) => MEASURED_METRIC_NAMES.includes(m);
  metrics.forEach((m, j) => {
    const unmeasured = notMeasuredForCommands(m);
    const commandInheritor = unmeasured === undefined ? -1 : benchmarks.findIndex((b) => b.kind === 'command' && b.metrics === undefined);
    const command = benchmarks[commandInheritor];
    if (command) {
      fail(ctx, `metrics[${j}]`, `${unmeasured ?? m}; benchmarks[${commandInheritor}] (${JSON.stringify(command.name)}, a command benchmark) gates on this list: give it a metrics list of its own`);
    }
    if (isNative(m)) return;
    const inheritor = benchmarks.findIndex((b) => b.kind !== 'import' && b.metrics === undefined);
    const b = benchmarks[inheritor];
    if (b) {
      fail(
        ctx,
        `metrics[${j}]`,
        `${unknownMetric(m)}; custom metric names are allowed only for import benchmarks, and benchmarks[${inheritor}] (${JSON.stringify(b.name)}, a ${b.kind} benchmark) gates on this list`,
      );
    }
  });
  if (!benchmarks.some((b) => b.kind === 'import')) {
    for (const m of Object.keys(metricThresholds)) {
      if (!isNative(m)) fail(ctx, join('thresholds', m), `${unknownMetric(m)}; custom metric names are allowed only with import benchmarks`);
    }
  }

  const config: Config = {
    path: abs,
    dir: ctx.dir,
    threshold: thresholdOverride ?? threshold,
    metricThresholds,
    metrics,
    ...(limits ? { limits } : {}),
    policy,
    budget,
    benchmarks,
    ...(passEnv ? { passEnv } : {}),
    ab,
    profile,
    hash: '',
  };
  config.hash = configHash(config);
  return config;
}

// --- keys ---------------------------------------------------------------------------------

function unknownKey(ctx: Ctx, keyPath: string, key: string, candidates: readonly string[]): never {
  const guess = nearest(key, candidates);
  const hint = guess ? `did you mean ${JSON.stringify(guess)}?` : `valid keys: ${candidates.join(', ')}`;
  fail(ctx, keyPath, `unknown key (${hint})`);
}

function checkGlobalKeys(ctx: Ctx, raw: Obj): void {
  const allowed = keysFor('global').map((k) => k.key);
  for (const key of Object.keys(raw)) {
    if (allowed.includes(key) || key.startsWith(EXTENSION_PREFIX)) continue;
    if (keyDef(key)) fail(ctx, key, 'only allowed in a benchmark entry (under benchmarks:)');
    unknownKey(ctx, key, key, allowed);
  }
}

function checkBenchmarkKeys(ctx: Ctx, b: Obj, prefix: string): void {
  const present = BENCHMARK_KINDS.filter((k) => b[k] !== undefined);
  const benchKeys = benchmarkKeyNames();
  // Suggest among the keys of this kind first, so `rusn` in a file benchmark is not sent to `runs`.
  const [only, ...others] = present;
  const preferred = only !== undefined && others.length === 0 ? keysFor(only).map((k) => k.key) : benchKeys;
  for (const key of Object.keys(b)) {
    if (benchKeys.includes(key)) continue;
    const def = keyDef(key);
    if (def) fail(ctx, join(prefix, key), 'only allowed at the top level, not in a benchmark');
    const guess = nearest(key, preferred) ?? nearest(key, benchKeys);
    if (!guess && present.length === 0) {
      fail(ctx, join(prefix, key), `unknown key (a benchmark takes exactly one of file, command or import; valid keys: ${benchKeys.join(', ')})`);
    }
    unknownKey(ctx, join(prefix, key), key, guess ? [guess] : preferred);
  }
}

function checkKindKeys(ctx: Ctx, b: Obj, prefix: string, kind: BenchmarkKindName): void {
  for (const key of Object.keys(b)) {
    const def = keyDef(key) as KeyDef;
    if (def.places.includes(kind)) continue;
    if (kind === 'import') {
      fail(ctx, join(prefix, key), 'not used by import benchmarks (perf-gate does not measure them; their numbers come from the imported file)');
    }
    const kinds = def.places.filter((p) => p !== 'global');
    fail(ctx, join(prefix, key), `only for ${kinds.join(' and ')} benchmarks (this is a ${kind} benchmark)`);
  }
}

// --- values -------------------------------------------------------------------------------

/** What perf-gate measures itself: the latency metrics and the resource metrics. */
const MEASURED_METRIC_NAMES: readonly string[] = [...NATIVE_METRIC_NAMES, ...RESOURCE_METRIC_NAMES];

function measuredMetric(name: string): { direction: 'lower' | 'higher'; label: string } | undefined {
  return nativeMetric(name) ?? resourceMetric(name);
}

/** Why a command benchmark cannot gate `metric` here (a resource its shell cannot report); else undefined. */
function notMeasuredForCommands(metric: string): string | undefined {
  if (resourceMetric(metric) === undefined) return undefined;
  const measured = resourceNamesFor('command', process.platform);
  if (measured.some((name) => name === metric)) return undefined;
  const instead = measured.length > 0 ? ` (command benchmarks get ${measured.join(', ')})` : '';
  return `${metric}: not measured for commands on this platform${instead}`;
}

function unknownMetric(name: string): string {
  const guess = nearest(name, MEASURED_METRIC_NAMES);
  return `unknown metric ${JSON.stringify(name)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; valid metrics: ${MEASURED_METRIC_NAMES.join(', ')}`;
}

function parseMetricName(ctx: Ctx, value: unknown, keyPath: string, allowCustom: boolean): string {
  if (typeof value !== 'string' || value.trim() === '') fail(ctx, keyPath, `expected a metric name, got ${describeValue(value)}`);
  if (value === '__proto__') fail(ctx, keyPath, 'expected a metric name, got the reserved name "__proto__"');
  if (!allowCustom && !MEASURED_METRIC_NAMES.includes(value)) fail(ctx, keyPath, unknownMetric(value));
  return value;
}

function parseMetrics(ctx: Ctx, value: unknown, keyPath: string, allowCustom: boolean): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    fail(ctx, keyPath, `expected a non-empty list of metric names like [p50, p99, throughput], got ${describeValue(value)}`);
  }
  const out: string[] = [];
  value.forEach((v, i) => {
    const name = parseMetricName(ctx, v, `${keyPath}[${i}]`, allowCustom);
    if (out.includes(name)) fail(ctx, `${keyPath}[${i}]`, `duplicate metric ${JSON.stringify(name)}`);
    out.push(name);
  });
  return out;
}

function parseThresholds(ctx: Ctx, value: unknown, keyPath: string, allowCustom: boolean): Record<string, number> {
  if (!isObj(value)) fail(ctx, keyPath, `expected a mapping of metric → threshold like { p99: 20% }, got ${describeValue(value)}`);
  const out: Record<string, number> = {};
  for (const [metric, t] of Object.entries(value)) {
    const path = join(keyPath, metric);
    parseMetricName(ctx, metric, path, allowCustom);
    setOwn(out, metric, parseThreshold(t, at(ctx, path)));
  }
  return out;
}

function parseDirections(ctx: Ctx, value: unknown, keyPath: string, allowCustom: boolean): Record<string, 'lower' | 'higher'> {
  if (!isObj(value)) fail(ctx, keyPath, `expected a mapping of metric → lower | higher, got ${describeValue(value)}`);
  const out: Record<string, 'lower' | 'higher'> = {};
  for (const [metric, d] of Object.entries(value)) {
    const path = join(keyPath, metric);
    parseMetricName(ctx, metric, path, allowCustom);
    if (d !== 'lower' && d !== 'higher') fail(ctx, path, `expected ${DIRECTIONS.join(' or ')} (which way is better), got ${describeValue(d)}`);
    // A native metric's direction is part of its meaning: a throughput is never lower-is-better.
    const native = measuredMetric(metric);
    if (native && native.direction !== d) fail(ctx, path, `${metric} is always ${native.direction}-is-better (${native.label}); directions are for custom metrics`);
    setOwn(out, metric, d);
  }
  return out;
}

function parseSetting(ctx: Ctx, key: RunSettingKey, value: unknown, keyPath: string): number {
  const def = keyDef(key) as KeyDef;
  const where = at(ctx, keyPath);
  switch (def.type) {
    case 'duration':
      return parseDuration(value, where);
    case 'durationOrZero':
      return parseDuration(value, where, { allowZero: true });
    default:
      return parseInteger(value, where, def.min ?? 0);
  }
}

/** The run settings given in `obj` (top level or a benchmark), parsed; absent ones are left out. */
function parseSettings(ctx: Ctx, obj: Obj, prefix: string): Partial<RunSettings> {
  const out: Partial<RunSettings> = {};
  for (const key of RUN_SETTING_KEYS) {
    if (obj[key] !== undefined) out[key] = parseSetting(ctx, key, obj[key], join(prefix, key));
  }
  return out;
}

function parsePolicy(ctx: Ctx, value: unknown): PolicyConfig {
  const policy: PolicyConfig = { ...DEFAULTS.policy };
  if (value === undefined) return policy;
  const parseName = (v: unknown, keyPath: string): PolicyConfig['name'] => {
    if (v === 'noise' || v === 'percentage') return v;
    const guess = typeof v === 'string' ? nearest(v, POLICY_NAMES) : undefined;
    fail(ctx, keyPath, `expected ${POLICY_NAMES.join(' or ')}, got ${describeValue(v)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`);
  };
  if (typeof value === 'string') {
    policy.name = parseName(value, 'policy');
    return policy;
  }
  if (!isObj(value)) fail(ctx, 'policy', `expected ${POLICY_NAMES.join(' or ')}, or a mapping { name, confidence, failOnInconclusive, shownFraction }, got ${describeValue(value)}`);
  const allowed = POLICY_KEYS.map((k) => k.key as string);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) unknownKey(ctx, join('policy', key), key, allowed);
  }
  if (value.name !== undefined) policy.name = parseName(value.name, 'policy.name');
  if (value.confidence !== undefined) policy.confidence = parseConfidence(value.confidence, at(ctx, 'policy.confidence'));
  if (value.failOnInconclusive !== undefined) {
    if (typeof value.failOnInconclusive !== 'boolean') fail(ctx, 'policy.failOnInconclusive', `expected true or false, got ${describeValue(value.failOnInconclusive)}`);
    policy.failOnInconclusive = value.failOnInconclusive;
  }
  if (value.shownFraction !== undefined) {
    const f = value.shownFraction;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0 || f >= 1) {
      fail(ctx, 'policy.shownFraction', `expected a number from 0 up to (not including) 1, such as 0.5, got ${describeValue(f)}`);
    }
    policy.shownFraction = f;
  }
  return policy;
}

function parseAb(ctx: Ctx, value: unknown): AbConfig {
  const ab: AbConfig = { ...DEFAULTS.ab };
  if (value === undefined) return ab;
  if (!isObj(value)) fail(ctx, 'ab', `expected a mapping { setup, pairs, budget, setupTimeout }, got ${describeValue(value)}`);
  const allowed = AB_KEYS.map((k) => k.key as string);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) unknownKey(ctx, join('ab', key), key, allowed);
  }
  if (value.setup !== undefined) ab.setup = nonEmptyString(ctx, value.setup, 'ab.setup', 'a shell command');
  if (value.pairs !== undefined) ab.pairs = parseInteger(value.pairs, at(ctx, 'ab.pairs'), 2);
  if (value.budget !== undefined) ab.budget = parseDuration(value.budget, at(ctx, 'ab.budget'), { allowZero: true });
  if (value.setupTimeout !== undefined) ab.setupTimeout = parseDuration(value.setupTimeout, at(ctx, 'ab.setupTimeout'));
  return ab;
}

function nonEmptyString(ctx: Ctx, value: unknown, keyPath: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(ctx, keyPath, `expected ${what}, got ${describeValue(value)}`);
  return value;
}

function parseName(ctx: Ctx, b: Obj, prefix: string): string {
  const keyPath = join(prefix, 'name');
  if (b.name === undefined) fail(ctx, keyPath, 'required: a unique name for the benchmark');
  const name = nonEmptyString(ctx, b.name, keyPath, 'a non-empty name');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) fail(ctx, keyPath, `expected a name on one line without control characters, got ${JSON.stringify(name)}`);
  return name;
}

function parseKind(ctx: Ctx, b: Obj, prefix: string, name: string): BenchmarkKindName {
  const present = BENCHMARK_KINDS.filter((k) => b[k] !== undefined);
  const [only, ...others] = present;
  if (only !== undefined && others.length === 0) return only;
  if (present.length === 0) {
    fail(ctx, prefix, `benchmark ${JSON.stringify(name)} has no kind: give exactly one of file (a JS/TS module), command (a shell command) or import ({ format, file })`);
  }
  fail(ctx, prefix, `benchmark ${JSON.stringify(name)} has ${present.join(' and ')}: give exactly one of file, command or import`);
}

function parseModulePath(ctx: Ctx, value: unknown, keyPath: string): string {
  const rel = nonEmptyString(ctx, value, keyPath, 'the path of a JS/TS module');
  const abs = nodePath.resolve(ctx.dir, rel);
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    fail(ctx, keyPath, `file not found: ${rel}`);
  }
  if (stat.isDirectory()) fail(ctx, keyPath, `is a directory, expected a module file: ${rel}`);
  if (!MODULE_EXTENSIONS.includes(nodePath.extname(abs).toLowerCase())) {
    fail(ctx, keyPath, `expected a JS or TS module (${MODULE_EXTENSIONS.join(', ')}), got ${JSON.stringify(rel)}`);
  }
  return abs;
}

function parseDirectory(ctx: Ctx, value: unknown, keyPath: string): string {
  const rel = nonEmptyString(ctx, value, keyPath, 'a directory path');
  const abs = nodePath.resolve(ctx.dir, rel);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    fail(ctx, keyPath, `directory not found: ${rel}`);
  }
  if (!isDir) fail(ctx, keyPath, `not a directory: ${rel}`);
  return abs;
}

function parseEnv(ctx: Ctx, value: unknown, keyPath: string): Record<string, string> {
  if (!isObj(value)) fail(ctx, keyPath, `expected a mapping of variable name → value, got ${describeValue(value)}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const path = join(keyPath, k);
    if (k === '' || k === '__proto__' || k.includes('=') || k.includes('\0')) fail(ctx, path, `invalid environment variable name ${JSON.stringify(k)}`);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else fail(ctx, path, `expected a string value, got ${describeValue(v)}`);
  }
  return out;
}

function parseEnvNames(ctx: Ctx, value: unknown, keyPath: string): string[] {
  if (!Array.isArray(value)) fail(ctx, keyPath, `expected a list of environment variable names, got ${describeValue(value)}`);
  return value.map((v, i) => {
    if (typeof v !== 'string' || v === '' || v.includes('=') || v.includes('\0')) {
      fail(ctx, `${keyPath}[${i}]`, `expected an environment variable name, got ${typeof v === 'string' ? JSON.stringify(v) : describeValue(v)}`);
    }
    return v;
  });
}

function parseImport(ctx: Ctx, value: unknown, keyPath: string): { format: string; file: string } {
  if (!isObj(value)) fail(ctx, keyPath, `expected a mapping { format, file }, got ${describeValue(value)}`);
  const allowed = IMPORT_KEYS.map((k) => k.key as string);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) unknownKey(ctx, join(keyPath, key), key, allowed);
  }
  if (value.format === undefined) fail(ctx, join(keyPath, 'format'), "required: the tool's output format");
  if (value.file === undefined) fail(ctx, join(keyPath, 'file'), "required: the path (or glob) of the tool's output, relative to the config file");
  return {
    format: nonEmptyString(ctx, value.format, join(keyPath, 'format'), 'a format name'),
    file: nonEmptyString(ctx, value.file, join(keyPath, 'file'), 'a path or glob'),
  };
}

function parseBenchmark(ctx: Ctx, b: unknown, index: number, global: Partial<RunSettings>): BenchmarkConfig {
  const prefix = `benchmarks[${index}]`;
  if (!isObj(b)) fail(ctx, prefix, `expected a mapping with a name and one of file, command or import, got ${describeValue(b)}`);
  checkBenchmarkKeys(ctx, b, prefix);
  const name = parseName(ctx, b, prefix);
  const kind = parseKind(ctx, b, prefix, name);
  checkKindKeys(ctx, b, prefix, kind);

  const custom = kind === 'import';
  const base: {
    name: string;
    threshold?: number;
    metricThresholds?: Record<string, number>;
    metrics?: string[];
    directions?: Record<string, 'lower' | 'higher'>;
    limits?: Record<string, LimitConfig>;
  } = { name };
  // Sources first, so a missing file is reported before a bad override.
  let source: Pick<FileBenchmarkConfig, 'file'> | Pick<CommandBenchmarkConfig, 'command' | 'cwd' | 'env'> | Pick<ImportBenchmarkConfig, 'format' | 'file'>;
  if (kind === 'file') source = { file: parseModulePath(ctx, b.file, join(prefix, 'file')) };
  else if (kind === 'command') {
    source = {
      command: nonEmptyString(ctx, b.command, join(prefix, 'command'), 'a shell command'),
      cwd: b.cwd === undefined ? ctx.dir : parseDirectory(ctx, b.cwd, join(prefix, 'cwd')),
      env: b.env === undefined ? {} : parseEnv(ctx, b.env, join(prefix, 'env')),
    };
  } else source = parseImport(ctx, b.import, join(prefix, 'import'));
  const passEnv = b.passEnv === undefined ? undefined : parseEnvNames(ctx, b.passEnv, join(prefix, 'passEnv'));

  if (b.threshold !== undefined) base.threshold = parseThreshold(b.threshold, at(ctx, join(prefix, 'threshold')));
  if (b.thresholds !== undefined) base.metricThresholds = parseThresholds(ctx, b.thresholds, join(prefix, 'thresholds'), custom);
  if (b.metrics !== undefined) base.metrics = parseMetrics(ctx, b.metrics, join(prefix, 'metrics'), custom);
  if (kind === 'command') {
    base.metrics?.forEach((m, j) => {
      const unmeasured = notMeasuredForCommands(m);
      if (unmeasured !== undefined) fail(ctx, `${join(prefix, 'metrics')}[${j}]`, unmeasured);
    });
  }
  if (b.directions !== undefined) base.directions = parseDirections(ctx, b.directions, join(prefix, 'directions'), custom);
  if (b.limits !== undefined) base.limits = parseLimits(b.limits, join(prefix, 'limits'), (keyPath) => at(ctx, keyPath), [kind]);

  const own = parseSettings(ctx, b, prefix);
  const settings: RunSettings = {
    forks: own.forks ?? global.forks ?? DEFAULTS.forks,
    time: own.time ?? global.time ?? DEFAULTS.time,
    iterations: own.iterations ?? global.iterations ?? DEFAULTS.iterations,
    warmupTime: own.warmupTime ?? global.warmupTime ?? DEFAULTS.warmupTime,
    warmup: own.warmup ?? global.warmup ?? DEFAULTS.warmup[kind],
    runs: own.runs ?? global.runs ?? DEFAULTS.runs,
    timeout: own.timeout ?? global.timeout ?? DEFAULTS.timeout,
    maxExtraForks: own.maxExtraForks ?? global.maxExtraForks ?? DEFAULTS.maxExtraForks,
  };
  return { ...base, kind, ...source, ...(passEnv ? { passEnv } : {}), settings } as BenchmarkConfig;
}

// ---------------------------------------------------------------------------------------------
// Effective values (the precedence the schema documents)

// ---------------------------------------------------------------------------------------------
// Hash

/** JSON with object keys sorted at every level: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObj(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  // JSON.stringify's type says string; it returns undefined for undefined, functions and symbols.
  const text = JSON.stringify(value) as string | undefined;
  return text ?? 'null';
}

/** Run settings that change what a benchmark of a kind measures (not timeouts or adaptive extras). */
const HASHED_SETTINGS: Record<BenchmarkKindName, readonly RunSettingKey[]> = {
  file: ['forks', 'time', 'iterations', 'warmupTime', 'warmup'],
  command: ['forks', 'warmup', 'runs'],
  import: [],
};

function relPosix(dir: string, abs: string): string {
  const rel = nodePath.relative(dir, abs);
  return rel === '' ? '.' : rel.split(nodePath.sep).join('/');
}

/**
 * sha256 (hex) identifying the measured suite: for each benchmark (sorted by name) its name, kind,
 * source (paths relative to the config directory, in / form) and the run settings that shape its
 * samples. Deliberately left out: thresholds, gated metrics, directions, policy, budget, timeout
 * and maxExtraForks. They change how results are judged or how long perf-gate waits, not what is
 * measured, so tuning them neither warns about nor orphans an existing baseline. `hashVersion`
 * changes when perf-gate itself changes what the same config measures (2: each task of a file runs
 * in processes of its own, no longer beside its neighbours), so older runs are flagged as such.
 */
export function configHash(config: Config): string {
  const benchmarks = [...config.benchmarks]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((b) => {
      const settings: Record<string, number> = {};
      for (const k of HASHED_SETTINGS[b.kind]) settings[k] = b.settings[k];
      if (b.kind === 'file') return { name: b.name, kind: b.kind, file: relPosix(config.dir, b.file), settings };
      if (b.kind === 'command') {
        return { name: b.name, kind: b.kind, command: b.command, cwd: relPosix(config.dir, b.cwd), env: b.env, settings };
      }
      return { name: b.name, kind: b.kind, format: b.format, file: b.file.split('\\').join('/') };
    });
  return createHash('sha256').update(canonicalJson({ hashVersion: 2, benchmarks })).digest('hex');
}

/** The keys this loader reads; a test checks it equals the key table (KEYS in schema.ts). */
export const HANDLED_KEYS: ReadonlySet<string> = new Set<string>([
  'threshold', 'thresholds', 'metrics', ...RUN_SETTING_KEYS, 'policy', 'ab', 'budget', 'benchmarks',
  'name', 'file', 'command', 'import', 'cwd', 'env', 'passEnv', 'directions', 'limits', 'profile',
]);
