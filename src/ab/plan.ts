// `perf-gate ab` and the Action's `against: base`: the baseline is not read from a store but measured
// now, in a temporary worktree of the base ref, fork for fork beside the working tree (see
// measure/pairs.ts for the interleaving and compare/policies/paired.ts for the statistics).
import type { Config } from '../config/types.ts';
import type { BaselineSource, Measurement } from '../core/seams.ts';
import type { ResultsDocument } from '../core/types.ts';
import type { ProgressSink } from '../measure/progress.ts';

export interface AbSettings {
  /** The head tree's config (the working tree as it is), loaded. */
  config: Config;
  /** Absolute path of that config file: the base tree's config is at the same place in its tree. */
  configPath: string;
  /** The base ref, as given (`origin/main`, a sha). */
  base: string;
  /** Prepares the base tree (e.g. `npm ci && npm run build`); the config's `ab.setup` when absent. */
  setup?: string;
  /** What the setup command sees (the caller decides; the Action passes its allow-listed environment). */
  setupEnv?: NodeJS.ProcessEnv;
  /** The `--filter` text. */
  filter?: string;
  workerCommand: string[];
  toolVersion: string;
  progress?: (log: (line: string) => void) => ProgressSink;
  /** Receives both results documents once measured (the CLI's --out and --out-base). */
  onResults?: (docs: { base: ResultsDocument; head: ResultsDocument }) => void;
}

export interface AbPlan {
  /** Measures both trees and judges head against base with the paired rule. */
  measurement: Measurement;
  /** Nothing to read: `live`, located at the base ref. Never a store: a pull request writes no baseline. */
  baseline: BaselineSource;
}

export function abPlan(settings: AbSettings): AbPlan {
  void settings;
  throw new Error('abPlan: not built yet');
}
