// `command` benchmarks: a shell command run `warmup` times, then `runs` times, each run timed from
// spawn to exit as one sample. One fork is one such batch, run from the parent: the command is its
// own process already, and separate batches show the between-batch variation.
import { existsSync } from 'node:fs';
import type { CommandBenchmarkConfig } from '../config/types.ts';
import { reservoir } from '../stats/reservoir.ts';
import { summarizeLatencies, type SampleSummary } from '../stats/summary.ts';
import { lastLines, runChild, type RunResult } from './children.ts';
import { childEnvironment } from './environment.ts';
import { RESERVOIR_SIZE } from './protocol.ts';
import { formatSeconds } from './progress.ts';

/** One batch of runs of a command: its summary, or why it failed. */
export type CommandOutcome =
  | { ok: true; summary: SampleSummary; durationMs: number; reservoir: number[] }
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

/** `suitePassEnv`: the config's top-level `passEnv`, added to the benchmark's own. */
export async function runCommandFork(bench: CommandBenchmarkConfig, fork: number, suitePassEnv: readonly string[] = []): Promise<CommandOutcome> {
  const { warmup, runs, timeout } = bench.settings;
  const deadline = Date.now() + timeout;
  const env = childEnvironment(process.env, { passEnv: [...suitePassEnv, ...(bench.passEnv ?? [])], env: bench.env });
  if (runs < 1) return { ok: false, error: `benchmark "${bench.name}": runs must be at least 1` };
  if (!existsSync(bench.cwd)) return { ok: false, error: `benchmark "${bench.name}": working directory not found: ${bench.cwd}` };
  const samples = new Float64Array(runs);
  let measureStart = 0;
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup) measureStart = performance.now();
    const remaining = deadline - Date.now();
    const run =
      remaining <= 0
        ? undefined
        : await runChild(bench.command, [], { shell: true, cwd: bench.cwd, env, timeoutMs: remaining });
    if (!run || run.timedOut) {
      return { ok: false, error: `benchmark "${bench.name}": timed out after ${formatSeconds(timeout)} in fork ${fork}` };
    }
    const error = failure(bench, run);
    if (error) return { ok: false, error };
    if (i >= warmup) samples[i - warmup] = Number(run.elapsedNs);
  }
  return {
    ok: true,
    summary: summarizeLatencies(samples),
    durationMs: performance.now() - measureStart,
    reservoir: reservoir(samples, RESERVOIR_SIZE),
  };
}
