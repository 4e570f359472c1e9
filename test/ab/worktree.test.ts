// The base tree of an A/B run: real git repositories in temporary directories, real `git worktree`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWorktree, runSetup, SetupError, sweepStaleWorktrees } from '../../src/ab/worktree.ts';
import { InputError } from '../../src/core/errors.ts';

const GIT_ID = ['-c', 'user.name=perf-gate tests', '-c', 'user.email=tests@perf-gate.invalid', '-c', 'commit.gpgsign=false'];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...GIT_ID, ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A repository with two commits: `base` (value 1) and HEAD (value 2), plus an uncommitted edit. */
function repository(): { root: string; base: string; head: string; temp: string } {
  const root = mkdtempSync(join(tmpdir(), 'perf-gate-ab-repo-'));
  git(root, 'init', '-q', '-b', 'main');
  writeFileSync(join(root, 'value.txt'), '1\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  git(root, 'tag', 'v1');
  writeFileSync(join(root, 'value.txt'), '2\n');
  git(root, 'commit', '-q', '-am', 'head');
  const head = git(root, 'rev-parse', 'HEAD');
  writeFileSync(join(root, 'value.txt'), 'working tree\n');
  const temp = mkdtempSync(join(tmpdir(), 'perf-gate-ab-tmp-'));
  return { root, base, head, temp };
}

function registeredWorktrees(root: string): number {
  return git(root, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).length;
}

describe('addWorktree', () => {
  it('checks out the ref beside the working tree, leaves the working tree alone, and removes itself', async () => {
    const { root, base, temp } = repository();
    const tree = await addWorktree(join(root), 'v1', { tempRoot: temp });
    expect(tree.commit).toBe(base);
    expect(readFileSync(join(tree.dir, 'value.txt'), 'utf8')).toBe('1\n');
    expect(readFileSync(join(root, 'value.txt'), 'utf8')).toBe('working tree\n');
    expect(registeredWorktrees(root)).toBe(2);
    await tree.remove();
    await tree.remove();
    expect(existsSync(tree.dir)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
    expect(registeredWorktrees(root)).toBe(1);
    expect(git(root, 'status', '--porcelain')).toBe('M value.txt');
  });

  it('works from a subdirectory of the repository', async () => {
    const { root, base, temp } = repository();
    mkdirSync(join(root, 'pkg'));
    const tree = await addWorktree(join(root, 'pkg'), 'HEAD~1', { tempRoot: temp });
    expect(tree.commit).toBe(base);
    await tree.remove();
    expect(readdirSync(temp)).toEqual([]);
  });

  it('rejects a ref that names no commit, with one line and nothing left behind', async () => {
    const { root, temp } = repository();
    const err = await addWorktree(root, 'no-such-branch', { tempRoot: temp }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^base ref "no-such-branch" names no commit in .+fetch-depth/);
    expect((err as Error).message).not.toContain('\n');
    expect(readdirSync(temp)).toEqual([]);
    expect(registeredWorktrees(root)).toBe(1);
  });

  it('rejects an option-like ref instead of passing it to git', async () => {
    const { root, temp } = repository();
    await expect(addWorktree(root, '--output=/tmp/x', { tempRoot: temp })).rejects.toThrow(/is not a git ref/);
  });

  it('rejects a directory that is not in a git repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'perf-gate-ab-plain-'));
    const err = await addWorktree(plain, 'main', { tempRoot: plain }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/is not inside a git repository/);
  });
});

describe('sweepStaleWorktrees', () => {
  it('removes the tree of a run that was SIGKILLed, and keeps the trees of live runs', async () => {
    const { root, temp } = repository();
    const live = await addWorktree(root, 'v1', { tempRoot: temp });
    // A separate process makes a tree and is killed before it can remove it.
    const script = `
      import { addWorktree } from ${JSON.stringify(resolve(import.meta.dirname, '../../src/ab/worktree.ts'))};
      const tree = await addWorktree(${JSON.stringify(root)}, 'v1', { tempRoot: ${JSON.stringify(temp)} });
      console.log(tree.dir);
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const orphan = await new Promise<string>((done) => child.stdout.once('data', (d: Buffer) => { done(d.toString().trim()); }));
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    expect(existsSync(orphan)).toBe(true);
    expect(registeredWorktrees(root)).toBe(3);

    const removed = await sweepStaleWorktrees(root, temp);
    expect(removed).toHaveLength(1);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(live.dir)).toBe(true);
    expect(registeredWorktrees(root)).toBe(2);
    await live.remove();
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('runSetup', () => {
  it('runs the command in the tree', async () => {
    const { root, temp } = repository();
    const tree = await addWorktree(root, 'v1', { tempRoot: temp });
    await runSetup(tree.dir, 'cat value.txt > built.txt', { label: 'the base tree', env: { PATH: process.env.PATH }, timeoutMs: 20_000 });
    expect(readFileSync(join(tree.dir, 'built.txt'), 'utf8')).toBe('1\n');
    await tree.remove();
  });

  it('names the tree and shows the last lines of a failing command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-ab-setup-'));
    const command = 'for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo "line $i"; done; echo "npm ERR! missing script: build" >&2; exit 3';
    const err = await runSetup(dir, command, { label: 'the base tree (abc1234)', env: { PATH: process.env.PATH }, timeoutMs: 20_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SetupError);
    const { message, tail } = err as SetupError;
    expect(message).toMatch(/^setup command in the base tree \(abc1234\) exited with code 3: .*npm ERR! missing script: build$/);
    expect(message).not.toContain('\n');
    expect(tail.split('\n')).toHaveLength(10);
    expect(tail).not.toContain('line 1\n');
    expect(tail).toContain('line 12');
  });

  it('kills a setup command that runs past its time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-ab-setup-'));
    await expect(runSetup(dir, 'sleep 30', { label: 'the base tree', env: { PATH: process.env.PATH }, timeoutMs: 300 })).rejects.toThrow(
      /timed out after 0.3 s/,
    );
  });
});
