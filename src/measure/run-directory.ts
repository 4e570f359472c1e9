// The scratch directory of one measuring run (worker requests and answers), removed however the run
// ends: normally, on an error, on a signal (cleanUpOnSignal) or, when perf-gate is killed outright,
// by the reaper or the next run's sweep.
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cleanUpOnSignal } from './children.ts';
import { acquireReaper, createRunDir, sweepStaleRunDirs } from './reaper.ts';

export async function withRunDirectory<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  // Directories of earlier runs that were killed outright (and whose reaper died with them).
  sweepStaleRunDirs();
  const dir = createRunDir();
  const releaseReaper = acquireReaper(dir);
  const forget = cleanUpOnSignal(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    return await fn(dir);
  } finally {
    forget();
    await rm(dir, { recursive: true, force: true });
    releaseReaper();
  }
}
