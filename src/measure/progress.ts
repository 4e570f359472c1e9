// Progress of a measuring run, reported through a small sink so entry points choose where it goes
// (the CLI: stderr; tests: an array). The default sink writes human lines to stderr: on a TTY one
// line rewritten in place, otherwise one line per finished fork.

import { escapeLogLine } from '../core/escape.ts';

export interface ForkProgress {
  /** The benchmark this fork measures, by its result name (`<benchmark>/<task>` for a task of a file). */
  benchmark: string;
  /** This fork, 1-based, and the benchmark's number of forks (k/N). */
  fork: number;
  forks: number;
  /** Forks finished so far and planned in total, over all benchmarks. */
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left, once at least one fork has finished. */
  remainingMs?: number;
}

export type ProgressEvent =
  /**
   * `benchmarks` counts results, as the end event does: the tasks of a file are counted one by one.
   * `configured`: the config entries they come from, when known.
   */
  | { type: 'start'; benchmarks: number; total: number; configured?: number }
  | ({ type: 'fork-start' } & ForkProgress)
  | ({ type: 'fork-end'; durationMs: number; error?: string } & ForkProgress)
  | { type: 'end'; elapsedMs: number; benchmarks: number; errors: number };

export interface ProgressSink {
  event(e: ProgressEvent): void;
}

export const silentProgress: ProgressSink = { event() {} };

/** `250 ms`, `1.5 s`, `12 s`, `2 min 5 s`. */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = ms / 1000;
  if (s < 10) {
    const r = Math.round(s * 10) / 10;
    return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)} s`;
  }
  if (s < 120) return `${Math.round(s)} s`;
  const whole = Math.round(s);
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''}`;
}

interface Writable {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function consoleProgress(stream: Writable = process.stderr): ProgressSink {
  const tty = stream.isTTY === true;
  // Names and error texts come from benchmark code: on a terminal or a runner log they must not be
  // able to move the cursor, ring the bell or start a workflow command.
  const safe = <T extends ForkProgress & { error?: string }>(e: T): T => ({
    ...e,
    benchmark: escapeLogLine(e.benchmark),
    ...(e.error !== undefined ? { error: escapeLogLine(e.error) } : {}),
  });
  let open = false; // a status line is on screen (TTY)
  const clear = () => {
    if (open) stream.write('\r\x1b[K');
    open = false;
  };
  const where = (e: ForkProgress) =>
    `${e.done}/${e.total} forks, ${formatSeconds(e.elapsedMs)} elapsed${e.remainingMs ? `, ~${formatSeconds(e.remainingMs)} left` : ''}`;
  return {
    event(e) {
      switch (e.type) {
        case 'start':
          if (!tty) {
            const from = e.configured !== undefined && e.configured !== e.benchmarks ? ` (from ${e.configured} in the config)` : '';
            stream.write(`perf-gate: measuring ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'}${from}, ${e.total} fork${e.total === 1 ? '' : 's'}\n`);
          }
          break;
        case 'fork-start':
          if (tty) {
            const f = safe(e);
            clear();
            stream.write(`perf-gate: ${f.benchmark} · fork ${f.fork}/${f.forks} · ${where(f)}`);
            open = true;
          }
          break;
        case 'fork-end': {
          const f = safe(e);
          if (f.error) {
            clear();
            stream.write(`perf-gate: ${f.benchmark} fork ${f.fork}/${f.forks} failed: ${f.error}\n`);
          } else if (!tty) {
            stream.write(`perf-gate: ${f.benchmark} fork ${f.fork}/${f.forks} done in ${formatSeconds(f.durationMs)} (${where(f)})\n`);
          }
          break;
        }
        case 'end':
          clear();
          stream.write(
            `perf-gate: measured ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'} in ${formatSeconds(e.elapsedMs)}` +
              (e.errors ? `, ${e.errors} failed` : '') +
              '\n',
          );
          break;
      }
    },
  };
}
