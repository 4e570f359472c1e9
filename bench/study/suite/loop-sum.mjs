// Stable: an integer arithmetic loop (no allocation).
import { sink, units } from './slow.mjs';

const N = units('loop-sum', 20_000);
export default (bench) => {
  bench.add('loop-sum', () => {
    let s = 0;
    for (let i = 0; i < N; i++) s = (s + ((i * i) % 7)) | 0;
    sink.value ^= s;
  });
};
