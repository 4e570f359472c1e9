// The modes study's table (docs/study.md) and its one-line summary for the README, from the raw
// results document alone: a study can be re-rendered (`npm run study -- render FILE`) without being
// measured again.
import { escapeMarkdown } from '../../src/core/escape.ts';
import { plural } from '../../src/core/format.ts';
import { spread as spreadOf, tallyPhase, type CaughtTally, type ModeRun, type PhaseSpec, type PhaseTally } from './outcomes.ts';
import { ALL_BENCHMARKS, NOISY, STABLE, type BenchmarkKind } from './suite-info.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
}

export interface RunSettings {
  forks: number;
  /** A/B: base/head pairs per benchmark before adaptive sampling. */
  pairs?: number;
  timeMs: number;
  warmupMs: number;
  /** The policy as the config names it (`noise, confidence 0.99`, or `defaults`). */
  policy: string;
}

export interface ModesResults {
  study: 'modes';
  date: string;
  smoke: boolean;
  machine: Machine;
  settings: { ab: RunSettings; cache: RunSettings; counts: Record<string, number> };
  phases: PhaseSpec[];
  /** One plain `perf-gate run` of the A/B suite at its base, for the wall-time ratio. */
  plainRunMs: number;
  /** `perf-gate run` + `baseline update` times of the cached baseline's history. */
  historyMs: number[];
  runs: ModeRun[];
  timing: { estimateMs: number; totalMs: number };
}

/**
 * The goals the table holds the measurements against: the project's promises for this suite on its
 * 2-core machine. `caught` is keyed by phase and by the kind of benchmark slowed; `pass` by phase.
 */
export const GOALS = {
  falseAlarmRuns: 0,
  abWallRatio: 2.5,
  pass: { 'ab-unchanged': 0.95 } as Partial<Record<string, number>>,
  caught: {
    'ab-slow': { stable: 0.95, noisy: 0.9 },
    'ab-small': { stable: 0.8 },
    'cache-slow': { stable: 0.9, noisy: 0.9 },
  } as Partial<Record<string, Partial<Record<BenchmarkKind, number>>>>,
};

function atLeast(goal: number | undefined): string {
  return goal === undefined ? '–' : `≥ ${Math.round(goal * 100)}%`;
}

function rate(n: number, d: number): string {
  return d === 0 ? '–' : `${n}/${d} (${Math.round((100 * n) / d)}%)`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function minutes(ms: number): string {
  return `${(ms / 60000).toFixed(1)} min`;
}

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '' : ok ? 'met' : '**not met**';
}

function caughtCell(c: CaughtTally, runs: number): string {
  const factor = c.factor.min === c.factor.max ? '' : `; injected ×${c.factor.min.toFixed(3)}–×${c.factor.max.toFixed(3)}`;
  return `${rate(c.caught, runs)}; ${c.inconclusive} inconclusive, ${c.unchanged} unchanged${c.other > 0 ? `, ${c.other} other` : ''}${factor}`;
}

interface Row {
  what: string;
  n: number;
  measured: string;
  goal: string;
  met?: boolean;
}

export interface Rendered {
  markdown: string;
  readmeLine: string;
}

export function render(results: ModesResults): Rendered {
  const tallies = new Map<string, PhaseTally>();
  for (const phase of results.phases) tallies.set(phase.key, tallyPhase(results.runs.filter((r) => r.phase === phase.key)));
  const abRuns = results.runs.filter((r) => results.phases.find((p) => p.key === r.phase)?.mode === 'ab');
  const cacheRuns = results.runs.filter((r) => results.phases.find((p) => p.key === r.phase)?.mode === 'cache');
  const ratios = abRuns.map((r) => r.ms / results.plainRunMs);
  const ratio = spreadOf(ratios);

  const rows: Record<'ab' | 'cache', Row[]> = { ab: [], cache: [] };
  for (const phase of results.phases) {
    const t = tallies.get(phase.key);
    if (t === undefined || t.runs === 0) continue;
    const out = rows[phase.mode];
    const scenario = `${phase.title} (threshold ${phase.thresholdPercent}%)`;
    if (phase.slow.length === 0) {
      out.push({ what: `${scenario}: runs with a false alarm`, n: t.runs, measured: `${rate(t.runsWithFalseAlarm, t.runs)}; ${plural(t.falseAlarms, 'false alarm')}`, goal: String(GOALS.falseAlarmRuns), met: t.runsWithFalseAlarm <= GOALS.falseAlarmRuns });
      const pass = GOALS.pass[phase.key];
      out.push({
        what: `${scenario}: runs ending pass`,
        n: t.runs,
        measured: `${rate(t.verdicts.pass ?? 0, t.runs)}${otherVerdicts(t)}`,
        goal: atLeast(pass),
        met: pass === undefined ? undefined : (t.verdicts.pass ?? 0) >= pass * t.runs,
      });
      continue;
    }
    for (const s of phase.slow) {
      const c = t.caught[s.kind];
      if (c === undefined) continue;
      const goal = GOALS.caught[phase.key]?.[s.kind];
      out.push({
        what: `${scenario}: ${s.kind === 'stable' ? 'a stable benchmark' : 'an allocation-heavy benchmark'} ${s.percent}% slower, caught`,
        n: t.runs,
        measured: caughtCell(c, t.runs),
        goal: atLeast(goal),
        met: goal === undefined ? undefined : c.caught >= goal * t.runs,
      });
    }
    out.push({ what: `${scenario}: runs with a false alarm on a benchmark not slowed`, n: t.runs, measured: rate(t.runsWithFalseAlarm, t.runs), goal: String(GOALS.falseAlarmRuns), met: t.runsWithFalseAlarm <= GOALS.falseAlarmRuns });
  }
  if (abRuns.length > 0) {
    const ab = tallyPhase(abRuns).ms;
    rows.ab.push({
      what: 'wall time of one `perf-gate ab` ÷ one plain `perf-gate run` of the same suite',
      n: abRuns.length,
      measured: `median ${ratio.median.toFixed(2)}×, max ${ratio.max.toFixed(2)}× (ab: median ${seconds(ab.median)}, max ${seconds(ab.max)}; run: ${seconds(results.plainRunMs)})`,
      goal: `≤ ${GOALS.abWallRatio}×`,
      met: ratio.median <= GOALS.abWallRatio,
    });
    const pairs = abRuns.flatMap((r) => (r.pairs ? [r.pairs.min, r.pairs.max] : []));
    const spent = spreadOf(abRuns.flatMap((r) => (r.adaptive ? [r.adaptive.spentMs] : [])));
    const budget = spreadOf(abRuns.flatMap((r) => (r.adaptive ? [r.adaptive.budgetMs] : [])));
    if (pairs.length > 0) {
      rows.ab.push({
        what: 'pairs of base/head forks per benchmark; adaptive sampling',
        n: abRuns.length,
        measured: `${Math.min(...pairs)}–${Math.max(...pairs)} pairs; adaptive sampling spent median ${seconds(spent.median)} of a median ${seconds(budget.median)} budget`,
        goal: '–',
      });
    }
  }
  if (cacheRuns.length > 0) {
    const c = tallyPhase(cacheRuns).ms;
    rows.cache.push({ what: 'wall time of one `perf-gate --baseline FILE` (run and compare)', n: cacheRuns.length, measured: `median ${seconds(c.median)}, max ${seconds(c.max)}`, goal: '–' });
  }

  const s = results.settings;
  const m = results.machine;
  const lines: string[] = [];
  lines.push('# Gate quality: A/B and cached-baseline modes');
  lines.push('');
  if (results.smoke) {
    lines.push('> **Smoke run (tiny counts): this checks the machinery, it measures nothing.** `npm run study` replaces it with the full study.');
    lines.push('');
  }
  lines.push(
    `Measured from ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${escapeMarkdown(m.cpu)}, ${m.cores} cores, ${m.memoryGiB} GiB, ${escapeMarkdown(m.os)}, Node ${escapeMarkdown(m.node)}, ` +
      `by \`npm run study\` (bench/study; how it works: [bench/study/README.md](../bench/study/README.md)). ` +
      `Every figure comes from the real CLI run as a user runs it, over the study's suite of ${ALL_BENCHMARKS.length} benchmarks (${STABLE.length} stable tight loops, ${NOISY.length} allocation-heavy). ` +
      `A slowdown is real extra work per call, never a sleep. The whole study took ${minutes(results.timing.totalMs)} (estimated beforehand: ${minutes(results.timing.estimateMs)}).`,
  );
  lines.push('');
  if (rows.ab.length > 0) {
    lines.push('## A/B: `perf-gate ab --base REF`');
    lines.push('');
    lines.push(
      `A temporary git repository holds the suite; its base commit is measured against a head commit on top of it, fork for fork in the same job. ` +
        `An unchanged head changes a file no benchmark reads; a slowed head raises the work count written in the slowed benchmarks' source (a code change only the head carries). ` +
        `Config: the study's (${s.ab.forks} forks × ${s.ab.timeMs} ms, warm-up ${s.ab.warmupMs} ms, policy ${s.ab.policy}), so \`perf-gate ab\` measures ${s.ab.pairs === undefined ? 'its default number of' : String(s.ab.pairs)} base/head pairs per benchmark and adaptive sampling adds pairs for undecided ones within its default budget. ` +
          'A run that slows two benchmarks counts each one\'s catch separately.',
    );
    lines.push('');
    lines.push(...table(rows.ab));
    lines.push('');
  }
  if (rows.cache.length > 0) {
    lines.push('## Cached baseline, same day: `perf-gate --baseline FILE`');
    lines.push('');
    lines.push(
      `The default config (forks and policy at their defaults: ${s.cache.forks} forks, policy ${s.cache.policy}; threshold 10%) with the suite's ${s.cache.timeMs} ms per fork; ` +
        `a history of ${plural(results.historyMs.length, 'run')} (\`perf-gate run\` + \`perf-gate baseline update\`), then each run compared with it. ` +
        'A slowed run does that much more work per call in the slowed benchmarks (PERF_GATE_STUDY_SLOW).',
    );
    lines.push('');
    lines.push(...table(rows.cache));
    lines.push('');
  }
  lines.push(
    'A false alarm is a regression verdict on a benchmark that was not slowed. "Caught" is a regression verdict on the slowed benchmark; ' +
      '"inconclusive" means the gate said it could not tell (it does not fail the check); "unchanged" is a miss the gate was sure of.',
  );
  lines.push('');
  const counts = Object.entries(s.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  lines.push(`Counts: ${counts}. Raw results: bench/study/results/ (every run's verdicts per benchmark, the slowed benchmarks' per-metric changes, wall times).`);
  lines.push('');
  const readmeLine = readme(results, tallies, ratio.median);
  // Fenced: the line links as the README (at the top of the repository) does, not as this page does.
  lines.push('For the README:');
  lines.push('');
  lines.push('```markdown', readmeLine, '```');
  return { markdown: lines.join('\n') + '\n', readmeLine };
}

function otherVerdicts(t: PhaseTally): string {
  const others = Object.entries(t.verdicts).filter(([v]) => v !== 'pass');
  return others.length === 0 ? '' : `; ${others.map(([v, n]) => `${n} ${v}`).join(', ')}`;
}

function table(rows: Row[]): string[] {
  return [
    '| measurement | n | measured | goal | |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.n} | ${r.measured} | ${r.goal} | ${mark(r.met)} |`),
  ];
}

/** One sentence with the headline numbers and their n. */
function readme(results: ModesResults, tallies: Map<string, PhaseTally>, ratio: number): string {
  const parts: string[] = [];
  const phase = (key: string) => ({ spec: results.phases.find((p) => p.key === key), t: tallies.get(key) });
  const abNone = phase('ab-unchanged');
  const abSlow = phase('ab-slow');
  if (abNone.t && abNone.t.runs > 0) {
    let ab = `\`perf-gate ab\` raised a false alarm in ${rate(abNone.t.runsWithFalseAlarm, abNone.t.runs)} unchanged runs`;
    const stable = abSlow.t?.caught.stable;
    const pct = abSlow.spec?.slow.find((x) => x.kind === 'stable')?.percent;
    if (abSlow.t && stable && pct !== undefined) ab += ` and caught a ${pct}% slowdown of a stable benchmark in ${rate(stable.caught, abSlow.t.runs)}`;
    parts.push(`${ab}, at ${ratio.toFixed(1)}× the wall time of a plain run`);
  }
  const cacheNone = phase('cache-unchanged');
  const cacheSlow = phase('cache-slow');
  if (cacheNone.t && cacheNone.t.runs > 0) {
    let cache = `against a cached ${results.historyMs.length}-run baseline, ${rate(cacheNone.t.runsWithFalseAlarm, cacheNone.t.runs)} unchanged runs had a false alarm`;
    const stable = cacheSlow.t?.caught.stable;
    const pct = cacheSlow.spec?.slow.find((x) => x.kind === 'stable')?.percent;
    if (cacheSlow.t && stable && pct !== undefined) cache += ` and a ${pct}% slowdown was caught in ${rate(stable.caught, cacheSlow.t.runs)}`;
    parts.push(cache);
  }
  const where = `${results.machine.cores}-core ${results.machine.cpu}`;
  return `On a ${escapeMarkdown(where)}${results.smoke ? ' (smoke run, tiny counts)' : ''}: ${parts.join('; ')} ([study](docs/study.md)).`;
}
