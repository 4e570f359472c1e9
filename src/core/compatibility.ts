// Whether a run and a baseline history were measured alike. A judgement about documents, needed
// both where a run is compared (the warnings of a report) and where it is appended (the notes of a
// history), so it lives below both.
import type { BaselineHistory, MachineFingerprint, ResultsDocument } from './types.ts';

function describeMachine(m: MachineFingerprint): string {
  return `${m.cpu} ×${m.cores}, ${m.os} ${m.arch}, Node ${m.node}`;
}

/**
 * Differences between a run and the history it is compared with or appended to: a changed suite or
 * machine makes the comparison weaker, and the user must hear about it.
 */
export function compatibilityWarnings(history: BaselineHistory, run: ResultsDocument): string[] {
  const newest = history.runs.at(-1);
  if (!newest) return [];
  const warnings: string[] = [];
  if (newest.configHash !== run.configHash) {
    warnings.push(
      `the config changed since the newest baseline run (config hash ${newest.configHash.slice(0, 12)} → ${run.configHash.slice(0, 12)}): benchmarks whose settings changed are compared across different setups`,
    );
  }
  const a = describeMachine(newest.machine);
  const b = describeMachine(run.machine);
  if (a !== b) warnings.push(`the machine differs from the baseline's (${a} → ${b}): differences may come from the machine, not the code`);
  return warnings;
}
