// Every importer against every fixture of every other format: it either reads it or rejects it
// with a one-line InputError naming the file — never a TypeError or a stack trace.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { FORMAT_NAMES, importFile } from '../../src/import/index.ts';
import { FIXTURES } from './helpers.ts';

const INPUT = /\.(json|txt|xml)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return INPUT.test(name) && !name.endsWith('.ts.txt') ? [path] : [];
  });
}

const ALL = FORMAT_NAMES.flatMap((f) => files(join(FIXTURES, f)));

describe('importers on the wrong input', () => {
  it('has fixtures for every format', () => {
    for (const f of FORMAT_NAMES) expect(ALL.some((p) => relative(FIXTURES, p).startsWith(`${f}/`))).toBe(true);
  });

  for (const format of FORMAT_NAMES) {
    it(`${format}: reads or rejects each other format's fixture with a one-line InputError`, () => {
      for (const file of ALL.filter((p) => !relative(FIXTURES, p).startsWith(`${format}/`))) {
        try {
          importFile(format, file);
        } catch (err) {
          expect(err, `${format} on ${relative(FIXTURES, file)}`).toBeInstanceOf(InputError);
          const message = (err as Error).message;
          expect(message.includes('\n'), message).toBe(false);
          expect(message.length).toBeLessThan(400);
        }
      }
    });
  }
});
