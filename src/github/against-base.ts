// The Action's `against: base`: a pull request is compared with its base commit, measured in the same
// job beside it, instead of with the baseline cached from the default branch. This module decides
// which comparison an event gets, and makes sure the base commit is in the checkout: actions/checkout
// fetches one commit by default, and the base is then missing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InputError } from '../core/errors.ts';
import type { RunContext, RunMode } from './context.ts';
import { INPUT, type ActionInputs } from './inputs.ts';

const run = promisify(execFile);

/** What this run compares with. `notice`: one line saying why the input was not followed as written. */
export type Comparison =
  | { kind: 'baseline'; notice?: string }
  | { kind: 'base'; sha: string; ref: string };

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

/**
 * The comparison for this event and these inputs. `against: base` needs a pull request's base commit:
 * on the default branch the cached baseline is compared with and refreshed as always (the history a
 * pull request without `against: base` needs keeps growing), and on other events without a base the
 * run behaves as `against: baseline`.
 */
export function chooseComparison(inputs: ActionInputs, ctx: RunContext, mode: RunMode): Comparison {
  if (inputs.against === 'baseline') {
    return inputs.setup
      ? { kind: 'baseline', notice: `perf-gate: input ${INPUT.setup} is not used: it prepares the base tree of ${INPUT.against}: base, and this step compares with the cached baseline` }
      : { kind: 'baseline' };
  }
  const base = ctx.pullRequestBase;
  if (base) {
    if (!COMMIT.test(base.sha)) {
      throw new InputError(`the event's pull_request.base.sha "${base.sha}" is not a commit id (expected 40 hexadecimal digits)`);
    }
    return { kind: 'base', sha: base.sha.toLowerCase(), ref: base.ref };
  }
  const event = ctx.eventName || 'this event';
  return {
    kind: 'baseline',
    notice:
      mode === 'baseline'
        ? `perf-gate: ${INPUT.against}: base compares pull requests with their base commit; on the default branch (${event}) the cached baseline is compared with and updated as with ${INPUT.against}: baseline`
        : `perf-gate: ${INPUT.against}: base needs a pull request's base commit and ${event} carries none: comparing with the cached baseline, as with ${INPUT.against}: baseline`,
  };
}

export interface BaseCommitOptions {
  /** A directory inside the checkout. */
  dir: string;
  sha: string;
  /** The workflow token, sent to the server's host only; empty: fetch without it (a public repository). */
  token: string;
  /** `https://github.com`: the header is scoped to this host, so no other remote ever receives it. */
  serverUrl: string;
  /** The environment git runs with (the job's). */
  env: NodeJS.ProcessEnv;
  /** Masks a value derived from the token before git runs (the runner's log masking sees exact values only). */
  mask: (secret: string) => void;
  timeoutMs?: number;
}

async function hasCommit(dir: string, sha: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: dir, env });
    return true;
  } catch {
    return false;
  }
}

/**
 * git configuration given through the environment (GIT_CONFIG_COUNT, git ≥ 2.31), appended to what the
 * job already sets there. Equivalent to `-c`, but `-c` would put the token in the process's argument
 * list, readable by every process of the runner's user while the fetch runs.
 */
function gitConfigEnv(env: NodeJS.ProcessEnv, entries: Array<[string, string]>): NodeJS.ProcessEnv {
  const existing = Number(env.GIT_CONFIG_COUNT ?? '0');
  const first = Number.isInteger(existing) && existing > 0 ? existing : 0;
  const out: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(first + entries.length) };
  entries.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${first + i}`] = key;
    out[`GIT_CONFIG_VALUE_${first + i}`] = value;
  });
  return out;
}

/** The extra-header configuration that authenticates to `serverUrl` with `token`, as actions/checkout does. */
export function authHeaderConfig(serverUrl: string, token: string): { entries: Array<[string, string]>; secret: string } {
  const secret = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  // An empty value first clears a header actions/checkout persisted in the repository's config:
  // two Authorization headers make the server refuse the fetch.
  return { entries: [[key, ''], [key, `AUTHORIZATION: basic ${secret}`]], secret };
}

function lastLine(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').at(-1) ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/**
 * Makes sure the base commit is in the repository holding `dir`: present already (a checkout with
 * `fetch-depth: 0`), or fetched from `origin`, one commit deep. Returns whether it was fetched.
 */
export async function ensureBaseCommit(options: BaseCommitOptions): Promise<'present' | 'fetched'> {
  const { dir, sha } = options;
  const short = sha.slice(0, 7);
  const gitEnv: NodeJS.ProcessEnv = { ...options.env, GIT_TERMINAL_PROMPT: '0' };
  try {
    await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir, env: gitEnv });
  } catch {
    throw new InputError(`${INPUT.against}: base needs a git checkout, and ${dir} is not inside one (check out the repository with actions/checkout first)`);
  }
  if (await hasCommit(dir, sha, gitEnv)) return 'present';

  let fetchEnv = gitEnv;
  if (options.token) {
    const auth = authHeaderConfig(options.serverUrl, options.token);
    options.mask(auth.secret);
    fetchEnv = { ...gitEnv, ...gitConfigEnv(gitEnv, auth.entries) };
  }
  let detail = '';
  try {
    await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: dir, env: fetchEnv, timeout: options.timeoutMs ?? 120_000 });
  } catch (err) {
    const { stderr, killed } = err as { stderr?: unknown; killed?: boolean };
    detail = killed ? 'timed out' : lastLine(typeof stderr === 'string' ? stderr : '') || 'git fetch failed';
  }
  if (!detail && (await hasCommit(dir, sha, gitEnv))) return 'fetched';
  throw new InputError(
    `the pull request's base commit ${short} is not in the checkout and could not be fetched from origin` +
      `${detail ? ` (${detail})` : ''}: check out with actions/checkout's fetch-depth: 0, or give the job a token that can read the repository`,
  );
}
