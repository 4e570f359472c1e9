// The job summary: appended to the file GITHUB_STEP_SUMMARY names, kept under GitHub's 1 MiB limit
// per step (bytes, not characters).
import { appendFileSync, statSync } from 'node:fs';

export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** What the report may take, leaving room for anything else the step writes. */
export const SUMMARY_REPORT_MAX_CHARS = 250_000;

/**
 * Appends markdown to the step summary file. Returns false (and writes nothing) when there is no
 * summary file. Text that would push the file past the limit is replaced by a one-line notice.
 */
export function appendStepSummary(path: string | undefined, markdown: string): boolean {
  if (!path) return false;
  let existing: number;
  try {
    existing = statSync(path).size;
  } catch {
    existing = 0;
  }
  let text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  if (existing + Buffer.byteLength(text) > SUMMARY_MAX_BYTES) {
    text = '\n*perf-gate: the report does not fit in the job summary (1 MiB per step); see the report-json output.*\n';
    if (existing + Buffer.byteLength(text) > SUMMARY_MAX_BYTES) return false;
  }
  appendFileSync(path, text, 'utf8');
  return true;
}
