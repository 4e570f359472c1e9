// A CPU profile of every regression: each regressed benchmark is run once more under V8's CPU
// profiler, in the current tree and (A/B) in the base tree, and the functions whose self time grew
// most are named. The profiled runs are never measurements: their numbers are slowed by the profiler
// and are thrown away. Nothing here fails the gate: a profile that cannot be taken is a note on its
// benchmark's entry.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BenchmarkConfig, CommandBenchmarkConfig, Config, FileBenchmarkConfig } from '../config/types.ts';
import { errorMessage } from '../core/errors.ts';
import { safeFileName } from '../core/escape.ts';
import type { BenchmarkProfile, ReportDocument } from '../core/types.ts';
import { runCommandProfiled } from '../measure/command.ts';
import { withRunDirectory } from '../measure/run-directory.ts';
import { workerCaller } from '../measure/worker-call.ts';
import { grownFunctions, isCpuProfile, selfTimes, topFunctions, type CpuProfile, type SelfTime } from './self-time.ts';

/** The profiler's sampling interval, µs: ten times Node's default, for short benchmarks. */
export const PROFILE_INTERVAL_US = 100;
/**
 * Measuring time of a profiled file benchmark, at least, ms: a fork of 30 ms holds too few samples
 * at 100 µs (and the profiler slows it) to rank functions.
 */
export const PROFILE_MIN_TIME_MS = 250;
/** Functions kept per profile in the report (the renderers show fewer). */
export const FUNCTIONS_KEPT = 12;

/** One tree as it is profiled. */
export interface ProfileTree {
  /** Its config (paths inside this tree). */
  config: Config;
  /** Its root: function paths are shown and matched relative to it. */
  root: string;
}

export interface ProfileOptions {
  /** argv prefix that starts a worker (as for measuring); its script's directory is perf-gate's own code. */
  workerCommand: readonly string[];
  /** Where the `.cpuprofile` files go (created when needed); default: a new temporary directory. */
  dir?: string;
  log?: (line: string) => void;
}

/** A profile taken, or the note that says why there is none (a whole sentence). */
type Taken = { ok: true; profile: CpuProfile; path: string; note?: string } | { ok: false; note: string };

/** The note of a command that started no Node process: nothing of it could be profiled. */
export const NOT_NODE = 'not a Node program: not profiled';

function notTaken(why: string): Taken {
  return { ok: false, note: `not profiled: ${why}` };
}

/** The configured benchmark that produced a result name (`<benchmark>` or `<benchmark>/<task>`). */
function configuredFor(config: Config, name: string): BenchmarkConfig | undefined {
  return config.benchmarks.find((c) => name === c.name) ?? config.benchmarks.find((c) => c.kind === 'file' && name.startsWith(`${c.name}/`));
}

/** FNV-1a of the whole name: two names that clean up alike still get files of their own. */
function nameTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** File stems for result names: safe characters, the name's tag, unique within the run. */
export function profileStems(names: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const stems = new Map<string, string>();
  for (const name of names) {
    if (stems.has(name)) continue;
    // No leading dot: the file would be hidden.
    const base = `${safeFileName(name, 60).replace(/^\.+/, '_')}-${nameTag(name)}`;
    let stem = base;
    for (let i = 2; used.has(stem); i++) stem = `${base}-${i}`;
    used.add(stem);
    stems.set(name, stem);
  }
  return stems;
}

function readProfile(path: string): CpuProfile | undefined {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return isCpuProfile(value) ? value : undefined;
}

/** One fork of a file benchmark's task, under the profiler, written to `path`. */
async function profileFile(tree: ProfileTree, bench: FileBenchmarkConfig, name: string, path: string, workerCommand: readonly string[]): Promise<Taken> {
  const longer: FileBenchmarkConfig = { ...bench, settings: { ...bench.settings, time: Math.max(bench.settings.time, PROFILE_MIN_TIME_MS) } };
  return withRunDirectory<Taken>(async (runDir) => {
    const worker = workerCaller(tree.config, workerCommand, runDir);
    const call = await worker(longer, name, { only: [name], profile: { path, intervalUs: PROFILE_INTERVAL_US } }, 'under the profiler');
    if (!call.ok) return notTaken(call.error);
    for (const task of call.response.tasks) if (!task.ok) return notTaken(task.error);
    if (call.response.tasks.length === 0) return notTaken(`task "${name}" was not found under the profiler`);
    if (call.response.profileError !== undefined) return notTaken(call.response.profileError);
    const profile = readProfile(path);
    return profile ? { ok: true, profile, path } : notTaken('the profiler wrote no readable profile');
  });
}

/** One run of a command with Node's profiler on; the busiest Node process's profile is copied to `path`. */
async function profileCommand(tree: ProfileTree, bench: CommandBenchmarkConfig, path: string): Promise<Taken> {
  return withRunDirectory<Taken>(async (runDir) => {
    const outcome = await runCommandProfiled(bench, runDir, tree.config.passEnv);
    if (!outcome.ok) return notTaken(outcome.error);
    const written = readdirSync(runDir).filter((f) => f.endsWith('.cpuprofile'));
    if (written.length === 0) return { ok: false, note: NOT_NODE };
    let busiest: { file: string; profile: CpuProfile; samples: number } | undefined;
    for (const file of written) {
      const profile = readProfile(join(runDir, file));
      const samples = profile?.samples?.length ?? 0;
      if (profile && (!busiest || samples > busiest.samples)) busiest = { file, profile, samples };
    }
    if (!busiest) return notTaken('Node wrote no readable profile');
    copyFileSync(join(runDir, busiest.file), path);
    const note = written.length > 1 ? `the command ran ${written.length} Node processes; the busiest one is profiled` : undefined;
    return { ok: true, profile: busiest.profile, path, ...(note ? { note } : {}) };
  });
}

/** A profile of `name` in `tree`, or why there is none; never throws. */
async function takeProfile(tree: ProfileTree, name: string, path: string, workerCommand: readonly string[]): Promise<Taken> {
  const bench = configuredFor(tree.config, name);
  if (!bench) return notTaken('the tree has no such benchmark');
  try {
    if (bench.kind === 'file') return await profileFile(tree, bench, name, path, workerCommand);
    if (bench.kind === 'command') return await profileCommand(tree, bench, path);
    return notTaken('an imported benchmark cannot be run again');
  } catch (err) {
    return notTaken(errorMessage(err).split('\n')[0] ?? 'unknown error');
  }
}

/** perf-gate's own code, as the worker runs it: the directory of the worker's script. */
function runtimeDirs(workerCommand: readonly string[]): string[] {
  const script = workerCommand.slice(1).find((arg) => /\.(?:[cm]?js|[cm]?ts)$/.test(arg));
  return script ? [realPath(dirname(script))] : [];
}

/** Node names a module's frames by its real path (symbolic links resolved): so must the roots. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function times(taken: Taken & { ok: true }, tree: ProfileTree, dirs: readonly string[]): SelfTime[] {
  return selfTimes(taken.profile, { root: realPath(tree.root), runtimeDirs: dirs });
}

/** What a profile entry says beside its functions: why a profile is missing, or what stands alone. */
function entryNote(head: Taken, base: Taken | undefined, ab: boolean): string | undefined {
  const parts: string[] = [];
  if (!head.ok) parts.push(head.note);
  else {
    if (head.note) parts.push(head.note);
    if (!ab) parts.push('a base profile was not at hand (the baseline is a stored history): the functions with the most self time in this tree are listed');
    else if (base && !base.ok) parts.push(`base tree ${base.note}: the functions with the most self time in this tree are listed`);
  }
  if (base?.ok && base.note) parts.push(`base tree: ${base.note}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * Profiles every regressed benchmark of `report` that perf-gate measured itself (imports cannot be
 * run again): in `trees.head` and, when given (A/B, while its worktree exists), in `trees.base`.
 */
export async function profileRegressions(
  report: ReportDocument,
  trees: { head: ProfileTree; base?: ProfileTree },
  options: ProfileOptions,
): Promise<BenchmarkProfile[]> {
  const names = report.benchmarks
    .filter((b) => b.verdict === 'regression')
    .map((b) => b.name)
    .filter((name) => {
      const bench = configuredFor(trees.head.config, name);
      return bench !== undefined && bench.kind !== 'import';
    });
  if (names.length === 0) return [];
  options.log?.(`profiling ${names.length} regressed benchmark${names.length === 1 ? '' : 's'} under the CPU profiler${trees.base ? ' in both trees' : ''}`);
  let dir: string;
  try {
    dir = options.dir ?? mkdtempSync(join(tmpdir(), 'perf-gate-profiles-'));
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const why = `not profiled: the profile directory cannot be made (${errorMessage(err).split('\n')[0] ?? ''})`;
    return names.map((benchmark) => ({ benchmark, files: {}, functions: [], note: why }));
  }
  const stems = profileStems(names);
  const dirs = runtimeDirs(options.workerCommand);
  const profiles: BenchmarkProfile[] = [];
  for (const name of names) {
    const stem = stems.get(name) ?? safeFileName(name, 60);
    const head = await takeProfile(trees.head, name, join(dir, `${stem}-head.cpuprofile`), options.workerCommand);
    const base = trees.base ? await takeProfile(trees.base, name, join(dir, `${stem}-base.cpuprofile`), options.workerCommand) : undefined;
    let functions: BenchmarkProfile['functions'] = [];
    if (head.ok && base?.ok && trees.base) functions = grownFunctions(times(base, trees.base, dirs), times(head, trees.head, dirs), FUNCTIONS_KEPT);
    else if (head.ok) functions = topFunctions(times(head, trees.head, dirs), FUNCTIONS_KEPT);
    const note = entryNote(head, base, trees.base !== undefined);
    profiles.push({
      benchmark: name,
      files: { ...(head.ok ? { head: head.path } : {}), ...(base?.ok ? { base: base.path } : {}) },
      functions,
      ...(note ? { note } : {}),
    });
  }
  return profiles;
}
