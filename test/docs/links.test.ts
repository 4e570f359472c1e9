// Every relative link and anchor in README.md and docs/*.md must resolve: pages move and headings get
// renamed, and a dead link in the front door is the first thing a new user meets.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { at } from '../helpers/assert.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Markdown outside fenced code blocks, with inline code spans blanked (their brackets are not links). */
function prose(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined) {
      if (fence === null) fence = marker.charAt(0);
      else if (marker.charAt(0) === fence) fence = null;
      out.push('');
      continue;
    }
    out.push(fence === null ? line.replace(/`[^`]*`/g, '``') : '');
  }
  return out.join('\n');
}

/** The anchors a page defines: one per heading (duplicates numbered as GitHub does), and explicit ids. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker !== undefined) {
      if (fence === null) fence = marker.charAt(0);
      else if (marker.charAt(0) === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = headingSlug(heading);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const id of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(at(id, 1));
  }
  return anchors;
}

/** Problems with the relative links of one markdown file, one line each ("file: target: why"). */
function brokenLinks(file: string, root: string): string[] {
  const text = readFileSync(file, 'utf8');
  const problems: string[] = [];
  const where = file.slice(root.length + 1);
  for (const m of prose(text).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = at(m, 1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and other schemes
    const hash = target.indexOf('#');
    const path = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const linked = path === '' ? file : resolve(dirname(file), path);
    if (linked !== root && !linked.startsWith(root + sep)) {
      problems.push(`${where}: ${target}: points outside the repository`);
      continue;
    }
    if (!existsSync(linked)) {
      problems.push(`${where}: ${target}: no such file`);
      continue;
    }
    if (anchor !== undefined) {
      if (!linked.endsWith('.md')) {
        problems.push(`${where}: ${target}: an anchor into a file that is not markdown`);
      } else if (!anchorsOf(readFileSync(linked, 'utf8')).has(anchor)) {
        problems.push(`${where}: ${target}: no heading with the anchor #${anchor}`);
      }
    }
  }
  return problems;
}

function pages(root: string): string[] {
  const docs = join(root, 'docs');
  const inDocs = existsSync(docs) ? readdirSync(docs).filter((f) => f.endsWith('.md')).map((f) => join(docs, f)) : [];
  return [join(root, 'README.md'), ...inDocs];
}

describe('links in README.md and docs/', () => {
  it('the README and at least one docs page are checked', () => {
    const checked = pages(ROOT);
    expect(checked[0]).toBe(join(ROOT, 'README.md'));
    expect(checked.length).toBeGreaterThan(1);
  });

  it('every relative link and anchor resolves', () => {
    expect(pages(ROOT).flatMap((f) => brokenLinks(f, ROOT))).toEqual([]);
  });

  it('the README links every docs page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const unlinked = pages(ROOT)
      .slice(1)
      .map((f) => `docs/${f.slice(join(ROOT, 'docs').length + 1)}`)
      .filter((page) => !readme.includes(`](${page}`));
    expect(unlinked).toEqual([]);
  });
});

describe('the link checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-links-'));
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it('computes the anchors GitHub gives headings', () => {
    expect(headingSlug("Importing other tools' results")).toBe('importing-other-tools-results');
    expect(headingSlug('The study: how well the rule does')).toBe('the-study-how-well-the-rule-does');
    expect(headingSlug("The core's own cost (`npm run bench`)")).toBe('the-cores-own-cost-npm-run-bench');
    expect(headingSlug('Units, names and directions')).toBe('units-names-and-directions');
    expect(headingSlug('snake_case and µs')).toBe('snake_case-and-µs');
    expect([...anchorsOf('# A\n## B\n## B\n```\n# not a heading\n```\n<a id="x"></a>\n')]).toEqual(['a', 'b', 'b-1', 'x']);
  });

  it('reports missing files, missing anchors and links out of the repository, and nothing else', () => {
    mkdirSync(join(dir, 'docs'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'a.md'), '# Page A\n\n## Section one\n');
    const readme = [
      '# Title',
      '',
      '[ok](docs/a.md) [ok anchor](docs/a.md#section-one) [self](#title) [web](https://example.com/x#y)',
      '[gone](docs/b.md) [bad anchor](docs/a.md#section-two) [out](../elsewhere.md)',
      '`[not a link](nowhere.md)`',
      '```',
      '[also not a link](nowhere.md)',
      '```',
    ].join('\n');
    writeFileSync(join(dir, 'README.md'), readme);
    expect(brokenLinks(join(dir, 'README.md'), dir)).toEqual([
      'README.md: docs/b.md: no such file',
      'README.md: docs/a.md#section-two: no heading with the anchor #section-two',
      'README.md: ../elsewhere.md: points outside the repository',
    ]);
  });
});
