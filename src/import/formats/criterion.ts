// Criterion.rs, three inputs (told apart by content):
// - `target/criterion/<bench>/new/sample.json` → { sampling_mode, iters: [...], times: [...] } (ns per
//   sample of `iters[i]` iterations): each times[i] / iters[i] is a latency sample;
// - `target/criterion/<bench>/new/estimates.json` → { mean, median, std_dev, slope?, … } each with
//   a `point_estimate` in ns: aggregates;
// - the bencher text format (`cargo bench -- --output-format bencher`, also what libtest's
//   `cargo bench` prints): `test NAME ... bench: 1,234 ns/iter (+/- 56)` → `mean`.
// For the JSON files the name is `full_id` of the sibling benchmark.json when present, else the
// directory path under `criterion/` (`<group>/<function>/<parameter>`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { benchmark, describeJson, describeText, fromSamples, fromTimeAggregates, isNumber, isRecord, notFormat, numberArray, parseJson, uniqueNames, type ImportInput, type Importer } from '../common.ts';
import type { BenchmarkResult } from '../../core/types.ts';
import { captured, element } from '../../core/checked.ts';

const WHAT_JSON = 'Criterion sample.json or estimates.json';
const WHAT_TEXT = 'Criterion bencher output';
const LINE = /^test (.+?) \.\.\. bench:\s+([\d,]*\.?\d+) ns\/iter \(\+\/- ([\d,]*\.?\d+)\)/;

/** The benchmark's id: `full_id` from benchmark.json next to the file, else its directory path. */
function criterionName(file: string): string {
  const dir = dirname(file);
  const meta = join(dir, 'benchmark.json');
  if (existsSync(meta)) {
    try {
      const m = JSON.parse(readFileSync(meta, 'utf8')) as unknown;
      if (isRecord(m) && typeof m.full_id === 'string') return m.full_id;
    } catch {
      // fall through to the path
    }
  }
  const parts = dir.split(sep).filter(Boolean);
  if (parts.at(-1) === 'new' || parts.at(-1) === 'base') parts.pop();
  const at = parts.lastIndexOf('criterion');
  const rest = at >= 0 ? parts.slice(at + 1) : parts.slice(-1);
  return rest.join('/') || 'criterion';
}

function parseJsonInput(input: ImportInput): BenchmarkResult[] {
  const doc = parseJson(input, WHAT_JSON);
  if (!isRecord(doc)) throw notFormat(input, WHAT_JSON, `expected an object (found ${describeJson(doc)})`);
  const name = criterionName(input.file);
  if ('iters' in doc || 'times' in doc) {
    const iters = numberArray(doc.iters);
    const times = numberArray(doc.times);
    if (!iters || !times || iters.length !== times.length || iters.length === 0 || iters.some((x) => x <= 0)) {
      throw notFormat(input, WHAT_JSON, '"iters" and "times" must be non-empty arrays of equal length with positive iteration counts');
    }
    return [benchmark(input, 'criterion', name, fromSamples([times.map((t, i) => t / element(iters, i))], [times.reduce((a, b) => a + b, 0) / 1e6]))];
  }
  const pe = (k: string) => {
    const e = doc[k];
    return isRecord(e) && isNumber(e.point_estimate) ? e.point_estimate : undefined;
  };
  const mean = pe('mean');
  if (mean === undefined) {
    throw notFormat(input, WHAT_JSON, `missing "mean.point_estimate" or "iters"/"times" (found ${describeJson(doc)})`);
  }
  const metrics = fromTimeAggregates({ mean, quantiles: { 0.5: pe('median') }, stddev: pe('std_dev') });
  const slope = pe('slope');
  if (slope !== undefined) metrics.slope = { value: slope, unit: 'ns', direction: 'lower' };
  return [benchmark(input, 'criterion', name, { metrics })];
}

export const criterion: Importer = {
  name: 'criterion',
  produces: 'cargo bench -- --output-format bencher > bench.txt  (or target/criterion/**/new/sample.json)',
  parse(input) {
    if (/^\s*[{[]/.test(input.text)) return parseJsonInput(input);
    const out: BenchmarkResult[] = [];
    for (const raw of input.text.split(/\r?\n/)) {
      const m = LINE.exec(raw.trim());
      if (!m) continue;
      const ns = Number(captured(m, 2).replace(/,/g, ''));
      out.push(benchmark(input, 'criterion', captured(m, 1), { metrics: fromTimeAggregates({ mean: ns }) }));
    }
    if (out.length === 0) {
      throw notFormat(input, WHAT_TEXT, `no "test NAME ... bench: N ns/iter (+/- N)" lines and not JSON (found ${describeText(input.text)})`);
    }
    return uniqueNames(out);
  },
};
