// Google Benchmark `--benchmark_format=json` (or `--benchmark_out=FILE`). `real_time` is a mean time
// per iteration → `mean`; `cpu_time` → `cpu_time`; `bytes_per_second`, `items_per_second` and user
// counters → metrics of those names. With `--benchmark_repetitions=N` the iteration rows are the
// repetitions (value = their median, each kept in `forks`) and the aggregate rows (mean, median,
// stddev, cv, …) are ignored so nothing is counted twice; with `--benchmark_report_aggregates_only`
// only aggregates exist, and the median (else mean) aggregate and the stddev aggregate are used.
import { addMetric, benchmark, describeJson, fieldText, fromTimeAggregates, isNumber, isRecord, median, metric, notFormat, nsPer, parseJson, type Importer } from '../common.ts';
import type { MetricValue } from '../../core/types.ts';

const WHAT = 'Google Benchmark JSON output';
const KNOWN = new Set([
  'name', 'family_index', 'per_family_instance_index', 'run_name', 'run_type', 'repetitions',
  'repetition_index', 'threads', 'iterations', 'real_time', 'cpu_time', 'time_unit', 'aggregate_name',
  'aggregate_unit', 'error_occurred', 'error_message', 'label', 'skipped', 'big_o', 'rms',
]);

type Row = Record<string, unknown>;
interface Group {
  iterations: Row[];
  aggregates: Map<string, Row>;
}

export const googlebenchmark: Importer = {
  name: 'googlebenchmark',
  produces: './my_bench --benchmark_format=json --benchmark_repetitions=5 > bench.json',
  parse(input) {
    const doc = parseJson(input, WHAT);
    if (!isRecord(doc) || !Array.isArray(doc.benchmarks)) {
      throw notFormat(input, WHAT, `missing "benchmarks" array (found ${describeJson(doc)})`);
    }
    const groups = new Map<string, Group>();
    doc.benchmarks.forEach((row, i) => {
      if (!isRecord(row) || typeof row.name !== 'string') throw notFormat(input, WHAT, `benchmarks[${i}] has no "name"`);
      const runName = typeof row.run_name === 'string' ? row.run_name : row.name;
      const g: Group = groups.get(runName) ?? { iterations: [], aggregates: new Map() };
      groups.set(runName, g);
      if (row.run_type === 'aggregate') {
        if (typeof row.aggregate_name === 'string') g.aggregates.set(row.aggregate_name, row);
      } else {
        if (!isNumber(row.real_time)) throw notFormat(input, WHAT, `benchmarks[${i}] ("${row.name}") has no "real_time" number`);
        g.iterations.push(row);
      }
    });
    const out = [];
    for (const [name, g] of groups) {
      const failed = [...g.iterations, ...g.aggregates.values()].find((r) => r.error_occurred === true);
      if (failed) {
        out.push(benchmark(input, 'googlebenchmark', name, {
          status: 'error',
          error: `Google Benchmark reported an error: ${fieldText(failed.error_message ?? 'unknown')}`,
          metrics: {},
        }));
        continue;
      }
      const ns = (r: Row, key: 'real_time' | 'cpu_time') => {
        const unit = typeof r.time_unit === 'string' ? r.time_unit : 'ns';
        const f = nsPer(unit);
        if (f === undefined) throw notFormat(input, WHAT, `"${String(r.name)}" has unknown time_unit "${unit}"`);
        return (r[key] as number) * f;
      };
      let metrics: Record<string, MetricValue>;
      const extras = new Map<string, number[]>();
      if (g.iterations.length > 0) {
        const real = g.iterations.map((r) => ns(r, 'real_time'));
        metrics = fromTimeAggregates({ mean: median(real), meanForks: real, n: real.length });
        const cpu = g.iterations.filter((r) => isNumber(r.cpu_time)).map((r) => ns(r, 'cpu_time'));
        if (cpu.length > 0) metrics.cpu_time = metric('cpu_time', median(cpu), 'ns', cpu.length > 1 ? { forks: cpu } : {});
        for (const r of g.iterations) {
          for (const [k, v] of Object.entries(r)) if (!KNOWN.has(k) && isNumber(v)) extras.set(k, [...(extras.get(k) ?? []), v]);
        }
      } else {
        const centre = g.aggregates.get('median') ?? g.aggregates.get('mean');
        if (!centre || !isNumber(centre.real_time)) continue; // BigO/RMS-only groups
        const sd = g.aggregates.get('stddev');
        const reps = isNumber(centre.repetitions) ? centre.repetitions : undefined;
        metrics = fromTimeAggregates({
          mean: ns(centre, 'real_time'),
          stddev: sd && isNumber(sd.real_time) ? ns(sd, 'real_time') : undefined,
          n: reps,
        });
        if (isNumber(centre.cpu_time)) metrics.cpu_time = metric('cpu_time', ns(centre, 'cpu_time'), 'ns');
        for (const [k, v] of Object.entries(centre)) if (!KNOWN.has(k) && isNumber(v)) extras.set(k, [v]);
      }
      for (const [k, values] of extras) {
        const unit = k === 'bytes_per_second' ? 'B/s' : k === 'items_per_second' ? 'items/s' : '';
        addMetric(metrics, median(values), unit, k, values);
      }
      out.push(benchmark(input, 'googlebenchmark', name, { metrics }));
    }
    if (out.length === 0) throw notFormat(input, WHAT, '"benchmarks" holds no benchmark results');
    return out;
  },
};
