// The markdown rendering, for a PR comment and a job summary: the summary line first, then what
// needs attention (regressions, failures, inconclusive metrics), then the whole table folded away.
// Every user-controlled string goes through escapeMarkdown.
import type { ReportDocument } from '../core/types.ts';
import { escapeMarkdown, formatPercent } from './format.ts';
import { summaryLine } from './summary.ts';
import { allRows, baselineDescription, machineDescription, rowsWithVerdict, type Row } from './rows.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_LENGTH = 65_536;

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

function table(rows: Row[], stats: boolean): string[] {
  // The interval and detectable-change columns only when the policy computed them.
  const withStats = stats && rows.some((r) => r.interval || r.detectable);
  const head = withStats
    ? ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Interval', 'Detectable', 'Verdict']
    : ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Verdict'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i >= 2 && i <= 6 ? '---:' : '---')).join('|')}|`];
  for (const r of rows) {
    const cells = [
      escapeMarkdown(r.benchmark),
      r.metric,
      r.baseline,
      r.current,
      r.change,
      ...(withStats ? [r.interval, r.detectable] : []),
      VERDICT_LABEL[r.verdict] ?? escapeMarkdown(r.verdict),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

function noteLines(rows: Row[]): string[] {
  return rows
    .filter((r) => r.note)
    .map((r) => `- **${escapeMarkdown(r.benchmark)}**${r.metric ? ` ${r.metric}` : ''}: ${escapeMarkdown(r.note)}`);
}

interface Section {
  /** Lower is dropped first when the text must shrink. */
  priority: number;
  lines: string[];
  /** Rows that can be cut one by one, rendered by `build`. */
  rows?: Row[];
  build?: (rows: Row[], omitted: number) => string[];
}

export function renderMarkdown(report: ReportDocument, options: MarkdownOptions = {}): string {
  const title = escapeMarkdown(options.title ?? 'perf-gate');
  const sections: Section[] = [];
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(`### ${ICON[report.verdict]} ${title}: ${summaryLine(report, escapeMarkdown)}`, '');
  if (options.header) head.push(options.header, '');
  sections.push({ priority: 100, lines: head });

  if (report.verdict === 'no-baseline') {
    sections.push({
      priority: 90,
      lines: [
        'There is no baseline to compare with yet (first run, or the stored baseline expired after 7 days unused).',
        'It is recorded when perf-gate runs on the default branch: merge to the default branch, or run the workflow there once.',
        '',
      ],
    });
  }
  for (const w of report.warnings) sections.push({ priority: 85, lines: [`> [!WARNING]`, `> ${escapeMarkdown(w)}`, ''] });

  const attention: Array<[string, string, number]> = [
    ['regression', 'Regressions', 80],
    ['error', 'Failed benchmarks', 75],
    ['inconclusive', 'Inconclusive (too noisy to tell at this threshold)', 70],
  ];
  for (const [verdict, heading, priority] of attention) {
    const rows = rowsWithVerdict(report, verdict);
    if (rows.length === 0) continue;
    if (verdict === 'error') {
      sections.push({
        priority,
        lines: [],
        rows,
        build: (rs, omitted) => [
          `**${heading}**`,
          '',
          ...rs.map((r) => `- **${escapeMarkdown(r.benchmark)}**: ${escapeMarkdown(r.note)}`),
          ...(omitted > 0 ? [`- … and ${omitted} more`] : []),
          '',
        ],
      });
      continue;
    }
    sections.push({
      priority,
      lines: [],
      rows,
      build: (rs, omitted) => [
        `**${heading}**`,
        '',
        ...table(rs, true),
        ...(omitted > 0 ? [`| … ${omitted} more rows not shown (see the JSON report) |`] : []),
        '',
        ...noteLines(rs),
        ...(rs.some((r) => r.note) ? [''] : []),
      ],
    });
  }

  const rows = allRows(report);
  const missing = report.counts.missing > 0 ? `, ${report.counts.missing} missing` : '';
  sections.push({
    priority: 50,
    lines: [],
    rows,
    build: (rs, omitted) => [
      '<details>',
      `<summary>All results (${report.benchmarks.length} benchmarks${missing})</summary>`,
      '',
      ...table(rs, false),
      ...(omitted > 0 ? ['', `*${omitted} more rows not shown to fit GitHub's size limit; the JSON report has them all.*`] : []),
      '',
      '</details>',
      '',
    ],
  });

  const about = [
    `<sub>${escapeMarkdown(baselineDescription(report))} · threshold ${formatPercent(report.threshold)} · gating ${report.gatedMetrics.join(', ')} · ${escapeMarkdown(report.policy.description)}</sub>`,
    '',
    `<sub>Machine: ${escapeMarkdown(machineDescription(report.current.machine))}</sub>`,
  ];
  if (options.footer) about.push('', options.footer);
  sections.push({ priority: 95, lines: about });

  return fit(sections, options.maxLength ?? Infinity);
}

function renderSection(s: Section, keep?: number): string[] {
  if (!s.build || !s.rows) return s.lines;
  const shown = keep === undefined ? s.rows : s.rows.slice(0, keep);
  return s.build(shown, s.rows.length - shown.length);
}

/**
 * Renders all sections, then, while the text is too long, cuts rows from the lowest-priority
 * section first (the folded full table, then inconclusive, failures, regressions), saying what was cut.
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
  const cuttable = sections.filter((s) => s.rows && s.rows.length > 0).sort((a, b) => a.priority - b.priority);
  for (const s of cuttable) {
    // Binary search for the most rows of this section that fit, with the others as they are.
    let lo = 0;
    let hi = s.rows!.length;
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
  // Still too long (a huge header or warnings): hard cut, keeping the summary line.
  return out.slice(0, Math.max(0, maxLength - 40)) + '\n\n*… report truncated to fit.*\n';
}
