// Noisy: fill and drain a Map with string keys (hashing, allocation, rehashing).
import { sink, units } from './slow.mjs';

const keys = Array.from({ length: 200 }, (_, i) => `key:${i * 7919}`);
const U = units('map-churn', 20);
export default (bench) => {
  bench.add('map-churn', () => {
    let n = 0;
    for (let u = 0; u < U; u++) {
      const m = new Map();
      for (let i = 0; i < keys.length; i++) m.set(keys[i] + u, i);
      for (let i = 0; i < keys.length; i += 2) m.delete(keys[i] + u);
      n += m.size;
    }
    sink.value ^= n;
  });
};
