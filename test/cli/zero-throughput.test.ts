// A throughput that falls to zero fails the gate through the CLI, under both policies.
import { describe, expect, it } from 'vitest';
import { project, runCli } from '../helpers/cli.ts';
import { bench, results } from '../helpers/results.ts';
import { metric } from '../helpers/assert.ts';

describe('throughput falling to zero', () => {
  it.each(['noise', 'percentage'])('is a regression under the %s policy (exit 1)', async (policy) => {
    const before = bench('api', 100, { throughput: 5120 });
    const after = bench('api', 100, { throughput: 0 });
    metric(after, 'throughput').forks = [0, 0, 0];
    const dir = project({ 'b.json': JSON.stringify(results([before])), 'c.json': JSON.stringify(results([after])) });
    const run = await runCli(['compare', '--baseline', 'b.json', '--current', 'c.json', '--policy', policy], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^perf-gate: REGRESSION — 1 benchmark regressed: api \(throughput −100\.0%\)/);
    expect(run.stdout).toContain('fell from 5120 ops/s to zero');
  });
});
