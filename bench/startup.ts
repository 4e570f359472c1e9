// Start-up time of the installed entry points beside bare Node, measured in one run, interleaved, so
// that load from other processes on the machine falls on all of them alike.
//
//   npm run build && npm run bench:startup [-- --runs 40] [--json FILE] [--also DIR]
//
// --also DIR measures the entry points of another checkout (with its dist/ built) in the same run,
// interleaved with this one's: a before/after comparison under the same load.
//
// Cases (each a fresh process of the same Node binary as this script):
//   bare node     `node -e 0`, until it exits
//   cli --help    `node bin/perf-gate.js --help`, until it exits
//   cli --version `node bin/perf-gate.js --version`, until it exits
//   action        `node dist/index.js`, until its first line of work (the "perf-gate: event …" log
//                 line), in a fake runner environment with no cache service and a config file that
//                 does not exist, so that it fails fast after that line and needs no network
//   action exit   the same process, until it exits
//
// Two clocks per process: wall time seen from here (spawn to first line or exit), and the CPU time
// (user + system, all threads) the process itself used up to that point, reported by a small preload
// every case gets (bare Node too). On a machine shared with other work, wall time mostly measures
// waiting for a core; CPU time measures the start-up work itself and stays put.
//
// TMPDIR points into a directory of this run, so that a compile cache Node keeps there starts empty and
// is removed at the end; the warm-up runs fill it, as a user's first command does. The CLI is also
// measured with the compile cache disabled (a first command ever, or Node before 22.1).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const node = process.execPath;

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** Stop the clock at the first stdout line containing this text; undefined: at exit. */
  until?: string;
}

interface Sample {
  firstLineMs?: number;
  exitMs: number;
  /** CPU time of the child up to its first line (`until`) and up to its exit. */
  firstLineCpuMs?: number;
  exitCpuMs: number;
}

const CPU_MARK = 'PERF_GATE_STARTUP_CPU ';

/** Preloaded into every case: CPU time at the first stdout write containing $PERF_GATE_STARTUP_UNTIL, and at exit. */
const PRELOAD = `
const until = process.env.PERF_GATE_STARTUP_UNTIL;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let first;
if (until) {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (first === undefined && String(chunk).includes(until)) first = cpu();
    return write(chunk, ...rest);
  };
}
process.on('exit', () => process.stderr.write('\\n${CPU_MARK}' + JSON.stringify({ first, exit: cpu() }) + '\\n'));
`;
let preload = '';

function runOnce(c: Case): Promise<Sample> {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
    const env = { ...(c.env ?? cleanEnv()), ...(c.until ? { PERF_GATE_STARTUP_UNTIL: c.until } : {}) };
    const child = spawn(node, ['--import', preload, ...c.args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let firstLineMs: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      if (firstLineMs !== undefined || c.until === undefined) return;
      out += d.toString();
      if (out.includes(c.until)) firstLineMs = ms();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const exitMs = ms();
      const line = err.split('\n').find((l) => l.startsWith(CPU_MARK));
      if (c.until !== undefined && firstLineMs === undefined) {
        fail(new Error(`${c.name}: no line containing "${c.until}" (exit ${code}); is dist/ built?`));
      } else if (!line) {
        fail(new Error(`${c.name}: no CPU time reported (exit ${code}): ${err.slice(0, 200)}`));
      } else {
        const cpu = JSON.parse(line.slice(CPU_MARK.length)) as { first?: number; exit: number };
        done({ firstLineMs, exitMs, firstLineCpuMs: cpu.first, exitCpuMs: cpu.exit });
      }
    });
  });
}

/** The environment of this process without anything that changes how Node starts. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('NODE_') || k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('ACTIONS_')) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** The `i`th of the sorted samples; there is always one there when the run recorded any. */
function nth(sorted: number[], i: number): number {
  const v = sorted[i];
  if (v === undefined) throw new Error(`no sample at ${i} of ${sorted.length}`);
  return v;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? nth(s, m) : (nth(s, m - 1) + nth(s, m)) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return nth(s, Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1)))));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '30' }, warmup: { type: 'string', default: '3' }, json: { type: 'string' }, also: { type: 'string' } },
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) throw new Error('--runs and --warmup: whole numbers');
  const roots = [root, ...(values.also ? [path.resolve(values.also)] : [])];
  for (const r of roots) {
    for (const f of ['dist/index.js', 'dist/cli/index.js']) {
      if (!existsSync(path.join(r, f))) throw new Error(`${path.join(r, f)} is missing: run \`npm run build\` there first`);
    }
  }

  const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-startup-'));
  try {
    preload = pathToFileURL(path.join(work, 'preload.mjs')).href;
    writeFileSync(path.join(work, 'preload.mjs'), PRELOAD);
    const outputs = path.join(work, 'outputs');
    writeFileSync(outputs, '');
    const tmp = { TMPDIR: work, TMP: work, TEMP: work };
    const runner = cleanEnv({
      ...tmp,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/feature',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_WORKSPACE: work,
      GITHUB_OUTPUT: outputs,
      RUNNER_TEMP: work,
      'INPUT_CONFIG': 'no-such-perf-gate.yml',
      'INPUT_COMMENT': 'never',
      'INPUT_UPDATE-BASELINE': 'false',
    });
    const cli = cleanEnv(tmp);
    const cold = cleanEnv({ ...tmp, NODE_DISABLE_COMPILE_CACHE: '1' });
    const cases: Case[] = [{ name: 'bare node (node -e 0)', args: ['-e', '0'], env: cli }];
    for (const r of roots) {
      const of = roots.length > 1 ? ` [${path.basename(r)}]` : '';
      const bin = path.join(r, 'bin/perf-gate.js');
      cases.push(
        { name: `perf-gate --help${of}`, args: [bin, '--help'], env: cli },
        { name: `perf-gate --version${of}`, args: [bin, '--version'], env: cli },
        { name: `perf-gate --help, no compile cache${of}`, args: [bin, '--help'], env: cold },
        { name: `action, first line of work${of}`, args: [path.join(r, 'dist/index.js')], env: runner, until: 'perf-gate: event' },
      );
    }
    const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
    const samplesOf = (name: string): Sample[] => {
      const xs = samples.get(name);
      if (xs === undefined) throw new Error(`no samples for ${name}`);
      return xs;
    };
    for (let i = 0; i < warmup + runs; i++) {
      for (const c of cases) {
        const s = await runOnce(c);
        if (i >= warmup) samplesOf(c.name).push(s);
      }
    }

    const [first] = cases;
    if (first === undefined) throw new Error('no start-up cases');
    const base = samplesOf(first.name);
    const bare = median(base.map((s) => s.exitMs));
    const bareCpu = median(base.map((s) => s.exitCpuMs));
    type Row = { name: string; medianMs: number; p25Ms: number; p75Ms: number; ratio: number; cpuMedianMs: number; cpuRatio: number };
    const rows: Row[] = [];
    const add = (name: string, wall: number[], cpu: number[]) => {
      const m = median(wall);
      const c = median(cpu);
      rows.push({ name, medianMs: m, p25Ms: quantile(wall, 0.25), p75Ms: quantile(wall, 0.75), ratio: m / bare, cpuMedianMs: c, cpuRatio: c / bareCpu });
    };
    for (const c of cases) {
      const xs = samplesOf(c.name);
      add(c.name, xs.map((s) => s.firstLineMs ?? s.exitMs), xs.map((s) => s.firstLineCpuMs ?? s.exitCpuMs));
      if (c.until !== undefined) add(c.name.replace('first line of work', 'until exit (no config)'), xs.map((s) => s.exitMs), xs.map((s) => s.exitCpuMs));
    }

    const cpus = os.cpus();
    const machine = {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverage: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    };
    console.log(`perf-gate start-up, ${runs} runs each (after ${warmup} warm-up), interleaved; medians (wall p25–p75)`);
    console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load ${machine.loadAverage}`);
    const width = Math.max(...rows.map((r) => r.name.length));
    console.log(`  ${''.padEnd(width)}  ${'wall'.padStart(9)}  ${''.padEnd(15)}  ${'vs bare'.padStart(7)}  ${'CPU'.padStart(8)}  vs bare`);
    for (const r of rows) {
      const spread = `(${r.p25Ms.toFixed(0)}–${r.p75Ms.toFixed(0)})`;
      console.log(
        `  ${r.name.padEnd(width)}  ${r.medianMs.toFixed(1).padStart(6)} ms  ${spread.padEnd(15)}  ${r.ratio.toFixed(2).padStart(6)}x  ${r.cpuMedianMs.toFixed(1).padStart(5)} ms  ${r.cpuRatio.toFixed(2)}x`,
      );
    }
    if (values.json) writeFileSync(values.json, JSON.stringify({ runs, warmup, machine, rows }, null, 2) + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
