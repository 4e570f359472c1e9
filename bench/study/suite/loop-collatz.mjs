// Stable: branchy integer work (Collatz steps over a range of starts).
import { sink, units } from './slow.mjs';

const STARTS = units('loop-collatz', 400);
export default (bench) => {
  bench.add('loop-collatz', () => {
    let steps = 0;
    for (let n0 = 1; n0 <= STARTS; n0++) {
      let n = n0;
      while (n !== 1) {
        n = n % 2 === 0 ? n / 2 : 3 * n + 1;
        steps++;
      }
    }
    sink.value ^= steps;
  });
};
