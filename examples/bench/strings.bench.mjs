// Two string tasks, added to the Bench perf-gate creates (with the config's time and iterations).
// PERF_GATE_EXAMPLE_SLOW=2 makes them do twice the work: a real slowdown to watch perf-gate catch.
const slow = Number(process.env.PERF_GATE_EXAMPLE_SLOW ?? 1);
const words = Array.from({ length: 200 }, (_, i) => `word${i}`);

export default function strings(bench) {
  bench
    .add('join', () => {
      for (let k = 0; k < slow; k++) words.join(' ');
    })
    .add('split', () => {
      const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa '.repeat(10);
      for (let k = 0; k < slow; k++) text.split(' ');
    });
}
