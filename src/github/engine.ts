// The real engine behind the Action: the same config loader, measuring and renderers as the CLI.
import { join } from 'node:path';
import { abPlan } from '../ab/plan.ts';
import { loadConfig } from '../config/load.ts';
import { liveMeasurement } from '../gate/measurement.ts';
import { formatSeconds, type ProgressSink } from '../measure/progress.ts';
import { renderJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { Engine } from './run.ts';
import type { RunContext } from './context.ts';

export { WORKER_ARG } from '../measure/protocol.ts';

/** Progress events as log lines (the log adds `perf-gate: `): one per finished fork, with k/N and time left. */
export function logProgress(log: (line: string) => void): ProgressSink {
  return {
    event(e) {
      switch (e.type) {
        case 'start':
          log(`measuring ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'} in ${e.total} fork${e.total === 1 ? '' : 's'}`);
          break;
        case 'fork-end': {
          const left = e.remainingMs !== undefined ? `, ~${formatSeconds(e.remainingMs)} left` : '';
          const what = e.error ? `failed: ${e.error}` : `done in ${formatSeconds(e.durationMs)}`;
          log(`[${e.done}/${e.total}] ${e.benchmark} fork ${e.fork}/${e.forks} ${what} (${formatSeconds(e.elapsedMs)} elapsed${left})`);
          break;
        }
        case 'end':
          log(`measured in ${formatSeconds(e.elapsedMs)}${e.errors ? `, ${e.errors} failed` : ''}`);
          break;
        default:
          break;
      }
    },
  };
}

/** Where profiles of regressions are taken: the runner's temp directory (the report publisher copies them beside report.json). */
function profileDir(ctx: RunContext): string {
  return join(ctx.tempDir, 'perf-gate', 'profiles');
}

export function realEngine(opts: { workerCommand: string[]; version: string; ctx: RunContext }): Engine {
  const commit = opts.ctx.pullRequest?.headSha ?? opts.ctx.sha;
  return {
    toolVersion: opts.version,
    loadConfig: (path, threshold) => loadConfig(path, threshold !== undefined ? { threshold, thresholdSource: 'input threshold' } : undefined),
    measurement: (config) =>
      liveMeasurement(config, {
        workerCommand: opts.workerCommand,
        toolVersion: opts.version,
        progress: logProgress,
        git: { commit: commit || undefined, ref: opts.ctx.ref || undefined },
        profileDir: profileDir(opts.ctx),
      }),
    againstBase: ({ config, base, setup, setupEnv }) =>
      abPlan({
        config,
        configPath: config.path,
        base,
        ...(setup ? { setup } : {}),
        setupEnv,
        workerCommand: opts.workerCommand,
        toolVersion: opts.version,
        progress: logProgress,
        profileDir: profileDir(opts.ctx),
      }),
    renderMarkdown,
    renderJson,
  };
}
