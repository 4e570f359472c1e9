// Interrupting perf-gate (Ctrl-C, a cancelled CI job) ends it at once and leaves nothing behind: no
// benchmark process burning CPU, no temporary directory.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CLI, project, runCli } from '../helpers/cli.ts';
import { isAlive } from '../helpers/processes.ts';

/** Polls (bounded) until `pid`'s whole process group is gone; true when it is. */
async function groupGone(pid: number, ms = 10_000): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isAlive(-pid)) return true;
    await sleep(100);
  }
  return !isAlive(-pid);
}

async function waitForPid(file: string): Promise<number> {
  for (let i = 0; i < 600 && !(existsSync(file) && readFileSync(file, 'utf8').trim()); i++) await sleep(50);
  return Number(readFileSync(file, 'utf8'));
}

function runDirs(tmp: string): string[] {
  return readdirSync(tmp).filter((f) => f.startsWith('perf-gate-run-'));
}

/** Starts `perf-gate run` in `dir` with its temporary files under `tmp`. */
function start(dir: string, tmp: string) {
  const child = spawn(process.execPath, [CLI, 'run'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp }, stdio: 'ignore' });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, sig) => { done({ code, signal: sig }); }),
  );
  return { child, closed };
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
      child.on('close', (code, sig) => { done({ code, signal: sig }); }),
    );
    const started = join(dir, 'started');
    for (let i = 0; i < 200 && !existsSync(started); i++) await sleep(50);
    expect(existsSync(started)).toBe(true);
    const shell = Number(readFileSync(started, 'utf8'));
    expect(isAlive(shell)).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.startsWith('perf-gate-'))).toHaveLength(1);

    const t0 = performance.now();
    child.kill(signal);
    const end = await closed;
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(end.signal).toBe(signal);
    for (let i = 0; i < 40 && isAlive(shell); i++) await sleep(50);
    expect(isAlive(shell)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(dir, 'perf-gate-results.json'))).toBe(false);
  });

  it('SIGKILL mid-command: the reaper kills the command\'s process group and removes the run directory', async () => {
    const dir = project({
      'perf-gate.yml': 'benchmarks:\n  - name: slow\n    command: "echo $$ > started; sleep 30"\n    warmup: 0\n    runs: 1\n    timeout: 60s\n',
    });
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const { child, closed } = start(dir, tmp);
    const shell = await waitForPid(join(dir, 'started'));
    expect(isAlive(-shell)).toBe(true);
    expect(runDirs(tmp)).toHaveLength(1);

    child.kill('SIGKILL');
    expect((await closed).signal).toBe('SIGKILL');
    expect(await groupGone(shell)).toBe(true);
    for (let i = 0; i < 100 && runDirs(tmp).length > 0; i++) await sleep(100);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('SIGKILL mid-task: a worker spinning in user code is killed too', async () => {
    const pidFile = join(process.env.TMPDIR ?? '/tmp', `spin-${process.pid}-${Date.now()}.pid`);
    const dir = project({
      'perf-gate.yml': 'benchmarks:\n  - name: spin\n    file: spin.mjs\n    timeout: 60s\n',
      'spin.mjs': `import { writeFileSync } from 'node:fs';\nexport default (bench) => {\n  bench.add('spin', () => {\n    writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\n    for (;;) {}\n  });\n};\n`,
    });
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const { child, closed } = start(dir, tmp);
    const worker = await waitForPid(pidFile);
    expect(isAlive(worker)).toBe(true);

    child.kill('SIGKILL');
    await closed;
    expect(await groupGone(worker)).toBe(true);
    for (let i = 0; i < 100 && runDirs(tmp).length > 0; i++) await sleep(100);
    expect(runDirs(tmp)).toEqual([]);
  });

  it('the next run removes run directories whose owner is dead, and keeps those of a live owner', async () => {
    const dir = project({ 'perf-gate.yml': 'benchmarks:\n  - name: quick\n    command: "true"\n    forks: 1\n    warmup: 0\n    runs: 1\n' });
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    // A pid that was just used and is now dead.
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    const deadPid = gone.pid!;
    await new Promise((done) => gone.on('close', done));
    const stale = join(tmp, 'perf-gate-run-stale1');
    const live = join(tmp, 'perf-gate-run-live01');
    const foreign = join(tmp, 'perf-gate-run-other1');
    for (const [d, owner] of [
      [stale, { pid: deadPid, host: hostname() }],
      [live, { pid: process.pid, host: hostname() }],
      [foreign, { pid: deadPid, host: `not-${hostname()}` }],
    ] as const) {
      mkdirSync(d);
      writeFileSync(join(d, 'owner.json'), JSON.stringify(owner));
      writeFileSync(join(d, 'request-0.json'), '{}');
    }
    const run = await runCli(['run'], { cwd: dir, env: { TMPDIR: tmp } });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(stale), `${run.stderr} dead pid ${deadPid}`).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });
});
