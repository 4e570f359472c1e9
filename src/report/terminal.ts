// The terminal rendering: an aligned table, colour only when asked (a TTY).
import type { ReportDocument } from '../core/types.ts';
import { formatPercent } from './format.ts';
import { allRows, baselineDescription, machineDescription, type Row } from './rows.ts';

export interface TerminalOptions {
  color?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
type Colour = keyof typeof CODES;

const VERDICT_COLOUR: Record<string, Colour | undefined> = {
  regression: 'red',
  error: 'red',
  improvement: 'green',
  inconclusive: 'yellow',
  missing: 'yellow',
  new: 'dim',
  info: 'dim',
  informational: 'dim',
};

const HEADLINE: Record<ReportDocument['verdict'], string> = {
  pass: 'PASS',
  regression: 'REGRESSION',
  inconclusive: 'INCONCLUSIVE',
  'no-baseline': 'NO BASELINE',
  error: 'ERROR',
};

/** Strips control characters from user strings so a benchmark name cannot drive the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

export function renderTerminal(report: ReportDocument, options: TerminalOptions = {}): string {
  const paint = (c: Colour | undefined, s: string) => (options.color && c ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const headColour: Colour = report.verdict === 'pass' ? 'green' : report.verdict === 'no-baseline' ? 'yellow' : report.verdict === 'inconclusive' ? 'yellow' : 'red';
  lines.push(`${paint(headColour, paint('bold', `perf-gate: ${HEADLINE[report.verdict]}`))} — ${clean(report.summary)}`);
  lines.push(
    paint(
      'dim',
      `${baselineDescription(report)}; threshold ${formatPercent(report.threshold)}; gating ${report.gatedMetrics.join(', ')}; ${report.policy.description}`,
    ),
  );
  lines.push(paint('dim', `machine: ${clean(machineDescription(report.current.machine))}`));
  for (const w of report.warnings) lines.push(paint('yellow', `warning: ${clean(w)}`));
  lines.push('');

  const rows = allRows(report);
  const header = ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Verdict', 'Interval', 'Detectable'];
  const cells = rows.map((r, i) => [
    i > 0 && rows[i - 1].benchmark === r.benchmark ? '' : clean(r.benchmark),
    r.metric,
    r.baseline,
    r.current,
    r.change,
    r.verdict,
    r.interval,
    r.detectable,
  ]);
  const used = header.map((_, c) => c < 6 || cells.some((row) => row[c] !== ''));
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
  const alignRight = new Set([2, 3, 4]);
  const format = (row: string[], colourOf?: Row) =>
    row
      .map((cell, c) => {
        if (!used[c]) return null;
        const padded = alignRight.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
        return c === 5 && colourOf ? paint(VERDICT_COLOUR[colourOf.verdict], padded) : padded;
      })
      .filter((x) => x !== null)
      .join('  ')
      .trimEnd();
  lines.push(paint('bold', format(header)));
  cells.forEach((row, i) => lines.push(format(row, rows[i])));

  const notes = rows.filter((r) => r.note && r.verdict !== 'missing');
  if (notes.length > 0) {
    lines.push('');
    for (const r of notes) {
      const where = r.metric ? `${clean(r.benchmark)} ${r.metric}` : clean(r.benchmark);
      lines.push(r.verdict === 'error' ? paint('red', `${where}: error: ${clean(r.note)}`) : paint('dim', `${where}: ${clean(r.note)}`));
    }
  }
  return lines.join('\n') + '\n';
}
