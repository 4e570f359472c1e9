import { describe, expect, it } from 'vitest';
import { abbaSchedule } from '../../src/ab/schedule.ts';

describe('abbaSchedule', () => {
  const names = ['a', 'b', 'c', 'd', 'e'];

  it('gives every benchmark one adjacent base/head pair per round, alternating AB and BA', () => {
    const s = abbaSchedule(names, 4, { seed: 1 });
    expect(s).toHaveLength(names.length * 4 * 2);
    for (let k = 0; k < s.length; k += 2) {
      const [x, y] = [s[k]!, s[k + 1]!];
      expect(x.benchmark).toBe(y.benchmark);
      expect(x.round).toBe(y.round);
      expect([x.tree, y.tree]).toEqual(x.round % 2 === 0 ? ['base', 'head'] : ['head', 'base']);
    }
    for (let round = 0; round < 4; round++) {
      expect(s.filter((f) => f.round === round && f.tree === 'base').map((f) => f.benchmark).sort()).toEqual(names);
    }
  });

  it('cancels linear drift: over an even number of rounds, base and head sit at the same mean position', () => {
    const s = abbaSchedule(names, 6, { seed: 9 });
    for (const name of names) {
      const at = (tree: string) => s.flatMap((f, i) => (f.benchmark === name && f.tree === tree ? [i] : []));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(at('base'))).toBe(mean(at('head')));
    }
  });

  it('shuffles the benchmark order per round, reproducibly, and extending a schedule keeps its earlier rounds', () => {
    const s = abbaSchedule(names, 6, { seed: 3 });
    const orders = new Set([0, 1, 2, 3, 4, 5].map((r) => s.filter((f) => f.round === r && f.tree === 'base').map((f) => f.benchmark).join('')));
    expect(orders.size).toBeGreaterThan(1);
    expect(abbaSchedule(names, 6, { seed: 3 })).toEqual(s);
    const more = abbaSchedule(names, 2, { seed: 3, first: 6 });
    expect(more.every((f) => f.round >= 6)).toBe(true);
    expect([...s, ...more].slice(0, s.length)).toEqual(abbaSchedule(names, 8, { seed: 3 }).slice(0, s.length));
  });
});
