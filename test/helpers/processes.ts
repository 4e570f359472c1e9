// Whether a process a test started is still running.
import { readFileSync } from 'node:fs';

/** True while `pid` runs; a zombie (exited, not yet reaped) answers kill 0 but counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    // No /proc entry for a process group (negative pid): kill 0 succeeding is the answer.
    return pid < 0;
  }
}
