// `perf-gate ab` refusing bad input and being interrupted: one line, exit 2 (or the signal), and no
// worktree left behind on any of these paths.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.ts';
import { ab, BENCH, CONFIG, expectNoWorktreeLeft, expectRefused, repository, write } from './repo.ts';

describe('perf-gate ab: bad input gets one line, exit 2, and no worktree left', () => {
  it('a ref that names no commit', async () => {
    const repo = repository({ 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) });
    expectRefused(await ab(repo, ['--base', 'no-such-branch']), 'base ref "no-such-branch" names no commit', 'fetch');
    expectNoWorktreeLeft(repo);
  });

  it('a directory that is not a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-ab-nogit-'));
    write(dir, { 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) });
    const run = await runCli(['ab', '--base', 'main'], { cwd: dir });
    expectRefused(run, 'is not inside a git repository');
  });

  it('a setup command that fails: names the tree and shows its last lines', async () => {
    const repo = repository({ 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) });
    const run = await ab(repo, ['--base', 'HEAD', '--setup', 'echo compiling; echo "error: missing semicolon" >&2; exit 3']);
    expectRefused(run, `setup command in the base tree (${repo.base.slice(0, 7)}) exited with code 3`, 'missing semicolon');
    expectNoWorktreeLeft(repo);
  });

  it('a base tree without the config', async () => {
    const repo = repository({ 'README.md': 'no config yet\n' }, { 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) });
    expectRefused(await ab(repo, ['--base', 'HEAD']), `the base tree (HEAD, ${repo.base.slice(0, 7)}) has no perf-gate.yml`);
    expectNoWorktreeLeft(repo);
  });

  it('a missing --base', async () => {
    const repo = repository({ 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) });
    expectRefused(await ab(repo, []), '--base REF is required');
  });

  it('an output that cannot be written is refused before anything is measured', async () => {
    const repo = repository({ 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) });
    const run = await ab(repo, ['--base', 'HEAD', '--out-base', 'bench/math.mjs/base.json']);
    expectRefused(run, '--out-base');
    expect(run.stderr).not.toContain('fork');
    expectNoWorktreeLeft(repo);
  });
});

describe('perf-gate ab: a base tree that cannot run a benchmark', () => {
  it('reports it as failed in the base tree, with the setup hint, not as new', async () => {
    const files = {
      'perf-gate.yml': CONFIG.replace('pairs: 4', 'pairs: 2'),
      'bench/math.mjs': `import { work } from './built.mjs';\n${BENCH(2000).replace('2000', 'work')}`,
      '.gitignore': 'built.mjs\n',
    };
    const repo = repository(files, { 'bench/built.mjs': 'export const work = 2000;\n' });
    const run = await ab(repo, ['--base', 'HEAD', '--json', 'report.json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(repo.root, 'report.json'), 'utf8')) as { verdict: string; benchmarks: Array<{ name: string; verdict: string; error?: string }> };
    expect(report.verdict).toBe('error');
    expect(report.benchmarks.map((b) => [b.name, b.verdict]).sort()).toEqual([['math/concat', 'error'], ['math/sum', 'error']]);
    for (const b of report.benchmarks) {
      expect(b.error).toContain(`failed in the base tree (${repo.base.slice(0, 7)})`);
      expect(b.error).toContain('built.mjs');
      expect(b.error).toContain('--setup');
    }
    expectNoWorktreeLeft(repo);
  });
});

describe('perf-gate ab: interrupted', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s while measuring removes the worktree', async (signal) => {
    const repo = repository({ 'perf-gate.yml': CONFIG.replace('pairs: 4', 'pairs: 40'), 'bench/math.mjs': BENCH(2000) });
    const child = spawn(process.execPath, [CLI, 'ab', '--base', 'HEAD'], {
      cwd: repo.root,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: repo.temp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => { done(code); }));
    await new Promise<void>((started) => {
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (/fork \d+\/\d+ done/.test(stderr)) started();
      });
    });
    expect(readdirSync(repo.temp).some((e) => e.startsWith('perf-gate-ab-'))).toBe(true);
    child.kill(signal);
    const code = await exited;
    expect(code).not.toBe(0);
    expectNoWorktreeLeft(repo);
    rmSync(repo.temp, { recursive: true, force: true });
    expect(existsSync(repo.temp)).toBe(false);
  });
});
