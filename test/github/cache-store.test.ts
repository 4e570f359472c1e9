import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as core from '@actions/core';
import {
  CacheUnavailableError,
  baselineCachePaths,
  describeCacheFailure,
  watchForSwallowedFailure,
  baselineRestoreKeys,
  baselineSaveKey,
  restoreBaseline,
  saveBaseline,
  type CacheClient,
} from '../../src/baseline/cache-store.ts';
import { BASELINE_KIND, SCHEMA_VERSION, type BaselineHistory } from '../../src/core/types.ts';
import { results } from './fixtures.ts';

const history: BaselineHistory = { schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs: [results('aaa', 100)] };

function setup() {
  const workspace = mkdtempSync(join(tmpdir(), 'pg-cache-'));
  const log = { infos: [] as string[], warnings: [] as string[] };
  const opts = {
    baselineKey: 'perf-gate',
    workspace,
    timeoutMs: 200,
    log: { info: (m: string) => log.infos.push(m), warning: (m: string) => log.warnings.push(m) },
  };
  const file = join(workspace, baselineCachePaths('perf-gate')[0]!);
  return { workspace, log, opts, file };
}

/** A cache whose entry extracts `content` to the cached path, recording the calls. */
function cacheWith(file: string, content: string | undefined): CacheClient & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    async restoreCache(paths, primary, restoreKeys) {
      calls.push(['restore', paths, primary, restoreKeys]);
      if (content === undefined) return undefined;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
      return 'perf-gate-v1-0123456789abcdef-sha-1-1';
    },
    async saveCache(paths, key) {
      calls.push(['save', paths, key, JSON.parse(await readFile(file, 'utf8'))]);
      return 7;
    },
  };
}

describe('the Actions cache baseline store', () => {
  test('keys: a new unique key per save; restore by prefix, same config first', () => {
    const key = baselineSaveKey({ baselineKey: 'perf-gate', configHash: 'f'.repeat(64), sha: 'c'.repeat(40), runId: '9', runAttempt: '2' });
    expect(key).toBe(`perf-gate-v1-${'f'.repeat(16)}-${'c'.repeat(40)}-9-2`);
    const [same, any] = baselineRestoreKeys('perf-gate', 'f'.repeat(64));
    expect(key.startsWith(same!)).toBe(true);
    expect(same!.startsWith(any!)).toBe(true);
  });

  test('save and restore round-trip with the very same path list', async () => {
    const { opts, file } = setup();
    const cache = cacheWith(file, JSON.stringify(history));
    const saved = await saveBaseline(cache, history, { ...opts, key: 'k1' });
    expect(saved).toEqual({ saved: true, key: 'k1' });
    const restored = await restoreBaseline(cache, { ...opts, configHash: 'abc', primaryKey: 'k2' });
    expect(restored.history?.runs).toHaveLength(1);
    expect(cache.calls[0]![1]).toEqual(cache.calls[1]![1]);
    expect(cache.calls[0]![3]).toEqual(history);
    expect(existsSync(file)).toBe(false);
  });

  test('a file left by an earlier step is never read as the baseline', async () => {
    const { opts, file } = setup();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(history));
    const restored = await restoreBaseline(cacheWith(file, undefined), { ...opts, configHash: 'abc', primaryKey: 'k' });
    expect(restored).toEqual({ history: null, reason: 'not-found' });
  });

  test.each([
    ['truncated JSON', '{"schemaVersion": "1.0", "kind": "perf-gate/base'],
    ['a foreign document', JSON.stringify({ name: 'node_modules cache', files: 12 })],
    ['an unknown version that is not newer', JSON.stringify({ ...history, schemaVersion: '0.3' })],
  ])('%s in the entry: a warning, skipped, no baseline', async (_, content) => {
    const { opts, file, log } = setup();
    const restored = await restoreBaseline(cacheWith(file, content), { ...opts, configHash: 'abc', primaryKey: 'k' });
    expect(restored.history).toBeNull();
    expect(restored.reason).toBe('invalid');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/cache entry perf-gate-v1-\S+ is not a usable perf-gate baseline .*ignored/);
  });

  test('a cache service that fails or hangs: a warning, continue without a baseline', async () => {
    const { opts, log } = setup();
    const failing: CacheClient = {
      restoreCache: () => Promise.reject(new Error('connect ECONNREFUSED')),
      saveCache: () => Promise.resolve(1),
    };
    expect((await restoreBaseline(failing, { ...opts, configHash: 'a', primaryKey: 'k' })).reason).toBe('unavailable');
    const hanging: CacheClient = { restoreCache: () => new Promise(() => {}), saveCache: () => new Promise(() => {}) };
    const t0 = Date.now();
    expect((await restoreBaseline(hanging, { ...opts, configHash: 'a', primaryKey: 'k' })).reason).toBe('unavailable');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect((await saveBaseline(hanging, history, { ...opts, key: 'k' })).saved).toBe(false);
    expect(log.warnings.join('\n')).toMatch(/ECONNREFUSED[\s\S]*did not finish within/);
  });

  test('a key that cannot be reserved (saveCache -1) is a warning, never fatal', async () => {
    const { opts, log } = setup();
    const taken: CacheClient = { restoreCache: () => Promise.resolve(undefined), saveCache: () => Promise.resolve(-1) };
    expect(await saveBaseline(taken, history, { ...opts, key: 'k' })).toMatchObject({ saved: false, key: 'k', why: expect.stringMatching(/could not be reserved/) });
    expect(log.warnings[0]).toMatch(/could not be saved under cache key k .*previous baseline entry is kept/);
  });

  test('an entry written by a newer perf-gate is kept apart from a corrupt one (it must not be hidden by a save)', async () => {
    const { opts, file, log } = setup();
    const content = JSON.stringify({ ...history, schemaVersion: '9.0' });
    const restored = await restoreBaseline(cacheWith(file, content), { ...opts, configHash: 'abc', primaryKey: 'k' });
    expect(restored.history).toBeNull();
    expect(restored.reason).toBe('newer-version');
    expect(log.warnings[0]).toMatch(/written by a newer perf-gate .*does not update the baseline/);
  });

  test('an unreadable cache is reported with what went wrong, in plain words', async () => {
    const { opts, log } = setup();
    const refused: CacheClient = {
      restoreCache: () => Promise.reject(new CacheUnavailableError('Unable to make request: ECONNREFUSED If you are using self-hosted runners...')),
      saveCache: () => Promise.resolve(1),
    };
    const restored = await restoreBaseline(refused, { ...opts, configHash: 'a', primaryKey: 'k' });
    expect(restored).toEqual({ history: null, reason: 'unavailable', detail: 'the connection to the cache service was refused' });
    expect(log.warnings[0]).toContain('could not be read: the connection to the cache service was refused');
  });

  test.each([
    ['Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED', 'the connection to the cache service was refused'],
    ['getaddrinfo ENOTFOUND results-receiver.actions.githubusercontent.com', "the cache service's host name could not be resolved (DNS)"],
    ['getaddrinfo EAI_AGAIN cache.example', "the cache service's host name could not be resolved (DNS)"],
    ['Failed to make request after 5 attempts: Failed request: (503) Service Unavailable', 'the cache service answered HTTP 503'],
    ['restoring the baseline from the Actions cache did not finish within 2 s', 'the cache service did not answer in time'],
    ["Cache restore skipped: the effective cache-mode 'write-only' does not permit reads.", 'reading the cache is not permitted for this run'],
  ])('failure wording: %s', (message, plain) => {
    expect(describeCacheFailure(message)).toBe(plain);
  });
});

describe('failures @actions/cache swallows', () => {
  // @actions/cache logs a failed restore and resolves to undefined, as for a miss; the store watches
  // what it writes through @actions/core so a failure is never taken for "no entry".
  test.each([
    ['a warning', () => { core.warning('Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (401) Unauthorized'); }],
    ['an error (5xx)', () => { core.error('Failed to restore: Failed request: (503) Service Unavailable\nretry later'); }],
    ['a read not permitted', () => { core.info("Cache restore skipped: the effective cache-mode 'write-only' does not permit reads."); }],
  ])('%s written during the restore makes it reject', async (_, log) => {
    // The stream's write function itself, compared (never called) to check it is put back.
    const write: unknown = Reflect.get(process.stdout, 'write');
    await expect(
      watchForSwallowedFailure(() => {
        log();
        return Promise.resolve(undefined);
      }),
    ).rejects.toThrow(CacheUnavailableError);
    expect(Reflect.get(process.stdout, 'write')).toBe(write);
  });

  test('a miss and a hit resolve as they are; other lines do not count', async () => {
    expect(
      await watchForSwallowedFailure(() => {
        core.info('Cache hit for restore-key: perf-gate-v1-x');
        core.warning('something unrelated');
        return Promise.resolve('perf-gate-v1-x');
      }),
    ).toBe('perf-gate-v1-x');
    await expect(watchForSwallowedFailure(() => Promise.resolve(undefined))).resolves.toBeUndefined();
  });
});
