// Resource metrics (cpu, rss, heap): measured by real worker processes and real shells, reduced over
// forks, and gated end to end through the CLI like any other metric.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { RESOURCE_METRICS } from '../../src/core/resources.ts';
import type { ForkStats, ReportDocument, ResultsDocument } from '../../src/core/types.ts';
import { cpuNsFromTimes, runCommandFork, withCpuTimes } from '../../src/measure/command.ts';
import { measure } from '../../src/measure/index.ts';
import { reduceForks } from '../../src/stats/forks.ts';
import { project, runCli } from '../helpers/cli.ts';
import { byName, metric, only } from '../helpers/assert.ts';
import { commandBench, fileBench, makeConfig, options } from './helpers.ts';

/**
 * A module whose one task spins `spin` rounds of xorshift (small-integer arithmetic, which allocates
 * nothing at any tier of the JIT), then builds `count` small objects in an array and keeps them.
 */
function allocating(count: number, spin = 0): string {
  return `let sink;
export default (bench) => {
  bench.add('alloc', () => {
    let x = 1;
    for (let i = 0; i < ${spin}; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; }
    const out = new Array(${count});
    for (let i = 0; i < ${count}; i++) out[i] = { i };
    sink = [out, x];
  });
};
`;
}

const spinning = `let sink = 1;
export default (bench) => {
  bench.add('spin', () => {
    let x = sink;
    for (let i = 0; i < 20000; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; }
    sink = x | 1;
  });
};
`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-resources-test-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('resource metrics of file benchmarks', () => {
  let doc: ResultsDocument;
  beforeAll(async () => {
    writeFileSync(path.join(tmp, 'light.mjs'), allocating(2000));
    writeFileSync(path.join(tmp, 'heavy.mjs'), allocating(4000));
    writeFileSync(path.join(tmp, 'spin.mjs'), spinning);
    const run = { forks: 2, time: 150, warmupTime: 30, warmup: 5 };
    const config = makeConfig(
      [fileBench('light', path.join(tmp, 'light.mjs'), run), fileBench('heavy', path.join(tmp, 'heavy.mjs'), run), fileBench('spin', path.join(tmp, 'spin.mjs'), run)],
      tmp,
    );
    doc = await measure(config, options());
  });

  it('gives every fork cpu, rss and heap, reduced as the median of the forks, with the registry units', () => {
    for (const r of doc.benchmarks) {
      expect(r.status, r.error).toBe('ok');
      for (const def of RESOURCE_METRICS) {
        const m = metric(r, def.name);
        const perFork = (r.forkStats ?? []).map((f: ForkStats) => f[def.name]);
        expect(perFork).toHaveLength(2);
        expect(m.forks).toEqual(perFork);
        expect(m).toMatchObject({ unit: def.unit, direction: 'lower', supported: true });
        expect(m.value).toBeGreaterThan(0);
      }
    }
  });

  it('counts twice the heap per operation for a task that allocates twice as much per call (±15%)', () => {
    const light = metric(byName(doc.benchmarks, 'light'), 'heap').value;
    const heavy = metric(byName(doc.benchmarks, 'heavy'), 'heap').value;
    // 2000 objects of four words and an array of 2000 slots: about 80 KB a call (half that where V8
    // compresses pointers).
    expect(light).toBeGreaterThan(2000 * 16);
    expect(light).toBeLessThan(2000 * 80);
    expect(heavy / light).toBeGreaterThan(2 * 0.85);
    expect(heavy / light).toBeLessThan(2 * 1.15);
  });

  it('gives a CPU-bound loop a cpu per operation of the order of its median latency, and rss of a whole process', () => {
    const spin = byName(doc.benchmarks, 'spin');
    const cpu = metric(spin, 'cpu').value;
    const p50 = metric(spin, 'p50').value;
    // Waiting for a core on a busy machine lengthens latency, not CPU time; GC and JIT threads add
    // CPU time. Either way the two stay within a small factor.
    expect(cpu / p50).toBeGreaterThan(0.3);
    expect(cpu / p50).toBeLessThan(3);
    // A CPU-bound loop allocates nearly nothing per call: only the harness's bookkeeping.
    expect(metric(spin, 'heap').value).toBeLessThan(2000);
    expect(metric(spin, 'rss').value).toBeGreaterThan(10 * 1024 * 1024);
  });
});

describe('resource metrics of command benchmarks', () => {
  it.skipIf(process.platform === 'win32')('measures cpu per run of the shell and its children; no rss or heap', async () => {
    const loop = 'i=0; while [ "$i" -lt 30000 ]; do i=$((i+1)); done';
    const doc = await measure(makeConfig([commandBench('loop', loop, { forks: 2, runs: 3, warmup: 1 }, { cwd: tmp })], tmp), options());
    const r = only(doc.benchmarks);
    expect(r.status, r.error).toBe('ok');
    const cpu = metric(r, 'cpu');
    expect(cpu).toMatchObject({ unit: 'ns', direction: 'lower' });
    expect(cpu.forks).toHaveLength(2);
    const p50 = metric(r, 'p50').value;
    expect(cpu.value).toBeGreaterThan(0.3 * p50);
    expect(cpu.value).toBeLessThan(1.5 * p50);
    expect(Object.keys(r.metrics)).not.toContain('rss');
    expect(Object.keys(r.metrics)).not.toContain('heap');
  });

  it.skipIf(process.platform === 'win32')('reads the same cpu from the kernel (Linux) and from the shell\'s times', async () => {
    // About 50 ms of the shell's own CPU per run: dash's times truncates to 10 ms ticks.
    const bench = commandBench('loop', 'i=0; while [ "$i" -lt 50000 ]; do i=$((i+1)); done', { runs: 3, warmup: 0 }, { cwd: tmp });
    const times = await runCommandFork(bench, 1, [], { cpuFrom: 'shell-times' });
    if (!times.ok) throw new Error(times.error);
    const timesCpu = times.resources?.cpu ?? Number.NaN;
    expect(timesCpu).toBeGreaterThan(0.3 * times.summary.p50);
    expect(timesCpu).toBeLessThan(1.5 * times.summary.p50);
    if (process.platform === 'linux') {
      const kernel = await runCommandFork(bench, 1, [], { cpuFrom: 'children-stat' });
      if (!kernel.ok) throw new Error(kernel.error);
      const kernelCpu = kernel.resources?.cpu ?? Number.NaN;
      expect(kernelCpu / timesCpu).toBeGreaterThan(0.5);
      expect(kernelCpu / timesCpu).toBeLessThan(2);
    }
    const none = await runCommandFork(bench, 1, [], { resources: false });
    if (!none.ok) throw new Error(none.error);
    expect(none.resources).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('leaves the command its exit status and its output, whatever ends it', () => {
    const timesFile = path.join(tmp, 'times');
    const run = (command: string) => {
      rmSync(timesFile, { force: true });
      try {
        return { code: 0, stdout: execFileSync('/bin/sh', ['-c', withCpuTimes(command, timesFile)], { encoding: 'utf8' }) };
      } catch (err) {
        const e = err as { status: number; stdout: string };
        return { code: e.status, stdout: e.stdout };
      }
    };
    expect(run(`echo "it's here"; exit 3`)).toEqual({ code: 3, stdout: "it's here\n" });
    expect(cpuNsFromTimes(readFileSync(timesFile, 'utf8'))).toBeGreaterThanOrEqual(0);
    expect(run('false')).toEqual({ code: 1, stdout: '' });
    expect(cpuNsFromTimes(readFileSync(timesFile, 'utf8'))).toBeGreaterThanOrEqual(0);
  });

  it('reads the times of dash, bash and a comma locale, and nothing else', () => {
    expect(cpuNsFromTimes('0m0.010000s 0m0.000000s\n0m1.500000s 0m0.250000s\n')).toBeCloseTo(1.76e9, -3);
    expect(cpuNsFromTimes('0m0.002s 0m0.001s\n1m0.000s 0m0.000s\n')).toBeCloseTo(60.003e9, -3);
    expect(cpuNsFromTimes('0m0,002s 0m0,001s\n0m0,100s 0m0,000s\n')).toBeCloseTo(0.103e9, -3);
    expect(cpuNsFromTimes('sh: times: not found\n')).toBeUndefined();
  });

  it('refuses a config that gates rss or heap on a command, in one line', () => {
    const dir = mkdtempSync(path.join(tmp, 'config-'));
    const load = (yaml: string): string => {
      writeFileSync(path.join(dir, 'perf-gate.yml'), yaml);
      try {
        loadConfig(path.join(dir, 'perf-gate.yml'));
      } catch (err) {
        if (err instanceof ConfigError) return err.message;
        throw err;
      }
      return 'accepted';
    };
    expect(load('benchmarks:\n  - { name: build, command: "true", metrics: [p50, rss] }\n')).toMatch(
      /benchmarks\[0\]\.metrics\[1\]: rss: not measured for commands on this platform/,
    );
    expect(load('metrics: [p50, heap]\nbenchmarks:\n  - { name: build, command: "true" }\n')).toMatch(
      /metrics\[1\]: heap: not measured for commands on this platform.*benchmarks\[0\] \("build", a command benchmark\) gates on this list/,
    );
    if (process.platform !== 'win32') expect(load('metrics: [cpu]\nbenchmarks:\n  - { name: build, command: "true" }\n')).toBe('accepted');
    writeFileSync(path.join(dir, 'b.mjs'), 'export default (bench) => bench.add("x", () => {});\n');
    expect(load('metrics: [cpu, rss, heap]\nbenchmarks:\n  - { name: b, file: b.mjs }\n  - { name: build, command: "true", metrics: [cpu] }\n')).toBe('accepted');
    expect(load('metrics: [heep]\nbenchmarks:\n  - { name: b, file: b.mjs }\n')).toMatch(/unknown metric "heep" \(did you mean "heap"\?\)/);
  });
});

describe('reducing resource metrics over forks', () => {
  const fork = (n: number, resources: Partial<Record<'cpu' | 'rss' | 'heap', number>>): ForkStats => ({
    fork: n,
    n: 100,
    durationMs: 10,
    p50: 1,
    p99: 1,
    p999: 1,
    mean: 1,
    min: 1,
    max: 1,
    stddev: 0,
    throughput: 1e9,
    ...resources,
  });

  it('reduces a resource metric only when every fork measured it', () => {
    const metrics = reduceForks([fork(1, { cpu: 10, heap: 5 }), fork(2, { cpu: 30 }), fork(3, { cpu: 20, heap: 7 })]);
    expect(metrics.cpu).toEqual({ value: 20, unit: 'ns', direction: 'lower', forks: [10, 30, 20], n: 300, supported: true });
    expect(metrics.heap).toBeUndefined();
    expect(metrics.rss).toBeUndefined();
  });
});

describe('gating heap end to end (CLI)', () => {
  it('flags a benchmark that allocates twice as much per call on heap, while its time barely moves', async () => {
    const dir = project({
      'perf-gate.yml': [
        'metrics: [heap]',
        'policy: percentage',
        'threshold: 10%',
        'forks: 3',
        'time: 150',
        'warmupTime: 30',
        'benchmarks:',
        '  - { name: work, file: work.mjs }',
        '',
      ].join('\n'),
      // Mostly arithmetic: allocating 300 more small objects per call costs little time.
      'work.mjs': allocating(300, 100000),
    });
    try {
      const base = await runCli(['run', '--config', 'perf-gate.yml', '--out', 'base.json'], { cwd: dir });
      expect(base.code, base.stderr).toBe(0);
      writeFileSync(path.join(dir, 'work.mjs'), allocating(600, 100000));
      const head = await runCli(['run', '--config', 'perf-gate.yml', '--out', 'head.json'], { cwd: dir });
      expect(head.code, head.stderr).toBe(0);
      const judged = await runCli(
        ['compare', '--baseline', 'base.json', '--current', 'head.json', '--config', 'perf-gate.yml', '--json', 'report.json'],
        { cwd: dir },
      );
      expect(judged.code, judged.stdout + judged.stderr).toBe(1);
      const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as ReportDocument;
      const work = only(report.benchmarks);
      expect(work.verdict).toBe('regression');
      const heap = metric(work, 'heap');
      expect(heap).toMatchObject({ verdict: 'regression', gated: true, unit: 'B' });
      const heapChange = heap.change ?? Number.NaN;
      expect(heapChange).toBeGreaterThan(0.6);
      const p50Change = metric(work, 'p50').change ?? Number.NaN;
      expect(Math.abs(p50Change)).toBeLessThan(heapChange / 4);
      expect(judged.stdout).toContain('heap');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
