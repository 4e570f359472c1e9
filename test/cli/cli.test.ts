// The CLI end to end, as a user runs it: real processes, real files, every bad input. The happy path
// and bad configs here; failing benchmarks and bad documents in cli-failures.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLines, hasStackTrace, project, runCli } from '../helpers/cli.ts';
import { CONFIG, FAST, expectOneLineError } from './suite.ts';

describe('perf-gate CLI: the happy path', () => {
  it('runs, records a baseline, compares an unchanged run (exit 0) and a slowed one (exit 1)', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG, 'bench/math.mjs': FAST });
    const first = await runCli(['run', '--out', 'base.json'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8'));
    expect(doc.benchmarks.map((b: { name: string }) => b.name)).toEqual(['math/sum', 'math/concat', 'echo']);
    for (const b of doc.benchmarks) {
      for (const m of ['p50', 'p99', 'p999', 'mean', 'throughput']) expect(b.metrics[m].value).toBeGreaterThan(0);
      expect(b.metrics.p50.forks).toHaveLength(2);
    }
    expect(first.stderr).toMatch(/math/); // progress went to stderr
    expect(first.stdout).toBe('');

    const update = await runCli(['baseline', 'update', '--baseline', 'history.json', '--results', 'base.json'], { cwd: dir });
    expect(update.code, update.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')).runs).toHaveLength(1);

    const slow = await runCli(['run', '--out', 'slow.json', '--filter', '^math'], { cwd: dir, env: { PERF_GATE_TEST_SLOW: '30' } });
    expect(slow.code, slow.stderr).toBe(0);
    const cmp = await runCli(
      ['compare', '--baseline', 'history.json', '--current', 'slow.json', '--json', 'report.json', '--markdown', 'report.md', '--config', 'perf-gate.yml'],
      { cwd: dir },
    );
    expect(cmp.code, cmp.stdout + cmp.stderr).toBe(1);
    expect(cmp.stdout).toMatch(/^perf-gate: REGRESSION — 2 benchmarks regressed: math\/sum \(p50 (\+\d|more than \+1000%)/);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.verdict).toBe('regression');
    expect(report.benchmarks.find((b: { name: string }) => b.name === 'echo').verdict).toBe('missing');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^### ❌ perf-gate: 2 benchmarks regressed/);

    const same = await runCli(['compare', '--baseline', 'history.json', '--current', 'base.json', '--policy', 'percentage'], { cwd: dir });
    expect(same.code, same.stdout + same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^perf-gate: PASS — No regression in 3 benchmarks \(threshold 10%\)/);
  });

  it('the local default: no baseline is said plainly; --update-baseline records; the next run compares', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG, 'bench/math.mjs': FAST });
    const first = await runCli([], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^perf-gate: NO BASELINE/);
    expect(first.stderr).toContain('run again with --update-baseline to record one');
    expect(existsSync(join(dir, '.perf-gate/baseline.json'))).toBe(false);

    const record = await runCli(['--update-baseline'], { cwd: dir });
    expect(record.code, record.stderr).toBe(0);
    expect(record.stderr).toMatch(/recorded this run in .*baseline\.json \(1 run\)/);

    const slow = await runCli([], { cwd: dir, env: { PERF_GATE_TEST_SLOW: '30' } });
    expect(slow.code, slow.stdout + slow.stderr).toBe(1);
    expect(slow.stdout).toMatch(/REGRESSION/);
  });

  it('prints help and version, and rejects unknown commands and options', async () => {
    const dir = project({});
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('perf-gate compare --baseline FILE --current FILE');
    expect((await runCli(['--version'], { cwd: dir })).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expectOneLineError(await runCli(['frobnicate'], { cwd: dir }), 'unknown command "frobnicate"');
    expectOneLineError(await runCli(['run', '--bogus'], { cwd: dir }), 'unknown option --bogus');
    expectOneLineError(await runCli(['run', '--keep', '3'], { cwd: dir }), 'option --keep does not apply here');
    expectOneLineError(await runCli(['compare', '--current', 'x.json'], { cwd: dir }), 'perf-gate compare: --baseline FILE is required');
    expectOneLineError(await runCli(['baseline'], { cwd: dir }), 'did you mean "perf-gate baseline update"');
  });
});

describe('perf-gate CLI: bad config gets one line and exit 2', () => {
  const bad = async (config: string, files: Record<string, string> = {}) =>
    runCli(['run'], { cwd: project({ 'perf-gate.yml': config, ...files }) });

  it('--debug adds the stack trace after the same one line', async () => {
    const dir = project({ 'perf-gate.yml': 'treshold: 10%\nbenchmarks:\n  - name: x\n    command: "true"\n' });
    const plain = await runCli(['run'], { cwd: dir });
    const debug = await runCli(['run', '--debug'], { cwd: dir });
    expect(debug.code).toBe(2);
    expect(errorLines(debug)).toEqual(errorLines(plain));
    expect(hasStackTrace(plain.stderr)).toBe(false);
    expect(hasStackTrace(debug.stderr)).toBe(true);
  });
  it('missing config', async () => {
    expectOneLineError(await runCli(['run'], { cwd: project({}) }), 'perf-gate.yml', /not found/);
  });
  it('YAML syntax error, with its line', async () => {
    expectOneLineError(await bad('threshold: 10%\nbenchmarks:\n  - name: [unclosed\n'), 'perf-gate.yml', /:\d+/);
  });
  it('unknown benchmark kind', async () => {
    expectOneLineError(await bad('benchmarks:\n  - name: x\n    script: run.sh\n'), 'perf-gate.yml', 'benchmarks[0]');
  });
  it('unknown key, with the nearest valid key suggested', async () => {
    expectOneLineError(await bad('treshold: 10%\nbenchmarks:\n  - name: x\n    command: "true"\n'), 'treshold', 'did you mean "threshold"');
  });
  it('unknown import format, with the nearest format suggested', async () => {
    expectOneLineError(
      await bad('benchmarks:\n  - name: x\n    import: { format: hyperfin, file: h.json }\n'),
      'perf-gate.yml: benchmarks[0].import.format',
      'did you mean "hyperfine"',
    );
  });
  it('benchmark file not found', async () => {
    expectOneLineError(await bad('benchmarks:\n  - name: x\n    file: bench/missing.mjs\n'), 'bench/missing.mjs', 'benchmarks[0].file');
  });
  it.each(['abc', '-5%', '1500%'])('threshold %s', async (t) => {
    expectOneLineError(await bad(`threshold: "${t}"\nbenchmarks:\n  - name: x\n    command: "true"\n`), 'threshold', t);
  });
  it('threshold on the command line', async () => {
    const dir = project({ 'perf-gate.yml': 'benchmarks:\n  - name: x\n    command: "true"\n' });
    expectOneLineError(await runCli(['--threshold', 'abc'], { cwd: dir }), '--threshold', 'abc');
  });
  it('duplicate benchmark names', async () => {
    expectOneLineError(await bad('benchmarks:\n  - name: x\n    command: "true"\n  - name: x\n    command: "true"\n'), 'duplicate', '"x"');
  });
});
