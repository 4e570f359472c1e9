// The terminal rendering, in the same order as the markdown: the decision first (headline, then the
// regressions and failures), then a compact section with everything else and, for what is undecided,
// what would settle it. Colour only when asked (a TTY). Every user-controlled string goes through
// escapeTerminal, so a name can neither drive the terminal nor, when stdout is a workflow log, start
// a workflow command.
import { element } from '../core/checked.ts';
import { escapeLogLine } from '../core/escape.ts';
import { ownValue } from '../core/own.ts';
import type { ReportDocument } from '../core/types.ts';
import { formatPercent, shortenMiddle, shortenText } from './format.ts';
import { summaryLine } from '../compare/summary.ts';
import { disturbanceLine } from '../compare/disturbance.ts';
import { baselineDescription, gatedDescription, machineDescription, namer, reportView, type Row, type SharedNote } from './rows.ts';
import { limitCounts, limitRows, type LimitRow } from './rows.ts';
import { terminalProfiles } from './profiles.ts';

export interface TerminalOptions {
  color?: boolean;
  /** Whether this run is recorded as the baseline, as the caller knows it (see SummaryOptions). */
  recorded?: boolean;
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

/** User text on one line of a terminal or a runner log. */
const clean = escapeLogLine;

const HEADER = ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Verdict', 'Interval', 'Detectable'];
const VERDICT_COLUMN = 5;

function tableLines(rows: Row[], paint: (c: Colour | undefined, s: string) => string, detectable: boolean): string[] {
  const cells = rows.map((r, i) => [
    rows[i - 1]?.benchmark === r.benchmark ? '' : clean(r.benchmark),
    clean(r.metric),
    clean(r.baseline),
    clean(r.current),
    r.change,
    r.verdict,
    r.interval,
    detectable ? r.detectable : '',
  ]);
  const used = HEADER.map((_, c) => c <= VERDICT_COLUMN || cells.some((row) => element(row, c) !== ''));
  // A loop, not Math.max(...cells): a suite of 400,000 rows would overflow the call stack.
  const widths = HEADER.map((h, c) => cells.reduce((w, row) => Math.max(w, element(row, c).length), h.length));
  const alignRight = new Set([2, 3, 4]);
  const format = (row: string[], colourOf?: Row) =>
    row
      .map((cell, c) => {
        if (!element(used, c)) return null;
        const width = element(widths, c);
        const padded = alignRight.has(c) ? cell.padStart(width) : cell.padEnd(width);
        return c === VERDICT_COLUMN && colourOf ? paint(ownValue(VERDICT_COLOUR, colourOf.verdict), padded) : padded;
      })
      .filter((x) => x !== null)
      .join('  ')
      .trimEnd();
  return [paint('bold', format(HEADER)), ...cells.map((row, i) => format(row, rows[i]))];
}

function noteLines(rows: Row[], paint: (c: Colour | undefined, s: string) => string, shared: SharedNote[] = []): string[] {
  const once = shared.map((n) => paint('dim', `  all ${n.rows} ${clean(n.verdict)}: ${clean(n.text)}`));
  return once.concat(
    rows
    .filter((r) => r.note && r.verdict !== 'missing')
    .map((r) => {
      const where = r.metric ? `${clean(r.benchmark)} ${clean(r.metric)}` : clean(r.benchmark);
      return r.verdict === 'error' ? paint('red', `  ${where}: error: ${clean(r.note)}`) : paint('dim', `  ${where}: ${clean(r.note)}`);
    }),
  );
}

/** Appends without spreading into arguments, which overflows the stack for very large suites. */
function append(lines: string[], ...blocks: string[][]): void {
  for (const block of blocks) for (const line of block) lines.push(line);
}

export function renderTerminal(report: ReportDocument, options: TerminalOptions = {}): string {
  const paint = (c: Colour | undefined, s: string) => (options.color && c ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
  const view = reportView(report);
  const lines: string[] = [];
  const headColour: Colour =
    report.verdict === 'pass' ? 'green' : report.verdict === 'no-baseline' || report.verdict === 'inconclusive' ? 'yellow' : 'red';
  const summary = summaryLine(report, namer(report), { recorded: options.recorded });
  lines.push(`${paint(headColour, paint('bold', `perf-gate: ${HEADLINE[report.verdict]}`))} — ${clean(summary)}`);
  for (const w of report.warnings) lines.push(paint('yellow', `warning: ${clean(shortenText(w, 400, 99))}`));
  if (report.disturbance) lines.push(paint('yellow', clean(disturbanceLine(report.disturbance, namer(report)))));

  // The decision.
  const decisive = [...view.regressions, ...view.errors];
  if (decisive.length > 0) {
    append(lines, [''], tableLines(decisive, paint, false));
    const notes = noteLines(decisive, paint, view.decisiveShared);
    if (notes.length > 0) append(lines, [''], notes);
  }
  append(lines, terminalProfiles(report, namer(report), (text) => paint('dim', text)));

  const limits = limitLines(report, paint);
  if (limits.length > 0) append(lines, [''], limits);

  // Everything else, compact and after it.
  if (view.others.length > 0) {
    lines.push('');
    lines.push(paint('bold', `${decisive.length > 0 ? 'Other results' : 'Results'}: ${view.othersLabel}`));
    append(lines, tableLines(view.others, paint, true));
    const notes = noteLines(view.others, paint, view.othersShared);
    if (notes.length > 0) append(lines, [''], notes);
  }
  // What it was compared with, and how: context, after the findings.
  lines.push('');
  lines.push(
    paint(
      'dim',
      clean(
        `${baselineDescription(report)}; threshold ${formatPercent(report.threshold)}; gating ${gatedDescription(report)}; ${shortenMiddle(report.policy.description, 900, 99)}`,
      ),
    ),
  );
  lines.push(paint('dim', `machine: ${clean(shortenMiddle(machineDescription(report.current.machine), 300, 99))}`));
  return lines.join('\n') + '\n';
}

const LIMIT_HEADER = ['Benchmark', 'Metric', 'Limit', 'Measured', 'Interval', 'Verdict'];
const LIMIT_COLOUR: Record<LimitRow['verdict'], Colour> = { over: 'red', uncertain: 'yellow', within: 'green' };

/** The limit checks: a table of their own, breaches first, and the notes of those not within. */
function limitLines(report: ReportDocument, paint: (c: Colour | undefined, s: string) => string): string[] {
  const rows = limitRows(report);
  if (rows.length === 0) return [];
  const cells = rows.map((r) => [clean(r.benchmark), clean(r.metric), clean(r.limit), clean(r.measured), clean(r.interval), r.verdict]);
  const widths = LIMIT_HEADER.map((h, c) => cells.reduce((w, row) => Math.max(w, element(row, c).length), h.length));
  const verdictColumn = LIMIT_HEADER.length - 1;
  const intervalColumn = 4;
  // The interval column only when some check had a spread to show.
  const withInterval = cells.some((row) => element(row, intervalColumn) !== '');
  const alignRight = new Set([2, 3]);
  const format = (row: string[], colour?: Colour) =>
    row
      .map((cell, c) => {
        if (c === intervalColumn && !withInterval) return null;
        const padded = alignRight.has(c) ? cell.padStart(element(widths, c)) : cell.padEnd(element(widths, c));
        return c === verdictColumn && colour ? paint(colour, padded) : padded;
      })
      .filter((x) => x !== null)
      .join('  ')
      .trimEnd();
  const out = [paint('bold', `Limits: ${limitCounts(rows)}`), paint('bold', format(LIMIT_HEADER))];
  rows.forEach((r, i) => {
    out.push(format(element(cells, i), LIMIT_COLOUR[r.verdict]));
  });
  const notes = rows
    .filter((r) => r.note && r.verdict !== 'within')
    .map((r) => paint(r.verdict === 'over' ? 'red' : 'dim', `  ${clean(r.benchmark)} ${clean(r.metric)}: ${clean(r.note)}`));
  if (notes.length > 0) append(out, [''], notes);
  return out;
}
