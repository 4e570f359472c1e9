// What the CLI's end-to-end files share: a small benchmark module, a config that runs it, and the check
// that a bad input gets one line and exit 2.
import { expect } from 'vitest';
import { errorLines, hasStackTrace, type CliRun } from '../helpers/cli.ts';

export const FAST = `
const work = Number(process.env.PERF_GATE_TEST_SLOW ?? 1) * 2000;
export default function (bench) {
  bench.add('sum', () => { let s = 0; for (let i = 0; i < work; i++) s += i; return s; });
  bench.add('concat', () => { let s = ''; for (let i = 0; i < work / 20; i++) s += 'x'; return s; });
}
`;

export const CONFIG = `
threshold: 10%
forks: 2
time: 30ms
warmupTime: 5ms
policy: { name: percentage }
benchmarks:
  - name: math
    file: bench/math.mjs
    passEnv: [PERF_GATE_TEST_SLOW]
  - name: echo
    command: node -e "0"
    runs: 3
    warmup: 1
`;

export function expectOneLineError(run: CliRun, ...parts: Array<string | RegExp>): void {
  expect(run.code, run.stderr).toBe(2);
  const lines = errorLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  for (const p of parts) {
    if (typeof p === 'string') expect(lines[0]).toContain(p);
    else expect(lines[0]).toMatch(p);
  }
  expect(hasStackTrace(run.stderr)).toBe(false);
}

