// perf-gate's own small JSON format for anything else (specified in docs/importing.md, "The custom JSON format"):
// { "benchmarks": [ { "name", "unit", "value" | "samples": [...], "metric"?, "direction"?, "metrics"?: { NAME: { "value" | "samples", "unit", "direction"? } } } ] }
import { hasOwnKey, setOwn } from '../../core/own.ts';
import type { BenchmarkResult, Direction, MetricValue } from '../../core/types.ts';
import { benchmark, describeJson, fromSamples, fromTimeAggregates, isNumber, isRecord, median, metric, normaliseUnit, notFormat, nsPer, numberArray, parseJson, type ImportInput, type Importer } from '../common.ts';
import { element } from '../../core/checked.ts';

const WHAT = 'perf-gate custom benchmark JSON';

type Where = string;

function direction(input: ImportInput, where: Where, v: unknown): Direction | undefined {
  if (v === undefined) return undefined;
  if (v === 'lower' || v === 'higher') return v;
  throw notFormat(input, WHAT, `${where}: "direction" must be "lower" or "higher" (found ${JSON.stringify(v)})`);
}

/** One value (or repetitions) of a non-latency metric. */
function valueMetric(input: ImportInput, where: Where, name: string, spec: Record<string, unknown>): MetricValue {
  if (typeof spec.unit !== 'string') throw notFormat(input, WHAT, `${where}: missing "unit" string`);
  const samples = spec.samples === undefined ? undefined : numberArray(spec.samples);
  if (spec.samples !== undefined && (!samples || samples.length === 0)) {
    throw notFormat(input, WHAT, `${where}: "samples" must be a non-empty array of numbers`);
  }
  if (samples && spec.value !== undefined) throw notFormat(input, WHAT, `${where}: give "value" or "samples", not both`);
  if (!samples && !isNumber(spec.value)) throw notFormat(input, WHAT, `${where}: missing "value" number or "samples" array`);
  const raw = samples ?? [spec.value as number];
  const values = raw.map((x) => normaliseUnit(x, spec.unit as string));
  const m = metric(name, median(values.map((v) => v.value)), element(values, 0).unit, samples ? { forks: values.map((v) => v.value), n: samples.length } : {});
  const d = direction(input, where, spec.direction);
  if (d) m.direction = d;
  return m;
}

export const custom: Importer = {
  name: 'custom',
  produces: 'any script that writes the JSON described in perf-gate\'s docs/importing.md, "The custom JSON format"',
  parse(input) {
    const doc = parseJson(input, WHAT);
    if (!isRecord(doc) || !Array.isArray(doc.benchmarks)) {
      throw notFormat(input, WHAT, `missing "benchmarks" array (found ${describeJson(doc)})`);
    }
    const seen = new Set<string>();
    return doc.benchmarks.map((b, i): BenchmarkResult => {
      const where = `benchmarks[${i}]`;
      if (!isRecord(b) || typeof b.name !== 'string' || b.name.trim() === '') throw notFormat(input, WHAT, `${where}: missing "name" string`);
      if (seen.has(b.name)) throw notFormat(input, WHAT, `${where}: duplicate name "${b.name}"`);
      seen.add(b.name);
      const at = `${where} ("${b.name}")`;
      let parts: Pick<BenchmarkResult, 'metrics'> & Partial<BenchmarkResult> = { metrics: {} };
      const hasMain = b.value !== undefined || b.samples !== undefined;
      if (hasMain) {
        if (typeof b.unit !== 'string') throw notFormat(input, WHAT, `${at}: missing "unit" string`);
        const timeUnit = nsPer(b.unit) !== undefined || normaliseUnit(1, b.unit).unit === 'ns';
        const samples = numberArray(b.samples);
        if (timeUnit && samples && samples.length > 0 && b.value === undefined && b.metric === undefined) {
          if (b.direction !== undefined) throw notFormat(input, WHAT, `${at}: "direction" does not apply to latency samples (their statistics have fixed directions)`);
          const f = normaliseUnit(1, b.unit).value;
          parts = fromSamples([samples.map((x) => x * f)]);
        } else if (timeUnit && isNumber(b.value) && b.metric === undefined && b.samples === undefined) {
          if (b.direction !== undefined) throw notFormat(input, WHAT, `${at}: "direction" does not apply to a time value (it is a mean latency); use "metric" to name it`);
          parts.metrics = fromTimeAggregates({ mean: normaliseUnit(b.value, b.unit).value });
        } else {
          const norm = normaliseUnit(1, b.unit).unit;
          const rate = norm === 'ops/s' || /\/s$/.test(norm);
          const name = typeof b.metric === 'string' && b.metric ? b.metric : rate ? 'throughput' : 'value';
          if (name === '__proto__') throw notFormat(input, WHAT, `${at}: "__proto__" is not a metric name`);
          setOwn(parts.metrics, name, valueMetric(input, at, name, b));
          if (b.samples !== undefined) parts.evidence = 'aggregates';
        }
      }
      if (b.metrics !== undefined) {
        if (!isRecord(b.metrics)) throw notFormat(input, WHAT, `${at}: "metrics" must be an object of { value | samples, unit, direction? }`);
        for (const [k, spec] of Object.entries(b.metrics)) {
          if (!isRecord(spec)) throw notFormat(input, WHAT, `${at}: metrics.${k} must be an object with "value" and "unit"`);
          if (k === '__proto__') throw notFormat(input, WHAT, `${at}: "__proto__" is not a metric name`);
          if (hasOwnKey(parts.metrics, k)) throw notFormat(input, WHAT, `${at}: metrics.${k} repeats a metric the main value already sets`);
          setOwn(parts.metrics, k, valueMetric(input, `${at} metrics.${k}`, k, spec));
        }
      }
      if (Object.keys(parts.metrics).length === 0) throw notFormat(input, WHAT, `${at}: no "value", "samples" or "metrics"`);
      return benchmark(input, 'custom', b.name, parts);
    });
  },
};
