// Statistics for paired forks: the base and the head of a change measured side by side, fork after
// fork, in one job. Each pair gives one worsening log ratio d = log(head / base) (sign flipped for
// higher-is-better metrics); slow drift of the machine moves both members of a pair alike and cancels
// in d, so the spread of d is the noise that is left, not the noise between hours or machines.
//
// Two things make a handful of pairs decide instead of explode:
// - a burst of the machine that hits one fork moves d of that pair far from the others: such pairs
//   are found with a robust rule and measured again instead of averaged in (`disturbedPairs`);
// - the variance of d is moderated towards a prior (the same benchmark's spread in earlier runs, or
//   the suite's other benchmarks), with the prior's weight estimated from the data (empirical Bayes,
//   Smyth 2004): many benchmarks with alike spreads lend each other many degrees of freedom, unlike
//   ones lend few, so a t quantile of 2 df does not blow every interval up.
import { median } from './quantile.ts';
import { madSigma, mean, sampleVariance } from './robust.ts';
import { fSf, studentTQuantile, studentTSf } from './distributions.ts';

/** A variance estimate with its degrees of freedom (Infinity: known). */
export interface VarianceEstimate {
  variance: number;
  df: number;
}

/**
 * Pairs whose difference lies far from the others: |dᵢ − median| > k·σ̂, with σ̂ the larger of the
 * pairs' own robust spread (MAD) and `floor` (the spread expected when nothing is wrong, so that a
 * benchmark whose pairs happen to agree to 0.01% does not call an ordinary pair disturbed). At most a
 * minority is ever flagged — fewer than a third of the pairs, largest deviations first —, since a
 * shift that most pairs agree on is the change itself; and none when there is no spread at all to
 * judge by (identical pairs and no floor). Returns indices, ascending.
 */
export function disturbedPairs(d: readonly number[], options: { k?: number; floor?: number } = {}): number[] {
  const n = d.length;
  if (n < 4) return [];
  const k = options.k ?? 4;
  const centre = median(d);
  const sigma = Math.max(madSigma(d), options.floor ?? 0);
  if (!(sigma > 0)) return [];
  const limit = Math.ceil(n / 3) - 1;
  return d
    .map((x, i) => ({ i, z: Math.abs(x - centre) / sigma }))
    .filter((p) => p.z > k)
    .sort((a, b) => b.z - a.z || a.i - b.i)
    .slice(0, limit)
    .map((p) => p.i)
    .sort((a, b) => a - b);
}

/**
 * Rounds in which the machine, not the code, moved: in a round every benchmark measured one base and
 * one head fork, and a burst that covers the round moves the pair differences of many benchmarks the
 * same way. `deviations[r][b]` is benchmark b's pair difference in round r minus that benchmark's
 * median over rounds, divided by its robust spread (NaN where b has no pair in r). A round is
 * disturbed when at least `share` of its benchmarks deviate beyond `z` in the same direction.
 */
export function disturbedRounds(
  deviations: readonly (readonly number[])[],
  options: { z?: number; share?: number; minBenchmarks?: number } = {},
): number[] {
  const z = options.z ?? 2.5;
  const share = options.share ?? 0.5;
  const minBenchmarks = options.minBenchmarks ?? 3;
  const out: number[] = [];
  deviations.forEach((row, r) => {
    const seen = row.filter((x) => Number.isFinite(x));
    if (seen.length < minBenchmarks) return;
    const up = seen.filter((x) => x > z).length;
    const down = seen.filter((x) => x < -z).length;
    if (Math.max(up, down) >= share * seen.length) out.push(r);
  });
  return out;
}

/** digamma ψ(x) for x > 0: recurrence up to x ≥ 10, then the asymptotic series. */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`digamma needs x > 0, got ${x}`);
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return acc + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/** trigamma ψ′(x) for x > 0: recurrence up to x ≥ 10, then the asymptotic series. */
export function trigamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`trigamma needs x > 0, got ${x}`);
  let acc = 0;
  while (x < 10) {
    acc += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return acc + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}

/** The x > 0 with trigamma(x) = y (y > 0), by Newton's method on 1/trigamma as Smyth suggests. */
export function trigammaInverse(y: number): number {
  if (!(y > 0)) throw new RangeError(`trigammaInverse needs y > 0, got ${y}`);
  if (y > 1e7) return 1 / Math.sqrt(y);
  if (y < 1e-6) return 1 / y;
  let x = 0.5 + 1 / y;
  for (let i = 0; i < 50; i++) {
    const tri = trigamma(x);
    // d/dx of 1/trigamma(x) uses the tetragamma, approximated well enough by a central difference.
    const h = 1e-5 * x;
    const slope = (trigamma(x + h) - trigamma(x - h)) / (2 * h);
    const step = (tri * (1 - tri / y)) / slope;
    x += step;
    if (!(x > 0)) x = 1e-8;
    if (Math.abs(step) < 1e-10 * x) break;
  }
  return x;
}

/**
 * The prior for moderating variances, estimated from a set of variance estimates (Smyth 2004, the
 * method of moments on log variances): `variance` is s₀², `df` is d₀. Variances that agree give a
 * large d₀ (Infinity when their scatter is no more than sampling alone explains); variances that
 * disagree give a small one, and moderation then barely moves anything. Needs at least 3 estimates
 * with positive variance; otherwise there is nothing honest to borrow and it returns undefined.
 */
export function variancePrior(estimates: readonly VarianceEstimate[]): VarianceEstimate | undefined {
  const usable = estimates.filter((e) => e.variance > 0 && Number.isFinite(e.variance) && e.df > 0 && Number.isFinite(e.df));
  if (usable.length < 3) return undefined;
  const e = usable.map((v) => Math.log(v.variance) - digamma(v.df / 2) + Math.log(v.df / 2));
  const eBar = mean(e);
  const excess = sampleVariance(e) - mean(usable.map((v) => trigamma(v.df / 2)));
  if (!(excess > 0)) return { variance: Math.exp(eBar), df: Infinity };
  const df = 2 * trigammaInverse(excess);
  return { variance: Math.exp(eBar + digamma(df / 2) - Math.log(df / 2)), df };
}

/**
 * The posterior variance: own and prior pooled by their degrees of freedom. Given `outlierLevel`, a
 * case whose own variance is larger than the prior allows (F test at that level) keeps its own: a
 * noisy benchmark among quiet ones would otherwise borrow their quiet and claim changes its noise does
 * not support (the concern of robust hyperparameter estimation, Phipson et al. 2016). The price is
 * paid by cases with few degrees of freedom that drew a large variance by chance, which lose what
 * they would have borrowed.
 */
export function moderateVariance(own: VarianceEstimate, prior: VarianceEstimate | undefined, outlierLevel?: number): VarianceEstimate {
  if (!prior) return own;
  if (outlierLevel !== undefined && own.df > 0 && own.variance > prior.variance) {
    // A prior of infinite degrees of freedom is a known variance: F(d, ∞) is approached closely enough.
    if (fSf(own.variance / prior.variance, own.df, Math.min(prior.df, 1e6)) < outlierLevel) return own;
  }
  if (prior.df === Infinity) return { variance: prior.variance, df: Infinity };
  const df = own.df + prior.df;
  return { variance: (own.df * own.variance + prior.df * prior.variance) / df, df };
}

/** The change estimated from pair differences: mean, its standard error, and degrees of freedom. */
export interface PairedChange {
  /** Pairs used. */
  n: number;
  /** Mean worsening log ratio. */
  estimate: number;
  /** Standard error of `estimate`. */
  se: number;
  /** Degrees of freedom of `se` (own n − 1 plus what the prior lent). */
  df: number;
}

/**
 * Level at which a benchmark's pairs count as unlike the suite's (see moderateVariance). The paired
 * rule claims a regression at a quarter of the threshold, so borrowed quiet must not reach a noisy
 * benchmark; the cached mode's larger margin makes the guard less needed there.
 */
const PAIRED_OUTLIER_LEVEL = 0.05;

export function pairedChange(d: readonly number[], prior?: VarianceEstimate): PairedChange {
  const n = d.length;
  if (n === 0) throw new RangeError('pairedChange needs at least one pair');
  const own: VarianceEstimate = { variance: n > 1 ? sampleVariance(d) : 0, df: n - 1 };
  // With one pair there is no own variance: only a prior can give an interval.
  const v = own.df > 0 ? moderateVariance(own, prior, PAIRED_OUTLIER_LEVEL) : (prior ?? { variance: NaN, df: NaN });
  return { n, estimate: mean(d), se: Math.sqrt(v.variance / n), df: v.df };
}

/** The two-sided interval at `confidence` (e.g. 0.99) of the mean worsening log ratio. */
export function pairedInterval(change: PairedChange, confidence: number): [number, number] {
  if (change.se === 0) return [change.estimate, change.estimate];
  if (!(change.df > 0)) return [-Infinity, Infinity];
  const t = studentTQuantile(1 - (1 - confidence) / 2, change.df);
  return [change.estimate - t * change.se, change.estimate + t * change.se];
}

/** One-sided p-value of "the true change is at most `margin`" (small: shown to exceed it). */
export function pValueAbove(change: PairedChange, margin: number): number {
  if (change.se === 0) return change.estimate > margin ? 0 : 1;
  if (!(change.df > 0)) return 1;
  return studentTSf((change.estimate - margin) / change.se, change.df);
}

/** One-sided p-value of "the true change is at least `margin`" (small: shown to stay below it). */
export function pValueBelow(change: PairedChange, margin: number): number {
  if (change.se === 0) return change.estimate < margin ? 0 : 1;
  if (!(change.df > 0)) return 1;
  return studentTSf((margin - change.estimate) / change.se, change.df);
}
