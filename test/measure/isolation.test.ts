// A benchmark measures the same thing whichever benchmarks run with it: `--filter` chooses benchmarks
// and never changes what one of them measures. Each task of a file runs alone in processes of its own,
// so a neighbour that leaves state behind in its process (here: a flag that makes the victim 2 ms per
// call, a thousand times its own cost) cannot reach it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../../src/core/types.ts';
import { measure } from '../../src/measure/index.ts';
import { fileBench, forkOrder, makeConfig, options } from './helpers.ts';
import { exactly, metric } from '../helpers/assert.ts';

let dir: string;
let file: string;
let log: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-isolation-'));
  file = path.join(dir, 'neighbours.mjs');
  log = path.join(dir, 'calls.log');
  // Every call of a task appends "<task> <pid> <disturbed?>" once per process.
  writeFileSync(
    file,
    `import { appendFileSync } from 'node:fs';
const logged = new Set();
const note = (task) => {
  if (logged.has(task)) return;
  logged.add(task);
  appendFileSync(${JSON.stringify(log)}, task + ' ' + process.pid + ' ' + (globalThis.__disturbed ? 'disturbed' : 'clean') + '\\n');
};
export default (bench) => {
  bench.add('polluter', () => { note('polluter'); globalThis.__disturbed = true; });
  bench.add('victim', () => {
    note('victim');
    if (globalThis.__disturbed) { const end = performance.now() + 2; while (performance.now() < end); }
  });
};
`,
  );
});
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

function calls(): Array<{ task: string; pid: number; state: string }> {
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [task, pid, state] = exactly(line.split(' '), 3);
      return { task, pid: Number(pid), state };
    });
}

async function victimOf(filter?: RegExp): Promise<{ doc: ResultsDocument; opts: ReturnType<typeof options> }> {
  writeFileSync(log, '');
  const opts = options(filter ? { filter } : {});
  const doc = await measure(makeConfig([fileBench('n', file, { forks: 2, time: 20 })]), opts);
  return { doc, opts };
}

describe('a task whose neighbour disturbs its process', () => {
  it('runs in processes of its own, never after its neighbour, with or without --filter', async () => {
    const full = await victimOf();
    expect(full.doc.benchmarks.map((b) => [b.name, b.status])).toEqual([
      ['n/polluter', 'ok'],
      ['n/victim', 'ok'],
    ]);
    const seen = calls();
    const victimPids = seen.filter((c) => c.task === 'victim').map((c) => c.pid);
    const polluterPids = seen.filter((c) => c.task === 'polluter').map((c) => c.pid);
    // One process per task and fork, none shared.
    expect(new Set(victimPids).size).toBe(2);
    expect(new Set(polluterPids).size).toBe(2);
    expect(victimPids.filter((pid) => polluterPids.includes(pid))).toEqual([]);
    expect(seen.filter((c) => c.task === 'victim').map((c) => c.state)).toEqual(['clean', 'clean']);
    expect(forkOrder(full.opts.progress.events)).toEqual(['n/polluter#1', 'n/victim#1', 'n/polluter#2', 'n/victim#2']);

    const filtered = await victimOf(/victim/);
    expect(filtered.doc.benchmarks.map((b) => b.name)).toEqual(['n/victim']);
    expect(calls().map((c) => [c.task, c.state])).toEqual([
      ['victim', 'clean'],
      ['victim', 'clean'],
    ]);

    // The disturbance would cost 2 ms a call (over a thousand times the task's own cost): far above
    // what load on a shared machine does to a median.
    for (const doc of [full.doc, filtered.doc]) {
      const victim = doc.benchmarks.find((b) => b.name === 'n/victim')!;
      expect(metric(victim, 'p50').value).toBeLessThan(1e6);
    }
  });

  it('counts the same benchmarks at the start and the end of a run', async () => {
    const { opts } = await victimOf();
    const start = opts.progress.events[0];
    const end = opts.progress.events.at(-1);
    expect(start).toMatchObject({ type: 'start', benchmarks: 2, configured: 1, total: 4 });
    expect(end).toMatchObject({ type: 'end', benchmarks: 2 });
  });
});
