// The modes study: how the gate does in its two ways of getting a baseline, measured by driving the
// real CLI as a user does over the study's suite (bench/study/suite).
//
//   A/B (`perf-gate ab --base SHA`): a temporary git repository holds the suite and a config; each run
//   commits a head on top of the base (unchanged, or with benchmark source doing more work) and
//   measures head against base in the same job. Phases: unchanged heads; heads slowing one stable
//   benchmark by 5% and one allocation-heavy one by 10% (threshold 5%); heads slowing one stable
//   benchmark by 2% with threshold 2%. One plain `perf-gate run` of the same suite gives the wall-time
//   ratio.
//
//   Cached baseline, same day (`perf-gate --baseline FILE`): the default config with threshold 10%, a
//   history of a few runs, then unchanged runs and runs slowing one stable benchmark by 10% and one
//   noisy one by 25% (PERF_GATE_STUDY_SLOW).
//
// Writes the raw results (results/<date>.json) and the table (docs/study.md, see render.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { writeJsonAtomic, writeTextAtomic } from '../../src/baseline/documents.ts';
import { DEFAULTS } from '../../src/config/schema.ts';
import { escapeTerminal } from '../../src/core/escape.ts';
import { commitBase, commitHead, createStudyRepo, type StudyRepo } from './head-tree.ts';
import { readRun, slowedFor, type ModeRun, type PhaseSpec, type SlowedBenchmark } from './outcomes.ts';
import { render, type ModesResults, type RunSettings } from './render.ts';
import { ALL_BENCHMARKS, durationMs, readStudyConfig, slowableBy, slowedWork, STUDY_DIR, SUITE_DIR, workCount } from './suite-info.ts';

const ROOT = resolve(STUDY_DIR, '../..');
// The installed command, as users run it: the bundle (`npm run build`), which also starts each fork's
// process faster than the TypeScript sources would.
const CLI = join(ROOT, 'bin/perf-gate.js');
const BUNDLE = join(ROOT, 'dist/cli/index.js');

export const PHASES: PhaseSpec[] = [
  { mode: 'ab', key: 'ab-unchanged', title: 'unchanged head', thresholdPercent: 5, slow: [] },
  { mode: 'ab', key: 'ab-slow', title: 'slowed head', thresholdPercent: 5, slow: [{ kind: 'stable', percent: 5 }, { kind: 'noisy', percent: 10 }] },
  { mode: 'ab', key: 'ab-small', title: 'slowed head', thresholdPercent: 2, slow: [{ kind: 'stable', percent: 2 }] },
  { mode: 'cache', key: 'cache-unchanged', title: 'unchanged run', thresholdPercent: 10, slow: [] },
  { mode: 'cache', key: 'cache-slow', title: 'slowed run', thresholdPercent: 10, slow: [{ kind: 'stable', percent: 10 }, { kind: 'noisy', percent: 25 }] },
];

/**
 * Runs per phase: the fewest at which the rates say something (40 unchanged A/B runs, 20 per slowed
 * phase) and a 5-run history. An A/B run of the whole suite costs about 70 s on this project's 2-core
 * machine, so these take well over half an hour (the estimate says how long; README, "Time").
 */
const COUNTS = { 'ab-unchanged': 40, 'ab-slow': 20, 'ab-small': 20, 'cache-history': 5, 'cache-unchanged': 20, 'cache-slow': 20 };
type CountKey = keyof typeof COUNTS;
const COUNT_FLAGS: Record<CountKey, string> = {
  'ab-unchanged': 'ab-unchanged',
  'ab-slow': 'ab-slow',
  'ab-small': 'ab-small',
  'cache-history': 'cache-history',
  'cache-unchanged': 'cache-unchanged',
  'cache-slow': 'cache-slow',
};

/** Per fork beyond measuring and warm-up: process start and loading the benchmark (~0.12 s here). */
const FORK_OVERHEAD_MS = 120;
/** Per CLI invocation: start, config, writing documents. */
const INVOCATION_MS = 1500;
/** Per A/B run: making and removing the base tree's worktree, committing the head. */
const AB_SETUP_MS = 1500;

interface Options {
  counts: Record<CountKey, number>;
  phases: Array<'ab' | 'cache'>;
  abForks?: number;
  abPairs?: number;
  abTime?: string;
  cacheTime?: string;
  smoke: boolean;
  /** Print the estimate and stop. */
  estimateOnly: boolean;
  work: string;
  out: string;
  doc: string;
  label: string;
}

const HELP = `npm run study -- [options]     the A/B and cached-baseline study (every option also reads an environment variable)
  --ab-unchanged N     A/B runs with an unchanged head (STUDY_AB_UNCHANGED, default ${COUNTS['ab-unchanged']})
  --ab-slow N          A/B runs slowing a stable benchmark 5% and a noisy one 10%, threshold 5% (STUDY_AB_SLOW, default ${COUNTS['ab-slow']})
  --ab-small N         A/B runs slowing a stable benchmark 2%, threshold 2% (STUDY_AB_SMALL, default ${COUNTS['ab-small']})
  --cache-history N    runs in the cached baseline's history (STUDY_CACHE_HISTORY, default ${COUNTS['cache-history']})
  --cache-unchanged N  unchanged runs against the cached baseline (STUDY_CACHE_UNCHANGED, default ${COUNTS['cache-unchanged']})
  --cache-slow N       runs slowing a stable benchmark 10% and a noisy one 25% (STUDY_CACHE_SLOW, default ${COUNTS['cache-slow']})
  --phases LIST        ab, cache or ab,cache (STUDY_PHASES, default ab,cache)
  --ab-forks N         forks (pairs) of the A/B suite (STUDY_AB_FORKS; default from bench/study/perf-gate.yml)
  --ab-pairs N         base/head pairs before adaptive sampling (STUDY_AB_PAIRS; default: perf-gate's, 6)
  --ab-time DURATION   measuring time per fork of the A/B suite (STUDY_AB_TIME; default from perf-gate.yml)
  --cache-time DURATION  measuring time per fork against the cached baseline (STUDY_CACHE_TIME; default from perf-gate.yml)
  --work DIR           where the repository, documents and reports go (STUDY_WORK; default: a new temp directory)
  --out DIR            where the raw results go (STUDY_OUT; default bench/study/results; the work dir for --smoke)
  --doc FILE           where the table goes (STUDY_DOC; default docs/study.md; <work>/study.md for --smoke)
  --estimate           print the estimate of the total time for these options, and stop
  --smoke              counts of 2, 2 forks (A/B: 2 pairs) × 50 ms: checks the machinery (a few minutes on a quiet machine)
Other studies: npm run study -- policies --help (noise vs percentage rule); npm run study -- render RESULTS.json [--doc FILE]
`;

function fail(message: string): never {
  process.stderr.write(`study: ${escapeTerminal(message)}\n`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  let smoke = false;
  let estimateOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') {
      process.stdout.write(HELP);
      process.exit(0);
    }
    if (a === '--smoke') {
      smoke = true;
      continue;
    }
    if (a === '--estimate') {
      estimateOnly = true;
      continue;
    }
    if (['--resume', '--baseline-runs', '--no-change-runs', '--slow-runs', '--levels', '--confidence', '--forks', '--time'].includes(a)) {
      fail(`${a} is an option of the policy study: npm run study -- policies ${a} …`);
    }
    const value = argv[++i];
    if (!a.startsWith('--') || value === undefined) fail(`unknown or incomplete option ${a}; see --help`);
    flags.set(a.slice(2), value);
  }
  const known = [...Object.values(COUNT_FLAGS), 'phases', 'ab-forks', 'ab-pairs', 'ab-time', 'cache-time', 'work', 'out', 'doc'];
  for (const k of flags.keys()) if (!known.includes(k)) fail(`unknown option --${k}; see --help`);
  const get = (flag: string): string | undefined => flags.get(flag) ?? process.env[`STUDY_${flag.toUpperCase().replaceAll('-', '_')}`];
  const whole = (flag: string, min: number): number | undefined => {
    const v = get(flag);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) fail(`--${flag}: expected a whole number ≥ ${min}, got ${v}`);
    return n;
  };
  const counts = { ...COUNTS };
  for (const key of Object.keys(COUNTS) as CountKey[]) counts[key] = whole(COUNT_FLAGS[key], key === 'cache-history' ? 1 : 0) ?? (smoke ? 2 : COUNTS[key]);
  const phases = (get('phases') ?? 'ab,cache').split(',').map((p) => p.trim());
  if (phases.length === 0 || phases.some((p) => p !== 'ab' && p !== 'cache')) fail(`--phases: expected ab, cache or ab,cache, got ${phases.join(',')}`);
  const duration = (flag: string): string | undefined => {
    const v = get(flag);
    if (v !== undefined && !/^\d+(\.\d+)?\s*(ms|s)$/.test(v.trim())) fail(`--${flag}: expected a duration such as 150ms or 1s, got ${v}`);
    return v ?? (smoke ? '50ms' : undefined);
  };
  // An estimate alone measures nothing: no work directory is made for it.
  const work = resolve(get('work') ?? (estimateOnly ? os.tmpdir() : mkdtempSync(join(os.tmpdir(), 'perf-gate-study-modes-'))));
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return {
    counts,
    phases: phases as Array<'ab' | 'cache'>,
    abForks: whole('ab-forks', 1) ?? (smoke ? 2 : undefined),
    abPairs: whole('ab-pairs', 2) ?? (smoke ? 2 : undefined),
    abTime: duration('ab-time'),
    cacheTime: duration('cache-time'),
    smoke,
    estimateOnly,
    work,
    out: resolve(get('out') ?? (smoke ? work : join(STUDY_DIR, 'results'))),
    doc: resolve(get('doc') ?? (smoke ? join(work, 'study.md') : join(ROOT, 'docs/study.md'))),
    label: smoke ? `${stamp}-modes-smoke` : `${stamp}-modes`,
  };
}

interface CliResult {
  status: number;
  ms: number;
  stderr: string;
}

function cli(args: string[], options: { cwd: string; slow?: Record<string, number> }): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  // Only the cached-baseline phases slow through the environment; an A/B head slows in its source.
  delete env.PERF_GATE_STUDY_SLOW;
  if (options.slow && Object.keys(options.slow).length > 0) {
    env.PERF_GATE_STUDY_SLOW = Object.entries(options.slow)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.error) fail(`could not start the CLI: ${r.error.message}`);
  return { status: r.status ?? -1, ms, stderr: r.stderr };
}

/** The newest modification time of any file under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function mustSucceed(what: string, r: CliResult, ok: number[] = [0]): void {
  if (ok.includes(r.status)) return;
  const tail = r.stderr.trim().split('\n').slice(-5).join('\n');
  fail(`${what} exited with ${r.status}:\n${tail}`);
}

/** The suite config as the phases run it: the study's suite with the mode's overrides. */
function suiteConfig(overrides: { threshold: number; forks?: number; pairs?: number; time?: string; absolute?: boolean; defaults?: boolean }): { yaml: string; settings: RunSettings } {
  const cfg = readStudyConfig();
  const out: Record<string, unknown> = { threshold: `${overrides.threshold}%` };
  if (!overrides.defaults) {
    out.forks = overrides.forks ?? cfg.forks;
    if (cfg.policy) out.policy = cfg.policy;
  } else if (overrides.forks !== undefined) {
    out.forks = overrides.forks;
  }
  const time = overrides.time ?? cfg.time ?? DEFAULTS.time;
  const warmup = cfg.warmupTime ?? DEFAULTS.warmupTime;
  out.time = time;
  out.warmupTime = warmup;
  if (overrides.pairs !== undefined) out.ab = { pairs: overrides.pairs };
  // Benchmark code sees an allow-listed environment: the slowdown switch must be passed by name.
  out.passEnv = ['PERF_GATE_STUDY_SLOW'];
  out.benchmarks = cfg.benchmarks.map((b) => ({ name: b.name, file: overrides.absolute ? join(SUITE_DIR, `${b.name}.mjs`) : b.file }));
  const forks = (out.forks as number | undefined) ?? DEFAULTS.forks;
  const policy = out.policy === undefined ? `defaults (${DEFAULTS.policy.name}, confidence ${DEFAULTS.policy.confidence})` : `${cfg.policy?.name ?? 'noise'}, confidence ${cfg.policy?.confidence ?? DEFAULTS.policy.confidence}`;
  const settings: RunSettings = { forks, timeMs: durationMs(time), warmupMs: durationMs(warmup), policy };
  if (!overrides.defaults) settings.pairs = overrides.pairs ?? DEFAULTS.ab.pairs;
  return { yaml: stringifyYaml(out), settings };
}

function perForkMs(s: RunSettings): number {
  return s.timeMs + s.warmupMs + FORK_OVERHEAD_MS;
}

interface Estimate {
  plain: number;
  ab: number;
  cacheRun: number;
  total: number;
}

function estimate(o: Options, ab: RunSettings, cache: RunSettings, scale = 1): Estimate {
  const n = ALL_BENCHMARKS.length;
  const plain = scale * (n * ab.forks * perForkMs(ab) + INVOCATION_MS);
  // The first pairs, then adaptive sampling's default budget: a quarter of the time they took.
  const abRun = scale * (2 * n * (ab.pairs ?? DEFAULTS.ab.pairs) * perForkMs(ab) * 1.25 + INVOCATION_MS + AB_SETUP_MS);
  const cacheRun = scale * (n * cache.forks * perForkMs(cache) + INVOCATION_MS);
  const c = o.counts;
  let total = 0;
  if (o.phases.includes('ab')) total += plain + abRun * (c['ab-unchanged'] + c['ab-slow'] + c['ab-small']);
  if (o.phases.includes('cache')) total += cacheRun * (c['cache-history'] + c['cache-unchanged'] + c['cache-slow']) + c['cache-history'] * INVOCATION_MS;
  return { plain, ab: abRun, cacheRun, total };
}

function describeCounts(o: Options): string {
  const c = o.counts;
  const parts: string[] = [];
  if (o.phases.includes('ab')) parts.push(`A/B: ${c['ab-unchanged']} unchanged, ${c['ab-slow']} slowed (5%/10%, threshold 5%), ${c['ab-small']} slowed (2%, threshold 2%)`);
  if (o.phases.includes('cache')) parts.push(`cached: ${c['cache-history']} history, ${c['cache-unchanged']} unchanged, ${c['cache-slow']} slowed (10%/25%)`);
  return parts.join('; ');
}

export function main(argv: string[]): void {
  const o = parseOptions(argv);
  const log = (m: string) => process.stderr.write(`study: ${m}\n`);
  const abConfig = (threshold: number) => suiteConfig({ threshold, forks: o.abForks, pairs: o.abPairs, time: o.abTime });
  // "Default config": forks and policy are left to perf-gate's defaults; the measuring time is the suite's.
  const cacheConfig = suiteConfig({ threshold: 10, time: o.cacheTime, absolute: true, defaults: true, forks: o.smoke ? 2 : undefined });
  const abSettings = abConfig(5).settings;
  const first = estimate(o, abSettings, cacheConfig.settings);
  log(
    `${describeCounts(o)}. ` +
      (o.phases.includes('ab') ? `A/B suite ${abSettings.pairs ?? DEFAULTS.ab.pairs} pairs (plain run: ${abSettings.forks} forks) × ${abSettings.timeMs} ms. ` : '') +
      (o.phases.includes('cache') ? `Cached baseline ${cacheConfig.settings.forks} forks × ${cacheConfig.settings.timeMs} ms. ` : '') +
      `Estimated ${(first.total / 60000).toFixed(0)} min on a quiet machine like this project's` +
      ` (${[o.phases.includes('ab') ? `an A/B run ~${(first.ab / 1000).toFixed(0)} s` : '', o.phases.includes('cache') ? `a cached-baseline run ~${(first.cacheRun / 1000).toFixed(0)} s` : ''].filter(Boolean).join(', ')}).`,
  );
  if (first.total > 35 * 60_000) log('more than half an hour: fewer runs per phase or fewer A/B pairs shorten it (see --help); the table names the counts it was measured with.');
  if (o.estimateOnly) return;
  if (!existsSync(BUNDLE)) fail('the study runs the bundled CLI: run npm run build first');
  if (newestSource(join(ROOT, 'src')) > statSync(BUNDLE).mtimeMs) log('warning: src/ has changed since dist/ was built; npm run build measures the current code');
  mkdirSync(o.work, { recursive: true });
  log(`work dir: ${o.work}`);

  const started = performance.now();
  const startedAt = new Date().toISOString();
  const runs: ModeRun[] = [];
  const historyMs: number[] = [];
  let plainRunMs = 0;
  const totalRuns = (o.phases.includes('ab') ? o.counts['ab-unchanged'] + o.counts['ab-slow'] + o.counts['ab-small'] : 0) + (o.phases.includes('cache') ? o.counts['cache-history'] + o.counts['cache-unchanged'] + o.counts['cache-slow'] : 0);
  let done = 0;
  const progress = (what: string, ms: number) => {
    done++;
    const elapsed = performance.now() - started;
    log(`${done}/${totalRuns} ${what} in ${(ms / 1000).toFixed(1)} s; ~${(((totalRuns - done) * elapsed) / done / 60000).toFixed(1)} min left`);
  };
  const reportPath = (id: string) => join(o.work, 'reports', `${id}.json`);
  mkdirSync(join(o.work, 'reports'), { recursive: true });

  if (o.phases.includes('ab')) {
    const repo: StudyRepo = createStudyRepo(join(o.work, 'repo'));
    // One base commit per threshold the phases use, each on top of the first (the suite is the same).
    const bases = new Map<number, string>();
    for (const threshold of new Set(PHASES.filter((p) => p.mode === 'ab').map((p) => p.thresholdPercent))) {
      bases.set(threshold, commitBase(repo, abConfig(threshold).yaml, `base: the study suite, threshold ${threshold}%`, bases.values().next().value));
    }
    commitHead(repo, bases.get(5) ?? fail('no base commit with threshold 5%'), 'plain', {});
    const plain = cli(['run', '--config', 'perf-gate.yml', '--out', join(o.work, 'plain-run.json')], { cwd: repo.dir });
    mustSucceed('perf-gate run (the plain run for the wall-time ratio)', plain);
    plainRunMs = Math.round(plain.ms);
    const scale = plain.ms / first.plain;
    const refined = estimate(o, abSettings, cacheConfig.settings, scale);
    log(`plain perf-gate run of the A/B suite: ${(plain.ms / 1000).toFixed(1)} s (estimated ${(first.plain / 1000).toFixed(1)} s): now estimating ${(refined.total / 60000).toFixed(0)} min in all`);

    for (const phase of PHASES.filter((p) => p.mode === 'ab')) {
      const base = bases.get(phase.thresholdPercent) ?? fail(`no base commit with threshold ${phase.thresholdPercent}%`);
      for (let i = 1; i <= o.counts[phase.key as CountKey]; i++) {
        const id = `${phase.key}-${i}`;
        const picked = slowedFor(phase, i, slowableBy);
        const head = commitHead(repo, base, id, Object.fromEntries(picked.map((s) => [s.name, 1 + s.percent / 100])));
        const slowed: SlowedBenchmark[] = picked.map((s) => ({ ...s, factor: head.slowed[s.name] ?? 1 }));
        const r = cli(['ab', '--base', base, '--config', 'perf-gate.yml', '--json', reportPath(id)], { cwd: repo.dir });
        if (r.status === 2 && /unknown command "ab"/.test(r.stderr)) fail('this perf-gate has no `ab` command yet: run the cached-baseline phases alone with --phases cache');
        mustSucceed(`perf-gate ab (${id})`, r, [0, 1]);
        runs.push(readRun(reportPath(id), { phase: phase.key, id, exitCode: r.status, ms: r.ms, slowed }));
        progress(`${id}${slowed.length > 0 ? ` (${slowed.map((s) => `${s.name} ×${s.factor.toFixed(3)}`).join(', ')})` : ''}`, r.ms);
      }
    }
  }

  if (o.phases.includes('cache')) {
    const dir = join(o.work, 'cache');
    mkdirSync(dir, { recursive: true });
    const config = join(dir, 'perf-gate.yml');
    writeFileSync(config, cacheConfig.yaml);
    const history = join(dir, 'history.json');
    for (let i = 1; i <= o.counts['cache-history']; i++) {
      const results = join(dir, `history-${i}.json`);
      const r = cli(['run', '--config', config, '--out', results], { cwd: ROOT });
      mustSucceed(`perf-gate run (history ${i})`, r);
      const u = cli(['baseline', 'update', '--baseline', history, '--results', results], { cwd: ROOT });
      mustSucceed(`perf-gate baseline update (history ${i})`, u);
      historyMs.push(Math.round(r.ms + u.ms));
      progress(`cache-history-${i}`, r.ms + u.ms);
    }
    for (const phase of PHASES.filter((p) => p.mode === 'cache')) {
      for (let i = 1; i <= o.counts[phase.key as CountKey]; i++) {
        const id = `${phase.key}-${i}`;
        const picked = slowedFor(phase, i, slowableBy);
        const slow = Object.fromEntries(picked.map((s) => [s.name, 1 + s.percent / 100]));
        const slowed: SlowedBenchmark[] = picked.map((s) => ({ ...s, factor: injectedFactor(s.name, 1 + s.percent / 100) }));
        const r = cli(['--config', config, '--baseline', history, '--json', reportPath(id)], { cwd: ROOT, slow });
        mustSucceed(`perf-gate --baseline (${id})`, r, [0, 1]);
        runs.push(readRun(reportPath(id), { phase: phase.key, id, exitCode: r.status, ms: r.ms, slowed }));
        progress(`${id}${slowed.length > 0 ? ` (${slowed.map((s) => `${s.name} ×${s.factor.toFixed(3)}`).join(', ')})` : ''}`, r.ms);
      }
    }
  }

  const results: ModesResults = {
    study: 'modes',
    date: startedAt,
    smoke: o.smoke,
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
    },
    settings: { ab: abSettings, cache: cacheConfig.settings, counts: activeCounts(o) },
    phases: PHASES.filter((p) => o.phases.includes(p.mode)),
    plainRunMs,
    historyMs,
    runs,
    timing: { estimateMs: Math.round(first.total), totalMs: Math.round(performance.now() - started) },
  };
  const jsonPath = join(o.out, `${o.label}.json`);
  writeJsonAtomic(jsonPath, results);
  const rendered = render(results);
  writeTextAtomic(o.doc, rendered.markdown);
  process.stdout.write(rendered.markdown);
  log(`wrote ${jsonPath} and ${o.doc}`);
  log(`README line: ${rendered.readmeLine}`);
}

/** The factor PERF_GATE_STUDY_SLOW really applies to a benchmark (slow.mjs rounds work to whole units). */
function injectedFactor(name: string, factor: number): number {
  return slowedWork(workCount(readFileSync(join(SUITE_DIR, `${name}.mjs`), 'utf8'), name), factor).factor;
}

function activeCounts(o: Options): Record<string, number> {
  return Object.fromEntries(Object.entries(o.counts).filter(([k]) => o.phases.some((p) => k.startsWith(p))));
}

/**
 * `npm run study -- render RESULTS.json… [--doc FILE]`: the table again from raw results. Several
 * documents (say the A/B phases measured one day and the cached-baseline phases another) make one
 * table: each mode's runs and settings come from the document that measured them.
 */
export function renderMain(argv: string[]): void {
  const docAt = argv.indexOf('--doc');
  const doc = docAt === -1 ? undefined : argv[docAt + 1];
  const files = docAt === -1 ? argv : argv.filter((_, i) => i !== docAt && i !== docAt + 1);
  if (files.length === 0 || (docAt !== -1 && doc === undefined) || files.some((f) => f.startsWith('--'))) fail('usage: npm run study -- render RESULTS.json… [--doc FILE]');
  const documents = files.map((file) => {
    let parsed: { study?: unknown };
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as { study?: unknown };
    } catch (err) {
      fail(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (parsed.study !== 'modes') fail(`${file} is not a results document of the modes study`);
    return parsed as ModesResults;
  });
  let merged: ModesResults;
  try {
    merged = mergeResults(documents);
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const rendered = render(merged);
  const target = resolve(doc ?? join(ROOT, 'docs/study.md'));
  writeTextAtomic(target, rendered.markdown);
  process.stderr.write(`study: wrote ${target}\nstudy: README line: ${rendered.readmeLine}\n`);
}

/** One results document from several: a mode measured twice is refused (which one would the table show?). */
export function mergeResults(documents: ModesResults[]): ModesResults {
  const [first, ...rest] = documents;
  if (first === undefined) throw new Error('no results to merge');
  const merged: ModesResults = structuredClone(first);
  for (const d of rest) {
    for (const phase of d.phases) {
      if (merged.phases.some((p) => p.key === phase.key)) throw new Error(`two results documents both measured ${phase.key}`);
    }
    const modes = new Set(d.phases.map((p) => p.mode));
    merged.phases.push(...d.phases);
    merged.runs.push(...d.runs);
    merged.smoke ||= d.smoke;
    if (modes.has('ab')) {
      merged.settings.ab = d.settings.ab;
      merged.plainRunMs = d.plainRunMs;
    }
    if (modes.has('cache')) {
      merged.settings.cache = d.settings.cache;
      merged.historyMs = d.historyMs;
    }
    merged.settings.counts = { ...merged.settings.counts, ...d.settings.counts };
    merged.date = merged.date < d.date ? merged.date : d.date;
    merged.timing = { estimateMs: merged.timing.estimateMs + d.timing.estimateMs, totalMs: merged.timing.totalMs + d.timing.totalMs };
  }
  return merged;
}
