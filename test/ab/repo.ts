// What the A/B command's test files share: real git repositories in temporary directories, the CLI
// run in them, and the check that no worktree is left behind.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { hasStackTrace, runCli, type CliRun } from '../helpers/cli.ts';

export const GIT_ID = ['-c', 'user.name=perf-gate tests', '-c', 'user.email=tests@perf-gate.invalid', '-c', 'commit.gpgsign=false'];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...GIT_ID, ...args], { cwd, encoding: 'utf8' }).trim();
}

export const BENCH = (work: number, extra = '') => `
export default function (bench) {
  bench.add('sum', () => { let s = 0; for (let i = 0; i < ${work}; i++) s += i; return s; });
  bench.add('concat', () => { let s = ''; for (let i = 0; i < 100; i++) s += 'x'; return s; });${extra}
}
`;

export const CONFIG = `
threshold: 25%
time: 25ms
warmupTime: 5ms
ab: { pairs: 4, budget: 0 }
benchmarks:
  - name: math
    file: bench/math.mjs
`;

export interface Repo {
  root: string;
  base: string;
  /** TMPDIR of the runs: where worktrees are made, and must be gone from afterwards. */
  temp: string;
}

export function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository whose one commit holds `files`; the working tree is then changed by `head`. */
export function repository(files: Record<string, string>, head: Record<string, string> = {}): Repo {
  const root = mkdtempSync(join(tmpdir(), 'perf-gate-ab-cli-'));
  git(root, 'init', '-q', '-b', 'main');
  write(root, files);
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  write(root, head);
  return { root, base, temp: mkdtempSync(join(tmpdir(), 'perf-gate-ab-tmp-')) };
}

export function ab(repo: Repo, args: string[]): Promise<CliRun> {
  return runCli(['ab', ...args], { cwd: repo.root, env: { TMPDIR: repo.temp } });
}

export function expectNoWorktreeLeft(repo: Repo): void {
  expect(readdirSync(repo.temp).filter((e) => e.startsWith('perf-gate-ab-'))).toEqual([]);
  git(repo.root, 'worktree', 'prune');
  expect(git(repo.root, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree '))).toHaveLength(1);
}

/** The run's last stderr line, which for a refused run is its one error line. */
function lastLine(run: CliRun): string {
  return run.stderr.trim().split('\n').at(-1) ?? '';
}

export function expectRefused(run: CliRun, ...parts: Array<string | RegExp>): void {
  expect(run.code, run.stderr).toBe(2);
  const line = lastLine(run);
  for (const p of parts) {
    if (typeof p === 'string') expect(line).toContain(p);
    else expect(line).toMatch(p);
  }
  expect(hasStackTrace(run.stderr)).toBe(false);
  expect(run.stdout).toBe('');
}

