// Self time per function from a V8 CPU profile (the `.cpuprofile` JSON that the inspector's
// Profiler.stop returns and `node --cpu-prof` writes), and what grew between two profiles. Pure: the
// caller reads the files.
//
// A profile is a call tree (`nodes`, each a call frame with its children) and a list of samples: the
// node on top of the stack at each tick (`samples`) and the time since the previous tick
// (`timeDeltas`, µs). A sample lasts until the next one, the last until `endTime`, as DevTools counts
// it. A function's self time is the time of the samples whose top node is that function, summed over
// every node of the tree that calls it (one function appears once per call path).
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileFunction } from '../core/types.ts';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based. */
  lineNumber: number;
  columnNumber?: number;
  scriptId?: string;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  /** µs. */
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** One function's (or group's) self time in a profile. */
export interface SelfTime {
  name: string;
  /** Path relative to the tree's root, `/`-separated; '' for groups and frames without a script. */
  file: string;
  /** 1-based line of the function's start. */
  line: number;
  selfUs: number;
  /** selfUs as a share of the profile's busy time. */
  share: number;
}

export interface SelfTimeOptions {
  /** The tree's root: paths are shown and matched relative to it. */
  root: string;
  /** Directories whose frames are the measuring machinery (perf-gate's own code): grouped as (runtime). */
  runtimeDirs: readonly string[];
}

/** The group that stands for Node's, tinybench's and perf-gate's own frames. */
export const RUNTIME = '(runtime)';
/** V8's name for time spent collecting garbage. */
const GC = '(garbage collector)';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'number');
}

/** Whether `value` has the shape of a CPU profile (what a `.cpuprofile` file must hold to be read). */
export function isCpuProfile(value: unknown): value is CpuProfile {
  if (!isObject(value) || !Array.isArray(value.nodes) || typeof value.startTime !== 'number' || typeof value.endTime !== 'number') return false;
  if (value.samples !== undefined && !isNumberArray(value.samples)) return false;
  if (value.timeDeltas !== undefined && !isNumberArray(value.timeDeltas)) return false;
  return value.nodes.every((n: unknown) => {
    if (!isObject(n) || typeof n.id !== 'number' || !isObject(n.callFrame)) return false;
    const f = n.callFrame;
    return typeof f.functionName === 'string' && typeof f.url === 'string' && typeof f.lineNumber === 'number';
  });
}

/** Time of each node's own samples, µs, by node id. */
function sampleTimeByNode(profile: CpuProfile): Map<number, number> {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length > 0 && deltas.length === samples.length) {
    const stamps: number[] = [];
    let at = profile.startTime;
    for (const delta of deltas) {
      at += delta;
      stamps.push(at);
    }
    samples.forEach((id, i) => {
      const start = stamps[i] ?? profile.endTime;
      const end = i + 1 < stamps.length ? (stamps[i + 1] ?? start) : Math.max(start, profile.endTime);
      byNode.set(id, (byNode.get(id) ?? 0) + Math.max(0, end - start));
    });
    return byNode;
  }
  // No sample list (an older or hand-made profile): hit counts, each worth the mean interval.
  const hits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const each = hits > 0 ? Math.max(0, profile.endTime - profile.startTime) / hits : 0;
  for (const node of profile.nodes) if (node.hitCount) byNode.set(node.id, node.hitCount * each);
  return byNode;
}

/** The path of a frame's script, or undefined when it has none on disk (node: modules, eval, built-ins). */
function scriptPath(url: string): string | undefined {
  if (url.startsWith('file://')) {
    try {
      return fileURLToPath(url);
    } catch {
      return undefined;
    }
  }
  return isAbsolute(url) ? url : undefined;
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Where a frame is counted: its function and file, a group, or nowhere (idle time). */
function classify(frame: CallFrame, options: SelfTimeOptions): { name: string; file: string; line: number } | undefined {
  const name = frame.functionName;
  if (name === '(idle)' || name === '(root)') return undefined;
  // Garbage collection is the program's cost as much as its own code: a regression may live there.
  if (name === GC) return { name, file: '', line: 0 };
  const url = frame.url;
  if (url === '') {
    // V8's pseudo-frames ((program), …) are the runtime; a built-in called by the code (sort, JSON.parse) is shown by name.
    return name === '' || name.startsWith('(') ? { name: RUNTIME, file: '', line: 0 } : { name, file: '(native)', line: 0 };
  }
  if (url.startsWith('node:')) return { name: RUNTIME, file: '', line: 0 };
  const path = scriptPath(url);
  if (path === undefined) return { name: name || '(anonymous)', file: url, line: frame.lineNumber + 1 };
  const posix = path.split('\\').join('/');
  if (posix.includes('/node_modules/tinybench/') || options.runtimeDirs.some((dir) => inside(dir, path))) {
    return { name: RUNTIME, file: '', line: 0 };
  }
  const rel = inside(options.root, path) ? relative(options.root, path).split('\\').join('/') : posix;
  return { name: name || '(anonymous)', file: rel, line: frame.lineNumber + 1 };
}

/** The key functions are matched by across trees: name and file (line numbers move between commits). */
export function functionKey(f: Pick<SelfTime, 'name' | 'file'>): string {
  return `${f.name}\u0000${f.file}`;
}

/**
 * Self time per function (and group) of a profile, largest first, with each one's share of the busy
 * time: every sample but idle ones.
 */
export function selfTimes(profile: CpuProfile, options: SelfTimeOptions): SelfTime[] {
  const time = sampleTimeByNode(profile);
  const byKey = new Map<string, { name: string; file: string; line: number; selfUs: number; lineUs: number }>();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = time.get(node.id) ?? 0;
    if (us <= 0) continue;
    const where = classify(node.callFrame, options);
    if (!where) continue;
    busy += us;
    const key = functionKey(where);
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { ...where, selfUs: us, lineUs: us });
    } else {
      entry.selfUs += us;
      // The same name in one file at two lines (two closures both called `step`): the busier names the line.
      if (us > entry.lineUs) {
        entry.line = where.line;
        entry.lineUs = us;
      }
    }
  }
  return [...byKey.values()]
    .map(({ name, file, line, selfUs }) => ({ name, file, line, selfUs, share: busy > 0 ? selfUs / busy : 0 }))
    .sort((a, b) => b.selfUs - a.selfUs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function location(f: Pick<SelfTime, 'file' | 'line'>): string {
  if (f.file === '' || f.file === '(native)') return f.file;
  return f.line > 0 ? `${f.file}:${f.line}` : f.file;
}

/** The entries that stand for no function of the program: the runtime group and garbage collection. */
function isGroup(f: Pick<SelfTime, 'name' | 'file'>): boolean {
  return f.file === '' && (f.name === RUNTIME || f.name === GC);
}

/**
 * The largest shares of one profile (no base profile to compare with), the program's own functions
 * first: the runtime and garbage collection, however large, do not say which code to look at. (With
 * a base profile they rank by growth like any function: collection that grew is a finding.)
 */
export function topFunctions(after: readonly SelfTime[], limit: number): ProfileFunction[] {
  const ordered = [...after.filter((f) => !isGroup(f)), ...after.filter(isGroup)];
  return ordered.slice(0, limit).map((f) => ({ name: f.name, location: location(f), after: f.share }));
}

/**
 * The functions whose share grew most from `before` (the base tree's profile) to `after` (the
 * current tree's), largest growth first; a function only one profile has counts as 0 in the other.
 */
export function grownFunctions(before: readonly SelfTime[], after: readonly SelfTime[], limit: number): ProfileFunction[] {
  const base = new Map(before.map((f) => [functionKey(f), f]));
  const head = new Map(after.map((f) => [functionKey(f), f]));
  const keys = new Set([...head.keys(), ...base.keys()]);
  const rows: ProfileFunction[] = [];
  for (const key of keys) {
    const b = base.get(key);
    const a = head.get(key);
    const shown = a ?? b;
    if (!shown) continue;
    const beforeShare = b?.share ?? 0;
    const afterShare = a?.share ?? 0;
    rows.push({ name: shown.name, location: location(shown), before: beforeShare, after: afterShare, change: afterShare - beforeShare });
  }
  return rows
    .sort((x, y) => (y.change ?? 0) - (x.change ?? 0) || y.after - x.after)
    .slice(0, limit);
}
