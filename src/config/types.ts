// The normalised config: what `loadConfig` returns after validation and defaults. Durations are in
// milliseconds, thresholds are fractions (10% → 0.10).

export interface PolicyConfig {
  /** `noise` (default): noise-aware rule; `percentage`: plain threshold on the point values. */
  name: 'noise' | 'percentage';
  /** Confidence for the whole suite (1 - family-wise false-alarm rate), e.g. 0.95. */
  confidence: number;
  /** Fail the gate when a gated metric is inconclusive. */
  failOnInconclusive: boolean;
  /** Noise rule: the share of the threshold a worsening must be shown to exceed (0 ≤ f < 1). */
  shownFraction: number;
}

/** How `perf-gate ab` and the Action's `against: base` measure the base tree beside the head. */
export interface AbConfig {
  /** Prepares the base tree before it is measured (e.g. `npm ci && npm run build`). */
  setup?: string;
  /** Pairs of base/head forks every benchmark gets before adaptive sampling (an even number keeps ABBA whole). */
  pairs: number;
  /**
   * Adaptive sampling's budget, ms: more pairs for benchmarks still undecided. Absent: a quarter of the
   * time the first pairs took.
   */
  budget?: number;
  /** Limit of the setup command, ms. */
  setupTimeout: number;
}

export interface RunSettings {
  /** Processes per benchmark. */
  forks: number;
  /** Measuring time per fork (tinybench `time`), ms. */
  time: number;
  /** Minimum iterations per fork (tinybench `iterations`). */
  iterations: number;
  /** Warm-up time per fork, ms (file benchmarks). */
  warmupTime: number;
  /** Warm-up runs (command benchmarks) or warm-up iterations (file benchmarks). */
  warmup: number;
  /** Samples (runs) per fork for command benchmarks. */
  runs: number;
  /** Hard limit per fork, ms: a fork still running then is killed and the benchmark errors. */
  timeout: number;
  /** Extra forks the adaptive sampler may add to unresolved benchmarks (0 disables it). */
  maxExtraForks: number;
}

/** An absolute limit on one metric, in the metric's canonical unit (ns, ops/s, B). */
export interface LimitConfig {
  value: number;
  unit: string;
  /** `max` for a lower-is-better metric (p99 ≤ 2 ms), `min` for a higher-is-better one. */
  kind: 'max' | 'min';
}

interface BenchmarkBase {
  name: string;
  /** Overrides of the global threshold, per metric where given. */
  threshold?: number;
  metricThresholds?: Record<string, number>;
  /** Overrides of which metrics gate. */
  metrics?: string[];
  /** Per-metric direction overrides (imports mostly). */
  directions?: Record<string, 'lower' | 'higher'>;
  /** Absolute limits per metric; each replaces the top-level limit on the same metric. */
  limits?: Record<string, LimitConfig>;
  settings: RunSettings;
}

export interface FileBenchmarkConfig extends BenchmarkBase {
  kind: 'file';
  /** Absolute path of the module. */
  file: string;
  /** Names of perf-gate's environment variables passed to the benchmark beyond the allow-list. */
  passEnv?: string[];
}

export interface CommandBenchmarkConfig extends BenchmarkBase {
  kind: 'command';
  command: string;
  /** Absolute working directory (default: the config file's directory). */
  cwd: string;
  env: Record<string, string>;
  /** Names of perf-gate's environment variables passed to the command beyond the allow-list. */
  passEnv?: string[];
}

export interface ImportBenchmarkConfig extends BenchmarkBase {
  kind: 'import';
  format: string;
  /** Path or glob, relative to the config file's directory. */
  file: string;
}

export type BenchmarkConfig = FileBenchmarkConfig | CommandBenchmarkConfig | ImportBenchmarkConfig;

export interface Config {
  /** Absolute path of the config file it was loaded from. */
  path: string;
  /** Directory relative paths in the config are resolved against. */
  dir: string;
  threshold: number;
  metricThresholds: Record<string, number>;
  /** Metrics that gate (all are reported). */
  metrics: string[];
  /** Absolute limits per metric for every benchmark (absent when the config sets none). */
  limits?: Record<string, LimitConfig>;
  policy: PolicyConfig;
  /** Time budget for adaptive sampling, ms (0: no extra forks). */
  budget: number;
  benchmarks: BenchmarkConfig[];
  /** Names of environment variables every benchmark process gets beyond the allow-list. */
  passEnv?: string[];
  ab: AbConfig;
  /** False: no CPU profile of a regressed benchmark (the loader sets it; absent counts as true). */
  profile?: boolean;
  /** sha256 (hex) of the normalised config, independent of paths and key order. */
  hash: string;
}
