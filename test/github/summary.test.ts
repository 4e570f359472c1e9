import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { appendStepSummary, SUMMARY_MAX_BYTES } from '../../src/github/summary.ts';

test('the job summary is appended, and never pushed past 1 MiB', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pg-summary-')), 'summary.md');
  writeFileSync(file, 'earlier step\n');
  expect(appendStepSummary(file, '### perf-gate')).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe('earlier step\n### perf-gate\n');
  // Multi-byte text: the limit is in bytes.
  expect(appendStepSummary(file, '€'.repeat(400_000))).toBe(true);
  expect(readFileSync(file, 'utf8')).toContain('does not fit in the job summary');
  expect(statSync(file).size).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
  expect(appendStepSummary(undefined, 'x')).toBe(false);
});
