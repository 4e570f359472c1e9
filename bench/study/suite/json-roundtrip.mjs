// Noisy: JSON stringify + parse of small documents (allocation, strings, GC).
import { rng, sink, units } from './slow.mjs';

const r = rng(1);
const docs = Array.from({ length: 40 }, (_, d) => ({
  id: d,
  name: `doc ${d}`,
  tags: ['alpha', 'beta', 'gamma'].slice(0, 1 + (d % 3)),
  items: Array.from({ length: 12 }, (_, i) => ({ i, price: Math.round(r() * 10000) / 100, label: `item-${d}-${i}` })),
}));
const U = units('json-roundtrip', 40);
export default (bench) => {
  bench.add('json-roundtrip', () => {
    let n = 0;
    for (let u = 0; u < U; u++) n += JSON.parse(JSON.stringify(docs[u % docs.length])).items.length;
    sink.value ^= n;
  });
};
