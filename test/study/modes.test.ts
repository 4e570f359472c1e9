// The modes study's parts that decide what it measures and what it claims: how a head commit slows a
// benchmark (a real change in the head's source, none in the base's), which benchmarks can express a
// slowdown exactly, how runs are counted, and how the table holds measurements against goals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitBase, commitHead, createStudyRepo, git } from '../../bench/study/head-tree.ts';
import { mergeResults } from '../../bench/study/modes.ts';
import { readRun, slowedFor, tallyPhase, type ModeRun, type PhaseSpec } from '../../bench/study/outcomes.ts';
import { render, type ModesResults } from '../../bench/study/render.ts';
import { slowableBy, slowedWork, workCount } from '../../bench/study/suite-info.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-study-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('head commits', () => {
  it('slow a benchmark by changing its source in the head only, and an unchanged head touches no benchmark', () => {
    const repo = createStudyRepo(join(tempDir(), 'repo'));
    const base = commitBase(repo, 'threshold: 5%\n', 'base');
    const slowHead = commitHead(repo, base, 'slow-1', { 'loop-sum': 1.05, 'json-large': 1.1 });
    expect(slowHead.slowed).toEqual({ 'loop-sum': 1.05, 'json-large': 1.1 });
    const changed = git(repo, ['diff', '--name-only', base, slowHead.commit]).split('\n').sort();
    expect(changed).toEqual(['CHANGES.md', 'suite/json-large.mjs', 'suite/loop-sum.mjs']);
    expect(workCount(git(repo, ['show', `${slowHead.commit}:suite/loop-sum.mjs`]), 'loop-sum')).toBe(21_000);
    expect(workCount(git(repo, ['show', `${base}:suite/loop-sum.mjs`]), 'loop-sum')).toBe(20_000);
    // The working tree is the head: what `perf-gate ab` measures as the change.
    expect(workCount(readFileSync(join(repo.dir, 'suite/json-large.mjs'), 'utf8'), 'json-large')).toBe(2_200);

    const unchanged = commitHead(repo, base, 'unchanged-1', {});
    expect(git(repo, ['diff', '--name-only', base, unchanged.commit])).toBe('CHANGES.md');
    // Each head starts again from the base: the earlier slowdown is gone.
    expect(workCount(readFileSync(join(repo.dir, 'suite/loop-sum.mjs'), 'utf8'), 'loop-sum')).toBe(20_000);
  });

  it('leave a benchmark whose work count cannot express the slowdown out of the rotation', () => {
    // loop-typed does 40 units per call: 2% more would be 40.8, rounded to 41 (2.5%).
    expect(slowedWork(40, 1.02).factor).toBeCloseTo(1.025, 6);
    const twoPercent = slowableBy('stable', 1.02);
    expect(twoPercent).not.toContain('loop-typed');
    expect(twoPercent).toContain('loop-sum');
    expect(slowableBy('stable', 1.05)).toContain('loop-typed');
    const phase: PhaseSpec = { mode: 'ab', key: 'p', title: 't', thresholdPercent: 2, slow: [{ kind: 'stable', percent: 2 }] };
    const picked = Array.from({ length: 8 }, (_, i) => slowedFor(phase, i + 1, slowableBy)[0]?.name);
    expect(new Set(picked)).toEqual(new Set(twoPercent));
  });
});

function report(verdict: string, benchmarks: Record<string, string>): object {
  return {
    verdict,
    benchmarks: Object.entries(benchmarks).map(([name, v]) => ({
      name,
      verdict: v,
      metrics: { p50: { verdict: v, change: 0.05, gated: true, interval: [0.01, 0.09] }, max: { verdict: 'informational', change: 0.3, gated: false } },
    })),
  };
}

describe('counting runs', () => {
  it('counts a regression on a benchmark not slowed as a false alarm and one on the slowed benchmark as caught', () => {
    const dir = tempDir();
    const docs = [
      report('regression', { 'loop-sum': 'regression', 'json-large': 'unchanged', 'map-churn': 'unchanged' }),
      report('regression', { 'loop-sum': 'inconclusive', 'json-large': 'regression', 'map-churn': 'regression' }),
      report('pass', { 'loop-sum': 'unchanged', 'json-large': 'unchanged', 'map-churn': 'unchanged' }),
    ];
    const runs = docs.map((doc, i) => {
      const path = join(dir, `r${i}.json`);
      writeFileSync(path, JSON.stringify(doc));
      return readRun(path, { phase: 'p', id: `r${i}`, exitCode: 1, ms: 1000 * (i + 1), slowed: [{ name: 'loop-sum', kind: 'stable', percent: 5, factor: 1.05 }] });
    });
    expect(runs[0]?.slowedMetrics['loop-sum']).toEqual({ p50: { verdict: 'regression', change: 0.05, interval: [0.01, 0.09] } });
    const t = tallyPhase(runs);
    expect(t.runs).toBe(3);
    expect(t.runsWithFalseAlarm).toBe(1);
    expect(t.falseAlarms).toBe(2);
    expect(t.verdicts).toEqual({ regression: 2, pass: 1 });
    expect(t.caught.stable).toEqual({ caught: 1, inconclusive: 1, unchanged: 1, other: 0, factor: { min: 1.05, max: 1.05 } });
    expect(t.ms).toEqual({ median: 2000, max: 3000 });
  });

  it('refuses a document that is not a report', () => {
    const path = join(tempDir(), 'results.json');
    writeFileSync(path, JSON.stringify({ kind: 'perf-gate/results', benchmarks: [] }));
    expect(() => readRun(path, { phase: 'p', id: 'x', exitCode: 0, ms: 1, slowed: [] })).toThrow(/not a perf-gate report document/);
  });
});

function run(phase: string, verdicts: Record<string, string>, slowed: ModeRun['slowed'], ms: number): ModeRun {
  return { phase, id: phase, exitCode: 0, verdict: Object.values(verdicts).includes('regression') ? 'regression' : 'pass', benchmarks: verdicts, slowed, slowedMetrics: {}, ms };
}

describe('the table', () => {
  const phases: PhaseSpec[] = [
    { mode: 'ab', key: 'ab-unchanged', title: 'unchanged head', thresholdPercent: 5, slow: [] },
    { mode: 'ab', key: 'ab-slow', title: 'slowed head', thresholdPercent: 5, slow: [{ kind: 'stable', percent: 5 }] },
    { mode: 'cache', key: 'cache-unchanged', title: 'unchanged run', thresholdPercent: 10, slow: [] },
    { mode: 'cache', key: 'cache-slow', title: 'slowed run', thresholdPercent: 10, slow: [{ kind: 'stable', percent: 10 }] },
  ];
  const stable = (factor: number) => [{ name: 'loop-sum', kind: 'stable' as const, percent: Math.round((factor - 1) * 100), factor }];
  const results: ModesResults = {
    study: 'modes',
    date: '2026-12-05T10:00:00.000Z',
    smoke: false,
    machine: { cpu: 'Fast *CPU* <b>', cores: 2, memoryGiB: 8, os: 'linux', node: 'v24.21.0' },
    settings: {
      ab: { forks: 5, timeMs: 150, warmupMs: 100, policy: 'noise, confidence 0.99' },
      cache: { forks: 3, timeMs: 150, warmupMs: 100, policy: 'defaults' },
      counts: { 'ab-unchanged': 2, 'ab-slow': 2, 'cache-unchanged': 1, 'cache-slow': 10 },
    },
    phases,
    plainRunMs: 10_000,
    historyMs: [1, 2, 3, 4, 5],
    runs: [
      run('ab-unchanged', { 'loop-sum': 'unchanged', 'map-churn': 'unchanged' }, [], 20_000),
      run('ab-unchanged', { 'loop-sum': 'unchanged', 'map-churn': 'regression' }, [], 30_000),
      run('ab-slow', { 'loop-sum': 'regression', 'map-churn': 'unchanged' }, stable(1.05), 24_000),
      run('ab-slow', { 'loop-sum': 'inconclusive', 'map-churn': 'unchanged' }, stable(1.05), 26_000),
      run('cache-unchanged', { 'loop-sum': 'unchanged' }, [], 9_000),
      ...Array.from({ length: 10 }, (_, i) => run('cache-slow', { 'loop-sum': i < 8 ? 'regression' : 'unchanged' }, stable(1.1), 9_000)),
    ],
    timing: { estimateMs: 60_000, totalMs: 90_000 },
  };
  const { markdown, readmeLine } = render(results);
  const row = (start: string): string => {
    const line = markdown.split('\n').find((l) => l.startsWith(`| ${start}`));
    if (line === undefined) throw new Error(`no row starting "${start}" in:\n${markdown}`);
    return line;
  };

  it('puts each measurement beside its goal, with its n, and says when a goal is not met', () => {
    expect(row('unchanged head (threshold 5%): runs with a false alarm')).toBe('| unchanged head (threshold 5%): runs with a false alarm | 2 | 1/2 (50%); 1 false alarm | 0 | **not met** |');
    expect(row('slowed head (threshold 5%): a stable benchmark 5% slower, caught')).toContain('| 2 | 1/2 (50%); 1 inconclusive, 0 unchanged | ≥ 95% | **not met** |');
    expect(row('unchanged head (threshold 5%): runs ending pass')).toMatch(/\| 2 \| 1\/2 \(50%\).* \| ≥ 95% \| \*\*not met\*\* \|$/);
    // The cached mode promises no share of passing runs: no goal, no mark.
    expect(row('unchanged run (threshold 10%): runs ending pass')).toMatch(/ \| – \| {2}\|$/);
    expect(row('slowed run (threshold 10%): a stable benchmark 10% slower, caught')).toContain('| 10 | 8/10 (80%); 0 inconclusive, 2 unchanged | ≥ 90% | **not met** |');
    // A/B wall times 20, 30, 24, 26 s against a 10 s plain run: median 2.5×, the goal exactly.
    expect(row('wall time of one `perf-gate ab`')).toContain('median 2.50×, max 3.00×');
    expect(row('wall time of one `perf-gate ab`')).toMatch(/≤ 2.5× \| met \|$/);
  });

  it('names the machine with its text escaped, and gives a README line with counts', () => {
    expect(markdown).toContain('Fast \\*CPU\\*');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('Smoke run');
    expect(readmeLine).toContain('false alarm in 1/2 (50%) unchanged runs');
    expect(readmeLine).toContain('caught a 5% slowdown of a stable benchmark in 1/2 (50%)');
    expect(readmeLine).toContain('a 10% slowdown was caught in 8/10 (80%)');
    expect(markdown).toContain(`\n${readmeLine}\n`);
  });

  it('makes one table of the A/B phases measured once and the cached-baseline phases another time, and refuses a phase measured twice', () => {
    const abOnly: ModesResults = { ...results, phases: phases.filter((p) => p.mode === 'ab'), runs: results.runs.filter((r) => r.phase.startsWith('ab-')), historyMs: [], settings: { ...results.settings, counts: { 'ab-unchanged': 2, 'ab-slow': 2 } } };
    const cacheOnly: ModesResults = { ...results, phases: phases.filter((p) => p.mode === 'cache'), runs: results.runs.filter((r) => r.phase.startsWith('cache-')), plainRunMs: 0, settings: { ...results.settings, counts: { 'cache-unchanged': 1, 'cache-slow': 10 } } };
    expect(render(mergeResults([cacheOnly, abOnly])).markdown.split('\n').filter((l) => l.startsWith('| ')).sort()).toEqual(
      markdown.split('\n').filter((l) => l.startsWith('| ')).sort(),
    );
    expect(() => mergeResults([abOnly, abOnly])).toThrow('two results documents both measured ab-unchanged');
  });

  it('marks a smoke run as measuring nothing', () => {
    expect(render({ ...results, smoke: true }).markdown).toContain('Smoke run (tiny counts)');
  });
});

describe('npm run study', () => {
  it('refuses an option of the policy study with a pointer to it, and exits 2', () => {
    const r = spawnSync(process.execPath, ['bench/study/run.ts', '--levels', '5'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('study: --levels is an option of the policy study: npm run study -- policies --levels …');
  });
});
