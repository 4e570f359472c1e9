// A disturbed run is said in one line near the warnings, in the terminal and in markdown, with the
// benchmarks that moved named and every name escaped for its medium; the JSON report carries it.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare, type CompareSettings } from '../../src/compare/index.ts';
import { settleRun } from '../../src/compare/disturbance.ts';
import { percentagePolicy } from '../../src/compare/policies/percentage.ts';
import type { ReportDocument } from '../../src/core/types.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { bench, results } from '../helpers/results.ts';

const settings: CompareSettings = {
  threshold: 0.1,
  metricThresholds: {},
  metrics: ['p50'],
  benchmarks: [],
  policy: percentagePolicy(),
  failOnInconclusive: false,
};

const HOSTILE_TERMINAL = 'alloc\n::error::owned';
const HOSTILE_MARKDOWN = 'alloc <img src=x> [link](http://e.x) @team';
const NAMES = [HOSTILE_TERMINAL, HOSTILE_MARKDOWN, 'alloc-2', 'alloc-3', 'alloc-4', 'alloc-5', 'alloc-6', 'loop-0', 'loop-1', 'loop-2'];

/** Seven of ten benchmarks 40% slower in this run, and no later forks to say otherwise. */
function disturbedReport(): ReportDocument {
  const history = newHistory([results(NAMES.map((n) => bench(n, 1000)))]);
  const current = results(NAMES.map((n) => bench(n, n.startsWith('alloc') ? 1400 : 1000)));
  return settleRun(compare(history, current, settings), null, { shownFraction: 0.5 });
}

describe('rendering a disturbed run', () => {
  it('the report carries the field, and the verdict is not a regression', () => {
    const report = disturbedReport();
    expect(report.verdict).toBe('inconclusive');
    const json = JSON.parse(renderJson(report)) as ReportDocument;
    expect(json.disturbance?.moved).toEqual(NAMES.slice(0, 7));
    expect(json.disturbance?.note).toBe('7 of 10 benchmarks moved together (+40%); their verdicts are held back');
  });

  it('the terminal says it in one line after the headline, names escaped', () => {
    const text = renderTerminal(disturbedReport());
    const lines = text.split('\n');
    const line = lines.find((l) => l.startsWith('The machine was disturbed during this run:'));
    expect(line).toBe(
      'The machine was disturbed during this run: 7 of 10 benchmarks moved together (+40%); their verdicts are held back. ' +
        'Moved: alloc ⏎ ::error::owned, alloc <img src=x> [link](http://e.x) @team, alloc-2, alloc-3, alloc-4 and 2 more.',
    );
    expect(lines.indexOf(line ?? '')).toBe(1);
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
  });

  it('markdown says it in a note near the warnings, names escaped', () => {
    const md = renderMarkdown(disturbedReport());
    const line = md.split('\n').find((l) => l.includes('The machine was disturbed during this run:'));
    expect(line).toBeDefined();
    expect(line).toMatch(/^> The machine was disturbed during this run: 7 of 10 benchmarks moved together \(\+40%\); their verdicts are held back\. Moved: /);
    expect(line).toContain('alloc &lt;img src=x&gt; \\[link\\](http&#58;&#8203;//e.x) &#64;&#8203;team');
    expect(md).not.toContain('<img');
    expect(md.indexOf('[!NOTE]')).toBeLessThan(md.indexOf('<details>'));
  });

  it('says nothing of the kind for an undisturbed run', () => {
    const history = newHistory([results(NAMES.map((n) => bench(n, 1000)))]);
    const report = settleRun(compare(history, results(NAMES.map((n) => bench(n, 1000))), settings), null, { shownFraction: 0.5 });
    expect(report.disturbance).toBeUndefined();
    expect(renderTerminal(report)).not.toContain('disturbed');
    expect(renderMarkdown(report)).not.toContain('disturbed');
  });
});
