// The sticky PR comment: one per pull request and per baseline key, found by a hidden marker while
// paging through all comments, updated in place on every run (so a stale warning never survives a
// fixed push), created when absent.

/** The three REST calls the comment needs; `api.ts` implements them with octokit. */
export interface IssueCommentsApi {
  /** One page (1-based) of an issue's comments, oldest first, at most `perPage`. */
  listComments(issue: number, page: number, perPage: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  /** The login the token comments as, when the API tells it (a user's token; not the workflow's). */
  viewerLogin?(): Promise<string | undefined>;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

/** GitHub rejects comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;
export const PER_PAGE = 100;
/** A safety stop: 100 pages are 10,000 comments. */
const MAX_PAGES = 100;

export function commentMarker(baselineKey: string): string {
  return `<!-- perf-gate:${baselineKey} -->`;
}

/**
 * Finds perf-gate's own comment: one carrying the marker, paging through all comments, written by a
 * bot (the workflow token comments as `github-actions[bot]`, an app's token as its bot) or by the
 * user whose token this is. Anyone can write the marker into a comment of their own; taking theirs
 * would overwrite a person's words with the report, under their name. The newest match wins.
 */
export async function findStickyComment(
  api: IssueCommentsApi,
  issue: number,
  marker: string,
): Promise<IssueComment | undefined> {
  let found: IssueComment | undefined;
  let viewer: Promise<string | undefined> | undefined;
  const ours = async (c: IssueComment): Promise<boolean> => {
    if (c.user?.type === 'Bot') return true;
    if (!c.user?.login || !api.viewerLogin) return false;
    viewer ??= api.viewerLogin();
    return (await viewer) === c.user.login;
  };
  for (let page = 1; page <= MAX_PAGES; page++) {
    const comments = await api.listComments(issue, page, PER_PAGE);
    for (const c of comments) {
      if (typeof c.body === 'string' && c.body.includes(marker) && (await ours(c))) found = c;
    }
    if (comments.length < PER_PAGE) break;
  }
  return found;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
  id?: number;
}

/**
 * Updates the marked comment in place, or creates it. With `createIfMissing: false` (comment mode
 * `on-regression` on a passing run) an existing comment is still updated, so it stops warning.
 */
export async function upsertStickyComment(
  api: IssueCommentsApi,
  issue: number,
  marker: string,
  body: string,
  options: { createIfMissing: boolean } = { createIfMissing: true },
): Promise<StickyResult> {
  if (!body.includes(marker)) body = `${marker}\n${body}`;
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new Error(`comment body is ${body.length} characters, more than GitHub's ${MAX_COMMENT_LENGTH}`);
  }
  const existing = await findStickyComment(api, issue, marker);
  if (existing) {
    const updated = await api.updateComment(existing.id, body);
    return { action: 'updated', url: updated.html_url ?? existing.html_url, id: existing.id };
  }
  if (!options.createIfMissing) return { action: 'skipped' };
  const created = await api.createComment(issue, body);
  return { action: 'created', url: created.html_url, id: created.id };
}

/**
 * The HTTP status of an octokit (or fetch-like) error, when there was an answer. Octokit reports a
 * request that got none (a host name that does not resolve, a refused connection, a timeout) as status
 * 500 without a response: that is no status at all.
 */
export function httpStatus(err: unknown): number | undefined {
  const e = err as { status?: unknown; response?: unknown; name?: unknown } | null | undefined;
  if (typeof e?.status !== 'number') return undefined;
  if (e.status === 500 && e.response === undefined && (e.name === 'HttpError' || e.name === 'AbortError')) return undefined;
  return e.status;
}

/** A request that got no answer, in plain words. */
function describeNoAnswer(message: string): string | undefined {
  if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME/.test(message)) return "the GitHub API's host name could not be resolved (DNS)";
  if (/ECONNREFUSED/.test(message)) return 'the connection to the GitHub API was refused';
  if (/ECONNRESET|socket hang up/.test(message)) return 'the connection to the GitHub API was reset';
  if (/ETIMEDOUT|aborted|timed? ?out/i.test(message)) return 'the GitHub API did not answer in time';
  if (/EHOSTUNREACH|ENETUNREACH/.test(message)) return 'the GitHub API could not be reached (host unreachable)';
  return undefined;
}

/** Plain words and the fix for a comment that could not be written. */
export function commentFailureAdvice(err: unknown, fromFork: boolean): string {
  const status = httpStatus(err);
  if (status === 403 || status === 404) {
    const fork = fromFork
      ? 'This pull request comes from a fork, and the workflow token of a fork pull request is read-only: ' +
        'use the two-workflow setup (pull_request runs perf-gate with comment: never and uploads the report as an artifact; ' +
        'a workflow_run workflow downloads it and comments), see the perf-gate README, section "Pull requests from forks".'
      : 'Give the job permission to comment: add `permissions: { contents: read, pull-requests: write }` to the workflow or job.';
    return `perf-gate could not comment on the pull request (HTTP ${status}: the token may not write pull request comments). ${fork} The verdict, job summary and outputs are unaffected.`;
  }
  const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim() : String(err);
  const plain = status === undefined ? describeNoAnswer(reason) : undefined;
  const what = plain ? `${plain}: ${reason}` : `${status ? `HTTP ${status}: ` : ''}${reason}`;
  return `perf-gate could not comment on the pull request (${what}). The verdict, job summary and outputs are unaffected.`;
}
