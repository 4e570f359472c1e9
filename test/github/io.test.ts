// The log sink: whatever text reaches it (a benchmark name, an error, a group title), the runner shows
// it and never obeys it as a workflow command.
import { describe, expect, test } from 'vitest';
import { escapeLogLine } from '../../src/core/escape.ts';
import { escapingIO, redactingIO, type ActionIO } from '../../src/github/io.ts';

function recording() {
  const lines: string[] = [];
  const io: ActionIO = {
    info: (m) => lines.push(`info ${m}`),
    notice: (m) => lines.push(`notice ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    startGroup: (n) => lines.push(`group ${n}`),
    endGroup: () => lines.push('endgroup'),
    setSecret: (s) => lines.push(`secret ${s}`),
    setOutput: (n, v) => lines.push(`output ${n}=${v}`),
    appendSummary: (md) => lines.push(`summary ${md}`),
    setFailed: (m) => lines.push(`failed ${m}`),
  };
  return { io, lines };
}

/**
 * Whether the runner would act on `line`: a `::` command after leading white space, or `##[`
 * anywhere, compared as .NET compares culturally (skipping marks and invisible format characters).
 */
function obeyed(line: string): boolean {
  const seen = line.replace(/[\p{M}\p{C}\u115f\u1160\u3164\uffa0]/gu, '');
  return /^\s*::/.test(seen) || seen.includes('##[');
}

const HOSTILE = [
  'x\n::error::INJECTED\n::add-mask::perf',
  '::add-mask::perf',
  '  ::error file=a.js::INJECTED',
  '\u034f::error::skipped by a culture-aware comparison',
  '\u2063::error::behind an invisible separator',
  'x ##[add-mask]perf',
  'x #\u034f#[error]INJECTED',
  'x\r##[group]INJECTED',
  'x\u2028::error::INJECTED',
];

describe('the log sink', () => {
  test.each(HOSTILE)('%j: every line written is shown, none obeyed', (text) => {
    const { io, lines } = recording();
    const safe = escapingIO(io);
    safe.info(text);
    safe.notice(text);
    safe.warning(text);
    safe.error(text);
    safe.startGroup(text);
    safe.setFailed(text);
    for (const entry of lines) {
      const written = entry.slice(entry.indexOf(' ') + 1);
      expect(written.split(/\r\n|\r|\n/), entry).toHaveLength(1);
      expect(obeyed(written), JSON.stringify(written)).toBe(false);
    }
  });

  test('ordinary lines are left as they are; masks and outputs are not log text', () => {
    expect(escapeLogLine('perf-gate: [1/2] work/sum fork 1/3 done in 1.2 s')).toBe('perf-gate: [1/2] work/sum fork 1/3 done in 1.2 s');
    expect(escapeLogLine('time 10::20, a::b')).toBe('time 10::20, a::b');
    const { io, lines } = recording();
    const safe = escapingIO(io);
    safe.setSecret('::odd secret');
    safe.setOutput('verdict', 'pass');
    expect(lines).toEqual(['secret ::odd secret', 'output verdict=pass']);
  });

  test('redaction covers every text the sink writes but the masks', () => {
    const { io, lines } = recording();
    const safe = redactingIO(io, (t) => t.replaceAll('s3cret-value', '***'), (t) => t.replaceAll('s3cret-value', 'MD'));
    safe.setSecret('s3cret-value');
    for (const name of ['info', 'notice', 'warning', 'error', 'startGroup', 'setFailed'] as const) safe[name]('a s3cret-value b');
    safe.appendSummary('| s3cret-value |');
    expect(lines[0]).toBe('secret s3cret-value');
    expect(lines.slice(1).join('\n')).not.toContain('s3cret-value');
    expect(lines.at(-1)).toBe('summary | MD |');
  });
});
