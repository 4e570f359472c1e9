// Reading, validating and writing the JSON documents (results, baseline history, report).
// Readers are strict: a document that does not have the shape we need is rejected with one line
// naming the file and the field, never half-trusted.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DocumentError } from '../core/errors.ts';
import {
  BASELINE_KIND,
  RESULTS_KIND,
  SCHEMA_VERSION,
  type BaselineHistory,
  type ResultsDocument,
} from '../core/types.ts';

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
    if (seen.has(b.name)) throw new DocumentError(`${at}.name: duplicate benchmark name "${b.name}"`);
    seen.add(b.name);
    if (!isObject(b.metrics)) throw new DocumentError(`${at}.metrics: expected an object`);
    if (b.status === 'error') return;
    for (const [metric, m] of Object.entries(b.metrics)) {
      const mat = `${at} ("${b.name}").metrics.${metric}`;
      if (!isObject(m)) throw new DocumentError(`${mat}: expected an object with value and unit`);
      if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
        throw new DocumentError(`${mat}.value: expected a finite number, got ${JSON.stringify(m.value)}`);
      }
      if (typeof m.unit !== 'string') throw new DocumentError(`${mat}.unit: expected a string`);
      if (m.direction !== 'lower' && m.direction !== 'higher') {
        throw new DocumentError(`${mat}.direction: expected "lower" or "higher"`);
      }
    }
  });
  if (!isObject(value.machine)) throw new DocumentError(`${where}: missing "machine" object`);
  if (typeof value.configHash !== 'string') throw new DocumentError(`${where}: missing "configHash" string`);
  return value as unknown as ResultsDocument;
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

function describeMachine(m: ResultsDocument['machine']): string {
  return `${m.cpu} ×${m.cores}, ${m.os} ${m.arch}, Node ${m.node}`;
}

/**
 * Differences between a run and the history it is compared with or appended to: a changed suite or
 * machine makes the comparison weaker, and the user must hear about it.
 */
export function compatibilityWarnings(history: BaselineHistory, run: ResultsDocument): string[] {
  const newest = history.runs.at(-1);
  if (!newest) return [];
  const warnings: string[] = [];
  if (newest.configHash !== run.configHash) {
    warnings.push(
      `the config changed since the newest baseline run (config hash ${newest.configHash.slice(0, 12)} → ${run.configHash.slice(0, 12)}): benchmarks whose settings changed are compared across different setups`,
    );
  }
  const a = describeMachine(newest.machine);
  const b = describeMachine(run.machine);
  if (a !== b) warnings.push(`the machine differs from the baseline's (${a} → ${b}): differences may come from the machine, not the code`);
  return warnings;
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
