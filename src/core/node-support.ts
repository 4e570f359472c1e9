// Which Node a feature of perf-gate needs, for one-line errors that say so instead of Node's own
// message ("Unknown file extension", "globSync is not a function"). The CLI runs on Node 20 and newer
// (package.json `engines`); two optional features need newer ones:
// - a benchmark file in TypeScript: Node strips types natively from 22.18 (and 23.6) on;
// - a glob pattern in an `import:` benchmark's `file`: fs.globSync exists from Node 22 on.
import * as fs from 'node:fs';

export const TYPESCRIPT_MIN_NODE = '22.18';
export const GLOB_MIN_NODE = '22';

type Version = [number, number, number];

export function parseNodeVersion(text: string = process.versions.node): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  return [major, minor, patch];
}

function atLeast(v: Version, major: number, minor: number): boolean {
  return v[0] > major || (v[0] === major && v[1] >= minor);
}

/** Whether Node loads `.ts` modules by default (without a flag) at this version. */
export function stripsTypesByDefault(version: string = process.versions.node): boolean {
  const v = parseNodeVersion(version);
  return atLeast(v, 23, 6) || (v[0] === 22 && atLeast(v, 22, 18));
}

export function isTypeScriptFile(file: string): boolean {
  return /\.[cm]?ts$/i.test(file);
}

/** One line for a `.ts` file the running Node cannot import; undefined for any other failure. */
export function typeScriptImportError(file: string, err: unknown, version: string = process.versions.node): string | undefined {
  if (!isTypeScriptFile(file)) return undefined;
  if ((err as { code?: unknown } | null)?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') return undefined;
  return (
    `a TypeScript benchmark needs Node ${TYPESCRIPT_MIN_NODE} or newer (this is Node ${version}): ` +
    'run perf-gate with a newer Node, or point the benchmark at compiled JavaScript'
  );
}

/** One line when this Node has no fs.globSync for a glob `pattern`; undefined when it has. */
export function globUnsupportedError(pattern: string, version: string = process.versions.node): string | undefined {
  if (typeof (fs as { globSync?: unknown }).globSync === 'function') return undefined;
  return `the glob pattern "${pattern}" needs Node ${GLOB_MIN_NODE} or newer (this is Node ${version}): name one file, or run perf-gate with a newer Node`;
}
