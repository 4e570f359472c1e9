// The default rule end to end on a run compared with itself: real processes measure once, then
// `compare` judges the results file against itself and against a history that holds it. However noisy
// the forks of that one run were (other test files load this machine in bursts), the difference
// between a measurement and itself is zero with no spread: PASS, exit 0, every gated metric unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from '../helpers/cli.ts';

const LOOP = `
export default function (bench) {
  bench.add('sum', () => { let s = 0; for (let i = 0; i < 20000; i++) s += i % 7; return s; });
  bench.add('alloc', () => JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, s: String(i) }))).length);
}
`;

// The defaults otherwise (3 forks, the noise rule at 0.99 for the suite): p50, p99 and throughput gate.
const CONFIG = `
threshold: 10%
time: 100ms
warmupTime: 20ms
benchmarks:
  - name: work
    file: bench/work.mjs
`;

interface Report {
  verdict: string;
  benchmarks: Array<{ name: string; verdict: string; metrics: Record<string, { verdict: string; gated: boolean; change: number | null }> }>;
}

function gatedVerdicts(path: string): string[] {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  return report.benchmarks.flatMap((b) =>
    Object.values(b.metrics)
      .filter((m) => m.gated)
      .map((m) => m.verdict),
  );
}

describe('perf-gate compare: a results file compared with itself', () => {
  it('passes with exit 0, alone as the baseline and inside a history', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG, 'bench/work.mjs': LOOP });
    const run = await runCli(['run', '--out', 'a.json'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const self = await runCli(['compare', '--baseline', 'a.json', '--current', 'a.json', '--json', 'self.json'], { cwd: dir });
    expect(self.code, self.stdout + self.stderr).toBe(0);
    expect(self.stdout).toMatch(/PASS/);
    const verdicts = gatedVerdicts(join(dir, 'self.json'));
    // Two tasks, three gated metrics each (p99 where 100 ms of samples support it).
    expect(verdicts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(verdicts)).toEqual(new Set(['unchanged']));

    const update = await runCli(['baseline', 'update', '--baseline', 'history.json', '--results', 'a.json'], { cwd: dir });
    expect(update.code, update.stdout + update.stderr).toBe(0);
    const inHistory = await runCli(['compare', '--baseline', 'history.json', '--current', 'a.json', '--json', 'history-report.json'], {
      cwd: dir,
    });
    expect(inHistory.code, inHistory.stdout + inHistory.stderr).toBe(0);
    expect(inHistory.stdout).toMatch(/PASS/);
    expect(new Set(gatedVerdicts(join(dir, 'history-report.json')))).toEqual(new Set(['unchanged']));
  });
});
