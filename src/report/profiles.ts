// How the CPU profiles of regressions are shown: in markdown one folded section per regressed
// benchmark (a small table of the functions whose self time grew most), in the terminal a short list
// with the profile files' paths. Function names, locations, notes and paths come from user code and
// are escaped where they are written.
import { basename } from 'node:path';
import { escapeLogLine } from '../core/escape.ts';
import { fixed, shortenMiddle } from '../core/format.ts';
import type { BenchmarkProfile, ProfileFunction, ReportDocument } from '../core/types.ts';
import { escapeMarkdown, shortenText } from './format.ts';

/** Functions shown per profile: in the comment, and in the terminal. */
export const MARKDOWN_FUNCTIONS = 8;
export const TERMINAL_FUNCTIONS = 5;
const NAME_MAX = 60;
const LOCATION_MAX = 80;
const NOTE_HEAD = 400;

/** A share of a profile's busy time: 0.412 → "41.2%". */
export function formatShare(share: number): string {
  return `${fixed(share * 100, 1)}%`;
}

/** A change of share, in percentage points: 0.371 → "+37.1 pts". */
export function formatShareChange(change: number): string {
  const points = fixed(Math.abs(change * 100), 1);
  if (Number(points) === 0) return '±0.0 pts';
  return `${change > 0 ? '+' : '−'}${points} pts`;
}

function shownName(f: ProfileFunction): string {
  return shortenMiddle(f.name, NAME_MAX - 20, 19);
}

function shownLocation(f: ProfileFunction): string {
  return shortenMiddle(f.location, 20, LOCATION_MAX - 21);
}

function compared(p: BenchmarkProfile): boolean {
  return p.functions.some((f) => f.change !== undefined);
}

/** The markdown of one profile: a folded section with its table, files and note. */
function markdownProfile(p: BenchmarkProfile, name: (full: string) => string): string[] {
  const grew = compared(p);
  const top = p.functions[0];
  const lead = top ? `${escapeMarkdown(shownName(top))} ${grew && top.change !== undefined ? formatShareChange(top.change) : formatShare(top.after)}` : 'no profile';
  const lines = ['<details>', `<summary>CPU profile of ${escapeMarkdown(name(p.benchmark))}: ${lead}</summary>`, ''];
  const shown = p.functions.slice(0, MARKDOWN_FUNCTIONS);
  if (shown.length > 0) {
    if (grew) {
      lines.push('| Function | Location | Base | Head | Change |', '|---|---|---:|---:|---:|');
      for (const f of shown) {
        lines.push(`| ${escapeMarkdown(shownName(f))} | ${escapeMarkdown(shownLocation(f))} | ${formatShare(f.before ?? 0)} | ${formatShare(f.after)} | ${formatShareChange(f.change ?? 0)} |`);
      }
    } else {
      lines.push('| Function | Location | Self time |', '|---|---|---:|');
      for (const f of shown) lines.push(`| ${escapeMarkdown(shownName(f))} | ${escapeMarkdown(shownLocation(f))} | ${formatShare(f.after)} |`);
    }
    lines.push('', `*Self time as a share of the profile's busy time${grew ? ', base tree → head tree' : ''}.*`);
  }
  const files = [p.files.head, p.files.base].filter((f): f is string => f !== undefined).map((f) => escapeMarkdown(basename(f)));
  if (files.length > 0) lines.push('', `Profiles: ${files.join(', ')} (open in Chrome DevTools or speedscope).`);
  if (p.note) lines.push('', `*${escapeMarkdown(shortenText(p.note, NOTE_HEAD, 99))}*`);
  lines.push('</details>', '');
  return lines;
}

/** The folded profiles, first `keep` of them; `omitted` says how many were left out to fit. */
export function markdownProfiles(report: ReportDocument, keep: number, name: (full: string) => string): string[] {
  const profiles = report.profiles ?? [];
  const shown = profiles.slice(0, keep);
  const omitted = profiles.length - shown.length;
  if (shown.length === 0 && omitted === 0) return [];
  return [
    ...shown.flatMap((p) => markdownProfile(p, name)),
    ...(omitted > 0 ? [`*${omitted} more CPU profile${omitted === 1 ? '' : 's'} not shown to fit the size limit; the JSON report has them all.*`, ''] : []),
  ];
}

/** The terminal's short list: per profile its top functions and the files. */
export function terminalProfiles(report: ReportDocument, name: (full: string) => string, dim: (text: string) => string): string[] {
  const lines: string[] = [];
  for (const p of report.profiles ?? []) {
    const grew = compared(p);
    lines.push('', `CPU profile of ${escapeLogLine(name(p.benchmark))}${grew ? ' (self time, base → head)' : ' (self time)'}:`);
    const shown = p.functions.slice(0, TERMINAL_FUNCTIONS);
    const nameWidth = shown.reduce((w, f) => Math.max(w, escapeLogLine(shownName(f)).length), 0);
    const locationWidth = shown.reduce((w, f) => Math.max(w, escapeLogLine(shownLocation(f)).length), 0);
    for (const f of shown) {
      const numbers = grew ? `${formatShare(f.before ?? 0).padStart(6)} → ${formatShare(f.after).padStart(6)}  ${formatShareChange(f.change ?? 0)}` : formatShare(f.after).padStart(6);
      lines.push(`  ${escapeLogLine(shownName(f)).padEnd(nameWidth)}  ${escapeLogLine(shownLocation(f)).padEnd(locationWidth)}  ${numbers}`.trimEnd());
    }
    if (p.note) lines.push(dim(`  ${escapeLogLine(shortenText(p.note, NOTE_HEAD, 99))}`));
    for (const [tree, file] of [['head', p.files.head], ['base', p.files.base]] as const) {
      if (file !== undefined) lines.push(dim(`  ${tree} profile: ${escapeLogLine(file)}`));
    }
  }
  return lines;
}
