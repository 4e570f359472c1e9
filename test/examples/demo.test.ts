// The README's demo (`npm start`, then `npm run start:slower`) must show its regression every time,
// on any machine, however busy: the slowed example does many times the work of every task, not a
// little more that a noisy machine can hide. Counted, not timed: each task is called once in a
// child process with the operations it performs counted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defined, group } from '../helpers/assert.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STRINGS = pathToFileURL(resolve(ROOT, 'examples/bench/strings.bench.mjs')).href;
const JSON_BENCH = pathToFileURL(resolve(ROOT, 'examples/bench/json.bench.mjs')).href;

const COUNTER = `
const counts = {};
const wrap = (owner, key) => {
  const original = owner[key];
  owner[key] = function (...args) { counts[key] = (counts[key] ?? 0) + 1; return original.apply(this, args); };
};
const { Bench } = await import('tinybench');
const tasks = {};
const add = Bench.prototype.add;
Bench.prototype.add = function (name, fn, opts) { tasks['json/' + name] = fn; return add.call(this, name, fn, opts); };
(await import(${JSON.stringify(STRINGS)})).default({ add(name, fn) { tasks['strings/' + name] = fn; return this; } });
await import(${JSON.stringify(JSON_BENCH)});
wrap(JSON, 'parse');
wrap(Array.prototype, 'join');
wrap(String.prototype, 'split');
const out = {};
for (const [name, fn] of Object.entries(tasks)) {
  for (const k of Object.keys(counts)) delete counts[k];
  fn();
  out[name] = { ...counts };
}
process.stdout.write(JSON.stringify(out));
`;

function operationsPerCall(slow: string | undefined): Record<string, Record<string, number>> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PERF_GATE_EXAMPLE_SLOW;
  if (slow !== undefined) env.PERF_GATE_EXAMPLE_SLOW = slow;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', COUNTER], { cwd: ROOT, env, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout);
}

/** The value `npm run start:slower` gives PERF_GATE_EXAMPLE_SLOW. */
function slowSetting(): string {
  const scripts = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string | undefined>;
  return group(defined(scripts['start:slower'], 'the start:slower script'), /PERF_GATE_EXAMPLE_SLOW=(\S+)/);
}

describe('the slowed example', () => {
  it('does at least 8 times the work in every task, as npm run start:slower runs it', () => {
    const normal = operationsPerCall(undefined);
    const slowed = operationsPerCall(slowSetting());
    expect(Object.keys(normal).sort()).toEqual(['json/parse', 'strings/join', 'strings/split']);
    for (const [task, ops] of Object.entries(normal)) {
      const [op, count] = defined(Object.entries(ops).find(([, n]) => n > 0), `an operation counted in ${task}`);
      expect(slowed[task]?.[op], `${task} ${op}`).toBeGreaterThanOrEqual(8 * count);
    }
  });
});
