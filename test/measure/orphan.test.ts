// A worker whose perf-gate is gone (killed outright, so it could not stop its children) exits by
// itself as soon as it notices it was re-parented, instead of measuring on for nobody.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerRequest } from '../../src/measure/protocol.ts';
import { WORKER } from './helpers.ts';
import { isAlive } from '../helpers/processes.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-orphan-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('an orphaned worker', () => {
  it('exits when its parent dies', async () => {
    const module = path.join(dir, 'slow.mjs');
    // An async task: the worker's event loop turns between calls, as in most real benchmarks.
    writeFileSync(module, "export default (bench) => { bench.add('slow', () => new Promise((done) => setTimeout(done, 20))); };\n");
    const request: WorkerRequest = {
      file: module,
      displayFile: 'slow.mjs',
      benchmark: 'slow',
      bench: { time: 120_000, iterations: 10, warmupTime: 0, warmupIterations: 0 },
      resultPath: path.join(dir, 'result.json'),
    };
    const requestPath = path.join(dir, 'request.json');
    writeFileSync(requestPath, JSON.stringify(request));
    // A stand-in for perf-gate: starts the worker (in a group of its own, as perf-gate does) and waits.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.argv[1], JSON.parse(process.argv[2]), { stdio: 'ignore', detached: true });
         console.log(c.pid); setInterval(() => {}, 1000);`,
        WORKER[0],
        JSON.stringify([...WORKER.slice(1), requestPath]),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const worker = await new Promise<number>((done) => parent.stdout.once('data', (d) => { done(Number(String(d).trim())); }));
    expect(worker).toBeGreaterThan(0);
    await sleep(1500);
    expect(isAlive(worker)).toBe(true);

    parent.kill('SIGKILL');
    let gone = false;
    for (let i = 0; i < 100 && !gone; i++) {
      await sleep(100);
      gone = !isAlive(worker);
    }
    if (!gone) process.kill(worker, 'SIGKILL');
    expect(gone).toBe(true);
  });
});
