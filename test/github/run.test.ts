// runAction with swapped adapters: a memory cache, a memory comments API, a recording IO, and an
// engine whose measuring returns fixed results (the real compare, history and renderers).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CacheUnavailableError, type CacheClient } from '../../src/baseline/cache-store.ts';
import { failsGate } from '../../src/compare/index.ts';
import { ConfigError } from '../../src/core/errors.ts';
import type { ResultsDocument } from '../../src/core/types.ts';
import { readRunContext } from '../../src/github/context.ts';
import { realEngine } from '../../src/github/engine.ts';
import { readInputs } from '../../src/github/inputs.ts';
import { runAction, type Engine } from '../../src/github/run.ts';
import { compareWithConfig } from '../../src/gate/measurement.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { escapeMarkdown } from '../../src/report/format.ts';
import { memoryCache, memoryComments, recordingIO } from './action-fakes.ts';
import { config, results } from './fixtures.ts';


function engine(current: () => ResultsDocument, loadError?: Error): Engine {
  return {
    toolVersion: '0.1.0',
    loadConfig: () => {
      if (loadError) throw loadError;
      return config();
    },
    measurement: (cfg) => ({
      run: (history, log) => {
        log('measuring');
        const res = current();
        const { report, settings } = compareWithConfig(history, res, cfg);
        return Promise.resolve({ results: res, report, failsGate: failsGate(report, settings.failOnInconclusive) });
      },
    }),
    againstBase: () => {
      throw new Error('against: base is not exercised here (see against-base.test.ts)');
    },
    renderMarkdown,
    renderJson,
  };
}

const REPO = { full_name: 'o/r', default_branch: 'main' };

function harness() {
  const workspace = mkdtempSync(join(tmpdir(), 'pg-run-'));
  // The engine here is fake, but the Action checks that the config input names a file.
  writeFileSync(join(workspace, 'perf-gate.yml'), 'benchmarks: []\n');
  const cache = memoryCache(workspace);
  const gh = memoryComments();
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x/' };
  let run = 0;
  const go = async (
    kind: 'push' | 'pr',
    current: ResultsDocument,
    inputEnv: Record<string, string> = {},
    extra: {
      baseRef?: string;
      loadError?: Error;
      client?: CacheClient;
      env?: Record<string, string>;
      event?: string;
      payload?: (p: Record<string, any>) => void;
      /** Replaces parts of the fake engine with real ones. */
      engine?: Partial<Engine>;
    } = {},
  ) => {
    run++;
    const ctxEnv = {
      ...env,
      GITHUB_RUN_ID: String(run),
      GITHUB_SHA: current.git.commit ?? 'x',
      GITHUB_EVENT_NAME: extra.event ?? (kind === 'push' ? 'push' : 'pull_request'),
      GITHUB_REF: kind === 'push' ? 'refs/heads/main' : 'refs/pull/3/merge',
      ...extra.env,
    };
    const payload: Record<string, any> =
      kind === 'push'
        ? { repository: REPO }
        : { repository: REPO, pull_request: { number: 3, base: { ref: extra.baseRef ?? 'main', repo: { full_name: 'o/r' } }, head: { sha: current.git.commit, repo: { full_name: 'o/r' } } } };
    extra.payload?.(payload);
    const rec = recordingIO();
    const result = await runAction(readInputs({ 'INPUT_GITHUB-TOKEN': 'secret-token', ...inputEnv }), readRunContext(ctxEnv, payload), {
      env: ctxEnv,
      io: rec.io,
      engine: { ...engine(() => current, extra.loadError), ...extra.engine },
      cache: () => Promise.resolve(extra.client ?? cache.client),
      github: () => Promise.resolve(gh.api),
    });
    return { result, rec };
  };
  return { go, cache, gh, workspace };
}

/** A results document whose only benchmark failed with `error`. */
function failed(commit: string, error: string): ResultsDocument {
  const doc = results(commit, 100);
  doc.benchmarks = [{ ...doc.benchmarks[0]!, status: 'error', error, metrics: {} }];
  return doc;
}

/** A cache whose reads fail as an outage does (the client rejects), and whose writes would succeed. */
function unreadable(inner: CacheClient): CacheClient {
  return {
    restoreCache: () => Promise.reject(new CacheUnavailableError('Failed to restore: Failed request: (503) Service Unavailable')),
    saveCache: (paths, key) => inner.saveCache(paths, key),
  };
}

describe('runAction', () => {
  test('a regression on the default branch is reported, not blocking, and still recorded', async () => {
    const h = harness();
    await h.go('push', results('a1', 100));
    const { result, rec } = await h.go('push', results('a2', 200));
    expect(result.exitCode).toBe(0);
    expect(result.verdict).toBe('regression');
    expect(rec.failed).toBeUndefined();
    expect(rec.log.some((l) => /WARNING .*reported, not blocking/.test(l))).toBe(true);
    expect(h.cache.entries).toHaveLength(2);
    expect(JSON.parse(h.cache.entries[1]!.content).runs).toHaveLength(2);
    expect(rec.log).toContain('SECRET 12');
    expect(rec.log.join('\n')).not.toContain('secret-token');
  });

  test('keep bounds the history', async () => {
    const h = harness();
    for (let i = 0; i < 4; i++) await h.go('push', results(`c${i}`, 100), { INPUT_KEEP: '2' });
    expect(JSON.parse(h.cache.entries.at(-1)!.content).runs.map((r: ResultsDocument) => r.git.commit)).toEqual(['c2', 'c3']);
  });

  test('comment: on-regression creates no comment on a passing pull request, and updates an existing one', async () => {
    const h = harness();
    await h.go('push', results('m', 100));
    const pass = await h.go('pr', results('p1', 100), { INPUT_COMMENT: 'on-regression' });
    expect(pass.result.exitCode).toBe(0);
    expect(h.gh.comments).toHaveLength(0);
    expect(pass.rec.outputs['comment-url']).toBe('');
    const bad = await h.go('pr', results('p2', 300), { INPUT_COMMENT: 'on-regression' });
    expect(bad.result.exitCode).toBe(1);
    expect(bad.rec.failed).toMatch(/^perf-gate: /);
    expect(h.gh.comments).toHaveLength(1);
    const fixed = await h.go('pr', results('p3', 100), { INPUT_COMMENT: 'on-regression' });
    expect(fixed.result.exitCode).toBe(0);
    expect(h.gh.comments).toHaveLength(1);
    expect(h.gh.comments[0]!.body).not.toContain('Regressions');
  });

  test('fail-on-regression: false reports the regression without failing; comment: never talks to nobody', async () => {
    const h = harness();
    await h.go('push', results('m', 100));
    const { result, rec } = await h.go('pr', results('p', 300), { 'INPUT_FAIL-ON-REGRESSION': 'false', INPUT_COMMENT: 'never' });
    expect(result.exitCode).toBe(0);
    expect(rec.outputs.verdict).toBe('regression');
    expect(rec.outputs.regressions).toBe('1');
    expect(h.gh.comments).toHaveLength(0);
  });

  test('a pull request never saves, even when asked to', async () => {
    const h = harness();
    const { rec } = await h.go('pr', results('p', 100), { 'INPUT_UPDATE-BASELINE': 'true' });
    expect(h.cache.entries).toHaveLength(0);
    expect(rec.outputs.verdict).toBe('no-baseline');
    expect(rec.log.some((l) => l.includes('update-baseline is ignored on pull requests'))).toBe(true);
    expect(rec.summary).toContain('merge to the default branch or run the workflow there once');
  });

  test('user-controlled text (a branch name, a benchmark name) cannot inject HTML into the comment', async () => {
    const h = harness();
    const evil = '<img src=x onerror=alert(1)>';
    await h.go('push', results('m', { [`${evil}|x`]: 100 }));
    await h.go('pr', results('p', { [`${evil}|x`]: 300 }), {}, { baseRef: evil });
    const body = h.gh.comments[0]!.body!;
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img');
  });

  test('a config error fails the step with one line, a summary and verdict error', async () => {
    const h = harness();
    const { result, rec } = await h.go('push', results('m', 100), {}, { loadError: new ConfigError('perf-gate.yml: file not found') });
    expect(result.exitCode).toBe(1);
    expect(rec.failed).toBe('perf-gate: perf-gate.yml: file not found');
    expect(rec.outputs.verdict).toBe('error');
    expect(rec.summary).toContain('could not run');
  });

  test('a huge suite still fits: comment under 65,536 characters, summary under 1 MiB, regressions first', async () => {
    const h = harness();
    const names = (p50: (i: number) => number) => Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`suite/a-rather-long-benchmark-name-${i}`, p50(i)]));
    await h.go('push', results('m', names(() => 100)));
    const { rec } = await h.go('pr', results('p', names((i) => (i % 10 === 0 ? 300 : 100))));
    const body = h.gh.comments[0]!.body!;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/^<!-- perf-gate:perf-gate -->\n### ❌ perf-gate: 300 benchmarks regressed/);
    expect(body).toContain(`| ${escapeMarkdown('suite/a-rather-long-benchmark-name-0')} |`);
    expect(Buffer.byteLength(rec.summary)).toBeLessThan(1024 * 1024);
    expect(rec.outputs.regressions).toBe('300');
  });

  test('the reports are written where the outputs say', async () => {
    const h = harness();
    const { rec } = await h.go('push', results('m', 100));
    expect(JSON.parse(readFileSync(rec.outputs['report-json']!, 'utf8')).verdict).toBe('no-baseline');
    expect(readFileSync(rec.outputs['report-markdown']!, 'utf8')).toMatch(/^<!-- perf-gate:perf-gate -->/);
  });

  test('a cache that could not be read is not "no entry": the push run does not save a one-run history over the real one', async () => {
    const h = harness();
    await h.go('push', results('a1', 100));
    await h.go('push', results('a2', 100));
    expect(JSON.parse(h.cache.entries.at(-1)!.content).runs).toHaveLength(2);
    const { result, rec } = await h.go('push', results('a3', 100), {}, { client: unreadable(h.cache.client) });
    expect(result.exitCode).toBe(0);
    expect(result.verdict).toBe('no-baseline');
    expect(h.cache.entries).toHaveLength(2);
    expect(result.record).toEqual({ recorded: false, why: expect.stringContaining('could not be read (the cache service answered HTTP 503)') });
    expect(rec.summary).toContain('The Actions cache could not be read (the cache service answered HTTP 503)');
    expect(rec.summary).toContain('**This run is not recorded in the baseline:**');
    expect(rec.summary).not.toMatch(/first run|expired|is recorded in the baseline|is recorded as the baseline/);
    expect(rec.log.join('\n')).toMatch(/WARNING perf-gate: this run is not recorded in the baseline: the Actions cache could not be read/);
    // The next run that can read the cache still has the whole history.
    const next = await h.go('push', results('a4', 100));
    expect(next.result.verdict).toBe('pass');
    expect(JSON.parse(h.cache.entries.at(-1)!.content).runs).toHaveLength(3);
  });

  test('a run whose benchmarks failed is never recorded, and its summary says so', async () => {
    const h = harness();
    await h.go('push', results('a1', 100));
    const { result, rec } = await h.go('push', failed('a2', 'worker crashed'));
    expect(result.verdict).toBe('error');
    expect(result.exitCode).toBe(1);
    expect(h.cache.entries).toHaveLength(1);
    expect(rec.summary).toMatch(/\*\*This run is not recorded in the baseline:\*\* 1 benchmark failed \(\S+\); a baseline holds only complete runs/);
  });

  test('the summary says what the save did, after it: a key that cannot be reserved is "not recorded", never "recorded"', async () => {
    const h = harness();
    const taken: CacheClient = { restoreCache: () => Promise.resolve(undefined), saveCache: () => Promise.resolve(-1) };
    const { result, rec } = await h.go('push', results('a1', 100), {}, { client: taken });
    expect(result.record).toMatchObject({ recorded: false });
    expect(rec.summary).toContain('**This run is not recorded in the baseline:** the cache key');
    expect(rec.summary).not.toMatch(/is recorded (in|as) the baseline/);
    const ok = await h.go('push', results('a2', 100));
    expect(ok.result.record).toMatchObject({ recorded: true, runs: 1 });
    expect(ok.rec.summary).toMatch(/This run is recorded in the baseline \(cache entry `perf-gate-v1-[0-9a-f]+-a2-\d+-1`, 1 run\)\./);
  });

  test('after a corrupt entry the push run records a fresh baseline; after a newer perf-gate\'s entry it records nothing', async () => {
    const h = harness();
    h.cache.entries.push({ key: 'perf-gate-v1-ffffffffffffffff-x-1-1', content: '{"schemaVersion": "1.0", "kind": "perf-gate/bas' });
    const healed = await h.go('push', results('a1', 100));
    expect(healed.result.record).toMatchObject({ recorded: true, runs: 1 });
    expect(healed.rec.summary).toContain('was not a usable perf-gate baseline');
    h.cache.entries.push({ key: 'perf-gate-v1-ffffffffffffffff-y-1-1', content: JSON.stringify({ schemaVersion: '7.0', kind: 'perf-gate/baseline', runs: [] }) });
    const count = h.cache.entries.length;
    const newer = await h.go('push', results('a2', 100));
    expect(newer.result.record).toMatchObject({ recorded: false, why: expect.stringContaining('newer perf-gate') });
    expect(h.cache.entries).toHaveLength(count);
  });

  test('a pull request never says it can become the baseline or was recorded', async () => {
    const h = harness();
    const { result, rec } = await h.go('pr', results('p', 100));
    expect(result.record).toBeUndefined();
    expect(rec.summary).not.toMatch(/can become the baseline|is recorded in the baseline/);
    expect(rec.log.join('\n')).not.toMatch(/can become the baseline|is recorded in the baseline/);
  });

  test('errors about the Action\'s inputs name the inputs, not CLI flags', async () => {
    const h = harness();
    // The real engine's config loader, as the Action bundle composes it.
    const real = realEngine({ workerCommand: [], version: '0.0.0', ctx: readRunContext({ GITHUB_REPOSITORY: 'o/r' }, {}) });
    const bad = await h.go('push', results('m', 100), { INPUT_THRESHOLD: 'ten' }, { engine: { loadConfig: real.loadConfig.bind(real) } });
    expect(bad.rec.failed).toMatch(/^perf-gate: input threshold: expected a percentage like "10%"/);
    expect(bad.rec.failed).not.toContain('--');
    const missing = await h.go('push', results('m', 100), { INPUT_CONFIG: 'bench/perf.yml' });
    expect(missing.rec.failed).toBe(
      'perf-gate: input config: config file bench/perf.yml not found in the workspace; create it, or set the config input to its path',
    );
    expect(missing.rec.outputs.verdict).toBe('error');
  });

  test('secrets never reach the log, the summary, the comment or the report files, in any form', async () => {
    const h = harness();
    const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
    const runtime = 'eyJ0eXAiOiJKV1QifQ.eyJhYyI6InNjb3BlcyJ9.c2ln_X-y';
    const leak = failed('p', `token ${token} runtime ${runtime} and _${runtime}_`);
    const { rec } = await h.go('pr', leak, { 'INPUT_GITHUB-TOKEN': token }, { env: { ACTIONS_RUNTIME_TOKEN: runtime } });
    const comment = h.gh.comments[0]!.body!;
    const files = [readFileSync(rec.outputs['report-json']!, 'utf8'), readFileSync(rec.outputs['report-markdown']!, 'utf8')];
    const everything = [rec.log.filter((l) => !l.startsWith('SECRET ')).join('\n'), rec.summary, comment, rec.failed ?? '', ...files];
    for (const text of everything) {
      for (const value of [token, runtime, escapeMarkdown(token), escapeMarkdown(runtime), 'ghs\\_16C7', 'c2ln\\_X']) {
        expect(text).not.toContain(value);
      }
    }
    expect(comment).toContain('token \\*\\*\\*');
    expect(files[0]).toContain('token *** runtime ***');
    // Masked before any other line: both tokens, and their markdown-escaped forms.
    const masks = rec.log.filter((l) => l.startsWith('SECRET '));
    expect(masks).toEqual(
      expect.arrayContaining([runtime, escapeMarkdown(runtime), token, escapeMarkdown(token)].map((v) => `SECRET ${v.length}`)),
    );
    expect(rec.log.slice(0, masks.length)).toEqual(masks);
  });

  test('pull_request_target, and workflow_run with the pull request checked out: a plain warning that untrusted code runs with secrets', async () => {
    const h = harness();
    const target = await h.go('pr', results('p', 100), {}, { event: 'pull_request_target' });
    const warn = target.rec.log.find((l) => l.startsWith('WARNING perf-gate: perf-gate runs on pull_request_target'));
    expect(warn).toMatch(/secrets .* its author can read them\. Measure pull requests in a workflow on pull_request instead .*workflow_run/);
    const plain = await h.go('pr', results('p', 100));
    expect(plain.rec.log.join('\n')).not.toContain('secrets');

    const headSha = 'ab'.repeat(20);
    mkdirSync(join(h.workspace, '.git'), { recursive: true });
    writeFileSync(join(h.workspace, '.git', 'HEAD'), `${headSha}\n`);
    const workflowRun = (payload: Record<string, any>) => {
      payload.workflow_run = { event: 'pull_request', head_sha: headSha, head_branch: 'feature' };
    };
    const wr = await h.go('push', results('w', 100), {}, { event: 'workflow_run', payload: workflowRun });
    expect(wr.rec.log.join('\n')).toMatch(/WARNING perf-gate: perf-gate runs on workflow_run with the pull request's head \(ababab\w\) checked out/);
    writeFileSync(join(h.workspace, '.git', 'HEAD'), `${'cd'.repeat(20)}\n`);
    const safe = await h.go('push', results('w', 100), {}, { event: 'workflow_run', payload: workflowRun });
    expect(safe.rec.log.join('\n')).not.toContain('untrusted');
  });

  test('an internal error is one line; its stack only with step debug logging (RUNNER_DEBUG=1)', async () => {
    const h = harness();
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const quiet = await h.go('push', results('m', 100), {}, { loadError: bug });
    expect(quiet.rec.failed).toBe("perf-gate: internal error: Cannot read properties of undefined (reading 'x')");
    expect(quiet.rec.log.join('\n')).not.toContain('    at ');
    const debug = await h.go('push', results('m', 100), {}, { loadError: bug, env: { RUNNER_DEBUG: '1' } });
    expect(debug.rec.log.filter((l) => l.startsWith('    at ')).length).toBeGreaterThan(0);
  });
});
