// The rows a comparison is shown as, and the order it is told in, shared by the terminal and
// markdown renderers so both always show the same thing: first the decision (regressions and
// failures), then everything else with, for what is undecided, what would settle it.
import type { BenchmarkReport, LimitCheck, MetricReport, ReportDocument } from '../core/types.ts';
import { displayMetric, NAME_HEAD, NAME_TAIL, plural } from '../core/format.ts';
import { formatChange, formatInterval, formatPercent, formatValue, shortTag, shortenMiddle, shortenText } from './format.ts';

/** Display lengths of a unit (a name's and a metric's are in core/format.ts). */
const UNIT_HEAD = 16;
const UNIT_TAIL = 4;
/** A note or an error text longer than this is cut for display (the JSON report keeps it whole). */
export const NOTE_MAX = 600;

export interface Row {
  /** The benchmark's name as displayed: shortened when long, unique within the report. */
  benchmark: string;
  /** The benchmark's full name. */
  fullName: string;
  benchmarkVerdict: BenchmarkReport['verdict'];
  /** The metric's name as displayed. */
  metric: string;
  baseline: string;
  current: string;
  change: string;
  /** Verdict word for the row: the metric's, or the benchmark's for rows without metrics. */
  verdict: string;
  interval: string;
  /** Minimum detectable change, e.g. "4.1%". */
  detectable: string;
  note: string;
  report?: MetricReport;
}

/**
 * Display names for a set of names: long ones shortened to both ends; two names shortened alike get
 * a tag from their full text, so displayed names stay as distinct as the names.
 */
export function displayNames(names: Iterable<string>, head = NAME_HEAD, tail = NAME_TAIL): Map<string, string> {
  const unique = [...new Set(names)];
  const shown = new Map(unique.map((n) => [n, shortenMiddle(n, head, tail)]));
  const uses = new Map<string, number>();
  for (const s of shown.values()) uses.set(s, (uses.get(s) ?? 0) + 1);
  for (const [name, s] of shown) {
    if ((uses.get(s) ?? 0) > 1 && s !== name) shown.set(name, `${s} ·${shortTag(name)}`);
  }
  return shown;
}

/** Renders names for one report: `name(full)` gives the displayed benchmark name. */
export function namer(report: Pick<ReportDocument, 'benchmarks'>): (name: string) => string {
  const shown = displayNames(report.benchmarks.map((b) => b.name));
  return (name) => shown.get(name) ?? shortenMiddle(name, NAME_HEAD, NAME_TAIL);
}

function displayNote(text: string): string {
  return shortenText(text, NOTE_MAX - 100, 99);
}

function metricRow(b: BenchmarkReport, shown: string, name: string, m: MetricReport): Row {
  let verdict: string = m.verdict;
  if (b.verdict === 'new') verdict = 'new';
  else if (m.verdict === 'informational' && !m.gated && m.baseline !== null) verdict = 'info';
  const unit = shortenMiddle(m.unit, UNIT_HEAD, UNIT_TAIL);
  return {
    benchmark: shown,
    fullName: b.name,
    benchmarkVerdict: b.verdict,
    metric: displayMetric(name),
    baseline: formatValue(m.baseline, unit),
    current: formatValue(m.current, unit),
    change: formatChange(m.change),
    verdict,
    interval: formatInterval(m.interval),
    detectable: m.minimumDetectableChange !== undefined ? formatPercent(m.minimumDetectableChange) : '',
    note: displayNote(m.note ?? ''),
    report: m,
  };
}

function bareRow(b: BenchmarkReport, shown: string, note: string): Row {
  return {
    benchmark: shown,
    fullName: b.name,
    benchmarkVerdict: b.verdict,
    metric: '',
    baseline: '',
    current: '',
    change: '',
    verdict: b.verdict,
    interval: '',
    detectable: '',
    note: displayNote(note),
  };
}

/**
 * Which metrics a benchmark shows: those that gate, those with a decided verdict, and those the
 * judgement put a note on (compare notes an undecided metric only to say why a metric configured to
 * gate does not: too few samples, another unit). Which metrics gate is the comparison's rule, read
 * here from its result, never decided again. `shown` is the displayed name (see `namer`).
 */
function benchmarkRows(b: BenchmarkReport, shown: string): Row[] {
  if (b.verdict === 'error') return [bareRow(b, shown, b.error ?? 'failed')];
  if (b.verdict === 'missing') return [bareRow(b, shown, 'in the baseline, not in this run')];
  const metrics = Object.entries(b.metrics);
  const wanted = metrics.filter(([, m]) => m.gated || m.verdict !== 'informational' || m.note);
  // Imports may carry only metrics nobody gates: show what there is rather than nothing.
  return (wanted.length > 0 ? wanted : metrics).map(([name, m]) => metricRow(b, shown, name, m));
}

function allRows(report: ReportDocument): Row[] {
  const name = namer(report);
  return report.benchmarks.flatMap((b) => benchmarkRows(b, name(b.name)));
}

/** The order the rest is listed in: what is undecided first (with what would settle it). */
const OTHER_ORDER = ['inconclusive', 'improvement', 'new', 'missing', 'unchanged', 'info', 'informational'];

/** A note that every row of one verdict carries, said once for them. */
export interface SharedNote {
  text: string;
  /** The verdict of the rows it applies to, and how many they are. */
  verdict: string;
  rows: number;
}

/** Parts of a note as a policy joins them ("a; b."), first letter and final stop normalised. */
function noteParts(note: string): string[] {
  return note
    .replace(/\.$/, '')
    .split('; ')
    .map((p) => p.charAt(0).toLowerCase() + p.slice(1))
    .filter((p) => p !== '');
}

function asSentence(parts: string[]): string {
  const s = parts.join('; ');
  return s === '' ? '' : `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/**
 * Says once what all rows of one verdict note alike (a short history, noted on every inconclusive
 * metric): for each verdict with at least `min` rows, the note parts every one of them carries move
 * to `shared`, and each row keeps only what is its own.
 */
export function factorNotes(rows: Row[], min = 3): { rows: Row[]; shared: SharedNote[] } {
  const noted = rows.map((r) => ({ r, parts: r.note ? noteParts(r.note) : [] }));
  const byVerdict = new Map<string, string[][]>();
  for (const { r, parts } of noted) {
    const group = byVerdict.get(r.verdict);
    if (group) group.push(parts);
    else byVerdict.set(r.verdict, [parts]);
  }
  const shared: SharedNote[] = [];
  const commonOf = new Map<string, Set<string>>();
  for (const [verdict, members] of byVerdict) {
    if (members.length < min) continue;
    // The parts the first member's note shares with every other member's.
    const common = members.reduce((acc, parts) => acc.filter((p) => parts.includes(p)));
    if (common.length === 0) continue;
    commonOf.set(verdict, new Set(common));
    shared.push({ text: asSentence(common), verdict, rows: members.length });
  }
  if (shared.length === 0) return { rows, shared };
  const own = noted.map(({ r, parts }) => {
    const common = commonOf.get(r.verdict);
    return common ? { ...r, note: asSentence(parts.filter((p) => !common.has(p))) } : r;
  });
  return { rows: own, shared };
}

export interface ReportView {
  /** Metric rows that regressed: the decision, shown first. */
  regressions: Row[];
  /** Benchmarks that failed or could not be compared: shown with the decision. */
  errors: Row[];
  /** Everything else, undecided first; folded away (markdown) or listed after (terminal). */
  others: Row[];
  /** What several of `others` have noted alike, said once (their rows keep the rest). */
  othersShared: SharedNote[];
  /** The same for the regressions and failures. */
  decisiveShared: SharedNote[];
  /** "13 inconclusive, 20 unchanged, 1 new": what `others` holds, by benchmark. */
  othersLabel: string;
}

export function reportView(report: ReportDocument): ReportView {
  const rows = allRows(report);
  const rank = (r: Row) => {
    const i = OTHER_ORDER.indexOf(r.verdict);
    return i < 0 ? OTHER_ORDER.length : i;
  };
  const others = rows
    .filter((r) => r.verdict !== 'regression' && r.verdict !== 'error')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
  const c = report.counts;
  const parts: string[] = [];
  if (c.inconclusive > 0) parts.push(`${c.inconclusive} inconclusive`);
  if (c.improvement > 0) parts.push(`${c.improvement} improved`);
  if (c.new > 0) parts.push(`${c.new} new`);
  if (c.missing > 0) parts.push(`${c.missing} missing`);
  if (c.unchanged > 0) parts.push(`${c.unchanged} unchanged`);
  const decided = new Set(rows.filter((r) => r.verdict === 'regression' || r.verdict === 'error').map((r) => r.fullName));
  const alsoDecided = new Set(others.filter((r) => decided.has(r.fullName)).map((r) => r.fullName)).size;
  if (alsoDecided > 0) parts.push(`other metrics of ${plural(alsoDecided, 'regressed benchmark')}`);
  const decisive = factorNotes(rows.filter((r) => r.verdict === 'regression'));
  const rest = factorNotes(others);
  return {
    regressions: decisive.rows,
    errors: rows.filter((r) => r.verdict === 'error'),
    others: rest.rows,
    othersShared: rest.shared,
    decisiveShared: decisive.shared,
    othersLabel: parts.join(', '),
  };
}

/** "5 baseline runs, newest abc1234 of 2026-11-25; compared with the median of the history". */
export function baselineDescription(report: ReportDocument): string {
  const b = report.baseline;
  if (report.against) return againstDescription(report.against);
  if (!b) return 'no baseline';
  const commit = b.commit ? ` ${b.commit.slice(0, 7)}` : '';
  const date = b.createdAt ? ` of ${b.createdAt.slice(0, 10)}` : '';
  const against =
    report.policy.baselineSource === 'newest' ? 'compared with the newest run' : 'compared with the median of the history';
  return `${plural(b.runs, 'baseline run')}, newest${commit}${date}; ${against}`;
}

/** "against base abc1234 (origin/main), same job, 12 pairs; adaptive sampling spent 8 of 30 s". */
export function againstDescription(a: NonNullable<ReportDocument['against']>): string {
  const ref = a.ref !== a.commit && !a.commit.startsWith(a.ref) ? ` (${a.ref})` : '';
  const pairs = a.pairs.min === a.pairs.max ? plural(a.pairs.min, 'pair') : `${a.pairs.min}–${a.pairs.max} pairs`;
  const budget = a.budgetMs > 0 ? `; adaptive sampling spent ${seconds(a.spentMs)} of ${seconds(a.budgetMs)} s` : '';
  return `against base ${a.commit.slice(0, 7)}${ref}, same job, ${pairs}${budget}`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
}

export function machineDescription(m: ReportDocument['current']['machine']): string {
  const gib = m.memoryBytes / 2 ** 30;
  return `${m.cpu}, ${m.cores} cores, ${gib.toFixed(0)} GiB, ${m.os} ${m.arch}, Node ${m.node}, ${m.runner}`;
}

/** The gated metric names of a report, for display. */
export function gatedDescription(report: ReportDocument): string {
  return report.gatedMetrics.map(displayMetric).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Absolute limits: a section of their own, breaches first.

/** One limit check as shown: the decision (over) first, then what is too close to tell, then the rest. */
export interface LimitRow {
  /** The benchmark's name as displayed (see `namer`), and its full name. */
  benchmark: string;
  fullName: string;
  metric: string;
  /** "≤ 2.00 ms", "≥ 10.0k ops/s". */
  limit: string;
  /** The run's value, "—" when it was not measured. */
  measured: string;
  /** Where the typical value lies ("[1.90 ms, 2.10 ms]"), empty when no spread was available. */
  interval: string;
  verdict: LimitCheck['verdict'];
  note: string;
}

const LIMIT_ORDER: readonly LimitCheck['verdict'][] = ['over', 'uncertain', 'within'];

/** The limit checks of a report as rows, breaches first, then uncertain, then within (each in report order). */
export function limitRows(report: Pick<ReportDocument, 'benchmarks' | 'limits'>): LimitRow[] {
  const checks = report.limits ?? [];
  if (checks.length === 0) return [];
  const name = namer(report);
  const rows = checks.map((c) => {
    const unit = shortenMiddle(c.unit, UNIT_HEAD, UNIT_TAIL);
    return {
      benchmark: name(c.benchmark),
      fullName: c.benchmark,
      metric: displayMetric(c.metric),
      limit: `${c.kind === 'max' ? '≤' : '≥'} ${formatValue(c.limit, unit)}`,
      measured: formatValue(c.value, unit),
      interval: c.interval ? `[${formatValue(c.interval[0], unit)}, ${formatValue(c.interval[1], unit)}]` : '',
      verdict: c.verdict,
      note: displayNote(c.note ?? ''),
    };
  });
  return LIMIT_ORDER.flatMap((v) => rows.filter((r) => r.verdict === v));
}

/** "1 over, 2 uncertain, 5 within": what the limit checks came to. */
export function limitCounts(rows: readonly LimitRow[]): string {
  return LIMIT_ORDER.map((v) => [v, rows.filter((r) => r.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');
}
