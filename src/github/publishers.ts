// The Action's publishers: one log group per benchmark, the report files and outputs, the job
// summary, the sticky pull request comment, and the step's verdict. Each gets the whole outcome of
// the gate; what was compared with what is said once (`describeComparison`) and shown in the summary,
// the comment and report.md alike.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BaselineAbsence, BaselineRead, GateOutcome, Publisher, RecordOutcome } from '../core/seams.ts';
import type { ReportDocument } from '../core/types.ts';
import { escapeMarkdown, formatChange, formatPercent, formatValue } from '../report/format.ts';
import { againstDescription } from '../report/rows.ts';
import type { GitHubApiOptions } from './api.ts';
import { commentFailureAdvice, upsertStickyComment, MAX_COMMENT_LENGTH, type IssueCommentsApi } from './comment.ts';
import type { RunContext, RunMode } from './context.ts';
import { OUTPUT, type ActionInputs } from './inputs.ts';
import type { ActionIO } from './io.ts';
import { SUMMARY_REPORT_MAX_CHARS } from './summary.ts';

/** The renderers the publishers use (loaded with the engine, after the first log line). */
export interface Renderers {
  toolVersion: string;
  renderMarkdown(
    report: ReportDocument,
    options: { maxLength?: number; header?: string; footer?: string; marker?: string; title?: string; recorded?: boolean },
  ): string;
  renderJson(report: ReportDocument): string;
}

function noBaselineWhy(reason: BaselineAbsence, detail: string | undefined): string {
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
    case 'no-store':
      return 'No Actions cache service is available to this step (ACTIONS_RESULTS_URL is not set).';
    case 'live':
      return `The base commit was to be measured in this job${more}, and was not.`;
  }
}

function nextStep(reason: BaselineAbsence): string {
  // Measured in the job, not kept anywhere: there is nothing to record for next time.
  if (reason === 'live') return '';
  if (reason === 'unavailable') return 'The baseline itself is not affected: the next run that can read the cache compares with it.';
  return 'To record one, merge to the default branch or run the workflow there once (push, schedule or workflow_dispatch).';
}

function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : 'unknown';
}

function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '?');
}

/**
 * Trusted markdown naming what was compared with what, and what became of this run in the baseline
 * (`record`: absent on runs that never record); user-controlled parts are escaped.
 */
export function describeComparison(ctx: RunContext, read: BaselineRead, report: ReportDocument, record?: RecordOutcome): string {
  const lines: string[] = [];
  const pr = ctx.pullRequest;
  const head = pr ? `pull request #${pr.number} at \`${shortSha(pr.headSha ?? ctx.sha)}\`` : `\`${shortSha(ctx.sha)}\``;
  const where = pr ? ` (into ${escapeMarkdown(pr.baseRef)})` : ctx.branch ? ` on ${escapeMarkdown(ctx.branch)}` : '';
  const b = report.baseline;
  const key = read.location;
  if (report.against) {
    lines.push(`Measured ${head}${where} ${escapeMarkdown(againstDescription(report.against))}. Threshold ${formatPercent(report.threshold)}.`);
  } else if (b && key && !read.reason) {
    const base = b.commit ? `\`${shortSha(b.commit)}\`` : 'the newest run';
    const when = b.createdAt ? ` of ${escapeMarkdown(b.createdAt.slice(0, 16).replace('T', ' '))} UTC` : '';
    // The save key ends with the run id and attempt of the run that recorded the baseline.
    const run = /-(\d+)-(\d+)$/.exec(key);
    const runLink = run
      ? `, recorded by [run ${run[1] ?? ''}](${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${run[1] ?? ''})`
      : '';
    lines.push(
      `Measured ${head}${where} against the baseline of ${base}${when}${runLink} ` +
        `(cache entry \`${safeKey(key)}\`, ${b.runs} run${b.runs === 1 ? '' : 's'} of history). ` +
        `Threshold ${formatPercent(report.threshold)}.`,
    );
  } else {
    lines.push(`Measured ${head}${where}. Threshold ${formatPercent(report.threshold)}.`);
    const why = read.reason ?? 'not-found';
    const step = record ? '' : nextStep(why);
    const next = step ? ` ${step}` : '';
    lines.push('', `${noBaselineWhy(why, read.detail)}${next}`);
  }
  if (record?.recorded) {
    lines.push('', `This run is recorded in the baseline (cache entry \`${safeKey(record.location)}\`, ${record.runs} run${record.runs === 1 ? '' : 's'}).`);
  } else if (record) {
    lines.push('', `**This run is not recorded in the baseline:** ${escapeMarkdown(record.why)}.`);
  }
  return lines.join('\n');
}

const BENCH_ICON: Record<string, string> = { regression: '🔴', improvement: '🟢', inconclusive: '🟡', error: '💥' };

/** One collapsible log group per benchmark: its verdict in the title, its metrics inside. */
export function benchmarkLogGroups(io: ActionIO): Publisher {
  return {
    publish({ report }) {
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
    },
  };
}

export interface ReportPresentation {
  ctx: RunContext;
  inputs: ActionInputs;
  renderers: Renderers;
  /** Applied to every text that leaves the step (see secrets.ts). */
  redact: (text: string) => string;
  redactMarkdown: (text: string) => string;
  /** Where report.json and report.md are written. */
  reportDir: string;
  marker: string;
}

function title(inputs: ActionInputs): string {
  return inputs.baselineKey === 'perf-gate' ? 'perf-gate' : `perf-gate (${inputs.baselineKey})`;
}

function footer(ctx: RunContext, version: string): string {
  return `<sub>[Workflow run](${ctx.runUrl}) · perf-gate ${escapeMarkdown(version)}</sub>`;
}

/** The comment's markdown (also report.md): the comparison described, the report, the footer. */
export function commentBody(p: ReportPresentation, outcome: GateOutcome): string {
  const header = describeComparison(p.ctx, outcome.read, outcome.report, outcome.record);
  return p.redactMarkdown(
    p.renderers.renderMarkdown(outcome.report, {
      maxLength: MAX_COMMENT_LENGTH - 100,
      header,
      footer: footer(p.ctx, p.renderers.toolVersion),
      marker: p.marker,
      title: title(p.inputs),
      recorded: outcome.record?.recorded === true,
    }),
  );
}

/**
 * The report with its CPU profile files copied into `dir`, beside report.json (an upload-artifact
 * step of the report directory takes them along), and named there by file name. A file that cannot
 * be copied is left out of the entry, never fails the step.
 */
export function profilesInto(report: ReportDocument, dir: string): ReportDocument {
  if (!report.profiles || report.profiles.length === 0) return report;
  const place = (file: string | undefined): string | undefined => {
    if (file === undefined) return undefined;
    const name = basename(file);
    const target = join(dir, name);
    try {
      if (resolve(file) !== resolve(target)) copyFileSync(file, target);
      return name;
    } catch {
      return undefined;
    }
  };
  const profiles = report.profiles.map((entry) => {
    const head = place(entry.files.head);
    const base = place(entry.files.base);
    return { ...entry, files: { ...(head !== undefined ? { head } : {}), ...(base !== undefined ? { base } : {}) } };
  });
  return { ...report, profiles };
}

/** report.json and report.md, the job summary, and the outputs naming them and the verdict. */
export function reportsAndOutputs(io: ActionIO, p: ReportPresentation): Publisher {
  return {
    publish(outcome) {
      const { record } = outcome;
      mkdirSync(p.reportDir, { recursive: true });
      const report = profilesInto(outcome.report, p.reportDir);
      const jsonPath = join(p.reportDir, 'report.json');
      const mdPath = join(p.reportDir, 'report.md');
      writeFileSync(jsonPath, p.redact(p.renderers.renderJson(report)));
      writeFileSync(mdPath, commentBody(p, { ...outcome, report }));
      const header = describeComparison(p.ctx, outcome.read, report, record);
      io.appendSummary(
        p.renderers.renderMarkdown(report, {
          maxLength: SUMMARY_REPORT_MAX_CHARS,
          header,
          footer: footer(p.ctx, p.renderers.toolVersion),
          title: title(p.inputs),
          recorded: record?.recorded === true,
        }),
      );
      io.setOutput(OUTPUT.verdict, report.verdict);
      io.setOutput(OUTPUT.regressions, String(report.counts.regression));
      io.setOutput(OUTPUT.reportJson, jsonPath);
      io.setOutput(OUTPUT.reportMarkdown, mdPath);
      io.info(`perf-gate: ${report.verdict}: ${report.summary}`);
      if (record?.recorded) io.info(`perf-gate: this run is recorded in the baseline (cache entry ${record.location}, ${record.runs} runs)`);
      else if (record) io.warning(`perf-gate: this run is not recorded in the baseline: ${record.why}.`);
      for (const w of report.warnings) io.warning(`perf-gate: ${w}`);
    },
  };
}

/**
 * The sticky comment on the pull request: created when the verdict needs attention (or always, by
 * input), updated in place when one exists. Sets the `comment-url` output, empty when there is none.
 */
export function pullRequestComment(
  io: ActionIO,
  p: ReportPresentation,
  github: (options: GitHubApiOptions) => Promise<IssueCommentsApi>,
): Publisher & { url?: string } {
  const publisher: Publisher & { url?: string } = {
    async publish(outcome) {
      const pr = p.ctx.pullRequest;
      const { inputs } = p;
      if (pr && inputs.comment !== 'never') {
        const attention = outcome.report.verdict === 'regression' || outcome.report.verdict === 'error';
        const createIfMissing = inputs.comment === 'always' || attention;
        if (!inputs.githubToken) {
          io.warning('perf-gate: no github-token, so no pull request comment (the default is the workflow token: ${{ github.token }}).');
        } else {
          try {
            const api = await github({ token: inputs.githubToken, apiUrl: p.ctx.apiUrl, owner: p.ctx.repository.owner, repo: p.ctx.repository.repo });
            const result = await upsertStickyComment(api, pr.number, p.marker, commentBody(p, outcome), { createIfMissing });
            if (result.action === 'skipped') io.info('perf-gate: no regression and no earlier comment: not commenting (comment: on-regression)');
            else io.info(`perf-gate: comment ${result.action}: ${result.url ?? `#${result.id}`}`);
            publisher.url = result.url;
          } catch (err) {
            io.warning(commentFailureAdvice(err, pr.fromFork));
          }
        }
      }
      io.setOutput(OUTPUT.commentUrl, publisher.url ?? '');
    },
  };
  return publisher;
}

/**
 * The step's verdict: failed when the gate blocks; a regression off pull requests is reported, not
 * blocking (the gate's enforcement says so).
 */
export function stepVerdict(io: ActionIO, mode: RunMode): Publisher {
  return {
    publish({ exitCode, report }) {
      if (exitCode === 1) io.setFailed(`perf-gate: ${report.summary}`);
      else if (report.verdict === 'regression' && mode !== 'pull-request') {
        io.warning(`perf-gate: ${report.summary} (reported, not blocking: this is not a pull request)`);
      }
    },
  };
}
