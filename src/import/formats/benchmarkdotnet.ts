// BenchmarkDotNet JSON exporter, full flavour (`[JsonExporterAttribute.Full]` or
// `--exporters json`, file `*-report-full.json`; the brief/default flavour works too).
// Samples: `Measurements` of IterationMode `Workload` and IterationStage `Result` (BDN's
// overhead-corrected actual iterations), Nanoseconds / Operations each, one fork per LaunchIndex;
// else `Statistics.OriginalValues` (ns per operation); else the `Statistics` aggregates.
// `Memory.BytesAllocatedPerOperation` (MemoryDiagnoser) → `bytes_per_op`.
import { addMetric, benchmark, describeJson, fromSamples, fromTimeAggregates, isNumber, isRecord, notFormat, numberArray, parseJson, uniqueNames, type Importer } from '../common.ts';
import type { BenchmarkResult } from '../../core/types.ts';

const WHAT = 'BenchmarkDotNet JSON export';

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
        const byLaunch = new Map<number, number[]>();
        const launchNs = new Map<number, number>();
        if (Array.isArray(b.Measurements)) {
          for (const m of b.Measurements) {
            if (!isRecord(m) || m.IterationMode !== 'Workload' || m.IterationStage !== 'Result') continue;
            if (!isNumber(m.Nanoseconds) || !isNumber(m.Operations) || m.Operations <= 0) continue;
            const launch = isNumber(m.LaunchIndex) ? m.LaunchIndex : 1;
            byLaunch.set(launch, [...(byLaunch.get(launch) ?? []), m.Nanoseconds / m.Operations]);
            launchNs.set(launch, (launchNs.get(launch) ?? 0) + m.Nanoseconds);
          }
        }
        const stats = isRecord(b.Statistics) ? b.Statistics : undefined;
        let result: BenchmarkResult;
        if (byLaunch.size > 0) {
          const launches = [...byLaunch.keys()].sort((x, y) => x - y);
          const forks = launches.map((l) => byLaunch.get(l)!);
          result = benchmark(input, 'benchmarkdotnet', name, fromSamples(forks, launches.map((l) => launchNs.get(l)! / 1e6)));
        } else if (stats && numberArray(stats.OriginalValues)?.length) {
          result = benchmark(input, 'benchmarkdotnet', name, fromSamples([numberArray(stats.OriginalValues)!]));
        } else if (stats && isNumber(stats.Mean)) {
          const pct = isRecord(stats.Percentiles) ? stats.Percentiles : {};
          const num = (v: unknown) => (isNumber(v) ? v : undefined);
          result = benchmark(input, 'benchmarkdotnet', name, {
            metrics: fromTimeAggregates({
              mean: stats.Mean,
              p50: num(stats.Median),
              min: num(stats.Min),
              max: num(stats.Max),
              stddev: num(stats.StandardDeviation),
              n: num(stats.N),
              p99: undefined,
              p75: num(pct.P75),
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
