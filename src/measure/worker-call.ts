// One worker process for a file benchmark: write the request, run the process, read its answer.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, FileBenchmarkConfig } from '../config/types.ts';
import { lastLines, runChild } from './children.ts';
import { childEnvironment } from './environment.ts';
import { formatSeconds } from './progress.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

export type WorkerCall = { ok: true; response: WorkerResponse & { ok: true } } | { ok: false; error: string };

/** What a request may ask beyond the benchmark itself: list its tasks, run some of them, profile them. */
export type WorkerAsk = Pick<WorkerRequest, 'only' | 'list' | 'filter' | 'profile'>;

/**
 * Runs one worker process of a file benchmark and reads its answer. `label` names the benchmark in
 * errors; `when` says what the process was doing ("in fork 2", "while loading its tasks").
 */
export type WorkerCaller = (bench: FileBenchmarkConfig, label: string, ask: WorkerAsk, when: string) => Promise<WorkerCall>;

/** How a file is named in messages: relative to the config directory when inside it. */
export function displayPath(config: Config, file: string): string {
  const rel = path.relative(config.dir, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/**
 * A caller whose requests and answers live in `runDir`, numbered by call: each worker process of a
 * run has files of its own.
 */
export function workerCaller(config: Config, workerCommand: readonly string[], runDir: string): WorkerCaller {
  const [command, ...prefix] = workerCommand;
  if (command === undefined) throw new Error('measure: options.workerCommand must name the program that starts a worker');
  let calls = 0;
  return async (bench, label, ask, when) => {
    const shown = displayPath(config, bench.file);
    if (!existsSync(bench.file)) return { ok: false, error: `${shown}: file not found` };
    const id = String(calls++);
    const requestPath = path.join(runDir, `request-${id}.json`);
    const request: WorkerRequest = {
      file: bench.file,
      displayFile: shown,
      benchmark: bench.name,
      bench: {
        time: bench.settings.time,
        iterations: bench.settings.iterations,
        warmupTime: bench.settings.warmupTime,
        warmupIterations: bench.settings.warmup,
      },
      resultPath: path.join(runDir, `result-${id}.json`),
      ...ask,
    };
    await writeFile(requestPath, JSON.stringify(request));

    const child = await runChild(command, [...prefix, requestPath], {
      cwd: config.dir,
      env: childEnvironment(process.env, {
        passEnv: [...(config.passEnv ?? []), ...(bench.passEnv ?? [])],
        internal: { PERF_GATE_WORKER: '1' },
      }),
      timeoutMs: bench.settings.timeout,
    });
    if (child.timedOut) {
      return { ok: false, error: `benchmark "${label}": timed out after ${formatSeconds(bench.settings.timeout)} ${when}` };
    }
    if (child.spawnError) {
      return { ok: false, error: `benchmark "${label}": cannot start a worker process (${command}): ${child.spawnError.message}` };
    }
    let response: WorkerResponse;
    try {
      response = JSON.parse(await readFile(request.resultPath, 'utf8')) as WorkerResponse;
    } catch (err) {
      const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${String(child.code)}`;
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      const tail = lastLines(child.stderr);
      return {
        ok: false,
        error:
          `${shown}: the benchmark process ${how} ${when}${missing ? ' before reporting results' : ' and left an unreadable result'}` +
          (tail ? `: ${tail}` : ''),
      };
    }
    if (!response.ok) return { ok: false, error: response.error };
    return { ok: true, response };
  };
}
