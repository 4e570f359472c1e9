// The hostile-input runner itself: it must catch what it claims to catch (a secret in an escaped
// form, a broken table, an internal error, a changed file), and the table must cover every item.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CASES, PENDING_FIXES } from './cases.ts';
import { RUNTIME_TOKEN_PAYLOAD_START, SECRET_ENV, brokenTableRows, runCase, unescapeForms, type HostileCase } from './run.ts';
import { tmpdir } from 'node:os';

const fake = (stdout: string, extra: Partial<HostileCase> = {}): HostileCase => ({
  id: 'meta',
  item: 'own',
  title: 'meta',
  procedure: () => Promise.resolve({ code: 0, stdout, stderr: '' }),
  expect: { code: 0 },
  ...extra,
});

describe('the hostile-input runner', () => {
  test('finds a planted secret in a markdown-escaped, entity-escaped or zero-width-split form, or cut short', async () => {
    const escaped = SECRET_ENV.inputToken.replace(/_/g, '\\_');
    const entity = SECRET_ENV.custom.replace(/_/g, '&#95;');
    const split = `${SECRET_ENV.githubToken.slice(0, 5)}\u200b${SECRET_ENV.githubToken.slice(5)}`;
    const cut = `${RUNTIME_TOKEN_PAYLOAD_START}Ilt7XCJTY29wZ…`;
    const o = await runCase(fake(`${escaped} ${entity} ${split} ${cut}`), tmpdir());
    expect(o.secretHits).toEqual(['stdout: INPUT_GITHUB-TOKEN', 'stdout: GITHUB_TOKEN', 'stdout: NPM_TOKEN', 'stdout: ACTIONS_RUNTIME_TOKEN (payload)']);
  });

  test('finds a secret in a file the run wrote, but not in the runner’s own ::add-mask:: line', async () => {
    const o = await runCase(
      fake(`::add-mask::${SECRET_ENV.inputToken}\n`, {
        procedure: async (ctx) => {
          await writeFile(join(ctx.dir, 'out.json'), JSON.stringify({ sig: SECRET_ENV.runtimeSignature }));
          return { code: 0, stdout: `::add-mask::${SECRET_ENV.inputToken}\n`, stderr: '' };
        },
      }),
      tmpdir(),
    );
    expect(o.secretHits).toEqual(['file:out.json: ACTIONS_RUNTIME_TOKEN']);
  });

  test('reports an internal error, a stack trace, a wrong exit code and a changed file', async () => {
    const o = await runCase(
      fake('', {
        files: { 'keep.txt': 'a' },
        procedure: async (ctx) => {
          await writeFile(join(ctx.dir, 'keep.txt'), 'b');
          return { code: 2, stdout: '', stderr: 'perf-gate: internal error: boom\n    at f (/x/y.ts:1:2)\n' };
        },
        expect: { code: 0, intact: ['keep.txt'] },
      }),
      tmpdir(),
    );
    expect(o.problems.join('\n')).toMatch(/exit code 2, expected 0/);
    expect(o.problems.join('\n')).toMatch(/keep\.txt was changed/);
    expect(o.problems.join('\n')).toMatch(/stack trace/);
    expect(o.problems.join('\n')).toMatch(/internal error/);
  });

  test('a table row with an unescaped pipe is broken; an escaped one is not', () => {
    const table = '| a | b |\n|---|---|\n| x \\| y | z |\n';
    expect(brokenTableRows(table)).toEqual([]);
    expect(brokenTableRows(`${table}| x | y | z |\n`)).toEqual(['| x | y | z |']);
    expect(unescapeForms('a\\_b &#64;c')).toContain('a_b @c');
  });
});

describe('the hostile-input table', () => {
  test('ids are unique and every item of the security issue has cases', () => {
    const ids = CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const items = new Set(CASES.map((c) => c.item));
    for (let i = 1; i <= 10; i++) expect(items, `item 9.${i}`).toContain(`9.${i}`);
    for (const id of Object.keys(PENDING_FIXES)) expect(ids, `pending ${id}`).toContain(id);
  });
});
