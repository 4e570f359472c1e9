// Concurrent `baseline update`s through the real CLI: every run is kept (the update holds a lock).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from '../helpers/cli.ts';
import { bench, results } from '../helpers/results.ts';

describe('concurrent baseline updates', () => {
  it('keep every run: 6 updates at once into a 1 MB history', async () => {
    // A history of ~1 MB: the read-modify-write takes long enough for updates to overlap.
    const big = results(Array.from({ length: 2200 }, (_, i) => bench(`bench-${i}`, 100 + i)));
    const history = { schemaVersion: '1.0', kind: 'perf-gate/baseline', runs: [big], notes: [] };
    const files: Record<string, string> = { 'h.json': JSON.stringify(history) };
    for (let i = 0; i < 6; i++) files[`r${i}.json`] = JSON.stringify(results([bench('a', 100)], { createdAt: `2026-11-25T10:00:0${i}.000Z` }));
    const dir = project(files);
    expect(readFileSync(join(dir, 'h.json')).length).toBeGreaterThan(1_000_000);
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => runCli(['baseline', 'update', '--baseline', 'h.json', '--results', `r${i}.json`, '--keep', '50'], { cwd: dir })),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(dir, 'h.json'), 'utf8'));
    expect(after.runs).toHaveLength(7);
    expect(new Set(after.runs.slice(1).map((r: { createdAt: string }) => r.createdAt)).size).toBe(6);
    expect(existsSync(join(dir, 'h.json.lock'))).toBe(false);
  }, 60_000);
});
