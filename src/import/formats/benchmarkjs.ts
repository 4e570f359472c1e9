// benchmark.js console output: the `String(event.target)` line printed on each `cycle` event,
// `name x 1,431,759 ops/sec ±0.74% (93 runs sampled)`. Only the rate is printed, so the benchmark
// gets `throughput` (ops/s) resting on `n` sampled runs; other lines are ignored.
import { benchmark, describeText, metric, notFormat, uniqueNames, type Importer } from '../common.ts';
import { captured } from '../../core/checked.ts';

const WHAT = 'benchmark.js console output';
const LINE = /^(.+?) x ([\d,]*\.?\d+) ops\/sec (?:±|\+\/-)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;

export const benchmarkjs: Importer = {
  name: 'benchmarkjs',
  produces: "node suite.js | tee bench.txt  # with .on('cycle', e => console.log(String(e.target)))",
  parse(input) {
    const out = [];
    for (const raw of input.text.split(/\r?\n/)) {
      const m = LINE.exec(raw.trim());
      if (!m) continue;
      const hz = Number(captured(m, 2).replace(/,/g, ''));
      const n = Number(captured(m, 4));
      out.push(benchmark(input, 'benchmarkjs', captured(m, 1), { metrics: { throughput: metric('throughput', hz, 'ops/s', { n }) } }));
    }
    if (out.length === 0) {
      throw notFormat(input, WHAT, `no "NAME x N ops/sec ±X% (N runs sampled)" lines (found ${describeText(input.text)})`);
    }
    return uniqueNames(out);
  },
};
