// Noisy: stringify and parse one large document per call (large strings, old-generation pressure).
import { sink, units } from './slow.mjs';

const rows = units('json-large', 2_000);
const doc = { rows: Array.from({ length: rows }, (_, i) => ({ id: i, name: `name${i}`, vals: [i, i * 2, i * 3] })) };
export default (bench) => {
  bench.add('json-large', () => {
    sink.value ^= JSON.parse(JSON.stringify(doc)).rows.length;
  });
};
