// Running the Action as the runner runs it: the bundle dist/index.js in a child process, inputs as
// INPUT_* variables, a real-shaped event payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and
// loopback fakes of the GitHub REST API and of the cache service v2, so the real cache and GitHub
// clients do the talking. Each test file makes one harness; its scenarios share the fakes' state.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { FakeCacheService, branchScopes, pullRequestScopes, runtimeToken } from './fakes/cache-service.ts';
import { FakeGitHubApi } from './fakes/github-api.ts';


export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'index.js');
export const HERE = fileURLToPath(new URL('.', import.meta.url));
export const MARKER = '<!-- perf-gate:perf-gate -->';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  event: string;
  eventPath: string;
  ref: string;
  sha: string;
  token: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export function warnings(r: RunResult): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => { r(); }));
  return port;
}

export class ActionHarness {
  cache!: FakeCacheService;
  api!: FakeGitHubApi;
  tmp = '';
  workspace = '';
  runCounter = 100;
  /** The fakes that started, so that stop() after a failed start stops only those. */
  private readonly started: Array<{ stop(): Promise<void> }> = [];

  async start(options: { token?: string } = {}): Promise<void> {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
    this.cache = new FakeCacheService();
    this.api = new FakeGitHubApi('octo-org', 'widget');
    if (options.token) this.api.token = options.token;
    await this.cache.start();
    this.started.push(this.cache);
    await this.api.start();
    this.started.push(this.api);
    this.tmp = mkdtempSync(join(tmpdir(), 'perf-gate-e2e-'));
    this.workspace = join(this.tmp, 'workspace');
    cpSync(join(HERE, 'suite'), this.workspace, { recursive: true });
    this.slowdown(1);
  }

  async stop(): Promise<void> {
    for (const fake of this.started.splice(0)) await fake.stop();
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
  }

  /** The inputs as the runner passes them: every input of action.yml with its default, then ours. */
  inputEnv(overrides: Record<string, string>): Record<string, string> {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    const env: Record<string, string> = {};
    for (const [name, def] of Object.entries<any>(action.inputs)) {
      const value = name in overrides ? overrides[name]! : String(def.default ?? '');
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? this.api.token : value;
    }
    return env;
  }

  eventFile(name: string, patch: (e: any) => void = () => {}): string {
    const event = JSON.parse(readFileSync(join(HERE, 'events', `${name}.json`), 'utf8'));
    patch(event);
    const path = join(this.tmp, `event-${name}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(event));
    return path;
  }

  slowdown(factor: number): void {
    writeFileSync(join(this.workspace, 'slowdown.txt'), String(factor));
  }

  async runBundle(opts: RunOptions): Promise<RunResult> {
    const runId = String(++this.runCounter);
    const outputFile = join(this.tmp, `output-${runId}`);
    const summaryFile = join(this.tmp, `summary-${runId}`);
    const runnerTemp = join(this.tmp, `runner-temp-${runId}`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    mkdirSync(runnerTemp);
    const base: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_)/.test(k)) base[k] = v;
    }
    const env = {
      ...base,
      ...this.inputEnv(opts.inputs ?? {}),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: opts.event,
      GITHUB_EVENT_PATH: opts.eventPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo-org/widget',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SHA: opts.sha,
      GITHUB_REF: opts.ref,
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_RUN_NUMBER: runId,
      GITHUB_WORKFLOW: 'perf',
      GITHUB_JOB: 'perf',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_API_URL: this.api.url,
      RUNNER_TEMP: runnerTemp,
      RUNNER_NAME: 'e2e-runner',
      RUNNER_OS: 'Linux',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: this.cache.url,
      ACTIONS_RUNTIME_TOKEN: opts.token,
      PERF_GATE_RETRY_BASE_MS: '10',
      ...opts.env,
    };
    const child = spawn(process.execPath, [BUNDLE], { cwd: this.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => { resolve(c); }));
    return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
  }

  pushMain(sha: string, extra: Partial<RunOptions> = {}): Promise<RunResult> {
    return this.runBundle({
      event: 'push',
      eventPath: this.eventFile('push', (e) => {
        e.after = sha;
        e.head_commit.id = sha;
      }),
      ref: 'refs/heads/main',
      sha,
      token: runtimeToken(branchScopes('main')),
      ...extra,
    });
  }

  prPush(headSha: string, extra: Partial<RunOptions> = {}): Promise<RunResult> {
    return this.runBundle({
      event: 'pull_request',
      eventPath: this.eventFile('pull_request', (e) => {
        e.after = headSha;
        e.pull_request.head.sha = headSha;
      }),
      ref: 'refs/pull/7/merge',
      sha: `9${headSha.slice(1)}`,
      token: runtimeToken(pullRequestScopes(7, 'main', 'main')),
      ...extra,
    });
  }

  stickyComments(issue: number) {
    return this.api.commentsOn(issue).filter((c) => c.body.includes(MARKER));
  }

  /** A zstd tar archive holding `content` at the baseline's cached path, as @actions/cache would make it. */
  archive(content: string, baselineKey = 'perf-gate'): Buffer {
    const dir = mkdtempSync(join(this.tmp, 'archive-'));
    mkdirSync(join(dir, '.perf-gate-cache', baselineKey), { recursive: true });
    writeFileSync(join(dir, '.perf-gate-cache', baselineKey, 'baseline.json'), content);
    execFileSync('tar', ['--posix', '-cf', join(dir, 'cache.tar'), '-C', dir, '.perf-gate-cache']);
    execFileSync('zstd', ['-q', '-f', join(dir, 'cache.tar'), '-o', join(dir, 'cache.tzst')]);
    return readFileSync(join(dir, 'cache.tzst'));
  }
}
