import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { commentFailureAdvice } from '../../src/github/comment.ts';
import { readRunContext, runMode, shouldUpdateBaseline, workspaceHead } from '../../src/github/context.ts';
import { rawInput, readInputs } from '../../src/github/inputs.ts';

const repo = { full_name: 'o/r', default_branch: 'main' };

describe('inputs', () => {
  test('the runner passes INPUT_<NAME> upper-cased with dashes kept; defaults fill the rest', () => {
    const inputs = readInputs({ 'INPUT_FAIL-ON-REGRESSION': 'false', 'INPUT_BASELINE-KEY': 'api', INPUT_THRESHOLD: '15%' });
    expect(inputs).toMatchObject({
      config: 'perf-gate.yml',
      threshold: '15%',
      baselineKey: 'api',
      comment: 'always',
      failOnRegression: false,
      updateBaseline: 'auto',
      keep: 20,
      workingDirectory: '.',
    });
    expect(rawInput({ 'INPUT_WORKING-DIRECTORY': ' sub ' }, 'working-directory')).toBe('sub');
  });

  test.each([
    [{ INPUT_COMMENT: 'sometimes' }, /input comment: expected always, on-regression or never, got "sometimes"/],
    [{ INPUT_KEEP: '0' }, /input keep: expected a whole number from 1 to 1000, got "0"/],
    [{ 'INPUT_FAIL-ON-REGRESSION': 'maybe' }, /input fail-on-regression: expected true or false, got "maybe"/],
    [{ 'INPUT_BASELINE-KEY': 'a,b' }, /input baseline-key: expected 1-64 letters/],
    [{ 'INPUT_UPDATE-BASELINE': 'perhaps' }, /input update-baseline: expected true or false/],
  ])('a bad input is a one-line InputError naming it: %o', (env, message) => {
    expect(() => readInputs(env)).toThrow(InputError);
    expect(() => readInputs(env)).toThrow(message);
  });
});

describe('run context and mode', () => {
  const env = (over: Record<string, string>) => ({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_SHA: 'abc', ...over });

  test('push to the default branch writes the baseline; push elsewhere only reports', () => {
    const main = readRunContext(env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }), { repository: repo });
    expect(runMode(main)).toBe('baseline');
    expect(shouldUpdateBaseline(main, 'auto')).toBe(true);
    expect(shouldUpdateBaseline(main, false)).toBe(false);
    const feature = readRunContext(env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature' }), { repository: repo });
    expect(runMode(feature)).toBe('report-only');
    expect(shouldUpdateBaseline(feature, 'auto')).toBe(false);
    expect(shouldUpdateBaseline(feature, true)).toBe(true);
    const tag = readRunContext(env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1' }), { repository: repo });
    expect(runMode(tag)).toBe('report-only');
  });

  test('schedule and workflow_dispatch on the default branch are trusted; a schedule payload names no branch', () => {
    expect(runMode(readRunContext(env({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main' }), { schedule: '0 3 * * *' }))).toBe('baseline');
    const dispatch = readRunContext(env({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main' }), { repository: repo });
    expect(runMode(dispatch)).toBe('baseline');
    const other = readRunContext(env({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/x' }), { repository: repo });
    expect(runMode(other)).toBe('report-only');
  });

  test('a pull request never saves, even with update-baseline: true; a fork is recognised', () => {
    const payload = {
      repository: repo,
      pull_request: { number: 9, base: { ref: 'main', sha: 'b', repo: { full_name: 'o/r' } }, head: { ref: 'x', sha: 'h', repo: { full_name: 'fork/r' } } },
    };
    const ctx = readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge' }), payload);
    expect(runMode(ctx)).toBe('pull-request');
    expect(ctx.pullRequest).toEqual({ number: 9, baseRef: 'main', baseSha: 'b', headSha: 'h', headRef: 'x', fromFork: true });
    expect(shouldUpdateBaseline(ctx, true)).toBe(false);
    expect(ctx.runUrl).toBe('https://github.com/o/r/actions/runs/42');
  });

  test('the event file is read from GITHUB_EVENT_PATH; a broken one is an InputError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-ctx-'));
    const good = join(dir, 'e.json');
    writeFileSync(good, JSON.stringify({ repository: repo }));
    expect(readRunContext(env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: good })).defaultBranch).toBe('main');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    expect(() => readRunContext(env({ GITHUB_EVENT_PATH: bad }))).toThrow(/GITHUB_EVENT_PATH .*not valid JSON/);
    expect(() => readRunContext({})).toThrow(/GITHUB_REPOSITORY: expected owner\/repo/);
  });

  test('a deleted fork (head.repo: null) is a fork: a 403 on the comment gets the fork advice, not the permissions advice', () => {
    const payload = {
      repository: repo,
      pull_request: { number: 9, base: { ref: 'main', sha: 'b', repo: { full_name: 'o/r' } }, head: { ref: 'x', sha: 'h', repo: null } },
    };
    const ctx = readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge' }), payload);
    expect(ctx.pullRequest!.fromFork).toBe(true);
    const advice = commentFailureAdvice(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }), ctx.pullRequest!.fromFork);
    expect(advice).toContain('comes from a fork');
    expect(advice).not.toContain('permissions:');
    const same = readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge' }), {
      ...payload,
      pull_request: { ...payload.pull_request, head: { ref: 'x', sha: 'h', repo: { full_name: 'o/r' } } },
    });
    expect(same.pullRequest!.fromFork).toBe(false);
  });

  test('the checked-out commit is read from .git: detached, on a branch, from packed refs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-head-'));
    expect(workspaceHead(dir)).toBeUndefined();
    mkdirSync(join(dir, '.git', 'refs', 'heads'), { recursive: true });
    writeFileSync(join(dir, '.git', 'HEAD'), `${'A'.repeat(40)}\n`);
    expect(workspaceHead(dir)).toBe('a'.repeat(40));
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, '.git', 'packed-refs'), `# pack-refs with: peeled\n${'b'.repeat(40)} refs/heads/main\n`);
    expect(workspaceHead(dir)).toBe('b'.repeat(40));
    writeFileSync(join(dir, '.git', 'refs', 'heads', 'main'), `${'c'.repeat(40)}\n`);
    expect(workspaceHead(dir)).toBe('c'.repeat(40));
  });
});
