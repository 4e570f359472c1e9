// Noisy: copy and sort arrays of objects by a numeric then a string key (allocation + comparator calls).
import { rng, sink, units } from './slow.mjs';

const r = rng(2);
const rows = Array.from({ length: 100 }, (_, i) => ({ key: Math.floor(r() * 50), name: `row${Math.floor(r() * 1e6)}`, i }));
const U = units('sort-objects', 20);
export default (bench) => {
  bench.add('sort-objects', () => {
    let first = 0;
    for (let u = 0; u < U; u++) {
      const copy = rows.map((x) => ({ ...x }));
      copy.sort((a, b) => a.key - b.key || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      first += copy[0].i;
    }
    sink.value ^= first;
  });
};
