// Builds Config objects directly (independent of the config loader) and records progress events.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  BenchmarkConfig,
  CommandBenchmarkConfig,
  Config,
  FileBenchmarkConfig,
  RunSettings,
} from '../../src/config/types.ts';
import type { MeasureOptions, ProgressEvent, ProgressSink } from '../../src/measure/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/measure');
export const WORKER: [string, ...string[]] = [process.execPath, path.join(ROOT, 'src/measure/worker-main.ts')];

/** Small settings so every fork takes a fraction of a second. */
export function settings(overrides: Partial<RunSettings> = {}): RunSettings {
  return {
    forks: 2,
    time: 20,
    iterations: 10,
    warmupTime: 5,
    warmup: 2,
    runs: 3,
    timeout: 20_000,
    maxExtraForks: 0,
    ...overrides,
  };
}

export function fileBench(name: string, file: string, overrides: Partial<RunSettings> = {}): FileBenchmarkConfig {
  return { kind: 'file', name, file: path.isAbsolute(file) ? file : path.join(FIXTURES, file), settings: settings(overrides) };
}

export function commandBench(
  name: string,
  command: string,
  overrides: Partial<RunSettings> = {},
  extra: Partial<Pick<CommandBenchmarkConfig, 'cwd' | 'env'>> = {},
): CommandBenchmarkConfig {
  return { kind: 'command', name, command, cwd: extra.cwd ?? FIXTURES, env: extra.env ?? {}, settings: settings(overrides) };
}

export function makeConfig(benchmarks: BenchmarkConfig[], dir = FIXTURES): Config {
  return {
    path: path.join(dir, 'perf-gate.yml'),
    dir,
    threshold: 0.1,
    metricThresholds: {},
    ab: { pairs: 6, setupTimeout: 600_000 },
    metrics: ['p50', 'p99', 'throughput'],
    policy: { name: 'percentage', confidence: 0.95, failOnInconclusive: false, shownFraction: 0.5 },
    budget: 0,
    benchmarks,
    hash: 'test-config-hash',
  };
}

export function recorder(): ProgressSink & { events: ProgressEvent[] } {
  const events: ProgressEvent[] = [];
  return { events, event: (e) => events.push(e) };
}

export function options(extra: Partial<MeasureOptions> = {}): MeasureOptions & { progress: ReturnType<typeof recorder> } {
  return { workerCommand: WORKER, git: { commit: 'c0ffee' }, toolVersion: '0.0.0-test', progress: recorder(), ...extra } as MeasureOptions & {
    progress: ReturnType<typeof recorder>;
  };
}

/** Fork starts in order, as "benchmark#fork". */
export function forkOrder(events: ProgressEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'fork-start' ? [`${e.benchmark}#${e.fork}`] : []));
}
