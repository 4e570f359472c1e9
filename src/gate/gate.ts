// The one pipeline: checks → read the baseline → measure and judge → record → publish → exit status.
// The CLI's default command, `compare` and the Action all run it; they differ only in the
// implementations of the seams (core/seams.ts) they pass.
import type {
  BaselineRead,
  BaselineSource,
  BaselineStore,
  GateOutcome,
  Judgement,
  Measurement,
  Publisher,
  RecordOutcome,
} from '../core/seams.ts';

export interface GatePlan {
  measurement: Measurement;
  baseline: BaselineSource | BaselineStore;
  /** Whether this run is meant to be recorded in the baseline (the store must then be a BaselineStore). */
  record: boolean;
  /** In order; each sees the whole outcome. */
  publishers: Publisher[];
  enforcement: Enforcement;
  /** Progress lines while measuring. */
  log: (line: string) => void;
}

export interface Enforcement {
  /** Off: the verdict is reported and never fails the run. */
  failOnRegression: boolean;
  /** Off: a regression is reported, not blocking (the Action on the default branch); failed benchmarks still fail. */
  regressionBlocks: boolean;
}

/**
 * Whether a run that is meant to update the baseline may: never from a run whose benchmarks failed
 * (its numbers are partial or missing), nor from one during which the machine was disturbed, and never
 * after a failed read, which would write a one-run history over the real one.
 *
 * An `invalid` entry (corrupt, or not a perf-gate document) does not stop the record. In the Actions
 * cache it is the newest entry under the prefix, so every restore finds it and, being used, it is
 * never evicted: refusing to save would leave the baseline broken for good. A fresh history under a
 * new key becomes the newest entry and heals it. An entry written by a newer perf-gate is different:
 * it is a real history, and this run must not hide it.
 */
export function recordDecision(judgement: Judgement, read: BaselineRead, label: string): { record: true } | { record: false; why: string } {
  const failed = judgement.results.benchmarks.filter((b) => b.status === 'error').map((b) => b.name);
  if (failed.length > 0 || judgement.report.verdict === 'error' || judgement.report.benchmarks.some((b) => b.verdict === 'error')) {
    const names = failed.length > 5 ? `${failed.slice(0, 5).join(', ')}, …` : failed.join(', ');
    const what = failed.length > 0 ? `${failed.length} benchmark${failed.length === 1 ? '' : 's'} failed (${names})` : 'benchmarks failed';
    return { record: false, why: `${what}; a baseline holds only complete runs` };
  }
  if (judgement.report.disturbance) {
    // Its numbers carry the burst: recorded, they would make the next runs look faster than they are.
    return { record: false, why: 'the machine was disturbed during this run, and a baseline holds only undisturbed runs' };
  }
  switch (read.reason) {
    case 'no-store':
      return { record: false, why: read.detail ?? 'no baseline store is reachable from here' };
    case 'unavailable':
      return {
        record: false,
        why:
          `${label} could not be read${read.detail ? ` (${read.detail})` : ''}; ` +
          'saving now would replace the history with this one run, so the previous baseline is kept',
      };
    case 'newer-version':
      return { record: false, why: 'the newest baseline was written by a newer perf-gate, and recording would hide it' };
    default:
      return { record: true };
  }
}

function exitCodeFor(judgement: Judgement, enforcement: Enforcement): 0 | 1 {
  if (!enforcement.failOnRegression || !judgement.failsGate) return 0;
  return enforcement.regressionBlocks || judgement.report.verdict === 'error' ? 1 : 0;
}

function isStore(source: BaselineSource | BaselineStore): source is BaselineStore {
  return 'record' in source;
}

async function recordRun(plan: GatePlan, read: BaselineRead, judgement: Judgement): Promise<{ record: RecordOutcome; error?: Error }> {
  if (!isStore(plan.baseline)) return { record: { recorded: false, why: 'this baseline source cannot be written' } };
  const decision = recordDecision(judgement, read, plan.baseline.label);
  if (!decision.record) return { record: { recorded: false, why: decision.why } };
  try {
    return { record: await plan.baseline.record(read, judgement.results) };
  } catch (thrown) {
    // Reported first (the results and the reports are still worth having), then raised.
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    return { record: { recorded: false, why: error.message, raised: true }, error };
  }
}

/**
 * Runs the gate. Everything that can be checked before measuring is (output paths, a filter that
 * matches nothing), so a mistake costs a second, not the suite. A store whose write fails with an
 * error the user must act on has its outcome published first, then the error is raised.
 */
export async function gate(plan: GatePlan): Promise<GateOutcome> {
  plan.measurement.check?.();
  plan.baseline.check?.({ recording: plan.record });
  for (const p of plan.publishers) p.check?.();
  const read = await plan.baseline.read();
  const judgement = await plan.measurement.run(read.history, plan.log);
  const recorded = plan.record ? await recordRun(plan, read, judgement) : undefined;
  const outcome: GateOutcome = {
    ...judgement,
    read,
    ...(recorded ? { record: recorded.record } : {}),
    exitCode: exitCodeFor(judgement, plan.enforcement),
  };
  for (const p of plan.publishers) await p.publish(outcome);
  if (recorded?.error) throw recorded.error;
  return outcome;
}
