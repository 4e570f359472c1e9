// A CPU profile of every regression, end to end with the real CLI: a benchmark whose slowdown lives
// in one named inner function is profiled in both trees of `perf-gate ab` and in the current tree of
// a cached-baseline run, and that function is named first; a command that is not a Node program gets
// a note, and profiling never changes the exit code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from '../helpers/cli.ts';
import { ab, expectNoWorktreeLeft, repository } from '../ab/repo.ts';

/** `slowInner` does the work that grows; `otherWork` stays the same. `work` is read once, at import. */
const INNER = (work: string) => `
function slowInner(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(i) % 3;
  return s;
}
function otherWork() {
  let s = 0;
  for (let i = 0; i < 3000; i++) s += i % 7;
  return s;
}
const work = ${work};
export default function (bench) {
  bench.add('task', () => slowInner(work) + otherWork());
}
`;

interface Profile {
  benchmark: string;
  files: { head?: string; base?: string };
  functions: Array<{ name: string; location: string; before?: number; after: number; change?: number }>;
  note?: string;
}

interface Report {
  verdict: string;
  profiles?: Profile[];
  benchmarks: Array<{ name: string; verdict: string }>;
}

function readReport(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

function expectProfileFile(path: string | undefined): void {
  expect(path).toBeDefined();
  expect(existsSync(path ?? '')).toBe(true);
  const profile = JSON.parse(readFileSync(path ?? '', 'utf8')) as { nodes?: unknown[] };
  expect(Array.isArray(profile.nodes) && profile.nodes.length > 0).toBe(true);
}

describe('profiles of regressions', () => {
  it('perf-gate ab: profiles both trees and names the function whose self time grew', async () => {
    const config = `
threshold: 25%
time: 30ms
warmupTime: 5ms
ab: { pairs: 5, budget: 0 }
benchmarks:
  - name: inner
    file: bench/inner.mjs
`;
    const repo = repository({ 'perf-gate.yml': config, 'bench/inner.mjs': INNER('3000') }, { 'bench/inner.mjs': INNER('30000') });
    const run = await ab(repo, ['--base', 'HEAD', '--json', 'report.json']);
    // Ten times the inner work: even a fork slowed by a busy neighbour cannot hide it from five pairs.
    expect(run.code, run.stderr).toBe(1);
    const report = readReport(join(repo.root, 'report.json'));
    expect(report.verdict).toBe('regression');
    const [profile] = report.profiles ?? [];
    expect(profile?.benchmark).toBe('inner');
    expect(profile?.note).toBeUndefined();
    const first = profile?.functions[0];
    expect(first).toMatchObject({ name: 'slowInner', location: 'bench/inner.mjs:2' });
    expect(first?.before).toBeGreaterThan(0);
    expect(first?.after).toBeGreaterThan(first?.before ?? 1);
    expect(first?.change).toBeGreaterThan(0);
    // Beside the JSON report, both trees' profiles, readable as profiles.
    expectProfileFile(profile?.files.head);
    expectProfileFile(profile?.files.base);
    expect(dirname(profile?.files.head ?? '')).toBe(repo.root);
    expect(run.stdout).toContain('CPU profile of inner (self time, base → head):');
    expectNoWorktreeLeft(repo);
  }, 60_000);

  it('cached baseline: profiles the current tree and lists its busiest function first', async () => {
    const config = `
threshold: 25%
policy: percentage
metrics: [p50]
forks: 3
time: 30ms
warmupTime: 5ms
benchmarks:
  - name: inner
    file: bench/inner.mjs
    passEnv: [PERF_GATE_TEST_SLOW]
`;
    const dir = project({ 'perf-gate.yml': config, 'bench/inner.mjs': INNER('3000 * Number(process.env.PERF_GATE_TEST_SLOW ?? 1)') });
    for (let i = 0; i < 3; i++) {
      const r = await runCli(['run', '--out', `history-${i}.json`], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const u = await runCli(['baseline', 'update', '--baseline', '.perf-gate/baseline.json', '--results', `history-${i}.json`], { cwd: dir });
      expect(u.code, u.stderr).toBe(0);
    }
    // Without --json, profiles go to .perf-gate/profiles/ by the config.
    const slow = await runCli(['--markdown', 'slow.md'], { cwd: dir, env: { PERF_GATE_TEST_SLOW: '4' } });
    expect(slow.code, slow.stdout + slow.stderr).toBe(1);
    expect(slow.stdout).toMatch(/CPU profile of inner \(self time\):\n\s+slowInner\s+bench\/inner\.mjs:2\s+\d+\.\d%/);
    const head = /head profile: (.+\.cpuprofile)/.exec(slow.stdout)?.[1];
    expect(head?.startsWith(join(dir, '.perf-gate', 'profiles'))).toBe(true);
    expectProfileFile(head);
    const md = readFileSync(join(dir, 'slow.md'), 'utf8');
    expect(md).toContain('<summary>CPU profile of inner: slowInner');
    expect(md).toContain('a base profile was not at hand');
  }, 60_000);

  it('a command that is not a Node program gets a note, a Node command a profile, and the exit code stays', async () => {
    const loop = 'i=0; n=$((20000 * ${PERF_GATE_TEST_SLOW:-1})); while [ $i -lt $n ]; do i=$((i+1)); done';
    const suite = (profile: boolean) => `
threshold: 25%
policy: percentage
metrics: [p50]
forks: 2
runs: 3
warmup: 0
profile: ${profile}
passEnv: [PERF_GATE_TEST_SLOW]
benchmarks:
  - name: shell
    command: '${loop}'
  - name: node
    command: node bench/run.mjs
`;
    // A Node program with the same inner function, run whole by the command: its profile covers Node's start-up too.
    const program = INNER('300000 * Number(process.env.PERF_GATE_TEST_SLOW ?? 1)').replace(
      /export default[\s\S]*$/,
      'let t = 0;\nfor (let k = 0; k < 40; k++) t += slowInner(work) + otherWork();\nif (t < 0) console.log(t);\n',
    );
    const dir = project({ 'perf-gate.yml': suite(true), 'quiet.yml': suite(false), 'bench/run.mjs': program });
    // One run of history: the percentage rule compares with the newest run.
    const recorded = await runCli(['--update-baseline'], { cwd: dir });
    expect(recorded.code, recorded.stderr).toBe(0);
    const slow = await runCli(['--json', 'slow.json'], { cwd: dir, env: { PERF_GATE_TEST_SLOW: '4' } });
    expect(slow.code, slow.stdout + slow.stderr).toBe(1);
    const report = readReport(join(dir, 'slow.json'));
    const byName = new Map((report.profiles ?? []).map((p) => [p.benchmark, p]));
    expect(report.benchmarks.filter((b) => b.verdict === 'regression').map((b) => b.name).sort()).toEqual(['node', 'shell']);
    expect(byName.get('shell')).toMatchObject({ files: {}, functions: [], note: 'not a Node program: not profiled' });
    const node = byName.get('node');
    expect(node?.functions[0]).toMatchObject({ name: 'slowInner', location: 'bench/run.mjs:2' });
    expectProfileFile(node?.files.head);

    // The shell benchmark again with profiling off: the same exit code, no profiles.
    const quiet = await runCli(['--config', 'quiet.yml', '--filter', '^shell$', '--json', 'quiet.json'], { cwd: dir, env: { PERF_GATE_TEST_SLOW: '4' } });
    expect(quiet.code, quiet.stdout + quiet.stderr).toBe(1);
    expect(readReport(join(dir, 'quiet.json')).profiles).toBeUndefined();
  }, 90_000);
});
