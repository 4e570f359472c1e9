// Reading, validating and writing the JSON documents (results, baseline history, report).
// Readers are strict: a document that does not have the shape we need is rejected with one line
// naming the file and the field, never half-trusted.
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DocumentError, InputError } from '../core/errors.ts';
import { nativeMetric } from '../core/metrics.ts';
import {
  BASELINE_KIND,
  RESULTS_KIND,
  SCHEMA_VERSION,
  type BaselineHistory,
  type ResultsDocument,
} from '../core/types.ts';
import { processExists } from '../core/process.ts';
import { compatibilityWarnings } from '../core/compatibility.ts';

export const DEFAULT_KEEP = 20;
/**
 * Raw-sample reservoirs are kept for the newest few runs of a history only: the verdict uses
 * per-fork values (always kept), and 20 runs × 100 benchmarks of reservoirs would make every cache
 * entry tens of megabytes.
 */
export const RUNS_WITH_SAMPLES = 3;
const KNOWN_MAJOR = SCHEMA_VERSION.split('.')[0];

/** Writes JSON to a temp file beside the target and renames it: readers never see half a file. */
export function writeJsonAtomic(path: string, value: unknown): void {
  writeTextAtomic(path, toJson(value));
}

/**
 * Indented JSON, except that arrays of numbers (samples, per-fork values) stay on one line: a
 * reservoir of 256 values would otherwise take 256 lines and three times the bytes.
 */
export function toJson(value: unknown): string {
  // Only an array opened by a line break is touched: JSON strings cannot hold a raw line break, so
  // the text of a name like "a[1,  2]" is never rewritten.
  const numbers = /\[\n\s*(-?[\d.eE+-]+(?:,\n\s*-?[\d.eE+-]+)*)\n\s*\]/g;
  return JSON.stringify(value, null, 2).replace(numbers, (_, items: string) => `[${items.replace(/,\n\s*/g, ', ')}]`) + '\n';
}

export function writeTextAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocumentError(`${path}: file not found`);
    if (code === 'EISDIR') throw new DocumentError(`${path}: is a directory, expected a JSON file`);
    throw new DocumentError(`${path}: cannot read: ${(err as Error).message}`);
  }
}

function parseJson(text: string, label: string): unknown {
  if (text.trim() === '') throw new DocumentError(`${label}: file is empty, expected a perf-gate JSON document`);
  try {
    return JSON.parse(text);
  } catch (err) {
    const reason = (err as Error).message.replace(/\s+/g, ' ');
    throw new DocumentError(`${label}: not valid JSON (truncated or corrupted?): ${reason}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkVersion(doc: Record<string, unknown>, label: string): void {
  const v = doc.schemaVersion;
  if (typeof v !== 'string' && typeof v !== 'number') {
    throw new DocumentError(`${label}: missing "schemaVersion", expected a perf-gate document`);
  }
  const major = String(v).split('.')[0];
  if (major !== KNOWN_MAJOR) {
    throw new DocumentError(
      `${label}: schemaVersion "${v}" is not supported (this perf-gate reads ${KNOWN_MAJOR}.x); upgrade perf-gate or regenerate the file`,
    );
  }
}

/** Validates a parsed results document; `where` prefixes messages (file and, in a history, the run). */
export function validateResults(value: unknown, where: string): ResultsDocument {
  if (!isObject(value)) throw new DocumentError(`${where}: expected a JSON object`);
  checkVersion(value, where);
  if (value.kind !== RESULTS_KIND) {
    throw new DocumentError(`${where}: "kind" is ${JSON.stringify(value.kind)}, expected "${RESULTS_KIND}"`);
  }
  if (!Array.isArray(value.benchmarks)) throw new DocumentError(`${where}: missing "benchmarks" array`);
  const seen = new Set<string>();
  value.benchmarks.forEach((b: unknown, i: number) => {
    const at = `${where}: benchmarks[${i}]`;
    if (!isObject(b)) throw new DocumentError(`${at}: expected an object`);
    if (typeof b.name !== 'string' || b.name === '') throw new DocumentError(`${at}.name: expected a non-empty string`);
    if (seen.has(b.name)) throw new DocumentError(`${at}.name: duplicate benchmark name ${quote(b.name)}`);
    seen.add(b.name);
    const bat = `${at} (${quote(b.name)})`;
    if (b.status !== 'ok' && b.status !== 'error') {
      throw new DocumentError(`${bat}.status: expected "ok" or "error", got ${shown(b.status)}`);
    }
    if (!isObject(b.metrics)) throw new DocumentError(`${bat}.metrics: expected an object`);
    if (b.status === 'error') return;
    for (const [metric, m] of Object.entries(b.metrics)) validateMetric(m, metric, `${bat}.metrics.${metric}`);
  });
  if (!isObject(value.git)) throw new DocumentError(`${where}: missing "git" object (may be empty: {})`);
  if (value.git.commit !== undefined && typeof value.git.commit !== 'string') {
    throw new DocumentError(`${where}: git.commit: expected a string`);
  }
  if (typeof value.createdAt !== 'string') throw new DocumentError(`${where}: missing "createdAt" string (an ISO date)`);
  if (!isObject(value.machine)) throw new DocumentError(`${where}: missing "machine" object`);
  if (typeof value.configHash !== 'string') throw new DocumentError(`${where}: missing "configHash" string`);
  return value as unknown as ResultsDocument;
}

/** A name for a message: quoted, cut short, one line. */
function quote(name: string): string {
  // eslint-disable-next-line no-control-regex
  const one = name.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return JSON.stringify(one.length > 80 ? `${one.slice(0, 79)}…` : one);
}

function shown(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return quote(v);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'bigint':
      return `${v}n`;
    case 'number':
    case 'boolean':
      return String(v);
  }
  return 'a value';
}

/**
 * One metric of a successful benchmark: a finite value, a unit and a direction that agree with the
 * metric registry (a throughput marked lower-is-better would turn every fall into an improvement),
 * and per-fork values the overall value lies among.
 */
function validateMetric(m: unknown, metric: string, mat: string): void {
  if (metric === '__proto__') throw new DocumentError(`${mat}: "__proto__" is not a metric name`);
  if (!isObject(m)) throw new DocumentError(`${mat}: expected an object with value and unit`);
  if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
    throw new DocumentError(`${mat}.value: expected a finite number, got ${shown(m.value)}`);
  }
  if (typeof m.unit !== 'string') throw new DocumentError(`${mat}.unit: expected a string`);
  if (m.direction !== 'lower' && m.direction !== 'higher') {
    throw new DocumentError(`${mat}.direction: expected "lower" or "higher"`);
  }
  const known = nativeMetric(metric);
  if (known && m.direction !== known.direction) {
    throw new DocumentError(
      `${mat}.direction: ${metric} is ${known.direction}-is-better (${known.label}), the document says ${m.direction}`,
    );
  }
  if (m.forks !== undefined) {
    if (!Array.isArray(m.forks) || !m.forks.every((f) => typeof f === 'number' && Number.isFinite(f))) {
      throw new DocumentError(`${mat}.forks: expected a list of finite numbers`);
    }
    const forks = m.forks as number[];
    if (forks.length > 0) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const f of forks) {
        if (f < lo) lo = f;
        if (f > hi) hi = f;
      }
      const slack = 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
      if (m.value < lo - slack || m.value > hi + slack) {
        throw new DocumentError(
          `${mat}: the value ${m.value} lies outside its per-fork values (${lo} to ${hi}); the document contradicts itself`,
        );
      }
    }
  }
  if (m.n !== undefined && !(typeof m.n === 'number' && Number.isInteger(m.n) && m.n >= 0)) {
    throw new DocumentError(`${mat}.n: expected a whole number ≥ 0`);
  }
  if (m.supported !== undefined && typeof m.supported !== 'boolean') {
    throw new DocumentError(`${mat}.supported: expected true or false`);
  }
}

export function parseResults(text: string, label: string): ResultsDocument {
  return validateResults(parseJson(text, label), label);
}

export function readResults(path: string): ResultsDocument {
  return parseResults(readText(path), path);
}

/**
 * Parses a baseline history, or a single results document (taken as a history of one run): both are
 * accepted wherever a baseline is expected.
 */
export function parseBaselineOrResults(text: string, label: string): BaselineHistory {
  const value = parseJson(text, label);
  if (!isObject(value)) throw new DocumentError(`${label}: expected a JSON object`);
  checkVersion(value, label);
  if (value.kind === RESULTS_KIND) return newHistory([validateResults(value, label)]);
  if (value.kind !== BASELINE_KIND) {
    throw new DocumentError(
      `${label}: "kind" is ${JSON.stringify(value.kind)}, expected "${BASELINE_KIND}" or "${RESULTS_KIND}"`,
    );
  }
  if (!Array.isArray(value.runs)) throw new DocumentError(`${label}: missing "runs" array`);
  const runs = value.runs.map((r: unknown, i: number) => validateResults(r, `${label}: runs[${i}]`));
  const notes = Array.isArray(value.notes) ? value.notes.filter((n): n is string => typeof n === 'string') : [];
  return { schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs, notes };
}

export function readBaselineOrResults(path: string): BaselineHistory {
  return parseBaselineOrResults(readText(path), path);
}

export function newHistory(runs: ResultsDocument[] = []): BaselineHistory {
  return { schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs, notes: [] };
}

/**
 * Appends a run to a history (a new one when absent), keeping the newest `keep` runs. Returns the
 * warnings about a changed config or machine, which are also recorded in the history's notes.
 */
export function appendRun(
  history: BaselineHistory | null,
  results: ResultsDocument,
  keep: number = DEFAULT_KEEP,
): { history: BaselineHistory; warnings: string[] } {
  if (!Number.isInteger(keep) || keep < 1) throw new DocumentError(`--keep: expected a whole number ≥ 1, got ${keep}`);
  const base = history ?? newHistory();
  const warnings = compatibilityWarnings(base, results);
  const stamp = results.git.commit ? `run of ${results.git.commit.slice(0, 12)}` : `run of ${results.createdAt}`;
  const notes = [...(base.notes ?? []), ...warnings.map((w) => `${stamp}: ${w}`)].slice(-keep);
  const runs = [...base.runs, results]
    .slice(-keep)
    .map((run, i, all) => (i < all.length - RUNS_WITH_SAMPLES ? withoutSamples(run) : run));
  return { history: { schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs, notes }, warnings };
}

function withoutSamples(run: ResultsDocument): ResultsDocument {
  if (!run.benchmarks.some((b) => b.samples)) return run;
  return { ...run, benchmarks: run.benchmarks.map(({ samples: _dropped, ...rest }) => rest) };
}

// ---------------------------------------------------------------------------------------------
// Read-modify-write of a baseline file under a lock

export interface LockOptions {
  /** How long to wait for another writer, ms (default 60 s). */
  timeoutMs?: number;
  /** A lock of another host (pid unknowable) older than this is taken as abandoned, ms (default 10 min). */
  staleMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  time: string;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function readOwner(lock: string): { text: string; owner: LockOwner | null } | null {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return null; // released meanwhile
  }
  try {
    const v = JSON.parse(text) as LockOwner | null;
    return { text, owner: typeof v?.pid === 'number' ? v : null };
  } catch {
    return { text, owner: null };
  }
}

/** Whether a lock's holder is gone: a dead pid on this host, or an old lock of unknown holder. */
function isStale(lock: string, owner: LockOwner | null, staleMs: number): boolean {
  if (owner && owner.host === hostname()) return !processExists(owner.pid);
  let age: number;
  try {
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false;
  }
  // A lock without readable content is one whose writer died between creating and filling it.
  return owner ? age > staleMs : age > 5_000;
}

/** Removes a stale lock, unless it was replaced by a live one since it was judged stale. */
function breakStaleLock(lock: string, judged: string): void {
  const aside = `${lock}.${process.pid}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return;
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    /* gone: nothing to restore */
  }
  if (moved !== judged) {
    // Another process took the lock in between: put it back (link fails if a new lock exists).
    try {
      linkSync(aside, lock);
    } catch {
      /* the lock was retaken again; that holder owns it */
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Runs `fn` holding `<path>.lock`, an exclusive lock file (created with O_EXCL) that records the
 * holder's pid, host and time. A lock whose process is dead is broken; a live one is waited for up to
 * `timeoutMs`, then a one-line InputError names the holder and the lock file.
 */
export function withFileLock<T>(path: string, fn: () => T, options: LockOptions = {}): T {
  const lock = `${path}.lock`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 10 * 60_000;
  mkdirSync(dirname(path), { recursive: true });
  const started = Date.now();
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    try {
      fd = openSync(lock, 'wx');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new InputError(`${lock}: cannot create the lock file for the baseline (${code ?? errorText(err)})`);
      }
      const held = readOwner(lock);
      const stale = held !== null && isStale(lock, held.owner, staleMs);
      if (stale) breakStaleLock(lock, held.text);
      if (Date.now() - started >= timeoutMs) {
        const who = held?.owner ? `process ${held.owner.pid} on ${held.owner.host} since ${held.owner.time}` : 'another process';
        throw new InputError(
          `${path}: locked by ${who}; gave up after ${Math.round(timeoutMs / 1000)} s (if no perf-gate is running, delete ${lock})`,
        );
      }
      if (stale || !held) continue;
      // Jittered back-off, so waiting writers do not retry in lockstep.
      sleepMs(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: hostname(), time: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Appends a run to the baseline file at `path` (created when absent) under its lock: the file is read
 * after the lock is taken, so concurrent updates each add their run and none is lost.
 */
export function updateBaselineFile(
  path: string,
  results: ResultsDocument,
  keep: number = DEFAULT_KEEP,
  options: LockOptions = {},
): { history: BaselineHistory; warnings: string[] } {
  return withFileLock(
    path,
    () => {
      const existing = existsSync(path) ? readBaselineOrResults(path) : null;
      const updated = appendRun(existing, results, keep);
      writeJsonAtomic(path, updated.history);
      return updated;
    },
    options,
  );
}
