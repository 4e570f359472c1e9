// Every test file, and every process a test starts, writes its temporary files under one directory
// made for this test run (TMPDIR, which os.tmpdir() reads), removed when the run ends: tests create
// hundreds of project directories, and a run must not leave them behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (!process.env.PERF_GATE_KEEP_TEST_TMP) rmSync(dir, { recursive: true, force: true });
  };
}
