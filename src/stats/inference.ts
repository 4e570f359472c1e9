// Small inference helpers: Welch–Satterthwaite degrees of freedom and multiple-comparison
// corrections (Bonferroni, Holm). Pure functions over plain numbers.

/** One variance component of a linear combination: `coefficient · variance`, estimated on `df`. */
export interface VarianceComponent {
  /** The estimated variance (a mean square). */
  variance: number;
  /** Its multiplier in the combination (may be negative). */
  coefficient: number;
  /** Degrees of freedom of the estimate; Infinity for a known (assumed) variance. */
  df: number;
}

/**
 * Welch–Satterthwaite: effective degrees of freedom of V = Σ cᵢ·sᵢ²,
 * ν = V² / Σ (cᵢ·sᵢ²)² / νᵢ. Components with infinite df contribute no uncertainty. Returns Infinity
 * when every component is known, and NaN when V ≤ 0.
 */
export function welchSatterthwaite(components: readonly VarianceComponent[]): number {
  let total = 0;
  let denom = 0;
  for (const c of components) {
    if (!(c.df > 0)) throw new RangeError(`variance component with df ${c.df}`);
    const term = c.coefficient * c.variance;
    total += term;
    if (c.df !== Infinity) denom += (term * term) / c.df;
  }
  if (!(total > 0)) return NaN;
  if (denom === 0) return Infinity;
  return (total * total) / denom;
}

/** Welch's df for two sample means with variances s1², s2² and sizes n1, n2 (the textbook case). */
export function welchDf(s1sq: number, n1: number, s2sq: number, n2: number): number {
  return welchSatterthwaite([
    { variance: s1sq, coefficient: 1 / n1, df: n1 - 1 },
    { variance: s2sq, coefficient: 1 / n2, df: n2 - 1 },
  ]);
}

export interface MultipleTestResult {
  /** Whether each hypothesis is rejected, in input order. */
  rejected: boolean[];
  /** Adjusted p-values (compare with alpha), in input order. */
  adjusted: number[];
  /**
   * The per-hypothesis level each one was effectively tested at, in input order: a hypothesis is
   * rejected exactly when its raw p-value is below its level. For Holm, hypotheses after the step where
   * the procedure stopped all get that step's level, so an interval at this level agrees with the
   * decision.
   */
  levels: number[];
}

/** Bonferroni: reject pᵢ < α/m. Controls the family-wise error rate under any dependence. */
export function bonferroni(pValues: readonly number[], alpha: number): MultipleTestResult {
  checkAlpha(alpha);
  const m = pValues.length;
  const level = alpha / Math.max(m, 1);
  return {
    rejected: pValues.map((p) => p < level),
    adjusted: pValues.map((p) => Math.min(1, p * m)),
    levels: pValues.map(() => level),
  };
}

/**
 * Holm's step-down procedure (Holm 1979): sort p ascending, reject p₍ⱼ₎ < α/(m − j + 1) for
 * j = 1, 2, … until the first failure. Controls the family-wise error rate under any dependence and is
 * uniformly more powerful than Bonferroni. NaN p-values are treated as 1.
 */
export function holm(pValues: readonly number[], alpha: number): MultipleTestResult {
  checkAlpha(alpha);
  const m = pValues.length;
  const ps = pValues.map((p) => (Number.isNaN(p) ? 1 : p));
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const rejected = new Array<boolean>(m).fill(false);
  const adjusted = new Array<number>(m).fill(1);
  const levels = new Array<number>(m).fill(alpha);
  let running = 0;
  let stopped = false;
  let stopLevel = alpha;
  for (const [j, { p, i }] of order.entries()) {
    const level = alpha / (m - j);
    running = Math.max(running, Math.min(1, (m - j) * p));
    adjusted[i] = running;
    if (!stopped && p < level) {
      rejected[i] = true;
      levels[i] = level;
    } else {
      if (!stopped) {
        stopped = true;
        stopLevel = level;
      }
      levels[i] = stopLevel;
    }
  }
  return { rejected, adjusted, levels };
}

function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}
