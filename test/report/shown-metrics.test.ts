// Which metrics the renderers show follows the comparison's own gating rule (per benchmark), read from
// its result: the renderers never decide gating again from the report's global metric list.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { bench, plainPolicy, results } from '../helpers/results.ts';

const settings = defaultSettings(plainPolicy);

describe('which metrics are shown', () => {
  it('shows why a metric a benchmark configures to gate does not, also when the global list lacks it', () => {
    // `bench` marks p999 as unsupported: compare notes that where a benchmark configures p999 to gate.
    const perBenchmark = { ...settings, benchmarks: [{ name: 'tail', metrics: ['p50', 'p999'] }] };
    const report = compare(newHistory([results([bench('tail', 100), bench('plain', 100)])]), results([bench('tail', 101), bench('plain', 101)]), perBenchmark);
    const tail = report.benchmarks.find((b) => b.name === 'tail');
    expect(tail?.metrics.p999?.note).toMatch(/^not gated: p999 needs \d+ samples in every fork/);
    const md = renderMarkdown(report);
    expect(md).toMatch(/\| tail \| p999 \|/);
    expect(md).toMatch(/\*\*tail\*\* p999: not gated: p999 needs/);
    expect(renderTerminal(report)).toMatch(/tail p999: not gated: p999 needs/);
    // Where p999 is not configured to gate, compare leaves it without a note and the table without it.
    expect(report.benchmarks.find((b) => b.name === 'plain')?.metrics.p999?.note).toBeUndefined();
    expect(md).not.toMatch(/\| plain \| p999 \|/);
  });
});

