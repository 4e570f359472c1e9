// Stable: floating-point polynomial evaluation (Horner) in a tight loop.
import { sink, units } from './slow.mjs';

const N = units('loop-float', 20_000);
export default (bench) => {
  bench.add('loop-float', () => {
    let acc = 0;
    let x = 0.5;
    for (let i = 0; i < N; i++) {
      acc += ((((0.3 * x - 1.2) * x + 0.7) * x - 0.1) * x + 2.0);
      x = x * 0.999 + 0.0005;
    }
    sink.value += acc;
  });
};
