// tinybench results printed as JSON, in either of two shapes (see docs/importing.md):
// - the result table: `console.log(JSON.stringify(bench.table()))` (tinybench 2 to 6 columns);
// - the task results: `console.log(JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result }))))`,
//   which carry `latency.samples` when the Bench was created with `retainSamples: true` (tinybench 3+)
//   or `samples` (tinybench 2): then full statistics are computed from the raw samples.
// Times in tinybench results are milliseconds; tables say their unit in the column name.
import type { BenchmarkResult, MetricValue } from '../../core/types.ts';
import { quantilesByLevel } from '../../stats/quantile.ts';
import { TINYBENCH_QUANTILES } from '../../stats/tinybench.ts';
import { benchmark, describeJson, fieldText, fromSamples, fromTimeAggregates, isNumber, isRecord, notFormat, numberArray, nsPer, parseJson, uniqueNames, type ImportInput, type Importer } from '../common.ts';
import { captured } from '../../core/checked.ts';

const WHAT = 'tinybench results JSON (bench.table() or task results)';

type Parts = Pick<BenchmarkResult, 'metrics'> & Partial<BenchmarkResult>;

/**
 * A tinybench / vitest statistics object in milliseconds: the nested `latency` statistics of
 * tinybench 3+ (and vitest 5), or the flat task result of tinybench 2 (and vitest 1-4 JSON).
 * Raw samples when present, else the aggregates.
 */
export function fromTinybenchStats(stats: Record<string, unknown>): Parts | undefined {
  const samples = numberArray(stats.samples);
  if (samples && samples.length > 0) return fromSamples([samples.map((x) => x * 1e6)]);
  if (!isNumber(stats.mean)) return undefined;
  const ms = (v: unknown) => (isNumber(v) ? v * 1e6 : undefined);
  const n = [stats.samplesCount, stats.sampleCount, stats.df].find(isNumber);
  const metrics = fromTimeAggregates({
    mean: ms(stats.mean),
    quantiles: quantilesByLevel(stats, TINYBENCH_QUANTILES, 1e6, { p50: 'median' }),
    min: ms(stats.min),
    max: ms(stats.max),
    stddev: ms(stats.sd),
    n: n === stats.df && n !== undefined ? n + 1 : n,
  });
  return { metrics };
}

/** The leading number of a table cell: 26451, "26451 ± 0.78%", "36,748". */
function cellNumber(v: unknown): number | undefined {
  if (isNumber(v)) return v;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*([-+]?[\d,]*\.?\d+(?:e[-+]?\d+)?)/i.exec(v);
  if (!m) return undefined;
  const x = Number(captured(m, 1).replace(/,/g, ''));
  return Number.isFinite(x) ? x : undefined;
}

function fromTableRow(input: ImportInput, row: Record<string, unknown>, i: number): BenchmarkResult {
  const name = row['Task name'] ?? row['Task Name'];
  if (typeof name !== 'string') throw notFormat(input, WHAT, `row ${i} has no "Task name"`);
  if (row.Error !== undefined) {
    return benchmark(input, 'tinybench', name, { status: 'error', error: `tinybench reported an error: ${fieldText(row.Error)}`, metrics: {} });
  }
  let mean: number | undefined;
  let p50: number | undefined;
  for (const [key, value] of Object.entries(row)) {
    const k = /^(?:latency\s+)?(avg|average|mean|med|median)(?:\s+time)?\s*\((\w+)\)$/i.exec(key.trim());
    const unit = k ? nsPer(captured(k, 2)) : undefined;
    const x = cellNumber(value);
    if (!k || unit === undefined || x === undefined) continue;
    if (/^(avg|average|mean)$/i.test(captured(k, 1))) mean = x * unit;
    else p50 = x * unit;
  }
  let metrics: Record<string, MetricValue>;
  const n = cellNumber(row.Samples);
  if (mean !== undefined || p50 !== undefined) {
    metrics = fromTimeAggregates({ mean, quantiles: { 0.5: p50 }, n });
  } else {
    const hz = cellNumber(row['ops/sec']);
    if (hz === undefined) throw notFormat(input, WHAT, `row ${i} ("${name}") has no latency or ops/sec column`);
    metrics = fromTimeAggregates({ throughput: hz, n });
  }
  return benchmark(input, 'tinybench', name, { metrics });
}

export const tinybench: Importer = {
  name: 'tinybench',
  produces: "node bench.mjs > bench.json  # prints JSON.stringify(bench.table()) or the task results",
  parse(input) {
    const doc = parseJson(input, WHAT);
    const rows = isRecord(doc) && Array.isArray(doc.tasks) ? doc.tasks : doc;
    if (!Array.isArray(rows) || rows.length === 0 || !rows.every(isRecord)) {
      throw notFormat(input, WHAT, `expected a non-empty array of table rows or tasks (found ${describeJson(doc)})`);
    }
    return uniqueNames(
      rows.map((row, i) => {
        if ('Task name' in row || 'Task Name' in row) return fromTableRow(input, row, i);
        if (typeof row.name !== 'string' || !isRecord(row.result)) {
          throw notFormat(input, WHAT, `element ${i} is neither a table row ("Task name") nor a task ({ name, result }) (found ${describeJson(row)})`);
        }
        const r = row.result;
        if (r.state === 'errored' || r.error !== undefined) {
          return benchmark(input, 'tinybench', row.name, { status: 'error', error: `tinybench reported an error: ${String(isRecord(r.error) ? r.error.message : r.error)}`, metrics: {} });
        }
        const parts = fromTinybenchStats(isRecord(r.latency) ? r.latency : r);
        if (!parts) throw notFormat(input, WHAT, `task "${row.name}" has no latency statistics`);
        return benchmark(input, 'tinybench', row.name, parts);
      }),
    );
  },
};
