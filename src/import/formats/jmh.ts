// JMH `-rf json -rff results.json`. Per benchmark (× params × mode):
// - thrpt (ops/time): `throughput` = score (ops/s), higher is better; forks = per-fork means of rawData;
// - avgt (time/op): `mean` = score (ns), throughput = 1e9 / mean; forks as above;
// - sample (time/op): `mean` = score, p50/p99/p999/min/max from scorePercentiles (JMH computes them
//   over all samples; n from rawDataHistogram when present);
// - ss (single shot, time/op): rawData are single invocations → latency samples, one fork per JMH fork.
// secondaryMetrics (e.g. `·gc.alloc.rate.norm` B/op) → metrics named after the key.
import { addMetric, benchmark, describeJson, fieldText, fromSamples, fromTimeAggregates, isNumber, isRecord, metric, normaliseUnit, notFormat, parseJson, sanitiseMetricName, type Importer } from '../common.ts';
import { ownValue } from '../../core/own.ts';
import type { BenchmarkResult, MetricValue } from '../../core/types.ts';

const WHAT = 'JMH JSON result (-rf json)';

/** JMH's names of the percentiles in `scorePercentiles`, by level. */
const JMH_PERCENTILES: Readonly<Record<string, number>> = {
  '50.0': 0.5,
  '90.0': 0.9,
  '95.0': 0.95,
  '99.0': 0.99,
  '99.9': 0.999,
  '99.99': 0.9999,
  '99.999': 0.99999,
  '99.9999': 0.999999,
};

function quantilesOf(at: (key: string) => number | undefined): Record<number, number | undefined> {
  return Object.fromEntries(Object.entries(JMH_PERCENTILES).map(([key, level]) => [level, at(key)]));
}

function rawForks(raw: unknown): number[][] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(Array.isArray).map((f) => (f as unknown[]).filter(isNumber)).filter((f) => f.length > 0);
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export const jmh: Importer = {
  name: 'jmh',
  produces: 'java -jar target/benchmarks.jar -rf json -rff jmh.json',
  parse(input) {
    const doc = parseJson(input, WHAT);
    if (!Array.isArray(doc)) throw notFormat(input, WHAT, `expected an array of benchmark results (found ${describeJson(doc)})`);
    const rows = doc.map((r, i) => {
      if (!isRecord(r) || typeof r.benchmark !== 'string' || !isRecord(r.primaryMetric)) {
        throw notFormat(input, WHAT, `element ${i} has no "benchmark" and "primaryMetric" (found ${describeJson(r)})`);
      }
      const params = isRecord(r.params) ? Object.entries(r.params).map(([k, v]) => `${k}=${String(v)}`).join(', ') : '';
      return { r, benchmark: r.benchmark, pm: r.primaryMetric, base: params ? `${r.benchmark} (${params})` : r.benchmark, mode: fieldText(r.mode ?? '') };
    });
    const counts = new Map<string, number>();
    for (const x of rows) counts.set(x.base, (counts.get(x.base) ?? 0) + 1);
    return rows.map(({ r, benchmark: shown, pm, base, mode }, i): BenchmarkResult => {
      const name = (counts.get(base) ?? 0) > 1 ? `${base} [${mode}]` : base;
      if (!isNumber(pm.score) || typeof pm.scoreUnit !== 'string') {
        throw notFormat(input, WHAT, `element ${i} ("${shown}") has no primaryMetric.score and scoreUnit`);
      }
      const unit = pm.scoreUnit;
      const score = normaliseUnit(pm.score, unit);
      const forks = rawForks(pm.rawData).map((f) => f.map((x) => normaliseUnit(x, unit).value));
      const forkMeans = forks.map(mean);
      const nIter = forks.reduce((s, f) => s + f.length, 0) || undefined;
      let result: BenchmarkResult;
      if (score.unit === 'ops/s' || mode === 'thrpt') {
        const key = score.unit === 'ops/s' ? 'throughput' : sanitiseMetricName(unit);
        const m = metric(key, score.value, score.unit, nIter ? { n: nIter } : {});
        if (forkMeans.length > 1) m.forks = forkMeans;
        result = benchmark(input, 'jmh', name, { metrics: { [key]: m } });
      } else if (score.unit !== 'ns') {
        throw notFormat(input, WHAT, `element ${i} ("${shown}") has score unit "${unit}", neither ops/time nor time/op`);
      } else if (mode === 'ss' && forks.length > 0) {
        result = benchmark(input, 'jmh', name, fromSamples(forks));
      } else if (mode === 'sample') {
        const pct = isRecord(pm.scorePercentiles) ? pm.scorePercentiles : {};
        const at = (k: string) => {
          const v = ownValue(pct, k);
          return isNumber(v) ? normaliseUnit(v, unit).value : undefined;
        };
        let n: number | undefined;
        if (Array.isArray(pm.rawDataHistogram)) {
          n = 0;
          for (const fork of pm.rawDataHistogram) for (const it of Array.isArray(fork) ? fork : []) for (const bin of Array.isArray(it) ? it : []) if (Array.isArray(bin) && isNumber(bin[1])) n += bin[1];
        }
        result = benchmark(input, 'jmh', name, {
          metrics: fromTimeAggregates({ mean: score.value, quantiles: quantilesOf(at), min: at('0.0'), max: at('100.0'), n: n || undefined }),
        });
      } else {
        // JMH's score is the mean over all iterations of all forks; the fork means are kept as forks.
        const metrics: Record<string, MetricValue> = fromTimeAggregates({ mean: score.value, meanForks: forkMeans, n: nIter });
        result = benchmark(input, 'jmh', name, { metrics });
      }
      if (isRecord(r.secondaryMetrics)) {
        for (const [key, sm] of Object.entries(r.secondaryMetrics)) {
          if (!isRecord(sm) || !isNumber(sm.score) || typeof sm.scoreUnit !== 'string') continue;
          const smForks = rawForks(sm.rawData).map(mean);
          addMetric(result.metrics, sm.score, sm.scoreUnit, sanitiseMetricName(key), smForks.length > 1 ? smForks : undefined);
        }
      }
      return result;
    });
  },
};
