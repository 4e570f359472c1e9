// vitest benchmarks, two outputs:
// - vitest 1-4: `vitest bench --run --outputJson bench.json` → { files: [{ groups: [{ fullName, benchmarks }] }] }
//   (aggregates in ms: mean, median, p75, p99, p995, p999, min, max, sd, hz, sampleCount);
// - vitest 5: `vitest bench --run --reporter=json --outputFile=bench.json` → the JSON reporter's
//   `testResults[].assertionResults[].benchmarks[].tasks[]` with tinybench `latency` statistics,
//   including raw `latency.samples` when the config sets `benchmark: { retainSamples: true }`.
// Names: `<file> > <group/test> > <bench>`.
import { basename } from 'node:path';
import { benchmark, describeJson, isRecord, notFormat, parseJson, uniqueNames, type Importer } from '../common.ts';
import type { BenchmarkResult } from '../../core/types.ts';
import { fromTinybenchStats } from './tinybench.ts';

const WHAT = 'vitest benchmark JSON (bench --outputJson, or the vitest 5 json reporter)';

export const vitest: Importer = {
  name: 'vitest',
  produces: 'vitest bench --run --outputJson bench.json  (vitest 5: vitest bench --run --reporter=json --outputFile=bench.json)',
  parse(input) {
    const doc = parseJson(input, WHAT);
    const out: BenchmarkResult[] = [];
    const add = (name: string, stats: unknown) => {
      if (!isRecord(stats)) throw notFormat(input, WHAT, `benchmark "${name}" has no statistics`);
      const parts = fromTinybenchStats(stats);
      if (!parts) throw notFormat(input, WHAT, `benchmark "${name}" has no "mean"`);
      out.push(benchmark(input, 'vitest', name, parts));
    };
    if (isRecord(doc) && Array.isArray(doc.files)) {
      for (const f of doc.files) {
        if (!isRecord(f) || !Array.isArray(f.groups)) throw notFormat(input, WHAT, 'a "files" entry has no "groups" array');
        for (const g of f.groups) {
          if (!isRecord(g) || !Array.isArray(g.benchmarks)) throw notFormat(input, WHAT, 'a group has no "benchmarks" array');
          for (const b of g.benchmarks) {
            if (!isRecord(b) || typeof b.name !== 'string') throw notFormat(input, WHAT, 'a benchmark has no "name"');
            add(typeof g.fullName === 'string' && g.fullName ? `${g.fullName} > ${b.name}` : b.name, b);
          }
        }
      }
    } else if (isRecord(doc) && Array.isArray(doc.testResults)) {
      for (const file of doc.testResults) {
        if (!isRecord(file) || !Array.isArray(file.assertionResults)) continue;
        const fileName = typeof file.name === 'string' ? basename(file.name) : '';
        for (const test of file.assertionResults) {
          if (!isRecord(test) || !Array.isArray(test.benchmarks)) continue;
          for (const group of test.benchmarks) {
            if (!isRecord(group) || !Array.isArray(group.tasks)) continue;
            for (const task of group.tasks) {
              if (!isRecord(task) || typeof task.name !== 'string' || task.fromStore === true) continue;
              const prefix = [fileName, typeof group.name === 'string' ? group.name : ''].filter(Boolean).join(' > ');
              add(prefix ? `${prefix} > ${task.name}` : task.name, task.latency);
            }
          }
        }
      }
      if (out.length === 0) {
        throw notFormat(input, WHAT, 'the JSON report holds no benchmarks (run `vitest bench` with --reporter=json)');
      }
    } else {
      throw notFormat(input, WHAT, `missing "files" array (found ${describeJson(doc)})`);
    }
    return uniqueNames(out);
  },
};
