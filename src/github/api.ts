// The GitHub REST calls of the Action, through @actions/github's octokit (loaded on first use), with
// retries where they are safe: reads and in-place updates on 5xx, 429 and network errors; creating a
// comment only on 429 (a 5xx may have created it already, and a duplicate comment is worse than none).
import type { IssueComment, IssueCommentsApi } from './comment.ts';
import { httpStatus } from './comment.ts';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 1000 };

export function retryOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RetryOptions {
  const base = Number(env.PERF_GATE_RETRY_BASE_MS);
  return { ...DEFAULT_RETRY, baseDelayMs: Number.isFinite(base) && base >= 0 ? base : DEFAULT_RETRY.baseDelayMs };
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: Record<string, string | undefined> } } | undefined)?.response?.headers;
  const value = headers?.['retry-after'];
  const s = value === undefined ? NaN : Number(value);
  return Number.isFinite(s) && s >= 0 ? Math.min(s, 60) * 1000 : undefined;
}

/** Runs `fn`, retrying when `retryable(err)` says so, with exponential backoff. */
export async function withRetry<T>(fn: () => Promise<T>, retryable: (err: unknown) => boolean, opts: RetryOptions): Promise<T> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= opts.attempts || !retryable(err)) throw err;
      await sleep(retryAfterMs(err) ?? opts.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

/** 5xx, 429, or no response at all (network error, timeout). */
export function isTransient(err: unknown): boolean {
  const status = httpStatus(err);
  if (status === undefined) return true;
  return status === 429 || status >= 500;
}

export function isRateLimited(err: unknown): boolean {
  return httpStatus(err) === 429;
}

export interface GitHubApiOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  retry?: RetryOptions;
  /** Per-request timeout, ms. */
  timeoutMs?: number;
}

export async function createIssueCommentsApi(opts: GitHubApiOptions): Promise<IssueCommentsApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(opts.token, { baseUrl: opts.apiUrl });
  const retry = opts.retry ?? DEFAULT_RETRY;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const request = () => ({ signal: AbortSignal.timeout(timeoutMs) });
  const { owner, repo } = opts;
  const asComment = (d: { id: number; body?: string | null; html_url?: string; user?: { login?: string; type?: string } | null }): IssueComment => ({
    id: d.id,
    body: d.body,
    html_url: d.html_url,
    user: d.user ? { login: d.user.login, type: d.user.type } : null,
  });
  return {
    listComments: (issue, page, perPage) =>
      withRetry(
        async () =>
          (
            await octokit.rest.issues.listComments({ owner, repo, issue_number: issue, page, per_page: perPage, request: request() })
          ).data.map(asComment),
        isTransient,
        retry,
      ),
    createComment: (issue, body) =>
      withRetry(
        async () => asComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body, request: request() })).data),
        isRateLimited,
        retry,
      ),
    updateComment: (commentId, body) =>
      withRetry(
        async () =>
          asComment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body, request: request() })).data),
        isTransient,
        retry,
      ),
    // A user token (a PAT) can say whose it is; the workflow token cannot (403), and its comments
    // are a bot's anyway.
    viewerLogin: async () => {
      try {
        return (await octokit.rest.users.getAuthenticated({ request: request() })).data.login;
      } catch {
        return undefined;
      }
    },
  };
}
