// The markdown rendering, for a PR comment and a job summary. It leads with the decision: the
// summary line, then the regressions and the failures; everything else (undecided, unchanged, new)
// is folded into one <details> section, with what would settle each undecided metric. Every
// user-controlled string (names, metrics, units, notes, errors, warnings) goes through escapeMarkdown
// here, where it is written.
import { ownValue } from '../core/own.ts';
import type { ReportDocument } from '../core/types.ts';
import { escapeMarkdown, formatPercent, shortenMiddle, shortenText } from './format.ts';
import { summaryLine } from '../compare/summary.ts';
import { disturbanceLine } from '../compare/disturbance.ts';
import { baselineDescription, gatedDescription, machineDescription, namer, reportView, type Row, type SharedNote } from './rows.ts';
import { limitRows, type LimitRow } from './rows.ts';
import { plural } from '../core/format.ts';
import { markdownProfiles } from './profiles.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_LENGTH = 65_536;

/** At most this many warnings are shown, each at most WARNING_MAX characters. */
const WARNINGS_SHOWN = 10;
const WARNING_MAX = 500;

export interface MarkdownOptions {
  /** Hard limit on the output length; rows are dropped (and the drop said) to fit. */
  maxLength?: number;
  /** Trusted markdown placed after the title (links to the run, the compared commit…). */
  header?: string;
  /** Trusted markdown placed at the end. */
  footer?: string;
  /** A hidden marker placed first (e.g. `<!-- perf-gate:key -->`), trusted. */
  marker?: string;
  /** Title prefix, e.g. "perf-gate" or "perf-gate (api)". Escaped. */
  title?: string;
  /**
   * Whether this run is recorded as the baseline, as the caller knows it (see SummaryOptions):
   * said only when the caller says it.
   */
  recorded?: boolean;
}

const ICON: Record<ReportDocument['verdict'], string> = {
  pass: '✅',
  regression: '❌',
  inconclusive: '⚠️',
  'no-baseline': 'ℹ️',
  error: '💥',
};

const VERDICT_LABEL: Record<string, string> = {
  regression: '🔴 regression',
  improvement: '🟢 improvement',
  unchanged: 'unchanged',
  inconclusive: '🟡 inconclusive',
  new: 'new',
  missing: 'missing',
  error: '💥 error',
  info: 'not gated',
  informational: 'not gated',
};

/** The verdict as shown: an own entry of the label table, else the escaped word. */
function label(verdict: string): string {
  return ownValue(VERDICT_LABEL, verdict) ?? escapeMarkdown(verdict);
}

/**
 * A results table. The interval column only when the policy computed one; the detectable-change
 * column only for the rest (on an established regression it would only read as doubt).
 */
function table(rows: Row[], detectable: boolean): string[] {
  const withInterval = rows.some((r) => r.interval);
  const withDetectable = detectable && rows.some((r) => r.detectable);
  const head = [
    'Benchmark',
    'Metric',
    'Baseline',
    'Current',
    'Change',
    ...(withInterval ? ['Interval'] : []),
    ...(withDetectable ? ['Detectable'] : []),
    'Verdict',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i >= 2 && i < head.length - 1 ? '---:' : '---')).join('|')}|`];
  for (const r of rows) {
    const cells = [
      escapeMarkdown(r.benchmark),
      escapeMarkdown(r.metric),
      escapeMarkdown(r.baseline),
      escapeMarkdown(r.current),
      escapeMarkdown(r.change),
      ...(withInterval ? [escapeMarkdown(r.interval)] : []),
      ...(withDetectable ? [escapeMarkdown(r.detectable)] : []),
      label(r.verdict),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

/** Notes said once for several rows, then each row's own. */
function noteLines(rows: Row[], shared: SharedNote[] = []): string[] {
  const lines = [
    ...shared.map((n) => `- *All ${n.rows} ${label(n.verdict)}:* ${escapeMarkdown(n.text)}`),
    ...rows
      .filter((r) => r.note)
      .map((r) => `- **${escapeMarkdown(r.benchmark)}**${r.metric ? ` ${escapeMarkdown(r.metric)}` : ''}: ${escapeMarkdown(r.note)}`),
  ];
  return lines.length > 0 ? [...lines, ''] : [];
}

interface Section {
  /** Lower is cut first when the text must shrink. */
  priority: number;
  lines: string[];
  /** Rows that can be cut one by one, rendered by `build`. */
  rows?: Row[];
  build?: (rows: Row[], omitted: number) => string[];
  /** Instead of rows: how many items can be cut one by one, the first `keep` rendered by `buildKept`. */
  items?: number;
  buildKept?: (keep: number) => string[];
}

function noBaselineText(recorded: boolean | undefined): string {
  if (recorded === true) return 'There was no baseline to compare with. This run is recorded as the baseline: later runs are compared with it.';
  if (recorded === false) return 'There is no baseline to compare with, and this run is not recorded as one.';
  return 'There is no baseline to compare with. A baseline is recorded by runs on the default branch (the Action) or with `--update-baseline` (the CLI).';
}

export function renderMarkdown(report: ReportDocument, options: MarkdownOptions = {}): string {
  const title = escapeMarkdown(shortenMiddle(options.title ?? 'perf-gate', 60, 20));
  const name = namer(report);
  const view = reportView(report);
  const sections: Section[] = [];
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  const summary = summaryLine(report, name, { recorded: options.recorded });
  head.push(`### ${ICON[report.verdict]} ${title}: ${escapeMarkdown(summary)}`, '');
  if (options.header) head.push(options.header, '');
  sections.push({ priority: 100, lines: head });

  if (report.verdict === 'no-baseline') sections.push({ priority: 90, lines: [noBaselineText(options.recorded), ''] });

  const warnings = report.warnings.slice(0, WARNINGS_SHOWN).map((w) => `> ${escapeMarkdown(shortenText(w, WARNING_MAX - 100, 99))}`);
  if (report.warnings.length > WARNINGS_SHOWN) warnings.push(`> … and ${report.warnings.length - WARNINGS_SHOWN} more warnings (see the JSON report)`);
  if (warnings.length > 0) sections.push({ priority: 85, lines: ['> [!WARNING]', ...warnings.flatMap((w, i) => (i > 0 ? ['>', w] : [w])), ''] });
  if (report.disturbance) sections.push({ priority: 86, lines: ['> [!NOTE]', `> ${escapeMarkdown(disturbanceLine(report.disturbance, name))}`, ''] });

  // The decision: regressions, then failures. Never the rows cut to fit (see `fit`).
  if (view.regressions.length > 0) {
    sections.push({
      priority: 80,
      lines: [],
      rows: view.regressions,
      build: (rs, omitted) => [
        '**Regressions**',
        '',
        ...table(rs, false),
        ...(omitted > 0 ? ['', `*… and ${omitted} more regressed metrics not shown to fit the size limit; the JSON report has them all.*`] : []),
        '',
        ...noteLines(rs, view.decisiveShared),
      ],
    });
  }
  // Folded under the regressions, and the first thing cut to fit: they explain, the numbers decide.
  const profiles = report.profiles?.length ?? 0;
  if (profiles > 0) sections.push({ priority: 40, lines: [], items: profiles, buildKept: (keep) => markdownProfiles(report, keep, name) });
  if (view.errors.length > 0) {
    sections.push({
      priority: 75,
      lines: [],
      rows: view.errors,
      build: (rs, omitted) => [
        '**Failed benchmarks**',
        '',
        ...rs.map((r) => `- **${escapeMarkdown(r.benchmark)}**: ${escapeMarkdown(r.note)}`),
        ...(omitted > 0 ? [`- … and ${omitted} more not shown to fit the size limit; the JSON report has them all`] : []),
        '',
      ],
    });
  }

  const limits = limitsSection(report);
  if (limits.length > 0) sections.push({ priority: 78, lines: limits });

  // Everything else, folded: what is undecided first, each with what would settle it.
  if (view.others.length > 0) {
    sections.push({
      priority: 50,
      lines: [],
      rows: view.others,
      build: (rs, omitted) => [
        '<details>',
        `<summary>${view.regressions.length + view.errors.length > 0 ? 'Other results' : 'Results'}: ${escapeMarkdown(view.othersLabel)}</summary>`,
        '',
        ...table(rs, true),
        ...(omitted > 0 ? ['', `*${omitted} more rows not shown to fit GitHub's size limit; the JSON report has them all.*`] : []),
        '',
        ...noteLines(rs, view.othersShared),
        '</details>',
        '',
      ],
    });
  }

  const about = [
    `<sub>${escapeMarkdown(baselineDescription(report))} · threshold ${escapeMarkdown(formatPercent(report.threshold))} · gating ${escapeMarkdown(gatedDescription(report))} · ${escapeMarkdown(shortenMiddle(report.policy.description, 900, 99))}</sub>`,
    '',
    `<sub>Machine: ${escapeMarkdown(shortenMiddle(machineDescription(report.current.machine), 300, 99))}</sub>`,
  ];
  if (options.footer) about.push('', options.footer);
  sections.push({ priority: 95, lines: about });

  return fit(sections, options.maxLength ?? Infinity);
}

const LIMIT_LABEL: Record<LimitRow['verdict'], string> = { over: '🔴 over', uncertain: '🟡 uncertain', within: 'within' };
/** At most this many rows per limits table: the section is not cut to fit, so it is bounded here. */
const LIMIT_ROWS_SHOWN = 50;
/** Within rows past this many are folded away. */
const LIMIT_WITHIN_OPEN = 5;

function limitTable(rows: LimitRow[]): string[] {
  const shown = rows.slice(0, LIMIT_ROWS_SHOWN);
  const lines = ['| Benchmark | Metric | Limit | Measured | Verdict |', '|---|---|---:|---:|---|'];
  for (const r of shown) {
    const cells = [escapeMarkdown(r.benchmark), escapeMarkdown(r.metric), escapeMarkdown(r.limit), escapeMarkdown(r.measured), LIMIT_LABEL[r.verdict]];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (rows.length > shown.length) lines.push('', `*… and ${rows.length - shown.length} more limit checks; the JSON report has them all.*`);
  return lines;
}

/**
 * The "Limits" section: the breaches and what is too close to tell, with their notes, then the
 * limits kept, folded when they are many. Empty when the config sets no limits.
 */
function limitsSection(report: ReportDocument): string[] {
  const rows = limitRows(report);
  if (rows.length === 0) return [];
  const within = rows.filter((r) => r.verdict === 'within');
  const open = within.length > LIMIT_WITHIN_OPEN ? rows.filter((r) => r.verdict !== 'within') : rows;
  const lines = ['### Limits', ''];
  if (report.baseline === null && !report.against) lines.push('*No baseline yet: limits are judged on this run alone, so they hold from the first run.*', '');
  if (open.length > 0) lines.push(...limitTable(open), '');
  const notes = open
    .filter((r) => r.note && r.verdict !== 'within')
    .slice(0, LIMIT_ROWS_SHOWN)
    .map((r) => `- **${escapeMarkdown(r.benchmark)}** ${escapeMarkdown(r.metric)}: ${escapeMarkdown(r.note)}`);
  if (notes.length > 0) lines.push(...notes, '');
  if (open.length < rows.length) {
    lines.push('<details>', `<summary>${plural(within.length, 'limit')} kept</summary>`, '', ...limitTable(within), '', '</details>', '');
  }
  return lines;
}

function renderSection(s: Section, keep?: number): string[] {
  if (s.buildKept && s.items !== undefined) return s.buildKept(keep ?? s.items);
  if (!s.build || !s.rows) return s.lines;
  const shown = keep === undefined ? s.rows : s.rows.slice(0, keep);
  return s.build(shown, s.rows.length - shown.length);
}

/**
 * Renders all sections, then, while the text is too long, cuts rows from the lowest-priority
 * section first: the folded rest, and only when that is not enough the failures and then the
 * regressions (which, with names shortened for display, takes thousands of them). Every cut says
 * how many rows it left out.
 */
function fit(sections: Section[], maxLength: number): string {
  const keep = new Map<Section, number>();
  const text = () =>
    sections
      .map((s) => renderSection(s, keep.get(s)).join('\n'))
      .join('\n')
      .trimEnd() + '\n';
  let out = text();
  if (out.length <= maxLength) return out;
  const size = (s: Section) => s.rows?.length ?? s.items ?? 0;
  const cuttable = sections.filter((s) => size(s) > 0).sort((a, b) => a.priority - b.priority);
  for (const s of cuttable) {
    // Binary search for the most rows of this section that fit, with the others as they are.
    // Every row takes more than 8 characters, so no more than maxLength / 8 of them can fit: the
    // search starts there, which keeps it fast for suites of hundreds of thousands of rows.
    let lo = 0;
    let hi = Math.min(size(s), Math.ceil(maxLength / 8));
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      keep.set(s, mid);
      if (text().length <= maxLength) lo = mid;
      else hi = mid - 1;
    }
    keep.set(s, lo);
    out = text();
    if (out.length <= maxLength) return out;
  }
  // Still too long (a huge trusted header or footer): a hard cut at a line end, keeping the summary.
  const cut = out.slice(0, Math.max(0, maxLength - 40));
  const atLine = cut.lastIndexOf('\n');
  return (atLine > 0 ? cut.slice(0, atLine) : cut) + '\n\n*… report truncated to fit.*\n';
}
