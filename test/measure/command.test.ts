// Command benchmarks: real shell commands, run from the parent.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure } from '../../src/measure/index.ts';
import { commandBench, forkOrder, makeConfig, options } from './helpers.ts';
import { isAlive } from '../helpers/processes.ts';
import { at, exactly, metric, only } from '../helpers/assert.ts';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-command-test-'));
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('command benchmarks', () => {
  it('runs warmup + runs times per fork, each measured run one sample, in its cwd and env', async () => {
    const log = path.join(tmp, 'runs.log');
    const config = makeConfig([
      commandBench('append', 'echo "run $PWD" >> "$PERF_GATE_TEST_LOG"', { warmup: 2, runs: 5, forks: 3 }, { cwd: tmp, env: { PERF_GATE_TEST_LOG: log } }),
    ]);
    const doc = await measure(config, options());
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3 * (2 + 5));
    expect(new Set(lines)).toEqual(new Set([`run ${tmp}`]));

    const r = only(doc.benchmarks);
    expect(r).toMatchObject({ name: 'append', kind: 'command', status: 'ok', evidence: 'samples' });
    expect(r.forkStats?.map((f) => [f.fork, f.n])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
    ]);
    expect(r.samples?.perFork.map((s) => s.length)).toEqual([5, 5, 5]);
    for (const f of r.forkStats!) expect(f.min).toBeGreaterThan(0);
    expect(metric(r, 'p50').forks).toHaveLength(3);
    expect(metric(r, 'p50').value).toBe([...metric(r, 'p50').forks!].sort((a, b) => a - b)[1]);
    expect(metric(r, 'p50').n).toBe(15);
    // 5 samples per fork cannot support a p99 (or p999); the median is fine.
    expect(metric(r, 'p99').supported).toBe(false);
    expect(metric(r, 'p999').supported).toBe(false);
    expect(metric(r, 'p50').supported).toBe(true);
  });

  it('reports a command that is not found, naming the command, and runs the next benchmark', async () => {
    const opts = options();
    const doc = await measure(
      makeConfig([commandBench('startup', 'perf-gate-no-such-command --version'), commandBench('ok', 'true', { runs: 1, warmup: 0 })]),
      opts,
    );
    expect(doc.benchmarks.map((b) => [b.name, b.status, b.error])).toEqual([
      ['startup', 'error', 'benchmark "startup": command not found: perf-gate-no-such-command'],
      ['ok', 'ok', undefined],
    ]);
    // No second fork of the failed benchmark.
    expect(forkOrder(opts.progress.events)).toEqual(['startup#1', 'ok#1', 'ok#2']);
  });

  it('reports a non-zero exit with the tail of stderr, trimmed to one short line', async () => {
    const doc = await measure(
      makeConfig([
        commandBench('fails', 'echo "to stdout"; echo "early noise" >&2; echo "config missing: x.json" >&2; exit 3'),
        commandBench('long', `printf 'E%.0s ' $(seq 1 500) >&2; exit 1`),
        commandBench('silent', 'exit 4'),
      ]),
      options(),
    );
    const [fails, long, silent] = exactly(doc.benchmarks, 3);
    expect(fails.error).toBe('benchmark "fails": command exited with code 3: early noise | config missing: x.json');
    expect(long.error).toMatch(/^benchmark "long": command exited with code 1: …E( E)+$/);
    expect(long.error!.length).toBeLessThan(260);
    expect(silent.error).toBe('benchmark "silent": command exited with code 4 (no stderr output)');
  });

  it('kills a command that outlives its timeout, with everything it started', async () => {
    const pidFile = path.join(tmp, 'sleep.pid');
    const doc = await measure(
      makeConfig([commandBench('slow', `sleep 30 & echo $! > "${pidFile}"; wait`, { timeout: 1000, warmup: 0 })]),
      options(),
    );
    expect(at(doc.benchmarks, 0).error).toBe('benchmark "slow": timed out after 1 s in fork 1');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await waitUntil(() => !isAlive(pid));
    expect(isAlive(pid)).toBe(false);
  });

  it('skips commands that the filter does not match', async () => {
    const log = path.join(tmp, 'filtered.log');
    const env = { PERF_GATE_TEST_LOG: log };
    const opts = options({ filter: /^keep/ });
    const doc = await measure(
      makeConfig([
        commandBench('drop-me', 'echo drop >> "$PERF_GATE_TEST_LOG"', { forks: 1 }, { env }),
        commandBench('keep-me', 'echo keep >> "$PERF_GATE_TEST_LOG"', { forks: 1, warmup: 0, runs: 2 }, { env }),
      ]),
      opts,
    );
    expect(doc.benchmarks.map((b) => b.name)).toEqual(['keep-me']);
    expect(readFileSync(log, 'utf8')).toBe('keep\nkeep\n');
    expect(opts.progress.events[0]).toEqual({ type: 'start', benchmarks: 1, configured: 1, total: 1 });
  });
});

async function waitUntil(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}
