// BenchmarkDotNet JSON exporter, full flavour (`[JsonExporterAttribute.Full]` or
// `--exporters json`, file `*-report-full.json`; the brief/default flavour works too).
// Samples: `Measurements` of IterationMode `Workload` and IterationStage `Result` (BDN's
// overhead-corrected actual iterations), Nanoseconds / Operations each, one fork per LaunchIndex;
// else `Statistics.OriginalValues` (ns per operation); else the `Statistics` aggregates.
// `Memory.BytesAllocatedPerOperation` (MemoryDiagnoser) → `bytes_per_op`.
import { addMetric, benchmark, describeJson, fromSamples, fromTimeAggregates, isNumber, isRecord, notFormat, numberArray, parseJson, uniqueNames, type Importer } from '../common.ts';
import type { BenchmarkResult } from '../../core/types.ts';
import { quantilesByLevel } from '../../stats/quantile.ts';

const WHAT = 'BenchmarkDotNet JSON export';

/** BenchmarkDotNet's names of the percentiles in `Statistics.Percentiles`, by level. */
const BDN_PERCENTILES: Readonly<Record<string, number>> = { P25: 0.25, P50: 0.5, P67: 0.67, P80: 0.8, P85: 0.85, P90: 0.9, P95: 0.95 };

export const benchmarkdotnet: Importer = {
  name: 'benchmarkdotnet',
  produces: 'dotnet run -c Release -- --exporters json  (BenchmarkDotNet.Artifacts/results/*-report-full.json)',
  parse(input) {
    const doc = parseJson(input, WHAT);
    if (!isRecord(doc) || !Array.isArray(doc.Benchmarks)) {
      throw notFormat(input, WHAT, `missing "Benchmarks" array (found ${describeJson(doc)})`);
    }
    const names = doc.Benchmarks.map((b) => (isRecord(b) && typeof b.FullName === 'string' ? b.FullName : ''));
    const duplicated = new Set(names.filter((n, i) => names.indexOf(n) !== i));
    return uniqueNames(
      doc.Benchmarks.map((b, i): BenchmarkResult => {
        if (!isRecord(b) || typeof b.FullName !== 'string') throw notFormat(input, WHAT, `Benchmarks[${i}] has no "FullName"`);
        const name = duplicated.has(b.FullName) && typeof b.DisplayInfo === 'string' ? `${b.FullName} [${b.DisplayInfo}]` : b.FullName;
        /** Per launch (BDN's process): time per operation of each measurement, and their total time. */
        const byLaunch = new Map<number, { samples: number[]; totalNs: number }>();
        if (Array.isArray(b.Measurements)) {
          for (const m of b.Measurements) {
            if (!isRecord(m) || m.IterationMode !== 'Workload' || m.IterationStage !== 'Result') continue;
            if (!isNumber(m.Nanoseconds) || !isNumber(m.Operations) || m.Operations <= 0) continue;
            const launch = isNumber(m.LaunchIndex) ? m.LaunchIndex : 1;
            const acc = byLaunch.get(launch) ?? { samples: [], totalNs: 0 };
            acc.samples.push(m.Nanoseconds / m.Operations);
            acc.totalNs += m.Nanoseconds;
            byLaunch.set(launch, acc);
          }
        }
        const stats = isRecord(b.Statistics) ? b.Statistics : undefined;
        const originals = numberArray(stats?.OriginalValues);
        let result: BenchmarkResult;
        if (byLaunch.size > 0) {
          const launches = [...byLaunch.entries()].sort(([x], [y]) => x - y).map(([, launch]) => launch);
          result = benchmark(input, 'benchmarkdotnet', name, fromSamples(launches.map((l) => l.samples), launches.map((l) => l.totalNs / 1e6)));
        } else if (stats && originals && originals.length > 0) {
          result = benchmark(input, 'benchmarkdotnet', name, fromSamples([originals]));
        } else if (stats && isNumber(stats.Mean)) {
          const pct = isRecord(stats.Percentiles) ? stats.Percentiles : {};
          const num = (v: unknown) => (isNumber(v) ? v : undefined);
          result = benchmark(input, 'benchmarkdotnet', name, {
            metrics: fromTimeAggregates({
              mean: stats.Mean,
              quantiles: { ...quantilesByLevel(pct, BDN_PERCENTILES, 1), ...(isNumber(stats.Median) ? { 0.5: stats.Median } : {}) },
              min: num(stats.Min),
              max: num(stats.Max),
              stddev: num(stats.StandardDeviation),
              n: num(stats.N),
            }),
          });
        } else {
          throw notFormat(input, WHAT, `Benchmarks[${i}] ("${b.FullName}") has no Workload Result measurements and no "Statistics"`);
        }
        const mem = isRecord(b.Memory) ? b.Memory : undefined;
        if (mem && isNumber(mem.BytesAllocatedPerOperation)) addMetric(result.metrics, mem.BytesAllocatedPerOperation, 'B/op', 'bytes_per_op');
        return result;
      }),
    );
  },
};
