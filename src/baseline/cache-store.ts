// The baseline store of the Action: a history document saved in the GitHub Actions cache.
//
// Cache keys are immutable, so every save uses a new key (prefix + config hash + commit + run id +
// attempt) and a restore asks for the newest entry by prefix. The path list given to restore is the
// very list given to save (it is part of the entry's version). Caching is best effort: a service that
// is down or slow, an entry that cannot be reserved, or an entry that is not a perf-gate baseline is a
// warning, never a failure, and never trusted. A cache that could not be read is kept apart from one
// that holds no entry all the way to the caller: only the second may be followed by a save.
import { lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.ts';
import type { BaselineRead, BaselineStore, RecordOutcome } from '../core/seams.ts';
import { SCHEMA_VERSION, type BaselineHistory } from '../core/types.ts';
import { appendRun, parseBaselineOrResults, writeJsonAtomic } from './documents.ts';

/**
 * The two calls of `@actions/cache` this store uses; tests may pass another implementation.
 * `restoreCache` resolves to the key restored, to `undefined` when no entry matches, and rejects when
 * the service could not be asked (down, refused, denied): a failure must never look like a miss.
 */
export interface CacheClient {
  restoreCache(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
  /** Opens a collapsible group of log lines (the runner's), closed by `endGroup`. */
  startGroup?(name: string): void;
  endGroup?(): void;
}

export interface CacheStoreOptions {
  /** The `baseline-key` input: the key prefix, so two perf-gate steps never share entries. */
  baselineKey: string;
  /** Directory the cached path is relative to (GITHUB_WORKSPACE; the process's working directory). */
  workspace: string;
  /** Give up on the cache service after this long (ms) and continue without it. */
  timeoutMs: number;
  log: CacheLog;
}

/** Largest baseline file that is read back (a history of 1000 runs is far below). */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
const KEY_VERSION = 'v1';

/** The cached path, relative to the workspace. Save and restore must use exactly this list. */
export function baselineCachePaths(baselineKey: string): string[] {
  return [baselineCachePath(baselineKey)];
}

/** The one file of the entry, relative to the workspace. */
function baselineCachePath(baselineKey: string): string {
  return `.perf-gate-cache/${baselineKey}/baseline.json`;
}

export function configHashPart(configHash: string): string {
  return configHash.slice(0, 16) || 'nohash';
}

/** A new, unique key for one save: never reused, so a save never collides with an older entry. */
export function baselineSaveKey(parts: {
  baselineKey: string;
  configHash: string;
  sha: string;
  runId: string;
  runAttempt: string;
}): string {
  const sha = parts.sha.slice(0, 40) || 'nosha';
  return `${parts.baselineKey}-${KEY_VERSION}-${configHashPart(parts.configHash)}-${sha}-${parts.runId}-${parts.runAttempt}`;
}

/**
 * Prefixes to restore by, best first: the newest entry saved with the same config, else the newest
 * entry of any config (benchmarks that kept their names still compare; the report notes the change).
 */
export function baselineRestoreKeys(baselineKey: string, configHash: string): string[] {
  return [`${baselineKey}-${KEY_VERSION}-${configHashPart(configHash)}-`, `${baselineKey}-${KEY_VERSION}-`];
}

export function cacheTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.PERF_GATE_CACHE_TIMEOUT_SECONDS);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 120_000;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface RestoreOutcome {
  history: BaselineHistory | null;
  /** The key of the entry restored, when one was found and is a valid baseline. */
  key?: string;
  /**
   * Why there is no baseline, when there is none: no entry (`not-found`), the cache could not be read
   * (`unavailable`), the newest entry is not a perf-gate baseline (`invalid`), or it is one written by
   * a newer perf-gate than this one (`newer-version`).
   */
  reason?: 'not-found' | 'unavailable' | 'invalid' | 'newer-version';
  /** For `unavailable` and `invalid`: what went wrong, in plain words (one line). */
  detail?: string;
}

/** The cache service could not be asked (as opposed to: it answered that no entry matches). */
export class CacheUnavailableError extends Error {
  override name = 'CacheUnavailableError';
}

/**
 * A cache failure in plain words: what a reader can act on (a refused connection, a name that does
 * not resolve, an HTTP status, no answer in time), not the client's wording.
 */
export function describeCacheFailure(message: string): string {
  const text = oneLine(message);
  if (/ECONNREFUSED/.test(text)) return 'the connection to the cache service was refused';
  if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME/.test(text)) return "the cache service's host name could not be resolved (DNS)";
  if (/EHOSTUNREACH|ENETUNREACH/.test(text)) return 'the cache service could not be reached (host unreachable)';
  if (/ECONNRESET|socket hang up/.test(text)) return 'the connection to the cache service was reset';
  if (/ETIMEDOUT|did not finish within/.test(text)) return `the cache service did not answer in time`;
  if (/cache-mode|read denied/i.test(text)) return 'reading the cache is not permitted for this run';
  const status = /\((\d{3})\)|\bstatus(?: code)?:? (\d{3})\b|\bHTTP (\d{3})\b/i.exec(text);
  if (status) return `the cache service answered HTTP ${status[1] ?? status[2] ?? status[3]}`;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

const SCHEMA_MAJOR = Number(SCHEMA_VERSION.split('.')[0]);

/** Whether `text` is a perf-gate document of a later major version than this perf-gate reads. */
function isNewerDocument(text: string): boolean {
  try {
    const doc = JSON.parse(text) as { schemaVersion?: unknown } | null;
    const version = doc?.schemaVersion;
    const major = typeof version === 'string' ? Number(version.split('.')[0]) : NaN;
    return Number.isInteger(major) && major > SCHEMA_MAJOR;
  } catch {
    return false;
  }
}

/**
 * Restores the newest baseline entry by prefix. `primaryKey` is this run's own save key (an exact
 * hit means a re-run of the same attempt saved already).
 */
export async function restoreBaseline(
  client: CacheClient,
  opts: CacheStoreOptions & { configHash: string; primaryKey: string },
): Promise<RestoreOutcome> {
  const paths = baselineCachePaths(opts.baselineKey);
  const file = join(opts.workspace, baselineCachePath(opts.baselineKey));
  // Never read a file left by an earlier step: only what this restore extracts.
  rmSync(file, { force: true });
  let key: string | undefined;
  try {
    key = await withTimeout(
      client.restoreCache(paths, opts.primaryKey, baselineRestoreKeys(opts.baselineKey, opts.configHash)),
      opts.timeoutMs,
      'restoring the baseline from the Actions cache',
    );
  } catch (err) {
    const message = oneLine(errorMessage(err));
    const detail = describeCacheFailure(message);
    opts.log.warning(
      `perf-gate: the Actions cache could not be read: ${detail} (${message}); continuing without a baseline.`,
    );
    return { history: null, reason: 'unavailable', detail };
  }
  if (!key) return { history: null, reason: 'not-found' };
  let text = '';
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) throw new Error(`${paths[0]} in the entry is not a regular file`);
    if (stat.size > MAX_BASELINE_BYTES) throw new Error(`${paths[0]} is ${stat.size} bytes, more than a baseline can be`);
    text = readFileSync(file, 'utf8');
    const history = parseBaselineOrResults(text, `cache entry ${key}`);
    if (history.runs.length === 0) return { history: null, key, reason: 'not-found' };
    opts.log.info(`perf-gate: baseline restored from cache entry ${key} (${history.runs.length} runs)`);
    return { history, key };
  } catch (err) {
    const detail = oneLine(errorMessage(err)).replace(`cache entry ${key}: `, '');
    if (isNewerDocument(text)) {
      opts.log.warning(
        `perf-gate: cache entry ${key} was written by a newer perf-gate (${detail}); it is ignored and kept: ` +
          'this run does not update the baseline. Use the newer perf-gate version in this workflow.',
      );
      return { history: null, key, reason: 'newer-version', detail };
    }
    opts.log.warning(
      `perf-gate: cache entry ${key} is not a usable perf-gate baseline (${detail}); it is ignored. ` +
        'The next run on the default branch records a fresh baseline.',
    );
    return { history: null, key, reason: 'invalid', detail };
  } finally {
    rmSync(file, { force: true });
  }
}

export interface SaveOutcome {
  saved: boolean;
  key: string;
  /** When not saved: why, in plain words (one line). */
  why?: string;
}

/** Writes the history and saves it under `key` (a new key). Failures are warnings. */
export async function saveBaseline(
  client: CacheClient,
  history: BaselineHistory,
  opts: CacheStoreOptions & { key: string },
): Promise<SaveOutcome> {
  const paths = baselineCachePaths(opts.baselineKey);
  const file = join(opts.workspace, baselineCachePath(opts.baselineKey));
  writeJsonAtomic(file, history);
  try {
    const id = await withTimeout(client.saveCache(paths, opts.key), opts.timeoutMs, 'saving the baseline to the Actions cache');
    if (id === -1) {
      opts.log.warning(
        `perf-gate: the baseline could not be saved under cache key ${opts.key} (the key could not be reserved: ` +
          'another job may be saving it, or the cache is read-only for this run). The previous baseline entry is kept.',
      );
      return { saved: false, key: opts.key, why: `the cache key ${opts.key} could not be reserved (another job may be saving it, or the cache is read-only for this run)` };
    }
    opts.log.info(`perf-gate: baseline saved as cache entry ${opts.key} (${history.runs.length} runs)`);
    return { saved: true, key: opts.key };
  } catch (err) {
    const message = oneLine(errorMessage(err));
    const why = describeCacheFailure(message);
    opts.log.warning(`perf-gate: the baseline could not be saved to the Actions cache: ${why} (${message}). The previous baseline entry is kept.`);
    return { saved: false, key: opts.key, why };
  } finally {
    rmSync(file, { force: true });
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The real client, loaded on first use (it is large, and most of its work is network). */
export async function actionsCacheClient(): Promise<CacheClient> {
  const cache = await import('@actions/cache');
  return {
    restoreCache: (paths, primaryKey, restoreKeys) =>
      watchForSwallowedFailure(() =>
        cache.restoreCache(paths, primaryKey, restoreKeys, { timeoutInMs: 30_000, segmentTimeoutInMs: 60_000 }),
      ),
    saveCache: (paths, key) => cache.saveCache(paths, key),
  };
}

/**
 * Lines `@actions/cache` writes when a restore fails: it logs the failure (`::warning::` or, for a 5xx,
 * `::error::Failed to restore: …`) or that reads are not permitted, then resolves to `undefined`, the
 * very value of a miss. It offers no other way to tell them apart, so its log is watched.
 */
const SWALLOWED_RESTORE_FAILURE = /^::(?:warning|error)(?: [^:]*)?::Failed to restore: (.*)$|^(Cache restore skipped: .*)$/;

function decodeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * Runs `restore` while watching the process's standard output (where `@actions/core` writes) for a
 * swallowed failure, and rejects with `CacheUnavailableError` when one was written. The lines still
 * reach the log.
 */
export async function watchForSwallowedFailure<T>(restore: () => Promise<T>): Promise<T> {
  const stdout = process.stdout;
  // The method itself (not a bound copy), so that putting it back restores the stream exactly.
  const original: typeof stdout.write = Reflect.get(stdout, 'write');
  let failure: string | undefined;
  const watching = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (failure === undefined && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      for (const line of text.split(/\r?\n/)) {
        const m = SWALLOWED_RESTORE_FAILURE.exec(line);
        if (m) {
          failure = decodeCommandData(m[1] ?? m[2] ?? line);
          break;
        }
      }
    }
    return Reflect.apply(original, this, [chunk, ...rest]) as boolean;
  };
  stdout.write = watching;
  try {
    const result = await restore();
    if (failure !== undefined) throw new CacheUnavailableError(oneLine(failure));
    return result;
  } finally {
    if (stdout.write === (watching as typeof stdout.write)) stdout.write = original;
  }
}

/** Whether the runner provides a cache service at all (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL). */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}

async function inGroup<T>(log: CacheLog, name: string, fn: () => Promise<T>): Promise<T> {
  log.startGroup?.(name);
  try {
    return await fn();
  } finally {
    log.endGroup?.();
  }
}

/**
 * The Actions cache as a baseline store. `client` is called only when the runner provides a cache
 * service, and loaded then (the real one is large). `saveKey` is this run's own new key; `keep` is
 * how many runs the history keeps.
 */
export function actionsCacheStore(
  options: CacheStoreOptions & { client: () => Promise<CacheClient>; configured: boolean; configHash: string; saveKey: string; keep: number },
): BaselineStore {
  let client: CacheClient | undefined;
  const { log } = options;
  return {
    label: 'the Actions cache',
    async read(): Promise<BaselineRead> {
      if (!options.configured) {
        const detail = 'no Actions cache service is available to this step';
        log.warning(`perf-gate: ${detail} (ACTIONS_RESULTS_URL is not set). Continuing without a baseline.`);
        return { history: null, reason: 'no-store', detail };
      }
      return inGroup(log, 'perf-gate: restore the baseline', async () => {
        try {
          client = await options.client();
          const restored = await restoreBaseline(client, { ...options, primaryKey: options.saveKey });
          if (restored.reason === 'not-found') log.info('perf-gate: no baseline entry found in the Actions cache');
          return { history: restored.history, location: restored.key, reason: restored.reason, detail: restored.detail };
        } catch (err) {
          const detail = oneLine(errorMessage(err));
          log.warning(`perf-gate: the Actions cache could not be used (${detail}); continuing without a baseline.`);
          return { history: null, reason: 'unavailable', detail };
        }
      });
    },
    async record(read, results): Promise<RecordOutcome> {
      if (!client) return { recorded: false, why: 'the Actions cache was not read, so it is not written' };
      const { history, warnings } = appendRun(read.history, results, options.keep);
      for (const w of warnings) log.info(`perf-gate: baseline note: ${w}`);
      const saving = client;
      const saved = await inGroup(log, 'perf-gate: save the baseline', () => saveBaseline(saving, history, { ...options, key: options.saveKey }));
      return saved.saved
        ? { recorded: true, location: saved.key, runs: history.runs.length, warnings }
        : { recorded: false, why: `${saved.why ?? 'the cache entry could not be saved'}; the previous baseline entry is kept` };
    },
  };
}
