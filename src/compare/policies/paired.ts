// The paired rule, for a change measured against its base in the same job: fork i of the base and
// fork i of the head ran next to each other (alternating, in an order that cancels linear drift), so
// each pair gives one worsening log ratio dᵢ and the machine's slow drift cancels inside it.
//
// Per case (benchmark × metric):
//   · pairs a burst of the machine hit (dᵢ far from the others, `disturbedPairs`) are left out and
//     named, so the caller can measure them again; a shift most pairs agree on is never left out;
//   · the change is the mean of the kept dᵢ; its variance is the pairs' own, moderated towards a prior
//     estimated from the suite's other benchmarks of the same metric (`variancePrior`): alike spreads
//     lend many degrees of freedom, unlike ones few;
//   · regression when the worsening is shown to exceed `shownFraction` of the threshold at the level
//     Holm's procedure gives the case across the suite (the claim that fails a pull request is
//     controlled family-wise) and the interval reaches the threshold; unchanged when the case's own
//     one-sided bound at 1 − confidence lies below the threshold (ruling a change out is a claim about
//     one benchmark); improvement when that bound lies below zero and the interval reaches
//     −threshold; otherwise inconclusive, which more pairs can always settle.
import type { ComparePolicy, MetricCase, MetricDecision } from '../../core/types.ts';
import { studentTQuantile } from '../../stats/distributions.ts';
import { holm } from '../../stats/inference.ts';
import {
  disturbedPairs,
  pairedChange,
  pValueAbove,
  variancePrior,
  type PairedChange,
  type VarianceEstimate,
} from '../../stats/paired.ts';
import { median } from '../../stats/quantile.ts';
import { fractionToLog, logToFraction, worseningLogRatio } from '../../stats/ratio.ts';
import { sampleVariance } from '../../stats/robust.ts';
import { zeroDecision } from '../degenerate.ts';
import { checkedConfidence, DEFAULT_NOISE_FLOOR, DEFAULT_POWER, DEFAULT_SHOWN_FRACTION } from './shared.ts';

/** The paired rule's share of the threshold: half the cached mode's (see `shownFraction`). */
export const PAIRED_SHOWN_FRACTION = DEFAULT_SHOWN_FRACTION / 2;
import { element } from '../../core/checked.ts';

export interface PairedPolicyOptions {
  /** Suite-wide confidence: 1 − the chance of any false "slower" claim across all cases. */
  confidence: number;
  /**
   * The share of the threshold a worsening must be shown to exceed (default 0.25). Half the cached
   * mode's margin: that margin guards against the machine's drift between a baseline and a later run,
   * which pairs cancel; what is left guards against what pairing cannot cancel (two trees at two
   * paths, laid out differently in memory).
   */
  shownFraction?: number;
  /** Power used for the minimum detectable change (default 0.80). */
  power?: number;
  /** Smallest spread of dᵢ ever assumed, for timer resolution (default 0.001, i.e. 0.1%). */
  noiseFloor?: number;
  /** How many robust standard deviations from the others make a pair disturbed (default 4). */
  disturbance?: number;
}

/** Suggested pair counts stop here; past it the note says "more than". */
const MAX_PAIRS_SUGGESTED = 60;

interface Paired {
  case: MetricCase;
  /** The kept pair differences. */
  d: number[];
  /** Indices (in fork order) of the pairs left out as disturbed. */
  dropped: number[];
  /** How many pairs there were. */
  pairs: number;
  /** Median of the base forks, reported as the baseline value. */
  baseline: number;
}

export function pairedPolicy(options: PairedPolicyOptions): ComparePolicy {
  const confidence = checkedConfidence(options.confidence);
  const s = {
    alpha: 1 - confidence,
    shownFraction: options.shownFraction ?? PAIRED_SHOWN_FRACTION,
    power: options.power ?? DEFAULT_POWER,
    noiseFloor: options.noiseFloor ?? DEFAULT_NOISE_FLOOR,
    disturbance: options.disturbance ?? 4,
  };
  return {
    name: 'paired',
    baselineSource: 'newest',
    describe: () =>
      `paired rule: base and head measured in alternating forks of the same job; the change is the mean of the pairs' log ratios, ` +
      `disturbed pairs left out, at ${Math.round(confidence * 100)}% confidence for the whole suite (Holm)`,
    decide(cases: MetricCase[]): MetricDecision[] {
      const pairedOrDecided = cases.map((c) => pair(c, s.noiseFloor, s.disturbance));
      const paired = pairedOrDecided.filter((p): p is Paired => !('verdict' in p));

      // One prior per metric: p50 spreads say nothing about throughput spreads.
      const priors = new Map<string, VarianceEstimate | undefined>();
      for (const metric of new Set(paired.map((p) => p.case.metric))) {
        const own = paired
          .filter((p) => p.case.metric === metric && p.d.length >= 2)
          .map((p) => ({ variance: Math.max(sampleVariance(p.d), s.noiseFloor ** 2), df: p.d.length - 1 }));
        priors.set(metric, variancePrior(own));
      }

      const tested = paired.map((p) => {
        const change = floorSe(pairedChange(p.d, priors.get(p.case.metric)), s.noiseFloor);
        const shownLog = fractionToLog(p.case.direction, s.shownFraction * p.case.threshold);
        return { p, change, pValue: pValueAbove(change, shownLog) };
      });
      const family = holm(
        tested.map((t) => t.pValue),
        s.alpha,
      );
      const bonferroniLevel = s.alpha / Math.max(paired.length, 1);
      // The j-th tested case is the j-th case that was paired: the family is read in that order.
      let j = 0;
      return pairedOrDecided.map((p) => {
        if ('verdict' in p) return p;
        const k = j++;
        const t = element(tested, k);
        return decideOne(t.p, t.change, element(family.rejected, k), s.alpha, bonferroniLevel, s);
      });
    },
  };
}

/** A standard error no smaller than the floor allows for this many pairs (identical data stay exact). */
function floorSe(change: PairedChange, floor: number): PairedChange {
  if (change.se === 0) return change;
  return { ...change, se: Math.max(change.se, floor / Math.sqrt(change.n)) };
}

function pair(c: MetricCase, floor: number, k: number): Paired | MetricDecision {
  const base = c.baseline.runForks[c.baseline.runForks.length - 1] ?? [];
  const head = c.current.forks;
  const n = Math.min(base.length, head.length);
  if (n === 0) {
    return {
      verdict: 'inconclusive',
      baseline: NaN,
      change: NaN,
      moreForksHelp: true,
      note: 'no pair of base and head forks to compare',
    };
  }
  const baseValue = median(base.slice(0, n));
  const headValue = median(head.slice(0, n));
  if (!(Number.isFinite(baseValue) && Number.isFinite(headValue) && baseValue >= 0 && headValue >= 0)) {
    return { verdict: 'inconclusive', baseline: baseValue, change: NaN, note: 'a value that is not a finite, non-negative number' };
  }
  const zero = zeroDecision(c.direction, baseValue, headValue, c.unit);
  if (zero) return zero;
  const d: number[] = [];
  for (const [i, b] of base.slice(0, n).entries()) {
    const h = element(head, i);
    // A pair with a zero member has no ratio; the medians above already decided for all-zero data.
    if (b > 0 && h > 0 && Number.isFinite(b) && Number.isFinite(h)) d.push(worseningLogRatio(c.direction, b, h));
  }
  if (d.length === 0) return { verdict: 'inconclusive', baseline: baseValue, change: NaN, moreForksHelp: true, note: 'no usable pair' };
  const dropped = disturbedPairs(d, { k, floor });
  const kept = d.filter((_, i) => !dropped.includes(i));
  return { case: c, d: kept, dropped, pairs: n, baseline: baseValue };
}

function decideOne(
  p: Paired,
  x: PairedChange,
  rejected: boolean,
  caseLevel: number,
  bonferroniLevel: number,
  s: { shownFraction: number; power: number },
): MetricDecision {
  const c = p.case;
  const dir = c.direction;
  const tLog = fractionToLog(dir, c.threshold);
  const tLogBetter = fractionToLog(dir, -c.threshold);
  // The interval shown, and the "unchanged" test, are per case at `caseLevel` on each side: ruling a
  // change out is a claim about this benchmark. A regression must in addition survive Holm's
  // correction across the suite (`rejected`), which is the claim that fails a pull request.
  const tq = x.se === 0 ? 0 : x.df > 0 ? studentTQuantile(1 - caseLevel, x.df) : Infinity;
  const lo = x.estimate - tq * x.se;
  const hi = x.estimate + tq * x.se;
  const interval: [number, number] = [logToFraction(dir, lo), logToFraction(dir, hi)];
  const change = logToFraction(dir, x.estimate);
  const shownLog = fractionToLog(dir, s.shownFraction * c.threshold);
  const tPower = x.df > 0 ? studentTQuantile(1 - bonferroniLevel, x.df) + studentTQuantile(s.power, x.df) : Infinity;
  const minimumDetectableChange = logToFraction(dir, shownLog + tPower * x.se);
  const notes: string[] = [];
  if (p.dropped.length > 0) {
    notes.push(`${p.dropped.length} of ${p.pairs} pairs left out: the machine was disturbed while they ran`);
  }

  let verdict: MetricDecision['verdict'];
  let moreForksHelp: boolean | undefined;
  let forksToSettle: number | undefined;
  if (rejected && hi >= tLog) {
    verdict = 'regression';
  } else if (hi < tLog) {
    verdict = hi < 0 && lo <= tLogBetter ? 'improvement' : 'unchanged';
  } else {
    verdict = 'inconclusive';
    moreForksHelp = true;
    if (lo > shownLog) notes.push(`worse on its own, but not beyond doubt across the suite (Holm)`);
    forksToSettle = pairsToSettle(x, tLog, shownLog, caseLevel);
    notes.push(
      forksToSettle === undefined
        ? `more than ${MAX_PAIRS_SUGGESTED} pairs would be needed to settle it (now ${x.n})`
        : `about ${forksToSettle} pairs would settle it (now ${x.n})`,
    );
  }
  const decision: MetricDecision = { verdict, baseline: p.baseline, change, interval, minimumDetectableChange };
  if (moreForksHelp !== undefined) decision.moreForksHelp = moreForksHelp;
  if (forksToSettle !== undefined) decision.forksToSettle = forksToSettle + p.dropped.length;
  if (notes.length > 0) decision.note = notes.join('; ');
  return decision;
}

/**
 * How many kept pairs would settle an undecided case, if the estimate and the spread stay where they
 * are; undefined past MAX_PAIRS_SUGGESTED.
 */
function pairsToSettle(x: PairedChange, tLog: number, shownLog: number, level: number): number | undefined {
  const goal = Math.max(x.estimate - shownLog, tLog - x.estimate);
  const perPair = x.se * Math.sqrt(x.n);
  const halfWidth = (n: number) => studentTQuantile(1 - level, Math.max(1, x.df + (n - x.n))) * (perPair / Math.sqrt(n));
  if (!(goal > 0) || !(perPair > 0) || halfWidth(MAX_PAIRS_SUGGESTED) >= goal) return undefined;
  let n = x.n + 1;
  while (halfWidth(n) >= goal) n++;
  return n;
}
