// What the modes study records of each run (read from the report document the CLI wrote) and how it
// counts them per phase: false alarms, runs ending pass, and how often each slowed benchmark was caught.
import { readFileSync } from 'node:fs';
import { kindOf, type BenchmarkKind } from './suite-info.ts';

export type Mode = 'ab' | 'cache';

/** One slowdown a phase injects: a benchmark of `kind` made `percent` slower, per run. */
export interface Slowdown {
  kind: BenchmarkKind;
  percent: number;
}

export interface PhaseSpec {
  mode: Mode;
  /** Unique within the study: `ab-unchanged`, `cache-slow`, … */
  key: string;
  /** What a reader sees: `no change`, `stable +5%, noisy +10%`. */
  title: string;
  /** The config's threshold, percent. */
  thresholdPercent: number;
  slow: Slowdown[];
}

export interface SlowedBenchmark {
  name: string;
  kind: BenchmarkKind;
  /** The slowdown asked for, percent. */
  percent: number;
  /** The factor the work per call really grew by (whole work units). */
  factor: number;
}

export interface MetricOutcome {
  verdict: string;
  change: number | null;
  interval?: [number, number];
}

export interface ModeRun {
  phase: string;
  id: string;
  /** The CLI's exit code: 0 no regression, 1 regression. */
  exitCode: number;
  /** The report's overall verdict: pass, regression, inconclusive, … */
  verdict: string;
  /** Benchmark → its verdict. */
  benchmarks: Record<string, string>;
  slowed: SlowedBenchmark[];
  /** Slowed benchmark → gated metric → outcome. */
  slowedMetrics: Record<string, Record<string, MetricOutcome>>;
  /** Pairs of base/head forks (A/B runs). */
  pairs?: { min: number; max: number };
  /** Adaptive sampling's budget and spend (A/B runs), ms. */
  adaptive?: { budgetMs: number; spentMs: number };
  /** Wall time of the CLI invocation, ms. */
  ms: number;
}

interface ReportShape {
  verdict: string;
  against?: { pairs: { min: number; max: number }; budgetMs: number; spentMs: number };
  benchmarks: Array<{
    name: string;
    verdict: string;
    metrics: Record<string, { verdict: string; change: number | null; gated: boolean; interval?: [number, number] }>;
  }>;
}

/** One run's record from the report document at `path`. */
export function readRun(path: string, run: Pick<ModeRun, 'phase' | 'id' | 'exitCode' | 'ms' | 'slowed'>): ModeRun {
  const report = JSON.parse(readFileSync(path, 'utf8')) as ReportShape;
  if (typeof report.verdict !== 'string' || !Array.isArray(report.benchmarks)) {
    throw new Error(`${path} is not a perf-gate report document (no verdict or benchmarks)`);
  }
  const benchmarks: Record<string, string> = {};
  const slowedMetrics: Record<string, Record<string, MetricOutcome>> = {};
  const slowedNames = run.slowed.map((s) => s.name);
  for (const b of report.benchmarks) {
    benchmarks[b.name] = b.verdict;
    if (!slowedNames.includes(b.name)) continue;
    const metrics: Record<string, MetricOutcome> = {};
    for (const [metric, m] of Object.entries(b.metrics)) {
      if (!m.gated) continue;
      metrics[metric] = m.interval === undefined ? { verdict: m.verdict, change: m.change } : { verdict: m.verdict, change: m.change, interval: m.interval };
    }
    slowedMetrics[b.name] = metrics;
  }
  const out: ModeRun = { ...run, ms: Math.round(run.ms), verdict: report.verdict, benchmarks, slowedMetrics };
  if (report.against) {
    out.pairs = report.against.pairs;
    out.adaptive = { budgetMs: report.against.budgetMs, spentMs: report.against.spentMs };
  }
  return out;
}

export interface CaughtTally {
  /** Runs in which the slowed benchmark of this kind got a regression verdict. */
  caught: number;
  inconclusive: number;
  /** Unchanged or improvement: a miss the gate was sure of. */
  unchanged: number;
  /** Error, missing, …: the run could not judge it. */
  other: number;
  /** The factors really injected (whole work units), fewest and most. */
  factor: { min: number; max: number };
}

export interface PhaseTally {
  runs: number;
  /** Runs with a regression verdict on a benchmark that was not slowed. */
  runsWithFalseAlarm: number;
  falseAlarms: number;
  /** Runs by overall verdict. */
  verdicts: Record<string, number>;
  /** Per kind of slowed benchmark. */
  caught: Partial<Record<BenchmarkKind, CaughtTally>>;
  ms: { median: number; max: number };
}

export function tallyPhase(runs: ModeRun[]): PhaseTally {
  const t: PhaseTally = { runs: runs.length, runsWithFalseAlarm: 0, falseAlarms: 0, verdicts: {}, caught: {}, ms: spread(runs.map((r) => r.ms)) };
  for (const run of runs) {
    t.verdicts[run.verdict] = (t.verdicts[run.verdict] ?? 0) + 1;
    const slowedNames = run.slowed.map((s) => s.name);
    const alarms = Object.entries(run.benchmarks).filter(([name, v]) => v === 'regression' && !slowedNames.includes(name)).length;
    t.falseAlarms += alarms;
    if (alarms > 0) t.runsWithFalseAlarm++;
    for (const s of run.slowed) {
      const c = (t.caught[s.kind] ??= { caught: 0, inconclusive: 0, unchanged: 0, other: 0, factor: { min: s.factor, max: s.factor } });
      c.factor = { min: Math.min(c.factor.min, s.factor), max: Math.max(c.factor.max, s.factor) };
      const v = run.benchmarks[s.name];
      if (v === 'regression') c.caught++;
      else if (v === 'inconclusive') c.inconclusive++;
      else if (v === 'unchanged' || v === 'improvement') c.unchanged++;
      else c.other++;
    }
  }
  return t;
}

export function spread(xs: number[]): { median: number; max: number } {
  if (xs.length === 0) return { median: 0, max: 0 };
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const lower = sorted[Math.ceil(mid) - 1] ?? 0;
  const upper = sorted[Math.floor(mid)] ?? 0;
  return { median: (lower + upper) / 2, max: sorted[sorted.length - 1] ?? 0 };
}

/** The slowed benchmarks of run `i` (1-based) of a phase: each kind rotates through those that can express its factor. */
export function slowedFor(phase: PhaseSpec, i: number, candidates: (kind: BenchmarkKind, factor: number) => string[]): Array<Omit<SlowedBenchmark, 'factor'>> {
  return phase.slow.map((s) => {
    const names = candidates(s.kind, 1 + s.percent / 100);
    const name = names[(i - 1) % Math.max(1, names.length)];
    if (name === undefined) throw new Error(`no ${s.kind} benchmark of the suite can be slowed by exactly ${s.percent}%`);
    if (kindOf(name) !== s.kind) throw new Error(`${name} is not ${s.kind}`);
    return { name, kind: s.kind, percent: s.percent };
  });
}
