// The Action's `against: base`: the input, which comparison each event gets, the base commit made
// present in real git repositories (a shallow clone fetching from a bare origin, a loopback HTTP
// origin that records what git sends), and runAction composing the A/B plan without the cache.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CacheClient } from '../../src/baseline/cache-store.ts';
import { failsGate } from '../../src/compare/index.ts';
import { InputError } from '../../src/core/errors.ts';
import { BASELINE_KIND, SCHEMA_VERSION, type BaselineHistory, type ResultsDocument } from '../../src/core/types.ts';
import { compareWithConfig } from '../../src/gate/measurement.ts';
import { authHeaderConfig, chooseComparison, ensureBaseCommit } from '../../src/github/against-base.ts';
import { describeComparison } from '../../src/github/publishers.ts';
import { readRunContext, runMode, type Payload } from '../../src/github/context.ts';
import { readInputs } from '../../src/github/inputs.ts';
import { runAction, type AgainstBaseSettings, type Engine } from '../../src/github/run.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { memoryComments, recordingIO } from './action-fakes.ts';
import { config, results } from './fixtures.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-against-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare origin with two commits (base, then head) and a one-commit-deep clone of it: the clone lacks base. */
function shallowCheckout(): { origin: string; clone: string; base: string; head: string } {
  const root = tempDir();
  const work = join(root, 'work');
  git(root, 'init', '-q', '-b', 'main', work);
  writeFileSync(join(work, 'a.txt'), 'base\n');
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'base');
  const base = git(work, 'rev-parse', 'HEAD');
  writeFileSync(join(work, 'a.txt'), 'head\n');
  git(work, 'commit', '-q', '-am', 'head');
  const head = git(work, 'rev-parse', 'HEAD');
  const origin = join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', work, origin);
  const clone = join(root, 'clone');
  git(root, 'clone', '-q', '--depth=1', `file://${origin}`, clone);
  return { origin, clone, base, head };
}

function hasCommit(dir: string, sha: string): boolean {
  try {
    git(dir, 'cat-file', '-e', `${sha}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

const BASE_SHA = 'b'.repeat(40);
const REPO = { full_name: 'o/r', default_branch: 'main' };

function context(event: string, payload: Payload, ref = 'refs/heads/main') {
  return readRunContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: event, GITHUB_REF: ref }, payload);
}

const pullRequest = (baseSha: string = BASE_SHA): Payload => ({
  repository: REPO,
  pull_request: { number: 3, base: { ref: 'main', sha: baseSha, repo: { full_name: 'o/r' } }, head: { sha: 'c'.repeat(40), repo: { full_name: 'o/r' } } },
});

describe('the against and setup inputs', () => {
  test('against is baseline unless set; base and setup are read as written', () => {
    expect(readInputs({}).against).toBe('baseline');
    expect(readInputs({}).setup).toBeUndefined();
    const inputs = readInputs({ INPUT_AGAINST: ' Base ', INPUT_SETUP: 'npm ci && npm run build' });
    expect(inputs.against).toBe('base');
    expect(inputs.setup).toBe('npm ci && npm run build');
  });

  test('another value is one line naming the input and what it expects', () => {
    expect(() => readInputs({ INPUT_AGAINST: 'main' })).toThrow(InputError);
    expect(() => readInputs({ INPUT_AGAINST: 'main' })).toThrow(
      /^input against: expected baseline \(the cached baseline of the default branch\) or base \(the pull request's base commit, measured in the same job\), got "main"$/,
    );
  });
});

describe('which comparison an event gets', () => {
  const base = readInputs({ INPUT_AGAINST: 'base' });

  test('a pull request with against: base is measured against its base commit', () => {
    const ctx = context('pull_request', pullRequest(), 'refs/pull/3/merge');
    expect(chooseComparison(base, ctx, runMode(ctx))).toEqual({ kind: 'base', sha: BASE_SHA, ref: 'main' });
  });

  test('any event carrying pull_request.base.sha has a base (a review of the pull request)', () => {
    const ctx = context('pull_request_review', pullRequest(), 'refs/pull/3/merge');
    expect(ctx.pullRequest).toBeUndefined();
    expect(chooseComparison(base, ctx, runMode(ctx))).toEqual({ kind: 'base', sha: BASE_SHA, ref: 'main' });
  });

  test('a push to the default branch keeps the cached baseline, with a notice saying it is still updated', () => {
    const ctx = context('push', { repository: REPO });
    const c = chooseComparison(base, ctx, runMode(ctx));
    expect(c.kind).toBe('baseline');
    expect(c.kind === 'baseline' ? c.notice : '').toMatch(/^perf-gate: against: base compares pull requests .* on the default branch \(push\) the cached baseline is compared with and updated/);
  });

  test('another event without a base behaves as against: baseline and says so', () => {
    const ctx = context('workflow_dispatch', { repository: REPO }, 'refs/heads/feature');
    const c = chooseComparison(base, ctx, runMode(ctx));
    expect(c).toEqual({ kind: 'baseline', notice: expect.stringMatching(/needs a pull request's base commit and workflow_dispatch carries none: comparing with the cached baseline/) as unknown });
  });

  test('against: baseline ignores the base, and a setup given to it is named as unused', () => {
    const ctx = context('pull_request', pullRequest(), 'refs/pull/3/merge');
    expect(chooseComparison(readInputs({}), ctx, runMode(ctx))).toEqual({ kind: 'baseline' });
    const c = chooseComparison(readInputs({ INPUT_SETUP: 'make' }), ctx, runMode(ctx));
    expect(c.kind === 'baseline' ? c.notice : '').toMatch(/input setup is not used/);
  });

  test('a base that is not a commit id is refused in one line', () => {
    const ctx = context('pull_request', pullRequest('--upload-pack=touch /tmp/x'), 'refs/pull/3/merge');
    expect(() => chooseComparison(base, ctx, runMode(ctx))).toThrow(/^the event's pull_request\.base\.sha "--upload-pack=touch \/tmp\/x" is not a commit id/);
  });
});

describe('the base commit in the checkout', () => {
  test('present already: nothing is fetched and nothing masked', async () => {
    const repo = shallowCheckout();
    const masked: string[] = [];
    const r = await ensureBaseCommit({ dir: repo.clone, sha: repo.head, token: 'ghs_tokentokentoken', serverUrl: 'https://github.com', env: process.env, mask: (s) => masked.push(s) });
    expect(r).toBe('present');
    expect(masked).toEqual([]);
  });

  test('a clone lacking the base commit fetches it from origin, one commit deep', async () => {
    const repo = shallowCheckout();
    expect(hasCommit(repo.clone, repo.base)).toBe(false);
    const r = await ensureBaseCommit({ dir: repo.clone, sha: repo.base, token: '', serverUrl: 'https://github.com', env: process.env, mask: () => undefined });
    expect(r).toBe('fetched');
    expect(hasCommit(repo.clone, repo.base)).toBe(true);
    // The working tree and its branch are untouched.
    expect(git(repo.clone, 'rev-parse', 'HEAD')).toBe(repo.head);
    expect(git(repo.clone, 'status', '--porcelain')).toBe('');
  });

  test('a commit origin does not have: one line naming it and the fix', async () => {
    const repo = shallowCheckout();
    const missing = '1234567'.padEnd(40, '0');
    const err = await ensureBaseCommit({ dir: repo.clone, sha: missing, token: '', serverUrl: 'https://github.com', env: process.env, mask: () => undefined }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^the pull request's base commit 1234567 is not in the checkout and could not be fetched from origin \(.*not our ref.*\): check out with actions\/checkout's fetch-depth: 0/);
  });

  test('a directory outside any repository: one line saying a checkout is needed', async () => {
    const dir = tempDir();
    await expect(ensureBaseCommit({ dir, sha: BASE_SHA, token: '', serverUrl: 'https://github.com', env: { ...process.env, GIT_CEILING_DIRECTORIES: dir }, mask: () => undefined })).rejects.toThrow(
      /^against: base needs a git checkout, and .* is not inside one/,
    );
  });

  test('over HTTP: the token goes as one Authorization header to the server\'s host, masked first, never in an argument list', async () => {
    const repo = shallowCheckout();
    const seen: Array<{ url: string; authorization: string[] }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      const authorization: string[] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]?.toLowerCase() === 'authorization') authorization.push(req.rawHeaders[i + 1] ?? '');
      seen.push({ url: req.url ?? '', authorization });
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const serverUrl = `http://127.0.0.1:${String((server.address() as { port: number }).port)}`;
    try {
      git(repo.clone, 'remote', 'set-url', 'origin', `${serverUrl}/o/r.git`);
      // What actions/checkout persists: it must be replaced, not sent beside the new one.
      git(repo.clone, 'config', `http.${serverUrl}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU=');
      // A git on PATH that writes down its arguments, then runs the real one.
      const bin = tempDir();
      const argsLog = join(bin, 'args.log');
      const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argsLog}'\nexec '${realGit}' "$@"\n`);
      chmodSync(join(bin, 'git'), 0o755);
      const token = 'ghs_0123456789abcdefghijklmnopqrstuv';
      const masked: string[] = [];
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
      const err = await ensureBaseCommit({ dir: repo.clone, sha: repo.base, token, serverUrl, env, mask: (s) => masked.push(s) }).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(new RegExp(`^the pull request's base commit ${repo.base.slice(0, 7)} is not in the checkout and could not be fetched from origin .*fetch-depth: 0`));
      const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
      expect(masked).toEqual([authHeaderConfig(serverUrl, token).secret]);
      expect(seen.length).toBeGreaterThan(0);
      for (const request of seen) expect(request.authorization).toEqual([expected]);
      const args = readFileSync(argsLog, 'utf8');
      expect(args).toContain(`fetch --no-tags --depth=1 origin ${repo.base}`);
      expect(args).not.toContain(token);
      expect(args).not.toContain(authHeaderConfig(serverUrl, token).secret);
      expect((err as Error).message).not.toContain(token);
    } finally {
      await new Promise<void>((r) => server.close(() => { r(); }));
    }
  });
});

describe('runAction with against: base', () => {
  /** A checkout with one commit, the config in it, and the event's base pointing at that commit. */
  function checkout(): { workspace: string; commit: string } {
    const workspace = tempDir();
    git(workspace, 'init', '-q', '-b', 'main');
    writeFileSync(join(workspace, 'perf-gate.yml'), 'benchmarks: []\n');
    git(workspace, 'add', '.');
    git(workspace, 'commit', '-q', '-m', 'base');
    return { workspace, commit: git(workspace, 'rev-parse', 'HEAD') };
  }

  /** An engine whose A/B plan judges `head` against `base` (the real compare and renderers), recording what it was given. */
  function abEngine(base: ResultsDocument, head: ResultsDocument) {
    const given: AgainstBaseSettings[] = [];
    const engine: Engine = {
      toolVersion: '0.1.0',
      loadConfig: (path) => ({ ...config(), path }),
      measurement: () => ({
        run: (history) => {
          const { report, settings } = compareWithConfig(history, head, config());
          return Promise.resolve({ results: head, report, failsGate: failsGate(report, settings.failOnInconclusive) });
        },
      }),
      againstBase: (settings) => {
        given.push(settings);
        return {
          baseline: { label: 'the base tree', read: () => Promise.resolve({ history: null, reason: 'live', location: `base ${settings.base}` }) },
          measurement: {
            run: () => {
              const history: BaselineHistory = { schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs: [base] };
              const judged = compareWithConfig(history, head, config());
              const report = { ...judged.report, against: { ref: settings.base, commit: settings.base, pairs: { min: 6, max: 6 }, budgetMs: 0, spentMs: 0 } };
              return Promise.resolve({ results: head, report, failsGate: failsGate(report, judged.settings.failOnInconclusive) });
            },
          },
        };
      },
      renderMarkdown,
      renderJson,
    };
    return { engine, given };
  }

  /** A cache that counts every call: against: base must make none. */
  function countingCache() {
    const calls: string[] = [];
    const client: CacheClient = {
      restoreCache: () => { calls.push('restore'); return Promise.resolve(undefined); },
      saveCache: () => { calls.push('save'); return Promise.resolve(1); },
    };
    return { client, calls };
  }

  async function run(event: string, payload: Payload, ref: string, engine: Engine, workspace: string, inputs: Record<string, string>) {
    const env = {
      GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, GITHUB_RUN_ID: '9', GITHUB_SHA: 'c'.repeat(40),
      GITHUB_EVENT_NAME: event, GITHUB_REF: ref, ACTIONS_RUNTIME_TOKEN: 'runtime-token-value', ACTIONS_RESULTS_URL: 'http://x/', PATH: process.env.PATH ?? '',
    };
    const rec = recordingIO();
    const cache = countingCache();
    const gh = memoryComments();
    const ctx = readRunContext(env, payload);
    const result = await runAction(readInputs({ 'INPUT_GITHUB-TOKEN': 'secret-token-value', ...inputs }), ctx, {
      env: { ...env, 'INPUT_GITHUB-TOKEN': 'secret-token-value' },
      io: rec.io,
      engine,
      cache: () => Promise.resolve(cache.client),
      github: () => Promise.resolve(gh.api),
    });
    return { result, rec, cache, gh };
  }

  test('a pull request: the base commit measured in the job, no cache touched, the comment says against what', async () => {
    const { workspace, commit } = checkout();
    const { engine, given } = abEngine(results(commit, 100), results('c'.repeat(40), 300));
    const { result, rec, cache, gh } = await run('pull_request', pullRequest(commit), 'refs/pull/3/merge', engine, workspace, { INPUT_AGAINST: 'base', INPUT_SETUP: 'npm ci' });
    expect(result.exitCode).toBe(1);
    expect(result.verdict).toBe('regression');
    expect(result.record).toBeUndefined();
    expect(cache.calls).toEqual([]);
    expect(given).toHaveLength(1);
    expect(given[0]?.base).toBe(commit);
    expect(given[0]?.setup).toBe('npm ci');
    // The setup sees the allow-listed environment: no token of the step.
    expect(given[0]?.setupEnv.PATH).toBe(process.env.PATH);
    expect(Object.keys(given[0]?.setupEnv ?? {}).filter((k) => /TOKEN|^INPUT_|^ACTIONS_/.test(k))).toEqual([]);
    const body = gh.comments[0]?.body ?? '';
    expect(body).toContain(`Measured pull request #3 at \`ccccccc\` (into main) against base ${commit.slice(0, 7)}, same job, 6 pairs.`);
    expect(rec.summary).toContain(`against base ${commit.slice(0, 7)}, same job, 6 pairs`);
    for (const text of [body, rec.summary, rec.log.join('\n')]) {
      expect(text).not.toMatch(/No baseline was found|could not be read|merge to the default branch|recorded in the baseline|was to be measured/);
    }
    expect(rec.log).toContain(`perf-gate: event pull_request on refs/pull/3/merge: pull request #3, comparing with its base commit ${commit.slice(0, 7)} (main) measured in this job`);
    expect(rec.log.filter((l) => l.startsWith('NOTICE'))).toEqual([]);
  });

  test('a pull request whose base cannot be had: the step fails in one line, before anything is measured', async () => {
    const { workspace } = checkout();
    git(workspace, 'remote', 'add', 'origin', join(workspace, 'no-such-origin.git'));
    const { engine, given } = abEngine(results('x', 100), results('y', 100));
    const { result, rec, cache } = await run('pull_request', pullRequest('0'.repeat(40)), 'refs/pull/3/merge', engine, workspace, { INPUT_AGAINST: 'base' });
    expect(result.exitCode).toBe(1);
    expect(rec.outputs.verdict).toBe('error');
    expect(rec.failed).toMatch(/^perf-gate: the pull request's base commit 0000000 is not in the checkout and could not be fetched from origin .*fetch-depth: 0/);
    expect(given).toEqual([]);
    expect(cache.calls).toEqual([]);
  });

  test('a push to the default branch with against: base: compared with the cache and recorded as always, with a notice', async () => {
    const { workspace } = checkout();
    const { engine, given } = abEngine(results('x', 100), results('m', 100));
    const { result, rec, cache } = await run('push', { repository: REPO }, 'refs/heads/main', engine, workspace, { INPUT_AGAINST: 'base' });
    expect(result.exitCode).toBe(0);
    expect(given).toEqual([]);
    expect(cache.calls).toEqual(['restore', 'save']);
    expect(result.record).toMatchObject({ recorded: true });
    expect(rec.log.filter((l) => l.startsWith('NOTICE'))).toEqual([
      expect.stringMatching(/^NOTICE perf-gate: against: base compares pull requests with their base commit; on the default branch \(push\)/),
    ]);
  });

  test('a pull request event that is not pull_request (a review) with a base: measured against it, and never saved even when asked', async () => {
    const { workspace, commit } = checkout();
    const { engine, given } = abEngine(results(commit, 100), results('c'.repeat(40), 100));
    const { result, rec, cache } = await run('pull_request_review', pullRequest(commit), 'refs/pull/3/merge', engine, workspace, { INPUT_AGAINST: 'base', 'INPUT_UPDATE-BASELINE': 'true' });
    expect(result.exitCode).toBe(0);
    expect(given).toHaveLength(1);
    expect(cache.calls).toEqual([]);
    expect(result.record).toBeUndefined();
    expect(rec.log.some((l) => l.includes('update-baseline is ignored'))).toBe(true);
    expect(rec.summary).toContain(`against base ${commit.slice(0, 7)}`);
  });
});

describe('what the comment says of a live read', () => {
  const ctx = context('pull_request', pullRequest(), 'refs/pull/3/merge');
  const judged = compareWithConfig({ schemaVersion: SCHEMA_VERSION, kind: BASELINE_KIND, runs: [results(BASE_SHA, 100)] }, results('c'.repeat(40), 100), config());
  const read = { history: null, reason: 'live' as const, location: `base ${BASE_SHA}` };

  test('measured against the base: the base, the pairs and the threshold, nothing about a cache', () => {
    const report = { ...judged.report, against: { ref: BASE_SHA, commit: BASE_SHA, pairs: { min: 4, max: 8 }, budgetMs: 20_000, spentMs: 7_500 } };
    expect(describeComparison(ctx, read, report)).toBe(
      'Measured pull request #3 at `ccccccc` (into main) against base bbbbbbb, same job, 4–8 pairs; adaptive sampling spent 7.5 of 20 s. Threshold 10%.',
    );
  });

  test('a live read whose report names no base says the base was not measured, and offers no recording advice', () => {
    const text = describeComparison(ctx, read, judged.report);
    expect(text).toContain('The base commit was to be measured in this job, and was not.');
    expect(text).not.toMatch(/merge to the default branch|Actions cache|No baseline was found/);
  });
});

