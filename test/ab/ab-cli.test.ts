// `perf-gate ab` as a user runs it: real git repositories in temporary directories, the real CLI in a
// child process, real worktrees. Every run must leave no worktree behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ab, BENCH, CONFIG, expectNoWorktreeLeft, git, repository } from './repo.ts';

describe('perf-gate ab', () => {
  it('finds a slowdown in the working tree, reports a task the base lacks as new, and writes both documents', async () => {
    const repo = repository(
      { 'perf-gate.yml': CONFIG, 'bench/math.mjs': BENCH(2000) },
      { 'bench/math.mjs': BENCH(12000, "\n  bench.add('extra', () => 1);") },
    );
    const run = await ab(repo, ['--base', 'HEAD', '--out', 'head.json', '--out-base', 'base.json', '--json', 'report.json']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/REGRESSION/);
    expect(run.stdout).toMatch(new RegExp(`against base ${repo.base.slice(0, 7)} \\(HEAD\\), same job, 4 pairs`));
    const report = JSON.parse(readFileSync(join(repo.root, 'report.json'), 'utf8')) as {
      verdict: string;
      against: { commit: string; pairs: { min: number; max: number } };
      benchmarks: Array<{ name: string; verdict: string }>;
    };
    expect(report.verdict).toBe('regression');
    expect(report.against.commit).toBe(repo.base);
    expect(report.against.pairs).toEqual({ min: 4, max: 4 });
    const verdicts = Object.fromEntries(report.benchmarks.map((b) => [b.name, b.verdict]));
    expect(verdicts['math/sum']).toBe('regression');
    expect(verdicts['math/extra']).toBe('new');
    expect(verdicts['math/concat']).not.toBe('regression');
    const head = JSON.parse(readFileSync(join(repo.root, 'head.json'), 'utf8')) as { benchmarks: Array<{ name: string; forkStats: unknown[] }> };
    const base = JSON.parse(readFileSync(join(repo.root, 'base.json'), 'utf8')) as { git: { commit: string }; benchmarks: Array<{ name: string; forkStats: unknown[] }> };
    expect(head.benchmarks.map((b) => b.name).sort()).toEqual(['math/concat', 'math/extra', 'math/sum']);
    expect(base.benchmarks.map((b) => b.name).sort()).toEqual(['math/concat', 'math/sum']);
    expect(base.git.commit).toBe(repo.base);
    for (const b of [...head.benchmarks, ...base.benchmarks]) expect(b.forkStats).toHaveLength(4);
    // The working tree is measured as it is, and left as it was.
    expect(git(repo.root, 'status', '--porcelain')).toContain('bench/math.mjs');
    expectNoWorktreeLeft(repo);
  }, 150_000);

  it('passes an unchanged tree', async () => {
    const repo = repository({ 'perf-gate.yml': CONFIG.replace('pairs: 4', 'pairs: 2'), 'bench/math.mjs': BENCH(2000) });
    const run = await ab(repo, ['--base', 'HEAD']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/REGRESSION/);
    expectNoWorktreeLeft(repo);
  });

  it('runs the setup command in the base tree before measuring it', async () => {
    // The base tree's benchmark imports a module only its setup creates.
    const files = {
      'perf-gate.yml': CONFIG.replace('pairs: 4', 'pairs: 2'),
      'bench/math.mjs': `import { work } from './built.mjs';\n${BENCH(2000).replace('2000', 'work')}`,
      '.gitignore': 'built.mjs\n',
    };
    const repo = repository(files, { 'bench/built.mjs': 'export const work = 2000;\n' });
    const run = await ab(repo, ['--base', 'HEAD', '--setup', "echo 'export const work = 2000;' > bench/built.mjs"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`setting up the base tree (${repo.base.slice(0, 7)})`);
    expectNoWorktreeLeft(repo);
  });
});

