// The Action end to end, as the runner runs it (see harness.ts): the bundle in a child process, the
// real cache and GitHub clients talking to loopback fakes. The scenarios share the fakes' state, in order.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runtimeToken, pullRequestScopes } from './fakes/cache-service.ts';
import { ActionHarness, MARKER, warnings } from './harness.ts';

const SHA_MAIN_1 = '1111111111111111111111111111111111111111';
const SHA_MAIN_2 = '2222222222222222222222222222222222222222';

const h = new ActionHarness();

/** With PERF_GATE_E2E_CAPTURE=<dir>, keeps real rendered comments (for the README's example). */
function capture(name: string, text: string): void {
  const dir = process.env.PERF_GATE_E2E_CAPTURE;
  if (dir) writeFileSync(join(dir, name), text);
}

beforeAll(async () => {
  await h.start();
  // 150 unrelated comments: the sticky comment lands on page 2 and must be found there.
  h.api.seed(7, 150);
});

afterAll(async () => {
  await h.stop();
});

describe('the Action, run as the runner runs it', () => {
  test('first push on main: no baseline, said plainly; the run is saved as the first baseline', async () => {
    const r = await h.pushMain(SHA_MAIN_1);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.outputs.regressions).toBe('0');
    expect(r.summary).toContain('No baseline was found');
    expect(r.summary).toMatch(/This run is recorded in the baseline \(cache entry `perf-gate-v1-\w+-1{40}-\d+-1`, 1 run\)/);
    expect(r.stdout).toContain('::group::');
    const saved = h.cache.visible(['refs/heads/main']);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.key).toMatch(new RegExp(`^perf-gate-v1-[0-9a-f]{16}-${SHA_MAIN_1}-\\d+-1$`));
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.verdict).toBe('no-baseline');
    expect(readFileSync(r.outputs['report-markdown']!, 'utf8')).toContain(MARKER);
    // The restore asked for the newest entry by prefix, with the same version as the save.
    const restore = h.cache.calls.find((c) => c.method === 'GetCacheEntryDownloadURL')!;
    const create = h.cache.calls.find((c) => c.method === 'CreateCacheEntry')!;
    expect(restore.body.version).toBe(create.body.version);
    expect(restore.body.restore_keys).toEqual([expect.stringMatching(/^perf-gate-v1-[0-9a-f]{16}-$/), 'perf-gate-v1-']);
  });

  test('second push on main: the baseline is restored, compared, and saved under a new key', async () => {
    // A newer entry with the same prefix written by a pull request's ref must stay invisible to main.
    const first = h.cache.visible(['refs/heads/main'])[0]!;
    h.cache.plant(first.key.replace(SHA_MAIN_1, 'f'.repeat(40)), first.version, 'refs/pull/99/merge', Buffer.from('not an archive'));
    const r = await h.pushMain(SHA_MAIN_2);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const saved = h.cache.visible(['refs/heads/main']);
    expect(saved).toHaveLength(2);
    expect(r.stdout).toContain(`Cache hit for restore-key: ${saved[0]!.key}`);
    expect(warnings(r)).toEqual([]);
    expect(r.summary).toContain(`cache entry \`${saved[0]!.key}\``);
    expect(saved[1]!.key).toContain(SHA_MAIN_2);
  });

  test('the same run saving again cannot reserve its key: a warning, not a failure, the older entry kept', async () => {
    const runId = String(h.runCounter); // the previous run's id and attempt: the same key
    const r = await h.pushMain(SHA_MAIN_2, { env: { GITHUB_RUN_ID: runId } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(warnings(r).join('\n')).toMatch(/could not be saved under cache key .*previous baseline entry is kept/);
    expect(h.cache.visible(['refs/heads/main'])).toHaveLength(2);
  });

  test('pull request without a change: the comment is created (found again past page 1 later), the step passes', async () => {
    const r = await h.prPush('4444444444444444444444444444444444444444');
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const comments = h.stickyComments(7);
    expect(comments).toHaveLength(1);
    expect(r.outputs['comment-url']).toBe(`https://github.com/octo-org/widget/pull/7#issuecomment-${comments[0]!.id}`);
    const body = comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('pull request #7 at `4444444`');
    expect(body).toContain('against the baseline of `2222222`');
    expect(body).toMatch(/recorded by \[run 102\]\(https:\/\/github\.com\/octo-org\/widget\/actions\/runs\/102\)/);
    expect(body).toContain('Threshold 100%');
    expect(body).toContain('Machine:');
    expect(body).toContain(`[Workflow run](https://github.com/octo-org/widget/actions/runs/${h.runCounter})`);
    // Both pages were read (per_page 100), and a pull request never saves a baseline.
    const pages = h.api.requests.filter((q) => q.method === 'GET').map((q) => q.query.page);
    expect(pages).toEqual(['1', '2']);
    expect(h.api.requests.every((q) => q.authorization === `token ${h.api.token}`)).toBe(true);
    expect(h.cache.calls.filter((c) => c.method === 'CreateCacheEntry' && c.scopes[0]!.startsWith('refs/pull/'))).toEqual([]);
    // The token is masked (the runner replaces it in the log) and never printed otherwise.
    expect(r.stdout).toContain(`::add-mask::${h.api.token}`);
    expect(r.stdout.split('\n').filter((l) => l.includes(h.api.token) && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  test('pull request push with a real 5x slowdown: the same comment is updated and the step fails', async () => {
    h.slowdown(5);
    const before = h.stickyComments(7)[0]!;
    const r = await h.prPush('5555555555555555555555555555555555555555');
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe('regression');
    expect(Number(r.outputs.regressions)).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toMatch(/::error::perf-gate: /);
    const comments = h.stickyComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(before.id);
    expect(comments[0]!.body).toContain('**Regressions**');
    expect(comments[0]!.body).toContain('work/sum');
    capture('comment-regression.md', comments[0]!.body);
  });

  test('pull request push that fixes it (through two 502s, retried): the comment is updated and the warning is gone', async () => {
    h.slowdown(1);
    h.api.failNext = 2;
    const r = await h.prPush('6666666666666666666666666666666666666666');
    expect(h.api.failNext).toBe(0);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const comments = h.stickyComments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toContain('Regressions');
    expect(comments[0]!.body).toContain('pull request #7 at `6666666`');
    capture('comment-pass.md', comments[0]!.body);
    expect(h.api.commentsOn(7)).toHaveLength(151);
  });

  test('pull request from a fork: 403 on the comment is a warning with the fix; summary, outputs, verdict stay', async () => {
    h.api.readOnly = true;
    try {
      const r = await h.runBundle({
        event: 'pull_request',
        eventPath: h.eventFile('pull_request_fork'),
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
      expect(h.api.commentsOn(8)).toHaveLength(0);
    } finally {
      h.api.readOnly = false;
    }
  });
});
