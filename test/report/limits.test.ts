// The Limits section of the reports: a section of its own, breaches first, the limits kept folded
// when they are many, every name escaped for its medium.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.ts';
import type { CompareSettings } from '../../src/compare/settings.ts';
import type { BenchmarkResult } from '../../src/core/types.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { plainPolicy, results } from '../helpers/results.ts';

const MS = 1e6;

function measured(name: string, p99: number): BenchmarkResult {
  const forks = [p99 * 0.99, p99, p99 * 1.01];
  return {
    name,
    kind: 'file',
    status: 'ok',
    evidence: 'samples',
    metrics: { p99: { value: p99, unit: 'ns', direction: 'lower', forks, n: 3000, supported: true } },
  };
}

const settings: CompareSettings = { ...defaultSettings(plainPolicy), confidence: 0.99, limits: { p99: { value: 2 * MS, unit: 'ns', kind: 'max' } } };

describe('the Limits section', () => {
  it('markdown: its own heading, the breach first with its note, a short list of kept limits open', () => {
    const report = compare(null, results([measured('ok', 1 * MS), measured('slow', 3 * MS)]), settings);
    const md = renderMarkdown(report);
    expect(md.split('\n')[0]).toBe('### ❌ perf-gate: 1 benchmark over its limit: slow (p99 +50.0% over the limit)');
    const section = md.slice(md.indexOf('### Limits'));
    expect(section).toContain('*No baseline yet: limits are judged on this run alone, so they hold from the first run.*');
    // The limit rows (the folded results table after the section has no limit column).
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && l.includes('≤'));
    expect(rows).toEqual(['| slow | p99 | ≤ 2.00 ms | 3.00 ms | 🔴 over |', '| ok | p99 | ≤ 2.00 ms | 1.00 ms | within |']);
    expect(section).toMatch(/- \*\*slow\*\* p99: \+50\.0% over the limit on the mean of 3 forks, beyond the limit at 99% confidence across 2 limit checks/);
    expect(section).not.toContain('limits kept');
  });

  it('markdown: many kept limits are folded under the breaches', () => {
    const many = Array.from({ length: 8 }, (_, i) => measured(`ok${i}`, MS));
    const md = renderMarkdown(compare(null, results([...many, measured('slow', 3 * MS)]), settings));
    const section = md.slice(md.indexOf('### Limits'));
    const folded = section.indexOf('<details>');
    expect(folded).toBeGreaterThan(section.indexOf('| slow | p99 |'));
    expect(section).toContain('<summary>8 limits kept</summary>');
    expect(section.indexOf('| ok0 | p99 |')).toBeGreaterThan(folded);
  });

  it('no limits configured: no section', () => {
    const md = renderMarkdown(compare(null, results([measured('ok', MS)]), defaultSettings(plainPolicy)));
    expect(md).not.toContain('### Limits');
    expect(renderTerminal(compare(null, results([measured('ok', MS)]), defaultSettings(plainPolicy)))).not.toContain('Limits:');
  });

  it('escapes benchmark names in the markdown table and in the terminal', () => {
    const hostile = 'a|b <img src=x> **x**\u001b[31m';
    const report = compare(null, results([measured(hostile, 3 * MS)]), settings);
    const md = renderMarkdown(report);
    const section = md.slice(md.indexOf('### Limits'));
    expect(section).not.toContain('a|b');
    expect(section).not.toContain('<img');
    expect(section).not.toContain('\u001b');
    const text = renderTerminal(report);
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/Limits: 1 over\n/);
  });

  it('terminal: a table of its own with the interval, and the note of the breach', () => {
    const text = renderTerminal(compare(null, results([measured('ok', 1 * MS), measured('slow', 3 * MS)]), settings));
    const lines = text.split('\n');
    const start = lines.indexOf('Limits: 1 over, 1 within');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toMatch(/^Benchmark\s+Metric\s+Limit\s+Measured\s+Interval\s+Verdict$/);
    expect(lines[start + 2]).toMatch(/^slow\s+p99\s+≤ 2\.00 ms\s+3\.00 ms\s+\[2\.\d\d ms, 3\.\d\d ms\]\s+over$/);
    expect(lines[start + 3]).toMatch(/^ok\s+p99\s+≤ 2\.00 ms\s+1\.00 ms\s+\[.*\]\s+within$/);
    expect(text).toContain('  slow p99: +50.0% over the limit on the mean of 3 forks');
  });
});
