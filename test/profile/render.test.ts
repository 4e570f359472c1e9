// How profiles of regressions are shown: folded under the regressions in markdown, names escaped, cut
// before any number when the comment is too long; a short list with the files in the terminal.
import { describe, expect, it } from 'vitest';
import { newHistory } from '../../src/baseline/documents.ts';
import { compare } from '../../src/compare/index.ts';
import type { BenchmarkProfile, ReportDocument } from '../../src/core/types.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { formatShare, formatShareChange } from '../../src/report/profiles.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { bench, plainPolicy, results } from '../helpers/results.ts';

const HOSTILE = '<img src=x onerror=alert(1)>|@someone';

function profile(benchmark: string, base = true): BenchmarkProfile {
  return {
    benchmark,
    files: { head: `/work/profiles/${benchmark}-head.cpuprofile`, ...(base ? { base: `/work/profiles/${benchmark}-base.cpuprofile` } : {}) },
    functions: [
      { name: 'slowInner', location: 'bench/a.mjs:3', ...(base ? { before: 0.4, change: 0.35 } : {}), after: 0.75 },
      { name: HOSTILE, location: 'bench/<b>.mjs:9', ...(base ? { before: 0.3, change: -0.2 } : {}), after: 0.1 },
    ],
    ...(base ? {} : { note: 'a base profile was not at hand' }),
  };
}

function regressed(count: number, withProfiles: (name: string) => BenchmarkProfile): ReportDocument {
  const names = Array.from({ length: count }, (_, i) => `parse-${i}`);
  const report = compare(
    newHistory([results(names.map((n) => bench(n, 1_000_000)))]),
    results(names.map((n) => bench(n, 1_300_000))),
    defaultSettings(plainPolicy),
  );
  return { ...report, profiles: names.map(withProfiles) };
}

describe('profiles in markdown', () => {
  it('folds each profile under the regressions, with its top functions, escaped, and the file names', () => {
    const md = renderMarkdown(regressed(1, (n) => profile(n)));
    const regressions = md.indexOf('**Regressions**');
    const folded = md.indexOf('<summary>CPU profile of parse-0: slowInner +35.0 pts</summary>');
    expect(regressions).toBeGreaterThanOrEqual(0);
    expect(folded).toBeGreaterThan(regressions);
    expect(md).toContain('| slowInner | bench/a.mjs:3 | 40.0% | 75.0% | +35.0 pts |');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('@someone');
    expect(md).toContain('Profiles: parse-0-head.cpuprofile, parse-0-base.cpuprofile (open in Chrome DevTools or speedscope).');
    // The machine's paths stay out of a comment: only file names.
    expect(md).not.toContain('/work/profiles');
  });

  it('shows the largest self times and the note when there is no base profile', () => {
    const md = renderMarkdown(regressed(1, (n) => profile(n, false)));
    expect(md).toContain('| Function | Location | Self time |');
    expect(md).toContain('| slowInner | bench/a.mjs:3 | 75.0% |');
    expect(md).toContain('*a base profile was not at hand*');
  });

  it('drops profiles before any number when the comment is too long', () => {
    const report = regressed(40, (n) => profile(n));
    const full = renderMarkdown(report);
    const fit = renderMarkdown(report, { maxLength: Math.floor(full.length * 0.6) });
    expect(fit.length).toBeLessThanOrEqual(Math.floor(full.length * 0.6));
    // Every regressed row is still there; only profiles were cut, and the cut is said.
    for (let i = 0; i < 40; i++) expect(fit).toContain(`| parse-${i} | p50 |`);
    const shown = fit.split('<summary>CPU profile of').length - 1;
    expect(shown).toBeLessThan(40);
    expect(fit).toMatch(new RegExp(`\\*${40 - shown} more CPU profiles not shown to fit the size limit`));
  });
});

describe('profiles in the terminal', () => {
  it('lists the top functions and the paths of the files, without control characters', () => {
    const report = regressed(1, (n) => ({ ...profile(n), functions: [...profile(n).functions, { name: 'evil\u001b[2Jname', location: 'x.mjs:1', before: 0, after: 0.01, change: 0.01 }] }));
    const text = renderTerminal(report);
    expect(text).toContain('CPU profile of parse-0 (self time, base → head):');
    expect(text).toMatch(/slowInner\s+bench\/a\.mjs:3\s+40\.0% →\s+75\.0%\s+\+35\.0 pts/);
    expect(text).toContain('head profile: /work/profiles/parse-0-head.cpuprofile');
    expect(text).toContain('base profile: /work/profiles/parse-0-base.cpuprofile');
    expect(text).not.toContain('\u001b');
  });
});

describe('share formatting', () => {
  it('says shares in percent and their changes in points', () => {
    expect(formatShare(0.4123)).toBe('41.2%');
    expect(formatShareChange(0.371)).toBe('+37.1 pts');
    expect(formatShareChange(-0.05)).toBe('−5.0 pts');
    expect(formatShareChange(0.00001)).toBe('±0.0 pts');
  });
});
