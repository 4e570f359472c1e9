// A module that builds its own tinybench Bench: perf-gate runs the tasks it holds.
import { Bench } from 'tinybench';

const slow = Number(process.env.PERF_GATE_EXAMPLE_SLOW ?? 1);
const doc = { id: 1, tags: ['a', 'b', 'c'], items: Array.from({ length: 50 }, (_, i) => ({ i, name: `item ${i}` })) };
const text = JSON.stringify(doc);

const bench = new Bench({ time: 300 });
bench.add('parse', () => {
  for (let k = 0; k < slow; k++) JSON.parse(text);
});
export default bench;
