// Start-up time of the installed entry points beside bare Node, measured in one run, interleaved, so
// that load from other processes on the machine falls on all of them alike.
//
//   npm run build && npm run bench:startup [-- --runs 40] [--json FILE]
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
// TMPDIR points into a directory of this run, so that a compile cache Node keeps there starts empty and
// is removed at the end; the warm-up runs fill it, as a user's first command does. The CLI is also
// measured with the compile cache disabled (a first command ever, or Node before 22.1).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
}

function runOnce(c: Case): Promise<Sample> {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
    const child = spawn(node, c.args, { cwd: root, env: c.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let firstLineMs: number | undefined;
    child.stdout.on('data', (d: Buffer) => {
      if (firstLineMs !== undefined || c.until === undefined) return;
      out += d.toString();
      if (out.includes(c.until)) firstLineMs = ms();
    });
    child.stderr.resume();
    child.on('error', fail);
    child.on('close', (code) => {
      const exitMs = ms();
      if (c.until !== undefined && firstLineMs === undefined) {
        fail(new Error(`${c.name}: no line containing "${c.until}" (exit ${code}); is dist/ built?`));
      } else done({ firstLineMs, exitMs });
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, warmup: { type: 'string', default: '3' }, json: { type: 'string' } } });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) throw new Error('--runs and --warmup: whole numbers');
  for (const f of ['dist/index.js', 'dist/cli/index.js']) {
    if (!existsSync(path.join(root, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }

  const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-startup-'));
  try {
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
    const cases: Case[] = [
      { name: 'bare node (node -e 0)', args: ['-e', '0'], env: cli },
      { name: 'perf-gate --help', args: ['bin/perf-gate.js', '--help'], env: cli },
      { name: 'perf-gate --version', args: ['bin/perf-gate.js', '--version'], env: cli },
      { name: 'perf-gate --help, no compile cache', args: ['bin/perf-gate.js', '--help'], env: cold },
      { name: 'action, first line of work', args: ['dist/index.js'], env: runner, until: 'perf-gate: event' },
    ];
    const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
    for (let i = 0; i < warmup + runs; i++) {
      for (const c of cases) {
        const s = await runOnce(c);
        if (i >= warmup) samples.get(c.name)!.push(s);
      }
    }

    const bare = median(samples.get(cases[0].name)!.map((s) => s.exitMs));
    const rows: Array<{ name: string; medianMs: number; p25Ms: number; p75Ms: number; ratio: number }> = [];
    const add = (name: string, xs: number[]) => {
      const m = median(xs);
      rows.push({ name, medianMs: m, p25Ms: quantile(xs, 0.25), p75Ms: quantile(xs, 0.75), ratio: m / bare });
    };
    for (const c of cases) {
      const xs = samples.get(c.name)!;
      add(c.name, xs.map((s) => s.firstLineMs ?? s.exitMs));
      if (c.until !== undefined) add('action, until exit (fails fast: no config)', xs.map((s) => s.exitMs));
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
    console.log(`perf-gate start-up, ${runs} runs each (after ${warmup} warm-up), interleaved; medians, p25–p75`);
    console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load ${machine.loadAverage}`);
    const width = Math.max(...rows.map((r) => r.name.length));
    for (const r of rows) {
      console.log(`  ${r.name.padEnd(width)}  ${r.medianMs.toFixed(1).padStart(7)} ms  (${r.p25Ms.toFixed(1)}–${r.p75Ms.toFixed(1)})  ${r.ratio.toFixed(2)}x bare`);
    }
    if (values.json) writeFileSync(values.json, JSON.stringify({ runs, warmup, machine, rows }, null, 2) + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
