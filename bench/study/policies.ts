// The gate-quality study (issue 4): drives the real CLI, as a user does, over a suite of 10 benchmarks
// (bench/study/suite: 5 stable tight loops, 5 noisy allocation / sort / JSON / Map workloads), and
// counts how each policy (noise-aware and the plain percentage rule) judges the very same runs.
//
//   npm run study -- policies                 the full policy study (prints an estimate of the total time first)
//   npm run study -- policies --smoke         a quick check that everything works (small counts)
//   npm run study -- policies --help          all options
//
// Phases: a baseline history of B runs (`perf-gate run` + `perf-gate baseline update`), then N runs
// without any change, then S runs per slowdown level in which one stable and one noisy benchmark are
// slowed by real extra work (PERF_GATE_STUDY_SLOW). Every run is compared twice with `perf-gate
// compare --policy noise|percentage --json …`. Raw counts go to results/<date>.json, the table to
// results/<date>.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as stringifyYaml } from 'yaml';
import { DEFAULTS } from '../../src/config/schema.ts';
import { NOISY, readStudyConfig, STABLE } from './suite-info.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const CLI = join(ROOT, 'src/cli.ts');

const POLICY_NAMES = ['noise', 'percentage'] as const;


/** The study config's threshold as a fraction (`threshold: 10%`). */
const STUDY_THRESHOLD = Number(readStudyConfig().threshold.replace('%', '')) / 100;
type PolicyName = (typeof POLICY_NAMES)[number];

interface Options {
  baselineRuns: number;
  noChangeRuns: number;
  slowRuns: number;
  levels: number[];
  forks?: number;
  time?: string;
  confidence?: number;
  work: string;
  out: string;
  label: string;
  /** Reuse the runs already measured in the work directory (an interrupted study goes on). */
  resume: boolean;
}

const HELP = `npm run study -- policies [options]     (every option also reads an environment variable)
  --baseline-runs N    baseline history runs (STUDY_BASELINE_RUNS, default 10, at least 5 for the issue's targets)
  --no-change-runs N   runs without a change (STUDY_NO_CHANGE_RUNS, default 40)
  --slow-runs N        runs per slowdown level (STUDY_SLOW_RUNS, default 40)
  --levels LIST        slowdowns in percent (STUDY_LEVELS, default 5,10,25)
  --forks N            override the suite's forks (STUDY_FORKS; default from perf-gate.yml)
  --time DURATION      override the suite's measuring time per fork (STUDY_TIME, e.g. 250ms)
  --confidence C       override the noise policy's suite-wide confidence (STUDY_CONFIDENCE, e.g. 0.99)
  --work DIR           where results documents and reports go (default: a new temp directory)
  --out DIR            where the summary goes (default bench/study/results; the work dir for --smoke)
  --resume             reuse the runs already measured in --work (an interrupted study goes on where it stopped)
  --smoke              small counts to check the machinery: 3 baseline, 2 no-change, 1 per level, 2 forks, 100ms
`;

function parseOptions(argv: string[]): Options {
  const env = process.env;
  const flags = new Map<string, string>();
  let smoke = false;
  let resume = false;
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
    if (a === '--resume') {
      resume = true;
      continue;
    }
    const value = argv[++i];
    if (!a.startsWith('--') || value === undefined) fail(`unknown or incomplete option ${a}; see --help`);
    flags.set(a.slice(2), value);
  }
  const known = ['baseline-runs', 'no-change-runs', 'slow-runs', 'levels', 'forks', 'time', 'confidence', 'work', 'out'];
  for (const k of flags.keys()) if (!known.includes(k)) fail(`unknown option --${k}; see --help`);
  const get = (flag: string, envName: string): string | undefined => flags.get(flag) ?? env[envName];
  const int = (flag: string, envName: string, dflt: number): number => {
    const v = get(flag, envName);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) fail(`--${flag} (${envName}): expected a whole number, got ${v}`);
    return n;
  };
  const levels = (get('levels', 'STUDY_LEVELS') ?? '5,10,25').split(',').map((x) => Number(x.trim()));
  if (levels.some((l) => !(l > 0 && l <= 500))) fail(`--levels: expected percentages such as 5,10,25`);
  const forksRaw = get('forks', 'STUDY_FORKS');
  const confidenceRaw = get('confidence', 'STUDY_CONFIDENCE');
  const confidence = confidenceRaw === undefined ? undefined : Number(confidenceRaw);
  if (confidence !== undefined && !(confidence > 0 && confidence < 1)) fail(`--confidence: expected 0 < c < 1, got ${confidenceRaw}`);
  const forks = forksRaw === undefined ? (smoke ? 2 : undefined) : Number(forksRaw);
  if (forks !== undefined && !(Number.isInteger(forks) && forks >= 1)) fail(`--forks: expected a whole number ≥ 1, got ${forksRaw}`);
  const work = get('work', 'STUDY_WORK') ?? mkdtempSync(join(os.tmpdir(), 'perf-gate-study-'));
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return {
    baselineRuns: int('baseline-runs', 'STUDY_BASELINE_RUNS', smoke ? 3 : 10),
    noChangeRuns: int('no-change-runs', 'STUDY_NO_CHANGE_RUNS', smoke ? 2 : 40),
    slowRuns: int('slow-runs', 'STUDY_SLOW_RUNS', smoke ? 1 : 40),
    levels,
    forks,
    time: get('time', 'STUDY_TIME') ?? (smoke ? '100ms' : undefined),
    confidence,
    work: resolve(work),
    out: resolve(get('out', 'STUDY_OUT') ?? (smoke ? work : join(HERE, 'results'))),
    label: smoke ? `${stamp}-smoke` : stamp,
    resume,
  };
}

function fail(message: string): never {
  process.stderr.write(`study: ${message}\n`);
  process.exit(2);
}

/** The suite's config with absolute paths and the study's overrides, written into the work dir. */
function writeConfig(o: Options): { path: string; forks: number; timeMs: number; warmupMs: number; confidence: number; shownFraction: number } {
  const cfg = readStudyConfig();
  for (const b of cfg.benchmarks) b.file = join(HERE, b.file);
  if (o.forks !== undefined) cfg.forks = o.forks;
  if (o.time !== undefined) cfg.time = o.time;
  if (o.confidence !== undefined) cfg.policy = { ...(cfg.policy ?? {}), name: 'noise', confidence: o.confidence };
  const path = join(o.work, 'perf-gate.yml');
  writeFileSync(path, stringifyYaml(cfg));
  return {
    path,
    forks: cfg.forks,
    timeMs: durationMs(cfg.time ?? 500),
    warmupMs: durationMs(cfg.warmupTime ?? 100),
    confidence: cfg.policy?.confidence ?? DEFAULTS.policy.confidence,
    shownFraction: cfg.policy?.shownFraction ?? DEFAULTS.policy.shownFraction,
  };
}

function durationMs(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)$/.exec(v.trim());
  if (!m) return 500;
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

interface CliResult {
  status: number;
  ms: number;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): CliResult {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.error) fail(`could not start the CLI: ${r.error.message}`);
  return { status: r.status ?? -1, ms, stderr: r.stderr };
}

function mustSucceed(what: string, r: CliResult, ok: number[] = [0]): void {
  if (!ok.includes(r.status)) {
    const tail = r.stderr.trim().split('\n').slice(-5).join('\n');
    fail(`${what} exited with ${r.status}:\n${tail}`);
  }
}

// ------------------------------------------------------------------------------------------------
// Reading reports

interface MetricOutcome {
  verdict: string;
  change: number | null;
  interval?: [number, number];
  mdc?: number;
}

interface PolicyOutcome {
  verdict: string;
  /** Benchmark name → benchmark verdict. */
  benchmarks: Record<string, string>;
  /** Slowed benchmarks only: metric → outcome. */
  slowed: Record<string, Record<string, MetricOutcome>>;
  compareMs: number;
}

interface RunRecord {
  phase: 'baseline' | 'no-change' | 'slow';
  /** Slowdown in percent (slow phase). */
  level?: number;
  slowed: { stable?: string; noisy?: string };
  runMs: number;
  /** Between-fork standard deviation of log values, per benchmark and gated metric. */
  forkNoise: Record<string, Record<string, number>>;
  policies?: Record<PolicyName, PolicyOutcome>;
}

interface ReportJson {
  verdict: string;
  benchmarks: Array<{
    name: string;
    verdict: string;
    metrics: Record<string, { verdict: string; change: number | null; gated: boolean; interval?: [number, number]; minimumDetectableChange?: number }>;
  }>;
}

function readReport(path: string, slowed: string[], compareMs: number): PolicyOutcome {
  const r = JSON.parse(readFileSync(path, 'utf8')) as ReportJson;
  const out: PolicyOutcome = { verdict: r.verdict, benchmarks: {}, slowed: {}, compareMs: Math.round(compareMs) };
  for (const b of r.benchmarks) {
    out.benchmarks[b.name] = b.verdict;
    if (!slowed.includes(b.name)) continue;
    const metrics: Record<string, MetricOutcome> = {};
    for (const [name, m] of Object.entries(b.metrics)) {
      if (!m.gated) continue;
      metrics[name] = { verdict: m.verdict, change: m.change, interval: m.interval, mdc: m.minimumDetectableChange };
    }
    out.slowed[b.name] = metrics;
  }
  return out;
}

function forkNoise(resultsPath: string): Record<string, Record<string, number>> {
  const doc = JSON.parse(readFileSync(resultsPath, 'utf8')) as {
    benchmarks: Array<{ name: string; metrics: Record<string, { forks?: number[] }> }>;
  };
  const out: Record<string, Record<string, number>> = {};
  for (const b of doc.benchmarks) {
    const noise: Record<string, number> = {};
    out[b.name] = noise;
    for (const metric of ['p50', 'p99', 'throughput']) {
      const f = b.metrics[metric]?.forks ?? [];
      if (f.length < 2 || f.some((x) => !(x > 0))) continue;
      const logs = f.map(Math.log);
      const m = logs.reduce((s, x) => s + x, 0) / logs.length;
      noise[metric] = round(Math.sqrt(logs.reduce((s, x) => s + (x - m) ** 2, 0) / (logs.length - 1)), 5);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Summaries

interface SlowedTally {
  flagged: number;
  inconclusive: number;
  unchanged: number;
  other: number;
  /** Missed (not flagged) and reported unchanged/improvement although its smallest MDC exceeds the slowdown. */
  unchangedButUndetectable: number;
}

interface Tally {
  runs: number;
  runsWithFalseAlarm: number;
  falseAlarms: number;
  runsWithInconclusive: number;
  stable?: SlowedTally;
  noisy?: SlowedTally;
}

function tallySlowed(records: RunRecord[], policy: PolicyName, which: 'stable' | 'noisy'): SlowedTally {
  const t: SlowedTally = { flagged: 0, inconclusive: 0, unchanged: 0, other: 0, unchangedButUndetectable: 0 };
  for (const r of records) {
    const name = r.slowed[which];
    if (!name || !r.policies) continue;
    const p = r.policies[policy];
    const v = p.benchmarks[name];
    if (v === 'regression') t.flagged++;
    else if (v === 'inconclusive') t.inconclusive++;
    else if (v === 'unchanged' || v === 'improvement') {
      t.unchanged++;
      const mdcs = Object.values(p.slowed[name] ?? {})
        .map((m) => m.mdc)
        .filter((x): x is number => typeof x === 'number');
      // Only a slowdown of at least the threshold is a miss when called unchanged: a smaller one is,
      // by the user's own threshold, a change that does not matter.
      const level = (r.level ?? 0) / 100;
      if (level >= STUDY_THRESHOLD && mdcs.length > 0 && Math.min(...mdcs) > level) t.unchangedButUndetectable++;
    } else t.other++;
  }
  return t;
}

function tally(records: RunRecord[], policy: PolicyName, slowPhase: boolean): Tally {
  const t: Tally = { runs: records.length, runsWithFalseAlarm: 0, falseAlarms: 0, runsWithInconclusive: 0 };
  for (const r of records) {
    const p = r.policies?.[policy];
    if (p === undefined) throw new Error(`a ${r.phase} run without the ${policy} policy's outcome`);
    const slowed = [r.slowed.stable, r.slowed.noisy].filter(Boolean);
    const alarms = Object.entries(p.benchmarks).filter(([n, v]) => v === 'regression' && !slowed.includes(n)).length;
    t.falseAlarms += alarms;
    if (alarms > 0) t.runsWithFalseAlarm++;
    if (Object.entries(p.benchmarks).some(([n, v]) => v === 'inconclusive' && !slowed.includes(n))) t.runsWithInconclusive++;
  }
  if (slowPhase) {
    t.stable = tallySlowed(records, policy, 'stable');
    t.noisy = tallySlowed(records, policy, 'noisy');
  }
  return t;
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function stats(xs: number[]): { mean: number; median: number; max: number } {
  if (xs.length === 0) return { mean: 0, median: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const at = (i: number): number => s[i] ?? Number.NaN; // in range: xs is not empty
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, median: at(Math.floor((s.length - 1) / 2)), max: at(s.length - 1) };
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${n}/${d} (${Math.round((100 * n) / d)}%)`;
}

function markdown(summary: Summary): string {
  const lines: string[] = [];
  const s = summary;
  lines.push(`# perf-gate study, ${s.date}`);
  lines.push('');
  lines.push(
    `Machine: ${s.machine.cpu}, ${s.machine.cores} cores, ${s.machine.memoryGiB} GiB, ${s.machine.os}, Node ${s.machine.node}. ` +
      `Suite: ${STABLE.length} stable + ${NOISY.length} noisy benchmarks, ${s.settings.forks} forks × ${s.settings.timeMs} ms, ` +
      `threshold ${Math.round(STUDY_THRESHOLD * 100)}%, gating p50, p99 (where supported), throughput. Baseline history: ${s.settings.baselineRuns} runs. ` +
      `Noise policy: confidence (whole suite) ${s.settings.confidence}, shown fraction ${s.settings.shownFraction}. Each slowdown run slows one stable and one noisy ` +
      `benchmark, taken in turn, by real extra work; the other ${STABLE.length + NOISY.length - 2} are unchanged.`,
  );
  lines.push('');
  lines.push('| scenario | policy | runs | runs with a false alarm | runs with an inconclusive | slowed stable: flagged | inconclusive | unchanged | slowed noisy: flagged | inconclusive | unchanged | misses called unchanged with MDC > slowdown |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of s.table) {
    for (const policy of POLICY_NAMES) {
      const t = row.policies[policy];
      const cells = [row.scenario, policy, String(t.runs), pct(t.runsWithFalseAlarm, t.runs), policy === 'noise' ? pct(t.runsWithInconclusive, t.runs) : 'n/a'];
      if (t.stable && t.noisy) {
        cells.push(pct(t.stable.flagged, t.runs), String(t.stable.inconclusive), String(t.stable.unchanged));
        cells.push(pct(t.noisy.flagged, t.runs), String(t.noisy.inconclusive), String(t.noisy.unchanged));
        cells.push(policy === 'noise' ? String(t.stable.unchangedButUndetectable + t.noisy.unchangedButUndetectable) : 'n/a');
      } else {
        cells.push('–', '–', '–', '–', '–', '–', '–');
      }
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  lines.push('');
  lines.push(
    `Time per suite run (\`perf-gate run\`): mean ${(s.timing.run.mean / 1000).toFixed(1)} s, max ${(s.timing.run.max / 1000).toFixed(1)} s; ` +
      `per \`perf-gate compare\`: mean ${Math.round(s.timing.compare.mean)} ms. ` +
      `All scenario runs and compares together: ${(s.timing.scenarioMs / 60000).toFixed(1)} min; this invocation: ${(s.timing.totalMs / 60000).toFixed(1)} min` +
      `${s.settings.resumed ? ' (resumed: runs measured earlier were reused)' : ''}.`,
  );
  lines.push('');
  lines.push('Between-fork noise measured in the no-change runs (median over runs of the standard deviation of log values):');
  lines.push('');
  lines.push('| benchmark | kind | p50 | p99 | throughput |');
  lines.push('|---|---|---|---|---|');
  for (const [name, n] of Object.entries(s.noise)) {
    const f = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
    lines.push(`| ${name} | ${STABLE.includes(name) ? 'stable' : 'noisy'} | ${f(n.p50)} | ${f(n.p99)} | ${f(n.throughput)} |`);
  }
  lines.push('');
  lines.push(
    'A false alarm is a regression verdict on a benchmark that was not slowed; "runs with an inconclusive" counts runs in which ' +
      'a benchmark that was not slowed came out inconclusive (it does not fail the gate). "Flagged" counts runs in which the slowed ' +
      'benchmark got a regression verdict (on any gated metric). The last column counts misses of the noise policy reported ' +
      'as unchanged although the slowdown was at least the threshold and the benchmark\'s smallest minimum detectable change ' +
      'exceeded it (should be 0; a smaller slowdown called unchanged is the right answer at that threshold).',
  );
  return lines.join('\n') + '\n';
}

interface Summary {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  settings: { baselineRuns: number; noChangeRuns: number; slowRuns: number; levels: number[]; forks: number; timeMs: number; confidence: number; shownFraction: number; work: string; resumed: boolean };
  timing: { run: ReturnType<typeof stats>; compare: ReturnType<typeof stats>; totalMs: number; scenarioMs: number };
  noise: Record<string, Record<string, number>>;
  table: Array<{ scenario: string; policies: Record<PolicyName, Tally> }>;
  runs: RunRecord[];
}

// ------------------------------------------------------------------------------------------------

export function main(argv: string[]): void {
  const o = parseOptions(argv);
  mkdirSync(o.work, { recursive: true });
  mkdirSync(o.out, { recursive: true });
  const cfg = writeConfig(o);
  const totalRuns = o.baselineRuns + o.noChangeRuns + o.slowRuns * o.levels.length;
  // Per fork: process start (~0.3 s on this machine), warm-up and measuring time.
  const perRunEstimate = (STABLE.length + NOISY.length) * cfg.forks * (cfg.timeMs + cfg.warmupMs + 300) + 2 * 1500;
  const log = (m: string) => process.stderr.write(`study: ${m}\n`);
  log(
    `${totalRuns} suite runs (${o.baselineRuns} baseline, ${o.noChangeRuns} no-change, ${o.slowRuns} × levels ${o.levels.join('/')}%), ` +
      `${cfg.forks} forks × ${cfg.timeMs} ms; estimated ${(perRunEstimate / 1000).toFixed(0)} s per run, ` +
      `~${((totalRuns * perRunEstimate) / 60000).toFixed(0)} min in all. Work dir: ${o.work}`,
  );
  const started = performance.now();
  const records: RunRecord[] = [];
  const baseline = join(o.work, 'baseline.json');
  let done = 0;
  const progress = (what: string, ms: number) => {
    done++;
    const elapsed = performance.now() - started;
    const left = ((totalRuns - done) * elapsed) / done;
    log(`${done}/${totalRuns} ${what} in ${(ms / 1000).toFixed(1)} s; ~${(left / 60000).toFixed(1)} min left`);
  };

  const measure = (id: string, slow: Record<string, number>): { path: string; ms: number } => {
    const path = join(o.work, 'runs', `${id}.json`);
    const timing = join(o.work, 'runs', `${id}.ms`);
    // A run counts as measured once its timing is written, after the results document.
    if (o.resume && existsSync(path) && existsSync(timing)) return { path, ms: Number(readFileSync(timing, 'utf8')) };
    mkdirSync(dirname(path), { recursive: true });
    const env = { PERF_GATE_STUDY_SLOW: Object.entries(slow).map(([k, v]) => `${k}=${v}`).join(',') };
    const r = cli(['run', '--config', cfg.path, '--out', path], env);
    mustSucceed(`perf-gate run (${id})`, r);
    writeFileSync(timing, String(Math.round(r.ms)));
    return { path, ms: r.ms };
  };

  const evaluate = (id: string, path: string, slowed: string[]): Record<PolicyName, PolicyOutcome> => {
    const out = {} as Record<PolicyName, PolicyOutcome>;
    for (const policy of POLICY_NAMES) {
      const json = join(o.work, 'reports', `${id}-${policy}.json`);
      mkdirSync(dirname(json), { recursive: true });
      const r = cli(['compare', '--baseline', baseline, '--current', path, '--config', cfg.path, '--policy', policy, '--json', json]);
      mustSucceed(`perf-gate compare --policy ${policy} (${id})`, r, [0, 1]);
      out[policy] = readReport(json, slowed, r.ms);
    }
    return out;
  };

  if (existsSync(baseline) && !o.resume) fail(`${baseline} already exists: use a fresh --work directory, or --resume`);
  // On resume the history is rebuilt from the measured baseline runs, in order.
  if (o.resume) rmSync(baseline, { force: true });
  for (let i = 1; i <= o.baselineRuns; i++) {
    const id = `baseline-${i}`;
    const m = measure(id, {});
    mustSucceed('perf-gate baseline update', cli(['baseline', 'update', '--baseline', baseline, '--results', m.path, '--keep', '1000']));
    records.push({ phase: 'baseline', slowed: {}, runMs: Math.round(m.ms), forkNoise: forkNoise(m.path) });
    progress(id, m.ms);
  }
  for (let i = 1; i <= o.noChangeRuns; i++) {
    const id = `no-change-${i}`;
    const m = measure(id, {});
    records.push({ phase: 'no-change', slowed: {}, runMs: Math.round(m.ms), forkNoise: forkNoise(m.path), policies: evaluate(id, m.path, []) });
    progress(id, m.ms);
  }
  for (const level of o.levels) {
    for (let i = 1; i <= o.slowRuns; i++) {
      const id = `slow-${level}-${i}`;
      const stable = STABLE[(i - 1) % STABLE.length] ?? fail('no stable benchmark');
      const noisy = NOISY[(i - 1) % NOISY.length] ?? fail('no noisy benchmark');
      const factor = round(1 + level / 100, 6);
      const m = measure(id, { [stable]: factor, [noisy]: factor });
      records.push({
        phase: 'slow',
        level,
        slowed: { stable, noisy },
        runMs: Math.round(m.ms),
        forkNoise: forkNoise(m.path),
        policies: evaluate(id, m.path, [stable, noisy]),
      });
      progress(`${id} (${stable}, ${noisy} ×${factor})`, m.ms);
    }
  }

  // Noise profile: median over no-change runs (or baseline runs) of the per-run between-fork spread.
  const profileRuns = records.filter((r) => r.phase === 'no-change').length > 0 ? records.filter((r) => r.phase === 'no-change') : records;
  const noise: Record<string, Record<string, number>> = {};
  for (const name of [...STABLE, ...NOISY]) {
    noise[name] = {};
    for (const metric of ['p50', 'p99', 'throughput']) {
      const xs = profileRuns.map((r) => r.forkNoise[name]?.[metric]).filter((x): x is number => typeof x === 'number');
      if (xs.length > 0) noise[name][metric] = round(stats(xs).median, 4);
    }
  }

  const table: Summary['table'] = [];
  const noChange = records.filter((r) => r.phase === 'no-change');
  if (noChange.length > 0) {
    table.push({ scenario: 'no change', policies: { noise: tally(noChange, 'noise', false), percentage: tally(noChange, 'percentage', false) } });
  }
  for (const level of o.levels) {
    const rs = records.filter((r) => r.phase === 'slow' && r.level === level);
    if (rs.length === 0) continue;
    table.push({ scenario: `+${level}% slowdown`, policies: { noise: tally(rs, 'noise', true), percentage: tally(rs, 'percentage', true) } });
  }
  const compareMs = records.flatMap(({ policies }) => (policies ? POLICY_NAMES.map((p) => policies[p].compareMs) : []));
  const summary: Summary = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
    },
    settings: {
      baselineRuns: o.baselineRuns,
      noChangeRuns: o.noChangeRuns,
      slowRuns: o.slowRuns,
      levels: o.levels,
      forks: cfg.forks,
      timeMs: cfg.timeMs,
      confidence: cfg.confidence,
      shownFraction: cfg.shownFraction,
      work: o.work,
      resumed: o.resume,
    },
    timing: {
      run: stats(records.map((r) => r.runMs)),
      compare: stats(compareMs),
      totalMs: Math.round(performance.now() - started),
      scenarioMs: Math.round(records.reduce((sum, r) => sum + r.runMs, 0) + compareMs.reduce((sum, ms) => sum + ms, 0)),
    },
    noise,
    table,
    runs: records,
  };
  const jsonPath = join(o.out, `${o.label}.json`);
  const mdPath = join(o.out, `${o.label}.md`);
  writeFileSync(jsonPath, JSON.stringify(summary, null, 1) + '\n');
  const md = markdown(summary);
  writeFileSync(mdPath, md);
  process.stdout.write(md);
  log(`wrote ${jsonPath} and ${mdPath}`);
}
