// The CLI end to end, as a user runs it: real processes, real files, every bad input of issue 2.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLines, hasStackTrace, project, runCli, type CliRun } from '../helpers/cli.ts';

const FAST = `
const work = Number(process.env.PERF_GATE_TEST_SLOW ?? 1) * 2000;
export default function (bench) {
  bench.add('sum', () => { let s = 0; for (let i = 0; i < work; i++) s += i; return s; });
  bench.add('concat', () => { let s = ''; for (let i = 0; i < work / 20; i++) s += 'x'; return s; });
}
`;

const CONFIG = `
threshold: 10%
forks: 2
time: 30ms
warmupTime: 5ms
policy: { name: percentage }
benchmarks:
  - name: math
    file: bench/math.mjs
    passEnv: [PERF_GATE_TEST_SLOW]
  - name: echo
    command: node -e "0"
    runs: 3
    warmup: 1
`;

function expectOneLineError(run: CliRun, ...parts: Array<string | RegExp>): void {
  expect(run.code, run.stderr).toBe(2);
  const lines = errorLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  for (const p of parts) {
    if (typeof p === 'string') expect(lines[0]).toContain(p);
    else expect(lines[0]).toMatch(p);
  }
  expect(hasStackTrace(run.stderr)).toBe(false);
}

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
