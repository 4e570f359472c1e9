// The architecture page says what the code does: every source path it names exists, and every
// implementation its seams table names is exported by the file the table gives.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const page = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');

describe('docs/architecture.md', () => {
  it('names only source paths that exist', () => {
    const paths = [...page.matchAll(/`(src\/[\w./-]+)`/g)].map((m) => m[1] ?? '');
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.filter((p) => !existsSync(join(root, p.replace(/\/$/, ''))));
    expect(missing).toEqual([]);
  });

  it('names seam implementations that the named files export', () => {
    const rows = page.split('\n').filter((l) => l.startsWith('| ') && l.includes('`src/'));
    const checked: string[] = [];
    for (const row of rows) {
      // Each "`name`, `name` (`src/file.ts`)" group: the names before a file are exported by it.
      for (const group of row.matchAll(/((?:`\w+`(?: \([^)`]*\))?,? )+)\(`(src\/[\w/.-]+\.ts)`\)/g)) {
        const file = readFileSync(join(root, group[2] ?? ''), 'utf8');
        for (const name of [...(group[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] ?? '')) {
          expect(file, `${name} in ${group[2] ?? ''}`).toMatch(new RegExp(`export (?:async )?(?:function|const|class|interface|type) ${name}\\b`));
          checked.push(name);
        }
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['fileBaselineStore', 'actionsCacheStore', 'reportFiles', 'pullRequestComment', 'stepVerdict']));
  });

  it('names the seams that core/seams.ts declares', () => {
    const seams = readFileSync(join(root, 'src', 'core', 'seams.ts'), 'utf8');
    for (const name of ['Measurement', 'BaselineSource', 'BaselineStore', 'Publisher']) {
      expect(seams).toMatch(new RegExp(`export interface ${name}\\b`));
      expect(page).toContain(`\`${name}\``);
    }
  });
});
