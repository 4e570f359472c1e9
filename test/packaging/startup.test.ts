// What the bundled entry points load before they do anything: start-up time is mostly compiling
// JavaScript, so `--help` must not load the pipeline and the Action must not load an HTTP client
// before its first line of work. Checked by recording every module a real process loads (a load
// hook), not by timing, so the test does not depend on the machine's load. Uses dist/ as built
// (`npm run build`), like the end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MARK = 'PERF_GATE_LOADED ';

/**
 * Prints, at exit, the project files and the network-related built-ins the process loaded, and which
 * files had been loaded when it first wrote a line containing $PERF_GATE_FIRST_LINE to stdout.
 */
const HOOK = `
import module from 'node:module';
const files = [];
let beforeFirstLine;
module.registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.push(url); return next(url, context); } });
const until = process.env.PERF_GATE_FIRST_LINE;
if (until) {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (beforeFirstLine === undefined && String(chunk).includes(until)) beforeFirstLine = [...files];
    return write(chunk, ...rest);
  };
}
const network = () => process.moduleLoadList.filter((m) => /^NativeModule (http|https|http2|tls|dns|zlib)$/.test(m)).map((m) => m.slice(13));
process.on('exit', () => {
  process.stderr.write('\\n${MARK}' + JSON.stringify({ files, beforeFirstLine, builtins: network() }) + '\\n');
});
`;

let work: string;
let hook: string;

beforeAll(() => {
  for (const f of ['dist/index.js', 'dist/cli/index.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run npm run build`);
  }
  work = mkdtempSync(join(tmpdir(), 'perf-gate-startup-'));
  hook = join(work, 'hook.mjs');
  writeFileSync(hook, HOOK);
});

interface Loaded {
  files: string[];
  /** Files loaded when the first line containing PERF_GATE_FIRST_LINE was written. */
  beforeFirstLine?: string[];
  builtins: string[];
  stdout: string;
  code: number | null;
}

function loaded(args: string[], env: NodeJS.ProcessEnv = {}): Loaded {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TMPDIR: work, NODE_DISABLE_COMPILE_CACHE: '1', ...env },
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`no module list from ${args.join(' ')}: ${r.stderr.slice(0, 300)}`);
  const parsed = JSON.parse(line.slice(MARK.length)) as { files: string[]; beforeFirstLine?: string[]; builtins: string[] };
  const ours = (urls: string[]) => urls.map((u) => relative(ROOT, fileURLToPath(u))).filter((f) => !f.startsWith('..'));
  return {
    files: ours(parsed.files),
    beforeFirstLine: parsed.beforeFirstLine && ours(parsed.beforeFirstLine),
    builtins: parsed.builtins,
    stdout: r.stdout,
    code: r.status,
  };
}

describe('start-up', () => {
  it('perf-gate --help and --version load the CLI entry chunk only, and it is small', () => {
    for (const flag of ['--help', '--version']) {
      const r = loaded([join(ROOT, 'bin/perf-gate.js'), flag]);
      expect(r.code, flag).toBe(0);
      expect(r.files, flag).toEqual(['bin/perf-gate.js', 'dist/cli/index.js']);
    }
    // All of the CLI in one chunk was 540 KB; argument parsing and usage are about 30 KB.
    expect(statSync(join(ROOT, 'dist/cli/index.js')).size).toBeLessThan(100_000);
  });

  it('a command that runs the pipeline loads it from other chunks (so the entry chunk really is all --help needs)', () => {
    const r = loaded([join(ROOT, 'bin/perf-gate.js'), 'compare', '--baseline', 'none.json', '--current', 'none.json']);
    expect(r.code).toBe(2);
    expect(r.files.filter((f) => /^dist\/cli\/\d+\.index\.js$/.test(f)).length).toBeGreaterThan(0);
  });

  it('the Action reaches its first line of work loading its entry chunk only, and no HTTP client at all', () => {
    const outputs = join(work, 'outputs');
    writeFileSync(outputs, '');
    const r = loaded([join(ROOT, 'dist/index.js')], {
      PERF_GATE_FIRST_LINE: 'perf-gate: event',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/feature',
      GITHUB_WORKSPACE: work,
      GITHUB_OUTPUT: outputs,
      RUNNER_TEMP: work,
      INPUT_CONFIG: 'no-such-perf-gate.yml',
      INPUT_COMMENT: 'never',
    });
    expect(r.stdout).toContain('perf-gate: event workflow_dispatch');
    expect(r.beforeFirstLine).toEqual(['dist/index.js']);
    // The engine with the config loader comes after (it says the config file is missing).
    expect(r.stdout).toContain('no-such-perf-gate.yml');
    expect(r.builtins).toEqual([]);
    // All of the Action before its first line was 1.6 MB, then 580 KB; the rest loads after it.
    expect(statSync(join(ROOT, 'dist/index.js')).size).toBeLessThan(250_000);
  });
});
