import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { escapeMarkdown, formatChange, formatInterval, formatPercent, formatValue } from '../../src/report/format.ts';
import { renderJson } from '../../src/report/json.ts';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { bench, failed, plainPolicy, results } from '../helpers/results.ts';
import { at } from '../helpers/assert.ts';

const settings = defaultSettings(plainPolicy);

function regressionReport() {
  const base = newHistory([results([bench('parse', 1_000_000), bench('fast', 100)])]);
  return compare(base, results([bench('parse', 1_300_000), bench('fast', 101)]), settings);
}

describe('formatting', () => {
  it('formats values in readable units', () => {
    expect(formatValue(1_234_567, 'ns')).toBe('1.23 ms');
    expect(formatValue(999, 'ns')).toBe('999 ns');
    expect(formatValue(2.5e9, 'ns')).toBe('2.50 s');
    expect(formatValue(12_345, 'ops/s')).toBe('12.3k ops/s');
    expect(formatValue(3 * 2 ** 20, 'B')).toBe('3.00 MiB');
    expect(formatValue(null, 'ns')).toBe('—');
  });
  it('formats changes with a sign', () => {
    expect(formatChange(0.1234)).toBe('+12.3%');
    expect(formatChange(-0.04)).toBe('−4.0%');
    expect(formatChange(0.00001)).toBe('±0.0%');
    expect(formatChange(null)).toBe('—');
    expect(formatPercent(0.1)).toBe('10%');
    expect(formatPercent(0.025)).toBe('2.5%');
  });
  it('prints an interval bound past +1000% as ">+1000%", not as a 15-digit number', () => {
    expect(formatInterval([-0.05, 0.12])).toBe('[−5.0%, +12.0%]');
    expect(formatInterval([-0.998, 3e12])).toBe('[−99.8%, >+1000%]');
  });
  it('escapes markdown and HTML in user-controlled strings', () => {
    const evil = '<img src=x onerror=alert(1)> | **bold** [link](http://x) @someone #12\n`code`';
    const out = escapeMarkdown(evil);
    expect(out).not.toMatch(/[<>|\n]/);
    expect(out).not.toContain('@someone');
    expect(out).not.toContain('http://');
    expect(out).not.toContain('**');
    expect(out).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &#124; \\*\\*bold\\*\\* \\[link\\](http&#58;&#8203;//x) &#64;&#8203;someone &#35;&#8203;12 \\`code\\`',
    );
  });
});

describe('markdown report', () => {
  it('puts the summary line first, then the regressions, then the folded full table', () => {
    const md = renderMarkdown(regressionReport(), { marker: '<!-- perf-gate:k -->' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- perf-gate:k -->');
    expect(lines[1]).toBe('### ❌ perf-gate: 1 benchmark regressed: parse (p50 +30.0%, p99 +30.0%, throughput −23.1%)');
    const regressions = md.indexOf('**Regressions**');
    const details = md.indexOf('<details>');
    expect(regressions).toBeGreaterThan(0);
    expect(details).toBeGreaterThan(regressions);
    expect(md).toContain('| parse | p50 | 1.00 ms | 1.30 ms | +30.0% |');
    expect(md).toContain('threshold 10%');
    expect(md).toContain('Machine: Test CPU &#64;&#8203; 2.0GHz, 2 cores, 24 GiB');
  });

  it('says plainly what to do when there is no baseline', () => {
    const md = renderMarkdown(compare(null, results([bench('a', 1)]), settings));
    expect(md).toContain('### ℹ️ perf-gate: No baseline to compare with');
    expect(md).toContain('A baseline is recorded by runs on the default branch (the Action) or with `--update-baseline` (the CLI).');
  });

  it('escapes benchmark names and error texts so they cannot inject HTML or break the table', () => {
    const name = '<script>x</script>|evil';
    const report = compare(newHistory([results([bench(name, 1)])]), results([bench(name, 2), failed('b|<b>', '<img src=x>')]), settings);
    const md = renderMarkdown(report);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;script&gt;x&lt;/script&gt;&#124;evil');
    // Every row of a table has as many cell separators as its header: no name split a row.
    const tables = md.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|')));
    const withRows = tables.filter((t) => t.length > 2);
    expect(withRows.length).toBeGreaterThanOrEqual(1);
    for (const t of withRows) {
      const pipes = (l: string) => l.split('|').length;
      for (const line of t) expect(pipes(line)).toBe(pipes(at(t, 0)));
    }
    expect(md).toContain('| &lt;script&gt;x&lt;/script&gt;&#124;evil | p50 |');
  });

  it('fits a huge suite under the comment limit, keeping the summary and the regressions', () => {
    const n = 2000;
    const names = Array.from({ length: n }, (_, i) => `suite/benchmark-with-a-long-descriptive-name-${i}`);
    const base = newHistory([results(names.map((name) => bench(name, 100)))]);
    const current = results(names.map((name, i) => bench(name, i < 5 ? 200 : 100)));
    const report = compare(base, current, settings);
    const md = renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH });
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(md.split('\n')[0]).toMatch(/^### ❌ perf-gate: 5 benchmarks regressed/);
    for (let i = 0; i < 5; i++) expect(md).toContain(`benchmark-with-a-long-descriptive-name-${i} | p50 |`);
    expect(md).toMatch(/\*\d+ more rows not shown to fit GitHub's size limit; the JSON report has them all\.\*/);
    // Unbounded, the same report is far larger: the limit did the cutting.
    expect(renderMarkdown(report).length).toBeGreaterThan(COMMENT_MAX_LENGTH);
  });
});

describe('terminal report', () => {
  it('prints an aligned table without colour when not on a TTY', () => {
    const out = renderTerminal(regressionReport(), { color: false });
    expect(out).not.toContain('\x1b[');
    const lines = out.split('\n');
    expect(lines[0]).toBe('perf-gate: REGRESSION — 1 benchmark regressed: parse (p50 +30.0%, p99 +30.0%, throughput −23.1%)');
    const header = lines.find((l) => l.startsWith('Benchmark'))!;
    const row = lines.find((l) => l.startsWith('parse'))!;
    expect(row.indexOf('regression')).toBe(header.indexOf('Verdict'));
  });
  it('colours verdicts on a TTY and strips control characters from names', () => {
    const report = compare(newHistory([results([bench('a\x1b[2Jb', 1)])]), results([bench('a\x1b[2Jb', 2)]), settings);
    const out = renderTerminal(report, { color: true });
    expect(out).toContain('\x1b[31m');
    expect(out).not.toContain('\x1b[2J');
  });
});

describe('JSON report', () => {
  it('has the public contract fields', () => {
    const json = JSON.parse(renderJson(regressionReport()));
    expect(json.verdict).toBe('regression');
    expect(json.schemaVersion).toBe('1.0');
    const parse = json.benchmarks.find((b: { name: string }) => b.name === 'parse');
    expect(parse.verdict).toBe('regression');
    expect(Object.keys(parse.metrics.p50)).toEqual(expect.arrayContaining(['baseline', 'current', 'change', 'verdict']));
  });
});
