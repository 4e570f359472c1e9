// Plain bad input through the real CLI: typos, unwritable outputs, missing files and failed runs each
// get one line and exit 2 (or a plain refusal), never a silent pass, an internal error or lost data.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLines, hasStackTrace, project, runCli, type CliRun } from '../helpers/cli.ts';
import { bench, results } from '../helpers/results.ts';
import { only } from '../helpers/assert.ts';

// Command benchmarks only: no worker module to load, so a run takes a fraction of a second.
const CONFIG = `
forks: 1
runs: 2
warmup: 0
policy: { name: percentage }
benchmarks:
  - name: parse-json
    command: node -e "0"
  - name: render
    command: node -e "0"
`;

function expectOneLineError(run: CliRun, ...parts: Array<string | RegExp>): string {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  const lines = errorLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  for (const p of parts) {
    if (typeof p === 'string') expect(lines[0]).toContain(p);
    else expect(lines[0]).toMatch(p);
  }
  expect(run.stderr).not.toMatch(/internal error/);
  expect(hasStackTrace(run.stderr)).toBe(false);
  return only(lines);
}

describe('typos do not pass silently', () => {
  it('--filter that matches nothing: exit 2, naming the filter, the nearest name and the benchmarks', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG });
    const run = await runCli(['run', '--filter', 'parse-jsno', '--out', 'r.json'], { cwd: dir });
    expectOneLineError(run, '--filter "parse-jsno" matched no benchmark', 'did you mean "parse-json"?', 'benchmarks: parse-json, render');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    const local = await runCli(['--filter', 'nomatch'], { cwd: dir });
    expectOneLineError(local, '--filter "nomatch" matched no benchmark');
    expect(local.stdout).not.toMatch(/PASS/);
  });

  it('an explicit --baseline that does not exist is exit 2; the default one missing stays "no baseline"', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG });
    expectOneLineError(await runCli(['--baseline', 'basline.json'], { cwd: dir }), 'basline.json: file not found');
    const first = await runCli([], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/NO BASELINE/);
    // With --update-baseline an explicit new path is created.
    const record = await runCli(['--baseline', 'new.json', '--update-baseline'], { cwd: dir });
    expect(record.code, record.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'new.json'), 'utf8')).runs).toHaveLength(1);
  });

  it('a bare threshold below 1 is refused as ambiguous, on the command line and in the config', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG, 'p.yml': `threshold: 0.1\n${CONFIG}` });
    expectOneLineError(await runCli(['--threshold', '0.1'], { cwd: dir }), '--threshold: "0.1" is ambiguous', '"10%"', '"0.1%"');
    expectOneLineError(await runCli(['run', '--config', 'p.yml'], { cwd: dir }), 'p.yml: threshold: 0.1 is ambiguous');
  });

});

describe('unwritable outputs are refused before measuring', () => {
  it('--out naming a directory, a path under a file, a read-only directory', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG, 'a-file': 'x' });
    mkdirSync(join(dir, 'out-dir'));
    const isDir = await runCli(['run', '--out', 'out-dir'], { cwd: dir });
    expectOneLineError(isDir, '--out', 'out-dir: is a directory, expected a file path');
    expect(isDir.stderr).not.toMatch(/measuring|parse-json/);
    expectOneLineError(await runCli(['run', '--out', 'a-file/r.json'], { cwd: dir }), 'a-file', 'is a file, not a directory');
    // /sys is read-only even for root, where a chmod 555 directory would not be.
    expectOneLineError(await runCli(['run', '--out', '/sys/perf-gate-results.json'], { cwd: dir }), '--out /sys/perf-gate-results.json: cannot be written');
    expectOneLineError(await runCli(['--json', 'out-dir'], { cwd: dir }), '--json', 'is a directory');
  });
});

describe('documents with missing fields', () => {
  it('a results file without git is one line, exit 2', async () => {
    const { git: _git, ...doc } = results([bench('a', 100)]);
    const dir = project({ 'r.json': JSON.stringify(doc), 'ok.json': JSON.stringify(results([bench('a', 100)])) });
    expectOneLineError(await runCli(['compare', '--baseline', 'ok.json', '--current', 'r.json'], { cwd: dir }), 'r.json: missing "git" object');
    expectOneLineError(await runCli(['baseline', 'update', '--baseline', 'h.json', '--results', 'r.json'], { cwd: dir }), 'r.json: missing "git" object');
  });
});

describe('a run with failed benchmarks is never recorded', () => {
  const FAILING = CONFIG.replace('  - name: render\n    command: node -e "0"', '  - name: render\n    command: node -e "process.exit(3)"');

  it('--update-baseline measures, reports, exits 1 and says why it did not record', async () => {
    const dir = project({ 'perf-gate.yml': FAILING });
    const run = await runCli(['--update-baseline'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/not recorded in .*baseline\.json: 1 benchmark failed \(render\); a baseline holds only complete runs/);
    expect(existsSync(join(dir, '.perf-gate/baseline.json'))).toBe(false);
  });

  it('baseline update refuses such a results document', async () => {
    const doc = results([bench('a', 100), { name: 'b', kind: 'command', status: 'error', error: 'exit 3', metrics: {} }]);
    const dir = project({ 'r.json': JSON.stringify(doc) });
    expectOneLineError(await runCli(['baseline', 'update', '--baseline', 'h.json', '--results', 'r.json'], { cwd: dir }), '1 benchmark failed (b)');
    expect(existsSync(join(dir, 'h.json'))).toBe(false);
  });
});

