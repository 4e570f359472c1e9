// The CLI entry point: parses arguments, composes the pipeline with file-based adapters, prints.
// Exit codes: 0 no regression, 1 regression (or a failed benchmark), 2 bad usage, config or input.
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fileURLToPath } from 'node:url';
import type * as Engine from './cli-engine.ts';
import { checkWritable, ioReason, writeOutput } from './baseline/output-files.ts';
import { POLICY_NAMES } from './config/policy-names.ts';
import { nearest } from './config/values.ts';
import type { Config } from './config/types.ts';
import { InputError, errorMessage } from './core/errors.ts';
import { escapeTerminal } from './core/escape.ts';
import { packageVersion } from './core/version.ts';
import { RESULTS_KIND, SCHEMA_VERSION, type ResultsDocument } from './core/types.ts';
import { WORKER_ARG } from './measure/protocol.ts';

// The pipeline (config loader, measure, compare, documents, renderers) is loaded by the commands that
// use it, from a chunk of its own: --help, --version and usage errors start about as fast as Node.
let { readResults, writeJsonAtomic, DEFAULT_KEEP, fileBaselineStore, loadConfig, parseThreshold } = {} as typeof Engine;
let { gate, givenResults, liveMeasurement, baselineFileNotes, reportFiles, terminalTable } = {} as typeof Engine;
let { defaultSettings, policyFor, settingsFromConfig, machineFingerprint, abPlan, consoleProgress } = {} as typeof Engine;
async function loadEngine(): Promise<void> {
  const engine = await import('./cli-engine.ts');
  ({ readResults, writeJsonAtomic, DEFAULT_KEEP, fileBaselineStore, loadConfig, parseThreshold } = engine);
  ({ gate, givenResults, liveMeasurement, baselineFileNotes, reportFiles, terminalTable } = engine);
  ({ defaultSettings, policyFor, settingsFromConfig, machineFingerprint, abPlan, consoleProgress } = engine);
}

const DEFAULT_CONFIG = 'perf-gate.yml';
const DEFAULT_RESULTS = 'perf-gate-results.json';

// ---------------------------------------------------------------------------------------------
// The one table of verbs and flags: parsing validates against it and every help page is printed
// from it, so a page cannot list a flag the verb refuses or miss one it takes.

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
  base: { type: 'string' },
  setup: { type: 'string' },
  'out-base': { type: 'string' },
  'update-baseline': { type: 'boolean' },
  debug: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

type FlagName = keyof typeof OPTIONS;
type Flags = {
  [K in FlagName]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

/** What a flag's value is, in usage lines (`--out FILE`). */
const ARG: Partial<Record<FlagName, string>> = {
  config: 'FILE', out: 'FILE', filter: 'REGEX', baseline: 'FILE', current: 'FILE', results: 'FILE', threshold: 'PCT',
  policy: POLICY_NAMES.join('|'), json: 'FILE', markdown: 'FILE', keep: 'N', format: 'NAME', file: 'FILE',
  base: 'REF', setup: 'CMD', 'out-base': 'FILE',
};

interface VerbSpec {
  /** One line: what the command does. */
  summary: string;
  /** The flags it takes, in the order help lists them, each with its help text. */
  flags: Partial<Record<FlagName, string>>;
  required?: FlagName[];
  /** Extra lines for its help page. */
  more?: string[];
}

const VERBS: ReadonlyMap<string, VerbSpec> = new Map<string, VerbSpec>([
  [
    '',
    {
      summary: 'run the suite, then compare with the baseline when there is one: the local default',
      flags: {
        config: `the config file (default ${DEFAULT_CONFIG})`,
        baseline: 'the baseline to compare with (default <config dir>/.perf-gate/baseline.json); given explicitly, it must exist unless --update-baseline creates it',
        filter: 'measure only the benchmarks (or tasks) whose name matches; one must match',
        threshold: 'a change that matters, e.g. 10% (replaces the config\'s top-level threshold)',
        json: 'also write the report as JSON; CPU profiles of regressions go beside it (else to .perf-gate/profiles/ by the config)',
        markdown: 'also write the report as markdown',
        'update-baseline': 'append this run to the baseline (never a run with failed benchmarks)',
      },
    },
  ],
  [
    'run',
    {
      summary: 'measure; write a results document',
      flags: {
        config: `the config file (default ${DEFAULT_CONFIG})`,
        out: `where to write the results (default ${DEFAULT_RESULTS}); checked before measuring`,
        filter: 'measure only the benchmarks (or tasks) whose name matches; one must match',
      },
    },
  ],
  [
    'compare',
    {
      summary: 'compare results with a baseline; print the table; exit 0 no regression, 1 regression',
      flags: {
        baseline: 'a baseline history, or a single results document',
        current: 'the results document to judge',
        config: 'take thresholds, gated metrics and the policy from this config',
        threshold: 'a change that matters, e.g. 10% (default 10%, or the config\'s)',
        policy: 'the decision rule (default: the config\'s, else noise)',
        json: 'also write the report as JSON',
        markdown: 'also write the report as markdown',
      },
      required: ['baseline', 'current'],
    },
  ],
  [
    'ab',
    {
      summary: 'measure the working tree against a temporary worktree of a base ref, forks interleaved in pairs; exit codes as compare',
      flags: {
        base: 'the ref to compare with (a branch, tag or commit), checked out in a temporary worktree',
        setup: "a command that prepares the base tree, e.g. 'npm ci && npm run build' (default: the config's ab.setup)",
        config: `the config file of the working tree (default ${DEFAULT_CONFIG}); the base tree needs one at the same path`,
        filter: 'measure only the benchmarks (or tasks) whose name matches; one must match',
        threshold: 'a change that matters, e.g. 5% (replaces the config\'s top-level threshold)',
        json: 'also write the report as JSON; CPU profiles of regressions go beside it (else to .perf-gate/profiles/ by the config)',
        markdown: 'also write the report as markdown',
        out: "write the working tree's results document here",
        'out-base': "write the base tree's results document here",
      },
      required: ['base'],
      more: [
        'Both trees run the same benchmarks (the working tree\'s config), fork for fork: base and head',
        'alternate (AB, BA, …) so the machine\'s drift cancels inside each pair. Undecided benchmarks get',
        'more pairs within a time budget (config ab.budget). The worktree is removed however the run ends.',
      ],
    },
  ],
  [
    'baseline update',
    {
      summary: 'append a results document to a baseline history (created if absent), atomically and under a lock',
      flags: {
        baseline: 'the baseline history to update',
        results: 'the results document to append (refused when a benchmark failed)',
        keep: `how many runs to keep, newest first (default 20)`,
      },
      required: ['baseline', 'results'],
    },
  ],
  [
    'import',
    {
      summary: "turn another tool's output into a results document",
      flags: {
        format: 'the tool format: hyperfine, vitest, tinybench, benchmarkjs, go, googlebenchmark, pytest-benchmark, criterion, benchmarkdotnet, jmh, catch2, custom',
        file: "the tool's output file",
        out: `where to write the results (default ${DEFAULT_RESULTS})`,
      },
      required: ['format', 'file'],
    },
  ],
]);

const COMMON: Partial<Record<FlagName, string>> = {
  debug: 'show stack traces of errors',
  'no-color': 'plain output (also NO_COLOR=1); --color forces colour',
  color: '',
  help: 'this help (also: perf-gate help [COMMAND])',
  version: 'the version',
};

const EXIT_CODES = 'Exit codes: 0 no regression · 1 regression or a failed benchmark · 2 bad usage, config or input';

function synopsis(verb: string, spec: VerbSpec): string {
  const words = ['perf-gate', ...(verb ? [verb] : [])];
  for (const name of Object.keys(spec.flags) as FlagName[]) {
    const flag = ARG[name] ? `--${name} ${ARG[name]}` : `--${name}`;
    words.push(spec.required?.includes(name) ? flag : `[${flag}]`);
  }
  return words.join(' ');
}

function globalHelp(): string {
  const lines = ['perf-gate — keep performance regressions out of a codebase', '', 'Usage:'];
  for (const [verb, spec] of VERBS) lines.push(`  ${synopsis(verb, spec)}`, `      ${spec.summary}`);
  lines.push(
    '',
    'perf-gate help COMMAND (or perf-gate COMMAND --help) describes each option of a command.',
    'Options of every command: --debug (stack traces), --no-color, --help, --version',
    EXIT_CODES,
  );
  return lines.join('\n');
}

/** A verb's spec; `verb` comes from the table itself or was checked against it. */
function verbSpec(verb: string): VerbSpec {
  const spec = VERBS.get(verb);
  if (!spec) throw unknownCommand(verb);
  return spec;
}

function verbHelp(verb: string): string {
  const spec = verbSpec(verb);
  const lines = [`perf-gate${verb ? ` ${verb}` : ''} — ${spec.summary}`, '', `Usage: ${synopsis(verb, spec)}`, '', 'Options:'];
  const rows: Array<[string, string]> = [];
  for (const [name, text] of Object.entries(spec.flags) as Array<[FlagName, string]>) {
    rows.push([ARG[name] ? `--${name} ${ARG[name]}` : `--${name}`, `${text}${spec.required?.includes(name) ? ' (required)' : ''}`]);
  }
  for (const [name, text] of Object.entries(COMMON) as Array<[FlagName, string]>) if (text) rows.push([`--${name}`, text]);
  const width = Math.max(...rows.map(([f]) => f.length));
  for (const [f, text] of rows) lines.push(`  ${f.padEnd(width)}  ${text}`);
  lines.push('', EXIT_CODES);
  return lines.join('\n');
}

/** Help on a topic: '' for the global page, a verb, or `baseline` (the group of baseline verbs). */
function helpText(topic: string): string {
  if (topic === '') return globalHelp();
  if (VERBS.has(topic) && topic !== '') return verbHelp(topic);
  const group = [...VERBS.keys()].filter((v) => v.startsWith(`${topic} `));
  if (group.length > 0) {
    return [`perf-gate ${topic} — commands:`, '', ...group.map((v) => `  ${synopsis(v, verbSpec(v))}\n      ${verbSpec(v).summary}`), '', `perf-gate help ${group[0]} describes its options.`].join('\n');
  }
  throw unknownCommand(topic);
}

const COMMAND_NAMES = [...VERBS.keys()].filter((v) => v !== '');

function unknownCommand(words: string): InputError {
  const guess = nearest(words, COMMAND_NAMES) ?? nearest(words.split(' ')[0] ?? '', COMMAND_NAMES);
  const hint = guess ? `did you mean "perf-gate ${guess}"? ` : '';
  return new InputError(`unknown command "${words}" (${hint}commands: ${COMMAND_NAMES.join(', ')}; see perf-gate --help)`);
}

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

function need(flags: Flags, name: FlagName, verb: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') {
    throw new InputError(`perf-gate ${verb}: --${name} ${ARG[name] ?? ''} is required (see perf-gate ${verb} --help)`.replace('  ', ' '));
  }
  return v;
}

function workerCommand(): string[] {
  // The CLI spawns itself as the worker, so the same file works from src/, the bundle or npx.
  return [process.execPath, fileURLToPath(import.meta.url), WORKER_ARG];
}

function loadConfigFrom(flags: Flags, cwd: string): Config {
  const path = resolve(cwd, flags.config ?? DEFAULT_CONFIG);
  return loadConfig(path, flags.threshold !== undefined ? { threshold: flags.threshold, thresholdSource: '--threshold' } : undefined);
}

function reportPaths(flags: Flags, cwd: string): { json?: string; markdown?: string } {
  return {
    ...(flags.json ? { json: resolve(cwd, flags.json) } : {}),
    ...(flags.markdown ? { markdown: resolve(cwd, flags.markdown) } : {}),
  };
}

/** Where CPU profiles of regressions go: beside the JSON report when there is one, else .perf-gate/profiles/ by the config. */
function profileDir(flags: Flags, cwd: string, config: Config): string {
  return flags.json ? dirname(resolve(cwd, flags.json)) : join(config.dir, '.perf-gate', 'profiles');
}

function useColor(flags: Flags, io: CliIO): boolean {
  return flags['no-color'] || process.env.NO_COLOR ? false : (flags.color ?? io.isTTY);
}

function failedNames(results: ResultsDocument): string[] {
  return results.benchmarks.filter((b) => b.status === 'error').map((b) => b.name);
}

function listNames(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
}

/**
 * Writes a results document; when the target cannot be written after all (it changed while
 * measuring), the measurements are saved in the temp directory and the message says where.
 */
function writeResults(out: string, flag: string, doc: ResultsDocument): void {
  try {
    writeJsonAtomic(out, doc);
  } catch (err) {
    const rescue = join(tmpdir(), `perf-gate-results-${process.pid}-${Date.now()}.json`);
    try {
      writeJsonAtomic(rescue, doc);
    } catch {
      throw new InputError(`${flag} ${out}: cannot be written (${ioReason(err)}), and neither can ${rescue}`);
    }
    throw new InputError(`${flag} ${out}: cannot be written (${ioReason(err)}); the results were saved to ${rescue}`);
  }
}

async function cmdRun(flags: Flags, io: CliIO): Promise<number> {
  const config = loadConfigFrom(flags, io.cwd);
  const out = resolve(io.cwd, flags.out ?? DEFAULT_RESULTS);
  checkWritable(out, '--out');
  const measurement = liveMeasurement(config, { workerCommand: workerCommand(), filter: flags.filter, toolVersion: toolVersion() });
  measurement.check?.();
  const { results } = await measurement.run(null, () => undefined);
  writeResults(out, '--out', results);
  const failed = results.benchmarks.filter((b) => b.status === 'error');
  for (const b of failed) io.stderr(`perf-gate: benchmark "${b.name}" failed: ${b.error ?? 'unknown error'}\n`);
  io.stderr(`perf-gate: wrote ${results.benchmarks.length} benchmark results to ${out}\n`);
  return failed.length > 0 ? 1 : 0;
}

function policyFlag(flags: Flags): string | undefined {
  if (flags.policy === undefined) return undefined;
  if (!(POLICY_NAMES as readonly string[]).includes(flags.policy)) {
    const guess = nearest(flags.policy, POLICY_NAMES);
    throw new InputError(`--policy: expected ${POLICY_NAMES.join(' or ')}, got ${JSON.stringify(flags.policy)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`);
  }
  return flags.policy;
}

async function cmdCompare(flags: Flags, io: CliIO): Promise<number> {
  const baselinePath = resolve(io.cwd, need(flags, 'baseline', 'compare'));
  const current = readResults(resolve(io.cwd, need(flags, 'current', 'compare')));
  const policyName = policyFlag(flags);
  const config = flags.config ? loadConfigFrom(flags, io.cwd) : null;
  const settings = config
    ? settingsFromConfig(config, policyFor(config, policyName))
    : defaultSettings(policyFor(null, policyName), flags.threshold !== undefined ? parseThreshold(flags.threshold, '--threshold') : undefined);
  const outcome = await gate({
    measurement: givenResults(current, settings),
    baseline: fileBaselineStore({ path: baselinePath, flag: '--baseline', missing: 'error' }),
    record: false,
    publishers: [reportFiles(reportPaths(flags, io.cwd)), terminalTable(io, { color: useColor(flags, io) })],
    enforcement: { failOnRegression: true, regressionBlocks: true },
    log: () => undefined,
  });
  return outcome.exitCode;
}

async function cmdBaselineUpdate(flags: Flags, io: CliIO): Promise<number> {
  const path = resolve(io.cwd, need(flags, 'baseline', 'baseline update'));
  const resultsPath = resolve(io.cwd, need(flags, 'results', 'baseline update'));
  const results = readResults(resultsPath);
  const keep = flags.keep === undefined ? DEFAULT_KEEP : Number(flags.keep);
  if (!Number.isInteger(keep) || keep < 1) throw new InputError(`--keep: expected a whole number ≥ 1, got "${flags.keep}"`);
  const failed = failedNames(results);
  if (failed.length > 0) {
    throw new InputError(
      `${resultsPath}: not recorded in ${path}: ${failed.length} benchmark${failed.length === 1 ? '' : 's'} failed (${listNames(failed)}); a baseline holds only complete runs`,
    );
  }
  const record = await fileBaselineStore({ path, flag: '--baseline', keep }).record({ history: null }, results);
  if (!record.recorded) throw new InputError(`--baseline ${path}: ${record.why}`);
  for (const w of record.warnings) io.stderr(`perf-gate: warning: ${w}\n`);
  const n = record.runs;
  io.stderr(`perf-gate: baseline ${path} now holds ${n} run${n === 1 ? '' : 's'}\n`);
  return 0;
}

async function cmdImport(flags: Flags, io: CliIO): Promise<number> {
  const format = need(flags, 'format', 'import');
  const file = resolve(io.cwd, need(flags, 'file', 'import'));
  const out = resolve(io.cwd, flags.out ?? DEFAULT_RESULTS);
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
  checkWritable(out, '--out');
  writeOutput(out, '--out', () => { writeJsonAtomic(out, doc); });
  io.stderr(`perf-gate: imported ${benchmarks.length} benchmark${benchmarks.length === 1 ? '' : 's'} from ${file} into ${out}\n`);
  return 0;
}

/** The working tree against a base ref, measured side by side in temporary worktree. */
async function cmdAb(flags: Flags, io: CliIO): Promise<number> {
  const base = need(flags, 'base', 'ab');
  const config = loadConfigFrom(flags, io.cwd);
  const outputs = [
    ...(flags.out ? [{ path: resolve(io.cwd, flags.out), flag: '--out', tree: 'head' as const }] : []),
    ...(flags['out-base'] ? [{ path: resolve(io.cwd, flags['out-base']), flag: '--out-base', tree: 'base' as const }] : []),
  ];
  for (const o of outputs) checkWritable(o.path, o.flag);
  const plan = abPlan({
    config,
    configPath: config.path,
    base,
    ...(flags.setup !== undefined ? { setup: flags.setup } : {}),
    ...(flags.filter !== undefined ? { filter: flags.filter } : {}),
    workerCommand: workerCommand(),
    toolVersion: toolVersion(),
    profileDir: profileDir(flags, io.cwd, config),
    progress: () => consoleProgress(),
    onResults: (docs) => {
      for (const o of outputs) writeResults(o.path, o.flag, docs[o.tree]);
    },
  });
  const outcome = await gate({
    measurement: plan.measurement,
    baseline: plan.baseline,
    record: false,
    publishers: [reportFiles(reportPaths(flags, io.cwd)), terminalTable(io, { color: useColor(flags, io), gap: true })],
    enforcement: { failOnRegression: true, regressionBlocks: true },
    log: (line) => { io.stderr(`${line.startsWith('perf-gate:') ? '' : 'perf-gate: '}${line}\n`); },
  });
  return outcome.exitCode;
}

/** The local default: run, compare with the baseline file when there is one, optionally record. */
async function cmdLocal(flags: Flags, io: CliIO): Promise<number> {
  const config = loadConfigFrom(flags, io.cwd);
  const defaultPath = resolve(config.dir, '.perf-gate', 'baseline.json');
  const baselinePath = flags.baseline !== undefined ? resolve(io.cwd, flags.baseline) : defaultPath;
  const outcome = await gate({
    measurement: liveMeasurement(config, {
      workerCommand: workerCommand(),
      filter: flags.filter,
      toolVersion: toolVersion(),
      profileDir: profileDir(flags, io.cwd, config),
    }),
    // A baseline named on the command line that is not there is a typo, not a first run.
    baseline: fileBaselineStore({
      path: baselinePath,
      flag: '--baseline',
      missing:
        flags.baseline === undefined
          ? 'absent'
          : { typo: `leave --baseline out to use ${defaultPath} when it exists, or add --update-baseline to create it` },
    }),
    record: flags['update-baseline'] === true,
    publishers: [
      reportFiles(reportPaths(flags, io.cwd)),
      terminalTable(io, { color: useColor(flags, io), gap: true }),
      baselineFileNotes(io.stderr, baselinePath),
    ],
    enforcement: { failOnRegression: true, regressionBlocks: true },
    log: (line) => { io.stderr(`perf-gate: ${line}\n`); },
  });
  return outcome.exitCode;
}

// ---------------------------------------------------------------------------------------------
// Arguments

type Parsed = { verb: string; flags: Flags } | { help: string };

const VERB_WORDS = new Set(['run', 'compare', 'ab', 'baseline', 'import', 'help']);

function isFlagName(name: string): name is FlagName {
  return Object.hasOwn(OPTIONS, name);
}

function parse(argv: string[]): Parsed {
  // A lenient pass first, to learn the verb and see every option by name: an unknown one is then
  // named with the nearest option of that verb, not the parser's generic text.
  const loose = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const words = loose.positionals;
  const first = words[0] ?? '';
  const verbGuess = !VERB_WORDS.has(first) ? '' : first === 'baseline' && words[1] === 'update' ? 'baseline update' : first;
  const known = VERBS.get(verbGuess);
  const verbFlags = known ? (Object.keys(known.flags) as FlagName[]) : [];
  const commonFlags = Object.keys(COMMON) as FlagName[];
  const shownVerb = verbGuess || '(run and compare)';
  const see = `see perf-gate ${verbGuess ? `${verbGuess} ` : ''}--help`.replace('perf-gate help ', 'perf-gate ');
  for (const t of loose.tokens) {
    if (t.kind !== 'option') continue;
    if (!isFlagName(t.name)) {
      const guess = nearest(t.name, [...verbFlags, ...commonFlags]);
      throw new InputError(
        `perf-gate ${shownVerb}: unknown option ${t.rawName.split('=')[0]}${guess ? ` (did you mean --${guess}?)` : ''} (${see})`,
      );
    }
    if (known && !verbFlags.includes(t.name) && !commonFlags.includes(t.name)) {
      const guess = nearest(t.name, verbFlags);
      throw new InputError(
        `perf-gate ${shownVerb}: option --${t.name} does not apply here${guess ? ` (did you mean --${guess}?)` : ''} (${see})`,
      );
    }
  }
  if (words[0] === 'help') return { help: helpText(words.slice(1).join(' ')) };
  if (loose.values.help) {
    const topic = words.join(' ');
    if (topic === '' || VERBS.has(topic) || topic === 'baseline') return { help: helpText(topic) };
    throw unknownCommand(topic);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError(`perf-gate ${shownVerb}: ${errorMessage(err).split('\n')[0]} (${see})`);
  }
  const verb = parsed.positionals.join(' ');
  if (words[0] === 'baseline' && words[1] !== 'update') {
    throw new InputError(`unknown command "perf-gate ${verb}": did you mean "perf-gate baseline update"?`);
  }
  if (!VERBS.has(verb)) throw unknownCommand(verb);
  return { verb, flags: parsed.values };
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === WORKER_ARG) {
    const { runWorker } = await import('./measure/worker.ts');
    await runWorker(argv.slice(1));
    return 0;
  }
  const debug = argv.includes('--debug');
  try {
    const parsed = parse(argv);
    if ('help' in parsed) {
      io.stdout(parsed.help + '\n');
      return 0;
    }
    const { verb, flags } = parsed;
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
      case 'ab':
        return await cmdAb(flags, io);
      case 'baseline update':
        return await cmdBaselineUpdate(flags, io);
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
    if (debug) io.stderr(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

/** Runs the CLI in this process with the real streams; used by bin/perf-gate.js and direct runs. */
export async function runCli(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await main(argv, {
    stdout: (t) => process.stdout.write(t),
    // Every message on stderr may carry a name, a path or an error text from benchmark code: on a
    // terminal or a runner log it must not move the cursor or start a workflow command.
    stderr: (t) => process.stderr.write(escapeTerminal(t)),
    // Typed as always set, but undefined when stdout is a pipe or a file.
    isTTY: (process.stdout.isTTY as boolean | undefined) === true,
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
