// Catch2 benchmarks (BENCHMARK macro), two outputs told apart by content:
// - the XML reporter (`./tests -r xml -o bench.xml`, Catch2 v2 and v3): each
//   `<BenchmarkResults name samples iterations …>` holds `<mean value>` and
//   `<standardDeviation value>` in ns (`<failed message>` when the benchmark threw);
// - the console reporter's benchmark table (v2 and v3): name, samples, iterations, estimated;
//   mean, low mean, high mean; std dev, low std dev, high std dev.
// Catch2 prints no raw samples, so both give aggregates: `mean`, `stddev`, derived `throughput`,
// with `n` = samples.
import { benchmark, describeText, fromTimeAggregates, notFormat, nsPer, uniqueNames, type ImportInput, type Importer } from '../common.ts';
import type { BenchmarkResult } from '../../core/types.ts';
import { captured } from '../../core/checked.ts';
import { setOwn } from '../../core/own.ts';

const WHAT_XML = 'Catch2 XML reporter output';
const WHAT_TEXT = 'Catch2 console benchmark output';

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) setOwn(out, captured(m, 1), unescapeXml(m[3] ?? m[4] ?? ''));
  return out;
}

const ATTRS = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*?`;

function tag(name: string, body: string): RegExpExecArray | null {
  return new RegExp(String.raw`<${name}\b(${ATTRS})\/?>`).exec(body);
}

function parseXml(input: ImportInput): BenchmarkResult[] {
  const text = input.text;
  if (!/<(Catch|Catch2TestRun)\b/.test(text)) {
    throw notFormat(input, WHAT_XML, `no <Catch> or <Catch2TestRun> root element (found ${describeText(text)})`);
  }
  const out: BenchmarkResult[] = [];
  // Attribute values may hold an unescaped `>` (Catch2 escapes only `<`, `&` and `"`).
  for (const m of text.matchAll(new RegExp(String.raw`<BenchmarkResults\b(${ATTRS})(\/?)>([\s\S]*?)(?:<\/BenchmarkResults>|(?=<BenchmarkResults\b)|$)`, 'g'))) {
    const attrs = attributes(captured(m, 1));
    const body = m[2] === '/' ? '' : (m[3] ?? '');
    const name = attrs.name ?? 'benchmark';
    const failed = tag('failed', body);
    if (failed) {
      out.push(benchmark(input, 'catch2', name, { status: 'error', error: `Catch2 benchmark failed: ${attributes(captured(failed, 1)).message ?? 'no message'}`, metrics: {} }));
      continue;
    }
    const mean = tag('mean', body);
    const sd = tag('standardDeviation', body);
    const meanNs = mean ? Number(attributes(captured(mean, 1)).value) : NaN;
    if (!Number.isFinite(meanNs)) throw notFormat(input, WHAT_XML, `<BenchmarkResults name="${name}"> has no <mean value="…">`);
    const sdNs = sd ? Number(attributes(captured(sd, 1)).value) : undefined;
    const n = Number(attrs.samples);
    out.push(benchmark(input, 'catch2', name, {
      metrics: fromTimeAggregates({ mean: meanNs, stddev: Number.isFinite(sdNs) ? sdNs : undefined, n: Number.isFinite(n) && n > 0 ? n : undefined }),
    }));
  }
  if (out.length === 0) throw notFormat(input, WHAT_XML, 'no <BenchmarkResults> elements (were the benchmarks run? Catch2 skips them with --skip-benchmarks)');
  return out;
}

const VALUE = String.raw`([\d.]+(?:e[-+]?\d+)?) (ns|us|µs|μs|ms|s)`;
const HEAD = new RegExp(String.raw`^(.+?)\s+(\d+)\s+(\d+)\s+${VALUE}\s*$`);
const TRIPLE = new RegExp(String.raw`^\s+${VALUE}\s+${VALUE}\s+${VALUE}\s*$`);

function parseText(input: ImportInput): BenchmarkResult[] {
  const lines = input.text.split(/\r?\n/);
  const out: BenchmarkResult[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const h = HEAD.exec(lines[i] ?? '');
    if (!h) continue;
    const mean = TRIPLE.exec(lines[i + 1] ?? '');
    const sd = TRIPLE.exec(lines[i + 2] ?? '');
    if (!mean || !sd) continue;
    const ns = (v: string, u: string) => Number(v) * (nsPer(u) ?? NaN);
    out.push(benchmark(input, 'catch2', captured(h, 1).trim(), {
      metrics: fromTimeAggregates({
        mean: ns(captured(mean, 1), captured(mean, 2)),
        stddev: ns(captured(sd, 1), captured(sd, 2)),
        n: Number(captured(h, 2)),
      }),
    }));
    i += 2;
  }
  if (out.length === 0) {
    throw notFormat(input, WHAT_TEXT, `no benchmark table rows (name, samples, iterations, estimated / mean / std dev) and not XML (found ${describeText(input.text)})`);
  }
  return out;
}

export const catch2: Importer = {
  name: 'catch2',
  produces: './tests "[!benchmark]" -r xml -o catch2.xml  (or the console output)',
  parse(input) {
    return uniqueNames(/^\s*(\uFEFF)?</.test(input.text) ? parseXml(input) : parseText(input));
  },
};
