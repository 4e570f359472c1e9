// What perf-gate leaves behind if it is killed outright (SIGKILL, the OOM killer, a runner that
// tears the job down). Signal handlers cannot run then, and benchmark processes live in process
// groups of their own (so a hang can be killed with everything it started): nothing would stop them
// or remove the run's temporary directory. Two safeguards:
//
// - a reaper: a tiny process started with the run that holds a pipe from perf-gate. perf-gate tells
//   it each benchmark process group it starts and ends; when the pipe closes without a goodbye
//   (perf-gate died however it died), it kills the groups still recorded and removes the run
//   directory, then exits. On a normal end perf-gate closes the pipe itself with nothing recorded.
// - an owner file in every run directory (pid and host): the next run removes directories whose
//   owner is dead, for the cases where the reaper died too (a whole container killed at once).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processExists } from '../core/process.ts';

/** Run directories are `<tmpdir>/perf-gate-run-XXXXXX`. */
export const RUN_DIR_PREFIX = 'perf-gate-run-';
const OWNER_FILE = 'owner.json';

interface Owner {
  pid: number;
  host: string;
}

/** Creates a run directory owned by this process. */
export function createRunDir(root = os.tmpdir()): string {
  const dir = mkdtempSync(path.join(root, RUN_DIR_PREFIX));
  const owner: Owner = { pid: process.pid, host: os.hostname() };
  writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify(owner));
  return dir;
}

/**
 * Removes run directories whose owner process is gone. Only directories with an owner file written
 * on this host are considered: a directory being created (no owner file yet), another machine's
 * (a shared /tmp) or one whose pid is alive or reused is left alone. Returns the removed paths.
 */
export function sweepStaleRunDirs(root = os.tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const host = os.hostname();
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(RUN_DIR_PREFIX)) continue;
    const dir = path.join(root, name);
    let owner: Partial<Owner>;
    try {
      owner = JSON.parse(readFileSync(path.join(dir, OWNER_FILE), 'utf8')) as Partial<Owner>;
    } catch {
      continue;
    }
    if (owner.host !== host || typeof owner.pid !== 'number' || !Number.isInteger(owner.pid) || owner.pid <= 0) continue;
    if (owner.pid === process.pid || processExists(owner.pid)) continue;
    try {
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // someone else's to deal with (permissions): never fail a run over it
    }
  }
  return removed;
}

// The reaper's program (argv[1]: the mark). Lines on stdin: "+PGID" / "-PGID" record and forget a
// process group, "dPATH" / "DPATH" a directory. Where /proc exists it also kills every process whose
// environment carries the mark: that covers a process perf-gate had no time to report (killed right
// after spawning it) and grandchildren that left their group. SIGINT and SIGHUP are ignored: Ctrl-C
// is perf-gate's to handle, and a closed terminal ends perf-gate, which closes the pipe. SIGTERM (a
// job being torn down) reaps at once.
const REAPER_SOURCE = `
const fs = require('node:fs');
const mark = Buffer.from(process.argv[1] + '\\0');
function marked() {
  const found = [];
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((p) => /^[0-9]+$/.test(p)); } catch { return found; }
  for (const p of pids) {
    if (Number(p) === process.pid) continue;
    try {
      const env = fs.readFileSync('/proc/' + p + '/environ');
      if (env.indexOf(mark) === 0 || env.indexOf(Buffer.concat([Buffer.from([0]), mark])) >= 0) found.push(Number(p));
    } catch {}
  }
  return found;
}
const groups = new Set();
const dirs = new Set();
let buffer = '';
let done = false;
function reap() {
  if (done) return;
  done = true;
  for (const group of groups) { try { process.kill(-group, 'SIGKILL'); } catch {} }
  for (const pid of marked()) {
    try { process.kill(-pid, 'SIGKILL'); } catch {}
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  for (const dir of dirs) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }
  process.exit(0);
}
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.on('SIGTERM', reap);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  for (let i = buffer.indexOf('\\n'); i >= 0; i = buffer.indexOf('\\n')) {
    const line = buffer.slice(0, i);
    buffer = buffer.slice(i + 1);
    const arg = line.slice(1);
    if (line[0] === '+') groups.add(Number(arg));
    else if (line[0] === '-') groups.delete(Number(arg));
    else if (line[0] === 'd') dirs.add(arg);
    else if (line[0] === 'D') dirs.delete(arg);
  }
});
process.stdin.on('end', reap);
process.stdin.on('close', reap);
process.stdin.on('error', reap);
`;

let reaper: ChildProcess | undefined;
let users = 0;
/** The environment variable that marks every benchmark process of this perf-gate process. */
export const MARK_VARIABLE = 'PERF_GATE_RUN';
let mark: string | undefined;

function send(line: string): void {
  if (!reaper?.stdin || reaper.stdin.destroyed) return;
  reaper.stdin.write(`${line}\n`);
}

/**
 * Starts the reaper if none is running (one serves every run of this process) and hands it `dir`.
 * The returned function forgets the directory and, for the last user, ends the reaper. Where
 * process groups do not exist (Windows), or the reaper cannot start, runs go on without it.
 */
export function acquireReaper(dir: string): () => void {
  if (process.platform === 'win32') return () => {};
  if (!reaper) {
    try {
      mark = `${process.pid}-${randomBytes(6).toString('hex')}`;
      const child = spawn(process.execPath, ['--input-type=commonjs', '-e', REAPER_SOURCE, `${MARK_VARIABLE}=${mark}`], {
        // Its own group: a Ctrl-C or a kill of perf-gate's group must not take the reaper along.
        detached: true,
        stdio: ['pipe', 'ignore', 'ignore'],
        // It runs no user code and needs nothing of the environment (NODE_OPTIONS could load hooks).
        env: {},
      });
      child.on('error', () => {
        if (reaper === child) reaper = undefined;
      });
      child.stdin.on('error', () => {
        // The reaper is gone: nothing to tell it any more.
      });
      child.unref();
      reaper = child;
    } catch {
      return () => {};
    }
  }
  users++;
  send(`d${dir}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    send(`D${dir}`);
    if (--users === 0 && reaper) {
      reaper.stdin?.end();
      reaper = undefined;
      mark = undefined;
    }
  };
}

/** The variable to add to a benchmark process's environment while a reaper runs. */
export function reaperMark(): Record<string, string> {
  return mark === undefined ? {} : { [MARK_VARIABLE]: mark };
}

/** Records a benchmark process group with the reaper (no-op when none runs). */
export function reaperTrack(group: number): void {
  send(`+${group}`);
}

/** Forgets a process group that has ended and was reaped by perf-gate itself. */
export function reaperForget(group: number): void {
  send(`-${group}`);
}

/** The reaper's pid while one runs (tests). */
export function reaperPid(): number | undefined {
  return reaper?.pid;
}
