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

/** Prints, at exit, the project files and the network-related built-ins the process loaded. */
const HOOK = `
import module from 'node:module';
const files = [];
module.registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.push(url); return next(url, context); } });
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => /^NativeModule (http|https|http2|tls|dns|zlib)$/.test(m)).map((m) => m.slice(13));
  process.stderr.write('\\n${MARK}' + JSON.stringify({ files, builtins }) + '\\n');
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

function loaded(args: string[], env: NodeJS.ProcessEnv = {}): { files: string[]; builtins: string[]; stdout: string; code: number | null } {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TMPDIR: work, NODE_DISABLE_COMPILE_CACHE: '1', ...env },
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`no module list from ${args.join(' ')}: ${r.stderr.slice(0, 300)}`);
  const { files, builtins } = JSON.parse(line.slice(MARK.length)) as { files: string[]; builtins: string[] };
  return { files: files.map((u) => relative(ROOT, fileURLToPath(u))).filter((f) => !f.startsWith('..')), builtins, stdout: r.stdout, code: r.status };
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

  it('the Action reaches its first line of work without loading an HTTP client', () => {
    const outputs = join(work, 'outputs');
    writeFileSync(outputs, '');
    const r = loaded([join(ROOT, 'dist/index.js')], {
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
    expect(r.builtins).toEqual([]);
    expect(r.files).toEqual(['dist/index.js']);
  });
});
