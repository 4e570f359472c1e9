// The baseline as a file on disk (the CLI): read if present, appended to under a lock.
import { existsSync } from 'node:fs';
import { InputError } from '../core/errors.ts';
import type { BaselineStore } from '../core/seams.ts';
import { DEFAULT_KEEP, readBaselineOrResults, updateBaselineFile } from './documents.ts';
import { checkWritable, writeOutput } from './output-files.ts';

export interface FileStoreOptions {
  /** Absolute path of the history (or of a single results document, read as a one-run history). */
  path: string;
  /** How the path was given, for messages (`--baseline`). */
  flag: string;
  /**
   * What a missing file means: no baseline yet (`absent`, the default); an error when read
   * (`error`); or a typo (`{ typo: hint }`): one line before measuring, finished by the hint, unless
   * this run records and so creates the file.
   */
  missing?: 'absent' | 'error' | { typo: string };
  keep?: number;
}

export function fileBaselineStore(options: FileStoreOptions): BaselineStore {
  const { path, flag } = options;
  const missing = options.missing ?? 'absent';
  return {
    label: `the baseline file ${path}`,
    check({ recording }) {
      if (typeof missing === 'object' && !recording && !existsSync(path)) {
        throw new InputError(`${flag} ${path}: file not found (${missing.typo})`);
      }
      if (recording) checkWritable(path, flag);
    },
    read() {
      if (missing !== 'error' && !existsSync(path)) return Promise.resolve({ history: null, location: path, reason: 'not-found' as const });
      return Promise.resolve({ history: readBaselineOrResults(path), location: path });
    },
    record(_read, results) {
      // Under the lock the file is read again: a run another process recorded meanwhile is kept.
      const updated = writeOutput(path, flag, () => updateBaselineFile(path, results, options.keep ?? DEFAULT_KEEP));
      return Promise.resolve({ recorded: true, location: path, runs: updated.history.runs.length, warnings: updated.warnings });
    },
  };
}
