// The plain data that flows through the pipeline. Everything here is JSON-serialisable: the
// documents are the contract between `run`, `baseline update`, `compare` and the Action.
import type { SampleSummary } from './metrics.ts';
import type { ResourceValues } from './resources.ts';

/** Whether a smaller or a larger value of a metric is better. Decided per metric, never per tool. */
export type Direction = 'lower' | 'higher';

/** One reduced statistic of a benchmark, e.g. its p99 latency or its throughput. */
export interface MetricValue {
  /** The overall value (for native benchmarks: the median of the per-fork values). */
  value: number;
  /** Canonical unit: `ns` for time, `ops/s` for rates, `B` for bytes, otherwise as the tool says. */
  unit: string;
  direction: Direction;
  /** The metric's value in each fork (process) or repetition, when there were several. */
  forks?: number[];
  /** Number of raw samples behind the value (all forks together). */
  n?: number;
  /**
   * False when the sample count cannot support the statistic (a p999 from 200 samples). Such a metric
   * is shown but never gates.
   */
  supported?: boolean;
}

/**
 * Statistics of one fork (one child process) of a benchmark: the sample summary (latencies in ns,
 * throughput in ops/s), the resource metrics the fork measured (core/resources.ts), plus where and
 * how long.
 */
export interface ForkStats extends SampleSummary, ResourceValues {
  fork: number;
  /** Wall-clock duration of the fork's measuring phase in milliseconds. */
  durationMs: number;
}

export type BenchmarkKind = 'file' | 'command' | 'import';

export interface BenchmarkResult {
  /** Unique within a document: `<benchmark>/<task>` for multi-task files. */
  name: string;
  kind: BenchmarkKind;
  status: 'ok' | 'error';
  /** One line: why the benchmark failed (status `error`). */
  error?: string;
  /** Metric name → value. Native benchmarks carry at least p50, p99, p999, mean, throughput. */
  metrics: Record<string, MetricValue>;
  /** Per-fork statistics for native benchmarks. */
  forkStats?: ForkStats[];
  /**
   * A bounded, deterministic reservoir of raw latency samples (ns) per fork, so later comparisons can
   * use distributions and not only point values.
   */
  samples?: { unit: string; perFork: number[][] };
  /**
   * What the numbers rest on: `samples` when raw samples were reduced here, `aggregates` when an
   * imported tool only reported summary values.
   */
  evidence?: 'samples' | 'aggregates';
  /** For imported benchmarks: which format and file they came from. */
  source?: { format: string; file: string };
}

export interface MachineFingerprint {
  node: string;
  os: string;
  arch: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  /** `RUNNER_NAME` on GitHub, else the host name. */
  runner: string;
}

export interface GitInfo {
  commit?: string;
  ref?: string;
}

export const RESULTS_KIND = 'perf-gate/results';
export const BASELINE_KIND = 'perf-gate/baseline';
export const REPORT_KIND = 'perf-gate/report';
/** Major.minor. Readers accept any minor of a major they know and reject unknown majors. */
export const SCHEMA_VERSION = '1.0';

export interface ResultsDocument {
  schemaVersion: string;
  kind: typeof RESULTS_KIND;
  createdAt: string;
  tool: { name: 'perf-gate'; version: string };
  git: GitInfo;
  /** sha256 of the normalised config, so a history can tell when the suite changed. */
  configHash: string;
  machine: MachineFingerprint;
  benchmarks: BenchmarkResult[];
}

export interface BaselineHistory {
  schemaVersion: string;
  kind: typeof BASELINE_KIND;
  /** Oldest first, newest last; at most `keep` entries. */
  runs: ResultsDocument[];
  /** Notes recorded when a run was appended (a changed config hash or machine). */
  notes?: string[];
  /**
   * The long memory: one compact summary per appended run, oldest first, kept far longer than the
   * raw `runs` (charts and the dashboard draw from it). Absent in histories written before it
   * existed; readers then derive it from `runs`.
   */
  summaries?: RunSummary[];
}

/** One run of a history reduced to what a chart needs. */
export interface RunSummary {
  createdAt: string;
  commit?: string;
  /**
   * Benchmark name → metric name → [value, low, high]: the run's value of the metric and the
   * lowest and highest of its forks (all three equal when the run had one fork). Metric units are
   * the metric registry's (`core/metrics.ts`).
   */
  benchmarks: Record<string, Record<string, [number, number, number]>>;
}

// ---------------------------------------------------------------------------------------------
// Comparison

export type MetricVerdict =
  | 'regression'
  | 'improvement'
  | 'unchanged'
  | 'inconclusive'
  /** Shown but not gated: not listed in `metrics`, or its sample count cannot support it. */
  | 'informational';

export type BenchmarkVerdict =
  | 'regression'
  | 'improvement'
  | 'unchanged'
  | 'inconclusive'
  | 'new'
  | 'missing'
  | 'error';

export type OverallVerdict = 'pass' | 'regression' | 'inconclusive' | 'no-baseline' | 'error';

/**
 * Everything a policy needs to decide one benchmark × metric. Values are in the metric's unit.
 * Change is always expressed as a signed fraction where positive means worse.
 */
export interface MetricCase {
  benchmark: string;
  metric: string;
  unit: string;
  direction: Direction;
  /** The change that matters, as a fraction (0.10 for 10%). */
  threshold: number;
  current: {
    value: number;
    /** Per-fork (or per-repetition) values of the current run; may hold one value. */
    forks: number[];
  };
  baseline: {
    /** The metric's overall value in each baseline run that has it, oldest first. */
    runs: number[];
    /** Per-fork values of each such run, aligned with `runs`. */
    runForks: number[][];
  };
  /** False when the aggregate rests on too few numbers to estimate noise (imports of aggregates). */
  fromAggregates?: boolean;
}

export interface MetricDecision {
  verdict: Exclude<MetricVerdict, 'informational'>;
  /** The baseline value the change is measured against. */
  baseline: number;
  /**
   * Signed fraction; positive is worse: (current − baseline) / baseline for lower-is-better metrics,
   * (baseline − current) / baseline for higher-is-better ones. The report turns it back into the
   * plain relative change of the value.
   */
  change: number;
  /** Confidence interval of `change` (same sign convention), when the policy computes one. */
  interval?: [number, number];
  /** Smallest worsening (fraction) this comparison could reliably detect. */
  minimumDetectableChange?: number;
  /**
   * For an inconclusive verdict: false when more forks of the current run cannot resolve it (only a
   * longer history or a larger threshold can), so adaptive sampling spends no budget on it.
   */
  moreForksHelp?: boolean;
  /**
   * For an inconclusive verdict, when the policy can tell: about how many forks (pairs, when base and
   * head were measured side by side) in all would settle it if the estimate and spread stay where they
   * are. Adaptive sampling spends its budget on the cases closest to being settled.
   */
  forksToSettle?: number;
  /** One plain sentence: why inconclusive, what would resolve it, short history… */
  note?: string;
}

/** The replaceable decision rule. Pure: no I/O, no clock, no environment. */
export interface ComparePolicy {
  readonly name: string;
  /** Plain words for the report, e.g. "plain percentage rule against the newest baseline run". */
  describe(): string;
  /** Whether the baseline value is the newest run or a summary of the history. */
  readonly baselineSource: 'newest' | 'history-median';
  /** Decides all cases of a suite at once, so a policy can control the suite-wide error rate. */
  decide(cases: MetricCase[]): MetricDecision[];
}

export interface MetricReport {
  unit: string;
  direction: Direction;
  baseline: number | null;
  current: number | null;
  /**
   * Plain relative change of the value, (current − baseline) / baseline: +0.2 is 20% more latency
   * or 20% more throughput; `verdict` says whether that is good. Null when there is nothing to compare.
   */
  change: number | null;
  verdict: MetricVerdict;
  gated: boolean;
  threshold: number;
  /** Confidence interval of `change` (same convention), when the policy computes one. */
  interval?: [number, number];
  /**
   * Smallest worsening (fraction) this comparison could reliably detect, at most CHANGE_CAP (10, +1000%):
   * the cap means "+1000% or more", i.e. nothing useful is detectable.
   */
  minimumDetectableChange?: number;
  /** For an inconclusive verdict: false when more forks cannot resolve it (see MetricDecision). */
  moreForksHelp?: boolean;
  /** For an inconclusive verdict: about how many forks in all would settle it (see MetricDecision). */
  forksToSettle?: number;
  note?: string;
}

/** What an absolute limit check found: shown beyond the limit, shown inside it, or neither. */
export type LimitVerdict = 'over' | 'within' | 'uncertain';

/** One benchmark × metric held to an absolute limit (`limits` in the config), judged on this run alone. */
export interface LimitCheck {
  benchmark: string;
  metric: string;
  /** The limit, in `unit` (the metric's canonical unit: ns, ops/s, B). */
  limit: number;
  unit: string;
  /** `max`: the metric must stay at or below the limit (lower is better); `min`: at or above it. */
  kind: 'max' | 'min';
  /** The metric's value in this run (the median of its forks); null when it was not measured. */
  value: number | null;
  /**
   * Where the metric's typical value lies, in `unit`: the geometric mean of the forks ± a one-sided
   * bound at the suite's confidence on each side. Absent when no spread was available.
   */
  interval?: [number, number];
  verdict: LimitVerdict;
  /** One plain sentence: how close an uncertain check is, why a check rests on one value… */
  note?: string;
}

export interface BenchmarkReport {
  name: string;
  verdict: BenchmarkVerdict;
  error?: string;
  evidence?: 'samples' | 'aggregates';
  metrics: Record<string, MetricReport>;
}

export interface AgainstBase {
  /** The ref as given (`origin/main`, a sha). */
  ref: string;
  /** The full commit it resolved to. */
  commit: string;
  /** Pairs of base/head forks per benchmark: the fewest and the most any benchmark got. */
  pairs: { min: number; max: number };
  /** Adaptive sampling's time budget and what it spent, ms (0 and 0 when it was off). */
  budgetMs: number;
  spentMs: number;
}

export interface ReportDocument {
  schemaVersion: string;
  kind: typeof REPORT_KIND;
  verdict: OverallVerdict;
  /** One line: what regressed and by how much, or why the verdict is what it is. */
  summary: string;
  policy: { name: string; description: string; baselineSource: 'newest' | 'history-median' };
  threshold: number;
  gatedMetrics: string[];
  baseline: null | {
    runs: number;
    commit?: string;
    createdAt?: string;
    machine?: MachineFingerprint;
  };
  current: { commit?: string; createdAt: string; machine: MachineFingerprint };
  /**
   * Set when a benchmark regressed and perf-gate could run it again under V8's CPU profiler: per
   * regressed benchmark, the profile files and the functions whose self time grew most.
   */
  profiles?: BenchmarkProfile[];
  /**
   * Set when the baseline was measured in this same run (`perf-gate ab`, the Action's `against: base`):
   * the base tree's ref and commit, and the pairs of interleaved base/head forks behind the verdicts.
   */
  against?: AgainstBase;
  /**
   * Set when many benchmarks of this run moved together (a burst of the machine, not the code): the
   * benchmarks that moved, and one plain sentence on how far and what became of their verdicts.
   */
  disturbance?: { moved: string[]; note: string };
  /**
   * Set when the config holds absolute limits: one check per benchmark × limited metric, judged on
   * this run alone (no baseline needed). A check `over` its limit makes the run's verdict a regression.
   */
  limits?: LimitCheck[];
  warnings: string[];
  counts: Record<BenchmarkVerdict, number>;
  benchmarks: BenchmarkReport[];
}

// ---------------------------------------------------------------------------------------------
// Profiles of regressions

/**
 * One function of a CPU profile, or a group of them: perf-gate's own frames, tinybench's and Node's
 * internals are one entry, `(runtime)`. Times are shares of the profile's busy time (0.25: a quarter
 * of the samples that were not idle), so profiles of different lengths compare.
 */
export interface ProfileFunction {
  /** The function's name, `(anonymous)` when it has none. */
  name: string;
  /** `path:line`, the path relative to the tree's root (empty for groups, `(native)` for built-ins). */
  location: string;
  /** Share of the base tree's profile (A/B only; 0 when the base tree's profile lacks the function). */
  before?: number;
  /** Share of the current tree's profile. */
  after: number;
  /** `after − before` (A/B only). */
  change?: number;
}

export interface BenchmarkProfile {
  benchmark: string;
  /**
   * The `.cpuprofile` files (open in Chrome DevTools or speedscope): absolute paths from the CLI,
   * names inside the report directory from the Action. `head` is absent when no profile of the
   * current tree could be taken, `base` outside A/B and when none of the base tree could be taken.
   */
  files: { head?: string; base?: string };
  /** A/B: the functions whose share grew most, largest growth first; else the largest shares. */
  functions: ProfileFunction[];
  /** Why a profile is missing or stands alone (not a Node program, crashed under the profiler…). */
  note?: string;
}
