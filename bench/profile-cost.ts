// What a CPU profile adds to a failing run: the same regressed run of the CLI with `profile: true`
// and with `profile: false`, interleaved (on, off, off, on, …) so load from other processes falls on
// both alike, then the medians and their difference.
//
//   node bench/profile-cost.ts [--runs 10] [--json FILE]
//
// The suite is one file benchmark (forks: 3, time: 100ms) whose inner function does four times the
// work in the slowed runs, judged with the percentage rule against a history of three runs. A
// failing run measures, re-measures the regression (two forks) and, with profiling on, runs the
// benchmark once more under the profiler; each run is a fresh `node src/cli.ts` process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'src', 'cli.ts');

const BENCH = `
function slowInner(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(i) % 3;
  return s;
}
export default function (bench) {
  const n = 3000 * Number(process.env.PERF_GATE_PROFILE_COST_SLOW ?? 1);
  bench.add('task', () => slowInner(n));
}
`;

const CONFIG = (profile: boolean) => `
threshold: 25%
policy: percentage
metrics: [p50]
forks: 3
time: 100ms
warmupTime: 20ms
profile: ${profile}
benchmarks:
  - name: inner
    file: bench/inner.mjs
    passEnv: [PERF_GATE_PROFILE_COST_SLOW]
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

function run(dir: string, args: string[], slow: boolean): { ms: number; code: number | null } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', ...(slow ? { PERF_GATE_PROFILE_COST_SLOW: '4' } : {}) },
    encoding: 'utf8',
  });
  return { ms: performance.now() - started, code: r.status };
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, json: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: expected a whole number ≥ 1');

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-profile-cost-'));
try {
  mkdirSync(path.join(dir, 'bench'));
  writeFileSync(path.join(dir, 'bench', 'inner.mjs'), BENCH);
  writeFileSync(path.join(dir, 'on.yml'), CONFIG(true));
  writeFileSync(path.join(dir, 'off.yml'), CONFIG(false));
  for (let i = 0; i < 3; i++) {
    const measured = run(dir, ['run', '--config', 'off.yml', '--out', `history-${i}.json`], false);
    const recorded = run(dir, ['baseline', 'update', '--baseline', '.perf-gate/baseline.json', '--results', `history-${i}.json`], false);
    if (measured.code !== 0 || recorded.code !== 0) throw new Error('recording the history failed');
  }
  const times: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let i = 0; i < runs; i++) {
    // ABBA: neither setting always runs first in a pair.
    const order: Array<'on' | 'off'> = i % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const setting of order) {
      const r = run(dir, ['--config', `${setting}.yml`], true);
      if (r.code !== 1) throw new Error(`a slowed run with profile ${setting} exited with ${String(r.code)}, expected 1 (a regression)`);
      times[setting].push(r.ms);
      process.stderr.write(`profile ${setting}: ${(r.ms / 1000).toFixed(2)} s\n`);
    }
  }
  const on = median(times.on);
  const off = median(times.off);
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  const table = [
    `Machine: ${machine}; ${new Date().toISOString().slice(0, 10)}; ${runs} runs each, interleaved; medians.`,
    '',
    '| failing run | wall | |',
    '|---|---:|---:|',
    `| profile: false | ${(off / 1000).toFixed(2)} s | 1.00x |`,
    `| profile: true | ${(on / 1000).toFixed(2)} s | ${(on / off).toFixed(2)}x |`,
    `| added by the profile | ${((on - off) / 1000).toFixed(2)} s | |`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ machine, runs, times, medians: { on, off } }, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
