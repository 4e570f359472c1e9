// Publishers for a terminal and a file system: report files (`--json`, `--markdown`), the table, and
// what became of the run in a baseline file. The Action's publishers are in github/publishers.ts.
import { writeTextAtomic } from '../baseline/documents.ts';
import { checkWritable, writeOutput } from '../baseline/output-files.ts';
import type { GateOutcome, Publisher } from '../core/seams.ts';
import { renderJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderTerminal } from '../report/terminal.ts';

/** The report as JSON and/or markdown files; each path is checked before measuring. */
export function reportFiles(paths: { json?: string; markdown?: string }): Publisher {
  const files: Array<{ path: string; flag: string; render: (o: GateOutcome) => string }> = [];
  if (paths.json) files.push({ path: paths.json, flag: '--json', render: (o) => renderJson(o.report) });
  if (paths.markdown) files.push({ path: paths.markdown, flag: '--markdown', render: (o) => renderMarkdown(o.report) });
  return {
    check() {
      for (const f of files) checkWritable(f.path, f.flag);
    },
    publish(outcome) {
      for (const f of files) writeOutput(f.path, f.flag, () => { writeTextAtomic(f.path, f.render(outcome)); });
    },
  };
}

/** The report's table on stdout; `gap` puts a blank line on stderr first, after progress lines. */
export function terminalTable(io: { stdout: (text: string) => void; stderr: (text: string) => void }, options: { color: boolean; gap?: boolean }): Publisher {
  return {
    publish(outcome) {
      if (options.gap) io.stderr('\n');
      io.stdout(renderTerminal(outcome.report, { color: options.color }));
    },
  };
}

/** What became of the run in a baseline file, or how to record one, as `perf-gate:` lines. */
export function baselineFileNotes(stderr: (text: string) => void, path: string): Publisher {
  return {
    publish({ record, read }) {
      if (record?.recorded) {
        for (const w of record.warnings) stderr(`perf-gate: warning: ${w}\n`);
        stderr(`perf-gate: recorded this run in ${path} (${record.runs} run${record.runs === 1 ? '' : 's'})\n`);
      } else if (record) {
        // A write that failed is raised as the run's error line: not said twice.
        if (!record.raised) stderr(`perf-gate: not recorded in ${path}: ${record.why}\n`);
      } else if (!read.history) {
        stderr(`perf-gate: no baseline at ${path}; run again with --update-baseline to record one\n`);
      }
    },
  };
}
