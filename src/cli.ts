// The CLI entry point: parses arguments, composes the pipeline with file-based adapters, prints.
// Exit codes: 0 no regression, 1 regression (or a failed benchmark), 2 bad usage, config or input.
import { existsSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';
import type * as Engine from './cli-engine.ts';
import type { CompareSettings } from './compare/index.ts';
import type { Config, PolicyConfig } from './config/types.ts';
import { InputError, errorMessage } from './core/errors.ts';
import { packageVersion } from './core/version.ts';
import { RESULTS_KIND, SCHEMA_VERSION, type BaselineHistory, type ReportDocument, type ResultsDocument } from './core/types.ts';
import { WORKER_ARG } from './measure/protocol.ts';

// The pipeline (config loader, measure, compare, documents, renderers) is loaded by the commands that
// use it, from a chunk of its own: --help, --version and usage errors start about as fast as Node.
let { appendRun, readBaselineOrResults, readResults, writeJsonAtomic, writeTextAtomic, DEFAULT_KEEP } = {} as typeof Engine;
let { defaultSettings, compare, failsGate, createPolicy, loadConfig, parseThreshold, DEFAULTS, machineFingerprint } = {} as typeof Engine;
let { compareWithConfig, measureAndCompare, renderJson, renderMarkdown, renderTerminal } = {} as typeof Engine;
async function loadEngine(): Promise<void> {
  const engine = await import('./cli-engine.ts');
  ({ appendRun, readBaselineOrResults, readResults, writeJsonAtomic, writeTextAtomic, DEFAULT_KEEP } = engine);
  ({ defaultSettings, compare, failsGate, createPolicy, loadConfig, parseThreshold, DEFAULTS, machineFingerprint } = engine);
  ({ compareWithConfig, measureAndCompare, renderJson, renderMarkdown, renderTerminal } = engine);
}

const DEFAULT_CONFIG = 'perf-gate.yml';
const DEFAULT_RESULTS = 'perf-gate-results.json';

const USAGE = `perf-gate — keep performance regressions out of a codebase

Usage:
  perf-gate [--config FILE] [--baseline FILE] [--filter REGEX] [--update-baseline]
      run the suite, then compare with the baseline (default <config dir>/.perf-gate/baseline.json)
  perf-gate run [--config FILE] [--out FILE] [--filter REGEX]
      measure; write a results document (default ${DEFAULT_RESULTS})
  perf-gate compare --baseline FILE --current FILE [--config FILE] [--threshold PCT]
                    [--policy noise|percentage] [--json FILE] [--markdown FILE]
      compare; print the table; exit 0 no regression, 1 regression
  perf-gate baseline update --baseline FILE --results FILE [--keep N]
      append a results document to a baseline history (created if absent), atomically
  perf-gate import --format NAME --file FILE [--out FILE]
      turn another tool's output into a results document

Options: --debug (stack traces), --no-color, --help, --version
Exit codes: 0 no regression · 1 regression or a failed benchmark · 2 bad usage, config or input`;

const OPTIONS = {
  config: { type: 'string' },
  out: { type: 'string' },
  filter: { type: 'string' },
  baseline: { type: 'string' },
  current: { type: 'string' },
  results: { type: 'string' },
  threshold: { type: 'string' },
  policy: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  keep: { type: 'string' },
  format: { type: 'string' },
  file: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  debug: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

type Flags = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

/** The verbs and the flags each accepts: anything else is a usage error, not silently ignored. */
const VERBS: Record<string, Array<keyof Flags>> = {
  '': ['config', 'baseline', 'filter', 'update-baseline', 'threshold', 'json', 'markdown'],
  run: ['config', 'out', 'filter'],
  compare: ['baseline', 'current', 'config', 'threshold', 'policy', 'json', 'markdown'],
  'baseline update': ['baseline', 'results', 'keep'],
  import: ['format', 'file', 'out'],
};
const COMMON: Array<keyof Flags> = ['debug', 'color', 'no-color', 'help', 'version'];

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  cwd: string;
}

function toolVersion(): string {
  return packageVersion(import.meta.url);
}

function need(flags: Flags, name: keyof Flags, verb: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') throw new InputError(`perf-gate ${verb}: --${name} FILE is required (see perf-gate --help)`);
  return v;
}

function workerCommand(): string[] {
  // The CLI spawns itself as the worker, so the same file works from src/, the bundle or npx.
  return [process.execPath, fileURLToPath(import.meta.url), WORKER_ARG];
}

function loadConfigFrom(flags: Flags, cwd: string): Config {
  const path = resolve(cwd, flags.config ?? DEFAULT_CONFIG);
  return loadConfig(path, flags.threshold !== undefined ? { threshold: flags.threshold } : undefined);
}

function writeReports(report: ReportDocument, flags: Flags, cwd: string): void {
  if (flags.json) writeTextAtomic(resolve(cwd, flags.json), renderJson(report));
  if (flags.markdown) writeTextAtomic(resolve(cwd, flags.markdown), renderMarkdown(report));
}

function printReport(report: ReportDocument, flags: Flags, io: CliIO): void {
  const color = flags['no-color'] || process.env.NO_COLOR ? false : (flags.color ?? io.isTTY);
  io.stdout(renderTerminal(report, { color }));
}

function exitCodeFor(report: ReportDocument, settings: CompareSettings): number {
  return failsGate(report, settings.failOnInconclusive) ? 1 : 0;
}

async function cmdRun(flags: Flags, io: CliIO): Promise<number> {
  const config = loadConfigFrom(flags, io.cwd);
  const { measure } = await import('./measure/index.ts');
  const results = await measure(config, { workerCommand: workerCommand(), filter: filterOf(flags), toolVersion: toolVersion() });
  const out = resolve(io.cwd, flags.out ?? DEFAULT_RESULTS);
  writeJsonAtomic(out, results);
  const failed = results.benchmarks.filter((b) => b.status === 'error');
  for (const b of failed) io.stderr(`perf-gate: benchmark "${b.name}" failed: ${b.error}\n`);
  io.stderr(`perf-gate: wrote ${results.benchmarks.length} benchmark results to ${out}\n`);
  return failed.length > 0 ? 1 : 0;
}

function filterOf(flags: Flags): RegExp | undefined {
  if (flags.filter === undefined) return undefined;
  try {
    return new RegExp(flags.filter);
  } catch (err) {
    throw new InputError(`--filter: not a valid regular expression: ${errorMessage(err)}`);
  }
}

async function cmdCompare(flags: Flags, io: CliIO): Promise<number> {
  const history = readBaselineOrResults(resolve(io.cwd, need(flags, 'baseline', 'compare')));
  const current = readResults(resolve(io.cwd, need(flags, 'current', 'compare')));
  let report: ReportDocument;
  let settings: CompareSettings;
  if (flags.config) {
    ({ report, settings } = compareWithConfig(history, current, loadConfigFrom(flags, io.cwd), flags.policy));
  } else {
    const policy = createPolicy({ ...DEFAULTS.policy, name: (flags.policy ?? DEFAULTS.policy.name) as PolicyConfig['name'] });
    const threshold = flags.threshold !== undefined ? parseThreshold(flags.threshold, '--threshold') : undefined;
    settings = defaultSettings(policy, threshold);
    report = compare(history, current, settings);
  }
  writeReports(report, flags, io.cwd);
  printReport(report, flags, io);
  return exitCodeFor(report, settings);
}

function cmdBaselineUpdate(flags: Flags, io: CliIO): number {
  const path = resolve(io.cwd, need(flags, 'baseline', 'baseline update'));
  const results = readResults(resolve(io.cwd, need(flags, 'results', 'baseline update')));
  const keep = flags.keep === undefined ? DEFAULT_KEEP : Number(flags.keep);
  if (!Number.isInteger(keep) || keep < 1) throw new InputError(`--keep: expected a whole number ≥ 1, got "${flags.keep}"`);
  const existing: BaselineHistory | null = existsSync(path) ? readBaselineOrResults(path) : null;
  const { history, warnings } = appendRun(existing, results, keep);
  for (const w of warnings) io.stderr(`perf-gate: warning: ${w}\n`);
  writeJsonAtomic(path, history);
  io.stderr(`perf-gate: baseline ${path} now holds ${history.runs.length} run${history.runs.length === 1 ? '' : 's'}\n`);
  return 0;
}

async function cmdImport(flags: Flags, io: CliIO): Promise<number> {
  const format = need(flags, 'format', 'import');
  const file = resolve(io.cwd, need(flags, 'file', 'import'));
  const { importFile } = await import('./import/index.ts');
  // Recorded as given relative to the working directory, so documents do not carry a machine's paths.
  const shown = relative(io.cwd, file);
  const benchmarks = importFile(format, shown.startsWith('..') ? file : shown);
  const doc: ResultsDocument = {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    createdAt: new Date().toISOString(),
    tool: { name: 'perf-gate', version: toolVersion() },
    git: process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {},
    configHash: `import:${format}`,
    machine: machineFingerprint(),
    benchmarks,
  };
  const out = resolve(io.cwd, flags.out ?? DEFAULT_RESULTS);
  writeJsonAtomic(out, doc);
  io.stderr(`perf-gate: imported ${benchmarks.length} benchmark${benchmarks.length === 1 ? '' : 's'} from ${file} into ${out}\n`);
  return 0;
}

/** The local default: run, compare with the baseline file when there is one, optionally record. */
async function cmdLocal(flags: Flags, io: CliIO): Promise<number> {
  const config = loadConfigFrom(flags, io.cwd);
  const baselinePath = resolve(io.cwd, flags.baseline ?? resolve(config.dir, '.perf-gate', 'baseline.json'));
  const history = existsSync(baselinePath) ? readBaselineOrResults(baselinePath) : null;
  const { results, report, settings } = await measureAndCompare(config, history, {
    workerCommand: workerCommand(),
    filter: filterOf(flags),
    toolVersion: toolVersion(),
    log: (line) => io.stderr(`perf-gate: ${line}\n`),
  });
  writeReports(report, flags, io.cwd);
  io.stderr('\n');
  printReport(report, flags, io);
  if (flags['update-baseline']) {
    const { history: updated, warnings } = appendRun(history, results);
    for (const w of warnings) io.stderr(`perf-gate: warning: ${w}\n`);
    writeJsonAtomic(baselinePath, updated);
    io.stderr(`perf-gate: recorded this run in ${baselinePath} (${updated.runs.length} run${updated.runs.length === 1 ? "" : "s"})\n`);
  } else if (!history) {
    io.stderr(`perf-gate: no baseline at ${baselinePath}; run again with --update-baseline to record one\n`);
  }
  return exitCodeFor(report, settings);
}

function parse(argv: string[]): { verb: string; flags: Flags } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError(`${errorMessage(err).split('\n')[0]} (see perf-gate --help)`);
  }
  const words = parsed.positionals;
  const verb = words.join(' ');
  if (words[0] === 'baseline' && words[1] !== 'update') {
    throw new InputError(`unknown command "perf-gate ${verb}": did you mean "perf-gate baseline update"?`);
  }
  if (!(verb in VERBS)) throw new InputError(`unknown command "${verb}" (commands: run, compare, baseline update, import; see perf-gate --help)`);
  const flags = parsed.values as Flags;
  const allowed = new Set([...VERBS[verb], ...COMMON]);
  for (const key of Object.keys(flags) as Array<keyof Flags>) {
    if (!allowed.has(key)) throw new InputError(`perf-gate ${verb || '(run and compare)'}: option --${key} does not apply here (see perf-gate --help)`);
  }
  return { verb, flags };
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === WORKER_ARG) {
    const { runWorker } = await import('./measure/worker.ts');
    await runWorker(argv.slice(1));
    return 0;
  }
  const debug = argv.includes('--debug');
  try {
    const { verb, flags } = parse(argv);
    if (flags.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (flags.version) {
      io.stdout(toolVersion() + '\n');
      return 0;
    }
    await loadEngine();
    switch (verb) {
      case 'run':
        return await cmdRun(flags, io);
      case 'compare':
        return await cmdCompare(flags, io);
      case 'baseline update':
        return cmdBaselineUpdate(flags, io);
      case 'import':
        return await cmdImport(flags, io);
      default:
        return await cmdLocal(flags, io);
    }
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`perf-gate: ${err.message}\n`);
      if (debug) io.stderr(`${err.stack}\n`);
      return 2;
    }
    io.stderr(`perf-gate: internal error: ${errorMessage(err).split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr(`${(err as Error)?.stack ?? err}\n`);
    return 2;
  }
}

/** Runs the CLI in this process with the real streams; used by bin/perf-gate.js and direct runs. */
export async function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await main(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: !!process.stdout.isTTY,
    cwd: process.cwd(),
  });
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runCli();
