// The A/B phases' repository: a temporary git repository holding a copy of the study suite and its
// config, committed as a base. Each run's head is a commit on top of a base, as a pull request's would
// be: for an unchanged run it touches only a file no benchmark reads; for a slowdown it raises the work
// count written in the slowed benchmarks' source (`units('loop-sum', 20_000)` → `21_000`), a real code
// change that only the head tree carries, so `perf-gate ab` measures the base tree doing the old work
// and the head tree doing more.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUITE_DIR, slowedWork, workCallPattern, workCount } from './suite-info.ts';

export interface StudyRepo {
  dir: string;
}

export interface Head {
  commit: string;
  /** Slowed benchmark → the factor its work count really changed by (after rounding to whole units). */
  slowed: Record<string, number>;
}

const IDENTITY = ['-c', 'user.name=perf-gate study', '-c', 'user.email=study@localhost', '-c', 'commit.gpgsign=false'];

export function git(repo: StudyRepo, args: string[]): string {
  const r = spawnSync('git', [...IDENTITY, ...args], { cwd: repo.dir, encoding: 'utf8' });
  if (r.error) throw new Error(`could not start git: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} exited with ${r.status}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** A new repository at `dir` holding the suite's benchmark files (no commit yet). */
export function createStudyRepo(dir: string): StudyRepo {
  mkdirSync(join(dir, 'suite'), { recursive: true });
  const repo = { dir };
  git(repo, ['init', '-q', '-b', 'main']);
  for (const file of readdirSync(SUITE_DIR).filter((f) => f.endsWith('.mjs'))) {
    copyFileSync(join(SUITE_DIR, file), join(dir, 'suite', file));
  }
  return repo;
}

/** Commits the current suite files with `config` as perf-gate.yml on top of `parent`; the base's commit. */
export function commitBase(repo: StudyRepo, config: string, message: string, parent?: string): string {
  if (parent !== undefined) git(repo, ['checkout', '-q', '--detach', parent]);
  writeFileSync(join(repo.dir, 'perf-gate.yml'), config);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '--allow-empty', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

/**
 * Checks out a new head on top of `base`: `slow` maps benchmarks to the factor their work per call
 * grows by (empty: a change no benchmark reads). The working tree is left at the head.
 */
export function commitHead(repo: StudyRepo, base: string, id: string, slow: Record<string, number>): Head {
  git(repo, ['checkout', '-q', '--detach', base]);
  const slowed: Record<string, number> = {};
  for (const [name, factor] of Object.entries(slow)) {
    const path = join(repo.dir, 'suite', `${name}.mjs`);
    const source = readFileSync(path, 'utf8');
    const changed = slowedWork(workCount(source, name), factor);
    writeFileSync(path, source.replace(workCallPattern(name), `units('${name}', ${changed.work})`));
    slowed[name] = changed.factor;
  }
  // Every head differs from its base, as a pull request does, even when no benchmark reads the change.
  writeFileSync(join(repo.dir, 'CHANGES.md'), `${id}\n`);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', `head ${id}`]);
  return { commit: git(repo, ['rev-parse', 'HEAD']), slowed };
}
