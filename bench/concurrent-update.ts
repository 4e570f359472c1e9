// Runs lost by concurrent `perf-gate baseline update`s: each trial starts two updates of the same
// ~1 MB history at the same moment (real processes of the CLI) and counts the runs missing afterwards.
//
//   node bench/concurrent-update.ts [--pairs 100] [--parallel 4] [--cli src/cli.ts]
//
// Prints one line per ten trials and, at the end, the total: "runs lost: N of M" (the goal is 0).
// Measured on the project's loaded 2-core machine (2026-12-04), 1.1 MB history: without the lock
// (the CLI of bd0d7ca) 20 runs lost of 40 in 20 pairs, one in every pair; with it, 0 of 200 in 100.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '100' }, parallel: { type: 'string', default: '4' }, cli: { type: 'string' } },
});
const pairs = Number(values.pairs);
const parallel = Math.max(1, Number(values.parallel));
const cli = path.resolve(values.cli ?? path.join(import.meta.dirname, '../src/cli.ts'));

const MACHINE = { node: process.version, os: 'linux', arch: 'x64', cpu: 'bench', cores: 2, memoryBytes: 1, runner: 'bench' };
function results(createdAt: string, n: number): unknown {
  return {
    schemaVersion: '1.0',
    kind: 'perf-gate/results',
    createdAt,
    tool: { name: 'perf-gate', version: '0' },
    git: {},
    configHash: 'bench',
    machine: MACHINE,
    benchmarks: Array.from({ length: n }, (_, i) => ({
      name: `bench-${i}`,
      kind: 'command',
      status: 'ok',
      metrics: {
        p50: { value: 100 + i, unit: 'ns', direction: 'lower', forks: [99 + i, 100 + i, 101 + i] },
        p99: { value: 200 + i, unit: 'ns', direction: 'lower', forks: [199 + i, 200 + i, 201 + i] },
        throughput: { value: 1e7, unit: 'ops/s', direction: 'higher', forks: [1e7, 1e7, 1e7] },
      },
    })),
  };
}

function update(dir: string, resultsFile: string): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, 'baseline', 'update', '--baseline', 'h.json', '--results', resultsFile, '--keep', '100'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('close', (code) => {
      if (code !== 0) process.stderr.write(`update failed (${code}): ${err.trim()}\n`);
      done(code);
    });
  });
}

const root = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-concurrent-'));
const history = JSON.stringify({ schemaVersion: '1.0', kind: 'perf-gate/baseline', runs: [results('2026-01-01T00:00:00.000Z', 3400)], notes: [] });
let lost = 0;
let failed = 0;
let done = 0;

async function trial(t: number): Promise<void> {
  const dir = path.join(root, `t${t}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'h.json'), history);
  writeFileSync(path.join(dir, 'a.json'), JSON.stringify(results(`2026-01-02T00:00:00.${String(t).padStart(3, '0')}Z`, 1)));
  writeFileSync(path.join(dir, 'b.json'), JSON.stringify(results(`2026-01-03T00:00:00.${String(t).padStart(3, '0')}Z`, 1)));
  const codes = await Promise.all([update(dir, 'a.json'), update(dir, 'b.json')]);
  failed += codes.filter((c) => c !== 0).length;
  const runs = (JSON.parse(readFileSync(path.join(dir, 'h.json'), 'utf8')) as { runs: unknown[] }).runs.length;
  lost += 3 - runs;
  rmSync(dir, { recursive: true, force: true });
  done++;
  if (done % 10 === 0) console.log(`${done} of ${pairs} pairs: ${lost} runs lost so far`);
}

const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: parallel }, async () => {
    while (next < pairs) await trial(next++);
  }),
);
rmSync(root, { recursive: true, force: true });
console.log(
  `runs lost: ${lost} of ${pairs * 2} (${pairs} concurrent update pairs into a ${(history.length / 1e6).toFixed(1)} MB history; ${failed} updates failed; ${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
