// Noisy: allocate a large array of small objects per call (young-generation GC, promotion).
import { sink, units } from './slow.mjs';

const N = units('alloc-objects', 20_000);
export default (bench) => {
  bench.add('alloc-objects', () => {
    const a = Array.from({ length: N }, (_, i) => ({ i, s: 'x' + (i & 63) }));
    sink.value ^= a[a.length - 1].i;
  });
};
