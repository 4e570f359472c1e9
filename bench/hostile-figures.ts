// The hostile-input suite's figures for docs/security.md: runs every case of test/hostile/cases.ts
// (pending fixes included) through the same runner as the test, and prints how many were tried and
// handled, the planted secrets found in any output, and what each mishandled case shows.
//   npx node bench/hostile-figures.ts [--only REGEX] [--limit N] [--json FILE] [--root DIR]
// With PERF_GATE_KEEP_TEST_TMP=1 and --root, each case's directory is kept for a look.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { CASES, PENDING_FIXES } from '../test/hostile/cases.ts';
import { runAll } from '../test/hostile/run.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, limit: { type: 'string' }, json: { type: 'string' }, root: { type: 'string' } } });
const only = values.only ? new RegExp(values.only) : undefined;
const cases = CASES.filter((c) => !only || only.test(c.id));
const started = Date.now();
const outcomes = await runAll(cases, Number(values.limit ?? 3), values.root);
const seconds = (Date.now() - started) / 1000;

const failed = outcomes.filter((o) => o.problems.length > 0);
const secretHits = outcomes.reduce((n, o) => n + o.secretHits.length, 0);
for (const o of outcomes) {
  const c = cases.find((x) => x.id === o.id);
  if (c === undefined) throw new Error(`an outcome for ${o.id}, which is not a case`);
  const mark = o.problems.length === 0 ? 'ok  ' : 'FAIL';
  console.log(`${mark} ${c.item.padEnd(5)} ${o.id} (${(o.ms / 1000).toFixed(1)} s)${o.id in PENDING_FIXES ? ' [pending]' : ''}`);
  for (const p of o.problems) console.log(`       ${(p.split('\n', 1)[0] ?? '').slice(0, 400)}`);
}
const items = [...new Set(cases.map((c) => c.item))].sort();
console.log(
  `\n${new Date().toISOString()} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}) · Node ${process.version}\n` +
    `hostile inputs tried: ${outcomes.length} (items: ${items.join(', ')}); handled: ${outcomes.length - failed.length}; mishandled: ${failed.length}\n` +
    `planted secrets found in outputs: ${secretHits} (in ${outcomes.filter((o) => o.secretHits.length).length} cases)\n` +
    `wall time: ${seconds.toFixed(0)} s`,
);
if (values.json) writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), seconds, outcomes }, null, 2));
