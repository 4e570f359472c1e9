// The noise-aware rule. For each benchmark × metric it estimates the change in log space
// (so noise is relative), with an interval whose width comes from the variation that matters: between
// the forks (processes) of a run, and between the runs of the baseline history. Within-process samples
// are not used: they say nothing about how much a fresh process or a fresh run differs.
//
// Model, per case, in log space (d > 0 = worse; see stats/ratio.ts):
//   d̂  = log(current value) − log(median of the baseline runs' values); for native benchmarks the
//        current value is the median of its forks, so one disturbed process cannot move it
//   Var(d̂) = Var(log current value) + Var(log baseline median), from
//   · s_f²: the pooled within-run variance of fork logs (every baseline run with ≥ 2 forks, and the
//     current run), each deviation capped at 4 robust SDs, df_f = Σ (forks − 1); but when most of the
//     current run's forks disagree (its robust spread clearly exceeds the history's, at level 0.01:
//     a disturbed machine may have moved the median), the current run's own plain spread (m − 1 df)
//     is used for its part, which keeps a half-disturbed run from passing for a regression;
//   · the medians' inefficiency (n·Var(median)/σ², 1.35 for 3 forks, 1.43 for 5) where values are medians;
//   · s_y²: the variance of the baseline runs' log values (K − 1 df), which includes run-to-run drift.
//   An F test (level 0.10, "sometimes pool", Bancroft 1944) asks whether s_y² exceeds what fork noise
//   explains. If not, the fork noise alone is used (many df). If so, the run-to-run component is added
//   to both sides and the df come from Welch–Satterthwaite.
// Strength borrowed from the suite: s_f² and s_y² are each moderated towards a prior estimated from
// the suite's other cases of the same metric (empirical Bayes, Smyth 2004, stats/paired.ts): alike
// benchmarks lend each other degrees of freedom, unlike ones few, so three forks and five runs do not
// leave a t quantile of two or four degrees of freedom.
// Decision:
//   · regression   — shown to be worse by more than shownFraction × threshold at the level Holm's
//                    procedure assigns the case across the whole suite (family-wise false-alarm rate
//                    ≤ 1 − confidence for "it got slower" claims), and the interval reaches the threshold;
//   · unchanged    — the interval lies below the threshold (a change that matters is ruled out);
//   · improvement  — the interval lies below 0 and reaches −threshold;
//   · inconclusive — otherwise: noise too large to tell.
// The interval, and with it "unchanged", is the case's own at 1 − confidence on each side, as in the
// paired rule: ruling a change out is a claim about one benchmark, and judging it at Holm's level
// left most rows of an unchanged suite inconclusive. A true change of exactly the threshold is so
// called unchanged at most 1 − confidence of the time; a regression claim stays corrected.
// A run compared with itself (its forks are those of a baseline run, value for value) is unchanged
// without statistics: the difference between a measurement and itself is zero with no spread.
import type { ComparePolicy, MetricCase, MetricDecision } from '../../core/types.ts';
import { element } from '../../core/checked.ts';
import { plural } from '../../core/format.ts';
import { CHANGE_CAP } from '../../core/metrics.ts';
import { fSf, studentTQuantile, studentTSf } from '../../stats/distributions.ts';
import { holm, welchSatterthwaite, type VarianceComponent } from '../../stats/inference.ts';
import { moderateVariance, variancePrior, type VarianceEstimate } from '../../stats/paired.ts';
import { median } from '../../stats/quantile.ts';
import { fractionToLog, logToFraction } from '../../stats/ratio.ts';
import { zeroDecision } from '../degenerate.ts';
import { checkedConfidence, DEFAULT_NOISE_FLOOR, DEFAULT_POWER, DEFAULT_SHOWN_FRACTION } from './shared.ts';
import {
  mean,
  medianVarianceFactor,
  robustSpread,
  robustSpreadCritical99,
  sampleVariance,
  winsorizedPooledVariance,
} from '../../stats/robust.ts';

export interface NoisePolicyOptions {
  /** Suite-wide confidence: 1 − the chance of any false "slower" claim across all cases, e.g. 0.95. */
  confidence: number;
  /** Power used for the minimum detectable change (default 0.80). */
  power?: number;
  /** Level of the test for run-to-run drift in the history (default 0.10). */
  driftTestLevel?: number;
  /** Run-to-run variation assumed when the history is too short (1–2 runs) to measure it (default 0.02). */
  shortHistoryRunNoise?: number;
  /** Relative noise assumed when nothing can be estimated (single values, history < 3 runs; default 0.05). */
  assumedNoise?: number;
  /** Smallest relative noise ever assumed, for measurement resolution (default 0.001). */
  noiseFloor?: number;
  /**
   * The share of the threshold a worsening must be shown to exceed, at the corrected confidence,
   * before it can be called a regression (0 = merely shown to be slower). Default 0.5: in the study,
   * "shown to be slower at all" flagged slow machine drift between baseline and pull request.
   */
  shownFraction?: number;
}

/** When fork counts would exceed this, the note says "more than" instead of a number. */
const MAX_FORKS_SUGGESTED = 50;

type Model = 'pooled' | 'drift' | 'short-history' | 'history-only' | 'assumed';

interface Analysis {
  c: MetricCase;
  baseline: number;
  /** Worsening log ratio estimate. */
  d: number;
  /** Standard error of d. */
  se: number;
  df: number;
  /** Var(d) = a + b · cCur(m) / m: the part more current forks cannot shrink, and the per-fork part. */
  a: number;
  b: number;
  m: number;
  cCur: (forks: number) => number;
  model: Model;
  /** This run's forks disagree clearly more than the history's: its own spread was used. */
  disturbed: boolean;
  notes: string[];
  /**
   * Those of `notes` that only qualify the absence of a finding (a short history's assumed noise):
   * left out when a regression is established, where they would read as doubt about it.
   */
  caveats: Set<string>;
  /** One-sided p-value for H0: d ≤ 0. */
  p: number;
}

export function noisePolicy(options: NoisePolicyOptions): ComparePolicy {
  const confidence = checkedConfidence(options.confidence);
  const alpha = 1 - confidence;
  const power = options.power ?? DEFAULT_POWER;
  const settings: Required<NoisePolicyOptions> = {
    confidence,
    power,
    driftTestLevel: options.driftTestLevel ?? 0.1,
    shortHistoryRunNoise: options.shortHistoryRunNoise ?? 0.02,
    assumedNoise: options.assumedNoise ?? 0.05,
    noiseFloor: options.noiseFloor ?? DEFAULT_NOISE_FLOOR,
    shownFraction: options.shownFraction ?? DEFAULT_SHOWN_FRACTION,
  };

  return {
    name: 'noise',
    baselineSource: 'history-median',
    describe: () =>
      `noise-aware rule: the change from the median of the baseline runs, ` +
      `with an interval from between-fork and between-run variation at ${pct(confidence, 0)} confidence for the whole suite (Holm); ` +
      `a regression when it shows a worsening of at least ${pct(settings.shownFraction, 0)} of the threshold and its interval reaches the threshold, ` +
      `unchanged when it lies below the threshold, otherwise inconclusive`,
    decide(cases: MetricCase[]): MetricDecision[] {
      // Cases decided without statistics keep their decision; the others are tested together, so
      // Holm's procedure controls the false "slower" claims across the whole suite.
      const prepared = cases.map((c) => prepare(c, settings));
      const statistical = prepared.filter((x): x is Prepared => !isDecision(x));
      const forkPriors = forkNoisePriors(statistical, settings.noiseFloor);
      const runPriors = runNoisePriors(statistical, settings.noiseFloor);
      const analysed = prepared.map((x) =>
        isDecision(x) ? x : analyse(x, { forks: forkPriors.get(x.c.metric), runs: runPriors.get(x.c.metric) }, settings),
      );
      const testable = analysed.filter((x): x is Analysis => !isDecision(x));
      const family = holm(
        testable.map((x) => x.p),
        alpha,
      );
      const bonferroniLevel = alpha / Math.max(testable.length, 1);
      // The j-th testable case is the j-th analysis that is not a decision: the family is read in that order.
      let j = 0;
      return analysed.map((a) => {
        if (isDecision(a)) return a;
        const k = j++;
        const levels = { holm: element(family.levels, k), own: alpha, bonferroni: bonferroniLevel };
        return decideOne(a, element(family.rejected, k), levels, settings);
      });
    },
  };
}

function isDecision(x: object): x is MetricDecision {
  return 'verdict' in x;
}

const positive = (v: number): boolean => v > 0 && Number.isFinite(v);

/**
 * The values a case is estimated from, in the metric's unit: the baseline runs' positive values (with
 * their positive forks, none for aggregates) and this run's value and forks.
 */
interface Usable {
  runs: number[];
  runForks: number[][];
  /** The current value as the report shows it (for native benchmarks the median of the forks). */
  current: number;
  curForks: number[];
}

/**
 * A zero on either side is decided without statistics (see degenerate.ts); a zero in some baseline
 * runs only is left out later like any unusable value.
 */
function zeroCase(c: MetricCase): MetricDecision | undefined {
  const nonNegative = c.baseline.runs.filter((v) => v >= 0 && Number.isFinite(v));
  if (nonNegative.length === 0 || !(c.current.value >= 0 && Number.isFinite(c.current.value))) return undefined;
  return zeroDecision(c.direction, median(nonNegative), c.current.value, c.unit);
}

/** The usable values of a case, or the decision that there are none. */
function usableValues(c: MetricCase, aggregates: boolean): Usable | MetricDecision {
  const runs: number[] = [];
  const runForks: number[][] = [];
  c.baseline.runs.forEach((v, k) => {
    if (!positive(v)) return;
    runs.push(v);
    runForks.push(aggregates ? [] : (c.baseline.runForks[k] ?? []).filter(positive));
  });
  if (runs.length === 0) {
    return { verdict: 'inconclusive', baseline: NaN, change: NaN, note: 'no usable (positive, finite) baseline value' };
  }
  // The current value as the report shows it (for native benchmarks the median of the forks, robust
  // to a fork that a noisy neighbour slowed down).
  const curForks = aggregates ? [] : c.current.forks.filter(positive);
  const current = positive(c.current.value) ? c.current.value : curForks.length > 0 ? median(curForks) : NaN;
  if (!positive(current)) {
    return {
      verdict: 'inconclusive',
      baseline: median(runs),
      change: NaN,
      note: `cannot compare a non-positive or non-finite current value (${c.current.value})`,
    };
  }
  return { runs, runForks, current, curForks };
}

/** A variance estimate of fork logs; estimates with the same key are one estimate. */
interface ForkVariance {
  variance: number;
  df: number;
  key: string;
}

/** The fork variance for the history's part (`vh`) and for this run's part (`vc`) of Var(d̂). */
interface ForkNoise {
  vh: ForkVariance;
  vc: ForkVariance;
  /** This run's forks disagree clearly more than the history's: its own spread was used. */
  disturbed: boolean;
  note?: string;
}

/**
 * Fork noise: the pooled within-run variance of fork logs over the history's runs (those with ≥ 2
 * forks) and this run, each deviation from its run's median capped at 4 robust SDs, so that one
 * disturbed process neither widens every comparison while it stays in the history nor, in this run,
 * hides a regression (the median already ignores it). But when most of this run's forks disagree
 * (its robust spread, which like the median ignores a minority, clearly exceeds the history's: beyond
 * the 99th percentile of that ratio for normal data), the median itself may have been moved by a
 * disturbed machine, and this run's own plain spread (m − 1 df) is used for its part of the
 * variance: wide, and honest.
 */
function forkNoise(runForks: number[][], curLogs: number[], noiseFloor: number): ForkNoise {
  const m = Math.max(1, curLogs.length);
  const historyGroups = runForks.filter((f) => f.length >= 2).map((f) => f.map(Math.log));
  const hist = winsorizedPooledVariance(historyGroups, 4, noiseFloor);
  const floor2 = noiseFloor ** 2;
  const rc = m >= 2 ? robustSpread(curLogs) : NaN;
  const disturbed =
    m >= 2 && hist.df >= 1 && rc * rc > floor2 && (rc * rc) / Math.max(hist.variance, floor2) > robustSpreadCritical99(m);
  if (disturbed) {
    return {
      vh: { variance: hist.variance, df: hist.df, key: 'history forks' },
      vc: { variance: sampleVariance(curLogs), df: m - 1, key: 'current forks' },
      disturbed,
      note:
        `most of the ${m} forks of this run disagree (±${pct(rc)}) far more than the history's forks do (±${pct(Math.sqrt(hist.variance))}), ` +
        `a sign of a disturbed machine, so this run's own spread sets its part of the interval; a re-run would tell`,
    };
  }
  const all = winsorizedPooledVariance(m >= 2 ? [...historyGroups, curLogs] : historyGroups, 4, noiseFloor);
  const pooled = { variance: all.variance, df: all.df, key: 'forks' };
  return { vh: pooled, vc: pooled, disturbed };
}

/**
 * e_b: the variance of one baseline run's log value per unit fork variance, averaged over the runs
 * (1/forks, times the median's inefficiency when the run value is the median of its forks).
 */
function runValueFactor(runs: number[], runForks: number[][]): number {
  return mean(
    runs.map((v, k) => {
      const f = runForks[k] ?? [];
      if (f.length < 2) return 1;
      const isMedian = Math.abs(median(f) - v) <= 1e-9 * v;
      return (isMedian ? medianVarianceFactor(f.length) : 1) / f.length;
    }),
  );
}

/** A variance model of d̂: its components (for the degrees of freedom) and what they say. */
interface Fit {
  model: Model;
  components: VarianceComponent[];
  /** The part of the variance more current forks cannot shrink. */
  a: number;
  notes: string[];
  /** Those of `notes` that only qualify the absence of a finding (see Analysis). */
  caveats: string[];
}

/** What the variance models are built from. */
interface FitInputs {
  /** Baseline runs, and their values' log variance (NaN for fewer than 2 runs). */
  K: number;
  sy2: number;
  /** Degrees of freedom of sy2: K − 1, plus what the suite lent (see runNoisePriors). */
  dfY: number;
  /** Median inefficiency of the baseline median over K runs. */
  cK: number;
  eb: number;
  /** cCur(m) / m: this run's value variance per unit fork variance. */
  cm: number;
  noise: ForkNoise;
  aggregates: boolean;
}

/** Variance terms, merged by estimate so Welch–Satterthwaite sees each estimate once. */
function combine(terms: Array<{ variance: number; coefficient: number; df: number; key: string }>): VarianceComponent[] {
  const byKey = new Map<string, VarianceComponent>();
  for (const t of terms) {
    const prev = byKey.get(t.key);
    if (prev) prev.coefficient += t.coefficient;
    else byKey.set(t.key, { variance: t.variance, coefficient: t.coefficient, df: t.df });
  }
  return [...byKey.values()].filter((x) => x.coefficient !== 0 && x.variance > 0);
}

/**
 * The model for the history at hand: fork noise and enough runs to test for drift (pooled or
 * drift), fork noise and a short history (a prior for run-to-run variation), runs without forks
 * (history only), or neither (assumed noise).
 */
function fitVariance(x: FitInputs, s: Required<NoisePolicyOptions>): Fit {
  const dfF = x.noise.vh.df;
  if (dfF >= 1 && x.K >= 3) return pooledOrDriftFit(x, s);
  if (dfF >= 1) return shortHistoryFit(x, s);
  if (x.K >= 3) return historyOnlyFit(x);
  return assumedFit(x, s);
}

/** Fork noise only, the baseline median's share of it included. */
function pooledFit(x: FitInputs): Fit {
  const { vh, vc } = x.noise;
  return {
    model: 'pooled',
    components: combine([
      { ...vc, coefficient: x.cm },
      { ...vh, coefficient: (x.cK * x.eb) / x.K },
    ]),
    a: (x.cK * x.eb * vh.variance) / x.K,
    notes: [],
    caveats: [],
  };
}

/** Var = σ_r² + c_m·vc/m + c_K·s_y²/K with σ_r² = s_y² − e_b·vh: the runs vary more than fork noise explains. */
function driftFit(x: FitInputs): Fit {
  const { vh, vc } = x.noise;
  return {
    model: 'drift',
    components: combine([
      { variance: x.sy2, coefficient: 1 + x.cK / x.K, df: x.dfY, key: 'runs' },
      { ...vh, coefficient: -x.eb },
      { ...vc, coefficient: x.cm },
    ]),
    a: x.sy2 * (1 + x.cK / x.K) - x.eb * vh.variance,
    notes: [
      `the ${x.K} baseline runs vary more (±${pct(Math.sqrt(x.sy2))}) than fork noise explains, so run-to-run drift widens the interval`,
    ],
    caveats: [],
  };
}

/**
 * An F test (level driftTestLevel) of whether the runs vary more than fork noise explains. Drift
 * smaller than the noise floor (a resolution step) is not worth the few df it would cost.
 */
function pooledOrDriftFit(x: FitInputs, s: Required<NoisePolicyOptions>): Fit {
  const vh = x.noise.vh;
  // A variance the suite made exact (infinite df) is, for the F distribution, one of very many df.
  const finite = (df: number) => Math.min(df, 1e6);
  const pDrift = vh.variance > 0 ? fSf(x.sy2 / (x.eb * vh.variance), finite(x.dfY), finite(vh.df)) : x.sy2 > 0 ? 0 : 1;
  return pDrift >= s.driftTestLevel || x.sy2 - x.eb * vh.variance <= s.noiseFloor ** 2 ? pooledFit(x) : driftFit(x);
}

/** Short history: run-to-run drift cannot be measured (K = 1) or barely (K = 2), so a prior is assumed. */
function shortHistoryFit(x: FitInputs, s: Required<NoisePolicyOptions>): Fit {
  const { vh, vc } = x.noise;
  const prior2 = s.shortHistoryRunNoise ** 2;
  const shortNote =
    x.K === 1
      ? `short history (1 baseline run): run-to-run variation cannot be measured yet, so at least ±${pct(s.shortHistoryRunNoise, 0)} is assumed; a longer history sharpens this`
      : `short history (2 baseline runs): run-to-run variation is barely measured yet, so at least ±${pct(s.shortHistoryRunNoise, 0)} is assumed; a third run sharpens this`;
  if (x.K === 2 && x.sy2 - x.eb * vh.variance > prior2) {
    const drift = driftFit(x);
    return { ...drift, notes: [shortNote, ...drift.notes], caveats: [shortNote] };
  }
  return {
    model: 'short-history',
    components: combine([
      { variance: prior2, coefficient: 1 + x.cK / x.K, df: Infinity, key: 'prior' },
      { ...vc, coefficient: x.cm },
      { ...vh, coefficient: (x.cK * x.eb) / x.K },
    ]),
    a: prior2 * (1 + x.cK / x.K) + (x.cK * x.eb * vh.variance) / x.K,
    notes: [shortNote],
    caveats: [shortNote],
  };
}

/** No per-fork values, but runs enough: the noise is the runs' own variation. */
function historyOnlyFit(x: FitInputs): Fit {
  return {
    model: 'history-only',
    components: [{ variance: x.sy2, coefficient: 1 + x.cK / x.K, df: x.K - 1 }],
    a: x.sy2 * (1 + x.cK / x.K),
    notes: [
      x.aggregates
        ? `imported aggregates (one number per run): noise estimated from the ${x.K} baseline runs only`
        : `no per-fork values: noise estimated from the ${x.K} baseline runs only`,
    ],
    caveats: [],
  };
}

/** Nothing to estimate noise from: it is assumed. */
function assumedFit(x: FitInputs, s: Required<NoisePolicyOptions>): Fit {
  const n2 = s.assumedNoise ** 2;
  const what = x.aggregates ? 'imported aggregates' : 'single values';
  return {
    model: 'assumed',
    components: [{ variance: n2, coefficient: 1 + x.cK / x.K, df: Infinity }],
    a: n2 * (1 + x.cK / x.K),
    notes: [
      `no noise estimate (${what} and ${plural(x.K, 'baseline run')}): ±${pct(s.assumedNoise, 0)} noise is assumed; ` +
        (x.aggregates ? 'a history of 3 or more runs gives a real estimate' : 'forks ≥ 2 or a history of 3 or more runs give a real estimate'),
    ],
    caveats: [],
  };
}

/** A case with usable numbers and its own fork-noise estimate, before the suite lends it strength. */
interface Prepared {
  c: MetricCase;
  usable: Usable;
  aggregates: boolean;
  noise: ForkNoise;
}

/** The case's usable values and own fork noise, or its decision when no statistics are needed. */
function prepare(c: MetricCase, s: Required<NoisePolicyOptions>): Prepared | MetricDecision {
  const zero = zeroCase(c);
  if (zero) return zero;
  const same = selfComparison(c);
  if (same) return same;
  const aggregates = c.fromAggregates === true;
  const usable = usableValues(c, aggregates);
  if (isDecision(usable)) return usable;
  return { c, usable, aggregates, noise: forkNoise(usable.runForks, usable.curForks.map(Math.log), s.noiseFloor) };
}

/**
 * A run compared with itself: this run's forks are, value for value and in order, those of a
 * baseline run (a results file compared with itself, or with a history that already holds it). The
 * difference between the two measurements is exactly zero, with no spread at all: whatever the
 * baseline says about the code, this run says the same, so it is unchanged however noisy its forks
 * are. Forks that all share one value are left to the statistics, since with a coarse timer two
 * runs can agree on them by chance; aggregates (one number per run) likewise.
 */
function selfComparison(c: MetricCase): MetricDecision | undefined {
  const forks = c.current.forks;
  const first = forks[0];
  if (c.fromAggregates === true || forks.length < 2 || forks.every((v) => v === first)) return undefined;
  const k = c.baseline.runForks.findIndex(
    (f, i) => c.baseline.runs[i] === c.current.value && f.length === forks.length && f.every((v, j) => v === forks[j]),
  );
  if (k < 0) return undefined;
  const K = c.baseline.runs.length;
  const which = K === 1 ? 'the baseline run' : `baseline run ${k + 1} of ${K}`;
  return {
    verdict: 'unchanged',
    baseline: c.current.value,
    change: 0,
    interval: [0, 0],
    note: `this run's values are those of ${which}: the same measurement, compared with itself, has not changed`,
  };
}

/**
 * A prior for the fork noise of each metric, from the suite's cases of that metric (empirical Bayes,
 * as the paired rule does): benchmarks whose forks vary alike lend each other degrees of freedom,
 * unlike ones lend few, so three forks do not leave a t quantile of a handful of degrees of freedom.
 * One prior per metric: p50 spreads say nothing about throughput spreads.
 */
function forkNoisePriors(prepared: readonly Prepared[], noiseFloor: number): Map<string, VarianceEstimate | undefined> {
  const byMetric = new Map<string, VarianceEstimate[]>();
  for (const x of prepared) {
    const own = x.noise.vh;
    if (!(own.df >= 1)) continue;
    const list = byMetric.get(x.c.metric) ?? [];
    list.push({ variance: Math.max(own.variance, noiseFloor ** 2), df: own.df });
    byMetric.set(x.c.metric, list);
  }
  return new Map([...byMetric].map(([metric, estimates]) => [metric, variancePrior(estimates)]));
}

/**
 * A prior for the variance of the baseline runs' log values, per metric, from the suite's cases of
 * that metric whose history has forks and 3 runs or more (those whose drift is tested).
 */
function runNoisePriors(prepared: readonly Prepared[], noiseFloor: number): Map<string, VarianceEstimate | undefined> {
  const byMetric = new Map<string, VarianceEstimate[]>();
  for (const x of prepared) {
    const K = x.usable.runs.length;
    if (!(x.noise.vh.df >= 1) || K < 3) continue;
    const list = byMetric.get(x.c.metric) ?? [];
    list.push({ variance: Math.max(sampleVariance(x.usable.runs.map(Math.log)), noiseFloor ** 2), df: K - 1 });
    byMetric.set(x.c.metric, list);
  }
  return new Map([...byMetric].map(([metric, estimates]) => [metric, variancePrior(estimates)]));
}

/**
 * The fork noise moderated towards the metric's prior. This run's own spread, where its forks
 * disagree far more than the history's, stays its own: it says what happened to this run alone.
 */
function moderatedNoise(noise: ForkNoise, prior: VarianceEstimate | undefined): ForkNoise {
  if (!prior || !(noise.vh.df >= 1)) return noise;
  const posterior = moderateVariance({ variance: noise.vh.variance, df: noise.vh.df }, prior);
  const vh: ForkVariance = { variance: posterior.variance, df: posterior.df, key: noise.vh.key };
  return { ...noise, vh, vc: noise.vc.key === noise.vh.key ? vh : noise.vc };
}

/** Estimates d̂ and its variance for one case. */
function analyse(
  x: Prepared,
  priors: { forks: VarianceEstimate | undefined; runs: VarianceEstimate | undefined },
  s: Required<NoisePolicyOptions>,
): Analysis {
  const { c, aggregates } = x;
  const { runs, runForks, current, curForks } = x.usable;
  const K = runs.length;
  const baseline = median(runs);
  const m = Math.max(1, curForks.length);
  const d = (c.direction === 'lower' ? 1 : -1) * (Math.log(current) - Math.log(baseline));
  // Var(log current) = cCur(m) · σ_f² / m, cCur = the median's inefficiency when the value is the median.
  const currentIsMedian = m >= 2 && Math.abs(median(curForks) - current) <= 1e-9 * current;
  const cCur = (n: number): number => (currentIsMedian ? medianVarianceFactor(n) : 1);

  const cm = cCur(m) / m;
  const ownY: VarianceEstimate = { variance: K >= 2 ? sampleVariance(runs.map(Math.log)) : NaN, df: K - 1 };
  const estimate = (noise: ForkNoise, y: VarianceEstimate) => {
    const fit = fitVariance(
      { K, sy2: y.variance, dfY: y.df, cK: medianVarianceFactor(K), eb: runValueFactor(runs, runForks), cm, noise, aggregates },
      s,
    );
    const b = noise.vh.df >= 1 ? noise.vc.variance : 0;
    const { se, df } = standardError(fit, b * cm, s.noiseFloor, Math.max(1, noise.vh.df, K - 1));
    // One-sided test of H0: the worsening is at most shownFraction × threshold.
    const p = studentTSf((d - fractionToLog(c.direction, s.shownFraction * c.threshold)) / se, df);
    return { noise, fit, b, se, df, p };
  };
  const noise = moderatedNoise(x.noise, priors.forks);
  const moderated = estimate(noise, K >= 3 && noise.vh.df >= 1 ? moderateVariance(ownY, priors.runs) : ownY);
  // The claim that fails a pull request never rests on a variance the suite made smaller than this
  // benchmark's own: of the two tests it takes the less confident. Moderation pulls the noisiest
  // benchmark of a suite towards its quieter neighbours, which is a fair bet for ruling a change out
  // and for the interval, and not one to raise an alarm on.
  const own = estimate(x.noise, ownY);
  const p = Math.max(own.p, moderated.p);
  const { fit, b, se, df } = moderated;
  const notes = noise.note === undefined ? fit.notes : [noise.note, ...fit.notes];
  const caveats = new Set(fit.caveats);
  return { c, baseline, d, se, df, a: fit.a, b, m, cCur, model: fit.model, disturbed: noise.disturbed, notes, caveats, p };
}

/**
 * The standard error of d̂ (never below the noise floor) and its degrees of freedom (Welch–
 * Satterthwaite; `fallbackDf` when the components give none).
 */
function standardError(fit: Fit, perFork: number, noiseFloor: number, fallbackDf: number): { se: number; df: number } {
  const floor2 = noiseFloor ** 2;
  let variance = fit.a + perFork;
  let df = welchSatterthwaite(fit.components);
  if (!(variance > floor2)) {
    variance = floor2;
    if (!(df > 0)) df = Infinity;
  }
  if (!(df > 0)) df = fallbackDf;
  // Past a million degrees of freedom t is the normal distribution (and its tail functions lose
  // their precision): a variance the suite made exact leaves Welch–Satterthwaite near-infinite df.
  return { se: Math.sqrt(variance), df: df > 1e6 ? Infinity : df };
}

/**
 * The one-sided levels a case is judged at: `holm`, the level Holm's procedure gave it across the
 * suite (the "regression" claim); `own`, 1 − confidence for this case alone (the interval shown, and
 * ruling a change out, which is a claim about one benchmark, as in the paired rule); `bonferroni`,
 * for the minimum detectable change.
 */
interface Levels {
  holm: number;
  own: number;
  bonferroni: number;
}

function decideOne(x: Analysis, rejected: boolean, levels: Levels, s: Required<NoisePolicyOptions>): MetricDecision {
  const c = x.c;
  const dir = c.direction;
  const tLog = fractionToLog(dir, c.threshold);
  const tLogBetter = fractionToLog(dir, -c.threshold);
  // A regression must also survive Holm's correction across the suite (`rejected`): that is the claim
  // that fails a pull request, and the one whose false alarms are controlled family-wise.
  const tq = studentTQuantile(1 - levels.own, x.df);
  const lo = x.d - tq * x.se;
  const hi = x.d + tq * x.se;
  const interval: [number, number] = [logToFraction(dir, lo), logToFraction(dir, hi)];
  const change = logToFraction(dir, x.d);
  // The worsening flagged with the given power: it must clear shownFraction × threshold by the
  // one-sided critical distance, with room for the power quantile.
  const shownLog = fractionToLog(dir, s.shownFraction * c.threshold);
  const mdcLog = shownLog + (studentTQuantile(1 - levels.bonferroni, x.df) + studentTQuantile(s.power, x.df)) * x.se;
  const minimumDetectableChange = logToFraction(dir, mdcLog);
  const notes: string[] = [];

  let verdict: MetricDecision['verdict'];
  let moreForksHelp: boolean | undefined;
  if (rejected && hi >= tLog) {
    verdict = 'regression';
  } else if (hi < tLog) {
    // A worsening that matters is ruled out. When the estimate itself is better by more than the
    // threshold, "unchanged" would misread it (a throughput up 105% on noisy forks): it is labelled an
    // improvement, and the interval says how sure that is.
    verdict = (hi < 0 && lo <= tLogBetter) || x.d <= tLogBetter ? 'improvement' : 'unchanged';
    // Worse beyond doubt (the interval lies above zero) yet shown to stay under the threshold.
    if (lo > 0) notes.push(`measurably worse (${signedPct(change)}) but less than the ${pct(c.threshold)} threshold`);
  } else {
    verdict = 'inconclusive';
    const hint = resolveHint(x, tLog, levels, interval, s);
    notes.push(hint.text);
    moreForksHelp = hint.moreForksHelp;
  }
  // Only where the verdict rests on the absence of a finding: on an established regression a
  // sentence about what could not be detected reads as doubt about what was.
  if (minimumDetectableChange > c.threshold && (verdict === 'unchanged' || verdict === 'improvement')) {
    notes.push(
      `with this noise only a worsening of ${pct(minimumDetectableChange)} or more is reliably detected (threshold ${pct(c.threshold)}); more forks or a longer history would sharpen it`,
    );
  }
  notes.unshift(...x.notes.filter((n) => verdict !== 'regression' || !x.caveats.has(n)));
  const decision: MetricDecision = { verdict, baseline: x.baseline, change, interval, minimumDetectableChange };
  if (moreForksHelp !== undefined) decision.moreForksHelp = moreForksHelp;
  if (notes.length > 0) decision.note = sentence(notes);
  return decision;
}

/** What would resolve an inconclusive case: more current forks (how many), or a larger threshold. */
function resolveHint(
  x: Analysis,
  tLog: number,
  levels: Levels,
  interval: [number, number],
  s: Required<NoisePolicyOptions>,
): { text: string; moreForksHelp: boolean } {
  // Resolved (assuming the estimate stays where it is) when a worsening beyond S, the share of the
  // threshold a regression must be shown to exceed, is shown at Holm's level, or a worsening of T is
  // ruled out at the case's own level. More forks shrink the per-fork part of the variance and,
  // where fork noise is pooled, add degrees of freedom.
  const c = x.c;
  const toRegression = x.d - fractionToLog(c.direction, s.shownFraction * c.threshold);
  const toUnchanged = tLog - x.d;
  const dfWith = (m: number) => (x.model === 'drift' ? x.df : x.df + (m - x.m));
  const seWith = (m: number) => Math.sqrt(x.a + (x.b * x.cCur(m)) / m);
  const resolves = (m: number) =>
    studentTQuantile(1 - levels.holm, dfWith(m)) * seWith(m) < toRegression ||
    studentTQuantile(1 - levels.own, dfWith(m)) * seWith(m) < toUnchanged;
  let forks: string;
  let moreForksHelp = true;
  if (x.b > 0 && resolves(MAX_FORKS_SUGGESTED)) {
    let m = x.m + 1;
    while (!resolves(m)) m++;
    forks = `about ${m} forks (now ${x.m})`;
  } else if (x.b > 0 && resolves(10_000)) {
    forks = `more than ${MAX_FORKS_SUGGESTED} forks`;
  } else {
    forks = 'a longer baseline history (more current forks alone cannot narrow it enough)';
    moreForksHelp = false;
  }
  // Speak in the report's terms: the plain relative change, so a throughput fall is negative.
  const plain = c.direction === 'lower' ? interval : ([-interval[1], -interval[0]] as [number, number]);
  const threshold = c.direction === 'lower' ? c.threshold : -c.threshold;
  const text =
    `inconclusive: the interval ${signedPct(plain[0])} to ${signedPct(plain[1])} holds both no change and the ${signedPct(threshold)} threshold; ` +
    (interval[1] > CHANGE_CAP ? `${forks} would settle it` : `${forks} or a threshold above ${pct(interval[1])} would settle it`);
  return { text, moreForksHelp };
}

// Past CHANGE_CAP a percentage says only "no idea": "over 1000%", not 15 digits.
function pct(f: number, digits = 1): string {
  if (f > CHANGE_CAP) return `over ${CHANGE_CAP * 100}%`;
  if (f < -CHANGE_CAP) return `under −${CHANGE_CAP * 100}%`;
  return `${(f * 100).toFixed(digits)}%`;
}

function signedPct(f: number): string {
  if (f > CHANGE_CAP) return `over +${CHANGE_CAP * 100}%`;
  if (f < -CHANGE_CAP) return `under −${CHANGE_CAP * 100}%`;
  return `${f >= 0 ? '+' : ''}${(f * 100).toFixed(1)}%`;
}

function sentence(parts: string[]): string {
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
}

