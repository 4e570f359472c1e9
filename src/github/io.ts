// The runner-facing side effects of the Action (log lines, groups, masks, outputs, summary, failure),
// behind one small interface so `runAction` can be driven by tests without a runner. Every log text
// passes through `escapeLogLine` here, at the sink: benchmark names, error texts and config values
// reach the log in many places, and the runner obeys a workflow command wherever a line starts with
// one (`::add-mask::`, `::error::`) or contains the legacy `##[name]` form.
import * as core from './workflow-commands.ts';
import { escapeLogLine } from '../core/escape.ts';
import { appendStepSummary } from './summary.ts';

export interface ActionIO {
  info(message: string): void;
  /** A notice: shown in the log and among the run's annotations, for what the user set up otherwise. */
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
  setFailed(message: string): void;
}

/** `io` with every log text (lines, group titles, warnings, errors, the failure) escaped as one log line. */
export function escapingIO(io: ActionIO): ActionIO {
  return {
    info: (m) => io.info(escapeLogLine(m)),
    notice: (m) => io.notice(escapeLogLine(m)),
    warning: (m) => io.warning(escapeLogLine(m)),
    error: (m) => io.error(escapeLogLine(m)),
    startGroup: (n) => io.startGroup(escapeLogLine(n)),
    endGroup: () => io.endGroup(),
    setSecret: (s) => io.setSecret(s),
    setOutput: (n, v) => io.setOutput(n, v),
    appendSummary: (md) => io.appendSummary(md),
    setFailed: (m) => io.setFailed(escapeLogLine(m)),
  };
}

/**
 * `io` with the values of `secrets` replaced by `***` in everything it writes but the masks: log
 * lines, the summary and the failure message (a defence behind the runner's masking, which does not
 * see a value in another form, such as markdown-escaped).
 */
export function redactingIO(io: ActionIO, redact: (text: string) => string, redactMarkdown = redact): ActionIO {
  return {
    info: (m) => io.info(redact(m)),
    notice: (m) => io.notice(redact(m)),
    warning: (m) => io.warning(redact(m)),
    error: (m) => io.error(redact(m)),
    startGroup: (n) => io.startGroup(redact(n)),
    endGroup: () => io.endGroup(),
    setSecret: (s) => io.setSecret(s),
    setOutput: (n, v) => io.setOutput(n, redact(v)),
    appendSummary: (md) => io.appendSummary(redactMarkdown(md)),
    setFailed: (m) => io.setFailed(redact(m)),
  };
}

/** The real implementation over @actions/core and GITHUB_STEP_SUMMARY, escaping every log text. */
export function coreIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return escapingIO({
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
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
  });
}
