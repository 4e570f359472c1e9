// The Action's logic: event → restore baseline → measure and compare → report (summary, comment,
// outputs) → update the baseline on trusted default-branch runs → enforce the verdict. All I/O comes
// in through `ActionDeps`, so tests swap implementations instead of mocking modules.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  baselineSaveKey,
  cacheServiceConfigured,
  cacheTimeoutMs,
  restoreBaseline,
  saveBaseline,
  type CacheClient,
  type RestoreOutcome,
} from '../baseline/cache-store.ts';
import type { Config } from '../config/types.ts';
import { ConfigError, InputError, errorMessage } from '../core/errors.ts';
import type { BaselineHistory, OverallVerdict, ReportDocument, ResultsDocument } from '../core/types.ts';
import { escapeMarkdown, formatChange, formatPercent, formatValue } from '../report/format.ts';
import type { GitHubApiOptions } from './api.ts';
import { commentFailureAdvice, commentMarker, upsertStickyComment, MAX_COMMENT_LENGTH, type IssueCommentsApi } from './comment.ts';
import { runMode, shouldUpdateBaseline, type RunContext, type RunMode } from './context.ts';
import { INPUT, OUTPUT, type ActionInputs } from './inputs.ts';
import { redactingIO, type ActionIO } from './io.ts';
import { MARKDOWN_REDACTED, redactor, secretValues } from './secrets.ts';
import { SUMMARY_REPORT_MAX_CHARS } from './summary.ts';


/** The engine the Action composes (config, measure, compare, history, renderers). */
export interface Engine {
  toolVersion: string;
  /** `threshold` is the input as written (`10%`), overriding the config's. */
  loadConfig(path: string, threshold: string | undefined): Config;
  /** `log` receives progress lines (fork k/N, time left). */
  measureAndCompare(
    config: Config,
    history: BaselineHistory | null,
    log: (line: string) => void,
  ): Promise<{ results: ResultsDocument; report: ReportDocument; failsGate: boolean }>;
  appendRun(history: BaselineHistory | null, results: ResultsDocument, keep: number): { history: BaselineHistory; warnings: string[] };
  renderMarkdown(
    report: ReportDocument,
    options: { maxLength?: number; header?: string; footer?: string; marker?: string; title?: string; recorded?: boolean },
  ): string;
  renderJson(report: ReportDocument): string;
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
  baselineSavedKey?: string;
  /** Whether this run was recorded in the baseline, and if not why; absent when it was not meant to be. */
  record?: RecordOutcome;
}

/** What became of this run's place in the baseline, on runs that update it. */
export type RecordOutcome = { recorded: true; key: string; runs: number } | { recorded: false; why: string };

type NoBaselineReason = NonNullable<RestoreOutcome['reason']> | 'no-cache';

function noBaselineWhy(reason: NoBaselineReason, detail: string | undefined): string {
  const more = detail ? ` (${escapeMarkdown(detail)})` : '';
  switch (reason) {
    case 'not-found':
      return 'No baseline was found in the Actions cache (first run, or the baseline expired after 7 days without use).';
    case 'unavailable':
      return `The Actions cache could not be read${more}, so this run has no baseline to compare with.`;
    case 'invalid':
      return `The newest baseline entry in the Actions cache was not a usable perf-gate baseline${more} and was ignored.`;
    case 'newer-version':
      return 'The newest baseline entry in the Actions cache was written by a newer perf-gate and was ignored: use that version in this workflow.';
    case 'no-cache':
      return 'No Actions cache service is available to this step (ACTIONS_RESULTS_URL is not set).';
  }
}

function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : 'unknown';
}

/**
 * Trusted markdown naming what was compared with what, and what became of this run in the baseline
 * (`record`, known only after the save: absent on runs that never record); user-controlled parts are
 * escaped.
 */
export function describeComparison(
  ctx: RunContext,
  mode: RunMode,
  restore: RestoreOutcome | null,
  report: ReportDocument,
  record?: RecordOutcome,
): string {
  const lines: string[] = [];
  const pr = ctx.pullRequest;
  const head = pr ? `pull request #${pr.number} at \`${shortSha(pr.headSha ?? ctx.sha)}\`` : `\`${shortSha(ctx.sha)}\``;
  const where = pr
    ? ` (into ${escapeMarkdown(pr.baseRef)})`
    : ctx.branch
      ? ` on ${escapeMarkdown(ctx.branch)}`
      : '';
  const hadBaseline = Boolean(report.baseline && restore?.key && !restore.reason);
  if (hadBaseline) {
    const b = report.baseline!;
    const key = restore!.key!;
    const base = b.commit ? `\`${shortSha(b.commit)}\`` : 'the newest run';
    const when = b.createdAt ? ` of ${escapeMarkdown(b.createdAt.slice(0, 16).replace('T', ' '))} UTC` : '';
    // The save key ends with the run id and attempt of the run that recorded the baseline.
    const run = /-(\d+)-(\d+)$/.exec(key);
    const runLink = run
      ? `, recorded by [run ${run[1]}](${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${run[1]})`
      : '';
    lines.push(
      `Measured ${head}${where} against the baseline of ${base}${when}${runLink} ` +
        `(cache entry \`${safeKey(key)}\`, ${b.runs} run${b.runs === 1 ? '' : 's'} of history). ` +
        `Threshold ${formatPercent(report.threshold)}.`,
    );
  } else {
    lines.push(`Measured ${head}${where}. Threshold ${formatPercent(report.threshold)}.`);
    const why = restore?.reason ?? 'no-cache';
    const next = record ? '' : ` ${nextStep(why)}`;
    lines.push('', `${noBaselineWhy(why, restore?.detail)}${next}`);
  }
  if (record?.recorded) {
    lines.push('', `This run is recorded in the baseline (cache entry \`${safeKey(record.key)}\`, ${record.runs} run${record.runs === 1 ? '' : 's'}).`);
  } else if (record) {
    lines.push('', `**This run is not recorded in the baseline:** ${escapeMarkdown(record.why)}.`);
  }
  return lines.join('\n');
}

function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '?');
}

function nextStep(reason: NoBaselineReason): string {
  if (reason === 'unavailable') return 'The baseline itself is not affected: the next run that can read the cache compares with it.';
  return 'To record one, merge to the default branch or run the workflow there once (push, schedule or workflow_dispatch).';
}

function footer(ctx: RunContext, version: string): string {
  return `<sub>[Workflow run](${ctx.runUrl}) · perf-gate ${escapeMarkdown(version)}</sub>`;
}

/**
 * Whether a run that is meant to update the baseline may: never from a run whose benchmarks failed
 * (its numbers are partial or missing), and never after a failed read, which would save a one-run
 * history over the real one.
 *
 * An `invalid` entry (corrupt, or not a perf-gate document) does not stop the save. It is the newest
 * entry under the prefix, so every restore finds it and, being used, it is never evicted: refusing to
 * save would leave the baseline broken for good. A fresh history under a new key becomes the newest
 * entry and heals it; nothing usable is lost, since a restore by prefix could never reach an older
 * entry past it. An entry written by a newer perf-gate is different: it is a real history, and this
 * run must not hide it.
 */
export function recordDecision(
  report: ReportDocument,
  restore: RestoreOutcome | null,
  cacheReachable: boolean,
): { record: true } | { record: false; why: string } {
  if (report.verdict === 'error' || report.benchmarks.some((b) => b.verdict === 'error')) {
    return { record: false, why: 'benchmarks failed, and a run with failed benchmarks is never recorded' };
  }
  if (!cacheReachable || !restore) return { record: false, why: 'no Actions cache service is available to this step' };
  if (restore.reason === 'unavailable') {
    return {
      record: false,
      why:
        `the Actions cache could not be read${restore.detail ? ` (${restore.detail})` : ''}; ` +
        'saving now would replace the history with this one run, so the previous baseline entry is kept',
    };
  }
  if (restore.reason === 'newer-version') {
    return { record: false, why: 'the newest baseline entry was written by a newer perf-gate, and recording would hide it' };
  }
  return { record: true };
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

export async function runAction(inputs: ActionInputs, ctx: RunContext, deps: ActionDeps): Promise<ActionResult> {
  // Masks first, before any line is written: the runner hides a masked value in the log, and every
  // text perf-gate writes has the secrets' values replaced (in any form) as well.
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
  const io = redactingIO(deps.io, redact, redactMarkdown);
  const untrusted = untrustedCodeWarning(ctx);
  if (untrusted) io.warning(untrusted);

  const mode = runMode(ctx);
  const update = shouldUpdateBaseline(ctx, inputs.updateBaseline);
  if (ctx.pullRequest && inputs.updateBaseline === true) {
    io.warning('perf-gate: update-baseline is ignored on pull requests: a pull request never writes the baseline.');
  }
  io.info(
    `perf-gate: event ${ctx.eventName || 'unknown'} on ${ctx.ref || 'no ref'}: ` +
      (mode === 'pull-request'
        ? `pull request #${ctx.pullRequest!.number}, comparing with the baseline of ${ctx.pullRequest!.baseRef || 'the base branch'}`
        : mode === 'baseline'
          ? 'default branch, comparing and then updating the baseline'
          : 'reporting in the job summary only') +
      (update && mode !== 'baseline' ? ' (update-baseline: true, the baseline is updated)' : ''),
  );

  const engine = typeof deps.engine === 'function' ? await deps.engine() : deps.engine;
  const reportDir = join(ctx.tempDir, 'perf-gate', inputs.baselineKey);
  let config: Config;
  try {
    // The Action's own inputs are named as inputs, not as the CLI's flags (the engine's config loader
    // names the threshold input in its errors).
    const configPath = resolve(ctx.workspace, inputs.workingDirectory, inputs.config);
    if (!existsSync(configPath)) {
      const dir = inputs.workingDirectory === '.' ? 'the workspace' : `${inputs.workingDirectory} (input ${INPUT.workingDirectory})`;
      throw new ConfigError(
        `input ${INPUT.config}: config file ${inputs.config} not found in ${dir}; create it, or set the ${INPUT.config} input to its path`,
      );
    }
    config = engine.loadConfig(configPath, inputs.threshold);
  } catch (err) {
    return fail(err, mode, deps, io);
  }

  // Restore.
  const saveKey = baselineSaveKey({
    baselineKey: inputs.baselineKey,
    configHash: config.hash,
    sha: ctx.sha,
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
  });
  const storeOptions = {
    baselineKey: inputs.baselineKey,
    workspace: ctx.workspace,
    timeoutMs: cacheTimeoutMs(deps.env),
    log: { info: (m: string) => io.info(m), warning: (m: string) => io.warning(m) },
  };
  let restore: RestoreOutcome | null = null;
  let client: CacheClient | null = null;
  if (cacheServiceConfigured(deps.env)) {
    io.startGroup('perf-gate: restore the baseline');
    try {
      client = await deps.cache();
      restore = await restoreBaseline(client, { ...storeOptions, configHash: config.hash, primaryKey: saveKey });
      if (restore.reason === 'not-found') io.info('perf-gate: no baseline entry found in the Actions cache');
    } catch (err) {
      const detail = errorMessage(err).replace(/\s+/g, ' ').trim();
      io.warning(`perf-gate: the Actions cache could not be used (${detail}); continuing without a baseline.`);
      restore = { history: null, reason: 'unavailable', detail };
    } finally {
      io.endGroup();
    }
  } else {
    io.warning(`perf-gate: ${noBaselineWhy('no-cache', undefined)} Continuing without a baseline.`);
  }
  const history = restore?.history ?? null;

  // Measure and compare: progress lines while measuring, then one log group per benchmark.
  let results: ResultsDocument;
  let report: ReportDocument;
  let gateFails: boolean;
  try {
    ({ results, report, failsGate: gateFails } = await engine.measureAndCompare(config, history, (line) => io.info(line)));
  } catch (err) {
    return fail(err, mode, deps, io);
  }
  logBenchmarks(report, io);

  // The baseline update, before anything reports it: trusted default-branch runs only (or
  // update-baseline: true off pull requests), and only when the run and the read allow it.
  let record: RecordOutcome | undefined;
  if (update) {
    const decision = recordDecision(report, restore, client !== null);
    if (!decision.record) {
      record = { recorded: false, why: decision.why };
    } else {
      const { history: updated, warnings } = engine.appendRun(history, results, inputs.keep);
      for (const w of warnings) io.info(`perf-gate: baseline note: ${w}`);
      io.startGroup('perf-gate: save the baseline');
      try {
        const saved = await saveBaseline(client!, updated, { ...storeOptions, key: saveKey });
        record = saved.saved
          ? { recorded: true, key: saved.key, runs: updated.runs.length }
          : { recorded: false, why: `${saved.why ?? 'the cache entry could not be saved'}; the previous baseline entry is kept` };
      } finally {
        io.endGroup();
      }
    }
  }

  // Reports: files, summary, outputs, saying what became of the run.
  const header = describeComparison(ctx, mode, restore, report, record);
  const marker = commentMarker(inputs.baselineKey);
  const title = inputs.baselineKey === 'perf-gate' ? 'perf-gate' : `perf-gate (${inputs.baselineKey})`;
  const foot = footer(ctx, engine.toolVersion);
  const recorded = update ? record?.recorded === true : false;
  const commentBody = redactMarkdown(
    engine.renderMarkdown(report, { maxLength: MAX_COMMENT_LENGTH - 100, header, footer: foot, marker, title, recorded }),
  );
  mkdirSync(reportDir, { recursive: true });
  const jsonPath = join(reportDir, 'report.json');
  const mdPath = join(reportDir, 'report.md');
  writeFileSync(jsonPath, redact(engine.renderJson(report)));
  writeFileSync(mdPath, commentBody);
  io.appendSummary(engine.renderMarkdown(report, { maxLength: SUMMARY_REPORT_MAX_CHARS, header, footer: foot, title, recorded }));
  io.setOutput(OUTPUT.verdict, report.verdict);
  io.setOutput(OUTPUT.regressions, String(report.counts.regression ?? 0));
  io.setOutput(OUTPUT.reportJson, jsonPath);
  io.setOutput(OUTPUT.reportMarkdown, mdPath);
  io.info(`perf-gate: ${report.verdict}: ${report.summary}`);
  if (record?.recorded) io.info(`perf-gate: this run is recorded in the baseline (cache entry ${record.key}, ${record.runs} runs)`);
  else if (record) io.warning(`perf-gate: this run is not recorded in the baseline: ${record.why}.`);
  for (const w of report.warnings) io.warning(`perf-gate: ${w}`);

  // The pull request comment.
  let commentUrl: string | undefined;
  if (mode === 'pull-request' && inputs.comment !== 'never') {
    const attention = report.verdict === 'regression' || report.verdict === 'error';
    const createIfMissing = inputs.comment === 'always' || attention;
    if (!inputs.githubToken) {
      io.warning('perf-gate: no github-token, so no pull request comment (the default is the workflow token: ${{ github.token }}).');
    } else {
      try {
        const api = await deps.github({
          token: inputs.githubToken,
          apiUrl: ctx.apiUrl,
          owner: ctx.repository.owner,
          repo: ctx.repository.repo,
        });
        const result = await upsertStickyComment(api, ctx.pullRequest!.number, marker, commentBody, { createIfMissing });
        if (result.action === 'skipped') io.info('perf-gate: no regression and no earlier comment: not commenting (comment: on-regression)');
        else io.info(`perf-gate: comment ${result.action}: ${result.url ?? `#${result.id}`}`);
        commentUrl = result.url;
      } catch (err) {
        io.warning(commentFailureAdvice(err, ctx.pullRequest!.fromFork));
      }
    }
  }
  io.setOutput(OUTPUT.commentUrl, commentUrl ?? '');

  // The verdict. A regression on the default branch is reported, it does not block; a failed
  // benchmark fails the step everywhere (it could hide anything) unless fail-on-regression is off.
  let exitCode: 0 | 1 = 0;
  if (inputs.failOnRegression && gateFails) {
    if (mode === 'pull-request') exitCode = 1;
    else if (report.verdict === 'error') exitCode = 1;
  }
  if (exitCode === 1) {
    io.setFailed(`perf-gate: ${report.summary}`);
  } else if (report.verdict === 'regression' && mode !== 'pull-request') {
    io.warning(`perf-gate: ${report.summary} (reported, not blocking: this is not a pull request)`);
  }
  const baselineSavedKey = record?.recorded ? record.key : undefined;
  return { exitCode, mode, verdict: report.verdict, report, commentUrl, baselineSavedKey, ...(record ? { record } : {}) };
}

const BENCH_ICON: Record<string, string> = { regression: '🔴', improvement: '🟢', inconclusive: '🟡', error: '💥' };

/** One collapsible log group per benchmark: its verdict in the title, its metrics inside. */
export function logBenchmarks(report: ReportDocument, io: ActionIO): void {
  for (const b of report.benchmarks) {
    io.startGroup(`${BENCH_ICON[b.verdict] ?? '·'} ${b.name}: ${b.verdict}`);
    if (b.error) io.info(`error: ${b.error}`);
    for (const [name, m] of Object.entries(b.metrics)) {
      const change = m.change === null ? '' : ` (${formatChange(m.change)})`;
      const base = m.baseline === null ? '' : `${formatValue(m.baseline, m.unit)} → `;
      io.info(`${name.padEnd(10)} ${base}${formatValue(m.current, m.unit)}${change} ${m.gated ? m.verdict : 'not gated'}${m.note ? ` · ${m.note}` : ''}`);
    }
    io.endGroup();
  }
}

function fail(err: unknown, mode: RunMode, deps: ActionDeps, io: ActionIO): ActionResult {
  const message = errorMessage(err).split('\n')[0]!;
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
