import { describe, expect, test } from 'vitest';
import { DEFAULT_RETRY, isTransient, withRetry } from '../../src/github/api.ts';
import {
  commentFailureAdvice,
  commentMarker,
  findStickyComment,
  httpStatus,
  upsertStickyComment,
  type IssueComment,
  type IssueCommentsApi,
} from '../../src/github/comment.ts';

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * An in-memory comments API that pages like GitHub and records its calls. Comments given as strings
 * are the workflow bot's; `{ body, user }` are someone's. `viewer` is the login of a user's token.
 */
function memoryApi(initial: Array<string | { body: string; user: { login: string; type: string } }>, viewer?: string) {
  const comments: IssueComment[] = initial.map((c, i) =>
    typeof c === 'string' ? { id: i + 1, body: c, html_url: `u#${i + 1}`, user: BOT } : { id: i + 1, ...c, html_url: `u#${i + 1}` },
  );
  const calls: string[] = [];
  const api: IssueCommentsApi = {
    listComments(_issue, page, perPage) {
      calls.push(`list ${page}/${perPage}`);
      return Promise.resolve(comments.slice((page - 1) * perPage, page * perPage));
    },
    createComment(_issue, body) {
      calls.push('create');
      const c = { id: comments.length + 1, body, html_url: `u#${comments.length + 1}`, user: viewer ? { login: viewer, type: 'User' } : BOT };
      comments.push(c);
      return Promise.resolve(c);
    },
    updateComment(id, body) {
      calls.push(`update ${id}`);
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return Promise.resolve(c);
    },
    viewerLogin() {
      calls.push('viewer');
      return Promise.resolve(viewer);
    },
  };
  return { api, comments, calls };
}

const marker = commentMarker('perf-gate');

describe('sticky comment', () => {
  test('found on a later page (100 per page), updated in place', async () => {
    const bodies = Array.from({ length: 250 }, (_, i) => `other ${i}`);
    bodies[180] = `${marker}\nold report`;
    const { api, calls, comments } = memoryApi(bodies);
    const result = await upsertStickyComment(api, 1, marker, `${marker}\nnew report`);
    expect(result).toEqual({ action: 'updated', url: 'u#181', id: 181 });
    expect(calls).toEqual(['list 1/100', 'list 2/100', 'list 3/100', 'update 181']);
    expect(comments[180]!.body).toBe(`${marker}\nnew report`);
  });

  test('created when absent; the marker is added when the body lacks it', async () => {
    const { api, comments } = memoryApi(['a', 'b']);
    const result = await upsertStickyComment(api, 1, marker, 'report');
    expect(result.action).toBe('created');
    expect(comments.at(-1)!.body).toBe(`${marker}\nreport`);
  });

  test("a person's comment carrying the marker is never taken for perf-gate's, nor overwritten", async () => {
    const forged = { body: `${marker}\nlooks like a report`, user: { login: 'pr-author', type: 'User' } };
    const { api, comments, calls } = memoryApi(['a', forged]);
    const result = await upsertStickyComment(api, 1, marker, `${marker}\nreal report`);
    expect(result.action).toBe('created');
    expect(comments[1]!.body).toBe(`${marker}\nlooks like a report`);
    expect(calls).toContain('viewer');
    // The next run finds its own comment, past the forged one.
    expect((await upsertStickyComment(api, 1, marker, `${marker}\nnewer`)).id).toBe(3);
  });

  test("with a user's token (a PAT), that user's earlier comment is perf-gate's", async () => {
    const earlier = { body: `${marker}\nold`, user: { login: 'perf-bot-user', type: 'User' } };
    const { api, calls } = memoryApi([earlier], 'perf-bot-user');
    expect(await upsertStickyComment(api, 1, marker, `${marker}\nnew`)).toMatchObject({ action: 'updated', id: 1 });
    expect(calls.filter((c) => c === 'viewer')).toHaveLength(1);
  });

  test('another baseline key is another comment', async () => {
    const { api } = memoryApi([`${commentMarker('api')}\nx`]);
    expect(await findStickyComment(api, 1, marker)).toBeUndefined();
    expect(await findStickyComment(api, 1, commentMarker('api'))).toMatchObject({ id: 1 });
  });

  test('createIfMissing false (on-regression, passing) updates an existing comment but creates none', async () => {
    const none = memoryApi(['a']);
    expect((await upsertStickyComment(none.api, 1, marker, 'ok', { createIfMissing: false })).action).toBe('skipped');
    expect(none.calls).not.toContain('create');
    const some = memoryApi([`${marker}\nregressed`]);
    expect((await upsertStickyComment(some.api, 1, marker, 'ok', { createIfMissing: false })).action).toBe('updated');
  });

  test('a body over 65,536 characters is refused before any call', async () => {
    const { api, calls } = memoryApi([]);
    await expect(upsertStickyComment(api, 1, marker, 'x'.repeat(70_000))).rejects.toThrow(/65536/);
    expect(calls).toEqual([]);
  });

  test('403 advice names the fix: permissions, or the two-workflow setup for forks', () => {
    const err = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    expect(commentFailureAdvice(err, false)).toContain('pull-requests: write');
    expect(commentFailureAdvice(err, true)).toContain('workflow_run');
    expect(commentFailureAdvice(new Error('socket hang up'), false)).toContain('socket hang up');
  });
});

describe('retries', () => {
  const sleeps: number[] = [];
  const opts = {
    ...DEFAULT_RETRY,
    sleep: (ms: number) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };

  test('5xx, 429 and network errors are retried with backoff, then succeed', async () => {
    sleeps.length = 0;
    let n = 0;
    const value = await withRetry(
      () => {
        n++;
        if (n === 1) return Promise.reject(Object.assign(new Error('bad gateway'), { status: 502 }));
        if (n === 2) return Promise.reject(new Error('ECONNRESET'));
        return Promise.resolve('ok');
      },
      isTransient,
      opts,
    );
    expect(value).toBe('ok');
    expect(sleeps).toEqual([1000, 2000]);
  });

  test('a 4xx is not retried; retries stop after the attempts', async () => {
    let n = 0;
    await expect(withRetry(() => { n++; return Promise.reject(Object.assign(new Error('nope'), { status: 404 })); }, isTransient, opts)).rejects.toThrow('nope');
    expect(n).toBe(1);
    n = 0;
    await expect(withRetry(() => { n++; return Promise.reject(Object.assign(new Error('down'), { status: 503 })); }, isTransient, opts)).rejects.toThrow('down');
    expect(n).toBe(DEFAULT_RETRY.attempts);
  });
});

describe('a comment request that got no answer', () => {
  // Octokit throws these as an HttpError with status 500 and no response.
  const noAnswer = (message: string) => Object.assign(new Error(message), { name: 'HttpError', status: 500 });

  test.each([
    ['getaddrinfo ENOTFOUND api.github.com', "the GitHub API's host name could not be resolved (DNS)"],
    ['connect ECONNREFUSED 127.0.0.1:9', 'the connection to the GitHub API was refused'],
  ])('%s is described as what happened, never as HTTP 500', (message, plain) => {
    const err = noAnswer(message);
    expect(httpStatus(err)).toBeUndefined();
    expect(isTransient(err)).toBe(true);
    const advice = commentFailureAdvice(err, false);
    expect(advice).toContain(plain);
    expect(advice).not.toContain('HTTP 500');
  });

  test('a real 500 from the server is still one', () => {
    const err = Object.assign(new Error('Server Error'), { name: 'HttpError', status: 500, response: { status: 500 } });
    expect(httpStatus(err)).toBe(500);
    expect(commentFailureAdvice(err, false)).toContain('HTTP 500: Server Error');
  });
});
