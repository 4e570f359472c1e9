// One cheap task (see tiny.perf-gate.yml).
export default function tiny(bench) {
  bench.add('sort', () => [3, 1, 2].sort());
}
