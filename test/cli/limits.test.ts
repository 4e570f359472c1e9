// Absolute limits end to end, through the real CLI on real processes and with no baseline at all:
// a benchmark that holds a 200 MB array crosses an rss limit of 150 MB and fails the gate (exit 1)
// on the project's very first run, with a Limits section in the comment; a benchmark inside its
// limits passes (exit 0). With --update-baseline the breaching run is recorded as a regressing one
// would be.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from '../helpers/cli.ts';

// Allocated and written once, when the fork loads the module: every fork's peak resident memory
// holds it.
const BIG = `
const big = new Float64Array(25_000_000).fill(1);
export default function (bench) {
  bench.add('hold', () => big[(Math.random() * big.length) | 0]);
}
`;

const SMALL = `
export default function (bench) {
  bench.add('sum', () => { let s = 0; for (let i = 0; i < 1000; i++) s += i; return s; });
}
`;

const SETTINGS = 'metrics: [p50]\nforks: 3\ntime: 50ms\nwarmupTime: 10ms\n';

const OVER = `${SETTINGS}benchmarks:
  - name: big
    file: bench/big.mjs
    limits: { rss: 150MB }
`;

const WITHIN = `${SETTINGS}limits: { rss: 2GB, p50: 1s, throughput: 10/s }
benchmarks:
  - name: small
    file: bench/small.mjs
`;

interface LimitCheck {
  benchmark: string;
  metric: string;
  limit: number;
  unit: string;
  kind: string;
  value: number;
  verdict: string;
}

describe('perf-gate CLI: absolute limits', () => {
  const dir = project({ 'over.yml': OVER, 'within.yml': WITHIN, 'bench/big.mjs': BIG, 'bench/small.mjs': SMALL });
  const baseline = join(dir, '.perf-gate/baseline.json');

  it('a benchmark over its rss limit fails the first run of a project, with no baseline at all', async () => {
    const run = await runCli(['--config', 'over.yml', '--json', 'over.json', '--markdown', 'over.md'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(existsSync(baseline)).toBe(false);
    const report = JSON.parse(readFileSync(join(dir, 'over.json'), 'utf8'));
    expect(report.baseline).toBeNull();
    expect(report.verdict).toBe('regression');
    expect(report.summary).toMatch(/^1 benchmark over its limit: big \(rss \+\d+\.\d% over the limit\)$/);
    const check: LimitCheck = report.limits[0];
    expect(report.limits).toHaveLength(1);
    expect(check).toMatchObject({ benchmark: 'big', metric: 'rss', limit: 150e6, unit: 'B', kind: 'max', verdict: 'over' });
    expect(check.value).toBeGreaterThan(200e6);

    const md = readFileSync(join(dir, 'over.md'), 'utf8');
    expect(md).toMatch(/^### ❌ perf-gate: 1 benchmark over its limit: big \(rss \+\d+\.\d% over the limit\)\n/);
    expect(md).toContain('### Limits\n');
    expect(md).toContain('| Benchmark | Metric | Limit | Measured | Verdict |');
    expect(md).toMatch(/\| big \| rss \| ≤ 143 MiB \| \d+ MiB \| 🔴 over \|/);
    expect(md).toContain('No baseline yet: limits are judged on this run alone');
    expect(run.stdout).toMatch(/perf-gate: REGRESSION — 1 benchmark over its limit: big/);
    expect(run.stdout).toContain('Limits: 1 over');
  });

  it('a benchmark inside all its limits passes with no baseline (exit 0)', async () => {
    const run = await runCli(['--config', 'within.yml', '--json', 'within.json', '--markdown', 'within.md'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'within.json'), 'utf8'));
    expect(report.verdict).toBe('no-baseline');
    expect(report.limits.map((c: LimitCheck) => [c.metric, c.kind, c.verdict])).toEqual([
      ['rss', 'max', 'within'],
      ['p50', 'max', 'within'],
      ['throughput', 'min', 'within'],
    ]);
    const md = readFileSync(join(dir, 'within.md'), 'utf8');
    expect(md).toContain('### Limits\n');
    expect(md).toMatch(/\| small \| throughput \| ≥ 10\.0 ops\/s \| [\d.]+[kM]? ops\/s \| within \|/);
  });

  it('with --update-baseline a breaching run is recorded, as a regressing run is, and still fails', async () => {
    const run = await runCli(['--config', 'over.yml', '--update-baseline'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).runs).toHaveLength(1);
  });
});
