// `command` benchmarks: a shell command run `warmup` times, then `runs` times, each run timed from
// spawn to exit as one sample. One fork is one such batch, run from the parent: the command is its
// own process already, and separate batches show the between-batch variation.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandBenchmarkConfig } from '../config/types.ts';
import { resourceNamesFor, type ResourceValues } from '../core/resources.ts';
import { reservoir } from '../stats/reservoir.ts';
import { summarizeLatencies, type SampleSummary } from '../stats/summary.ts';
import { lastLines, runChild, type RunResult } from './children.ts';
import { childEnvironment } from './environment.ts';
import { RESERVOIR_SIZE } from './protocol.ts';
import { formatSeconds } from './progress.ts';

/** One batch of runs of a command: its summary (and `cpu` per run where measured), or why it failed. */
export type CommandOutcome =
  | { ok: true; summary: SampleSummary; durationMs: number; reservoir: number[]; resources?: ResourceValues }
  | { ok: false; error: string };

function failure(bench: CommandBenchmarkConfig, run: RunResult): string | undefined {
  const prefix = `benchmark "${bench.name}"`;
  if (run.spawnError) {
    if (run.spawnError.code === 'ENOENT') return `${prefix}: cannot start a shell for the command: ${run.spawnError.message}`;
    return `${prefix}: cannot start the command: ${run.spawnError.message}`;
  }
  if (run.code === 127) {
    const m = /(?:^|\s|:)([^\s:]+):\s*(?:command )?not found/.exec(run.stderr) ?? /([^\s:]+): No such file or directory/.exec(run.stderr);
    const name = m ? m[1] : bench.command.trim().split(/\s+/)[0];
    return `${prefix}: command not found: ${name}`;
  }
  if (run.code === 126) {
    const tail = lastLines(run.stderr);
    return `${prefix}: command cannot be executed (exit 126)${tail ? `: ${tail}` : ''}`;
  }
  if (run.code !== null && run.code !== 0) {
    const tail = lastLines(run.stderr);
    return `${prefix}: command exited with code ${run.code}${tail ? `: ${tail}` : ' (no stderr output)'}`;
  }
  if (run.signal) {
    const tail = lastLines(run.stderr);
    return `${prefix}: command was killed by ${run.signal}${tail ? `: ${tail}` : ''}`;
  }
  return undefined;
}

/** A string the shell reads as exactly that one word. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Where a command's CPU time comes from. `children-stat` (Linux): the kernel's count of the CPU time
 * of the children this process has waited for, read before the first and after the last measured
 * run; the command runs exactly as written. `shell-times` (other POSIX systems): the shell's own
 * `times` builtin, run as the shell exits (see withCpuTimes).
 */
export type CommandCpuSource = 'children-stat' | 'shell-times';

/** The source a command's CPU time is read from on `platform`; undefined where there is none (Windows). */
export function commandCpuSource(platform: string): CommandCpuSource | undefined {
  if (!resourceNamesFor('command', platform).includes('cpu')) return undefined;
  return platform === 'linux' ? 'children-stat' : 'shell-times';
}

/**
 * CPU time (user + system) of every child this process has waited for, ns: /proc/self/stat's cutime
 * and cstime. The kernel adds a child's time (its own and that of everything it waited for) when the
 * child is reaped, so the difference across a batch of runs is the batch's command trees, provided
 * no other child of this process ends meanwhile (perf-gate runs one at a time). The fields count
 * clock ticks of 10 ms (USER_HZ is 100 on every architecture Node runs on): over a whole batch the
 * error is at most two ticks, whatever the number of runs. Undefined where /proc cannot be read.
 */
export function childrenCpuNs(): number | undefined {
  let text: string;
  try {
    text = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count from its end. The
  // state is field 3, cutime and cstime are fields 16 and 17.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isInteger(cutime) || !Number.isInteger(cstime)) return undefined;
  return (cutime + cstime) * 1e7;
}

/**
 * The command with its CPU time recorded by the shell itself: an EXIT trap runs the POSIX `times`
 * builtin as the shell ends (however the command ends it, `exit` included; the shell's exit status
 * is kept) and writes its output to `timesFile`, so the command's own output and fds are untouched.
 * A command that replaces the shell (`exec …`) or sets an EXIT trap of its own leaves no file: no
 * cpu then. The trap also keeps the shell from replacing itself with the command's last program:
 * one more process per run, which the wall time includes.
 */
export function withCpuTimes(command: string, timesFile: string): string {
  return `trap ${shellQuote(`times > ${shellQuote(timesFile)}`)} EXIT\n${command}`;
}

/**
 * The CPU time `times` printed, ns: the user and system time of the shell, then of everything it
 * waited for (the command's whole process tree). Undefined unless all four are there. Shells print
 * `0m0.012s`; a locale may write the decimal point as a comma. dash counts in clock ticks (10 ms)
 * and truncates each figure, so it only means something for commands using well over 10 ms of CPU
 * per run; bash prints milliseconds.
 */
export function cpuNsFromTimes(text: string): number | undefined {
  const fields = [...text.matchAll(/(\d+)m(\d+(?:[.,]\d+)?)s/g)].map((m) => Number(m[1]) * 60 + Number((m[2] ?? '').replace(',', '.')));
  if (fields.length !== 4 || !fields.every((seconds) => Number.isFinite(seconds))) return undefined;
  return fields.reduce((sum, seconds) => sum + seconds, 0) * 1e9;
}

function readCpuNs(timesFile: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(timesFile, 'utf8');
  } catch {
    return undefined;
  }
  // Read once: the next run must not find this run's times.
  rmSync(timesFile, { force: true });
  return cpuNsFromTimes(text);
}

/** How one batch reads its CPU time: not at all, from the kernel, or from the shell's `times` in `file`. */
type CpuReading = undefined | { from: 'children-stat' } | { from: 'shell-times'; file: string };

/**
 * `suitePassEnv`: the config's top-level `passEnv`, added to the benchmark's own. `resources: false`
 * measures no CPU time; `cpuFrom` chooses its source (default: commandCpuSource of this platform).
 * bench/resource-cost.ts compares them.
 */
export async function runCommandFork(
  bench: CommandBenchmarkConfig,
  fork: number,
  suitePassEnv: readonly string[] = [],
  options: { resources?: boolean; cpuFrom?: CommandCpuSource } = {},
): Promise<CommandOutcome> {
  const { runs } = bench.settings;
  const env = childEnvironment(process.env, { passEnv: [...suitePassEnv, ...(bench.passEnv ?? [])], env: bench.env });
  if (runs < 1) return { ok: false, error: `benchmark "${bench.name}": runs must be at least 1` };
  if (!existsSync(bench.cwd)) return { ok: false, error: `benchmark "${bench.name}": working directory not found: ${bench.cwd}` };
  const source = options.resources === false ? undefined : (options.cpuFrom ?? commandCpuSource(process.platform));
  if (source !== 'shell-times') return runBatch(bench, fork, env, source === undefined ? undefined : { from: source });
  // A directory of our own (mode 0700): the shell writes where no other user can plant a link.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-times-'));
  try {
    return await runBatch(bench, fork, env, { from: source, file: path.join(dir, 'times') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The warm-up and measured runs of one fork, and the CPU time of the measured runs as `cpu` reads it. */
async function runBatch(bench: CommandBenchmarkConfig, fork: number, env: Record<string, string>, cpu: CpuReading): Promise<CommandOutcome> {
  const { warmup, runs, timeout } = bench.settings;
  const deadline = Date.now() + timeout;
  const timesFile = cpu?.from === 'shell-times' ? cpu.file : undefined;
  const command = timesFile === undefined ? bench.command : withCpuTimes(bench.command, timesFile);
  const samples = new Float64Array(runs);
  /** CPU time of the measured runs so far; undefined once one of them could not be read. */
  let cpuNs: number | undefined = 0;
  let measureStart = 0;
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup) {
      measureStart = performance.now();
      // Subtracted at the end: what the earlier children (warm-up runs included) used.
      if (cpu?.from === 'children-stat') cpuNs = childrenCpuNs();
    }
    const remaining = deadline - Date.now();
    const run =
      remaining <= 0
        ? undefined
        : await runChild(command, [], { shell: true, cwd: bench.cwd, env, timeoutMs: remaining });
    const runCpuNs = timesFile === undefined ? undefined : readCpuNs(timesFile);
    if (!run || run.timedOut) {
      return { ok: false, error: `benchmark "${bench.name}": timed out after ${formatSeconds(timeout)} in fork ${fork}` };
    }
    const error = failure(bench, run);
    if (error) return { ok: false, error };
    if (i >= warmup) {
      samples[i - warmup] = Number(run.elapsedNs);
      if (timesFile !== undefined) cpuNs = cpuNs === undefined || runCpuNs === undefined ? undefined : cpuNs + runCpuNs;
    }
  }
  if (cpu?.from === 'children-stat') {
    const end = childrenCpuNs();
    cpuNs = cpuNs === undefined || end === undefined ? undefined : end - cpuNs;
  }
  return {
    ok: true,
    summary: summarizeLatencies(samples),
    durationMs: performance.now() - measureStart,
    reservoir: reservoir(samples, RESERVOIR_SIZE),
    ...(cpu !== undefined && cpuNs !== undefined ? { resources: { cpu: cpuNs / runs } } : {}),
  };
}

/** Node's own sampling interval for `--cpu-prof`, µs: the same as a file benchmark's profile. */
export const COMMAND_PROFILE_INTERVAL_US = 100;

/** A value inside NODE_OPTIONS, which Node splits at spaces unless they are in double quotes. */
function nodeOptionValue(text: string): string {
  return /[\s"\\]/.test(text) ? `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"` : text;
}

/**
 * One run of the command with Node's CPU profiler switched on through NODE_OPTIONS: every Node
 * process the command starts writes its profile into `dir` as it exits. A command that starts no
 * Node process leaves `dir` empty, which is how the caller tells it was not a Node program. A Node
 * too old to accept `--cpu-prof` in NODE_OPTIONS refuses to start, and the run fails (the caller
 * notes it). Its time is never a sample.
 */
export async function runCommandProfiled(
  bench: CommandBenchmarkConfig,
  dir: string,
  suitePassEnv: readonly string[] = [],
): Promise<{ ok: true } | { ok: false; error: string }> {
  const env = childEnvironment(process.env, { passEnv: [...suitePassEnv, ...(bench.passEnv ?? [])], env: bench.env });
  const flags = ['--cpu-prof', `--cpu-prof-dir=${nodeOptionValue(dir)}`, `--cpu-prof-interval=${COMMAND_PROFILE_INTERVAL_US}`];
  env.NODE_OPTIONS = [env.NODE_OPTIONS, ...flags].filter((part) => part !== undefined && part.trim() !== '').join(' ');
  if (!existsSync(bench.cwd)) return { ok: false, error: `benchmark "${bench.name}": working directory not found: ${bench.cwd}` };
  const run = await runChild(bench.command, [], { shell: true, cwd: bench.cwd, env, timeoutMs: bench.settings.timeout });
  if (run.timedOut) return { ok: false, error: `benchmark "${bench.name}": timed out after ${formatSeconds(bench.settings.timeout)} under the profiler` };
  const error = failure(bench, run);
  return error ? { ok: false, error } : { ok: true };
}
