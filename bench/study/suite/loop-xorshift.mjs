// Stable: xorshift32 hashing in a tight loop (no allocation).
import { sink, units } from './slow.mjs';

const N = units('loop-xorshift', 20_000);
export default (bench) => {
  bench.add('loop-xorshift', () => {
    let x = 2463534242;
    for (let i = 0; i < N; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
    }
    sink.value ^= x;
  });
};
