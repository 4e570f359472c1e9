// One vitest suite over a share of the hostile-input table: the cases run concurrently (a small
// limit: the machine has two cores) in one hook, then each case is one test naming what went wrong.
// Cases listed in PENDING_FIXES are not asserted; with PERF_GATE_HOSTILE_PENDING=1 they run too and
// are reported apart, so a landed fix shows up as "now handled".
import { beforeAll, describe, expect, test } from 'vitest';
import { CASES, PENDING_FIXES } from './cases.ts';
import { runAll, type CaseOutcome, type HostileCase } from './run.ts';

export function hostileSuite(name: string, select: (c: HostileCase) => boolean, limit = 3): void {
  const chosen = CASES.filter(select).filter((c) => !c.slow || process.env.PERF_GATE_HOSTILE_SLOW);
  const active = chosen.filter((c) => !Object.hasOwn(PENDING_FIXES, c.id));
  const pending = process.env.PERF_GATE_HOSTILE_PENDING ? chosen.filter((c) => Object.hasOwn(PENDING_FIXES, c.id)) : [];
  const outcomes = new Map<string, CaseOutcome>();

  beforeAll(async () => {
    for (const o of await runAll([...active, ...pending], limit)) outcomes.set(o.id, o);
    if (pending.length) {
      const lines = pending.map((c) => {
        const o = outcomes.get(c.id)!;
        return o.problems.length ? `  still failing: ${c.id}: ${o.problems[0]!.slice(0, 200)}` : `  now handled:   ${c.id}`;
      });
      console.log(`pending hostile cases (${name}):\n${lines.join('\n')}`);
    }
  }, 240_000);

  describe(name, () => {
    test.each(active.map((c) => [c.id, c] as const))('%s', (id, c) => {
      const o = outcomes.get(id);
      expect(o, 'the case did not run').toBeDefined();
      expect(o!.problems, `${c.item}: ${c.title}`).toEqual([]);
    });
  });
}
