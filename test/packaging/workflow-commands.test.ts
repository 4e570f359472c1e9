// The Action writes its runner commands itself (src/github/workflow-commands.ts) instead of loading
// @actions/core, whose HTTP client doubled the Action's start-up. What the runner reads must not
// change: the same calls, made in a real child process by each implementation, give the same stdout,
// the same GITHUB_OUTPUT file (up to the random delimiter) and the same exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OURS = pathToFileURL(join(ROOT, 'src/github/workflow-commands.ts')).href;
const CORE = pathToFileURL(join(ROOT, 'node_modules/@actions/core/lib/core.js')).href;

const TEXTS = ['plain', 'two\nlines\r\nand 100%', '::error::x', '%0A already encoded', 'naïve ⏎ é', ''];

/** A script that makes every call with every text through `core`, then fails the step. */
function script(moduleSpecifier: string): string {
  return `
const core = await import(${JSON.stringify(moduleSpecifier)});
const texts = ${JSON.stringify(TEXTS)};
for (const t of texts) {
  core.info(t);
  core.warning(t);
  core.error(t);
  core.notice(t);
  core.startGroup(t);
  core.endGroup();
  core.setSecret(t);
  core.setOutput('out-' + texts.indexOf(t), t);
}
core.setFailed('failed: ' + texts[1]);
`;
}

function run(moduleSpecifier: string, withOutputFile: boolean): { stdout: string; outputs: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-commands-'));
  const file = join(dir, 'script.mjs');
  writeFileSync(file, script(moduleSpecifier));
  const outputs = join(dir, 'outputs');
  writeFileSync(outputs, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
  if (withOutputFile) env.GITHUB_OUTPUT = outputs;
  const child = spawnSync(process.execPath, [file], { cwd: ROOT, env, encoding: 'utf8' });
  if (child.stderr) throw new Error(child.stderr);
  // The delimiter is random per output in both implementations.
  const text = readFileSync(outputs, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
  return { stdout: child.stdout, outputs: text, status: child.status };
}

describe('workflow commands', () => {
  it('writes what @actions/core writes, with GITHUB_OUTPUT set', () => {
    const core = run(CORE, true);
    const ours = run(OURS, true);
    expect(core.outputs).toContain('out-1<<DELIMITER');
    expect(ours.stdout).toBe(core.stdout);
    expect(ours.outputs).toBe(core.outputs);
    expect(ours.status).toBe(1);
    expect(core.status).toBe(1);
  });

  it('writes what @actions/core writes without GITHUB_OUTPUT (legacy set-output)', () => {
    const core = run(CORE, false);
    const ours = run(OURS, false);
    expect(core.stdout).toContain('::set-output name=out-0::plain');
    expect(ours.stdout).toBe(core.stdout);
    expect(ours.outputs).toBe('');
  });

  it('keeps a multi-line value whole in GITHUB_OUTPUT', () => {
    const ours = run(OURS, true);
    expect(ours.outputs).toContain(`out-1<<DELIMITER\n${TEXTS[1]}\nDELIMITER\n`);
  });
});
