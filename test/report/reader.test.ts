// What a reader of the report meets: the decision first, the rest folded with what would settle it,
// hostile strings neutralised at every sink, long names shortened without losing the regressions,
// numbers always phrased in fixed notation, and no guess about whether the run was recorded.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { noisePolicy } from '../../src/compare/policies/noise.ts';
import type { BenchmarkResult, ComparePolicy, MetricCase, MetricDecision, ReportDocument } from '../../src/core/types.ts';
import { formatChange, formatInterval, formatPercent, formatValue, shortenMiddle, shortenText } from '../../src/report/format.ts';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../../src/report/markdown.ts';
import { displayNames } from '../../src/report/rows.ts';
import { summaryLine } from '../../src/compare/summary.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { bench, failed, plainPolicy, results } from '../helpers/results.ts';
import { exactly, metric, only } from '../helpers/assert.ts';

const settings = defaultSettings(plainPolicy);

/** Every markdown table keeps its header's column count. */
function expectTablesIntact(md: string): number {
  let header = 0;
  let tables = 0;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      header = 0;
      continue;
    }
    const cells = line.split('|').length;
    if (header === 0) {
      header = cells;
      tables++;
    } else expect(cells, line).toBe(header);
  }
  return tables;
}

/** A policy that decides from the benchmark's name, so layouts can be tested without noise. */
const scripted: ComparePolicy = {
  name: 'scripted',
  baselineSource: 'newest',
  describe: () => 'scripted rule',
  decide: (cases: MetricCase[]): MetricDecision[] =>
    cases.map((c) => {
      const base = c.baseline.runs.at(-1)!;
      const change = c.current.value / base - 1;
      if (c.benchmark.startsWith('real')) return { verdict: 'regression', baseline: base, change, interval: [0.12, 0.2] };
      if (c.benchmark.startsWith('noisy'))
        return {
          verdict: 'inconclusive',
          baseline: base,
          change,
          interval: [-0.05, 0.2],
          note: `Short history (1 baseline run): at least ±2% is assumed; a longer history sharpens this; inconclusive: about ${7 + (Number(c.benchmark.slice(6)) % 3)} forks (now 3) or a threshold above 20.0% would settle it.`,
        };
      return { verdict: 'unchanged', baseline: base, change, interval: [-0.02, 0.02] };
    }),
};

function issueLikeReport(): ReportDocument {
  const names = ['real/parse', ...Array.from({ length: 13 }, (_, i) => `noisy/${i}`), 'steady/a', 'steady/b'];
  const base = newHistory([results([...names.map((n) => bench(n, 1000)), bench('broken', 10)])]);
  const current = results([...names.map((n) => bench(n, n.startsWith('real') ? 1150 : 1030)), failed('broken', 'exit code 3')]);
  return compare(base, current, { ...defaultSettings(scripted), metrics: ['p50'] });
}

describe('the decision comes first', () => {
  it('markdown: headline, then the regressions and failures; undecided and unchanged folded, each inconclusive with its remedy', () => {
    const md = renderMarkdown(issueLikeReport());
    const [head, folded] = exactly(md.split('<details>'), 2);
    expect(head).toMatch(/^### ❌ perf-gate: 1 benchmark regressed: real\/parse \(p50 \+15\.0%\)/);
    expect(head).toContain('**Regressions**');
    expect(head).toContain('| real/parse | p50 |');
    expect(head).toContain('**Failed benchmarks**');
    expect(head).toContain('- **broken**: exit code 3');
    // Nothing undecided before the fold.
    expect(head).not.toContain('inconclusive');
    expect(head).not.toContain('noisy/');
    expect(folded).toContain('<summary>Other results: 13 inconclusive, 2 unchanged</summary>');
    for (let i = 0; i < 13; i++) {
      expect(folded).toContain(`| noisy/${i} | p50 |`);
      expect(folded).toContain(`- **noisy/${i}** p50: Inconclusive: about ${7 + (i % 3)} forks (now 3) or a threshold above 20.0% would settle it.`);
    }
    // What every undecided row noted alike is said once.
    expect(folded.split('Short history').length).toBe(2);
    expect(folded).toContain('- *All 13 🟡 inconclusive:* Short history (1 baseline run): at least ±2% is assumed; a longer history sharpens this.');
    // Undecided first inside the fold.
    expect(folded.indexOf('noisy/12')).toBeLessThan(folded.indexOf('steady/a'));
    expectTablesIntact(md);
  });

  it('terminal: the same order, the rest in a compact trailing section', () => {
    const out = renderTerminal(issueLikeReport(), { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('perf-gate: REGRESSION — 1 benchmark regressed: real/parse (p50 +15.0%)');
    const real = lines.findIndex((l) => l.startsWith('real/parse'));
    const broken = lines.findIndex((l) => l.startsWith('broken'));
    const rest = lines.findIndex((l) => l.startsWith('Other results: 13 inconclusive, 2 unchanged'));
    const firstNoisy = lines.findIndex((l) => l.includes('noisy/'));
    expect(real).toBeGreaterThan(0);
    expect(broken).toBeGreaterThan(real);
    expect(rest).toBeGreaterThan(broken);
    expect(firstNoisy).toBeGreaterThan(rest);
    // What it was compared with comes after the findings, as in the markdown.
    expect(lines.findIndex((l) => l.startsWith('1 baseline run, newest abcdef0'))).toBeGreaterThan(lines.findLastIndex((l) => l.includes('noisy/')));
    expect(lines.findIndex((l) => l.startsWith('machine: Test CPU'))).toBeGreaterThan(firstNoisy);
    expect(out).toContain('  broken: error: exit code 3');
    expect(out).toContain('  noisy/0 p50: Inconclusive: about 7 forks (now 3) or a threshold above 20.0% would settle it.');
    expect(out).toContain('  all 13 inconclusive: Short history (1 baseline run): at least ±2% is assumed; a longer history sharpens this.');
    expect(out.split('Short history').length).toBe(2);
  });

  it('the noise rule puts no detectability caveat on an established regression', () => {
    // A clear doubling measured with noisy forks: a regression, whose detectable change exceeds the threshold.
    const forks = (v: number) => [v * 0.8, v, v * 1.25];
    const runs = [1000, 1030, 970];
    const c: MetricCase = {
      benchmark: 'b',
      metric: 'p50',
      unit: 'ns',
      direction: 'lower',
      threshold: 0.1,
      current: { value: 2000, forks: forks(2000) },
      baseline: { runs, runForks: runs.map(forks) },
    };
    const d = only(noisePolicy({ confidence: 0.95 }).decide([c]));
    expect(d.verdict).toBe('regression');
    expect(d.minimumDetectableChange!).toBeGreaterThan(0.1);
    expect(d.note ?? '').not.toMatch(/reliably detected/);
    // The same noise on no change keeps the caveat, with what would sharpen it (a run of its own: one
    // that repeats a baseline run value for value is the same measurement, which says so instead).
    const u = only(noisePolicy({ confidence: 0.95 }).decide([{ ...c, current: { value: 1001, forks: forks(1001) } }]));
    expect(u.verdict).not.toBe('regression');
    if (u.verdict === 'unchanged') expect(u.note).toMatch(/reliably detected .*more forks or a longer history would sharpen it/);
  });

  it('nor the short-history caveat: a regression shown despite the assumed run-to-run noise stands', () => {
    const forks = (v: number) => [v * 0.99, v, v * 1.01];
    const c: MetricCase = {
      benchmark: 'b',
      metric: 'p50',
      unit: 'ns',
      direction: 'lower',
      threshold: 0.1,
      current: { value: 2000, forks: forks(2000) },
      baseline: { runs: [1000], runForks: [forks(1000)] },
    };
    const policy = noisePolicy({ confidence: 0.95 });
    const d = only(policy.decide([c]));
    expect(d.verdict).toBe('regression');
    expect(d.note ?? '').not.toMatch(/short history/i);
    const n = only(policy.decide([{ ...c, current: { value: 1050, forks: forks(1050) } }]));
    expect(n.verdict).not.toBe('regression');
    expect(n.note).toMatch(/short history \(1 baseline run\)/i);
  });
});

describe('hostile strings from imported documents', () => {
  const unit = '<img src=x>|@admin';
  const metricName = 'lat|<b>@admin';
  function importedReport(): ReportDocument {
    const doc = (v: number): BenchmarkResult => ({
      name: 'www.evil.example \u202eexe.txt @team',
      kind: 'import',
      status: 'ok',
      evidence: 'aggregates',
      metrics: { [metricName]: { value: v, unit, direction: 'lower' } },
    });
    return compare(newHistory([results([doc(100)])]), results([doc(200), failed('x', 'see https://evil.example @admin')]), {
      ...settings,
      metrics: [metricName],
    });
  }

  it('units, metric names, names and errors are escaped in every part of the markdown, the headline included', () => {
    const md = renderMarkdown(importedReport(), { marker: '<!-- m -->' });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/@admin|@team/);
    expect(md).not.toContain('\u202e');
    expect(md).not.toMatch(/(^|\s)www\./);
    expect(md).not.toContain('https://');
    expect(md.split('\n')[1]).toContain('lat&#124;&lt;b&gt;&#64;&#8203;admin');
    expect(md).toContain('&lt;img src=x&gt;&#124;&#64;&#8203;admin');
    expect(expectTablesIntact(md)).toBeGreaterThanOrEqual(1);
  });

  it('the terminal shows them, but no line starts a workflow command and no escape reaches the screen', () => {
    const name = 'x\n::error::INJECTED\n::add-mask::perf\x1b[2J';
    const report = compare(newHistory([results([bench(name, 1)])]), results([bench(name, 2), failed('\n::warning::y', '\n::error::z')]), settings);
    const out = renderTerminal(report, { color: true });
    for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(out).not.toContain('\x1b[2J');
    expect(out).toContain('::error::INJECTED');
  });
});

describe('long names', () => {
  it('one 10,000-character name neither drops the regressions nor bloats the comment', () => {
    const long = `suite/${'n'.repeat(10_000)}/end`;
    const names = [long, ...Array.from({ length: 150 }, (_, i) => `group-${i % 7}/case-${i}`)];
    const base = newHistory([results(names.map((n) => bench(n, 100)))]);
    const current = results(names.map((n, i) => bench(n, i % 10 === 1 || i === 0 ? 200 : 100)));
    const report = compare(base, current, settings);
    const md = renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH - 100 });
    // Nothing had to be cut: the long name costs its display length, not 10,000 characters a row.
    expect(md).not.toContain('not shown');
    expect(md.length).toBeLessThan(COMMENT_MAX_LENGTH - 100);
    const shown = shortenMiddle(long);
    expect(shown).toBe(`suite/${'n'.repeat(54)}…${'n'.repeat(16)}/end`);
    expect(md).toContain(`| ${shown} | p50 |`);
    for (let i = 1; i < names.length; i += 10) expect(md).toContain(`| ${names[i]} | p50 |`);
    expect(md).not.toContain('n'.repeat(100));
    expect(renderTerminal(report)).not.toContain('n'.repeat(100));
  });

  it('names shortened alike stay distinct', () => {
    const a = `${'a'.repeat(70)}X${'z'.repeat(30)}`;
    const b = `${'a'.repeat(70)}Y${'z'.repeat(30)}`;
    const shown = displayNames([a, b, 'short']);
    expect(shown.get(a)).not.toBe(shown.get(b));
    expect(shown.get(a)!.startsWith('a'.repeat(60))).toBe(true);
    expect(shown.get('short')).toBe('short');
  });

  it('a long error text is shortened between words, so a token in it is shown whole or not at all', () => {
    const token = `ghs_${'A1b2C3d4E5'.repeat(4)}`;
    for (let at = 380; at < 640; at += 7) {
      const error = `${'word '.repeat(at / 5)}${token} ${'tail '.repeat(120)}`;
      const shown = shortenText(error, 500, 99);
      expect(shown.length).toBeLessThan(error.length);
      const fragments = shown.split(/\s+/).filter((w) => w.startsWith('ghs_') || token.includes(w) && w.length > 4);
      for (const f of fragments) expect(f).toBe(token);
      const report = compare(newHistory([results([bench('a', 1)])]), results([failed('a', error)]), settings);
      for (const text of [renderMarkdown(report), renderTerminal(report)]) {
        for (const w of text.split(/[\s*:]+/)) if (w.length > 4 && token.includes(w)) expect(w).toBe(token);
      }
    }
    expect(shortenText('short text', 500, 99)).toBe('short text');
  });

  it('when the body must be cut, the regressions and failures stay and the cut is counted', () => {
    const names = Array.from({ length: 600 }, (_, i) => `suite/a-long-descriptive-benchmark-name-${i}`);
    const base = newHistory([results(names.map((n) => bench(n, 100)))]);
    const current = results([...names.map((n, i) => bench(n, i % 100 === 7 ? 300 : 100)), failed('broken/one', 'crashed')]);
    const report = compare(base, current, settings);
    const md = renderMarkdown(report, { maxLength: 12_000 });
    expect(md.length).toBeLessThanOrEqual(12_000);
    for (let i = 7; i < 600; i += 100) expect(md).toContain(`| suite/a-long-descriptive-benchmark-name-${i} | p50 |`);
    expect(md).toContain('- **broken/one**: crashed');
    expect(md).toMatch(/\*\d+ more rows not shown to fit GitHub's size limit; the JSON report has them all\.\*/);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });
});

describe('numbers', () => {
  it('huge changes are phrased, never printed as digits or in exponent notation', () => {
    expect(formatChange(1.378775914318425e170)).toBe('more than +1000%');
    expect(formatChange(79920.86)).toBe('more than +1000%');
    expect(formatChange(9.9)).toBe('+990.0%');
    expect(formatChange(-50)).toBe('less than −1000%');
    expect(formatPercent(1e170)).toBe('more than 1000%');
    expect(formatInterval([-1e30, 1e172])).toBe('[<−1000%, >+1000%]');
    expect(formatValue(1e30, 'ns')).not.toMatch(/e[+-]?\d/);
    expect(formatValue(1e30, 'ops/s')).not.toMatch(/e[+-]?\d/);
    expect(formatValue(1e25, 'B')).not.toMatch(/e[+-]?\d/);
  });

  it('a whole report with an absurd change shows no exponent and no seven-digit percentage', () => {
    const report = compare(newHistory([results([bench('a', 1)])]), results([bench('a', 79_920.86)]), settings);
    for (const text of [renderMarkdown(report), renderTerminal(report), summaryLine(report)]) {
      expect(text).not.toMatch(/\de[+-]?\d/);
      expect(text).not.toMatch(/\d{5,}(\.\d+)?%/);
      expect(text).toContain('more than +1000%');
    }
  });
});

describe('whether the run is recorded', () => {
  const report = () => compare(null, results([bench('a', 1), bench('b', 2)]), settings);
  it('the summary guesses nothing unless the caller says', () => {
    expect(summaryLine(report())).toBe('No baseline to compare with: 2 benchmarks measured');
    expect(summaryLine(report(), undefined, { recorded: true })).toMatch(/this run is recorded as the baseline$/);
    expect(summaryLine(report(), undefined, { recorded: false })).toMatch(/this run is not recorded as a baseline$/);
    for (const text of [renderMarkdown(report()), renderTerminal(report())]) expect(text).not.toMatch(/can become the baseline|is recorded as the baseline/);
  });
  it('the renderers say what the caller says', () => {
    expect(renderMarkdown(report(), { recorded: false })).toContain('this run is not recorded as one');
    expect(renderMarkdown(report(), { recorded: true })).toContain('This run is recorded as the baseline');
    expect(renderTerminal(report(), { recorded: true }).split('\n')[0]).toMatch(/this run is recorded as the baseline$/);
    expect(renderTerminal(report(), { recorded: false }).split('\n')[0]).toMatch(/this run is not recorded as a baseline$/);
  });
});

describe('very large suites', () => {
  it('a suite of 150,000 rows renders without overflowing the call stack', () => {
    const base = compare(newHistory([results([bench('x', 100)])]), results([bench('x', 100)]), settings);
    const one = only(base.benchmarks);
    const n = 150_000;
    const report: ReportDocument = {
      ...base,
      benchmarks: Array.from({ length: n }, (_, i) => ({ ...one, name: `b${i}`, metrics: { p50: metric(one, 'p50') } })),
      counts: { ...base.counts, unchanged: n },
    };
    const out = renderTerminal(report);
    expect(out).toContain(`b${n - 1} `);
    const md = renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(md).toMatch(/\*\d+ more rows not shown/);
  });
});
