// hyperfine `--export-json FILE`: every run time of every command becomes a latency sample.
import { addMetric, benchmark, describeJson, fromSamples, isNumber, isRecord, notFormat, numberArray, parseJson, uniqueNames, type Importer } from '../common.ts';

const WHAT = 'hyperfine --export-json output';

export const hyperfine: Importer = {
  name: 'hyperfine',
  produces: 'hyperfine --export-json results.json CMD...',
  parse(input) {
    const doc = parseJson(input, WHAT);
    if (!isRecord(doc) || !Array.isArray(doc.results)) {
      throw notFormat(input, WHAT, `missing "results" array (found ${describeJson(doc)})`);
    }
    return uniqueNames(
      doc.results.map((r, i) => {
        if (!isRecord(r) || typeof r.command !== 'string') {
          throw notFormat(input, WHAT, `results[${i}] has no "command" string`);
        }
        const times = numberArray(r.times);
        if (!times || times.length === 0) {
          throw notFormat(input, WHAT, `results[${i}] ("${r.command}") has no "times" array of run times`);
        }
        const parts = fromSamples([times.map((t) => t * 1e9)]);
        // User and system CPU time (means over the runs) as extra metrics.
        if (isNumber(r.user)) addMetric(parts.metrics, r.user, 's', 'user_time');
        if (isNumber(r.system)) addMetric(parts.metrics, r.system, 's', 'system_time');
        return benchmark(input, 'hyperfine', r.command, parts);
      }),
    );
  },
};
