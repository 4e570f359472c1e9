// The Action's entry logic: secrets masked first, the event read, then the one gate composed with the
// Action's implementations of its seams: the Actions cache as the baseline store, the runner's log,
// files, summary, outputs and the pull request comment as publishers. All I/O comes in through
// `ActionDeps`, so tests swap implementations instead of mocking modules.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { actionsCacheStore, baselineSaveKey, cacheServiceConfigured, cacheTimeoutMs, type CacheClient } from '../baseline/cache-store.ts';
import type { Config } from '../config/types.ts';
import { ConfigError, InputError, errorMessage } from '../core/errors.ts';
import type { BaselineSource, BaselineStore, GateOutcome, Measurement, RecordOutcome } from '../core/seams.ts';
import type { OverallVerdict, ReportDocument } from '../core/types.ts';
import { gate } from '../gate/gate.ts';
import { childEnvironment } from '../measure/environment.ts';
import { escapeMarkdown } from '../report/format.ts';
import { chooseComparison, ensureBaseCommit, type Comparison } from './against-base.ts';
import type { GitHubApiOptions } from './api.ts';
import { commentMarker, type IssueCommentsApi } from './comment.ts';
import { runMode, shouldUpdateBaseline, type RunContext, type RunMode } from './context.ts';
import { INPUT, OUTPUT, type ActionInputs } from './inputs.ts';
import { redactingIO, type ActionIO } from './io.ts';
import { benchmarkLogGroups, pullRequestComment, reportsAndOutputs, stepVerdict, type Renderers } from './publishers.ts';
import { MARKDOWN_REDACTED, redactor, secretValues } from './secrets.ts';

/** The engine the Action composes (config loader, measuring, renderers), loaded after the first log line. */
export interface Engine extends Renderers {
  /** `threshold` is the input as written (`10%`), overriding the config's. */
  loadConfig(path: string, threshold: string | undefined): Config;
  measurement(config: Config): Measurement;
  /** `against: base`: the base commit measured beside the working tree, and a `live` baseline read. */
  againstBase(settings: AgainstBaseSettings): { measurement: Measurement; baseline: BaselineSource };
}

export interface AgainstBaseSettings {
  config: Config;
  /** The full commit id of the base. */
  base: string;
  /** Prepares the base tree; the config's own setup when absent. */
  setup?: string;
  /** What the setup command sees: the allow-listed environment benchmarks get. */
  setupEnv: NodeJS.ProcessEnv;
}

export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  io: ActionIO;
  /** The engine, or a loader for it: loaded after the first log line, so the log starts without waiting for it. */
  engine: Engine | (() => Promise<Engine>);
  cache(): Promise<CacheClient>;
  github(options: GitHubApiOptions): Promise<IssueCommentsApi>;
}

export interface ActionResult {
  exitCode: 0 | 1;
  mode: RunMode;
  verdict: OverallVerdict;
  report?: ReportDocument;
  commentUrl?: string;
  /** Whether this run was recorded in the baseline, and if not why; absent when it was not meant to be. */
  record?: RecordOutcome;
}

/** A warning, once, when a pull request's code runs where secrets are in reach. */
function untrustedCodeWarning(ctx: RunContext): string | undefined {
  const u = ctx.untrustedCode;
  if (!u) return undefined;
  const what =
    u.event === 'pull_request_target'
      ? 'perf-gate runs on pull_request_target: this workflow has your secrets and a write token, and perf-gate executes the benchmark code in the workspace, so if this job checked out the pull request, its author can read them.'
      : `perf-gate runs on workflow_run with the pull request's head${u.headSha ? ` (${u.headSha.slice(0, 7)})` : ''} checked out: this workflow has your secrets and a write token, and perf-gate executes that untrusted code.`;
  return (
    `perf-gate: ${what} Measure pull requests in a workflow on pull_request instead (read-only token, no secrets; ` +
    'comment: never, upload the report as an artifact), and post the comment from a workflow_run workflow that never checks out or runs the pull request\'s code ' +
    '(see "Pull requests from forks" in the perf-gate README).'
  );
}

/**
 * Masks every secret of the job before the first line is written, and returns an IO whose every text
 * has them replaced (in any form), with the redactors for texts written elsewhere (files, the comment).
 */
function guardSecrets(inputs: ActionInputs, deps: ActionDeps) {
  const secrets = secretValues({ ...deps.env, 'INPUT_GITHUB-TOKEN': inputs.githubToken || deps.env['INPUT_GITHUB-TOKEN'] });
  // The token input is masked whatever its length (a short one is not redacted, see secretValues).
  if (inputs.githubToken && !secrets.includes(inputs.githubToken)) deps.io.setSecret(inputs.githubToken);
  for (const secret of secrets) {
    deps.io.setSecret(secret);
    const escaped = escapeMarkdown(secret);
    if (escaped !== secret) deps.io.setSecret(escaped);
  }
  const redact = redactor(secrets);
  const redactMarkdown = redactor(secrets, MARKDOWN_REDACTED);
  return { io: redactingIO(deps.io, redact, redactMarkdown), redact, redactMarkdown };
}

/** What this run compares with, in words, for the first line of the log. */
function runPurpose(ctx: RunContext, mode: RunMode, comparison: Comparison): string {
  if (comparison.kind === 'base') {
    const pr = ctx.pullRequest ? `pull request #${ctx.pullRequest.number}` : 'pull request';
    const ref = comparison.ref ? ` (${comparison.ref})` : '';
    return `${pr}, comparing with its base commit ${comparison.sha.slice(0, 7)}${ref} measured in this job`;
  }
  if (mode === 'pull-request') {
    return `pull request #${ctx.pullRequest?.number ?? '?'}, comparing with the baseline of ${ctx.pullRequest?.baseRef || 'the base branch'}`;
  }
  return mode === 'baseline' ? 'default branch, comparing and then updating the baseline' : 'reporting in the job summary only';
}

function describeRun(ctx: RunContext, mode: RunMode, update: boolean, comparison: Comparison): string {
  const extra = update && mode !== 'baseline' ? ' (update-baseline: true, the baseline is updated)' : '';
  return `perf-gate: event ${ctx.eventName || 'unknown'} on ${ctx.ref || 'no ref'}: ${runPurpose(ctx, mode, comparison)}${extra}`;
}

/** The config the inputs name; the Action's own inputs are named as inputs, not as the CLI's flags. */
function loadActionConfig(engine: Engine, inputs: ActionInputs, ctx: RunContext): Config {
  const configPath = resolve(ctx.workspace, inputs.workingDirectory, inputs.config);
  if (!existsSync(configPath)) {
    const dir = inputs.workingDirectory === '.' ? 'the workspace' : `${inputs.workingDirectory} (input ${INPUT.workingDirectory})`;
    throw new ConfigError(`input ${INPUT.config}: config file ${inputs.config} not found in ${dir}; create it, or set the ${INPUT.config} input to its path`);
  }
  return engine.loadConfig(configPath, inputs.threshold);
}

export async function runAction(inputs: ActionInputs, ctx: RunContext, deps: ActionDeps): Promise<ActionResult> {
  const { io, redact, redactMarkdown } = guardSecrets(inputs, deps);
  const untrusted = untrustedCodeWarning(ctx);
  if (untrusted) io.warning(untrusted);

  const mode = runMode(ctx);
  let comparison: Comparison;
  try {
    comparison = chooseComparison(inputs, ctx, mode);
  } catch (err) {
    return fail(err, mode, deps, io);
  }
  // A baseline measured in this job is never written: it is a pull request's base, not a history.
  const update = comparison.kind === 'baseline' && shouldUpdateBaseline(ctx, inputs.updateBaseline);
  if ((ctx.pullRequest || comparison.kind === 'base') && inputs.updateBaseline === true) {
    io.warning('perf-gate: update-baseline is ignored on pull requests: a pull request never writes the baseline.');
  }
  if (comparison.kind === 'baseline' && comparison.notice) io.notice(comparison.notice);
  io.info(describeRun(ctx, mode, update, comparison));

  let outcome: GateOutcome;
  let comment: ReturnType<typeof pullRequestComment>;
  try {
    const engine = typeof deps.engine === 'function' ? await deps.engine() : deps.engine;
    const config = loadActionConfig(engine, inputs, ctx);
    const log = {
      info: (m: string) => { io.info(m); },
      warning: (m: string) => { io.warning(m); },
      startGroup: (n: string) => { io.startGroup(n); },
      endGroup: () => { io.endGroup(); },
    };
    const presentation = {
      ctx,
      inputs,
      renderers: engine,
      redact,
      redactMarkdown,
      reportDir: join(ctx.tempDir, 'perf-gate', inputs.baselineKey),
      marker: commentMarker(inputs.baselineKey),
    };
    comment = pullRequestComment(io, presentation, (options) => deps.github(options));
    const compared =
      comparison.kind === 'base'
        ? await againstBase(engine, config, comparison, inputs, ctx, deps, io)
        : { measurement: engine.measurement(config), baseline: cachedBaseline(inputs, ctx, deps, config, log) };
    outcome = await gate({
      ...compared,
      // Trusted default-branch runs only (or update-baseline: true off pull requests); the gate
      // also refuses a run with failed benchmarks and a run whose read failed.
      record: update,
      publishers: [benchmarkLogGroups(io), reportsAndOutputs(io, presentation), comment, stepVerdict(io, mode)],
      // A regression on the default branch is reported, it does not block; a failed benchmark fails
      // the step everywhere (it could hide anything) unless fail-on-regression is off.
      enforcement: { failOnRegression: inputs.failOnRegression, regressionBlocks: mode === 'pull-request' },
      log: (line) => { io.info(`perf-gate: ${line}`); },
    });
  } catch (err) {
    return fail(err, mode, deps, io);
  }
  return {
    exitCode: outcome.exitCode,
    mode,
    verdict: outcome.report.verdict,
    report: outcome.report,
    ...(comment.url ? { commentUrl: comment.url } : {}),
    ...(outcome.record ? { record: outcome.record } : {}),
  };
}

interface ActionLog {
  info(m: string): void;
  warning(m: string): void;
}

/** The baseline cached from the default branch: read on every run, written on the runs that record. */
function cachedBaseline(inputs: ActionInputs, ctx: RunContext, deps: ActionDeps, config: Config, log: ActionLog & { startGroup(n: string): void; endGroup(): void }): BaselineStore {
  return actionsCacheStore({
    baselineKey: inputs.baselineKey,
    workspace: ctx.workspace,
    timeoutMs: cacheTimeoutMs(deps.env),
    log,
    client: () => deps.cache(),
    configured: cacheServiceConfigured(deps.env),
    configHash: config.hash,
    saveKey: baselineSaveKey({ baselineKey: inputs.baselineKey, configHash: config.hash, sha: ctx.sha, runId: ctx.runId, runAttempt: ctx.runAttempt }),
    keep: inputs.keep,
  });
}

/**
 * The pull request's base commit, fetched when the checkout lacks it, measured beside the working
 * tree: no cache is read or written.
 */
async function againstBase(
  engine: Engine,
  config: Config,
  comparison: Extract<Comparison, { kind: 'base' }>,
  inputs: ActionInputs,
  ctx: RunContext,
  deps: ActionDeps,
  io: ActionIO,
): Promise<{ measurement: Measurement; baseline: BaselineSource }> {
  const fetched = await ensureBaseCommit({
    dir: dirname(config.path),
    sha: comparison.sha,
    token: inputs.githubToken,
    serverUrl: ctx.serverUrl,
    env: deps.env,
    mask: (secret) => { io.setSecret(secret); },
  });
  if (fetched === 'fetched') io.info(`perf-gate: fetched the base commit ${comparison.sha.slice(0, 7)} from origin (the checkout did not have it)`);
  return engine.againstBase({
    config,
    base: comparison.sha,
    ...(inputs.setup ? { setup: inputs.setup } : {}),
    setupEnv: childEnvironment(deps.env, { passEnv: config.passEnv ?? [] }),
  });
}

function fail(err: unknown, mode: RunMode, deps: ActionDeps, io: ActionIO): ActionResult {
  const message = errorMessage(err).split('\n')[0] ?? '';
  const known = err instanceof InputError;
  const line = known ? `perf-gate: ${message}` : `perf-gate: internal error: ${message}`;
  io.appendSummary(`### 💥 perf-gate could not run\n\n${escapeMarkdown(message)}\n`);
  io.setOutput(OUTPUT.verdict, 'error');
  io.setOutput(OUTPUT.regressions, '0');
  if (!known && err instanceof Error && err.stack && deps.env.RUNNER_DEBUG === '1') {
    for (const l of err.stack.split('\n')) io.info(l);
  }
  io.setFailed(line);
  return { exitCode: 1, mode, verdict: 'error' };
}
