// The Action's logic: event → restore baseline → measure and compare → report (summary, comment,
// outputs) → update the baseline on trusted default-branch runs → enforce the verdict. All I/O comes
// in through `ActionDeps`, so tests swap implementations instead of mocking modules.
import { mkdirSync, writeFileSync } from 'node:fs';
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
import { InputError, errorMessage } from '../core/errors.ts';
import type { BaselineHistory, OverallVerdict, ReportDocument, ResultsDocument } from '../core/types.ts';
import { escapeMarkdown, formatChange, formatPercent, formatValue } from '../report/format.ts';
import type { GitHubApiOptions } from './api.ts';
import { commentFailureAdvice, commentMarker, upsertStickyComment, MAX_COMMENT_LENGTH, type IssueCommentsApi } from './comment.ts';
import { runMode, shouldUpdateBaseline, type RunContext, type RunMode } from './context.ts';
import { OUTPUT, type ActionInputs } from './inputs.ts';
import type { ActionIO } from './io.ts';
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
    options: { maxLength?: number; header?: string; footer?: string; marker?: string; title?: string },
  ): string;
  renderJson(report: ReportDocument): string;
}

export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  io: ActionIO;
  engine: Engine;
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
}

const NO_BASELINE_WHY: Record<NonNullable<RestoreOutcome['reason']> | 'no-cache', string> = {
  'not-found':
    'No baseline was found in the Actions cache (first run, or the baseline expired after 7 days without use).',
  unavailable: 'The Actions cache could not be read, so this run has no baseline to compare with.',
  invalid: 'The baseline entry in the Actions cache was not a usable perf-gate baseline and was ignored.',
  'no-cache': 'No Actions cache service is available to this step (ACTIONS_RESULTS_URL is not set).',
};

function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : 'unknown';
}

/** Trusted markdown naming what was compared with what; user-controlled parts are escaped. */
export function describeComparison(
  ctx: RunContext,
  mode: RunMode,
  restore: RestoreOutcome | null,
  report: ReportDocument,
  baselineKey: string,
): string {
  const lines: string[] = [];
  const pr = ctx.pullRequest;
  const head = pr ? `pull request #${pr.number} at \`${shortSha(pr.headSha ?? ctx.sha)}\`` : `\`${shortSha(ctx.sha)}\``;
  const where = pr
    ? ` (into ${escapeMarkdown(pr.baseRef)})`
    : ctx.branch
      ? ` on ${escapeMarkdown(ctx.branch)}`
      : '';
  if (report.baseline && restore?.key) {
    const b = report.baseline;
    const base = b.commit ? `\`${shortSha(b.commit)}\`` : 'the newest run';
    const when = b.createdAt ? ` of ${escapeMarkdown(b.createdAt.slice(0, 16).replace('T', ' '))} UTC` : '';
    // The save key ends with the run id and attempt of the run that recorded the baseline.
    const run = /-(\d+)-(\d+)$/.exec(restore.key);
    const runLink = run
      ? `, recorded by [run ${run[1]}](${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${run[1]})`
      : '';
    lines.push(
      `Measured ${head}${where} against the baseline of ${base}${when}${runLink} ` +
        `(cache entry \`${restore.key.replace(/[^A-Za-z0-9._-]/g, '?')}\`, ${b.runs} run${b.runs === 1 ? '' : 's'} of history). ` +
        `Threshold ${formatPercent(report.threshold)}.`,
    );
  } else {
    lines.push(`Measured ${head}${where}. Threshold ${formatPercent(report.threshold)}.`);
    const why = restore?.reason ?? 'no-cache';
    lines.push('', `${NO_BASELINE_WHY[why]} ${nextStep(mode)}`);
  }
  if (mode === 'baseline') lines.push('', `This run on the default branch is recorded in the baseline (\`${baselineKey}\`).`);
  return lines.join('\n');
}

function nextStep(mode: RunMode): string {
  if (mode === 'baseline') return 'This run starts a new baseline; the next runs compare with it.';
  return 'To record one, merge to the default branch or run the workflow there once (push, schedule or workflow_dispatch).';
}

function footer(ctx: RunContext, version: string): string {
  return `<sub>[Workflow run](${ctx.runUrl}) · perf-gate ${escapeMarkdown(version)}</sub>`;
}

export async function runAction(inputs: ActionInputs, ctx: RunContext, deps: ActionDeps): Promise<ActionResult> {
  const { io, engine } = deps;
  if (inputs.githubToken) io.setSecret(inputs.githubToken);
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

  const reportDir = join(ctx.tempDir, 'perf-gate', inputs.baselineKey);
  let config: Config;
  try {
    config = engine.loadConfig(resolve(ctx.workspace, inputs.workingDirectory, inputs.config), inputs.threshold);
  } catch (err) {
    return fail(err, mode, deps);
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
      io.warning(`perf-gate: the Actions cache could not be used (${errorMessage(err)}); continuing without a baseline.`);
      restore = { history: null, reason: 'unavailable' };
    } finally {
      io.endGroup();
    }
  } else {
    io.warning(`perf-gate: ${NO_BASELINE_WHY['no-cache']} Continuing without a baseline.`);
  }
  const history = restore?.history ?? null;

  // Measure and compare: progress lines while measuring, then one log group per benchmark.
  let results: ResultsDocument;
  let report: ReportDocument;
  let gateFails: boolean;
  try {
    ({ results, report, failsGate: gateFails } = await engine.measureAndCompare(config, history, (line) => io.info(line)));
  } catch (err) {
    return fail(err, mode, deps);
  }
  logBenchmarks(report, io);

  // Reports: files, summary, outputs.
  const header = describeComparison(ctx, mode, restore, report, inputs.baselineKey);
  const marker = commentMarker(inputs.baselineKey);
  const title = inputs.baselineKey === 'perf-gate' ? 'perf-gate' : `perf-gate (${inputs.baselineKey})`;
  const foot = footer(ctx, engine.toolVersion);
  const commentBody = engine.renderMarkdown(report, { maxLength: MAX_COMMENT_LENGTH - 100, header, footer: foot, marker, title });
  mkdirSync(reportDir, { recursive: true });
  const jsonPath = join(reportDir, 'report.json');
  const mdPath = join(reportDir, 'report.md');
  writeFileSync(jsonPath, engine.renderJson(report));
  writeFileSync(mdPath, commentBody);
  io.appendSummary(engine.renderMarkdown(report, { maxLength: SUMMARY_REPORT_MAX_CHARS, header, footer: foot, title }));
  io.setOutput(OUTPUT.verdict, report.verdict);
  io.setOutput(OUTPUT.regressions, String(report.counts.regression ?? 0));
  io.setOutput(OUTPUT.reportJson, jsonPath);
  io.setOutput(OUTPUT.reportMarkdown, mdPath);
  io.info(`perf-gate: ${report.verdict}: ${report.summary}`);
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

  // The baseline update: trusted default-branch runs only (or update-baseline: true off pull requests).
  let baselineSavedKey: string | undefined;
  if (update) {
    if (!client) {
      io.warning('perf-gate: the baseline was not updated: no Actions cache service is available to this step.');
    } else {
      const { history: updated, warnings } = engine.appendRun(history, results, inputs.keep);
      for (const w of warnings) io.info(`perf-gate: baseline note: ${w}`);
      io.startGroup('perf-gate: save the baseline');
      try {
        const saved = await saveBaseline(client, updated, { ...storeOptions, key: saveKey });
        if (saved.saved) baselineSavedKey = saved.key;
      } finally {
        io.endGroup();
      }
    }
  }

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
  return { exitCode, mode, verdict: report.verdict, report, commentUrl, baselineSavedKey };
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

function fail(err: unknown, mode: RunMode, deps: ActionDeps): ActionResult {
  const message = errorMessage(err).split('\n')[0]!;
  const known = err instanceof InputError;
  const line = known ? `perf-gate: ${message}` : `perf-gate: internal error: ${message}`;
  deps.io.appendSummary(`### 💥 perf-gate could not run\n\n${escapeMarkdown(message)}\n`);
  deps.io.setOutput(OUTPUT.verdict, 'error');
  deps.io.setOutput(OUTPUT.regressions, '0');
  if (!known && err instanceof Error && err.stack) deps.io.info(err.stack);
  deps.io.setFailed(line);
  return { exitCode: 1, mode, verdict: 'error' };
}
