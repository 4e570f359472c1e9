// The seams of the gate: where the current results come from, where the baseline comes from and goes
// to, and where a judgement is published. `gate()` (src/gate/gate.ts) composes one of each; the CLI,
// the Action and every mode differ only in the implementations they pass. Only document types here:
// implementations live with their I/O (baseline/, github/, gate/).
import type { BaselineHistory, ReportDocument, ResultsDocument } from './types.ts';

/**
 * Why a read found no baseline: no entry (`not-found`), the store could not be read (`unavailable`),
 * the newest entry is not a perf-gate baseline (`invalid`), it was written by a newer perf-gate
 * (`newer-version`), no store is reachable from here at all (`no-store`), or there is nothing to read
 * because the baseline is measured in this run, beside the current tree (`live`: A/B).
 */
export type BaselineAbsence = 'not-found' | 'unavailable' | 'invalid' | 'newer-version' | 'no-store' | 'live';

export interface BaselineRead {
  history: BaselineHistory | null;
  /** Where the history was read from, in words a reader can find it by (a path, a cache key). */
  location?: string;
  /** Set when `history` is null. */
  reason?: BaselineAbsence;
  /** For `unavailable` and `invalid`: what went wrong, in plain words (one line). */
  detail?: string;
}

/** What became of this run's place in the baseline, on runs meant to record it. */
export type RecordOutcome =
  | { recorded: true; location: string; runs: number; warnings: string[] }
  /** `raised`: the store's write failed, and its error is raised once the outcome is published. */
  | { recorded: false; why: string; raised?: true };

export interface BaselineSource {
  /** What it is, in words that fit "… could not be read": `the Actions cache`, `the baseline file x.json`. */
  readonly label: string;
  /** Checks made before measuring (a path that cannot be written fails in a second, not after the suite). */
  check?(options: { recording: boolean }): void;
  read(): Promise<BaselineRead>;
}

export interface BaselineStore extends BaselineSource {
  /**
   * Appends `results` to the history and writes it. Called only after the gate decided the run may be
   * recorded (complete, and the read did not fail). A store that cannot write returns why; one whose
   * failure the user must act on (a local file) throws, after the outcome has been published.
   */
  record(read: BaselineRead, results: ResultsDocument): Promise<RecordOutcome>;
}

/** This run's results and their judgement against the baseline. */
export interface Judgement {
  results: ResultsDocument;
  report: ReportDocument;
  /** Whether the report fails the gate by the config's rules (regression, error, inconclusive when asked). */
  failsGate: boolean;
}

/** Where the current results come from: measured now, or read from a document measured earlier. */
export interface Measurement {
  check?(): void;
  /** `log` takes progress lines (fork k/N, adaptive sampling). */
  run(history: BaselineHistory | null, log: (line: string) => void): Promise<Judgement>;
}

export interface GateOutcome extends Judgement {
  read: BaselineRead;
  /** Absent when this run was not meant to be recorded. */
  record?: RecordOutcome;
  /** 1 when the gate blocks (see GatePlan's enforcement), else 0. */
  exitCode: 0 | 1;
}

/** One place a judgement goes: the terminal, files, the job summary, outputs, the pull request. */
export interface Publisher {
  check?(): void;
  publish(outcome: GateOutcome): Promise<void> | void;
}
