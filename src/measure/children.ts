// Child processes of a run: spawned detached (each its own process group) so that a hang can be
// killed with everything it started (`sh -c "a | b"`, a worker's own children). Detached groups do
// not receive the terminal's Ctrl-C, so while any is alive we forward SIGINT/SIGTERM/SIGHUP (and
// process exit) to them: interrupting perf-gate never leaves benchmarks burning CPU in the background.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { tailBetweenWords } from '../core/escape.ts';
import { reaperForget, reaperMark, reaperTrack } from './reaper.ts';

const live = new Set<ChildProcess>();
/** Synchronous clean-ups (a run's temporary directory) to do if a signal ends the process. */
const cleanups = new Set<() => void>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function killGroup(child: ChildProcess, afterExit = false): void {
  const signal = 'SIGKILL';
  if (child.pid === undefined) return;
  if (!afterExit && (child.exitCode !== null || child.signalCode !== null)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    if (afterExit) return;
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function killAll(): void {
  for (const child of live) killGroup(child);
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // best effort: the process is ending anyway
    }
  }
  cleanups.clear();
  uninstall();
  // Re-raise so the default behaviour still ends the process, unless someone else handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Handlers are installed only while there is something to stop or clean, so idle code is unaffected. */
function update(): void {
  const needed = live.size > 0 || cleanups.size > 0;
  if (needed && !installed) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', killAll);
    installed = true;
  } else if (!needed && installed) {
    uninstall();
  }
}

function uninstall(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', killAll);
  installed = false;
}

function track(child: ChildProcess): void {
  live.add(child);
  update();
  const forget = () => {
    if (!live.delete(child)) return;
    update();
  };
  child.once('exit', forget);
  child.once('error', forget);
}

/**
 * Runs `cleanup` (synchronously) if SIGINT, SIGTERM or SIGHUP ends the process before the returned
 * function is called: a run interrupted between forks still removes its temporary directory.
 */
export function cleanUpOnSignal(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  update();
  return () => {
    cleanups.delete(cleanup);
    update();
  };
}

/** A bounded buffer of the last bytes a stream wrote. */
export class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  private readonly limit: number;
  constructor(limit = 8192) {
    this.limit = limit;
  }
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Drop whole chunks from the front while what is left still holds `limit` bytes.
    for (let first = this.chunks[0]; first && this.size - first.length >= this.limit; first = this.chunks[0]) {
      this.chunks.shift();
      this.size -= first.length;
    }
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}

/**
 * The last non-empty lines of some output, joined with " | " and cut to about `max` characters, only
 * ever between words (a secret the output printed is then whole, where redaction finds it, or gone).
 */
export function lastLines(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let out = '';
  for (const line of lines.reverse()) {
    const next = out ? `${line} | ${out}` : line;
    if (next.length > max) {
      if (!out) out = tailBetweenWords(line, max);
      break;
    }
    out = next;
  }
  return out;
}

export interface RunResult {
  /** Exit code, or null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Spawn failure (ENOENT…). */
  spawnError?: NodeJS.ErrnoException;
  stderr: string;
  stdout: string;
  /** Wall time from spawn to exit, ns. */
  elapsedNs: bigint;
}

/**
 * Spawns a process in its own group, drains its output (keeping only tails), and resolves when it
 * exits. After `timeoutMs` the whole group is SIGKILLed and `timedOut` is set.
 */
export function runChild(
  file: string,
  args: string[],
  options: SpawnOptions & { timeoutMs: number; shell?: boolean },
): Promise<RunResult> {
  const { timeoutMs, ...spawnOptions } = options;
  return new Promise((resolve) => {
    const stderr = new Tail();
    const stdout = new Tail(2048);
    const start = process.hrtime.bigint();
    let timedOut = false;
    let settled = false;
    let child: ChildProcess;
    const done = (result: Omit<RunResult, 'stderr' | 'stdout' | 'elapsedNs' | 'timedOut'>, end: bigint) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, timedOut, stderr: stderr.text(), stdout: stdout.text(), elapsedNs: end - start });
    };
    try {
      const env = spawnOptions.env ? { ...spawnOptions.env, ...reaperMark() } : undefined;
      child = spawn(file, args, { ...spawnOptions, ...(env ? { env } : {}), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      resolve({ code: null, signal: null, timedOut: false, spawnError: err as NodeJS.ErrnoException, stderr: '', stdout: '', elapsedNs: 0n });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    track(child);
    // Detached: the child's pid is its group's id. Should perf-gate die without a chance to kill
    // it (SIGKILL), the reaper does.
    const group = child.pid;
    if (group !== undefined) reaperTrack(group);
    child.stdout?.on('data', (c: Buffer) => stdout.push(c));
    child.stderr?.on('data', (c: Buffer) => stderr.push(c));
    child.once('error', (err) => done({ code: null, signal: null, spawnError: err }, process.hrtime.bigint()));
    child.once('exit', (code, signal) => {
      const end = process.hrtime.bigint();
      // Kill what the process may have left behind in its group (a backgrounded grandchild would
      // otherwise keep the pipes open and keep running).
      killGroup(child, true);
      if (group !== undefined) reaperForget(group);
      // Wait for the pipes to drain so the stderr tail is complete, but never for long: a grandchild
      // that escaped the group may still hold them.
      let waiting = 0;
      const streams = [child.stdout, child.stderr].filter((s): s is NonNullable<typeof s> => s !== null && !s.readableEnded);
      if (streams.length === 0) {
        done({ code, signal }, end);
        return;
      }
      const guard = setTimeout(() => done({ code, signal }, end), 200);
      for (const s of streams) {
        waiting++;
        s.once('close', () => {
          if (--waiting === 0) {
            clearTimeout(guard);
            done({ code, signal }, end);
          }
        });
      }
    });
  });
}
