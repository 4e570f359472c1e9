// Planning a run: which units of measurement there are, in config order, before the first fork, so
// the counts of the start and the end agree. A unit is a command, one task of a file benchmark, or an
// import; each task of a file runs alone in its own processes, so what it measures never depends on
// which other tasks exist, run before it, or are filtered out.
import type { BenchmarkConfig, Config, FileBenchmarkConfig, ImportBenchmarkConfig } from '../config/types.ts';
import { InputError } from '../core/errors.ts';
import type { BenchmarkResult } from '../core/types.ts';
import { testName, type BenchmarkImports } from './options.ts';
import type { WorkerCaller } from './worker-call.ts';

export interface Unit {
  readonly config: BenchmarkConfig;
  /** The result name this unit produces (a task's full name), or the configured name. */
  readonly label: string;
  /** Forks to run now, and the number of the first one (above existing forks for addForks). */
  readonly forks: number;
  readonly firstFork: number;
  /** For file benchmarks: the task's full name, the only one its processes run. */
  readonly only?: readonly string[];
  /** A failure found while planning (module cannot load, duplicate name): reported as fork 1. */
  readonly pending?: string;
  /** Results of an `import` benchmark, as the importer returned them. */
  readonly imported?: readonly BenchmarkResult[];
}

export function unit(config: BenchmarkConfig, forks: number, extra: Partial<Omit<Unit, 'config' | 'forks'>> = {}): Unit {
  return { config, label: config.name, forks, firstFork: 1, ...extra };
}

/** How many results a unit will produce: what the start and end of a run both count. */
export function expectedResults(u: Unit): number {
  return u.imported && u.pending === undefined ? u.imported.length : 1;
}

/** Result names and the unit that claimed each first (config order wins). */
export class NameClaims {
  private readonly owners = new Map<string, Unit>();

  /**
   * Gives each name to its unit, all or none: when an earlier unit already has one of the names,
   * nothing is claimed and that name is returned.
   */
  claim(entries: ReadonlyArray<readonly [name: string, owner: Unit]>): string | undefined {
    const clash = entries.find(([name, owner]) => {
      const current = this.owners.get(name);
      return current !== undefined && current !== owner;
    });
    if (clash !== undefined) return clash[0];
    for (const [name, owner] of entries) this.owners.set(name, owner);
    return undefined;
  }

  duplicateMessage(u: Unit, name: string): string {
    const owner = this.owners.get(name);
    const by = owner ? `benchmark "${owner.config.name}"` : 'another benchmark';
    return `benchmark "${u.config.name}": produces the name "${name}", which ${by} already uses; rename a benchmark or task`;
  }
}

/**
 * A file benchmark: one process imports the module and lists its tasks (those the filter keeps); each
 * task then gets a unit of its own. A module that cannot be loaded becomes one unit that fails in its
 * first fork.
 */
async function planFile(bench: FileBenchmarkConfig, forks: number, filter: RegExp | undefined, worker: WorkerCaller, claims: NameClaims): Promise<Unit[]> {
  const ask = filter ? { list: true, filter: { source: filter.source, flags: filter.flags } } : { list: true };
  const listed = await worker(bench, bench.name, ask, 'while loading its tasks');
  if (!listed.ok) return [unit(bench, forks, { pending: listed.error })];
  // The filter matched none of its tasks: the benchmark is skipped, silently.
  const units = (listed.response.names ?? []).map((name) => unit(bench, forks, { label: name, only: [name] }));
  const clash = claims.claim(units.map((u) => [u.label, u] as const));
  if (clash === undefined) return units;
  const failed = unit(bench, forks);
  return [{ ...failed, pending: claims.duplicateMessage(failed, clash) }];
}

/** An `import` benchmark's results, read while planning so the run knows how many it has. */
async function planImport(bench: ImportBenchmarkConfig, config: Config, filter: RegExp | undefined, imports: BenchmarkImports, claims: NameClaims): Promise<Unit | undefined> {
  let results: BenchmarkResult[];
  try {
    results = await imports.importBenchmark(bench, config.dir);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const pending = err.message.includes(`"${bench.name}"`) ? err.message : `benchmark "${bench.name}": ${err.message}`;
    return unit(bench, 1, { pending });
  }
  const kept = filter ? results.filter((r) => testName(filter, r.name)) : results;
  if (kept.length === 0) return undefined;
  const planned = unit(bench, 1);
  const clash = claims.claim(kept.map((r) => [r.name, planned] as const));
  return clash === undefined ? { ...planned, imported: kept } : { ...planned, pending: claims.duplicateMessage(planned, clash) };
}

export interface PlanInputs {
  config: Config;
  filter: RegExp | undefined;
  worker: WorkerCaller;
  /** Required when the config has import benchmarks (checked before planning). */
  imports: BenchmarkImports | undefined;
}

/** Every unit of the config, in config order (earlier benchmarks keep a name both produce). */
export async function planRun({ config, filter, worker, imports }: PlanInputs): Promise<Unit[]> {
  const claims = new NameClaims();
  const units: Unit[] = [];
  for (const bench of config.benchmarks) {
    const forks = Math.max(1, bench.settings.forks);
    if (bench.kind === 'file') {
      units.push(...(await planFile(bench, forks, filter, worker, claims)));
    } else if (bench.kind === 'import') {
      if (!imports) throw new Error(`measure: benchmark "${bench.name}" is an import: options.imports must supply the importers`);
      const planned = await planImport(bench, config, filter, imports, claims);
      if (planned) units.push(planned);
    } else if (!filter || testName(filter, bench.name)) {
      const planned = unit(bench, forks);
      const clash = claims.claim([[bench.name, planned]]);
      units.push(clash === undefined ? planned : { ...planned, pending: claims.duplicateMessage(planned, clash) });
    }
  }
  return units;
}
