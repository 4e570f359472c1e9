// Reproduction with real child processes: a command whose slowness depends on a file the test
// removes once the later forks start (a disturbance that ends) is not reported as a regression; the
// same slowness, left in place, is. The percentage rule with a 300% threshold keeps the verdicts far
// from what process-start noise on a busy machine can reach.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import type { Config } from '../../src/config/types.ts';
import type { BaselineHistory } from '../../src/core/types.ts';
import { DISTURBED_NOTE } from '../../src/compare/disturbance.ts';
import { measureAndCompare, REPRODUCTION_FORKS } from '../../src/gate/measurement.ts';
import { measure, silentProgress, type ProgressSink } from '../../src/measure/index.ts';
import { byName, metric } from '../helpers/assert.ts';
import { commandBench, makeConfig, options } from '../measure/helpers.ts';

let dir: string;
let slowFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-reproduction-'));
  slowFile = path.join(dir, 'slow');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `flaky` (and the others named) slow while the slow file is there; `steady` never. */
function suite(flaky: string[] = ['flaky']): Config {
  const slowWhenFlagged = 'sleep 0.02; if [ -f slow ]; then sleep 0.6; fi';
  const runs = { warmup: 0, runs: 3 };
  return {
    ...makeConfig(
      [...flaky.map((name) => commandBench(name, slowWhenFlagged, runs, { cwd: dir })), commandBench('steady', 'sleep 0.02', runs, { cwd: dir })],
      dir,
    ),
    // Every command sleeps 0.02 s, so that load from the test files beside this one, which can
    // triple the 10 ms a bare shell takes, moves a calm fork by tens of percent, not the +300% of
    // the threshold. The flagged slowness adds 0.6 s: +1000% or more, and still far above the
    // threshold when two calm later forks join two slow ones (their median is half slow).
    threshold: 3,
    metrics: ['p50', 'throughput'],
  };
}

async function quietHistory(config: Config): Promise<BaselineHistory> {
  return newHistory([await measure(config, options({ progress: silentProgress }))]);
}

/** Progress that removes the slow file when `benchmark` starts a fork numbered `fork` or later. */
function calmingFrom(benchmark: string, fork: number, seen: string[]): ProgressSink {
  return {
    event(e) {
      if (e.type !== 'fork-start') return;
      seen.push(`${e.benchmark}#${e.fork}`);
      if (e.benchmark === benchmark && e.fork >= fork && existsSync(slowFile)) rmSync(slowFile);
    },
  };
}

describe('a regression is reported only once it reproduces', () => {
  it('slow first forks and quick later ones: measured again, not reported as a regression', async () => {
    const config = suite();
    const history = await quietHistory(config);
    writeFileSync(slowFile, '');
    const seen: string[] = [];
    const { results, report } = await measureAndCompare(config, history, { ...options(), progress: calmingFrom('flaky', 3, seen) });
    // Two forks measured, then REPRODUCTION_FORKS more of the regressed benchmark only.
    expect(byName(results.benchmarks, 'flaky').forkStats).toHaveLength(2 + REPRODUCTION_FORKS);
    expect(byName(results.benchmarks, 'steady').forkStats).toHaveLength(2);
    expect(seen.filter((s) => s.startsWith('flaky#'))).toEqual(['flaky#1', 'flaky#2', 'flaky#3', 'flaky#4']);
    expect(report.verdict).toBe('inconclusive');
    expect(report.counts.regression).toBe(0);
    const p50 = metric(byName(report.benchmarks, 'flaky'), 'p50');
    expect(p50.verdict).toBe('inconclusive');
    expect(p50.note).toMatch(/^did not reproduce: (more than )?\+\d[\d.]*% in the first 2 forks, .* in 2 later forks$/);
    // One benchmark moving alone is not a disturbed machine.
    expect(report.disturbance).toBeUndefined();
  });

  it('slowness that stays: measured again and reported', async () => {
    const config = suite();
    const history = await quietHistory(config);
    writeFileSync(slowFile, '');
    const { results, report } = await measureAndCompare(config, history, { ...options() });
    expect(byName(results.benchmarks, 'flaky').forkStats).toHaveLength(2 + REPRODUCTION_FORKS);
    expect(report.verdict).toBe('regression');
    expect(byName(report.benchmarks, 'flaky').verdict).toBe('regression');
    expect(byName(report.benchmarks, 'steady').verdict).toBe('unchanged');
  });

  it('without reproduction forks the first judgement is the verdict', async () => {
    const config = suite();
    const history = await quietHistory(config);
    writeFileSync(slowFile, '');
    const seen: string[] = [];
    const { results, report } = await measureAndCompare(config, history, {
      ...options(),
      progress: calmingFrom('flaky', 3, seen),
      reproductionForks: 0,
    });
    expect(byName(results.benchmarks, 'flaky').forkStats).toHaveLength(2);
    expect(report.verdict).toBe('regression');
  });

  it('three of four slow together, then quick: the run was disturbed, and nothing regressed', async () => {
    const config = suite(['alloc-a', 'alloc-b', 'alloc-c']);
    const history = await quietHistory(config);
    writeFileSync(slowFile, '');
    const seen: string[] = [];
    const { results, report } = await measureAndCompare(config, history, { ...options(), progress: calmingFrom('alloc-a', 3, seen) });
    for (const name of ['alloc-a', 'alloc-b', 'alloc-c']) {
      expect(byName(results.benchmarks, name).forkStats).toHaveLength(2 + REPRODUCTION_FORKS);
      expect(metric(byName(report.benchmarks, name), 'p50').note).toContain(DISTURBED_NOTE);
    }
    // The later forks are taken round by round over the regressed benchmarks.
    expect(seen.slice(-6)).toEqual(['alloc-a#3', 'alloc-b#3', 'alloc-c#3', 'alloc-a#4', 'alloc-b#4', 'alloc-c#4']);
    expect(report.verdict).toBe('inconclusive');
    expect(report.disturbance?.moved).toEqual(['alloc-a', 'alloc-b', 'alloc-c']);
    expect(report.disturbance?.note).toMatch(/^3 of 4 benchmarks moved together \(.*\); their verdicts are held back$/);
  });
});
