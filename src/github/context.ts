// What the workflow run is: event, refs, pull request, default branch, run link. Read from the
// runner's environment and the event payload file, without @actions/github (start-up matters and the
// logic stays testable with plain objects).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.ts';

/** What the Action does on this event. */
export type RunMode =
  /** Trusted event on the default branch: compare, then append the run to the baseline and save it. */
  | 'baseline'
  /** A pull request: compare against the base/default branch baseline, comment, gate. */
  | 'pull-request'
  /** Anything else: compare when a baseline is readable, report in the job summary only. */
  | 'report-only';

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha?: string;
  headSha?: string;
  headRef?: string;
  /**
   * The head repository is not the base repository (or is gone: a deleted fork has `head.repo: null`),
   * so the workflow token of a `pull_request` run is read-only.
   */
  fromFork: boolean;
}

/**
 * Code from a pull request runs in a workflow that has secrets and a write token: `pull_request_target`
 * (whatever the job checked out is measured, and such jobs check out the pull request to measure it),
 * or `workflow_run` after a pull request's workflow with that pull request's head checked out.
 */
export interface UntrustedCode {
  event: 'pull_request_target' | 'workflow_run';
  /** The pull request's head commit, when known. */
  headSha?: string;
}

export interface RunContext {
  eventName: string;
  repository: { owner: string; repo: string };
  sha: string;
  ref: string;
  /** Branch name of `ref` when it is a branch. */
  branch?: string;
  defaultBranch?: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run. */
  runUrl: string;
  pullRequest?: PullRequestInfo;
  /**
   * The base of the pull request the event is about, from any event whose payload carries
   * `pull_request.base.sha` (pull_request, pull_request_target, pull_request_review …).
   */
  pullRequestBase?: { sha: string; ref: string };
  /** Set when this run executes a pull request's code with secrets in reach. */
  untrustedCode?: UntrustedCode;
  workspace: string;
  tempDir: string;
}

export const TRUSTED_BASELINE_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

// The event payload is GitHub's, deeply nested and only read defensively (every field checked).
 
/** The fields of an event payload this module reads; every one is checked before it is used. */
interface PayloadRepo { full_name?: unknown; default_branch?: unknown }
interface PayloadSide { sha?: unknown; ref?: unknown; repo?: PayloadRepo | null }
export interface Payload {
  repository?: PayloadRepo;
  pull_request?: { number?: unknown; head?: PayloadSide; base?: PayloadSide };
  workflow_run?: { event?: unknown; head_sha?: unknown };
  /** Other fields, unread. */
  [field: string]: unknown;
}

/** A payload field as a string, when it is one. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function readEventPayload(path: string | undefined): Payload {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Payload) : {};
  } catch {
    throw new InputError(`GITHUB_EVENT_PATH ${path}: not valid JSON`);
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env, payload?: Payload): RunContext {
  const event = payload ?? readEventPayload(env.GITHUB_EVENT_PATH);
  const repoText = env.GITHUB_REPOSITORY ?? text(event.repository?.full_name) ?? '';
  const [owner, repo] = repoText.split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY: expected owner/repo (is this running in GitHub Actions?)');
  const ref = env.GITHUB_REF ?? '';
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '0';
  const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
  const eventName = env.GITHUB_EVENT_NAME ?? '';

  let pullRequest: PullRequestInfo | undefined;
  const pr = event.pull_request;
  if (PULL_REQUEST_EVENTS.includes(eventName) && pr && typeof pr.number === 'number') {
    const headRepo = text(pr.head?.repo?.full_name);
    const baseRepo = text(pr.base?.repo?.full_name) ?? repoText;
    pullRequest = {
      number: pr.number,
      baseRef: text(pr.base?.ref) ?? '',
      baseSha: text(pr.base?.sha),
      headSha: text(pr.head?.sha),
      headRef: text(pr.head?.ref),
      // Only a head repository known to be the base one is trusted with a write token: a deleted
      // fork (`head.repo: null`) is still a fork.
      fromFork: headRepo !== baseRepo,
    };
  }
  const baseSha = text(pr?.base?.sha);
  const pullRequestBase = baseSha ? { sha: baseSha, ref: text(pr?.base?.ref) ?? '' } : undefined;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const untrustedCode = untrustedCodeOf(eventName, event, workspace);

  return {
    eventName,
    repository: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    ref,
    branch,
    defaultBranch: text(event.repository?.default_branch),
    runId,
    runAttempt,
    serverUrl,
    apiUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${runAttempt !== '1' ? `/attempts/${runAttempt}` : ''}`,
    pullRequest,
    ...(pullRequestBase ? { pullRequestBase } : {}),
    ...(untrustedCode ? { untrustedCode } : {}),
    workspace,
    tempDir: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
  };
}

/** Whether this run may write the baseline under `update-baseline: auto`. */
export function isTrustedDefaultBranchRun(ctx: RunContext): boolean {
  if (!TRUSTED_BASELINE_EVENTS.includes(ctx.eventName) || ctx.branch === undefined) return false;
  // Scheduled runs always run on the default branch, and their payload does not name it.
  if (ctx.eventName === 'schedule' && ctx.defaultBranch === undefined) return true;
  return ctx.defaultBranch !== undefined && ctx.branch === ctx.defaultBranch;
}

export function runMode(ctx: RunContext): RunMode {
  if (ctx.pullRequest) return 'pull-request';
  if (isTrustedDefaultBranchRun(ctx)) return 'baseline';
  return 'report-only';
}

/** Whether the baseline is appended and saved on this run, given the `update-baseline` input. */
export function shouldUpdateBaseline(ctx: RunContext, input: 'auto' | boolean): boolean {
  // A pull request never saves: its cache entries are visible only to re-runs of that PR anyway, and
  // a baseline written from untrusted code must never gate anything.
  if (ctx.pullRequest) return false;
  if (input === 'auto') return isTrustedDefaultBranchRun(ctx);
  return input;
}

function untrustedCodeOf(eventName: string, event: Payload, workspace: string): UntrustedCode | undefined {
  if (eventName === 'pull_request_target') {
    const headSha = text(event.pull_request?.head?.sha);
    return { event: 'pull_request_target', ...(headSha ? { headSha } : {}) };
  }
  const run = event.workflow_run;
  const runEvent = text(run?.event);
  const headSha = text(run?.head_sha);
  if (eventName === 'workflow_run' && runEvent && PULL_REQUEST_EVENTS.includes(runEvent) && headSha) {
    if (workspaceHead(workspace) === headSha.toLowerCase()) return { event: 'workflow_run', headSha };
  }
  return undefined;
}

/** The commit checked out in `dir` (read from .git, without running git), or undefined. */
export function workspaceHead(dir: string): string | undefined {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  let gitDir = join(dir, '.git');
  const pointer = /^gitdir: (.+)$/m.exec(read(gitDir) ?? '');
  if (pointer?.[1]) gitDir = resolve(dir, pointer[1].trim());
  const head = read(join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (/^[0-9a-f]{40,64}$/i.test(head)) return head.toLowerCase();
  const ref = /^ref: (\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const loose = read(join(gitDir, ref))?.trim();
  if (loose && /^[0-9a-f]{40,64}$/i.test(loose)) return loose.toLowerCase();
  const packed = read(join(gitDir, 'packed-refs')) ?? '';
  for (const line of packed.split('\n')) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && /^[0-9a-f]{40,64}$/i.test(sha)) return sha.toLowerCase();
  }
  return undefined;
}
