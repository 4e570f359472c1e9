// The Action with `against: base`, as the runner runs it (see harness.ts): a real repository whose
// pull request makes `sum` do 8× the work of its base, checked out one commit deep the way
// actions/checkout does, so the bundle has to fetch the base commit from origin, set the base tree up
// with the `setup` input, and measure both trees in the same job. No cache is read or written, and the
// temporary worktree is gone afterwards.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pullRequestScopes, runtimeToken } from './fakes/cache-service.ts';
import { ActionHarness, MARKER, type RunResult } from './harness.ts';

const GIT_ID = ['-c', 'user.name=perf-gate tests', '-c', 'user.email=tests@perf-gate.invalid', '-c', 'commit.gpgsign=false'];

function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync('git', [...GIT_ID, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (err) {
    const { stderr, stdout } = err as { stderr?: unknown; stdout?: unknown };
    throw new Error(`git ${args.join(' ')} failed: ${String(stderr)}${String(stdout)}`, { cause: err });
  }
}

/** The benchmark imports `lib.mjs`, which only the build makes: a base tree that was not set up fails. */
const LIB = (work: number) => `export function sum() { let s = 0; for (let i = 0; i < ${work}; i++) s += i; return s; }\n`;

const FILES: Record<string, string> = {
  '.gitignore': '/lib.mjs\n',
  'build.mjs': "import { copyFileSync } from 'node:fs';\ncopyFileSync('src/lib.mjs', 'lib.mjs');\n",
  'bench/math.mjs': "import { sum } from '../lib.mjs';\nexport default function (bench) {\n  bench.add('sum', sum);\n}\n",
  'perf-gate.yml': [
    'threshold: 25%',
    'metrics: [p50]',
    'forks: 1',
    'time: 40ms',
    'warmupTime: 10ms',
    'ab: { pairs: 4, budget: 0 }',
    'benchmarks:',
    '  - name: math',
    '    file: bench/math.mjs',
    '',
  ].join('\n'),
};

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const h = new ActionHarness();
let base = '';
let head = '';
/** TMPDIR of the runs: the worktree is made here, and must be gone afterwards. */
let temp = '';

beforeAll(async () => {
  await h.start();
  const work = join(h.tmp, 'work');
  mkdirSync(work);
  git(work, 'init', '-q', '-b', 'main');
  write(work, { ...FILES, 'src/lib.mjs': LIB(2000) });
  git(work, 'add', '.');
  git(work, 'commit', '-q', '-m', 'base');
  base = git(work, 'rev-parse', 'HEAD');
  write(work, { 'src/lib.mjs': LIB(16_000) });
  git(work, 'commit', '-q', '-am', 'sum does 8x the work');
  head = git(work, 'rev-parse', 'HEAD');
  const origin = join(h.tmp, 'origin.git');
  git(h.tmp, 'clone', '-q', '--bare', work, origin);
  // The job's checkout: one commit deep, built by the job's own step.
  h.workspace = join(h.tmp, 'checkout');
  git(h.tmp, 'clone', '-q', '--depth=1', `file://${origin}`, h.workspace);
  execFileSync(process.execPath, ['build.mjs'], { cwd: h.workspace });
  temp = join(h.tmp, 'runner-tmp');
  mkdirSync(temp);
}, 60_000);

afterAll(async () => {
  await h.stop();
});

function pullRequest(baseSha: string, inputs: Record<string, string>): Promise<RunResult> {
  return h.runBundle({
    event: 'pull_request',
    eventPath: h.eventFile('pull_request', (e) => {
      e.after = head;
      e.pull_request.head.sha = head;
      e.pull_request.base.sha = baseSha;
    }),
    ref: 'refs/pull/7/merge',
    sha: head,
    token: runtimeToken(pullRequestScopes(7, 'main', 'main')),
    inputs: { against: 'base', ...inputs },
    env: { TMPDIR: temp },
  });
}

function expectNoWorktreeLeft(): void {
  expect(readdirSync(temp).filter((e) => e.startsWith('perf-gate-ab-'))).toEqual([]);
  git(h.workspace, 'worktree', 'prune');
  expect(git(h.workspace, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree '))).toHaveLength(1);
}

describe('the Action with against: base', () => {
  test('a pull request slower than its base: the base fetched, set up and measured in the job, the comment says against what', async () => {
    expect(() => git(h.workspace, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const r = await pullRequest(base, { setup: 'node build.mjs' });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.verdict).toBe('regression');
    expect(r.outputs.regressions).toBe('1');
    expect(r.stdout).toContain(`perf-gate: fetched the base commit ${base.slice(0, 7)} from origin`);
    // The base tree's benchmark imports what only the setup makes: without it the verdict would be error.
    expect(r.stdout).toMatch(new RegExp(`setting up the base tree \\(${base.slice(0, 7)}\\): node build\\.mjs`));
    const comments = h.stickyComments(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain(`Measured pull request #7 at \`${head.slice(0, 7)}\` (into main) against base ${base.slice(0, 7)}, same job, 4 pairs.`);
    expect(body).toContain('**Regressions**');
    expect(r.summary).toContain(`against base ${base.slice(0, 7)}`);
    for (const text of [body, r.summary, r.stdout]) {
      expect(text).not.toMatch(/No baseline was found|Actions cache could not be read|merge to the default branch|was to be measured/);
    }
    // Neither read nor written: the baseline was measured here.
    expect(h.cache.calls).toEqual([]);
    expectNoWorktreeLeft();
  });

  test('a base commit origin does not have: one line naming it and the fix, nothing measured, no worktree', async () => {
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const r = await pullRequest(missing, {});
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringMatching(/^::error::perf-gate: the pull request's base commit 0123456 is not in the checkout and could not be fetched from origin .*fetch-depth: 0/),
    ]);
    expect(r.stdout).not.toContain('measuring');
    expect(h.cache.calls).toEqual([]);
    expectNoWorktreeLeft();
  });

  test('a push to the default branch with against: base: the cached baseline is compared with and saved as always, with a notice', async () => {
    const r = await h.pushMain(head, { inputs: { against: 'base' }, env: { TMPDIR: temp } });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::notice::'))).toEqual([
      expect.stringMatching(/^::notice::perf-gate: against: base compares pull requests with their base commit; on the default branch \(push\) the cached baseline is compared with and updated/),
    ]);
    expect(h.cache.calls.map((c) => c.method)).toContain('GetCacheEntryDownloadURL');
    expect(h.cache.visible(['refs/heads/main']).map((e) => e.key)).toEqual([expect.stringContaining(head)]);
    expectNoWorktreeLeft();
  });
});
