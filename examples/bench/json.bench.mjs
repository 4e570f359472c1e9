// A module that builds its own tinybench Bench: perf-gate runs the tasks it holds.
// PERF_GATE_EXAMPLE_SLOW=N makes the task parse the document N times over (see strings.bench.mjs).
import { Bench } from 'tinybench';

const repeat = Math.max(1, Math.floor(Number(process.env.PERF_GATE_EXAMPLE_SLOW ?? 1)) || 1);
const doc = { id: 1, tags: ['a', 'b', 'c'], items: Array.from({ length: 50 }, (_, i) => ({ i, name: `item ${i}` })) };
const text = JSON.stringify(doc);

const bench = new Bench({ time: 300 });
bench.add('parse', () => {
  let items = 0;
  for (let k = 0; k < repeat; k++) items += JSON.parse(text).items.length;
  return items;
});
export default bench;
