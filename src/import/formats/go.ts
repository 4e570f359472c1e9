// `go test -bench . [-benchmem] [-count N]` text output (or `go test -json` events). Each result line is
// `BenchmarkName[-procs]  N  value unit  value unit …`: `ns/op` becomes `mean` (and throughput),
// `B/op`, `allocs/op`, `MB/s` and `b.ReportMetric` units become metrics named after their unit.
// Repeated lines of one benchmark (`-count N`) are repetitions: the value is their median and each
// one is kept in `forks`.
import { addMetric, benchmark, describeText, fromTimeAggregates, median, notFormat, type Importer } from '../common.ts';
import { captured, element } from '../../core/checked.ts';

const WHAT = 'go test -bench output';
const LINE = /^Benchmark(\S*)\s+(\d+)\s+(.+)$/;

interface Entry {
  pkg: string;
  rawName: string;
  /** unit → values, one per repetition. */
  values: Map<string, number[]>;
}

/**
 * `go test -json` output (test2json events, one JSON object a line) → the plain text it carries:
 * the `Output` fields of each package in order (a result line may be split over several events).
 */
function textOf(text: string): string {
  const first = text.trimStart();
  if (!first.startsWith('{')) return text;
  const byPackage = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      return text; // not test2json: parse as text (and fail with the first bytes)
    }
    if (typeof event !== 'object' || event === null) return text;
    const e = event as { Package?: unknown; Output?: unknown };
    if (typeof e.Output !== 'string') continue;
    const p = typeof e.Package === 'string' ? e.Package : '';
    const parts = byPackage.get(p) ?? [];
    parts.push(e.Output);
    byPackage.set(p, parts);
  }
  return [...byPackage.entries()].map(([p, parts]) => `pkg: ${p}\n${parts.join('')}`).join('\n');
}

/** [fields[0], fields[1]], [fields[2], fields[3]]…: a trailing odd field is left out. */
function pairs(fields: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < fields.length; i += 2) out.push([element(fields, i), element(fields, i + 1)]);
  return out;
}

export const go: Importer = {
  name: 'go',
  produces: 'go test -run ^$ -bench . -benchmem -count 5 ./... > bench.txt  (-json output works too)',
  parse(input) {
    const entries = new Map<string, Entry>();
    let pkg = '';
    for (const raw of textOf(input.text).split(/\r?\n/)) {
      const line = raw.trim();
      const p = /^pkg:\s*(\S+)/.exec(line);
      if (p) {
        pkg = captured(p, 1);
        continue;
      }
      const m = LINE.exec(line);
      if (!m) continue;
      const fields = captured(m, 3).trim().split(/\s+/);
      if (fields.length < 2 || fields.length % 2 !== 0) continue;
      const rawName = captured(m, 1);
      const key = `${pkg}\u0000${rawName}`;
      const e = entries.get(key) ?? { pkg, rawName, values: new Map<string, number[]>() };
      entries.set(key, e);
      // Value-unit pairs: the length was checked to be even above.
      for (const [value, unit] of pairs(fields)) {
        const v = Number(value);
        if (!Number.isFinite(v)) continue;
        const list = e.values.get(unit) ?? [];
        list.push(v);
        e.values.set(unit, list);
      }
    }
    if (entries.size === 0) {
      throw notFormat(input, WHAT, `no "BenchmarkName  N  value ns/op" lines (found ${describeText(input.text)})`);
    }
    const all = [...entries.values()];
    // Go appends `-GOMAXPROCS` to every name when it is not 1: strip it when all names share it, so
    // names stay stable across runners with different core counts.
    const suffix = /-(\d+)$/.exec(all[0]?.rawName ?? '')?.[0];
    const strip = suffix !== undefined && all.every((e) => e.rawName.endsWith(suffix));
    const pkgs = new Set(all.map((e) => e.pkg));
    return all.map((e) => {
      let name = strip ? e.rawName.slice(0, -suffix.length) : e.rawName;
      if (name.startsWith('_')) name = name.slice(1);
      if (name === '') name = 'Benchmark';
      if (pkgs.size > 1 && e.pkg) name = `${e.pkg}/${name}`;
      const ns = e.values.get('ns/op');
      const metrics = ns ? fromTimeAggregates({ mean: median(ns), meanForks: ns, n: ns.length }) : {};
      for (const [unit, values] of e.values) {
        if (unit === 'ns/op') continue;
        addMetric(metrics, median(values), unit, undefined, values);
      }
      return benchmark(input, 'go', name, { metrics });
    });
  },
};
