import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 976:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* binding */ ioReason),
/* harmony export */   ZB: () => (/* binding */ checkWritable),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
// Files the user named for output (results, reports, a baseline): checked before any measuring, and
// every write failure one line naming the file and the reason in plain words.



/** Why a write failed, in plain words (the errno code when there are none). */
function ioReason(err) {
    const code = err?.code;
    switch (code) {
        case 'EISDIR':
            return 'it is a directory';
        case 'ENOTDIR':
            return 'a part of the path is a file, not a directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'ENOENT':
            return 'the directory cannot be created';
        default:
            return code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err).split('\n')[0] ?? 'unknown error';
    }
}
/**
 * Fails early, with one line, when `path` cannot be written: a directory, a path under a file, or a
 * directory this process cannot create files in. Measuring first and failing at the end would lose
 * the measurements. `label` names where the path came from (`--json`).
 */
function checkWritable(path, label) {
    const named = `${label} ${path}`;
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
    if (stat?.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${named}: is a directory, expected a file path`);
    // The nearest existing ancestor is where a file (or the missing directories) would be created.
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    let dirStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    while (!dirStat && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) !== dir) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        dirStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    }
    if (dirStat && !dirStat.isDirectory())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${named}: cannot be written (${dir} is a file, not a directory)`);
    const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.perf-gate-write-check-${process.pid}`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(probe, '', { flag: 'wx' });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${named}: cannot be written (${ioReason(err)} in ${dir})`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
}
/** Runs `write`; a failure other than an InputError becomes one line naming the file. */
function writeOutput(path, label, write) {
    try {
        return write();
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${label} ${path}: cannot be written (${ioReason(err)})`);
    }
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(976);
/* harmony import */ var _config_policy_names_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(3007);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3750);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4296);
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4536);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3323);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(3054);
/* harmony import */ var _measure_protocol_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(3582);
// The CLI entry point: parses arguments, composes the pipeline with file-based adapters, prints.
// Exit codes: 0 no regression, 1 regression (or a failed benchmark), 2 bad usage, config or input.













// The pipeline (config loader, measure, compare, documents, renderers) is loaded by the commands that
// use it, from a chunk of its own: --help, --version and usage errors start about as fast as Node.
let { readResults, writeJsonAtomic, DEFAULT_KEEP, fileBaselineStore, loadConfig, parseThreshold } = {};
let { gate, givenResults, liveMeasurement, baselineFileNotes, reportFiles, terminalTable } = {};
let { defaultSettings, policyFor, settingsFromConfig, machineFingerprint, abPlan, consoleProgress } = {};
async function loadEngine() {
    const engine = await Promise.all(/* import() */[__nccwpck_require__.e(674), __nccwpck_require__.e(815), __nccwpck_require__.e(996), __nccwpck_require__.e(298)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6298));
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
};
/** What a flag's value is, in usage lines (`--out FILE`). */
const ARG = {
    config: 'FILE', out: 'FILE', filter: 'REGEX', baseline: 'FILE', current: 'FILE', results: 'FILE', threshold: 'PCT',
    policy: _config_policy_names_js__WEBPACK_IMPORTED_MODULE_9__/* .POLICY_NAMES */ .S.join('|'), json: 'FILE', markdown: 'FILE', keep: 'N', format: 'NAME', file: 'FILE',
    base: 'REF', setup: 'CMD', 'out-base': 'FILE',
};
const VERBS = new Map([
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
const COMMON = {
    debug: 'show stack traces of errors',
    'no-color': 'plain output (also NO_COLOR=1); --color forces colour',
    color: '',
    help: 'this help (also: perf-gate help [COMMAND])',
    version: 'the version',
};
const EXIT_CODES = 'Exit codes: 0 no regression · 1 regression or a failed benchmark · 2 bad usage, config or input';
function synopsis(verb, spec) {
    const words = ['perf-gate', ...(verb ? [verb] : [])];
    for (const name of Object.keys(spec.flags)) {
        const flag = ARG[name] ? `--${name} ${ARG[name]}` : `--${name}`;
        words.push(spec.required?.includes(name) ? flag : `[${flag}]`);
    }
    return words.join(' ');
}
function globalHelp() {
    const lines = ['perf-gate — keep performance regressions out of a codebase', '', 'Usage:'];
    for (const [verb, spec] of VERBS)
        lines.push(`  ${synopsis(verb, spec)}`, `      ${spec.summary}`);
    lines.push('', 'perf-gate help COMMAND (or perf-gate COMMAND --help) describes each option of a command.', 'Options of every command: --debug (stack traces), --no-color, --help, --version', EXIT_CODES);
    return lines.join('\n');
}
/** A verb's spec; `verb` comes from the table itself or was checked against it. */
function verbSpec(verb) {
    const spec = VERBS.get(verb);
    if (!spec)
        throw unknownCommand(verb);
    return spec;
}
function verbHelp(verb) {
    const spec = verbSpec(verb);
    const lines = [`perf-gate${verb ? ` ${verb}` : ''} — ${spec.summary}`, '', `Usage: ${synopsis(verb, spec)}`, '', 'Options:'];
    const rows = [];
    for (const [name, text] of Object.entries(spec.flags)) {
        rows.push([ARG[name] ? `--${name} ${ARG[name]}` : `--${name}`, `${text}${spec.required?.includes(name) ? ' (required)' : ''}`]);
    }
    for (const [name, text] of Object.entries(COMMON))
        if (text)
            rows.push([`--${name}`, text]);
    const width = Math.max(...rows.map(([f]) => f.length));
    for (const [f, text] of rows)
        lines.push(`  ${f.padEnd(width)}  ${text}`);
    lines.push('', EXIT_CODES);
    return lines.join('\n');
}
/** Help on a topic: '' for the global page, a verb, or `baseline` (the group of baseline verbs). */
function helpText(topic) {
    if (topic === '')
        return globalHelp();
    if (VERBS.has(topic) && topic !== '')
        return verbHelp(topic);
    const group = [...VERBS.keys()].filter((v) => v.startsWith(`${topic} `));
    if (group.length > 0) {
        return [`perf-gate ${topic} — commands:`, '', ...group.map((v) => `  ${synopsis(v, verbSpec(v))}\n      ${verbSpec(v).summary}`), '', `perf-gate help ${group[0]} describes its options.`].join('\n');
    }
    throw unknownCommand(topic);
}
const COMMAND_NAMES = [...VERBS.keys()].filter((v) => v !== '');
function unknownCommand(words) {
    const guess = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .pA)(words, COMMAND_NAMES) ?? (0,_config_values_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .pA)(words.split(' ')[0] ?? '', COMMAND_NAMES);
    const hint = guess ? `did you mean "perf-gate ${guess}"? ` : '';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`unknown command "${words}" (${hint}commands: ${COMMAND_NAMES.join(', ')}; see perf-gate --help)`);
}
function toolVersion() {
    return (0,_core_version_js__WEBPACK_IMPORTED_MODULE_8__/* .packageVersion */ .T)(import.meta.url);
}
function need(flags, name, verb) {
    const v = flags[name];
    if (typeof v !== 'string' || v === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`perf-gate ${verb}: --${name} ${ARG[name] ?? ''} is required (see perf-gate ${verb} --help)`.replace('  ', ' '));
    }
    return v;
}
function workerCommand() {
    // The CLI spawns itself as the worker, so the same file works from src/, the bundle or npx.
    return [process.execPath, (0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url), _measure_protocol_js__WEBPACK_IMPORTED_MODULE_11__/* .WORKER_ARG */ .i];
}
function loadConfigFrom(flags, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, flags.config ?? DEFAULT_CONFIG);
    return loadConfig(path, flags.threshold !== undefined ? { threshold: flags.threshold, thresholdSource: '--threshold' } : undefined);
}
function reportPaths(flags, cwd) {
    return {
        ...(flags.json ? { json: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, flags.json) } : {}),
        ...(flags.markdown ? { markdown: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, flags.markdown) } : {}),
    };
}
/** Where CPU profiles of regressions go: beside the JSON report when there is one, else .perf-gate/profiles/ by the config. */
function profileDir(flags, cwd, config) {
    return flags.json ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, flags.json)) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config.dir, '.perf-gate', 'profiles');
}
function useColor(flags, io) {
    return flags['no-color'] || process.env.NO_COLOR ? false : (flags.color ?? io.isTTY);
}
function failedNames(results) {
    return results.benchmarks.filter((b) => b.status === 'error').map((b) => b.name);
}
function listNames(names) {
    return names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
}
/**
 * Writes a results document; when the target cannot be written after all (it changed while
 * measuring), the measurements are saved in the temp directory and the message says where.
 */
function writeResults(out, flag, doc) {
    try {
        writeJsonAtomic(out, doc);
    }
    catch (err) {
        const rescue = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `perf-gate-results-${process.pid}-${Date.now()}.json`);
        try {
            writeJsonAtomic(rescue, doc);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`${flag} ${out}: cannot be written (${(0,_baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__/* .ioReason */ .Ny)(err)}), and neither can ${rescue}`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`${flag} ${out}: cannot be written (${(0,_baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__/* .ioReason */ .Ny)(err)}); the results were saved to ${rescue}`);
    }
}
async function cmdRun(flags, io) {
    const config = loadConfigFrom(flags, io.cwd);
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, flags.out ?? DEFAULT_RESULTS);
    (0,_baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__/* .checkWritable */ .ZB)(out, '--out');
    const measurement = liveMeasurement(config, { workerCommand: workerCommand(), filter: flags.filter, toolVersion: toolVersion() });
    measurement.check?.();
    const { results } = await measurement.run(null, () => undefined);
    writeResults(out, '--out', results);
    const failed = results.benchmarks.filter((b) => b.status === 'error');
    for (const b of failed)
        io.stderr(`perf-gate: benchmark "${b.name}" failed: ${b.error ?? 'unknown error'}\n`);
    io.stderr(`perf-gate: wrote ${results.benchmarks.length} benchmark results to ${out}\n`);
    return failed.length > 0 ? 1 : 0;
}
function policyFlag(flags) {
    if (flags.policy === undefined)
        return undefined;
    if (!_config_policy_names_js__WEBPACK_IMPORTED_MODULE_9__/* .POLICY_NAMES */ .S.includes(flags.policy)) {
        const guess = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .pA)(flags.policy, _config_policy_names_js__WEBPACK_IMPORTED_MODULE_9__/* .POLICY_NAMES */ .S);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`--policy: expected ${_config_policy_names_js__WEBPACK_IMPORTED_MODULE_9__/* .POLICY_NAMES */ .S.join(' or ')}, got ${JSON.stringify(flags.policy)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`);
    }
    return flags.policy;
}
async function cmdCompare(flags, io) {
    const baselinePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, need(flags, 'baseline', 'compare'));
    const current = readResults((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, need(flags, 'current', 'compare')));
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
async function cmdBaselineUpdate(flags, io) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, need(flags, 'baseline', 'baseline update'));
    const resultsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, need(flags, 'results', 'baseline update'));
    const results = readResults(resultsPath);
    const keep = flags.keep === undefined ? DEFAULT_KEEP : Number(flags.keep);
    if (!Number.isInteger(keep) || keep < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`--keep: expected a whole number ≥ 1, got "${flags.keep}"`);
    const failed = failedNames(results);
    if (failed.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`${resultsPath}: not recorded in ${path}: ${failed.length} benchmark${failed.length === 1 ? '' : 's'} failed (${listNames(failed)}); a baseline holds only complete runs`);
    }
    const record = await fileBaselineStore({ path, flag: '--baseline', keep }).record({ history: null }, results);
    if (!record.recorded)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`--baseline ${path}: ${record.why}`);
    for (const w of record.warnings)
        io.stderr(`perf-gate: warning: ${w}\n`);
    const n = record.runs;
    io.stderr(`perf-gate: baseline ${path} now holds ${n} run${n === 1 ? '' : 's'}\n`);
    return 0;
}
async function cmdImport(flags, io) {
    const format = need(flags, 'format', 'import');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, need(flags, 'file', 'import'));
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, flags.out ?? DEFAULT_RESULTS);
    const { importFile } = await Promise.all(/* import() */[__nccwpck_require__.e(153), __nccwpck_require__.e(613)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2534));
    // Recorded as given relative to the working directory, so documents do not carry a machine's paths.
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(io.cwd, file);
    const benchmarks = importFile(format, shown.startsWith('..') ? file : shown);
    const doc = {
        schemaVersion: _core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .SCHEMA_VERSION */ .f$,
        kind: _core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .RESULTS_KIND */ .mU,
        createdAt: new Date().toISOString(),
        tool: { name: 'perf-gate', version: toolVersion() },
        git: process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {},
        configHash: `import:${format}`,
        machine: machineFingerprint(),
        benchmarks,
    };
    (0,_baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__/* .checkWritable */ .ZB)(out, '--out');
    (0,_baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeOutput */ .zh)(out, '--out', () => { writeJsonAtomic(out, doc); });
    io.stderr(`perf-gate: imported ${benchmarks.length} benchmark${benchmarks.length === 1 ? '' : 's'} from ${file} into ${out}\n`);
    return 0;
}
/** The working tree against a base ref, measured side by side in temporary worktree. */
async function cmdAb(flags, io) {
    const base = need(flags, 'base', 'ab');
    const config = loadConfigFrom(flags, io.cwd);
    const outputs = [
        ...(flags.out ? [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, flags.out), flag: '--out', tree: 'head' }] : []),
        ...(flags['out-base'] ? [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, flags['out-base']), flag: '--out-base', tree: 'base' }] : []),
    ];
    for (const o of outputs)
        (0,_baseline_output_files_js__WEBPACK_IMPORTED_MODULE_5__/* .checkWritable */ .ZB)(o.path, o.flag);
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
            for (const o of outputs)
                writeResults(o.path, o.flag, docs[o.tree]);
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
async function cmdLocal(flags, io) {
    const config = loadConfigFrom(flags, io.cwd);
    const defaultPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(config.dir, '.perf-gate', 'baseline.json');
    const baselinePath = flags.baseline !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, flags.baseline) : defaultPath;
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
            missing: flags.baseline === undefined
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
const VERB_WORDS = new Set(['run', 'compare', 'ab', 'baseline', 'import', 'help']);
function isFlagName(name) {
    return Object.hasOwn(OPTIONS, name);
}
function parse(argv) {
    // A lenient pass first, to learn the verb and see every option by name: an unknown one is then
    // named with the nearest option of that verb, not the parser's generic text.
    const loose = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
    const words = loose.positionals;
    const first = words[0] ?? '';
    const verbGuess = !VERB_WORDS.has(first) ? '' : first === 'baseline' && words[1] === 'update' ? 'baseline update' : first;
    const known = VERBS.get(verbGuess);
    const verbFlags = known ? Object.keys(known.flags) : [];
    const commonFlags = Object.keys(COMMON);
    const shownVerb = verbGuess || '(run and compare)';
    const see = `see perf-gate ${verbGuess ? `${verbGuess} ` : ''}--help`.replace('perf-gate help ', 'perf-gate ');
    for (const t of loose.tokens) {
        if (t.kind !== 'option')
            continue;
        if (!isFlagName(t.name)) {
            const guess = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .pA)(t.name, [...verbFlags, ...commonFlags]);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`perf-gate ${shownVerb}: unknown option ${t.rawName.split('=')[0]}${guess ? ` (did you mean --${guess}?)` : ''} (${see})`);
        }
        if (known && !verbFlags.includes(t.name) && !commonFlags.includes(t.name)) {
            const guess = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_6__/* .nearest */ .pA)(t.name, verbFlags);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`perf-gate ${shownVerb}: option --${t.name} does not apply here${guess ? ` (did you mean --${guess}?)` : ''} (${see})`);
        }
    }
    if (words[0] === 'help')
        return { help: helpText(words.slice(1).join(' ')) };
    if (loose.values.help) {
        const topic = words.join(' ');
        if (topic === '' || VERBS.has(topic) || topic === 'baseline')
            return { help: helpText(topic) };
        throw unknownCommand(topic);
    }
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`perf-gate ${shownVerb}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(err).split('\n')[0]} (${see})`);
    }
    const verb = parsed.positionals.join(' ');
    if (words[0] === 'baseline' && words[1] !== 'update') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz(`unknown command "perf-gate ${verb}": did you mean "perf-gate baseline update"?`);
    }
    if (!VERBS.has(verb))
        throw unknownCommand(verb);
    return { verb, flags: parsed.values };
}
async function main(argv, io) {
    if (argv[0] === _measure_protocol_js__WEBPACK_IMPORTED_MODULE_11__/* .WORKER_ARG */ .i) {
        const { runWorker } = await Promise.all(/* import() */[__nccwpck_require__.e(674), __nccwpck_require__.e(996)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5996));
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
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .InputError */ .dz) {
            io.stderr(`perf-gate: ${err.message}\n`);
            if (debug)
                io.stderr(`${err.stack}\n`);
            return 2;
        }
        io.stderr(`perf-gate: internal error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(err).split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
        if (debug)
            io.stderr(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return 2;
    }
}
/** Runs the CLI in this process with the real streams; used by bin/perf-gate.js and direct runs. */
async function runCli(argv = process.argv.slice(2)) {
    process.exitCode = await main(argv, {
        stdout: (t) => process.stdout.write(t),
        // Every message on stderr may carry a name, a path or an error text from benchmark code: on a
        // terminal or a runner log it must not move the cursor or start a workflow command.
        stderr: (t) => process.stderr.write((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeTerminal */ .en)(t)),
        // Typed as always set, but undefined when stdout is a pipe or a file.
        isTTY: process.stdout.isTTY === true,
        cwd: process.cwd(),
    });
}
function isEntryPoint() {
    if (!process.argv[1])
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1]) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isEntryPoint())
    await runCli();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ POLICY_NAMES)
/* harmony export */ });
// The names `policy.name` and `--policy` accept. A module of its own so that the CLI's entry can
// validate and describe `--policy` without loading the config schema; the policy registry
// (src/compare/policies/index.ts) holds exactly these, which a test checks.
const POLICY_NAMES = ['noise', 'percentage'];


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Go: () => (/* binding */ parseConfidence),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   vC: () => (/* binding */ MAX_THRESHOLD_PERCENT)
/* harmony export */ });
/* unused harmony exports MAX_DURATION_MS, editDistance */
/* harmony import */ var _core_checked_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5862);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_own_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6207);
// Scalar values of the config: thresholds, durations, counts. Each parser takes the raw value and a
// `where` prefix (e.g. `perf-gate.yml: benchmarks[1].threshold`, or `--threshold`) and throws a
// one-line ConfigError naming it. The CLI reuses `parseThreshold` for `--threshold`.



/** Largest accepted threshold, in percent. */
const MAX_THRESHOLD_PERCENT = 1000;
/** Largest accepted duration, ms (24 h; also keeps timers far from their 2^31 ms overflow). */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
/** How a bad value is shown after "got": strings quoted, numbers as written, containers by kind. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value;
}
const PERCENT_RE = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%?)\s*$/i;
/**
 * A threshold, returned as a fraction (10% → 0.1). The rule, one for every place a threshold is
 * given (config keys, `--threshold`, the Action's input): the value is in percent. `"10%"`, `10` and
 * `"10"` all mean 10%. A bare number below 1 is refused: `0.1` is as likely meant as a fraction
 * (10%, the way thresholds are written in code) as 0.1%, and guessing either way silently gates at
 * a hundred times the wrong level; the message asks for `10%` or `0.1%`. Range: 0% < t ≤ 1000%.
 * `where` names the source in messages: a config key path, `--threshold`, `input threshold`.
 */
function parseThreshold(value, where) {
    let percent = Number.NaN;
    let bare = false;
    if (typeof value === 'number') {
        percent = value;
        bare = true;
    }
    else if (typeof value === 'string') {
        const m = PERCENT_RE.exec(value);
        if (m) {
            percent = Number(m[1]);
            bare = m[2] !== '%';
        }
    }
    if (bare && percent > 0 && percent < 1) {
        const asFraction = Number((percent * 100).toPrecision(12));
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: ${describeValue(value)} is ambiguous: write "${asFraction}%" if you mean a fraction, or "${percent}%" (a bare number is read as percent, and below 1 it is refused)`);
    }
    if (!Number.isFinite(percent) || percent <= 0 || percent > MAX_THRESHOLD_PERCENT) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected a percentage like "10%" (0% < t ≤ ${MAX_THRESHOLD_PERCENT}%), got ${describeValue(value)}`);
    }
    // Round away binary noise from the division (12.3 / 100 = 0.12300000000000001).
    return Number((percent / 100).toPrecision(12));
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_RE = /^\s*((?:\d+(?:\.\d*)?|\.\d+))\s*(ms|s|m|h)?\s*$/;
/**
 * A duration, returned in milliseconds. A number is milliseconds; a string is a number with an
 * optional unit `ms`, `s`, `m` (minutes) or `h`: `"500ms"`, `"2s"`, `"1.5m"`. At most 24 h.
 */
function parseDuration(value, where, options = {}) {
    let ms = Number.NaN;
    if (typeof value === 'number')
        ms = value;
    else if (typeof value === 'string') {
        const m = DURATION_RE.exec(value);
        if (m)
            ms = Number(m[1]) * ((0,_core_own_js__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .eC)(DURATION_UNITS, m[2] ?? 'ms') ?? Number.NaN);
    }
    const min = options.allowZero ? 0 : Number.MIN_VALUE;
    if (!Number.isFinite(ms) || ms < min || ms > MAX_DURATION_MS) {
        const range = options.allowZero ? '0 ≤ d ≤ 24h' : '0 < d ≤ 24h';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected a duration like "500ms", "2s" or "1m" (a bare number is milliseconds; ${range}), got ${describeValue(value)}`);
    }
    return Number(ms.toPrecision(12));
}
/** A whole number ≥ `min` (and ≤ `max` when given). Strings are not accepted. */
function parseInteger(value, where, min, max) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
        const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected a whole number ${range}, got ${describeValue(value)}`);
    }
    return value;
}
/**
 * A confidence level as a fraction strictly between 0 and 1: `0.95`, or a percentage string `"95%"`.
 */
function parseConfidence(value, where) {
    let c = Number.NaN;
    if (typeof value === 'number')
        c = value;
    else if (typeof value === 'string') {
        const m = PERCENT_RE.exec(value);
        if (m && m[2] === '%')
            c = Number(m[1]) / 100;
    }
    if (!Number.isFinite(c) || c <= 0 || c >= 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: expected a confidence like 0.95 or "95%" (0 < c < 1), got ${describeValue(value)}`);
    }
    return Number(c.toPrecision(12));
}
/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions: forsk → forks = 1). */
function editDistance(a, b) {
    const cols = b.length + 1;
    // The (a.length + 1) × (b.length + 1) table, row by row; every index read below is inside it.
    const d = new Float64Array((a.length + 1) * cols);
    const at = (i, j) => (0,_core_checked_js__WEBPACK_IMPORTED_MODULE_2__/* .element */ .N)(d, i * cols + j);
    for (let i = 0; i <= a.length; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, at(i - 2, j - 2) + 1);
            d[i * cols + j] = v;
        }
    }
    return at(a.length, b.length);
}
/**
 * The candidate nearest to `input` (case-insensitive), when it is near enough to be a plausible
 * typo: distance ≤ 2, or ≤ a third of the longer word for long words.
 */
function nearest(input, candidates) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    const lower = input.toLowerCase();
    for (const c of candidates) {
        const dist = editDistance(lower, c.toLowerCase());
        if (dist < bestDistance) {
            best = c;
            bestDistance = dist;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
    return bestDistance <= limit ? best : undefined;
}


/***/ }),

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ captured),
/* harmony export */   N: () => (/* binding */ element)
/* harmony export */ });
// Reads whose presence the caller has established: an index kept within bounds, a capture group that
// takes part in every match. A miss is a bug, never data: these throw instead of letting an
// `undefined` travel on.
/** values[i] for an index the caller has kept in bounds. */
function element(values, i) {
    const v = values[i];
    if (v === undefined)
        throw new RangeError(`index ${i} outside an array of ${values.length}`);
    return v;
}
/**
 * The text of capture group `i` of `match`, a group that is not optional (no `?` or `|` around it)
 * and so takes part whenever the pattern matched.
 */
function captured(match, i) {
    const text = match[i];
    if (text === undefined)
        throw new Error(`capture group ${i} took no part in the match`);
    return text;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ DocumentError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
// Typed errors. Entry points print `message` as one line and exit 2 for these; anything else is a
// bug, and its stack is shown only with --debug.
/** Bad usage, config or input: the user can fix it. Exit code 2. */
class InputError extends Error {
    name = 'InputError';
}
/** A document (results, baseline, report) that cannot be read. */
class DocumentError extends InputError {
    name = 'DocumentError';
}
/** The config file is missing or invalid. */
class ConfigError extends InputError {
    name = 'ConfigError';
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 4536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Tx: () => (/* binding */ safeFileName),
/* harmony export */   _P: () => (/* binding */ escapeLogLine),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   kI: () => (/* binding */ tailBetweenWords),
/* harmony export */   sM: () => (/* binding */ headBetweenWords)
/* harmony export */ });
// One escaping function per medium a user-controlled string (a benchmark name, a unit, an error
// text, a config value) can reach. Each is total and idempotent enough to be applied at the sink:
// a string is escaped where it is written, never "pre-escaped" where it is produced.
/** Bidirectional overrides and isolates, zero-width and other format characters that make text read
 *  differently from what it is (U+202E turns `gpj.exe` into what looks like `exe.jpg`). */
const INVISIBLE_FORMAT = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Line breaks, including the Unicode line and paragraph separators some renderers honour. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Characters a culture-aware .NET comparison may skip (marks, format, private-use, unassigned, the
 * Hangul fillers). The runner finds workflow commands with such comparisons, so `#\u034f#[` is `##[`
 * to it, and a line led by one of these still "starts with" `::`.
 */
const SKIPPABLE = '[\\p{M}\\p{C}\\u115f\\u1160\\u3164\\uffa0]*';
const LEGACY_COMMAND = new RegExp(`#${SKIPPABLE}#${SKIPPABLE}\\[`, 'gu');
const LEADS_TO_COMMAND = new RegExp(`^(?:\\s|${SKIPPABLE.slice(0, -1)})*::`, 'u');
/**
 * One log line for a terminal or the Actions runner log: line breaks become a visible `⏎`, control
 * characters (ANSI escapes included) and invisible format characters become `?`, the legacy command
 * form `##[name]` (which the runner obeys anywhere in a line) is broken up as `# #[`, and a line that
 * would start with a workflow command (`::name::`, after leading white space) is prefixed with a
 * visible `» ` so the runner shows it instead of obeying it. The mark has to be visible: an invisible
 * one is skipped by the runner's comparison.
 */
function escapeLogLine(text) {
    const flat = text
        .replace(LINE_BREAK, ' ⏎ ')
        .replace(CONTROL, '?')
        .replace(INVISIBLE_FORMAT, '?')
        .replace(LEGACY_COMMAND, '# #[');
    return LEADS_TO_COMMAND.test(flat) ? `» ${flat}` : flat;
}
/** Text for a terminal: like a log line, but line breaks the caller wrote are kept. */
function escapeTerminal(text) {
    return text.split(/\r\n|\n/).map(escapeLogLine).join('\n');
}
/**
 * A file-name component made from user text: letters, digits, `.`, `_` and `-` only, never `.` or
 * `..`, never empty, at most `max` characters (file systems allow 255 bytes).
 */
function safeFileName(text, max = 100) {
    const cleaned = text.normalize('NFKC').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, max);
    return /^\.*$/.test(cleaned) ? `_${cleaned}` : cleaned;
}
// Markdown. GitHub renders markdown to HTML and then, on the HTML's text, finds @-mentions, #-issue
// references and bare links (`www.x.org`, `http://`, `a@b.org`). A character reference such as
// `&#64;` is decoded before that second pass, so it alone does not stop a mention: a zero-width space
// (written as a reference, so the escaped text itself holds no invisible character) after the `@`,
// the `#` or the scheme's colon, and inside `www.`, breaks every one of those patterns while the text
// still reads the same.
const ZWSP = '&#8203;';
const MARKDOWN_REFERENCES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '@': `&#64;${ZWSP}`,
    '#': `&#35;${ZWSP}`,
    ':': `&#58;${ZWSP}`,
};
/**
 * What markdown would read as syntax: HTML and table characters, emphasis, code, math and link
 * brackets, mentions and references, and the starts of autolinks (a scheme's `:` before `//`,
 * `mailto:` and `xmpp:`, and `www.` at the start of a word). A plain `:` is left alone.
 */
const MARKDOWN_SYNTAX = /[&<>|@#\\`*_[\]~$]|:(?=\/\/)|(?<=(?:mailto|xmpp)):|(?<![\p{L}\p{N}_])www\./giu;
/**
 * Escapes a user-controlled string (benchmark names, metric names, units, error texts, notes that
 * quote them, config strings) for GitHub markdown, including inside a table cell: one line, no HTML,
 * no emphasis, code, math or links, no table breaks, no @-mentions, #-references or autolinks, and
 * no control or invisible format characters (bidi overrides become `?`).
 */
function escapeMarkdown(text) {
    // One pass over the characters, so the references it writes are never escaped again.
    return text
        .replace(LINE_BREAK, ' ')
        .replace(/\t/g, ' ')
        .replace(CONTROL, '?')
        .replace(INVISIBLE_FORMAT, '?')
        .replace(MARKDOWN_SYNTAX, (c) => (c.length > 1 ? `${c.slice(0, 3)}${ZWSP}.` : (MARKDOWN_REFERENCES[c] ?? `\\${c}`)));
}
/**
 * The first at most `max` characters of `text`, cut only between words (a run of non-space
 * characters the cut would split is left out whole, and `…` marks the cut). A secret inside the text
 * then survives whole, where redaction recognises it, or not at all: never as a fragment.
 */
function headBetweenWords(text, max) {
    if (text.length <= max)
        return text;
    const room = text.slice(0, Math.max(0, max - 1));
    const cut = /\s\S*$/.exec(room);
    return `${(cut ? room.slice(0, cut.index) : '').trimEnd()}…`;
}
/** The last at most `max` characters of `text`, cut only between words (see `headBetweenWords`). */
function tailBetweenWords(text, max) {
    if (text.length <= max)
        return text;
    const room = text.slice(text.length - Math.max(0, max - 1));
    const cut = /^\S*\s/.exec(room);
    return `…${cut ? room.slice(cut[0].length).trimStart() : ''}`;
}


/***/ }),

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   aE: () => (/* binding */ hasOwnKey),
/* harmony export */   eC: () => (/* binding */ ownValue)
/* harmony export */ });
// Lookups and writes on records keyed by user-supplied names (metrics, benchmarks, flags). A plain
// `record[name]` reads through the prototype: a metric named `constructor` or `valueOf` would find
// a function, and a write to `__proto__` would replace the prototype instead of storing a value.
/** The record's own value for `key`; never an inherited member. */
function ownValue(record, key) {
    return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Stores `value` as an own, enumerable property, even for `__proto__`. */
function setOwn(record, key, value) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
/** Whether the record has `key` of its own. */
function hasOwnKey(record, key) {
    return record != null && Object.hasOwn(record, key);
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ BASELINE_KIND),
/* harmony export */   KP: () => (/* binding */ REPORT_KIND),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   mU: () => (/* binding */ RESULTS_KIND)
/* harmony export */ });
const RESULTS_KIND = 'perf-gate/results';
const BASELINE_KIND = 'perf-gate/baseline';
const REPORT_KIND = 'perf-gate/report';
/** Major.minor. Readers accept any minor of a major they know and reject unknown majors. */
const SCHEMA_VERSION = '1.0';


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ packageVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// perf-gate's own version, read from the package.json beside the sources (src/…) or the bundle (dist/…).

/** Looks up from the calling module: `moduleUrl` is its import.meta.url. */
function packageVersion(moduleUrl) {
    for (const rel of ['../package.json', '../../package.json', '../../../package.json']) {
        try {
            const pkg = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(new URL(rel, moduleUrl), 'utf8'));
            if (pkg.name === 'perf-gate' && typeof pkg.version === 'string')
                return pkg.version;
        }
        catch {
            // try the next location
        }
    }
    return '0.0.0';
}


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ RESERVOIR_SIZE),
/* harmony export */   i: () => (/* binding */ WORKER_ARG)
/* harmony export */ });
/** Raw values kept per benchmark and fork in the results document. */
const RESERVOIR_SIZE = 256;
/** The first argument that starts an entry point (CLI or Action bundle) as a measuring worker. */
const WORKER_ARG = '__perf-gate-worker';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 3119:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:inspector/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ var __webpack_exports__runCli = __webpack_exports__.a;
/******/ export { __webpack_exports__main as main, __webpack_exports__runCli as runCli };
/******/ 
