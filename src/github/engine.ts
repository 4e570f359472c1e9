// The real engine behind the Action: the same config loader, pipeline and renderers as the CLI.
import { appendRun } from '../baseline/documents.ts';
import { failsGate } from '../compare/index.ts';
import { loadConfig } from '../config/load.ts';
import { formatSeconds, type ProgressSink } from '../measure/progress.ts';
import { measureAndCompare } from '../pipeline.ts';
import { renderJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { Engine } from './run.ts';
import type { RunContext } from './context.ts';

export { WORKER_ARG } from '../measure/protocol.ts';

/** Progress events as log lines: one per finished fork, with k/N and time left. */
export function logProgress(log: (line: string) => void): ProgressSink {
  return {
    event(e) {
      switch (e.type) {
        case 'start':
          log(`perf-gate: measuring ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'} in ${e.total} fork${e.total === 1 ? '' : 's'}`);
          break;
        case 'fork-end': {
          const left = e.remainingMs !== undefined ? `, ~${formatSeconds(e.remainingMs)} left` : '';
          const what = e.error ? `failed: ${e.error}` : `done in ${formatSeconds(e.durationMs)}`;
          log(`perf-gate: [${e.done}/${e.total}] ${e.benchmark} fork ${e.fork}/${e.forks} ${what} (${formatSeconds(e.elapsedMs)} elapsed${left})`);
          break;
        }
        case 'end':
          log(`perf-gate: measured in ${formatSeconds(e.elapsedMs)}${e.errors ? `, ${e.errors} failed` : ''}`);
          break;
        default:
          break;
      }
    },
  };
}

export function realEngine(opts: { workerCommand: string[]; version: string; ctx: RunContext }): Engine {
  const commit = opts.ctx.pullRequest?.headSha ?? opts.ctx.sha;
  return {
    toolVersion: opts.version,
    loadConfig: (path, threshold) => loadConfig(path, threshold !== undefined ? { threshold, thresholdSource: 'input threshold' } : undefined),
    measureAndCompare: async (config, history, log) => {
      const { results, report, settings } = await measureAndCompare(config, history, {
        workerCommand: opts.workerCommand,
        toolVersion: opts.version,
        progress: logProgress(log),
        git: { commit: commit || undefined, ref: opts.ctx.ref || undefined },
        log: (line) => log(`perf-gate: ${line}`),
      });
      return { results, report, failsGate: failsGate(report, settings.failOnInconclusive) };
    },
    appendRun,
    renderMarkdown,
    renderJson,
  };
}
