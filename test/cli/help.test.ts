// Help pages and option typos through the real CLI: one page per command, printed from the table that
// validates its options; a misspelt option or command gets the nearest one.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/import/index.ts';
import { errorLines, hasStackTrace, project, runCli, type CliRun } from '../helpers/cli.ts';

const CONFIG = 'benchmarks:\n  - name: a\n    command: node -e "0"\n';

function expectOneLineError(run: CliRun, ...parts: string[]): void {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  const lines = errorLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  for (const p of parts) expect(lines[0]).toContain(p);
  expect(hasStackTrace(run.stderr)).toBe(false);
}

describe('typos in commands and options', () => {
  it('a misspelt option gets the nearest option of that command', async () => {
    const dir = project({ 'perf-gate.yml': CONFIG });
    expectOneLineError(await runCli(['compare', '--thresold', '10%'], { cwd: dir }), 'unknown option --thresold', 'did you mean --threshold?');
    expectOneLineError(await runCli(['--thresold', '10%'], { cwd: dir }), 'did you mean --threshold?');
    expectOneLineError(await runCli(['run', '--ot', 'x.json'], { cwd: dir }), 'did you mean --out?');
    expectOneLineError(await runCli(['compare', '--polcy', 'noise'], { cwd: dir }), 'did you mean --policy?');
  });

  it('a command named like an Object member is an unknown command', async () => {
    expectOneLineError(await runCli(['constructor'], { cwd: project({}) }), 'unknown command "constructor"');
  });
});

describe('help', () => {
  it('each command has its own page, printed from the table that validates its options', async () => {
    const dir = project({});
    const pages = new Map<string, string>();
    for (const args of [['run', '--help'], ['compare', '--help'], ['import', '--help'], ['baseline', 'update', '--help'], ['help', 'compare'], ['help'], ['--help'], ['baseline', '--help']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      pages.set(args.join(' '), r.stdout);
    }
    expect(pages.get('run --help')).toMatch(/^perf-gate run — measure/);
    expect(pages.get('run --help')).toContain('--out FILE');
    expect(pages.get('run --help')).not.toContain('--current');
    expect(pages.get('compare --help')).toMatch(/^perf-gate compare — /);
    expect(pages.get('compare --help')).toMatch(/--baseline FILE .*\(required\)/);
    expect(pages.get('help compare')).toBe(pages.get('compare --help'));
    expect(pages.get('import --help')).toContain('--format NAME');
    // The page names every registered format (the CLI's entry does not load the parsers to list them).
    const formats = /the tool format: (.*?)(?: \(required\))?$/m.exec(pages.get('import --help')!)![1]!.split(', ');
    expect(formats).toEqual([...FORMAT_NAMES]);
    expect(pages.get('compare --help')).toContain('--policy noise|percentage');
    expect(pages.get('baseline update --help')).toContain('--keep N');
    expect(pages.get('baseline --help')).toContain('perf-gate baseline update --baseline FILE --results FILE');
    expect(pages.get('help')).toBe(pages.get('--help'));
    // The default command's usage lists every option it takes.
    const usage = pages.get('--help')!.split('\n').find((l) => l.startsWith('  perf-gate ['))!;
    for (const flag of ['--config', '--baseline', '--filter', '--threshold', '--json', '--markdown', '--update-baseline']) expect(usage).toContain(flag);
    expectOneLineError(await runCli(['help', 'comapre'], { cwd: dir }), 'unknown command "comapre"', 'did you mean "perf-gate compare"?');
  });
});

