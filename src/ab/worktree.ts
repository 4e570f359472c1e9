// A second tree of the repository at another commit, for measuring a change against its base in the
// same job. `git worktree add --detach` checks the commit out beside the working tree without
// touching it (no branch moves, no stash). Every way out removes the tree again: the returned
// `remove`, a signal (through the run's signal clean-ups), and — for a run that was SIGKILLed — the
// next run, which sweeps trees whose owner process is gone.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { InputError } from '../core/errors.ts';
import { cleanUpOnSignal, lastLines, runChild } from '../measure/children.ts';
import { processExists } from '../core/process.ts';

const run = promisify(execFile);

/** Temporary trees are `<tmp>/perf-gate-ab-XXXXXX/tree`, with `owner.json` beside `tree`. */
const PREFIX = 'perf-gate-ab-';

export interface Worktree {
  /** The checked-out tree. */
  dir: string;
  /** The full commit id the ref resolved to. */
  commit: string;
  /** Removes the tree and its registration; safe to call more than once. */
  remove(): Promise<void>;
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

/** The top of the repository holding `dir`; a one-line error when there is none. */
export async function repositoryRoot(dir: string): Promise<string> {
  try {
    return await git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new InputError(`${dir} is not inside a git repository: measuring against a base ref needs one`);
  }
}

/** The commit `ref` names in the repository at `root`; a one-line error when it names none. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (ref.startsWith('-') || ref.trim() === '') {
    throw new InputError(`base ref "${ref}" is not a git ref (expected a branch, tag or commit)`);
  }
  try {
    return await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${ref}" names no commit in ${root} (fetch it first, e.g. actions/checkout with fetch-depth: 0)`,
    );
  }
}

/**
 * Removes the trees of runs that ended without cleaning up (SIGKILL, a lost machine). A tree is stale
 * when the process that made it is gone; trees of live runs are left alone.
 */
export async function sweepStaleWorktrees(root: string, tempRoot = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(tempRoot).filter((e) => e.startsWith(PREFIX));
  } catch {
    return removed;
  }
  for (const entry of entries) {
    const holder = join(tempRoot, entry);
    let owner: { pid?: unknown };
    try {
      owner = JSON.parse(readFileSync(join(holder, 'owner.json'), 'utf8')) as { pid?: unknown };
    } catch {
      continue; // not ours, or still being made
    }
    if (typeof owner.pid !== 'number' || processExists(owner.pid)) continue;
    rmSync(holder, { recursive: true, force: true });
    removed.push(holder);
  }
  // Forget registrations whose directories are gone (ours just now, or anyone's earlier).
  await git(root, ['worktree', 'prune']).catch(() => undefined);
  return removed;
}

/** Checks out `ref` of the repository holding `cwd` into a temporary tree. */
export async function addWorktree(cwd: string, ref: string, options: { tempRoot?: string } = {}): Promise<Worktree> {
  const root = await repositoryRoot(resolve(cwd));
  const commit = await resolveCommit(root, ref);
  const tempRoot = options.tempRoot ?? tmpdir();
  await sweepStaleWorktrees(root, tempRoot);
  const holder = mkdtempSync(join(tempRoot, PREFIX));
  writeFileSync(join(holder, 'owner.json'), JSON.stringify({ pid: process.pid, root, commit }));
  const dir = join(holder, 'tree');

  let removed = false;
  const removeSync = () => {
    rmSync(holder, { recursive: true, force: true });
  };
  const forget = cleanUpOnSignal(removeSync);
  const remove = async () => {
    if (removed) return;
    removed = true;
    await git(root, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
    removeSync();
    await git(root, ['worktree', 'prune']).catch(() => undefined);
    forget();
  };
  try {
    await git(root, ['worktree', 'add', '--detach', dir, commit]);
  } catch (err) {
    await remove();
    const stderr = (err as { stderr?: unknown }).stderr;
    const detail = lastLines(typeof stderr === 'string' || Buffer.isBuffer(stderr) ? stderr.toString() : '', 160);
    throw new InputError(`could not check out ${commit.slice(0, 7)} into a temporary worktree${detail ? `: ${detail}` : ''}`);
  }
  return { dir, commit, remove };
}

/** A setup command that failed: the message is one line; `tail` holds its last lines of output. */
export class SetupError extends InputError {
  override name = 'SetupError';
  readonly tail: string;
  constructor(message: string, tail: string) {
    super(message);
    this.tail = tail;
  }
}

/**
 * Runs the command that prepares a tree (`npm ci && npm run build`) in `dir`, with the environment
 * given (the caller decides what a build may see). `label` names the tree in errors.
 */
export async function runSetup(
  dir: string,
  command: string,
  options: { label: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<void> {
  const result = await runChild(command, [], { shell: true, cwd: dir, env: options.env, timeoutMs: options.timeoutMs });
  if (result.code === 0) return;
  const tail = `${result.stdout}\n${result.stderr}`
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-10)
    .join('\n');
  const why = result.spawnError
    ? `could not start (${result.spawnError.code ?? result.spawnError.message})`
    : result.timedOut
      ? `timed out after ${(options.timeoutMs / 1000).toFixed(options.timeoutMs < 10_000 ? 1 : 0)} s`
      : result.signal
        ? `was killed by ${result.signal}`
        : `exited with code ${result.code}`;
  throw new SetupError(`setup command in ${options.label} ${why}: ${lastLines(tail, 160) || 'no output'}`, tail);
}
