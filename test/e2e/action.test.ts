// The Action end to end, as the runner runs it: the committed bundle dist/index.js in a child process,
// inputs as INPUT_* variables, a real-shaped event payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
// and loopback fakes of the GitHub REST API and of the cache service v2, so the real @actions/cache and
// @actions/github clients do the talking. The scenarios share the fakes' state, in order.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeCacheService, branchScopes, pullRequestScopes, runtimeToken } from './fakes/cache-service.ts';
import { FakeGitHubApi } from './fakes/github-api.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'index.js');
const HERE = fileURLToPath(new URL('.', import.meta.url));
const MARKER = '<!-- perf-gate:perf-gate -->';
const SHA_MAIN_1 = '1111111111111111111111111111111111111111';
const SHA_MAIN_2 = '2222222222222222222222222222222222222222';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

let cache: FakeCacheService;
let api: FakeGitHubApi;
let tmp: string;
let workspace: string;

/** The inputs as the runner passes them: every input of action.yml with its default, then ours. */
function inputEnv(overrides: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const env: Record<string, string> = {};
  for (const [name, def] of Object.entries<any>(action.inputs)) {
    const value = name in overrides ? overrides[name]! : String(def.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? api.token : value;
  }
  return env;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function eventFile(name: string, patch: (e: any) => void = () => {}): string {
  const event = JSON.parse(readFileSync(join(HERE, 'events', `${name}.json`), 'utf8'));
  patch(event);
  const path = join(tmp, `event-${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(event));
  return path;
}

let runCounter = 100;

async function runBundle(opts: {
  event: 'push' | 'pull_request';
  eventPath: string;
  ref: string;
  sha: string;
  token: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<RunResult> {
  const runId = String(++runCounter);
  const outputFile = join(tmp, `output-${runId}`);
  const summaryFile = join(tmp, `summary-${runId}`);
  const runnerTemp = join(tmp, `runner-temp-${runId}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  mkdirSync(runnerTemp);
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)/.test(k)) base[k] = v;
  }
  const env = {
    ...base,
    ...inputEnv(opts.inputs ?? {}),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: opts.eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/widget',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: runId,
    GITHUB_WORKFLOW: 'perf',
    GITHUB_JOB: 'perf',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: api.url,
    RUNNER_TEMP: runnerTemp,
    RUNNER_NAME: 'e2e-runner',
    RUNNER_OS: 'Linux',
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: cache.url,
    ACTIONS_RUNTIME_TOKEN: opts.token,
    PERF_GATE_RETRY_BASE_MS: '10',
    ...opts.env,
  };
  const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** With PERF_GATE_E2E_CAPTURE=<dir>, keeps real rendered comments (for the README's example). */
function capture(name: string, text: string): void {
  const dir = process.env.PERF_GATE_E2E_CAPTURE;
  if (dir) writeFileSync(join(dir, name), text);
}

function slowdown(factor: number): void {
  writeFileSync(join(workspace, 'slowdown.txt'), String(factor));
}

function warnings(r: RunResult): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
}

function stickyComments(issue: number) {
  return api.commentsOn(issue).filter((c) => c.body.includes(MARKER));
}

const pushMain = (sha: string, extra: Partial<Parameters<typeof runBundle>[0]> = {}) =>
  runBundle({
    event: 'push',
    eventPath: eventFile('push', (e) => {
      e.after = sha;
      e.head_commit.id = sha;
    }),
    ref: 'refs/heads/main',
    sha,
    token: runtimeToken(branchScopes('main')),
    ...extra,
  });

const prPush = (headSha: string, extra: Partial<Parameters<typeof runBundle>[0]> = {}) =>
  runBundle({
    event: 'pull_request',
    eventPath: eventFile('pull_request', (e) => {
      e.after = headSha;
      e.pull_request.head.sha = headSha;
    }),
    ref: 'refs/pull/7/merge',
    sha: `9${headSha.slice(1)}`,
    token: runtimeToken(pullRequestScopes(7, 'main', 'main')),
    ...extra,
  });

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
  cache = new FakeCacheService();
  api = new FakeGitHubApi('octo-org', 'widget');
  await cache.start();
  await api.start();
  tmp = mkdtempSync(join(tmpdir(), 'perf-gate-e2e-'));
  workspace = join(tmp, 'workspace');
  cpSync(join(HERE, 'suite'), workspace, { recursive: true });
  slowdown(1);
  // 150 unrelated comments: the sticky comment lands on page 2 and must be found there.
  api.seed(7, 150);
});

afterAll(async () => {
  await cache?.stop();
  await api?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the Action, run as the runner runs it', () => {
  test('first push on main: no baseline, said plainly; the run is saved as the first baseline', async () => {
    const r = await pushMain(SHA_MAIN_1);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.outputs.regressions).toBe('0');
    expect(r.summary).toContain('No baseline was found');
    expect(r.summary).toContain('starts a new baseline');
    expect(r.stdout).toContain('::group::');
    const saved = cache.visible(['refs/heads/main']);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.key).toMatch(new RegExp(`^perf-gate-v1-[0-9a-f]{16}-${SHA_MAIN_1}-\\d+-1$`));
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.verdict).toBe('no-baseline');
    expect(readFileSync(r.outputs['report-markdown']!, 'utf8')).toContain(MARKER);
    // The restore asked for the newest entry by prefix, with the same version as the save.
    const restore = cache.calls.find((c) => c.method === 'GetCacheEntryDownloadURL')!;
    const create = cache.calls.find((c) => c.method === 'CreateCacheEntry')!;
    expect(restore.body.version).toBe(create.body.version);
    expect(restore.body.restore_keys).toEqual([expect.stringMatching(/^perf-gate-v1-[0-9a-f]{16}-$/), 'perf-gate-v1-']);
  });

  test('second push on main: the baseline is restored, compared, and saved under a new key', async () => {
    // A newer entry with the same prefix written by a pull request's ref must stay invisible to main.
    const first = cache.visible(['refs/heads/main'])[0]!;
    cache.plant(`${first.key.replace(SHA_MAIN_1, 'f'.repeat(40))}`, first.version, 'refs/pull/99/merge', Buffer.from('not an archive'));
    const r = await pushMain(SHA_MAIN_2);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const saved = cache.visible(['refs/heads/main']);
    expect(saved).toHaveLength(2);
    expect(r.stdout).toContain(`Cache hit for restore-key: ${saved[0]!.key}`);
    expect(warnings(r)).toEqual([]);
    expect(r.summary).toContain(`cache entry \`${saved[0]!.key}\``);
    expect(saved[1]!.key).toContain(SHA_MAIN_2);
  });

  test('the same run saving again cannot reserve its key: a warning, not a failure, the older entry kept', async () => {
    const runId = String(runCounter); // the previous run's id and attempt: the same key
    const r = await pushMain(SHA_MAIN_2, { env: { GITHUB_RUN_ID: runId } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(warnings(r).join('\n')).toMatch(/could not be saved under cache key .*previous baseline entry is kept/);
    expect(cache.visible(['refs/heads/main'])).toHaveLength(2);
  });

  test('pull request without a change: the comment is created (found again past page 1 later), the step passes', async () => {
    const r = await prPush('4444444444444444444444444444444444444444');
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const comments = stickyComments(7);
    expect(comments).toHaveLength(1);
    expect(r.outputs['comment-url']).toBe(`https://github.com/octo-org/widget/pull/7#issuecomment-${comments[0]!.id}`);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('pull request #7 at `4444444`');
    expect(body).toContain('against the baseline of `2222222`');
    expect(body).toMatch(/recorded by \[run 102\]\(https:\/\/github\.com\/octo-org\/widget\/actions\/runs\/102\)/);
    expect(body).toContain('Threshold 100%');
    expect(body).toContain('Machine:');
    expect(body).toContain(`[Workflow run](https://github.com/octo-org/widget/actions/runs/${runCounter})`);
    // Both pages were read (per_page 100), and a pull request never saves a baseline.
    const pages = api.requests.filter((q) => q.method === 'GET').map((q) => q.query.page);
    expect(pages).toEqual(['1', '2']);
    expect(api.requests.every((q) => q.authorization === `token ${api.token}`)).toBe(true);
    expect(cache.calls.filter((c) => c.method === 'CreateCacheEntry' && c.scopes[0]!.startsWith('refs/pull/'))).toEqual([]);
    // The token is masked (the runner replaces it in the log) and never printed otherwise.
    expect(r.stdout).toContain(`::add-mask::${api.token}`);
    expect(r.stdout.split('\n').filter((l) => l.includes(api.token) && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  test('pull request push with a real 5x slowdown: the same comment is updated and the step fails', async () => {
    slowdown(5);
    const before = stickyComments(7)[0]!;
    const r = await prPush('5555555555555555555555555555555555555555');
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe('regression');
    expect(Number(r.outputs.regressions)).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toMatch(/::error::perf-gate: /);
    const comments = stickyComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(before.id);
    expect(comments[0]!.body).toContain('**Regressions**');
    expect(comments[0]!.body).toContain('work/sum');
    capture('comment-regression.md', comments[0]!.body);
  });

  test('pull request push that fixes it (through two 502s, retried): the comment is updated and the warning is gone', async () => {
    slowdown(1);
    api.failNext = 2;
    const r = await prPush('6666666666666666666666666666666666666666');
    expect(api.failNext).toBe(0);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const comments = stickyComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toContain('Regressions');
    expect(comments[0]!.body).toContain('pull request #7 at `6666666`');
    capture('comment-pass.md', comments[0]!.body);
    expect(api.commentsOn(7)).toHaveLength(151);
  });

  test('pull request from a fork: 403 on the comment is a warning with the fix; summary, outputs, verdict stay', async () => {
    api.readOnly = true;
    try {
      const r = await runBundle({
        event: 'pull_request',
        eventPath: eventFile('pull_request_fork'),
        ref: 'refs/pull/8/merge',
        sha: '7777777777777777777777777777777777777777',
        token: runtimeToken(pullRequestScopes(8, 'main', 'main')),
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      expect(r.outputs['comment-url']).toBe('');
      const w = warnings(r).join('\n');
      expect(w).toContain('HTTP 403');
      expect(w).toContain('fork');
      expect(w).toContain('workflow_run');
      expect(r.summary).toContain('perf-gate');
      expect(r.summary).toContain('against the baseline of `2222222`');
      expect(api.commentsOn(8)).toHaveLength(0);
    } finally {
      api.readOnly = false;
    }
  });

  test('cache service down: a warning, verdict no-baseline, the step passes', async () => {
    const closed = await closedPort();
    const r = await prPush('8888888888888888888888888888888888888888', {
      env: { ACTIONS_RESULTS_URL: `http://127.0.0.1:${closed}/` },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(warnings(r).length).toBeGreaterThanOrEqual(1);
    expect(r.summary).toContain('merge to the default branch or run the workflow there once');
    expect(stickyComments(7)[0]!.body).toContain('no baseline');
  });

  test('cache service hanging: the restore gives up after the timeout and the run continues', async () => {
    cache.mode = 'hang';
    try {
      const r = await pushMain('3333333333333333333333333333333333333333', {
        env: { PERF_GATE_CACHE_TIMEOUT_SECONDS: '2' },
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(warnings(r).join('\n')).toMatch(/did not finish within 2 s/);
    } finally {
      cache.mode = 'ok';
    }
  });

  test('a foreign entry under the baseline prefix is reported and skipped, never trusted', async () => {
    const newest = cache.visible(['refs/heads/main']).at(-1)!;
    const foreign = cache.plant(
      newest.key.replace(SHA_MAIN_2, 'e'.repeat(40)),
      newest.version,
      'refs/heads/main',
      archive(JSON.stringify({ note: 'written by some other tool', runs: 'many' })),
    );
    const r = await prPush('9999999999999999999999999999999999999999');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`Cache hit for restore-key: ${foreign.key}`);
    expect(warnings(r).join('\n')).toContain(`cache entry ${foreign.key} is not a usable perf-gate baseline`);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.summary).toContain('was not a usable perf-gate baseline and was ignored');
  });
});

/** A zstd tar archive holding `content` at the baseline's cached path, as @actions/cache would make it. */
function archive(content: string): Buffer {
  const dir = mkdtempSync(join(tmp, 'archive-'));
  mkdirSync(join(dir, '.perf-gate-cache', 'perf-gate'), { recursive: true });
  writeFileSync(join(dir, '.perf-gate-cache', 'perf-gate', 'baseline.json'), content);
  execFileSync('tar', ['--posix', '-cf', join(dir, 'cache.tar'), '-C', dir, '.perf-gate-cache']);
  execFileSync('zstd', ['-q', '-f', join(dir, 'cache.tar'), '-o', join(dir, 'cache.tzst')]);
  return readFileSync(join(dir, 'cache.tzst'));
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
