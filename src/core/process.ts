// Whether a process exists, for lock files and run directories that record their owner's pid: a
// lock or a directory whose owner is gone can be broken or swept.

/** A process that exists: kill 0 succeeds, or is refused because the process belongs to someone else. */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
