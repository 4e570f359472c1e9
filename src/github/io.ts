// The runner-facing side effects of the Action (log lines, groups, masks, outputs, summary, failure),
// behind one small interface so `runAction` can be driven by tests without a runner.
import * as core from './workflow-commands.ts';
import { appendStepSummary } from './summary.ts';

export interface ActionIO {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
  setFailed(message: string): void;
}

/** The real implementation over @actions/core and GITHUB_STEP_SUMMARY. */
export function coreIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return {
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    startGroup: (n) => core.startGroup(n),
    endGroup: () => core.endGroup(),
    setSecret: (s) => core.setSecret(s),
    setOutput: (n, v) => core.setOutput(n, v),
    appendSummary: (md) => {
      if (!appendStepSummary(env.GITHUB_STEP_SUMMARY, md)) core.info('perf-gate: no job summary written (GITHUB_STEP_SUMMARY is not set or full)');
    },
    setFailed: (m) => core.setFailed(m),
  };
}
