// The CLI end to end, as a user runs it: a failing benchmark is reported while the others still run,
// and bad results or baseline documents get one line and exit 2.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, project, runCli, type CliRun } from '../helpers/cli.ts';
import { CONFIG, FAST, expectOneLineError } from './suite.ts';

describe('perf-gate CLI: a failing benchmark is reported, the others still run', () => {
  const files = (bench: string, extra = '') => ({
    'perf-gate.yml': `forks: 1\ntime: 20ms\nwarmupTime: 1ms\ntimeout: 3s\nbenchmarks:\n  - name: good\n    file: bench/good.mjs\n${extra}`,
    'bench/good.mjs': FAST,
    'bench/bad.mjs': bench,
  });

  async function runWithFailure(extra: string, bench = ''): Promise<{ run: CliRun; doc: { benchmarks: Array<{ name: string; status: string; error?: string }> } }> {
    const dir = project(files(bench, extra));
    const run = await runCli(['run', '--out', 'r.json'], { cwd: dir });
    const doc = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(doc.benchmarks.find((b: { name: string }) => b.name.startsWith('good')).status).toBe('ok');
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
    return { run, doc };
  }
  const errorOf = (doc: { benchmarks: Array<{ name: string; status: string; error?: string }> }) =>
    doc.benchmarks.find((b) => b.name.startsWith('bad'))!;

  it('module without a Bench export', async () => {
    const { doc } = await runWithFailure('  - name: bad\n    file: bench/bad.mjs\n', 'export const x = 1;\n');
    expect(errorOf(doc).status).toBe('error');
    expect(errorOf(doc).error).toMatch(/bad\.mjs/);
  });
  it('a task that throws', async () => {
    const { doc } = await runWithFailure('  - name: bad\n    file: bench/bad.mjs\n', "export default (b) => b.add('boom', () => { throw new TypeError('kaboom'); });\n");
    expect(errorOf(doc).error).toMatch(/kaboom/);
  });
  it('command not found', async () => {
    const { doc } = await runWithFailure('  - name: bad\n    command: definitely-not-a-command-xyz\n');
    expect(errorOf(doc).error).toMatch(/not found/);
  });
  it('command exits non-zero: the tail of its stderr is shown', async () => {
    const { doc } = await runWithFailure('  - name: bad\n    command: node -e "console.error(\'disk on fire\'); process.exit(3)"\n');
    expect(errorOf(doc).error).toMatch(/3/);
    expect(errorOf(doc).error).toMatch(/disk on fire/);
  });
  it('a benchmark that hangs past its timeout', async () => {
    const { doc } = await runWithFailure(
      '  - name: bad\n    file: bench/bad.mjs\n    timeout: 1s\n',
      "export default (b) => b.add('hang', () => { const end = Date.now() + 60000; while (Date.now() < end); });\n",
    );
    expect(errorOf(doc).error).toMatch(/timed out/);
  });
});

describe('perf-gate CLI: bad documents', () => {
  async function withDocs(files: Record<string, string>, args: string[]) {
    return runCli(args, { cwd: project(files) });
  }
  async function validResults(dir: string, name = 'r.json') {
    const run = await runCli(['run', '--out', name], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(join(dir, name), 'utf8');
  }

  it('empty and truncated results or baseline files', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG.replace(/ {2}- name: echo[\s\S]*/, ''), 'bench/math.mjs': FAST });
    const good = await validResults(dir);
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'cut.json'), good.slice(0, good.length / 2));
    expectOneLineError(await runCli(['compare', '--baseline', 'empty.json', '--current', 'r.json'], { cwd: dir }), 'empty.json', 'file is empty');
    expectOneLineError(await runCli(['compare', '--baseline', 'r.json', '--current', 'cut.json'], { cwd: dir }), 'cut.json', 'not valid JSON');
    expectOneLineError(await runCli(['baseline', 'update', '--baseline', 'cut.json', '--results', 'r.json'], { cwd: dir }), 'cut.json');
    // The broken baseline was not overwritten by the failed update.
    expect(readFileSync(join(dir, 'cut.json'), 'utf8')).toBe(good.slice(0, good.length / 2));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a document from an unknown schema version', async () => {
    const r = await withDocs({ 'new.json': JSON.stringify({ schemaVersion: '9.0', kind: 'perf-gate/results', benchmarks: [] }) }, [
      'compare', '--baseline', 'new.json', '--current', 'new.json',
    ]);
    expectOneLineError(r, 'new.json', 'schemaVersion "9.0" is not supported');
  });

  it('a baseline latency of 0 that rises regresses; a non-finite one is rejected', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG.replace(/ {2}- name: echo[\s\S]*/, ''), 'bench/math.mjs': FAST });
    const doc = JSON.parse(await validResults(dir));
    doc.benchmarks[0].metrics.p50.value = 0;
    doc.benchmarks[0].metrics.p50.forks = [0, 0];
    writeFileSync(join(dir, 'zero.json'), JSON.stringify(doc));
    const zero = await runCli(['compare', '--baseline', 'zero.json', '--current', 'r.json', '--policy', 'percentage', '--json', 'z.json'], { cwd: dir });
    expect(zero.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'z.json'), 'utf8'));
    expect(report.benchmarks[0].metrics.p50).toMatchObject({ verdict: 'regression', change: null });
    expect(report.benchmarks[0].metrics.p50.note).toMatch(/^rose from zero/);
    doc.benchmarks[0].metrics.p50.value = '1e999';
    writeFileSync(join(dir, 'inf.json'), JSON.stringify(doc).replace('"1e999"', '1e999'));
    expectOneLineError(await runCli(['compare', '--baseline', 'inf.json', '--current', 'r.json'], { cwd: dir }), 'inf.json', 'metrics.p50.value', 'finite');
  });
});
