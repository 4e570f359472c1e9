// The baseline store of the Action: a history document saved in the GitHub Actions cache.
//
// Cache keys are immutable, so every save uses a new key (prefix + config hash + commit + run id +
// attempt) and a restore asks for the newest entry by prefix. The path list given to restore is the
// very list given to save (it is part of the entry's version). Caching is best effort: a service that
// is down or slow, an entry that cannot be reserved, or an entry that is not a perf-gate baseline is a
// warning, never a failure, and never trusted.
import { lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.ts';
import type { BaselineHistory } from '../core/types.ts';
import { parseBaselineOrResults, writeJsonAtomic } from './documents.ts';

/** The two calls of `@actions/cache` this store uses; tests may pass another implementation. */
export interface CacheClient {
  restoreCache(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
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
  return [`.perf-gate-cache/${baselineKey}/baseline.json`];
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
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface RestoreOutcome {
  history: BaselineHistory | null;
  /** The key of the entry restored, when one was found and is a valid baseline. */
  key?: string;
  /** Why there is no baseline, in plain words, when there is none. */
  reason?: 'not-found' | 'unavailable' | 'invalid';
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
  const file = join(opts.workspace, paths[0]!);
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
    opts.log.warning(
      `perf-gate: the Actions cache could not be read (${oneLine(errorMessage(err))}); continuing without a baseline.`,
    );
    return { history: null, reason: 'unavailable' };
  }
  if (!key) return { history: null, reason: 'not-found' };
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) throw new Error(`${paths[0]} in the entry is not a regular file`);
    if (stat.size > MAX_BASELINE_BYTES) throw new Error(`${paths[0]} is ${stat.size} bytes, more than a baseline can be`);
    const history = parseBaselineOrResults(readFileSync(file, 'utf8'), `cache entry ${key}`);
    if (history.runs.length === 0) return { history: null, key, reason: 'not-found' };
    opts.log.info(`perf-gate: baseline restored from cache entry ${key} (${history.runs.length} runs)`);
    return { history, key };
  } catch (err) {
    const msg = oneLine(errorMessage(err));
    opts.log.warning(
      `perf-gate: cache entry ${key} is not a usable perf-gate baseline (${msg.replace(`cache entry ${key}: `, '')}); ` +
        'it is ignored. The next run on the default branch saves a fresh one.',
    );
    return { history: null, key, reason: 'invalid' };
  } finally {
    rmSync(file, { force: true });
  }
}

export interface SaveOutcome {
  saved: boolean;
  key: string;
}

/** Writes the history and saves it under `key` (a new key). Failures are warnings. */
export async function saveBaseline(
  client: CacheClient,
  history: BaselineHistory,
  opts: CacheStoreOptions & { key: string },
): Promise<SaveOutcome> {
  const paths = baselineCachePaths(opts.baselineKey);
  const file = join(opts.workspace, paths[0]!);
  writeJsonAtomic(file, history);
  try {
    const id = await withTimeout(client.saveCache(paths, opts.key), opts.timeoutMs, 'saving the baseline to the Actions cache');
    if (id === -1) {
      opts.log.warning(
        `perf-gate: the baseline could not be saved under cache key ${opts.key} (the key could not be reserved: ` +
          'another job may be saving it, or the cache is read-only for this run). The previous baseline entry is kept.',
      );
      return { saved: false, key: opts.key };
    }
    opts.log.info(`perf-gate: baseline saved as cache entry ${opts.key} (${history.runs.length} runs)`);
    return { saved: true, key: opts.key };
  } catch (err) {
    opts.log.warning(
      `perf-gate: the baseline could not be saved to the Actions cache (${oneLine(errorMessage(err))}). ` +
        'The previous baseline entry is kept.',
    );
    return { saved: false, key: opts.key };
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
      cache.restoreCache(paths, primaryKey, restoreKeys, { timeoutInMs: 30_000, segmentTimeoutInMs: 60_000 }),
    saveCache: (paths, key) => cache.saveCache(paths, key),
  };
}

/** Whether the runner provides a cache service at all (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL). */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}
