// Runs one hostile-input case as a user or the runner would: the CLI (`node src/cli.ts`) or the
// Action bundle (`dist/index.js`) in a real child process, in a directory of its own, with distinct
// secret values planted in the environment. Each Action case gets its own loopback fakes of the
// GitHub API and the cache service, so cases run concurrently without sharing state. After the run
// every output is collected (stdout, stderr, files written or changed, step summary, outputs file,
// comment bodies) and checked against the case's expectations and the invariants every case shares.
// No vitest here: bench/hostile-figures.ts drives the same runner.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FakeCacheService, branchScopes, pullRequestScopes, type TokenScope } from '../e2e/fakes/cache-service.ts';
import { FakeGitHubApi, type FakeComment } from '../e2e/fakes/github-api.ts';
import { CLI, hasStackTrace } from '../helpers/cli.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUNDLE = join(ROOT, 'dist', 'index.js');
const EVENTS = join(ROOT, 'test', 'e2e', 'events');

/** A file to create before the run: text, bytes, a symbolic link, or an empty directory. */
export type FileSpec = string | Buffer | { symlink: string } | { dir: true };

export interface ActionSpec {
  event: 'push' | 'pull_request' | 'pull_request_target';
  /** Branch of a push (default main, the default branch). */
  branch?: string;
  /** A pull request from another repository; `null` plays a deleted fork (`head.repo: null`). */
  fork?: boolean | null;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /**
   * ok: the fake service · down: nothing listens · restore-503: the cache API answers 503 ·
   * blob-503: the API finds the entry, the blob store answers 503.
   */
  cache?: 'ok' | 'down' | 'restore-503' | 'blob-503';
  /** A baseline document (JSON text) planted in the cache as the default branch's newest entry. */
  baseline?: string;
  /** Instead: an entry whose baseline.json is a symbolic link to this target (a foreign entry). */
  baselineLink?: string;
  /** The token may not write (a fork's read-only token): 403 on comment writes. */
  apiReadOnly?: boolean;
  /** Comments on the pull request before the run, e.g. one by its author forging the marker. */
  comments?: Array<{ user: string; body: string }>;
}

export interface Expect {
  /** Exit code (one of several when the right outcome is open). */
  code: number | number[];
  /** The one error line: a stderr line after `perf-gate: ` (CLI) or an `::error::` line (Action). */
  message?: RegExp;
  /** Each must match somewhere in stdout + stderr. */
  log?: RegExp[];
  /** None may match any line of stdout or stderr (what the runner would read as a command…). */
  notLog?: RegExp[];
  /** Strings that must appear in no output at all (raw and unescaped forms). */
  absent?: string[];
  /** Strings that must appear in no markdown output (summary, comment bodies, written .md files). */
  absentFromMarkdown?: string[];
  /** Each must match the markdown (comment body if any, else summary, else written .md files). */
  markdown?: RegExp[];
  /** Paths (relative to the case directory) that must be byte-equal before and after. */
  intact?: string[];
  /** Anything else: returns the problems found. */
  check?: (run: CaseRun) => string[] | Promise<string[]>;
}

export interface HostileCase {
  id: string;
  /** Where the case comes from: `9.1` … `9.10` for the items of the security issue, `own` otherwise. */
  item: string;
  title: string;
  files?: Record<string, FileSpec>;
  /** CLI arguments (the CLI is run unless `action` or `procedure` is given). */
  cli?: string[];
  action?: ActionSpec;
  /** A case that needs more than one process (concurrent updates, a SIGKILL): it returns the run. */
  procedure?: (ctx: CaseContext) => Promise<ProcessRun>;
  env?: Record<string, string>;
  /** Too slow for the test run (minutes): run by bench/hostile-figures.ts, or with PERF_GATE_HOSTILE_SLOW=1. */
  slow?: boolean;
  /** Budget for the whole case (default 40 s). */
  timeoutMs?: number;
  expect: Expect;
}

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CaseContext {
  dir: string;
  env: Record<string, string>;
  cli(args: string[], extraEnv?: Record<string, string>): Promise<ProcessRun>;
  spawnCli(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<ProcessRun> };
}

export interface CaseRun extends ProcessRun {
  dir: string;
  /** Every output, labelled: stdout, stderr, summary, outputs, comment#id, file:<path>. */
  outputs: Record<string, string>;
  /** Markdown outputs only (subset of `outputs`). */
  markdown: Record<string, string>;
  actionOutputs: Record<string, string>;
  comments: FakeComment[];
  /** Comments before the run, as they were (to check none was hijacked). */
  commentsBefore: FakeComment[];
  cacheCalls: Array<{ method: string; scopes: string[] }>;
  secrets: string[];
}

export interface CaseOutcome {
  id: string;
  problems: string[];
  /** Planted secrets found in some output (label: secret name). */
  secretHits: string[];
  ms: number;
}

// ---------------------------------------------------------------------------------------------
// Secrets: distinct values, planted in every case, looked for in every output.

export const SECRET_ENV = {
  inputToken: 'ghs_HostileInputToken0c7f3a9e5d',
  githubToken: 'ghp_HostileGithubTokenEnv91b2c4',
  custom: 'npm_HostileCustomSecret5d8e0a17',
  runtimeSignature: 'HostileRuntimeSig4e1b9d03',
  /** A password inside a variable not named like a credential: no name rule can know it. */
  plainNamed: 'HostileDbPassw0rd7e1c',
} as const;
/** The custom secret's variable: what a workflow sets with `env: NPM_TOKEN: ${{ secrets.NPM_TOKEN }}`. */
export const CUSTOM_SECRET_VAR = 'NPM_TOKEN';
/** A secret under a plain name, as `env: DATABASE_URL: ${{ secrets.DATABASE_URL }}` sets it. */
export const PLAIN_SECRET_VAR = 'DATABASE_URL';

/** How the payload of every runtime token made here starts: base64url of `{"ac":`. */
export const RUNTIME_TOKEN_PAYLOAD_START = 'eyJhYyI6';

/** A runtime token shaped like the runner's, with a distinctive signature to grep for. */
function runtimeToken(scopes: TokenScope[]): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'none' })}.${b64({ ac: JSON.stringify(scopes), iss: 'fake' })}.${SECRET_ENV.runtimeSignature}`;
}

/** Text as a human would read it after markdown, HTML and JSON escapes and invisible characters. */
export function unescapeForms(text: string): string[] {
  const entities = text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(amp|lt|gt|quot|lowbar|commat|num|colon|vert);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', lowbar: '_', commat: '@', num: '#', colon: ':', vert: '|' })[n]!);
  const plain = entities
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, '$1')
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .replace(/[\u200b-\u200d\u2060-\u2064\ufeff]/g, '');
  return [text, entities, plain];
}

function occurs(text: string, needle: string): boolean {
  return unescapeForms(text).some((t) => t.includes(needle));
}

// ---------------------------------------------------------------------------------------------
// Shared invariants

/** Markdown tables whose rows do not all have the header's number of cells (an unescaped `|`). */
export function brokenTableRows(md: string): string[] {
  const cells = (line: string) => line.replace(/\\\|/g, '').replace(/&#124;|&vert;/g, '').split('|').length;
  const bad: string[] = [];
  const lines = md.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*\|?\s*:?-{3,}/.test(lines[i + 1]!) || !lines[i]!.includes('|')) continue;
    const width = cells(lines[i]!);
    for (let j = i + 2; j < lines.length && lines[j]!.includes('|'); j++) {
      if (cells(lines[j]!) !== width) bad.push(lines[j]!.slice(0, 120));
    }
  }
  return bad;
}

function parseOutputsFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Files

function hash(path: string): string {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return `link:${readlinkSync(path)}`;
  if (st.isDirectory()) return 'dir';
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function walk(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) walk(path, base, out);
    else out.set(relative(base, path), hash(path));
  }
  return out;
}

function materialise(dir: string, files: Record<string, FileSpec>): void {
  for (const [rel, spec] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) writeFileSync(path, spec);
    else if ('symlink' in spec) symlinkSync(spec.symlink, path);
    else mkdirSync(path, { recursive: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_|NPM_TOKEN$|DATABASE_URL$|CI$|PERF_GATE_)/.test(k)) env[k] = v;
  }
  return env;
}

function collect(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<ProcessRun> {
  return new Promise((done) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      stderr += `\n[hostile runner: killed after ${timeoutMs} ms]`;
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }, timeoutMs);
    child.on('error', (err) => {
      stderr += String(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

function spawnNode(args: string[], cwd: string, env: Record<string, string>): ReturnType<typeof spawn> {
  // Own process group, so a timed-out case takes its workers with it.
  return spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

// ---------------------------------------------------------------------------------------------
// Cache: a per-case front of the fake service that can fail the way a real outage does.

interface CacheFront {
  url: string;
  stop(): Promise<void>;
}

async function cacheFront(target: string, mode: 'restore-503' | 'blob-503'): Promise<CacheFront> {
  const server: Server = createServer((req, res) => {
    const isBlob = (req.url ?? '').startsWith('/blob/');
    const isRestore = (req.url ?? '').endsWith('/GetCacheEntryDownloadURL');
    if ((mode === 'restore-503' && !isBlob) || (mode === 'blob-503' && isBlob && req.method === 'GET') || (mode === 'restore-503' && isRestore)) {
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'unavailable', msg: 'service unavailable' }));
      return;
    }
    const url = new URL(req.url ?? '/', target);
    const upstream = httpRequest(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        // Signed URLs point at the fake; keep the client talking to this front.
        let body = Buffer.concat(chunks);
        if ((up.headers['content-type'] ?? '').includes('json')) body = Buffer.from(body.toString('utf8').split(target).join(front.url));
        const headers = { ...up.headers, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        res.writeHead(up.statusCode ?? 502, headers);
        res.end(body);
      });
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const front: CacheFront = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => { r(); }));
    },
  };
  return front;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => { r(); }));
  return port;
}

let cacheVersion: Promise<string> | undefined;
/** The entry version @actions/cache computes for the default baseline path (paths + compression). */
function baselineCacheVersion(): Promise<string> {
  cacheVersion ??= (async () => {
    const utils = await import(join(ROOT, 'node_modules/@actions/cache/lib/internal/cacheUtils.js'));
    const compression = await utils.getCompressionMethod();
    return utils.getCacheVersion(['.perf-gate-cache/perf-gate/baseline.json'], compression) as string;
  })();
  return cacheVersion;
}

/**
 * A zstd tar archive holding `content` (or a symbolic link to `link`) at the baseline's cached path,
 * as @actions/cache makes it.
 */
function archive(dir: string, content: string, link?: string): Buffer {
  const root = mkdtempSync(join(dir, '.archive-'));
  mkdirSync(join(root, '.perf-gate-cache', 'perf-gate'), { recursive: true });
  if (link === undefined) writeFileSync(join(root, '.perf-gate-cache', 'perf-gate', 'baseline.json'), content);
  else symlinkSync(link, join(root, '.perf-gate-cache', 'perf-gate', 'baseline.json'));
  execFileSync('tar', ['--posix', '-cf', join(root, 'cache.tar'), '-C', root, '.perf-gate-cache']);
  execFileSync('zstd', ['-q', '-f', join(root, 'cache.tar'), '-o', join(root, 'cache.tzst')]);
  const data = readFileSync(join(root, 'cache.tzst'));
  rmSync(root, { recursive: true, force: true });
  return data;
}

// ---------------------------------------------------------------------------------------------
// The bundle: one private copy per process, so a rebuild of dist/ by someone else (which deletes it
// first) cannot break the cases running at that moment.

let bundleCopy: Promise<string> | undefined;

function snapshotBundle(): Promise<string> {
  bundleCopy ??= (async () => {
    // A build in progress: dist/ is deleted, then written chunk by chunk. Wait until it has been
    // quiet for a few seconds.
    for (let i = 0; i < 120; i++) {
      const quiet = existsSync(BUNDLE) && Date.now() - statSync(dirname(BUNDLE)).mtimeMs > 5000 && Date.now() - statSync(BUNDLE).mtimeMs > 5000;
      if (quiet) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-hostile-bundle-'));
    cpSync(dirname(BUNDLE), dir, { recursive: true, filter: (src) => !src.includes(join('dist', 'cli')) });
    process.once('exit', () => { rmSync(dir, { recursive: true, force: true }); });
    return join(dir, 'index.js');
  })();
  return bundleCopy;
}

// ---------------------------------------------------------------------------------------------
// One case

const PR_NUMBER = 7;
const HEAD_SHA = '4444444444444444444444444444444444444444';
const MAIN_SHA = '2222222222222222222222222222222222222222';

function inputEnv(overrides: Record<string, string>): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const env: Record<string, string> = {};
  for (const [name, def] of Object.entries<{ default?: string | number | boolean }>(action.inputs)) {
    const value = name in overrides ? overrides[name]! : String(def.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? SECRET_ENV.inputToken : value;
  }
  return env;
}

function eventPayload(spec: ActionSpec): Record<string, any> {
  if (spec.event === 'push') {
    const e = JSON.parse(readFileSync(join(EVENTS, 'push.json'), 'utf8'));
    e.after = MAIN_SHA;
    e.head_commit.id = MAIN_SHA;
    e.ref = `refs/heads/${spec.branch ?? 'main'}`;
    return e;
  }
  const e = JSON.parse(readFileSync(join(EVENTS, spec.fork === undefined || spec.fork === false ? 'pull_request.json' : 'pull_request_fork.json'), 'utf8'));
  e.number = PR_NUMBER;
  e.pull_request.number = PR_NUMBER;
  e.pull_request.head.sha = HEAD_SHA;
  if (spec.fork === null) e.pull_request.head.repo = null;
  return e;
}

async function runAction(c: HostileCase, dir: string, env: Record<string, string>, timeoutMs: number): Promise<Omit<CaseRun, 'outputs' | 'markdown' | 'secrets'>> {
  const spec = c.action!;
  const api = new FakeGitHubApi('octo-org', 'widget');
  api.token = SECRET_ENV.inputToken;
  api.readOnly = spec.apiReadOnly ?? false;
  const cache = new FakeCacheService();
  await api.start();
  await cache.start();
  let front: CacheFront | undefined;
  try {
    const add = (api as unknown as { add(issue: number, body: string, login: string): FakeComment }).add.bind(api);
    for (const cm of spec.comments ?? []) add(PR_NUMBER, cm.body, cm.user);
    const commentsBefore = api.comments.map((x) => ({ ...x }));
    if (spec.baseline !== undefined || spec.baselineLink !== undefined) {
      const data = archive(dir, spec.baseline ?? '', spec.baselineLink);
      cache.plant(`perf-gate-v1-0000000000000000-${'1'.repeat(40)}-90-1`, await baselineCacheVersion(), 'refs/heads/main', data);
    }
    let cacheUrl = cache.url;
    if (spec.cache === 'down') cacheUrl = `http://127.0.0.1:${await closedPort()}/`;
    else if (spec.cache === 'restore-503' || spec.cache === 'blob-503') {
      front = await cacheFront(cache.url, spec.cache);
      cacheUrl = front.url;
    }
    const runnerTemp = join(dir, '.runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    const outputFile = join(runnerTemp, 'github-output');
    const summaryFile = join(runnerTemp, 'step-summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const eventPath = join(runnerTemp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(eventPayload(spec)));
    const isPr = spec.event !== 'push';
    const scopes = isPr ? pullRequestScopes(PR_NUMBER, 'main', 'main') : branchScopes(spec.branch ?? 'main');
    const child = spawnNode([await snapshotBundle()], dir, {
      ...env,
      ...inputEnv(spec.inputs ?? {}),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: spec.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo-org/widget',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SHA: isPr ? `9${HEAD_SHA.slice(1)}` : MAIN_SHA,
      GITHUB_REF: isPr ? `refs/pull/${PR_NUMBER}/merge` : `refs/heads/${spec.branch ?? 'main'}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_WORKFLOW: 'perf',
      GITHUB_JOB: 'perf',
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: api.url,
      RUNNER_TEMP: runnerTemp,
      RUNNER_NAME: 'hostile-runner',
      RUNNER_OS: 'Linux',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: cacheUrl,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(scopes),
      PERF_GATE_RETRY_BASE_MS: '10',
      PERF_GATE_CACHE_TIMEOUT_SECONDS: '10',
      ...spec.env,
    });
    const run = await collect(child, timeoutMs);
    return {
      ...run,
      dir,
      actionOutputs: parseOutputsFile(readFileSync(outputFile, 'utf8')),
      comments: api.comments.map((x) => ({ ...x })),
      commentsBefore,
      cacheCalls: cache.calls.map((x) => ({ method: x.method, scopes: x.scopes })),
    };
  } finally {
    await front?.stop();
    await api.stop();
    await cache.stop();
  }
}

/** Runs one case and checks it; never throws for a mishandled input (that is a problem found). */
export async function runCase(c: HostileCase, root: string): Promise<CaseOutcome> {
  const started = Date.now();
  const dir = mkdtempSync(join(root, `${c.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}-`));
  const timeoutMs = c.timeoutMs ?? 40_000;
  const problems: string[] = [];
  const secretHits: string[] = [];
  try {
    materialise(dir, c.files ?? {});
    mkdirSync(join(dir, '.tmp'), { recursive: true });
    const env: Record<string, string> = {
      ...baseEnv(),
      NO_COLOR: '1',
      TMPDIR: join(dir, '.tmp'),
      GITHUB_TOKEN: SECRET_ENV.githubToken,
      'INPUT_GITHUB-TOKEN': SECRET_ENV.inputToken,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(branchScopes('main')),
      [CUSTOM_SECRET_VAR]: SECRET_ENV.custom,
      [PLAIN_SECRET_VAR]: `postgres://perf:${SECRET_ENV.plainNamed}@db.internal/app`,
      ...c.env,
    };
    const before = walk(dir);
    const ctx: CaseContext = {
      dir,
      env,
      cli: (args, extraEnv = {}) => collect(spawnNode([CLI, ...args], dir, { ...env, ...extraEnv }), timeoutMs),
      spawnCli: (args) => {
        const child = spawnNode([CLI, ...args], dir, env);
        return { child, done: collect(child, timeoutMs) };
      },
    };
    let partial: Omit<CaseRun, 'outputs' | 'markdown' | 'secrets'>;
    if (c.action) partial = await runAction(c, dir, env, timeoutMs);
    else {
      const run = c.procedure ? await c.procedure(ctx) : await ctx.cli(c.cli ?? []);
      partial = { ...run, dir, actionOutputs: {}, comments: [], commentsBefore: [], cacheCalls: [] };
    }

    // Every output: the streams, and every file the run created or changed (summary, outputs file,
    // reports, results, baselines, temp files), and every comment body.
    const outputs: Record<string, string> = { stdout: partial.stdout, stderr: partial.stderr };
    const markdown: Record<string, string> = {};
    for (const [rel, h] of walk(dir)) {
      if (before.get(rel) === h || h.startsWith('link:') || rel.startsWith('.archive-')) continue;
      const text = readFileSync(join(dir, rel), 'utf8');
      outputs[`file:${rel}`] = text;
      if (rel.endsWith('step-summary') || rel.endsWith('.md')) markdown[`file:${rel}`] = text;
    }
    for (const cm of partial.comments) {
      const was = partial.commentsBefore.find((b) => b.id === cm.id);
      if (was && was.body === cm.body) continue;
      outputs[`comment#${cm.id}`] = cm.body;
      markdown[`comment#${cm.id}`] = cm.body;
    }
    const run: CaseRun = {
      ...partial,
      outputs,
      markdown,
      secrets: [...Object.values(SECRET_ENV), runtimeToken(branchScopes('main'))],
    };

    // Secrets: in no output, in any form. `::add-mask::` lines are the runner's own masking input.
    const secrets: Record<string, string> = {
      'INPUT_GITHUB-TOKEN': SECRET_ENV.inputToken,
      GITHUB_TOKEN: SECRET_ENV.githubToken,
      [CUSTOM_SECRET_VAR]: SECRET_ENV.custom,
      [PLAIN_SECRET_VAR]: SECRET_ENV.plainNamed,
      ACTIONS_RUNTIME_TOKEN: SECRET_ENV.runtimeSignature,
      // A cut token is still a leak: the start of the runtime token's payload (`{"ac":`, base64url).
      'ACTIONS_RUNTIME_TOKEN (payload)': RUNTIME_TOKEN_PAYLOAD_START,
    };
    for (const [label, text] of Object.entries(outputs)) {
      const visible = text
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const [name, value] of Object.entries(secrets)) {
        if (occurs(visible, value)) secretHits.push(`${label}: ${name}`);
      }
    }
    if (secretHits.length) problems.push(`secret in output: ${secretHits.join(', ')}`);

    const e = c.expect;
    const codes = Array.isArray(e.code) ? e.code : [e.code];
    if (!codes.includes(run.code as number)) problems.push(`exit code ${run.code}, expected ${codes.join(' or ')}`);

    const logLines = `${run.stdout}\n${run.stderr}`.split('\n');
    if (e.message) {
      const lines = c.action
        ? logLines.filter((l) => l.startsWith('::error::')).map((l) => l.slice('::error::'.length))
        : run.stderr.split('\n').filter((l) => l.startsWith('perf-gate: '));
      if (!lines.some((l) => e.message!.test(l))) problems.push(`no error line matches ${e.message}: ${JSON.stringify(lines.slice(-3))}`);
    }
    for (const re of e.log ?? []) if (!re.test(`${run.stdout}\n${run.stderr}`)) problems.push(`log does not match ${re}`);
    for (const re of e.notLog ?? []) {
      const hit = logLines.find((l) => re.test(l));
      if (hit !== undefined) problems.push(`log line matches ${re}: ${JSON.stringify(hit.slice(0, 160))}`);
    }
    for (const s of e.absent ?? []) {
      for (const [label, text] of Object.entries(outputs)) if (occurs(text, s)) problems.push(`${label} contains ${JSON.stringify(s.slice(0, 60))}`);
    }
    for (const s of e.absentFromMarkdown ?? []) {
      for (const [label, text] of Object.entries(markdown)) if (text.includes(s)) problems.push(`${label} contains ${JSON.stringify(s.slice(0, 60))}`);
    }
    if (e.markdown) {
      const comment = Object.entries(markdown).find(([k]) => k.startsWith('comment#'));
      const target = comment ? comment[1] : Object.values(markdown).join('\n');
      for (const re of e.markdown) if (!re.test(target)) problems.push(`markdown does not match ${re}`);
    }
    for (const rel of e.intact ?? []) {
      const was = before.get(rel);
      const path = join(dir, rel);
      const now = existsSync(path) || isLink(path) ? hash(path) : undefined;
      if (was !== now) problems.push(`${rel} was changed on disk`);
    }
    if (e.check) problems.push(...(await e.check(run)));

    // Invariants of every case.
    const debug = (c.cli ?? []).includes('--debug');
    for (const [label, text] of Object.entries(outputs)) {
      if (label.startsWith('file:') && !label.endsWith('step-summary') && !label.endsWith('.md')) continue;
      if (!debug && hasStackTrace(text)) problems.push(`${label} holds a stack trace`);
      if (/internal error/i.test(text)) problems.push(`${label} says "internal error": ${JSON.stringify(text.match(/.*internal error.*/i)![0].slice(0, 200))}`);
    }
    for (const [label, text] of Object.entries(markdown)) {
      const broken = brokenTableRows(text);
      if (broken.length) problems.push(`${label}: ${broken.length} table row(s) with a wrong cell count, e.g. ${JSON.stringify(broken[0])}`);
      if (label.startsWith('comment#') && text.length > 65_536) problems.push(`${label} is ${text.length} characters (limit 65,536)`);
    }
    if (c.action) {
      // Nothing but perf-gate's own workflow commands: a line from a benchmark name or error never
      // starts with `::` or `##[`.
      const own = /^::(add-mask|group|endgroup|warning|error|notice|debug)::|^::(warning|error|notice)( [^:]*)?::/;
      for (const l of run.stdout.split('\n')) {
        if (/^\s*(::|##\[)/.test(l) && !own.test(l)) problems.push(`stdout line is a workflow command perf-gate did not mean: ${JSON.stringify(l.slice(0, 120))}`);
      }
    }
  } catch (err) {
    problems.push(`runner failure: ${err instanceof Error ? (err.stack ?? err.message) : JSON.stringify(err)}`);
  } finally {
    if (!process.env.PERF_GATE_KEEP_TEST_TMP) rmSync(dir, { recursive: true, force: true });
  }
  return { id: c.id, problems, secretHits, ms: Date.now() - started };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Runs cases with at most `limit` at a time; outcomes in the order of `cases`. */
export async function runAll(cases: HostileCase[], limit = 3, rootDir?: string): Promise<CaseOutcome[]> {
  const root = rootDir ?? mkdtempSync(join(tmpdir(), 'perf-gate-hostile-'));
  const outcomes: CaseOutcome[] = new Array(cases.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, cases.length) }, async () => {
    while (next < cases.length) {
      const i = next++;
      outcomes[i] = await runCase(cases[i]!, root);
    }
  });
  await Promise.all(workers);
  if (!rootDir && !process.env.PERF_GATE_KEEP_TEST_TMP) rmSync(root, { recursive: true, force: true });
  return outcomes;
}
