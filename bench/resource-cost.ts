// What measuring the resource metrics (cpu, rss, heap) costs a fork: forks with and without them,
// interleaved in one run so that load from other processes falls on both alike.
//
//   node bench/resource-cost.ts [--forks 20] [--json FILE]
//
// Cases, each a real fork as perf-gate runs it:
//   spin    a file benchmark of a CPU-bound loop (no allocation): a worker process, 200 ms measured
//   alloc   a file benchmark that allocates about 80 KB per call (many garbage collections)
//   true    a command benchmark of `true`, 20 runs per fork: what reading the CPU time adds (on
//           Linux the kernel's count, read twice per fork)
//   true, times wrapper   the same with the shell's `times` (how other POSIX systems read it)
//
// Per fork: the wall time of the whole fork (worker process: spawn to exit; command: all its runs),
// the CPU time of the processes it ran (Linux: the kernel's count for reaped children, which waiting
// for a core on a busy machine does not inflate), and the median latency it measured. A worker is started directly with a request that says
// `resources: false` or leaves it out (perf-gate's default: measured); a command fork runs through
// runCommandFork with and without `resources: false`. The two modes alternate which goes first.
// Reported: medians over the forks, and the differences between the medians.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandBenchmarkConfig } from '../src/config/types.ts';
import { childrenCpuNs, runCommandFork, type CommandCpuSource } from '../src/measure/command.ts';
import type { WorkerRequest, WorkerResponse } from '../src/measure/protocol.ts';

const root = path.resolve(import.meta.dirname, '..');
const workerMain = path.join(root, 'src/measure/worker-main.ts');

const { values: args } = parseArgs({
  options: { forks: { type: 'string', default: '20' }, json: { type: 'string' } },
});
const forks = Number(args.forks);
if (!Number.isInteger(forks) || forks < 1) throw new Error(`--forks: expected a whole number ≥ 1, got ${args.forks}`);

const MODULES: Record<string, string> = {
  spin: `let sink = 1;
export default (bench) => {
  bench.add('spin', () => {
    let x = sink;
    for (let i = 0; i < 20000; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; }
    sink = x | 1;
  });
};
`,
  alloc: `let sink;
export default (bench) => {
  bench.add('alloc', () => {
    const out = new Array(2000);
    for (let i = 0; i < 2000; i++) out[i] = { i };
    sink = out;
  });
};
`,
};

interface Sample {
  /** Wall time of the whole fork, ms. */
  forkMs: number;
  /** CPU time of the fork's processes, ms (NaN where it cannot be read). */
  cpuMs: number;
  /** The fork's median latency, ns. */
  p50: number;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-resource-cost-'));
process.on('exit', () => {
  rmSync(dir, { recursive: true, force: true });
});
for (const [name, text] of Object.entries(MODULES)) writeFileSync(path.join(dir, `${name}.mjs`), text);

let calls = 0;
function workerFork(name: string, resources: boolean): Promise<Sample> {
  const id = calls++;
  const request: WorkerRequest = {
    file: path.join(dir, `${name}.mjs`),
    displayFile: `${name}.mjs`,
    benchmark: name,
    bench: { time: 200, iterations: 10, warmupTime: 50, warmupIterations: 10 },
    resultPath: path.join(dir, `result-${id}.json`),
    ...(resources ? {} : { resources: false }),
  };
  const requestPath = path.join(dir, `request-${id}.json`);
  writeFileSync(requestPath, JSON.stringify(request));
  return new Promise((done, fail) => {
    const cpuStart = childrenCpuNs() ?? Number.NaN;
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [workerMain, requestPath], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => {
      const forkMs = Number(process.hrtime.bigint() - start) / 1e6;
      const response = JSON.parse(readFileSync(request.resultPath, 'utf8')) as WorkerResponse;
      const task = response.ok ? response.tasks[0] : undefined;
      if (code !== 0 || !task?.ok) {
        fail(new Error(`${name}: the worker failed (exit ${String(code)}): ${JSON.stringify(response)}`));
        return;
      }
      if (resources !== (task.resources?.cpu !== undefined)) fail(new Error(`${name}: resources ${resources ? 'missing' : 'measured though switched off'}`));
      done({ forkMs, cpuMs: ((childrenCpuNs() ?? Number.NaN) - cpuStart) / 1e6, p50: task.summary.p50 });
    });
  });
}

const command: CommandBenchmarkConfig = {
  kind: 'command',
  name: 'true',
  command: 'true',
  cwd: dir,
  env: {},
  settings: { forks: 1, time: 0, iterations: 0, warmupTime: 0, warmup: 2, runs: 20, timeout: 60_000, maxExtraForks: 0 },
};

async function commandFork(resources: boolean, cpuFrom?: CommandCpuSource): Promise<Sample> {
  const cpuStart = childrenCpuNs() ?? Number.NaN;
  const start = process.hrtime.bigint();
  const outcome = await runCommandFork(command, 1, [], cpuFrom ? { resources, cpuFrom } : { resources });
  const forkMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (!outcome.ok) throw new Error(`true: ${outcome.error}`);
  if (resources !== (outcome.resources?.cpu !== undefined)) throw new Error(`true: cpu ${resources ? 'missing' : 'measured though switched off'}`);
  return { forkMs, cpuMs: ((childrenCpuNs() ?? Number.NaN) - cpuStart) / 1e6, p50: outcome.summary.p50 };
}

const CASES: { name: string; fork: (resources: boolean) => Promise<Sample> }[] = [
  { name: 'spin', fork: (r) => workerFork('spin', r) },
  { name: 'alloc', fork: (r) => workerFork('alloc', r) },
  { name: 'true', fork: (r) => commandFork(r) },
  { name: 'true, times wrapper', fork: (r) => commandFork(r, 'shell-times') },
];

const samples = new Map<string, { with: Sample[]; without: Sample[] }>(CASES.map((c) => [c.name, { with: [], without: [] }]));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, Node ${process.version}`;
process.stderr.write(`resource-cost: ${machine}; ${forks} forks per case and mode, interleaved; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);

// One warm-up round per case and mode (file system caches, compile cache), not recorded.
for (const c of CASES) {
  await c.fork(true);
  await c.fork(false);
}
for (let i = 0; i < forks; i++) {
  for (const c of CASES) {
    const order = i % 2 === 0 ? [true, false] : [false, true];
    for (const resources of order) {
      const sample = await c.fork(resources);
      const bucket = samples.get(c.name);
      if (bucket) (resources ? bucket.with : bucket.without).push(sample);
    }
  }
  process.stderr.write(`resource-cost: round ${i + 1}/${forks} done\n`);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const ns = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} ms` : x >= 1e3 ? `${(x / 1e3).toFixed(2)} µs` : `${x.toFixed(0)} ns`);
const pct = (a: number, b: number) => `${b >= a ? '+' : '−'}${Math.abs((b / a - 1) * 100).toFixed(1)}%`;

const rows: Record<string, unknown>[] = [];
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; medians of ${forks} forks per case and mode, interleaved.`,
  '',
  '| case | fork wall without | with | extra | fork CPU without | with | extra | p50 without | with | change |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const c of CASES) {
  const bucket = samples.get(c.name);
  if (!bucket) continue;
  const forkWithout = median(bucket.without.map((s) => s.forkMs));
  const forkWith = median(bucket.with.map((s) => s.forkMs));
  const cpuWithout = median(bucket.without.map((s) => s.cpuMs));
  const cpuWith = median(bucket.with.map((s) => s.cpuMs));
  const p50Without = median(bucket.without.map((s) => s.p50));
  const p50With = median(bucket.with.map((s) => s.p50));
  rows.push({ case: c.name, forkWithoutMs: forkWithout, forkWithMs: forkWith, cpuWithoutMs: cpuWithout, cpuWithMs: cpuWith, p50WithoutNs: p50Without, p50WithNs: p50With });
  lines.push(
    `| ${c.name} | ${ms(forkWithout)} | ${ms(forkWith)} | ${ms(forkWith - forkWithout)} | ${ms(cpuWithout)} | ${ms(cpuWith)} | ${ms(cpuWith - cpuWithout)} | ${ns(p50Without)} | ${ns(p50With)} | ${pct(p50Without, p50With)} |`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ machine, forks, rows }, null, 2)}\n`);
