// Interrupting perf-gate (Ctrl-C, a cancelled CI job) ends it at once and leaves nothing behind: no
// benchmark process burning CPU, no temporary directory.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CLI, project } from '../helpers/cli.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('perf-gate CLI: interrupted', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s mid-benchmark kills the benchmark and removes the temporary directory', async (signal) => {
    const dir = project({
      'perf-gate.yml': 'benchmarks:\n  - name: slow\n    command: "echo $$ > started; sleep 30"\n    warmup: 0\n    runs: 1\n    timeout: 60s\n',
    });
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const child = spawn(process.execPath, [CLI, 'run'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp },
      stdio: 'ignore',
    });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('close', (code, sig) => done({ code, signal: sig })),
    );
    const started = join(dir, 'started');
    for (let i = 0; i < 200 && !existsSync(started); i++) await sleep(50);
    expect(existsSync(started)).toBe(true);
    const shell = Number(readFileSync(started, 'utf8'));
    expect(alive(shell)).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.startsWith('perf-gate-'))).toHaveLength(1);

    const t0 = performance.now();
    child.kill(signal);
    const end = await closed;
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(end.signal).toBe(signal);
    for (let i = 0; i < 40 && alive(shell); i++) await sleep(50);
    expect(alive(shell)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(dir, 'perf-gate-results.json'))).toBe(false);
  });
});
