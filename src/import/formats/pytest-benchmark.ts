// pytest-benchmark `--benchmark-json=FILE`, or a file saved by `--benchmark-save`/`--benchmark-autosave`.
// `stats.data` (per-round times per iteration, seconds; always in --benchmark-json files, in saved
// files only with --benchmark-save-data) become latency samples; without it the stats are used:
// min, max, mean, median, stddev, ops, rounds.
import { benchmark, describeJson, fromSamples, fromTimeAggregates, isNumber, isRecord, notFormat, numberArray, parseJson, uniqueNames, type Importer } from '../common.ts';

const WHAT = 'pytest-benchmark JSON';

export const pytestBenchmark: Importer = {
  name: 'pytest-benchmark',
  produces: 'pytest --benchmark-only --benchmark-json=bench.json',
  parse(input) {
    const doc = parseJson(input, WHAT);
    if (!isRecord(doc) || !Array.isArray(doc.benchmarks)) {
      throw notFormat(input, WHAT, `missing "benchmarks" array (found ${describeJson(doc)})`);
    }
    const names = doc.benchmarks.map((b) => (isRecord(b) && typeof b.name === 'string' ? b.name : ''));
    const duplicated = new Set(names.filter((n, i) => names.indexOf(n) !== i));
    return uniqueNames(
      doc.benchmarks.map((b, i) => {
        if (!isRecord(b) || typeof b.name !== 'string' || !isRecord(b.stats)) {
          throw notFormat(input, WHAT, `benchmarks[${i}] has no "name" and "stats"`);
        }
        const name = duplicated.has(b.name) && typeof b.fullname === 'string' ? b.fullname : b.name;
        const s = b.stats;
        const data = numberArray(s.data);
        if (data && data.length > 0) {
          // Each round ran `iterations` calls; data[i] is the round's time per call (seconds).
          const iterations = isNumber(s.iterations) && s.iterations > 0 ? s.iterations : 1;
          const durationMs = data.reduce((a, x) => a + x, 0) * iterations * 1e3;
          return benchmark(input, 'pytest-benchmark', name, fromSamples([data.map((x) => x * 1e9)], [durationMs]));
        }
        if (!isNumber(s.mean)) throw notFormat(input, WHAT, `benchmarks[${i}] ("${b.name}") has neither "stats.data" nor "stats.mean"`);
        const sec = (v: unknown) => (isNumber(v) ? v * 1e9 : undefined);
        const metrics = fromTimeAggregates({
          mean: sec(s.mean),
          quantiles: { 0.5: sec(s.median) },
          min: sec(s.min),
          max: sec(s.max),
          stddev: sec(s.stddev),
          throughput: isNumber(s.ops) ? s.ops : undefined,
          n: isNumber(s.rounds) ? s.rounds : undefined,
        });
        return benchmark(input, 'pytest-benchmark', name, { metrics });
      }),
    );
  },
};
