// A disturbed machine is not slower code. On a shared machine, bursts of tens of seconds slow every
// allocation- and memory-heavy benchmark of a run by well beyond any threshold, in every fork, while
// tight loops stay put; a cached history never saw the burst, so on the numbers alone each of those
// benchmarks "regressed". Two things tell the burst from the code, and this module applies both to a
// report already judged by the policy. Pure: no I/O, no clock.
//
// Co-movement. When at least MIN_MOVED benchmarks and at least half of those compared got worse
// together, each beyond the shown fraction of its threshold (or a designated control benchmark, one
// that no change of the code should move, got worse), the run is marked disturbed, and the benchmarks
// that moved are named. A real slowdown of one benchmark while the rest stay put does not qualify.
//
// Reproduction. Every regression of a benchmark measured in this run is measured again in later
// forks (gate/measurement.ts takes them) and only stands when the later forks bear it out:
//   · the later forks alone, judged by the same policy against the same history, say regression; or
//   · the judgement on all forks still says regression and the later forks alone are worse by at
//     least the shown fraction of the threshold, the same way. This second way keeps the power of all
//     forks for a real change that two forks alone cannot settle.
// A benchmark that moved with a disturbed machine gets only the first way: its first forks are the
// ones the burst hit, so it is the later forks alone that must show the regression. A regression that
// does not reproduce becomes inconclusive, with a note saying how far it moved in the first forks and
// in the later ones; it never becomes the run's verdict.
import { formatChange, formatPercent, plural } from '../core/format.ts';
import { ownValue, setOwn } from '../core/own.ts';
import type { BenchmarkReport, MetricReport, ReportDocument } from '../core/types.ts';
import { withRevisedVerdicts } from './verdicts.ts';

/** Fewest benchmarks that must move together before a run can be called disturbed. */
export const MIN_MOVED = 3;
/** Share of the compared benchmarks that must move together. */
export const MIN_MOVED_SHARE = 0.5;
/**
 * Smallest share of a threshold that counts as having moved, whatever the shown fraction: with a
 * shown fraction of 0, noise alone would make half a suite "worse".
 */
const MOVED_FLOOR = 0.25;

export const DISTURBED_NOTE = 'the machine was disturbed during this run';

export interface DisturbanceOptions {
  /** The share of a threshold a worsening must be shown to exceed (the policy's shown fraction). */
  shownFraction: number;
  /**
   * Whether a benchmark was measured in this run. Imported results were measured elsewhere, by
   * another tool: they neither witness a burst of this run nor can they be measured again.
   * Default: every benchmark.
   */
  measuredHere?: (name: string) => boolean;
  /** Benchmarks no change of the code should move: one that got worse marks the run disturbed. */
  controls?: readonly string[];
}

/** A run in which benchmarks moved together. */
export interface Movement {
  /** The benchmarks that got worse beyond their moved threshold, with how much (slowdown − 1). */
  moved: { name: string; worse: number }[];
  /** Benchmarks measured here with at least one gated metric compared. */
  compared: number;
  /** The control benchmarks among the moved. */
  controls: string[];
}

/** The later forks of the benchmarks that had a regression, and what they were judged to be. */
export interface Reproduction {
  /** The judgement on every fork, the later ones included. */
  combined: ReportDocument;
  /** The judgement on the later forks alone (only the re-measured benchmarks are read). */
  later: ReportDocument;
  /** Each re-measured benchmark's forks before reproduction and the forks it added. */
  forks: ReadonlyMap<string, { first: number; later: number }>;
}

/**
 * How much worse a metric row is, as a slowdown factor − 1: a latency up 70% is 0.7, and so is a
 * throughput down to 1/1.7 of what it was, so the rise of one and the fall of the other compare.
 */
export function worsening(m: Pick<MetricReport, 'change' | 'direction'>): number | null {
  if (m.change === null || !Number.isFinite(m.change)) return null;
  if (m.direction === 'lower') return m.change;
  return m.change > -1 ? 1 / (1 + m.change) - 1 : Infinity;
}

function movedAt(m: MetricReport, shownFraction: number): number {
  return Math.max(shownFraction, MOVED_FLOOR) * m.threshold;
}

function gatedRows(b: BenchmarkReport): MetricReport[] {
  return Object.values(b.metrics).filter((m) => m.gated && m.verdict !== 'informational');
}

/**
 * The benchmarks of a judged report that moved together, or null when the run does not look
 * disturbed. Read from the judgement before any later forks were taken: that is where a burst shows.
 */
export function findMovement(report: ReportDocument, options: DisturbanceOptions): Movement | null {
  const measuredHere = options.measuredHere ?? (() => true);
  const controls = new Set(options.controls ?? []);
  let compared = 0;
  const moved: Movement['moved'] = [];
  for (const b of report.benchmarks) {
    if (!measuredHere(b.name) || b.verdict === 'error' || b.verdict === 'new' || b.verdict === 'missing') continue;
    const rows = gatedRows(b).filter((m) => worsening(m) !== null);
    if (rows.length === 0) continue;
    compared++;
    let worst: number | null = null;
    for (const m of rows) {
      const w = worsening(m) ?? 0;
      if (w >= movedAt(m, options.shownFraction) && w > 0 && (worst === null || w > worst)) worst = w;
    }
    if (worst !== null) moved.push({ name: b.name, worse: worst });
  }
  const movedControls = moved.filter((m) => controls.has(m.name)).map((m) => m.name);
  const together = moved.length >= MIN_MOVED && moved.length >= MIN_MOVED_SHARE * compared;
  return together || movedControls.length > 0 ? { moved, compared, controls: movedControls } : null;
}

/** A report's benchmarks by name, so a suite of many thousands costs no search per benchmark. */
function byName(report: ReportDocument | undefined): Map<string, BenchmarkReport> {
  return new Map(report?.benchmarks.map((b) => [b.name, b]));
}

/** What became of one regression of the first judgement (or of the combined one). */
type Outcome = { reproduced: true; row: MetricReport } | { reproduced: false; row: MetricReport };

/**
 * One metric that was a regression in the first judgement or is one in the combined judgement
 * (`row`): whether it reproduced, and the row the report shows for it.
 */
function settleMetric(
  row: MetricReport,
  firstRow: MetricReport | undefined,
  laterRow: MetricReport | undefined,
  reproduction: { forks: { first: number; later: number } | undefined } | null,
  movedWithMachine: boolean,
  shownFraction: number,
): Outcome {
  const forks = reproduction?.forks;
  const firstChange = formatChange(firstRow?.change ?? row.change);
  const firstForks = forks ? `the first ${plural(forks.first, 'fork')}` : 'this run';
  if (!reproduction) {
    // No later forks were taken: a regression stands unless it moved with a disturbed machine.
    if (!movedWithMachine) return { reproduced: true, row };
    return held(row, `${DISTURBED_NOTE} (${firstChange} in ${firstForks}, no later forks taken)`);
  }
  if (laterRow && forks) {
    const laterWorse = worsening(laterRow) ?? 0;
    const alone = laterRow.verdict === 'regression';
    const alongside = row.verdict === 'regression' && laterWorse > 0 && laterWorse >= shownFraction * row.threshold;
    if (alone || (!movedWithMachine && alongside)) {
      if (row.verdict === 'regression') return { reproduced: true, row };
      // All forks together no longer say it (first forks a burst slowed further widen the spread):
      // the later forks alone do, and they are what is shown.
      const note = `judged on the ${plural(forks.later, 'later fork')} alone: all forks together were too spread to tell (${firstChange} in ${firstForks})`;
      return { reproduced: true, row: { ...laterRow, note } };
    }
    const story = `${firstChange} in ${firstForks}, ${formatChange(laterRow.change)} in ${plural(forks.later, 'later fork')}`;
    return held(row, movedWithMachine ? `${DISTURBED_NOTE} (${story})` : `did not reproduce: ${story}`);
  }
  const why = movedWithMachine ? DISTURBED_NOTE : 'did not reproduce';
  return held(row, `${why} (${firstChange} in ${firstForks}, not measured again)`);
}

function held(row: MetricReport, note: string): Outcome {
  const { moreForksHelp: _settledByALaterRun, ...rest } = row;
  return { reproduced: false, row: { ...rest, verdict: row.verdict === 'regression' ? 'inconclusive' : row.verdict, note } };
}

/** "7 of 10 benchmarks moved together (+35% … +70%); their verdicts are held back". */
function movementNote(movement: Movement, stood: number, heldBack: number): string {
  // A loop, not Math.min(...list): a suite of many thousands of benchmarks would overflow the stack.
  const low = movement.moved.reduce((least, m) => Math.min(least, m.worse), Infinity);
  const high = movement.moved.reduce((most, m) => Math.max(most, m.worse), -Infinity);
  const pct = (x: number) => `+${formatPercent(x)}`;
  const range = pct(low) === pct(high) ? pct(low) : `${pct(low)} … ${pct(high)}`;
  const what =
    movement.moved.length >= MIN_MOVED && movement.moved.length >= MIN_MOVED_SHARE * movement.compared
      ? `${movement.moved.length} of ${plural(movement.compared, 'benchmark')} moved together (${range})`
      : `the control ${movement.controls.length === 1 ? 'benchmark' : 'benchmarks'} ${movement.controls.join(', ')} moved, with ${plural(movement.moved.length, 'benchmark')} in all (${range})`;
  let verdicts: string;
  if (stood > 0) {
    verdicts = `${plural(stood, 'regression')} reproduced in later forks and ${stood === 1 ? 'stands' : 'stand'}`;
    if (heldBack > 0) verdicts += `, the other ${heldBack === 1 ? 'verdict is' : 'verdicts are'} held back`;
  } else if (heldBack > 0) verdicts = 'their verdicts are held back';
  else verdicts = 'none of them was judged a regression';
  return `${what}; ${verdicts}`;
}

/**
 * The report a run ends with: the combined judgement (or the first, without reproduction) in which
 * every regression that did not reproduce is held back as inconclusive, and, when benchmarks moved
 * together, the disturbance said.
 */
export function settleRun(first: ReportDocument, reproduction: Reproduction | null, options: DisturbanceOptions): ReportDocument {
  const measuredHere = options.measuredHere ?? (() => true);
  const movement = findMovement(first, options);
  const movedNames = new Set(movement?.moved.map((m) => m.name));
  const base = reproduction?.combined ?? first;
  const firstByName = byName(first);
  const laterByName = byName(reproduction?.later);
  const revised = new Set<string>();
  let stood = 0;
  const heldBack = new Set<string>();
  const benchmarks = base.benchmarks.map((b) => {
    if (!measuredHere(b.name) || b.verdict === 'error' || b.verdict === 'new' || b.verdict === 'missing') return b;
    const firstBench = firstByName.get(b.name);
    const forks = reproduction?.forks.get(b.name);
    const laterBench = forks ? laterByName.get(b.name) : undefined;
    const suspects = Object.entries(b.metrics).filter(
      ([name, m]) => m.verdict === 'regression' || ownValue(firstBench?.metrics, name)?.verdict === 'regression',
    );
    if (suspects.length === 0) return b;
    const metrics = { ...b.metrics };
    let reproduced = false;
    for (const [name, row] of suspects) {
      const outcome = settleMetric(
        row,
        ownValue(firstBench?.metrics, name),
        ownValue(laterBench?.metrics, name),
        reproduction ? { forks } : null,
        movedNames.has(b.name),
        options.shownFraction,
      );
      setOwn(metrics, name, outcome.row);
      if (outcome.reproduced) reproduced = true;
      else heldBack.add(b.name);
    }
    revised.add(b.name);
    if (reproduced && movedNames.has(b.name)) stood++;
    return { ...b, metrics };
  });
  const settled = withRevisedVerdicts({ ...base, benchmarks }, revised);
  if (!movement) return settled;
  const heldMoved = [...heldBack].filter((n) => movedNames.has(n)).length;
  return {
    ...settled,
    disturbance: { moved: movement.moved.map((m) => m.name), note: movementNote(movement, stood, heldMoved) },
  };
}

/** The line the renderers show (plain text: each escapes it for its medium). */
export function disturbanceLine(
  disturbance: NonNullable<ReportDocument['disturbance']>,
  name: (text: string) => string,
  shown = 5,
): string {
  const names = disturbance.moved.slice(0, shown).map(name).join(', ');
  const more = disturbance.moved.length > shown ? ` and ${disturbance.moved.length - shown} more` : '';
  return `The machine was disturbed during this run: ${disturbance.note}. Moved: ${names}${more}.`;
}
