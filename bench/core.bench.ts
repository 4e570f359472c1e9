// The cost of perf-gate's own core: statistics over 10^6 samples, and reading and writing the
// documents of a 100-benchmark suite. Run with `npm run bench`; figures go in docs/figures.md with the
// machine named. Not part of the test suite: timings belong here, not in tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { appendRun, readBaselineOrResults, readResults, writeJsonAtomic } from '../src/baseline/documents.ts';
import { NATIVE_METRICS } from '../src/core/metrics.ts';
import { RESULTS_KIND, SCHEMA_VERSION, type BaselineHistory, type BenchmarkResult, type ResultsDocument } from '../src/core/types.ts';
import { reservoir } from '../src/stats/reservoir.ts';
import { summarizeLatencies } from '../src/stats/summary.ts';

// A deterministic, log-normal-ish latency sample: what a real benchmark's samples look like.
function samples(n: number, seed = 1): Float64Array {
  let s = seed >>> 0;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = 1000 * Math.exp(0.3 * Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand()));
  return out;
}

function benchmarkResult(name: string, forks: Float64Array[]): BenchmarkResult {
  const perFork = forks.map((f) => summarizeLatencies(f));
  const metrics: BenchmarkResult['metrics'] = {};
  for (const m of NATIVE_METRICS) {
    const values = perFork.map((s) => s[m.name]);
    const [value] = values;
    if (value === undefined) throw new Error(`${name}: no forks`);
    metrics[m.name] = { value, unit: m.unit, direction: m.direction, forks: values, n: 30_000 };
  }
  return { name, kind: 'file', status: 'ok', evidence: 'samples', metrics, samples: { unit: "ns", perFork: forks.map((f) => reservoir(f)) } };
}

function suite(benchmarks: number): ResultsDocument {
  const forks = [samples(10_000, 1), samples(10_000, 2), samples(10_000, 3)];
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    createdAt: new Date(0).toISOString(),
    tool: { name: 'perf-gate', version: 'bench' },
    git: { commit: '0'.repeat(40) },
    configHash: 'bench',
    machine: { node: process.version, os: process.platform, arch: process.arch, cpu: cpus()[0]?.model ?? '?', cores: cpus().length, memoryBytes: 0, runner: 'bench' },
    benchmarks: Array.from({ length: benchmarks }, (_, i) => benchmarkResult(`suite/benchmark-${i}`, forks)),
  };
}

const million = samples(1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'perf-gate-bench-'));
const resultsPath = join(dir, 'results.json');
const historyPath = join(dir, 'baseline.json');
const doc = suite(100);
let history: BaselineHistory | null = null;
for (let i = 0; i < 20; i++) history = appendRun(history, doc, 20).history;
writeJsonAtomic(resultsPath, doc);
writeJsonAtomic(historyPath, history);

const bench = new Bench({ time: 2000, warmupTime: 200 });
bench
  .add('summarize 10^6 samples (p50/p99/p999/mean/stddev)', () => {
    summarizeLatencies(million);
  })
  .add('reservoir of 10^6 samples (256 kept)', () => {
    reservoir(million);
  })
  .add('write results, 100 benchmarks × 3 forks', () => {
    writeJsonAtomic(resultsPath, doc);
  })
  .add('read + validate results, 100 benchmarks', () => {
    readResults(resultsPath);
  })
  .add('read + validate baseline history, 20 runs × 100 benchmarks', () => {
    readBaselineOrResults(historyPath);
  });

await bench.run();
rmSync(dir, { recursive: true, force: true });

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`perf-gate core benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpu} (${cpus().length} cores), Node ${process.version}`);
console.log('| operation | median | p99 | samples |');
console.log('|---|---:|---:|---:|');
for (const task of bench.tasks) {
  const r = task.result;
  if (!('latency' in r)) {
    console.log(`| ${task.name} | failed | | |`);
    continue;
  }
  console.log(`| ${task.name} | ${r.latency.p50.toFixed(2)} ms | ${r.latency.p99.toFixed(2)} ms | ${r.latency.samplesCount} |`);
}
