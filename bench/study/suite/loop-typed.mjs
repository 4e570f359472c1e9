// Stable: summing a preallocated Float64Array (memory-bound but allocation-free).
import { sink, units } from './slow.mjs';

const data = new Float64Array(1024).map((_, i) => (i % 17) * 0.25);
const U = units('loop-typed', 40);
export default (bench) => {
  bench.add('loop-typed', () => {
    let s = 0;
    for (let u = 0; u < U; u++) {
      for (let i = 0; i < data.length; i++) s += data[i] * u;
    }
    sink.value += s;
  });
};
