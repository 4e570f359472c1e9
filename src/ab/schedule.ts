// The order in which an A/B run measures: rounds of pairs, every benchmark once per round. Within a
// pair the trees alternate AB, BA, AB, … so that a machine getting steadily faster or slower favours
// neither tree over two pairs (drift adds +δ to one pair's difference and −δ to the next). The
// benchmarks' order is shuffled anew each round (seeded, so a run can be replayed), so that no
// benchmark always runs right after the same heavy neighbour or always at the start of a round.
import { createPrng } from '../stats/prng.ts';

export type Tree = 'base' | 'head';

export interface ScheduledFork {
  /** 0-based round; every benchmark has one pair per round. */
  round: number;
  benchmark: string;
  tree: Tree;
}

/** Rounds `first` .. `first + rounds − 1` of the schedule for `benchmarks`. */
export function abbaSchedule(benchmarks: readonly string[], rounds: number, options: { seed: number; first?: number }): ScheduledFork[] {
  const first = options.first ?? 0;
  const out: ScheduledFork[] = [];
  for (let round = first; round < first + rounds; round++) {
    // One generator per round: adding rounds later (adaptive sampling) does not reorder earlier ones.
    const rng = createPrng((options.seed ^ Math.imul(round + 1, 0x9e3779b1)) >>> 0);
    const order = [...benchmarks];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const a = order[i];
      const b = order[j];
      if (a === undefined || b === undefined) continue;
      [order[i], order[j]] = [b, a];
    }
    const trees: [Tree, Tree] = round % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
    for (const benchmark of order) for (const tree of trees) out.push({ round, benchmark, tree });
  }
  return out;
}
