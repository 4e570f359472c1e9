// runAction with swapped adapters: a memory cache, a memory comments API, a recording IO, and an
// engine whose measuring returns fixed results (the real compare, history and renderers).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appendRun } from '../../src/baseline/documents.ts';
import type { CacheClient } from '../../src/baseline/cache-store.ts';
import { failsGate } from '../../src/compare/index.ts';
import { ConfigError } from '../../src/core/errors.ts';
import type { ResultsDocument } from '../../src/core/types.ts';
import type { IssueComment, IssueCommentsApi } from '../../src/github/comment.ts';
import { readRunContext } from '../../src/github/context.ts';
import { readInputs } from '../../src/github/inputs.ts';
import type { ActionIO } from '../../src/github/io.ts';
import { runAction, type Engine } from '../../src/github/run.ts';
import { compareWithConfig } from '../../src/pipeline.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { escapeMarkdown } from '../../src/report/format.ts';
import { config, results } from './fixtures.ts';

function recordingIO() {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  let failed: string | undefined;
  const io: ActionIO = {
    info: (m) => log.push(m),
    warning: (m) => log.push(`WARNING ${m}`),
    error: (m) => log.push(`ERROR ${m}`),
    startGroup: (n) => log.push(`GROUP ${n}`),
    endGroup: () => log.push('ENDGROUP'),
    setSecret: (s) => log.push(`SECRET ${s.length}`),
    setOutput: (n, v) => void (outputs[n] = v),
    appendSummary: (md) => void (summary += md),
    setFailed: (m) => void (failed = m),
  };
  return { io, log, outputs, get summary() { return summary; }, get failed() { return failed; } };
}

/** A one-entry-per-key memory cache that extracts to the workspace like @actions/cache. */
function memoryCache(workspace: string) {
  const entries: Array<{ key: string; content: string }> = [];
  const client: CacheClient = {
    async restoreCache(paths, primary, restoreKeys) {
      const hit = entries.find((e) => e.key === primary) ?? restoreKeys.map((p) => entries.filter((e) => e.key.startsWith(p)).at(-1)).find(Boolean);
      if (!hit) return undefined;
      mkdirSync(dirname(join(workspace, paths[0]!)), { recursive: true });
      writeFileSync(join(workspace, paths[0]!), hit.content);
      return hit.key;
    },
    async saveCache(paths, key) {
      if (entries.some((e) => e.key === key)) return -1;
      entries.push({ key, content: readFileSync(join(workspace, paths[0]!), 'utf8') });
      return entries.length;
    },
  };
  return { client, entries };
}

function memoryComments() {
  const comments: IssueComment[] = [];
  const api: IssueCommentsApi = {
    listComments: async (_i, page, per) => comments.slice((page - 1) * per, page * per),
    createComment: async (_i, body) => {
      const c = { id: comments.length + 1, body, html_url: `https://x/c/${comments.length + 1}` };
      comments.push(c);
      return c;
    },
    updateComment: async (id, body) => Object.assign(comments.find((c) => c.id === id)!, { body }),
  };
  return { api, comments };
}

function engine(current: () => ResultsDocument, loadError?: Error): Engine {
  return {
    toolVersion: '0.1.0',
    loadConfig: () => {
      if (loadError) throw loadError;
      return config();
    },
    measureAndCompare: async (cfg, history, log) => {
      log('perf-gate: measuring');
      const res = current();
      const { report, settings } = compareWithConfig(history, res, cfg);
      return { results: res, report, failsGate: failsGate(report, settings.failOnInconclusive) };
    },
    appendRun,
    renderMarkdown,
    renderJson,
  };
}

const REPO = { full_name: 'o/r', default_branch: 'main' };

function harness() {
  const workspace = mkdtempSync(join(tmpdir(), 'pg-run-'));
  const cache = memoryCache(workspace);
  const gh = memoryComments();
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x/' };
  let run = 0;
  const go = async (kind: 'push' | 'pr', current: ResultsDocument, inputEnv: Record<string, string> = {}, extra: { baseRef?: string; loadError?: Error } = {}) => {
    run++;
    const ctxEnv = {
      ...env,
      GITHUB_RUN_ID: String(run),
      GITHUB_SHA: current.git.commit ?? 'x',
      GITHUB_EVENT_NAME: kind === 'push' ? 'push' : 'pull_request',
      GITHUB_REF: kind === 'push' ? 'refs/heads/main' : 'refs/pull/3/merge',
    };
    const payload =
      kind === 'push'
        ? { repository: REPO }
        : { repository: REPO, pull_request: { number: 3, base: { ref: extra.baseRef ?? 'main', repo: { full_name: 'o/r' } }, head: { sha: current.git.commit, repo: { full_name: 'o/r' } } } };
    const rec = recordingIO();
    const result = await runAction(readInputs({ 'INPUT_GITHUB-TOKEN': 'secret-token', ...inputEnv }), readRunContext(ctxEnv, payload), {
      env: ctxEnv,
      io: rec.io,
      engine: engine(() => current, extra.loadError),
      cache: async () => cache.client,
      github: async () => gh.api,
    });
    return { result, rec };
  };
  return { go, cache, gh };
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
    await h.go('pr', results('p', { [`${evil}|x`]: 300 }), {}, { baseRef: `${evil}` });
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
});
