// The escaping layer, property-style: for a corpus of hostile strings (fixed cases plus seeded
// random mixtures of hostile fragments), each medium's escaped output keeps the properties that
// medium needs, whatever the input.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { escapeLogLine, escapeMarkdown, escapeTerminal, safeFileName } from '../../src/core/escape.ts';
import type { BenchmarkResult } from '../../src/core/types.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { createPrng } from '../../src/stats/prng.ts';
import { plainPolicy, results } from '../helpers/results.ts';
import { at } from '../helpers/assert.ts';

const FRAGMENTS = [
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '::error::INJECTED',
  '::add-mask::perf',
  '##[error]x',
  '\x1b[2J',
  '\x1b]8;;http://evil\x07',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u200b',
  '\ufeff',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '</details>',
  '|',
  '||',
  '@admin',
  'a@b.example.com',
  'mailto:a@b.org',
  '#12',
  'www.example.com',
  'WWW.Example.org',
  'http://evil.example',
  'https://evil.example/x?y',
  '**bold**',
  '_em_',
  '`code`',
  '$x^2$',
  '~~strike~~',
  '[link](http://x)',
  '![img](http://x/y.png)',
  '\\',
  '&#64;admin',
  '&lt;',
  '\t',
  '\x00',
  '\x7f',
  '\u009b31m',
  ' ',
  'plain',
  'ü',
  '😀',
];

const FIXED = [
  'x\n::error::INJECTED\n::add-mask::perf',
  '<img src=x>|@admin',
  'gpj\u202eexe.txt',
  'see www.example.com now',
  '::warning file=a::b',
  '  ::error::indented',
  '\n::error::starts with a break',
  'a|b|c',
  '',
  '\\|',
  '\\\\|',
  'x'.repeat(10_000),
];

function corpus(count = 400): string[] {
  const rng = createPrng(9);
  const out = [...FIXED];
  for (let i = 0; i < count; i++) {
    const n = 1 + rng.int(6);
    let s = '';
    for (let k = 0; k < n; k++) s += at(FRAGMENTS, rng.int(FRAGMENTS.length));
    out.push(s);
  }
  return out;
}

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('escapeMarkdown', () => {
  const all = corpus();
  it('leaves no line break, raw <, |, @, bidi override, control or invisible character', () => {
    for (const input of all) {
      const out = escapeMarkdown(input);
      expect(out, JSON.stringify(input)).not.toMatch(LINE_BREAKS);
      expect(out, JSON.stringify(input)).not.toMatch(/[<>|@]/);
      expect(out, JSON.stringify(input)).not.toMatch(BIDI);
      expect(out, JSON.stringify(input)).not.toMatch(INVISIBLE);
      expect(out, JSON.stringify(input)).not.toMatch(CONTROL);
    }
  });
  it('leaves nothing GitHub would autolink, mention or format', () => {
    for (const input of all) {
      const out = escapeMarkdown(input);
      // What GitHub's autolinker and mention filter see: the text with references decoded.
      const seen = out
        .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(seen, JSON.stringify(input)).not.toMatch(/(^|[^\p{L}\p{N}_\u200b])www\./iu);
      expect(seen, JSON.stringify(input)).not.toMatch(/[a-z]:\/\//i);
      expect(seen, JSON.stringify(input)).not.toMatch(/(mailto|xmpp):(?!\u200b)/i);
      expect(seen, JSON.stringify(input)).not.toMatch(/@[\w-]/);
      expect(seen, JSON.stringify(input)).not.toMatch(/#\d/);
      // Emphasis, code, math and link characters are all backslash-escaped.
      expect(out.replace(/\\[\\`*_[\]~$]/g, ''), JSON.stringify(input)).not.toMatch(/[`*_[\]~$]/);
    }
  });
  it('writes each reference once: escaping is one pass', () => {
    expect(escapeMarkdown('&#64;')).toBe('&amp;&#35;&#8203;64;');
    expect(escapeMarkdown('a@b')).toBe('a&#64;&#8203;b');
    expect(escapeMarkdown('www.x.org and awww.x')).toBe('www&#8203;.x.org and awww.x');
    expect(escapeMarkdown('https://x')).toBe('https&#58;&#8203;//x');
    expect(escapeMarkdown('ratio 1:2')).toBe('ratio 1:2');
  });
  it('keeps the column count of a table row whatever the names, metric names and units', () => {
    const hostile = corpus(60);
    const benchmarks: BenchmarkResult[] = hostile.map((name, i) => ({
      name: `${i}${name}`,
      kind: 'import',
      status: 'ok',
      metrics: { [`m${i}${hostile[(i + 1) % hostile.length]}`]: { value: 100 + i, unit: `u${hostile[(i + 2) % hostile.length]}`, direction: 'lower' } },
    }));
    const settings = { ...defaultSettings(plainPolicy), metrics: benchmarks.flatMap((b) => Object.keys(b.metrics)) };
    const slower = benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(Object.entries(b.metrics).map(([k, m]) => [k, { ...m, value: m.value * (b.name.length % 2 ? 2 : 1) }])),
    }));
    const report = compare(newHistory([results(benchmarks)]), results(slower), settings);
    const md = renderMarkdown(report);
    const lines = md.split('\n');
    let header = 0;
    let tables = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      const cells = line.split('|').length;
      if (header === 0) {
        header = cells;
        tables++;
      } else expect(cells, line).toBe(header);
    }
    expect(tables).toBe(2);
    expect(md).not.toMatch(/<(?!\/?(details|summary|sub)>|!--)/);
    expect(md).not.toMatch(BIDI);
  });
});

describe('escapeLogLine and escapeTerminal', () => {
  const all = corpus();
  it('a log line: one line, never a workflow command, no control, bidi or invisible character', () => {
    for (const input of all) {
      const out = escapeLogLine(input);
      expect(out, JSON.stringify(input)).not.toMatch(LINE_BREAKS);
      expect(out, JSON.stringify(input)).not.toMatch(/^\s*(::|##\[)/);
      expect(out, JSON.stringify(input)).not.toMatch(CONTROL);
      expect(out, JSON.stringify(input)).not.toMatch(BIDI);
    }
  });
  it('terminal text: no line of it is a workflow command, no escape sequence', () => {
    for (const input of all) {
      const out = escapeTerminal(input);
      for (const line of out.split('\n')) expect(line, JSON.stringify(input)).not.toMatch(/^\s*(::|##\[)/);
      expect(out, JSON.stringify(input)).not.toMatch(CONTROL);
      expect(out, JSON.stringify(input)).not.toMatch(/[\r\u0085\u2028\u2029]/);
    }
  });
  it('the terminal report: no line a name wrote starts a workflow command or carries an escape', () => {
    const names = corpus(40);
    const benchmarks: BenchmarkResult[] = names.map((name, i) => ({
      name: `${name}${i}`,
      kind: 'import',
      status: i % 5 === 0 ? 'error' : 'ok',
      error: i % 5 === 0 ? `failed:${at(names, (i + 3) % names.length)}` : undefined,
      metrics: i % 5 === 0 ? {} : { [at(names, (i + 1) % names.length) || 'm']: { value: 10, unit: at(names, (i + 2) % names.length), direction: 'lower' } },
    }));
    const settings = { ...defaultSettings(plainPolicy), metrics: benchmarks.flatMap((b) => Object.keys(b.metrics)) };
    const report = compare(newHistory([results(benchmarks)]), results(benchmarks), settings);
    const out = renderTerminal(report, { color: false });
    for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*(::|##\[)/);
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(BIDI);
  });
});

describe('safeFileName', () => {
  it('only safe characters, never empty, . or .., bounded', () => {
    for (const input of corpus()) {
      const out = safeFileName(input, 50);
      expect(out).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(out).not.toMatch(/^\.{1,2}$/);
      expect(out.length).toBeLessThanOrEqual(51);
    }
  });
});
