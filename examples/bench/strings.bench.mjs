// Two string tasks, added to the Bench perf-gate creates (with the config's time and iterations).
// PERF_GATE_EXAMPLE_SLOW=N makes every task do its work N times over (`npm run start:slower` sets
// 10): a slowdown far beyond the noise of a busy machine, so the demo shows a regression every time.
const repeat = Math.max(1, Math.floor(Number(process.env.PERF_GATE_EXAMPLE_SLOW ?? 1)) || 1);
const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa '.repeat(10);

export default function strings(bench) {
  bench
    // Each task returns what it computed, so the engine cannot drop work whose result nobody reads.
    .add('join', () => {
      let length = 0;
      for (let k = 0; k < repeat; k++) length += words.join(' ').length;
      return length;
    })
    .add('split', () => {
      let parts = 0;
      for (let k = 0; k < repeat; k++) parts += text.split(' ').length;
      return parts;
    });
}
