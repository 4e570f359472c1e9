// perf-gate's own version, read from the package.json beside the sources (src/…) or the bundle (dist/…).
import { readFileSync } from 'node:fs';

/** Looks up from the calling module: `moduleUrl` is its import.meta.url. */
export function packageVersion(moduleUrl: string): string {
  for (const rel of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, moduleUrl), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'perf-gate' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}
