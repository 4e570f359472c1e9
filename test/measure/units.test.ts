// The pure parts of the measure layer: reduction, output tails, durations, progress lines.
import { describe, expect, it } from 'vitest';
import type { ForkStats } from '../../src/core/types.ts';
import { lastLines, Tail } from '../../src/measure/children.ts';
import { consoleProgress, formatSeconds, machineFingerprint, reduceForks } from '../../src/measure/index.ts';
import { errorLine, isBenchLike } from '../../src/measure/worker.ts';

function fork(fork: number, n: number, p50: number): ForkStats {
  return { fork, n, durationMs: 10, p50, p99: p50 * 2, p999: p50 * 3, mean: p50, min: p50 / 2, max: p50 * 4, stddev: 1, throughput: 1e9 / p50 };
}

describe('reduceForks', () => {
  it('takes the median of per-fork values for every native metric', () => {
    const m = reduceForks([fork(1, 2000, 100), fork(2, 2000, 300), fork(3, 2000, 120)]);
    expect(m.p50).toEqual({ value: 120, unit: 'ns', direction: 'lower', forks: [100, 300, 120], n: 6000, supported: true });
    expect(m.p99?.value).toBe(240);
    expect(m.throughput?.value).toBeCloseTo(1e9 / 120, 9);
    expect(m.throughput?.direction).toBe('higher');
    expect(m.throughput?.unit).toBe('ops/s');
    expect(Object.keys(m)).toEqual(['p50', 'p99', 'p999', 'mean', 'min', 'max', 'stddev', 'throughput']);
  });

  it('judges tail support from the smallest fork, not the total', () => {
    // 1,000 samples support a p99 (10 beyond it); 999 do not. p999 needs 10,000.
    const enough = reduceForks([fork(1, 1000, 1), fork(2, 5000, 1)]);
    expect(enough.p99?.supported).toBe(true);
    expect(enough.p999?.supported).toBe(false);
    const short = reduceForks([fork(1, 999, 1), fork(2, 50_000, 1)]);
    expect(short.p99?.supported).toBe(false);
    expect(short.p99?.n).toBe(50_999);
    expect(short.mean?.supported).toBe(true);
    expect(reduceForks([fork(1, 10_000, 1)]).p999?.supported).toBe(true);
  });

  it('gives nothing for no forks', () => {
    expect(reduceForks([])).toEqual({});
  });
});

describe('output tails', () => {
  it('keeps the last lines, joined and cut to about 200 characters', () => {
    expect(lastLines('a\n\n  b  \r\nc\n')).toBe('a | b | c');
    expect(lastLines('')).toBe('');
    const long = `${'x'.repeat(150)}\n${'y'.repeat(100)}\n`;
    expect(lastLines(long)).toBe('y'.repeat(100));
    // Cut only between words: a word the cut would split (it may be a secret) is left out whole.
    expect(lastLines('z'.repeat(1000))).toBe('…');
    const words = `token=${'s'.repeat(40)} ${'w '.repeat(150)}end`;
    const tail = lastLines(words);
    expect(tail.length).toBeLessThanOrEqual(200);
    expect(tail).toMatch(/^…w w .* end$/);
    expect(tail).not.toContain('s');
    expect(lastLines('\x1b[31mred error\x1b[0m')).toBe('red error');
  });

  it('a Tail holds only the last bytes written', () => {
    const t = new Tail(10);
    for (let i = 0; i < 100; i++) t.push(Buffer.from(`line ${i}\n`));
    expect(t.text()).toBe('8\nline 99\n');
  });
});

describe('worker helpers', () => {
  it('recognises Bench-like objects by shape', () => {
    expect(isBenchLike({ tasks: [], add() {}, run() {} })).toBe(true);
    expect(isBenchLike({ tasks: [], add() {} })).toBe(false);
    expect(isBenchLike(null)).toBe(false);
    expect(isBenchLike(() => {})).toBe(false);
  });

  it('makes one line of anything thrown', () => {
    expect(errorLine(new TypeError('bad\nsecond line'))).toBe('TypeError: bad');
    expect(errorLine('plain')).toBe('plain');
    expect(errorLine(new Error(''))).toBe('Error');
    expect(errorLine(new Error('e'.repeat(400)))).toBe('Error:…');
    const long = errorLine(new Error(`${'word '.repeat(100)}ghs_${'k'.repeat(36)}`));
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long).toMatch(/^Error: word word .*word…$/);
    expect(long).not.toContain('ghs_');
  });
});

describe('formatSeconds', () => {
  it('reads naturally at every scale', () => {
    expect(formatSeconds(250)).toBe('250 ms');
    expect(formatSeconds(1500)).toBe('1.5 s');
    expect(formatSeconds(60_000)).toBe('60 s');
    expect(formatSeconds(125_000)).toBe('2 min 5 s');
    expect(formatSeconds(180_000)).toBe('3 min');
  });
});

describe('consoleProgress', () => {
  const forkInfo = { benchmark: 'parse', fork: 2, forks: 3, done: 4, total: 9, elapsedMs: 4000, remainingMs: 20_000 };

  it('writes one line per fork when not a TTY', () => {
    let out = '';
    const sink = consoleProgress({ write: (s: string) => (out += s), isTTY: false });
    sink.event({ type: 'start', benchmarks: 3, total: 9 });
    sink.event({ type: 'fork-start', ...forkInfo });
    sink.event({ type: 'fork-end', ...forkInfo, durationMs: 1200 });
    sink.event({ type: 'fork-end', ...forkInfo, durationMs: 1200, error: 'benchmark "parse": timed out after 60 s in fork 2' });
    sink.event({ type: 'end', elapsedMs: 30_000, benchmarks: 3, errors: 1 });
    expect(out.split('\n')).toEqual([
      'perf-gate: measuring 3 benchmarks, 9 forks',
      'perf-gate: parse fork 2/3 done in 1.2 s (4/9 forks, 4 s elapsed, ~20 s left)',
      'perf-gate: parse fork 2/3 failed: benchmark "parse": timed out after 60 s in fork 2',
      'perf-gate: measured 3 benchmarks in 30 s, 1 failed',
      '',
    ]);
  });

  it('counts results at the start as at the end, saying how many config entries they come from', () => {
    let out = '';
    const sink = consoleProgress({ write: (s: string) => (out += s), isTTY: false });
    sink.event({ type: 'start', benchmarks: 4, configured: 3, total: 12 });
    sink.event({ type: 'start', benchmarks: 2, configured: 2, total: 2 });
    sink.event({ type: 'end', elapsedMs: 2000, benchmarks: 4, errors: 0 });
    expect(out.split('\n')).toEqual([
      'perf-gate: measuring 4 benchmarks (from 3 in the config), 12 forks',
      'perf-gate: measuring 2 benchmarks, 2 forks',
      'perf-gate: measured 4 benchmarks in 2 s',
      '',
    ]);
  });

  it('rewrites one status line on a TTY', () => {
    let out = '';
    const sink = consoleProgress({ write: (s: string) => (out += s), isTTY: true });
    sink.event({ type: 'fork-start', ...forkInfo });
    sink.event({ type: 'fork-end', ...forkInfo, durationMs: 1200 });
    sink.event({ type: 'fork-start', ...forkInfo, fork: 3 });
    sink.event({ type: 'end', elapsedMs: 30_000, benchmarks: 3, errors: 0 });
    expect(out).toBe(
      'perf-gate: parse · fork 2/3 · 4/9 forks, 4 s elapsed, ~20 s left' +
        '\r\x1b[Kperf-gate: parse · fork 3/3 · 4/9 forks, 4 s elapsed, ~20 s left' +
        '\r\x1b[Kperf-gate: measured 3 benchmarks in 30 s\n',
    );
  });
});

describe('machineFingerprint', () => {
  it('names the runner from RUNNER_NAME when set', () => {
    const saved = process.env.RUNNER_NAME;
    process.env.RUNNER_NAME = 'GitHub Actions 7';
    try {
      expect(machineFingerprint().runner).toBe('GitHub Actions 7');
    } finally {
      if (saved === undefined) delete process.env.RUNNER_NAME;
      else process.env.RUNNER_NAME = saved;
    }
  });
});
