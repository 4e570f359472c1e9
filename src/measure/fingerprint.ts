// What a results document records about where and from what it was measured.
import { execFile } from 'node:child_process';
import os from 'node:os';
import { packageVersion } from '../core/version.ts';
import type { GitInfo, MachineFingerprint } from '../core/types.ts';

export function machineFingerprint(): MachineFingerprint {
  const cpus = os.cpus();
  return {
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpu: cpus[0]?.model.trim() || 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryBytes: os.totalmem(),
    runner: process.env.RUNNER_NAME || os.hostname(),
  };
}

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 5000, windowsHide: true }, (err, stdout) => {
      resolve(err ? undefined : stdout.trim() || undefined);
    });
  });
}

/** `GITHUB_SHA`/`GITHUB_REF` on Actions, else `git` in `dir` when it works, else nothing. */
export async function detectGit(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<GitInfo> {
  if (env.GITHUB_SHA) {
    const info: GitInfo = { commit: env.GITHUB_SHA };
    if (env.GITHUB_REF) info.ref = env.GITHUB_REF;
    return info;
  }
  const commit = await git(['rev-parse', '--verify', '-q', 'HEAD'], dir);
  if (!commit) return {};
  const ref = await git(['symbolic-ref', '-q', 'HEAD'], dir);
  return ref ? { commit, ref } : { commit };
}

/** perf-gate's version from its package.json (source layout or bundle), else "unknown". */
export function toolVersion(): string {
  return packageVersion(import.meta.url);
}
