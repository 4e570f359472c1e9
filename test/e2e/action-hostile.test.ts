// The Action under hostile input, end to end through the bundle (see harness.ts): what the runner would
// obey in the log, what could carry a secret out, what a fork or an unreachable API is told.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../src/report/format.ts';
import { pullRequestScopes, runtimeToken } from './fakes/cache-service.ts';
import { ActionHarness, closedPort, warnings } from './harness.ts';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
/** The smallest suite, for the scenarios where what is measured does not matter. */
const TINY = { config: 'tiny.perf-gate.yml' };
const h = new ActionHarness();

beforeAll(async () => {
  await h.start({ token: TOKEN });
});

afterAll(async () => {
  await h.stop();
});

/**
 * The lines of a log the runner would act on: a `::` command after leading white space, or `##[`
 * anywhere, compared as .NET compares culturally (skipping marks and invisible format characters).
 */
function obeyedLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => {
    const seen = line.replace(/[\p{M}\p{C}\u115f\u1160\u3164\uffa0]/gu, '');
    return /^\s*::/.test(seen) || seen.includes('##[');
  });
}

describe('the Action, under hostile input', () => {
  test('benchmark names cannot write workflow commands into the log', async () => {
    const r = await h.pushMain('a'.repeat(40), { inputs: { config: 'hostile.perf-gate.yml', 'baseline-key': 'hostile' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('INJECTED');
    // Only the Action's own commands remain (a name may be their data, shown as text), none made from a name.
    for (const line of obeyedLines(r.stdout)) {
      expect(line.replace(/[\p{M}\p{C}]/gu, '')).not.toContain('##[');
      const [, name, data] = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line) ?? [];
      expect(['group', 'endgroup', 'warning', 'add-mask', 'debug'], line).toContain(name);
      if (name === 'add-mask') expect(['perf', 'gate'], line).not.toContain(data);
    }
    expect(r.stdout).not.toMatch(/^\s*::(error::INJECTED|add-mask::perf)/m);
  });

  test('secrets thrown by a benchmark reach no output: log, summary, comment, report files', async () => {
    const runtime = runtimeToken(pullRequestScopes(7, 'main', 'main'));
    const r = await h.prPush('b'.repeat(40), {
      token: runtime,
      inputs: { config: 'leak.perf-gate.yml', 'baseline-key': 'leak', comment: 'always' },
    });
    expect(r.outputs.verdict).toBe('error');
    const comment = h.api.commentsOn(7).find((c) => c.body.includes('<!-- perf-gate:leak -->'));
    expect(comment).toBeDefined();
    const texts: Record<string, string> = {
      log: r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
      stderr: r.stderr,
      summary: r.summary,
      comment: comment!.body,
      'report.json': readFileSync(r.outputs['report-json']!, 'utf8'),
      'report.md': readFileSync(r.outputs['report-markdown']!, 'utf8'),
    };
    const forms = [TOKEN, escapeMarkdown(TOKEN), 'ghs\\_16C7', runtime, escapeMarkdown(runtime)];
    for (const [where, text] of Object.entries(texts)) {
      for (const form of forms) expect(text.includes(form), `${where} holds ${form.slice(0, 12)}…`).toBe(false);
    }
    // Both were masked for the runner before anything else was written.
    const lines = r.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${TOKEN}`)).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf(`::add-mask::${runtime}`)).toBeGreaterThanOrEqual(0);
    expect(lines.findIndex((l) => !l.startsWith('::add-mask::'))).toBeGreaterThan(lines.indexOf(`::add-mask::${runtime}`));
  });

  test('a pull request from a deleted fork (head.repo: null) that cannot comment gets the fork advice', async () => {
    h.api.readOnly = true;
    try {
      const r = await h.runBundle({
        event: 'pull_request',
        eventPath: h.eventFile('pull_request_fork', (e) => {
          e.pull_request.head.repo = null;
        }),
        ref: 'refs/pull/8/merge',
        sha: '7'.repeat(40),
        token: runtimeToken(pullRequestScopes(8, 'main', 'main')),
        inputs: TINY,
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const w = warnings(r).join('\n');
      expect(w).toContain('HTTP 403');
      expect(w).toContain('comes from a fork');
      expect(w).not.toContain('permissions:');
    } finally {
      h.api.readOnly = false;
    }
  });

  test('a GitHub API that cannot be reached is described as such, never as "HTTP 500"', async () => {
    const r = await h.prPush('c'.repeat(40), { inputs: TINY, env: { GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}` } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const w = warnings(r).join('\n');
    expect(w).toContain('could not comment on the pull request (the connection to the GitHub API was refused');
    expect(w).not.toContain('HTTP 500');
  });

  test('pull_request_target: a plain warning that untrusted code runs with secrets, after the masks', async () => {
    const r = await h.prPush('d'.repeat(40), { event: 'pull_request_target', inputs: { ...TINY, comment: 'never' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const warning = lines.findIndex((l) => l.startsWith('::warning::perf-gate: perf-gate runs on pull_request_target'));
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(lines[warning]).toContain('Measure pull requests in a workflow on pull_request instead');
    expect(lines.slice(0, warning).every((l) => l.startsWith('::add-mask::'))).toBe(true);
    expect(lines.slice(0, warning)).toContain(`::add-mask::${TOKEN}`);
  });
});
