// Files the user named for output (results, reports, a baseline): checked before any measuring, and
// every write failure one line naming the file and the reason in plain words.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError, errorMessage } from '../core/errors.ts';

/** Why a write failed, in plain words (the errno code when there are none). */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOENT':
      return 'the directory cannot be created';
    default:
      return code ?? errorMessage(err).split('\n')[0] ?? 'unknown error';
  }
}

/**
 * Fails early, with one line, when `path` cannot be written: a directory, a path under a file, or a
 * directory this process cannot create files in. Measuring first and failing at the end would lose
 * the measurements. `label` names where the path came from (`--json`).
 */
export function checkWritable(path: string, label: string): void {
  const named = `${label} ${path}`;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new InputError(`${named}: is a directory, expected a file path`);
  // The nearest existing ancestor is where a file (or the missing directories) would be created.
  let dir = dirname(path);
  let dirStat = statSync(dir, { throwIfNoEntry: false });
  while (!dirStat && dirname(dir) !== dir) {
    dir = dirname(dir);
    dirStat = statSync(dir, { throwIfNoEntry: false });
  }
  if (dirStat && !dirStat.isDirectory()) throw new InputError(`${named}: cannot be written (${dir} is a file, not a directory)`);
  const probe = join(dir, `.perf-gate-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new InputError(`${named}: cannot be written (${ioReason(err)} in ${dir})`);
  }
  rmSync(probe, { force: true });
}

/** Runs `write`; a failure other than an InputError becomes one line naming the file. */
export function writeOutput<T>(path: string, label: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label} ${path}: cannot be written (${ioReason(err)})`);
  }
}
