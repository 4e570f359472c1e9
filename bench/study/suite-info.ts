// What the study knows about its suite (bench/study/suite): which benchmarks are which kind, and how
// much work each does per call, read from the benchmark's own source.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const STUDY_DIR = dirname(fileURLToPath(import.meta.url));
export const SUITE_DIR = join(STUDY_DIR, 'suite');
export const SUITE_CONFIG = join(STUDY_DIR, 'perf-gate.yml');

/** Tight loops without allocation: their between-fork spread is small. */
export const STABLE = ['loop-sum', 'loop-xorshift', 'loop-float', 'loop-typed', 'loop-collatz'];
/** Allocation, sorting, JSON and Map churn: garbage collection makes them noisy. */
export const NOISY = ['json-roundtrip', 'sort-objects', 'alloc-objects', 'json-large', 'map-churn'];
export const ALL_BENCHMARKS = [...STABLE, ...NOISY];

export type BenchmarkKind = 'stable' | 'noisy';

export function kindOf(name: string): BenchmarkKind {
  if (STABLE.includes(name)) return 'stable';
  if (NOISY.includes(name)) return 'noisy';
  throw new Error(`${name} is not a benchmark of the study's suite`);
}

/** The keys of the study's perf-gate.yml that the study reads or overrides. */
export interface StudyConfig {
  threshold: string;
  forks: number;
  time?: string | number;
  warmupTime?: string | number;
  policy?: { name?: string; confidence?: number; shownFraction?: number };
  benchmarks: Array<{ name: string; file: string }>;
}

export function readStudyConfig(): StudyConfig {
  return parseYaml(readFileSync(SUITE_CONFIG, 'utf8')) as StudyConfig;
}

/** A benchmark file's work per call is the literal in `units('<name>', N)`; a slowdown raises N. */
export function workCallPattern(name: string): RegExp {
  return new RegExp(`units\\('${name}',\\s*([0-9_]+)\\)`);
}

/** The work count per call written in a benchmark's source. */
export function workCount(source: string, name: string): number {
  const m = workCallPattern(name).exec(source);
  const literal = m?.[1];
  if (literal === undefined) throw new Error(`the source of ${name} has no units('${name}', N) call`);
  return Number(literal.replaceAll('_', ''));
}

/** The work count a slowdown by `factor` gives, and the factor it really is after rounding. */
export function slowedWork(base: number, factor: number): { work: number; factor: number } {
  const work = Math.round(base * factor);
  return { work, factor: work / base };
}

/** The suite's benchmarks of a kind whose work count can express `factor` to within 0.1%. */
export function slowableBy(kind: BenchmarkKind, factor: number): string[] {
  const names = kind === 'stable' ? STABLE : NOISY;
  return names.filter((name) => {
    const base = workCount(readFileSync(join(SUITE_DIR, `${name}.mjs`), 'utf8'), name);
    return Math.abs(slowedWork(base, factor).factor / factor - 1) < 0.001;
  });
}

export function durationMs(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)$/.exec(v.trim());
  if (!m) throw new Error(`unreadable duration ${v} (expected e.g. 150ms or 1s)`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}
