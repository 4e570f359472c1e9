import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ writeTextAtomic),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   ah: () => (/* binding */ appendRun),
/* harmony export */   fC: () => (/* binding */ readBaselineOrResults),
/* harmony export */   gK: () => (/* binding */ compatibilityWarnings),
/* harmony export */   oK: () => (/* binding */ DEFAULT_KEEP),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* unused harmony exports RUNS_WITH_SAMPLES, toJson, validateResults, parseResults, parseBaselineOrResults, newHistory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4296);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3054);
// Reading, validating and writing the JSON documents (results, baseline history, report).
// Readers are strict: a document that does not have the shape we need is rejected with one line
// naming the file and the field, never half-trusted.




const DEFAULT_KEEP = 20;
/**
 * Raw-sample reservoirs are kept for the newest few runs of a history only: the verdict uses
 * per-fork values (always kept), and 20 runs × 100 benchmarks of reservoirs would make every cache
 * entry tens of megabytes.
 */
const RUNS_WITH_SAMPLES = 3;
const KNOWN_MAJOR = _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$.split('.')[0];
/** Writes JSON to a temp file beside the target and renames it: readers never see half a file. */
function writeJsonAtomic(path, value) {
    writeTextAtomic(path, toJson(value));
}
/**
 * Indented JSON, except that arrays of numbers (samples, per-fork values) stay on one line: a
 * reservoir of 256 values would otherwise take 256 lines and three times the bytes.
 */
function toJson(value) {
    // Only an array opened by a line break is touched: JSON strings cannot hold a raw line break, so
    // the text of a name like "a[1,  2]" is never rewritten.
    const numbers = /\[\n\s*(-?[\d.eE+-]+(?:,\n\s*-?[\d.eE+-]+)*)\n\s*\]/g;
    return JSON.stringify(value, null, 2).replace(numbers, (_, items) => `[${items.replace(/,\n\s*/g, ', ')}]`) + '\n';
}
function writeTextAtomic(path, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw err;
    }
}
function readText(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${path}: file not found`);
        if (code === 'EISDIR')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${path}: is a directory, expected a JSON file`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${path}: cannot read: ${err.message}`);
    }
}
function parseJson(text, label) {
    if (text.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: file is empty, expected a perf-gate JSON document`);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const reason = err.message.replace(/\s+/g, ' ');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: not valid JSON (truncated or corrupted?): ${reason}`);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function checkVersion(doc, label) {
    const v = doc.schemaVersion;
    if (typeof v !== 'string' && typeof v !== 'number') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: missing "schemaVersion", expected a perf-gate document`);
    }
    const major = String(v).split('.')[0];
    if (major !== KNOWN_MAJOR) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: schemaVersion "${v}" is not supported (this perf-gate reads ${KNOWN_MAJOR}.x); upgrade perf-gate or regenerate the file`);
    }
}
/** Validates a parsed results document; `where` prefixes messages (file and, in a history, the run). */
function validateResults(value, where) {
    if (!isObject(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${where}: expected a JSON object`);
    checkVersion(value, where);
    if (value.kind !== _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_KIND */ .mU) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${where}: "kind" is ${JSON.stringify(value.kind)}, expected "${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_KIND */ .mU}"`);
    }
    if (!Array.isArray(value.benchmarks))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${where}: missing "benchmarks" array`);
    const seen = new Set();
    value.benchmarks.forEach((b, i) => {
        const at = `${where}: benchmarks[${i}]`;
        if (!isObject(b))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${at}: expected an object`);
        if (typeof b.name !== 'string' || b.name === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${at}.name: expected a non-empty string`);
        if (seen.has(b.name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${at}.name: duplicate benchmark name "${b.name}"`);
        seen.add(b.name);
        if (!isObject(b.metrics))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${at}.metrics: expected an object`);
        if (b.status === 'error')
            return;
        for (const [metric, m] of Object.entries(b.metrics)) {
            const mat = `${at} ("${b.name}").metrics.${metric}`;
            if (!isObject(m))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${mat}: expected an object with value and unit`);
            if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${mat}.value: expected a finite number, got ${JSON.stringify(m.value)}`);
            }
            if (typeof m.unit !== 'string')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${mat}.unit: expected a string`);
            if (m.direction !== 'lower' && m.direction !== 'higher') {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${mat}.direction: expected "lower" or "higher"`);
            }
        }
    });
    if (!isObject(value.machine))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${where}: missing "machine" object`);
    if (typeof value.configHash !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${where}: missing "configHash" string`);
    return value;
}
function parseResults(text, label) {
    return validateResults(parseJson(text, label), label);
}
function readResults(path) {
    return parseResults(readText(path), path);
}
/**
 * Parses a baseline history, or a single results document (taken as a history of one run): both are
 * accepted wherever a baseline is expected.
 */
function parseBaselineOrResults(text, label) {
    const value = parseJson(text, label);
    if (!isObject(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: expected a JSON object`);
    checkVersion(value, label);
    if (value.kind === _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_KIND */ .mU)
        return newHistory([validateResults(value, label)]);
    if (value.kind !== _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_KIND */ .$B) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: "kind" is ${JSON.stringify(value.kind)}, expected "${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_KIND */ .$B}" or "${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_KIND */ .mU}"`);
    }
    if (!Array.isArray(value.runs))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`${label}: missing "runs" array`);
    const runs = value.runs.map((r, i) => validateResults(r, `${label}: runs[${i}]`));
    const notes = Array.isArray(value.notes) ? value.notes.filter((n) => typeof n === 'string') : [];
    return { schemaVersion: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$, kind: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_KIND */ .$B, runs, notes };
}
function readBaselineOrResults(path) {
    return parseBaselineOrResults(readText(path), path);
}
function newHistory(runs = []) {
    return { schemaVersion: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$, kind: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_KIND */ .$B, runs, notes: [] };
}
function describeMachine(m) {
    return `${m.cpu} ×${m.cores}, ${m.os} ${m.arch}, Node ${m.node}`;
}
/**
 * Differences between a run and the history it is compared with or appended to: a changed suite or
 * machine makes the comparison weaker, and the user must hear about it.
 */
function compatibilityWarnings(history, run) {
    const newest = history.runs.at(-1);
    if (!newest)
        return [];
    const warnings = [];
    if (newest.configHash !== run.configHash) {
        warnings.push(`the config changed since the newest baseline run (config hash ${newest.configHash.slice(0, 12)} → ${run.configHash.slice(0, 12)}): benchmarks whose settings changed are compared across different setups`);
    }
    const a = describeMachine(newest.machine);
    const b = describeMachine(run.machine);
    if (a !== b)
        warnings.push(`the machine differs from the baseline's (${a} → ${b}): differences may come from the machine, not the code`);
    return warnings;
}
/**
 * Appends a run to a history (a new one when absent), keeping the newest `keep` runs. Returns the
 * warnings about a changed config or machine, which are also recorded in the history's notes.
 */
function appendRun(history, results, keep = DEFAULT_KEEP) {
    if (!Number.isInteger(keep) || keep < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DocumentError */ .Mi(`--keep: expected a whole number ≥ 1, got ${keep}`);
    const base = history ?? newHistory();
    const warnings = compatibilityWarnings(base, results);
    const stamp = results.git.commit ? `run of ${results.git.commit.slice(0, 12)}` : `run of ${results.createdAt}`;
    const notes = [...(base.notes ?? []), ...warnings.map((w) => `${stamp}: ${w}`)].slice(-keep);
    const runs = [...base.runs, results]
        .slice(-keep)
        .map((run, i, all) => (i < all.length - RUNS_WITH_SAMPLES ? withoutSamples(run) : run));
    return { history: { schemaVersion: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$, kind: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .BASELINE_KIND */ .$B, runs, notes }, warnings };
}
function withoutSamples(run) {
    if (!run.benchmarks.some((b) => b.samples))
        return run;
    return { ...run, benchmarks: run.benchmarks.map(({ samples: _dropped, ...rest }) => rest) };
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(953);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(591);
/* harmony import */ var _compare_policies_index_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3283);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7163);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(131);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(4296);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(3323);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_17__ = __nccwpck_require__(3054);
/* harmony import */ var _measure_index_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(3502);
/* harmony import */ var _measure_protocol_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(3582);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(5165);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(2794);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(4285);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(7496);
// The CLI entry point: parses arguments, composes the pipeline with file-based adapters, prints.
// Exit codes: 0 no regression, 1 regression (or a failed benchmark), 2 bad usage, config or input.


















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
};
/** The verbs and the flags each accepts: anything else is a usage error, not silently ignored. */
const VERBS = {
    '': ['config', 'baseline', 'filter', 'update-baseline', 'threshold', 'json', 'markdown'],
    run: ['config', 'out', 'filter'],
    compare: ['baseline', 'current', 'config', 'threshold', 'policy', 'json', 'markdown'],
    'baseline update': ['baseline', 'results', 'keep'],
    import: ['format', 'file', 'out'],
};
const COMMON = ['debug', 'color', 'no-color', 'help', 'version'];
function toolVersion() {
    return (0,_core_version_js__WEBPACK_IMPORTED_MODULE_9__/* .packageVersion */ .T)(import.meta.url);
}
function need(flags, name, verb) {
    const v = flags[name];
    if (typeof v !== 'string' || v === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`perf-gate ${verb}: --${name} FILE is required (see perf-gate --help)`);
    return v;
}
function workerCommand() {
    // The CLI spawns itself as the worker, so the same file works from src/, the bundle or npx.
    return [process.execPath, (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url), _measure_protocol_js__WEBPACK_IMPORTED_MODULE_15__/* .WORKER_ARG */ .i];
}
function loadConfigFrom(flags, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, flags.config ?? DEFAULT_CONFIG);
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfig */ .Z9)(path, flags.threshold !== undefined ? { threshold: flags.threshold } : undefined);
}
function writeReports(report, flags, cwd) {
    if (flags.json)
        (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, flags.json), (0,_report_json_js__WEBPACK_IMPORTED_MODULE_16__/* .renderJson */ .h)(report));
    if (flags.markdown)
        (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .writeTextAtomic */ .Q)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, flags.markdown), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .renderMarkdown */ .n)(report));
}
function printReport(report, flags, io) {
    const color = flags['no-color'] || process.env.NO_COLOR ? false : (flags.color ?? io.isTTY);
    io.stdout((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_13__/* .renderTerminal */ .b)(report, { color }));
}
function exitCodeFor(report, settings) {
    return (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_5__/* .failsGate */ .FW)(report, settings.failOnInconclusive) ? 1 : 0;
}
async function cmdRun(flags, io) {
    const config = loadConfigFrom(flags, io.cwd);
    const { measure } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3502));
    const results = await measure(config, { workerCommand: workerCommand(), filter: filterOf(flags), toolVersion: toolVersion() });
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, flags.out ?? DEFAULT_RESULTS);
    (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(out, results);
    const failed = results.benchmarks.filter((b) => b.status === 'error');
    for (const b of failed)
        io.stderr(`perf-gate: benchmark "${b.name}" failed: ${b.error}\n`);
    io.stderr(`perf-gate: wrote ${results.benchmarks.length} benchmark results to ${out}\n`);
    return failed.length > 0 ? 1 : 0;
}
function filterOf(flags) {
    if (flags.filter === undefined)
        return undefined;
    try {
        return new RegExp(flags.filter);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`--filter: not a valid regular expression: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .errorMessage */ .gJ)(err)}`);
    }
}
async function cmdCompare(flags, io) {
    const history = (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readBaselineOrResults */ .fC)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, need(flags, 'baseline', 'compare')));
    const current = (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, need(flags, 'current', 'compare')));
    let report;
    let settings;
    if (flags.config) {
        ({ report, settings } = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_11__/* .compareWithConfig */ .sc)(history, current, loadConfigFrom(flags, io.cwd), flags.policy));
    }
    else {
        const policy = (0,_compare_policies_index_js__WEBPACK_IMPORTED_MODULE_6__/* .createPolicy */ .BV)({ ..._config_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULTS */ .zY.policy, name: (flags.policy ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULTS */ .zY.policy.name) });
        const threshold = flags.threshold !== undefined ? (0,_config_load_js__WEBPACK_IMPORTED_MODULE_7__/* .parseThreshold */ .B7)(flags.threshold, '--threshold') : undefined;
        settings = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultSettings */ .L6)(policy, threshold);
        report = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_5__/* .compare */ .UD)(history, current, settings);
    }
    writeReports(report, flags, io.cwd);
    printReport(report, flags, io);
    return exitCodeFor(report, settings);
}
function cmdBaselineUpdate(flags, io) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, need(flags, 'baseline', 'baseline update'));
    const results = (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readResults */ .x8)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, need(flags, 'results', 'baseline update')));
    const keep = flags.keep === undefined ? _baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_KEEP */ .oK : Number(flags.keep);
    if (!Number.isInteger(keep) || keep < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`--keep: expected a whole number ≥ 1, got "${flags.keep}"`);
    const existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) ? (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readBaselineOrResults */ .fC)(path) : null;
    const { history, warnings } = (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .appendRun */ .ah)(existing, results, keep);
    for (const w of warnings)
        io.stderr(`perf-gate: warning: ${w}\n`);
    (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(path, history);
    io.stderr(`perf-gate: baseline ${path} now holds ${history.runs.length} run${history.runs.length === 1 ? '' : 's'}\n`);
    return 0;
}
async function cmdImport(flags, io) {
    const format = need(flags, 'format', 'import');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, need(flags, 'file', 'import'));
    const { importFile } = await __nccwpck_require__.e(/* import() */ 153).then(__nccwpck_require__.bind(__nccwpck_require__, 153));
    // Recorded as given relative to the working directory, so documents do not carry a machine's paths.
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, file);
    const benchmarks = importFile(format, shown.startsWith('..') ? file : shown);
    const doc = {
        schemaVersion: _core_types_js__WEBPACK_IMPORTED_MODULE_17__/* .SCHEMA_VERSION */ .f$,
        kind: _core_types_js__WEBPACK_IMPORTED_MODULE_17__/* .RESULTS_KIND */ .mU,
        createdAt: new Date().toISOString(),
        tool: { name: 'perf-gate', version: toolVersion() },
        git: process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {},
        configHash: `import:${format}`,
        machine: (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_10__/* .machineFingerprint */ .Wh)(),
        benchmarks,
    };
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, flags.out ?? DEFAULT_RESULTS);
    (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(out, doc);
    io.stderr(`perf-gate: imported ${benchmarks.length} benchmark${benchmarks.length === 1 ? '' : 's'} from ${file} into ${out}\n`);
    return 0;
}
/** The local default: run, compare with the baseline file when there is one, optionally record. */
async function cmdLocal(flags, io) {
    const config = loadConfigFrom(flags, io.cwd);
    const baselinePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, flags.baseline ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.dir, '.perf-gate', 'baseline.json'));
    const history = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(baselinePath) ? (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readBaselineOrResults */ .fC)(baselinePath) : null;
    const { results, report, settings } = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_11__/* .measureAndCompare */ .RV)(config, history, {
        workerCommand: workerCommand(),
        filter: filterOf(flags),
        toolVersion: toolVersion(),
        log: (line) => io.stderr(`perf-gate: ${line}\n`),
    });
    writeReports(report, flags, io.cwd);
    io.stderr('\n');
    printReport(report, flags, io);
    if (flags['update-baseline']) {
        const { history: updated, warnings } = (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .appendRun */ .ah)(history, results);
        for (const w of warnings)
            io.stderr(`perf-gate: warning: ${w}\n`);
        (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(baselinePath, updated);
        io.stderr(`perf-gate: recorded this run in ${baselinePath} (${updated.runs.length} run${updated.runs.length === 1 ? "" : "s"})\n`);
    }
    else if (!history) {
        io.stderr(`perf-gate: no baseline at ${baselinePath}; run again with --update-baseline to record one\n`);
    }
    return exitCodeFor(report, settings);
}
function parse(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .errorMessage */ .gJ)(err).split('\n')[0]} (see perf-gate --help)`);
    }
    const words = parsed.positionals;
    const verb = words.join(' ');
    if (words[0] === 'baseline' && words[1] !== 'update') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`unknown command "perf-gate ${verb}": did you mean "perf-gate baseline update"?`);
    }
    if (!(verb in VERBS))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`unknown command "${verb}" (commands: run, compare, baseline update, import; see perf-gate --help)`);
    const flags = parsed.values;
    const allowed = new Set([...VERBS[verb], ...COMMON]);
    for (const key of Object.keys(flags)) {
        if (!allowed.has(key))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz(`perf-gate ${verb || '(run and compare)'}: option --${key} does not apply here (see perf-gate --help)`);
    }
    return { verb, flags };
}
async function main(argv, io) {
    if (argv[0] === _measure_protocol_js__WEBPACK_IMPORTED_MODULE_15__/* .WORKER_ARG */ .i) {
        await (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_10__/* .runWorker */ .WY)(argv.slice(1));
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
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .InputError */ .dz) {
            io.stderr(`perf-gate: ${err.message}\n`);
            if (debug)
                io.stderr(`${err.stack}\n`);
            return 2;
        }
        io.stderr(`perf-gate: internal error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_14__/* .errorMessage */ .gJ)(err).split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
        if (debug)
            io.stderr(`${err?.stack ?? err}\n`);
        return 2;
    }
}
/** Runs the CLI in this process with the real streams; used by bin/perf-gate.js and direct runs. */
async function runCli(argv = process.argv.slice(2)) {
    process.exitCode = await main(argv, {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        isTTY: !!process.stdout.isTTY,
        cwd: process.cwd(),
    });
}
function isEntryPoint() {
    if (!process.argv[1])
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1]) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
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

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ failsGate),
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   m5: () => (/* binding */ settingsFromConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_THRESHOLD, thresholdFor */
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3010);
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6806);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3054);
/* harmony import */ var _baseline_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(953);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7994);





const DEFAULT_THRESHOLD = 0.1;
function settingsFromConfig(config, policy) {
    return {
        threshold: config.threshold,
        metricThresholds: config.metricThresholds,
        metrics: config.metrics,
        benchmarks: config.benchmarks.map((b) => ({
            name: b.name,
            threshold: b.threshold,
            metricThresholds: b.metricThresholds,
            metrics: b.metrics,
        })),
        policy,
        failOnInconclusive: config.policy.failOnInconclusive,
    };
}
function defaultSettings(policy, threshold = DEFAULT_THRESHOLD) {
    return {
        threshold,
        metricThresholds: {},
        metrics: [..._core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATED_METRICS */ .yJ],
        benchmarks: [],
        policy,
        failOnInconclusive: false,
    };
}
function overridesFor(settings, resultName) {
    return settings.benchmarks.find((b) => resultName === b.name || resultName.startsWith(`${b.name}/`));
}
/** Most specific first: benchmark per-metric, benchmark, global per-metric, global. */
function thresholdFor(settings, benchmark, metric) {
    const o = overridesFor(settings, benchmark);
    return (o?.metricThresholds?.[metric] ?? o?.threshold ?? settings.metricThresholds[metric] ?? settings.threshold);
}
function gatedMetricsFor(settings, benchmark) {
    return overridesFor(settings, benchmark)?.metrics ?? settings.metrics;
}
/** The plain relative change of a value (current / baseline − 1) from a worse-is-positive change. */
function plainChange(worse, direction) {
    return direction === 'lower' ? worse : -worse;
}
function plainInterval(i, direction) {
    if (!i)
        return undefined;
    const a = plainChange(i[0], direction);
    const b = plainChange(i[1], direction);
    return a <= b ? [a, b] : [b, a];
}
const EMPTY_COUNTS = () => ({
    regression: 0,
    improvement: 0,
    unchanged: 0,
    inconclusive: 0,
    new: 0,
    missing: 0,
    error: 0,
});
function currentOnlyMetrics(b, settings) {
    const gated = gatedMetricsFor(settings, b.name);
    const out = {};
    for (const [name, m] of Object.entries(b.metrics)) {
        out[name] = {
            unit: m.unit,
            direction: m.direction,
            baseline: null,
            current: m.value,
            change: null,
            verdict: 'informational',
            gated: gated.includes(name) && m.supported !== false,
            threshold: thresholdFor(settings, b.name, name),
        };
    }
    return out;
}
function compare(history, current, settings) {
    const runs = history?.runs ?? [];
    const newest = runs.at(-1);
    const warnings = history && newest ? (0,_baseline_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .compatibilityWarnings */ .gK)(history, current) : [];
    const benchmarks = [];
    const pending = [];
    for (const b of current.benchmarks) {
        if (b.status === 'error') {
            benchmarks.push({ name: b.name, verdict: 'error', error: b.error ?? 'failed', metrics: {} });
            continue;
        }
        // Runs of the history in which this benchmark succeeded, oldest first.
        const baselineRuns = runs
            .map((r) => r.benchmarks.find((x) => x.name === b.name))
            .filter((x) => !!x && x.status !== 'error');
        if (baselineRuns.length === 0) {
            benchmarks.push({ name: b.name, verdict: 'new', evidence: b.evidence, metrics: currentOnlyMetrics(b, settings) });
            continue;
        }
        const report = { name: b.name, verdict: 'unchanged', evidence: b.evidence, metrics: {} };
        const gated = gatedMetricsFor(settings, b.name);
        const cases = [];
        const unusable = [];
        for (const [name, m] of Object.entries(b.metrics)) {
            const threshold = thresholdFor(settings, b.name, name);
            const values = baselineRuns.map((r) => r.metrics[name]).filter((x) => x !== undefined);
            const last = values.at(-1);
            const metricReport = {
                unit: m.unit,
                direction: m.direction,
                baseline: last?.value ?? null,
                current: m.value,
                change: last && last.value !== 0 ? m.value / last.value - 1 : null,
                verdict: 'informational',
                gated: false,
                threshold,
            };
            report.metrics[name] = metricReport;
            if (!gated.includes(name) || !last)
                continue;
            if (m.supported === false) {
                metricReport.note = unsupportedNote(name, m);
                continue;
            }
            if (last.unit !== m.unit) {
                metricReport.note = `not gated: the baseline measured ${name} in ${last.unit}, this run in ${m.unit}`;
                continue;
            }
            if (values.some((v) => !(v.value > 0)) || !(m.value >= 0)) {
                unusable.push(`${name} has a baseline value of ${values.find((v) => !(v.value > 0))?.value ?? m.value}`);
                continue;
            }
            metricReport.gated = true;
            cases.push({
                report: metricReport,
                kase: {
                    benchmark: b.name,
                    metric: name,
                    unit: m.unit,
                    direction: m.direction,
                    threshold,
                    current: { value: m.value, forks: m.forks && m.forks.length > 0 ? m.forks : [m.value] },
                    baseline: {
                        runs: values.map((v) => v.value),
                        runForks: values.map((v) => (v.forks && v.forks.length > 0 ? v.forks : [v.value])),
                    },
                    fromAggregates: b.evidence === 'aggregates' || undefined,
                },
            });
        }
        if (unusable.length > 0) {
            // A relative change from zero is undefined: the benchmark cannot be judged, and saying
            // "unchanged" would be a lie.
            benchmarks.push({
                name: b.name,
                verdict: 'error',
                error: `cannot compare: ${unusable.join('; ')} (a relative change needs a positive baseline)`,
                evidence: b.evidence,
                metrics: report.metrics,
            });
            continue;
        }
        benchmarks.push(report);
        pending.push({ bench: report, cases });
    }
    const allCases = pending.flatMap((p) => p.cases);
    const decisions = allCases.length > 0 ? settings.policy.decide(allCases.map((c) => c.kase)) : [];
    allCases.forEach((c, i) => applyDecision(c, decisions[i]));
    for (const p of pending)
        p.bench.verdict = benchmarkVerdict(p.cases.map((c) => c.report.verdict));
    if (newest) {
        for (const b of newest.benchmarks) {
            if (!current.benchmarks.some((c) => c.name === b.name)) {
                benchmarks.push({ name: b.name, verdict: 'missing', evidence: b.evidence, metrics: {} });
            }
        }
    }
    const counts = EMPTY_COUNTS();
    for (const b of benchmarks)
        counts[b.verdict]++;
    const verdict = overallVerdict(counts, !newest);
    return {
        schemaVersion: _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f$,
        kind: _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_KIND */ .KP,
        verdict,
        summary: (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryLine */ .d)({ verdict, benchmarks, counts, threshold: settings.threshold }),
        policy: {
            name: settings.policy.name,
            description: settings.policy.describe(),
            baselineSource: settings.policy.baselineSource,
        },
        threshold: settings.threshold,
        gatedMetrics: [...settings.metrics],
        baseline: newest
            ? { runs: runs.length, commit: newest.git.commit, createdAt: newest.createdAt, machine: newest.machine }
            : null,
        current: { commit: current.git.commit, createdAt: current.createdAt, machine: current.machine },
        warnings,
        counts,
        benchmarks,
    };
}
function applyDecision(c, d) {
    if (!d)
        throw new Error(`policy returned no decision for ${c.kase.benchmark} ${c.kase.metric}`);
    const r = c.report;
    r.verdict = d.verdict;
    r.baseline = d.baseline;
    r.change = plainChange(d.change, c.kase.direction);
    const interval = plainInterval(d.interval, c.kase.direction);
    if (interval)
        r.interval = interval;
    if (d.minimumDetectableChange !== undefined)
        r.minimumDetectableChange = d.minimumDetectableChange;
    if (d.moreForksHelp !== undefined)
        r.moreForksHelp = d.moreForksHelp;
    if (d.note)
        r.note = d.note;
}
function benchmarkVerdict(verdicts) {
    if (verdicts.includes('regression'))
        return 'regression';
    if (verdicts.includes('inconclusive'))
        return 'inconclusive';
    if (verdicts.includes('improvement'))
        return 'improvement';
    return 'unchanged';
}
/**
 * Regression beats everything; a failed benchmark comes next because it could hide a regression;
 * without any baseline run nothing can be judged.
 */
function overallVerdict(counts, noBaseline) {
    if (counts.regression > 0)
        return 'regression';
    if (counts.error > 0)
        return 'error';
    if (noBaseline)
        return 'no-baseline';
    if (counts.inconclusive > 0)
        return 'inconclusive';
    return 'pass';
}
/** Whether a report's verdict fails the gate (exit code 1, failed step). */
function failsGate(report, failOnInconclusive) {
    return (report.verdict === 'regression' || report.verdict === 'error' || (failOnInconclusive && report.verdict === 'inconclusive'));
}
/** Why a tail metric is not gated: each fork's estimate rests on that fork's samples alone. */
function unsupportedNote(name, m) {
    const q = (0,_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .nativeMetric */ .mL)(name)?.quantile;
    if (q === undefined || q <= 0.5)
        return `not gated: ${m.n ?? 'too few'} samples cannot support ${name}`;
    const perFork = (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_4__/* .samplesRequired */ .$$)(q);
    const forks = m.forks?.length ?? 1;
    const have = m.n === undefined ? '' : ` (this run: ${m.n} in ${forks} fork${forks === 1 ? '' : 's'})`;
    return `not gated: ${name} needs ${perFork} samples in every fork${have}`;
}


/***/ }),

/***/ 3283:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BV: () => (/* binding */ createPolicy)
});

// UNUSED EXPORTS: POLICIES, POLICY_NAMES, noisePolicy, percentagePolicy

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
;// CONCATENATED MODULE: ./src/stats/distributions.ts
// Distribution functions that simple-statistics lacks: the normal quantile to full double precision,
// Student's t and Fisher's F distributions (any real degrees of freedom, as Welch–Satterthwaite
// produces), and the special functions beneath them. Pure functions, no state.
//
// Methods: log-gamma by the Lanczos approximation (g = 7, 9 terms); the regularised incomplete gamma
// and beta functions by their power series and continued fractions (modified Lentz); the normal
// quantile by Acklam's rational approximation polished with Newton steps on the exact CDF; the t
// quantile by safeguarded Newton iteration on the t CDF. Accuracy (tested against scipy): about 1e-12
// relative for the CDFs in the range used, 1e-9 for the quantiles.
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0. */
function logGamma(x) {
    if (!(x > 0))
        throw new RangeError(`logGamma needs x > 0, got ${x}`);
    if (x < 0.5) {
        // Reflection: Γ(x)Γ(1-x) = π / sin(πx).
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** ln B(a, b). */
function logBeta(a, b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}
const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 10_000;
/** Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0. */
function regularizedGammaP(a, x) {
    if (!(a > 0) || !(x >= 0))
        throw new RangeError(`regularizedGammaP needs a > 0 and x >= 0`);
    if (x === 0)
        return 0;
    if (x < a + 1)
        return gammaSeries(a, x);
    return 1 - gammaContinuedFraction(a, x);
}
/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x). */
function regularizedGammaQ(a, x) {
    if (!(a > 0) || !(x >= 0))
        throw new RangeError(`regularizedGammaQ needs a > 0 and x >= 0`);
    if (x === 0)
        return 1;
    if (x < a + 1)
        return 1 - gammaSeries(a, x);
    return gammaContinuedFraction(a, x);
}
function gammaSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITER; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function gammaContinuedFraction(a, x) {
    // Modified Lentz on Q(a, x) = e^{-x} x^a / Γ(a) · 1/(x+1-a- 1·(1-a)/(x+3-a- 2·(2-a)/(x+5-a- …))).
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** Regularised incomplete beta I_x(a, b) for a, b > 0 and x in [0, 1]. */
function regularizedBeta(x, a, b) {
    if (!(a > 0) || !(b > 0))
        throw new RangeError(`regularizedBeta needs a, b > 0`);
    if (!(x >= 0 && x <= 1))
        throw new RangeError(`regularizedBeta needs x in [0, 1], got ${x}`);
    if (x === 0)
        return 0;
    if (x === 1)
        return 1;
    const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(x, a, b)) / a;
    return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
function betaContinuedFraction(x, a, b) {
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m < MAX_ITER; m++) {
        const m2 = 2 * m;
        // Even step.
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        // Odd step.
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return h;
}
/** Standard normal CDF Φ(x). */
function normalCdf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x === Infinity)
        return 1;
    if (x === -Infinity)
        return 0;
    // Φ(x) = ½·erfc(-x/√2), and erfc(z) = Q(½, z²) for z ≥ 0.
    const z = x / Math.SQRT2;
    const tail = 0.5 * regularizedGammaQ(0.5, z * z);
    return x >= 0 ? 1 - tail : tail;
}
/** Upper tail of the standard normal, 1 - Φ(x), accurate far into the tail. */
function normalSf(x) {
    return normalCdf(-x);
}
const ACKLAM_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const ACKLAM_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const ACKLAM_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
/** Standard normal quantile Φ⁻¹(p) for p in (0, 1); ±Infinity at 0 and 1. */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`normalQuantile needs p in [0, 1], got ${p}`);
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    const pLow = 0.02425;
    let x;
    if (p < pLow) {
        const q = Math.sqrt(-2 * Math.log(p));
        x = (((((ACKLAM_C[0] * q + ACKLAM_C[1]) * q + ACKLAM_C[2]) * q + ACKLAM_C[3]) * q + ACKLAM_C[4]) * q + ACKLAM_C[5]) /
            ((((ACKLAM_D[0] * q + ACKLAM_D[1]) * q + ACKLAM_D[2]) * q + ACKLAM_D[3]) * q + 1);
    }
    else {
        const q = p - 0.5;
        const r = q * q;
        x = ((((((ACKLAM_A[0] * r + ACKLAM_A[1]) * r + ACKLAM_A[2]) * r + ACKLAM_A[3]) * r + ACKLAM_A[4]) * r + ACKLAM_A[5]) * q) /
            (((((ACKLAM_B[0] * r + ACKLAM_B[1]) * r + ACKLAM_B[2]) * r + ACKLAM_B[3]) * r + ACKLAM_B[4]) * r + 1);
    }
    // Polish: Newton on Φ(x) = p (the approximation's 1e-9 relative error becomes ~1e-15).
    for (let i = 0; i < 3; i++) {
        const err = normalCdf(x) - p;
        const pdf = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        if (pdf === 0)
            break;
        const step = err / pdf;
        x -= step / (1 + (x * step) / 2); // Halley's correction
        if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
function checkDf(df, name = 'df') {
    if (!(df > 0))
        throw new RangeError(`${name} must be > 0, got ${df}`);
}
/** CDF of Student's t distribution with `df` (real, > 0) degrees of freedom. df = Infinity → normal. */
function studentTCdf(t, df) {
    checkDf(df);
    if (Number.isNaN(t))
        return NaN;
    if (df === Infinity)
        return normalCdf(t);
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    // P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½).
    const x = df / (df + t * t);
    const twoTail = regularizedBeta(x, df / 2, 0.5);
    return t >= 0 ? 1 - twoTail / 2 : twoTail / 2;
}
/** Upper tail P(T > t), accurate for small p-values. */
function studentTSf(t, df) {
    return studentTCdf(-t, df);
}
/** Quantile of Student's t: the x with P(T ≤ x) = p. */
function studentTQuantile(p, df) {
    checkDf(df);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`studentTQuantile needs p in [0, 1], got ${p}`);
    if (df === Infinity)
        return normalQuantile(p);
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    // Upper half: find x > 0 with sf(x) = 1 - p, working on the tail for precision.
    const target = 1 - p;
    let lo = 0;
    let hi = Math.max(1, normalQuantile(p));
    while (studentTSf(hi, df) > target) {
        lo = hi;
        hi *= 2;
        if (hi > 1e300)
            return Infinity;
    }
    let x = Math.min(Math.max(normalQuantile(p), lo), hi);
    const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    for (let i = 0; i < 200; i++) {
        const f = studentTSf(x, df) - target; // decreasing in x
        if (f > 0)
            lo = x;
        else
            hi = x;
        const pdf = Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((x * x) / df));
        let next = pdf > 0 ? x + f / pdf : NaN;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2; // Newton left the bracket: bisect
        if (Math.abs(next - x) <= 1e-14 * Math.max(1, Math.abs(x)) || hi - lo <= 1e-14 * Math.max(1, hi)) {
            return next;
        }
        x = next;
    }
    return x;
}
/** CDF of Fisher's F distribution with (d1, d2) degrees of freedom. */
function fCdf(x, d1, d2) {
    checkDf(d1, 'd1');
    checkDf(d2, 'd2');
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 0;
    if (x === Infinity)
        return 1;
    return regularizedBeta((d1 * x) / (d1 * x + d2), d1 / 2, d2 / 2);
}
/** Upper tail P(F > x). */
function fSf(x, d1, d2) {
    checkDf(d1, 'd1');
    checkDf(d2, 'd2');
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    return regularizedBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2);
}

;// CONCATENATED MODULE: ./src/stats/inference.ts
// Small inference helpers: Welch–Satterthwaite degrees of freedom and multiple-comparison
// corrections (Bonferroni, Holm). Pure functions over plain numbers.
/**
 * Welch–Satterthwaite: effective degrees of freedom of V = Σ cᵢ·sᵢ²,
 * ν = V² / Σ (cᵢ·sᵢ²)² / νᵢ. Components with infinite df contribute no uncertainty. Returns Infinity
 * when every component is known, and NaN when V ≤ 0.
 */
function welchSatterthwaite(components) {
    let total = 0;
    let denom = 0;
    for (const c of components) {
        if (!(c.df > 0))
            throw new RangeError(`variance component with df ${c.df}`);
        const term = c.coefficient * c.variance;
        total += term;
        if (c.df !== Infinity)
            denom += (term * term) / c.df;
    }
    if (!(total > 0))
        return NaN;
    if (denom === 0)
        return Infinity;
    return (total * total) / denom;
}
/** Welch's df for two sample means with variances s1², s2² and sizes n1, n2 (the textbook case). */
function welchDf(s1sq, n1, s2sq, n2) {
    return welchSatterthwaite([
        { variance: s1sq, coefficient: 1 / n1, df: n1 - 1 },
        { variance: s2sq, coefficient: 1 / n2, df: n2 - 1 },
    ]);
}
/** Bonferroni: reject pᵢ < α/m. Controls the family-wise error rate under any dependence. */
function bonferroni(pValues, alpha) {
    checkAlpha(alpha);
    const m = pValues.length;
    const level = alpha / Math.max(m, 1);
    return {
        rejected: pValues.map((p) => p < level),
        adjusted: pValues.map((p) => Math.min(1, p * m)),
        levels: pValues.map(() => level),
    };
}
/**
 * Holm's step-down procedure (Holm 1979): sort p ascending, reject p₍ⱼ₎ < α/(m − j + 1) for
 * j = 1, 2, … until the first failure. Controls the family-wise error rate under any dependence and is
 * uniformly more powerful than Bonferroni. NaN p-values are treated as 1.
 */
function holm(pValues, alpha) {
    checkAlpha(alpha);
    const m = pValues.length;
    const ps = pValues.map((p) => (Number.isNaN(p) ? 1 : p));
    const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b] || a - b);
    const rejected = new Array(m).fill(false);
    const adjusted = new Array(m).fill(1);
    const levels = new Array(m).fill(alpha);
    let running = 0;
    let stopped = false;
    let stopLevel = alpha;
    for (let j = 0; j < m; j++) {
        const i = order[j];
        const level = alpha / (m - j);
        running = Math.max(running, Math.min(1, (m - j) * ps[i]));
        adjusted[i] = running;
        if (!stopped && ps[i] < level) {
            rejected[i] = true;
            levels[i] = level;
        }
        else {
            if (!stopped) {
                stopped = true;
                stopLevel = level;
            }
            levels[i] = stopLevel;
        }
    }
    return { rejected, adjusted, levels };
}
function checkAlpha(alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

// EXTERNAL MODULE: ./src/stats/quantile.ts
var quantile = __nccwpck_require__(6806);
;// CONCATENATED MODULE: ./src/stats/ratio.ts
/** Signed fractional change, positive = worse. Values must be positive and finite. */
function changeFraction(direction, baseline, current) {
    return direction === 'lower' ? current / baseline - 1 : 1 - current / baseline;
}
/** Worsening log ratio d (positive = worse). */
function worseningLogRatio(direction, baseline, current) {
    const r = Math.log(current) - Math.log(baseline);
    return direction === 'lower' ? r : -r;
}
/** Fraction → worsening log ratio. Fractions the direction cannot reach map to ±Infinity. */
function fractionToLog(direction, fraction) {
    if (direction === 'lower')
        return fraction <= -1 ? -Infinity : Math.log1p(fraction);
    return fraction >= 1 ? Infinity : -Math.log1p(-fraction);
}
/** Worsening log ratio → fraction. */
function logToFraction(direction, d) {
    return direction === 'lower' ? Math.expm1(d) : -Math.expm1(-d);
}

;// CONCATENATED MODULE: ./src/stats/robust.ts
// Location and spread helpers: mean, sample variance, pooled within-group variance, and the median
// absolute deviation. Pure functions; they throw on empty input rather than return NaN silently.

function mean(values) {
    if (values.length === 0)
        throw new RangeError('mean of an empty sample');
    let s = 0;
    for (const v of values)
        s += v;
    return s / values.length;
}
/** Sample variance with the n − 1 denominator; 0 for a single value. */
function sampleVariance(values) {
    const n = values.length;
    if (n === 0)
        throw new RangeError('variance of an empty sample');
    if (n === 1)
        return 0;
    const m = mean(values);
    let ss = 0;
    for (const v of values)
        ss += (v - m) * (v - m);
    return ss / (n - 1);
}
/**
 * Pooled within-group variance: Σ over groups of Σ (x − x̄_g)², divided by df = Σ (n_g − 1). Groups
 * of one value contribute nothing. Returns { variance: NaN, df: 0 } when no group has two values.
 */
function pooledVariance(groups) {
    let ss = 0;
    let df = 0;
    for (const g of groups) {
        if (g.length < 2)
            continue;
        const m = mean(g);
        for (const v of g)
            ss += (v - m) * (v - m);
        df += g.length - 1;
    }
    return { variance: df > 0 ? ss / df : NaN, df };
}
/** Median absolute deviation from the median. Multiply by 1.4826 for a normal-consistent σ. */
function mad(values) {
    if (values.length === 0)
        throw new RangeError('MAD of an empty sample');
    const m = (0,quantile/* median */.JZ)(values);
    return (0,quantile/* median */.JZ)(values.map((v) => Math.abs(v - m)));
}
/** The MAD scaled to estimate σ of a normal distribution (1 / Φ⁻¹(3/4) = 1.482602218505602). */
function madSigma(values) {
    return 1.482602218505602 * mad(values);
}
/**
 * n · Var(median of n iid normals) / σ²: how much less precise a sample median is than a sample mean.
 * 1 for n ≤ 2, rising to π/2 as n grows (odd n) and more slowly for even n (the average of the two
 * middle values). Values for n ≤ 30 were computed by numerical integration of the order-statistic
 * densities with scipy; beyond 30 an interpolation towards π/2 (error < 0.3%).
 */
function medianVarianceFactor(n) {
    if (!(n >= 1) || !Number.isInteger(n))
        throw new RangeError(`medianVarianceFactor needs an integer n >= 1, got ${n}`);
    if (n <= MEDIAN_FACTORS.length)
        return MEDIAN_FACTORS[n - 1];
    const last = n % 2 === 1 ? MEDIAN_FACTORS[28] : MEDIAN_FACTORS[29];
    const at = n % 2 === 1 ? 29 : 30;
    return Math.PI / 2 - ((Math.PI / 2 - last) * at) / n;
}
const MEDIAN_FACTORS = [
    1.0, 1.0, 1.346013, 1.192798, 1.434168, 1.288456, 1.473128, 1.345447, 1.494912, 1.383264, 1.508787, 1.410194,
    1.518387, 1.43035, 1.52542, 1.446003, 1.530792, 1.458513, 1.535029, 1.468741, 1.538455, 1.477258, 1.541283,
    1.484463, 1.543656, 1.490635, 1.545677, 1.495984, 1.547418, 1.500663,
];
/**
 * Pooled within-group variance, resistant to a few wild values: each value's deviation from its
 * group's median is capped at ±k robust standard deviations (1.4826 × the MAD of all deviations,
 * leaving out the zero deviation of an odd group's own median) before the usual pooled variance is
 * taken. With k = 4 this changes normal data by less than 2% (checked by simulation for groups of
 * 2, 3 and 5), while one process that ran at half speed can no longer inflate the estimate many times.
 * Groups of one value contribute nothing. Returns NaN and df 0 when no group has two values.
 * `minScale` bounds the robust SD from below, so that data with a resolution step (most deviations
 * exactly 0) are not capped to nothing.
 */
function winsorizedPooledVariance(groups, k = 4, minScale = 0) {
    const cappedByGroup = groups.map(() => 0);
    const usable = groups.map((g, i) => ({ g, i })).filter(({ g }) => g.length >= 2);
    if (usable.length === 0)
        return { variance: NaN, df: 0, capped: 0, cappedByGroup, scale: NaN };
    const deviations = [];
    const centred = usable.map(({ g }) => {
        const m = (0,quantile/* median */.JZ)(g);
        const d = g.map((v) => v - m);
        const abs = d.map(Math.abs);
        if (g.length % 2 === 1)
            abs.splice(abs.indexOf(Math.min(...abs)), 1);
        deviations.push(...abs);
        return d;
    });
    const scale = Math.max(1.482602218505602 * (0,quantile/* median */.JZ)(deviations), minScale);
    const cap = k * scale;
    let capped = 0;
    const clipped = centred.map((d, j) => d.map((x) => {
        if (cap > 0 && Math.abs(x) > cap) {
            capped++;
            cappedByGroup[usable[j].i]++;
            return Math.sign(x) * cap;
        }
        return x;
    }));
    const pooled = pooledVariance(clipped);
    return { ...pooled, capped, cappedByGroup, scale };
}
/**
 * A robust standard deviation of one small group: 1.4826 × the median absolute deviation from the
 * group's median (madSigma). Like the median, it ignores a minority of wild values: of 5 values, two
 * can be anywhere. NaN for fewer than 2 values.
 */
function robustSpread(values) {
    return values.length < 2 ? NaN : madSigma(values);
}
/**
 * The 99th percentile of (robustSpread(x) / σ)² for m independent normal values x, m = 2…20: the
 * critical ratio for "this group's robust spread clearly exceeds σ". Computed by simulation (numpy,
 * 400,000 draws per m, seed 5); beyond 20 the value for 20 is used (slightly conservative).
 */
function robustSpreadCritical99(m) {
    if (!(m >= 2) || !Number.isInteger(m))
        throw new RangeError(`robustSpreadCritical99 needs an integer m >= 2, got ${m}`);
    return SPREAD_CRITICAL_99[Math.min(m, 20) - 2];
}
const SPREAD_CRITICAL_99 = [
    7.299, 5.771, 3.746, 4.847, 3.804, 4.196, 3.543, 3.712, 3.301, 3.404, 3.096, 3.142, 2.911, 2.963, 2.776, 2.807, 2.687,
    2.691, 2.569,
];

;// CONCATENATED MODULE: ./src/compare/policies/noise.ts






/** When fork counts would exceed this, the note says "more than" instead of a number. */
const MAX_FORKS_SUGGESTED = 50;
function noisePolicy(options) {
    const confidence = options.confidence;
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    const alpha = 1 - confidence;
    const power = options.power ?? 0.8;
    const settings = {
        confidence,
        power,
        driftTestLevel: options.driftTestLevel ?? 0.1,
        shortHistoryRunNoise: options.shortHistoryRunNoise ?? 0.02,
        assumedNoise: options.assumedNoise ?? 0.05,
        noiseFloor: options.noiseFloor ?? 0.001,
        shownFraction: options.shownFraction ?? 0.5,
    };
    return {
        name: 'noise',
        baselineSource: 'history-median',
        describe: () => `noise-aware rule: the change from the median of the baseline runs, ` +
            `with an interval from between-fork and between-run variation at ${pct(confidence, 0)} confidence for the whole suite (Holm); ` +
            `a regression when it shows a worsening of at least ${pct(settings.shownFraction, 0)} of the threshold and its interval reaches the threshold, ` +
            `unchanged when it lies below the threshold, otherwise inconclusive`,
        decide(cases) {
            const analyses = cases.map((c) => analyse(c, settings));
            const testable = analyses.map((a, i) => ({ a, i })).filter((x) => !isDecision(x.a));
            const family = holm(testable.map((x) => x.a.p), alpha);
            const bonferroniLevel = alpha / Math.max(testable.length, 1);
            const out = new Array(cases.length);
            analyses.forEach((a, i) => {
                if (isDecision(a))
                    out[i] = a;
            });
            testable.forEach(({ a, i }, j) => {
                out[i] = decideOne(cases[i], a, family.rejected[j], family.levels[j], bonferroniLevel, settings);
            });
            return out;
        },
    };
}
function isDecision(x) {
    return x.verdict !== undefined;
}
const positive = (v) => v > 0 && Number.isFinite(v);
function analyse(c, s) {
    const dir = c.direction;
    const sign = dir === 'lower' ? 1 : -1;
    const aggregates = c.fromAggregates === true;
    // Baseline runs with a usable value, with their forks.
    const runs = [];
    const runForks = [];
    c.baseline.runs.forEach((v, k) => {
        if (!positive(v))
            return;
        runs.push(v);
        runForks.push(aggregates ? [] : (c.baseline.runForks?.[k] ?? []).filter(positive));
    });
    const K = runs.length;
    if (K === 0) {
        return { verdict: 'inconclusive', baseline: NaN, change: NaN, note: 'no usable (positive, finite) baseline value' };
    }
    const baseline = (0,quantile/* median */.JZ)(runs);
    // The current value as the report shows it (for native benchmarks the median of the forks, robust
    // to a fork that a noisy neighbour slowed down).
    const curForks = aggregates ? [] : c.current.forks.filter(positive);
    const current = positive(c.current.value) ? c.current.value : curForks.length > 0 ? (0,quantile/* median */.JZ)(curForks) : NaN;
    if (!positive(current)) {
        return {
            verdict: 'inconclusive',
            baseline,
            change: NaN,
            note: `cannot compare a non-positive or non-finite current value (${c.current.value})`,
        };
    }
    const m = Math.max(1, curForks.length);
    const curLogs = curForks.map(Math.log);
    const d = sign * (Math.log(current) - Math.log(baseline));
    // Var(log current) = cCur(m) · σ_f² / m, cCur = the median's inefficiency when the value is the median.
    const currentIsMedian = m >= 2 && Math.abs((0,quantile/* median */.JZ)(curForks) - current) <= 1e-9 * current;
    const cCur = (n) => (currentIsMedian ? medianVarianceFactor(n) : 1);
    // Fork noise: the pooled within-run variance of fork logs over the history's runs (those with ≥ 2
    // forks) and this run, each deviation from its run's median capped at 4 robust SDs, so that one
    // disturbed process neither widens every comparison while it stays in the history nor, in this run,
    // hides a regression (the median already ignores it). But when most of this run's forks disagree
    // (its robust spread, which like the median ignores a minority, clearly exceeds the history's: beyond
    // the 99th percentile of that ratio for normal data), the median itself may have been moved by a disturbed machine, and this run's own
    // plain spread (m − 1 df) is used for its part of the variance: wide, and honest.
    const notes = [];
    const historyGroups = runForks.filter((f) => f.length >= 2).map((f) => f.map(Math.log));
    const hist = winsorizedPooledVariance(historyGroups, 4, s.noiseFloor);
    const floor2 = s.noiseFloor ** 2;
    const rc = m >= 2 ? robustSpread(curLogs) : NaN;
    const disturbed = m >= 2 && hist.df >= 1 && rc * rc > floor2 && (rc * rc) / Math.max(hist.variance, floor2) > robustSpreadCritical99(m);
    // vh: fork variance for the history's part; vc: for this run's part; a shared key means one estimate.
    let vh;
    let vc;
    if (disturbed) {
        const sC2 = sampleVariance(curLogs);
        vh = { variance: hist.variance, df: hist.df, key: 'history forks' };
        vc = { variance: sC2, df: m - 1, key: 'current forks' };
        notes.push(`most of the ${m} forks of this run disagree (±${pct(rc)}) far more than the history's forks do (±${pct(Math.sqrt(hist.variance))}), ` +
            `a sign of a disturbed machine, so this run's own spread sets its part of the interval; a re-run would tell`);
    }
    else {
        const all = winsorizedPooledVariance(m >= 2 ? [...historyGroups, curLogs] : historyGroups, 4, s.noiseFloor);
        const pooled = { variance: all.variance, df: all.df, key: 'forks' };
        vh = pooled;
        vc = pooled;
    }
    const dfF = vh.df;
    // e_b: variance of one run's log value per unit fork variance (1/forks, times the median's
    // inefficiency when the run value is the median of its forks).
    const eb = mean(runs.map((v, k) => {
        const f = runForks[k];
        if (f.length < 2)
            return 1;
        const isMedian = Math.abs((0,quantile/* median */.JZ)(f) - v) <= 1e-9 * v;
        return (isMedian ? medianVarianceFactor(f.length) : 1) / f.length;
    }));
    const cK = medianVarianceFactor(K);
    const sy2 = K >= 2 ? sampleVariance(runs.map(Math.log)) : NaN;
    const cm = cCur(m) / m;
    // Variance terms, merged by estimate so Welch–Satterthwaite sees each estimate once.
    const combine = (terms) => {
        const byKey = new Map();
        for (const t of terms) {
            const prev = byKey.get(t.key);
            if (prev)
                prev.coefficient += t.coefficient;
            else
                byKey.set(t.key, { variance: t.variance, coefficient: t.coefficient, df: t.df });
        }
        return [...byKey.values()].filter((x) => x.coefficient !== 0 && x.variance > 0);
    };
    const drift = () => {
        // Var = σ_r² + c_m·vc/m + c_K·s_y²/K with σ_r² = s_y² − e_b·vh.
        notes.push(`the ${K} baseline runs vary more (±${pct(Math.sqrt(sy2))}) than fork noise explains, so run-to-run drift widens the interval`);
        return {
            model: 'drift',
            components: combine([
                { variance: sy2, coefficient: 1 + cK / K, df: K - 1, key: 'runs' },
                { ...vh, coefficient: -eb },
                { ...vc, coefficient: cm },
            ]),
            a: sy2 * (1 + cK / K) - eb * vh.variance,
        };
    };
    let fit;
    if (dfF >= 1 && K >= 3) {
        const pDrift = vh.variance > 0 ? fSf(sy2 / (eb * vh.variance), K - 1, dfF) : sy2 > 0 ? 0 : 1;
        // Drift smaller than the noise floor (a resolution step) is not worth the few df it would cost.
        fit =
            pDrift >= s.driftTestLevel || sy2 - eb * vh.variance <= floor2
                ? {
                    model: 'pooled',
                    components: combine([
                        { ...vc, coefficient: cm },
                        { ...vh, coefficient: (cK * eb) / K },
                    ]),
                    a: (cK * eb * vh.variance) / K,
                }
                : drift();
    }
    else if (dfF >= 1) {
        // Short history: run-to-run drift cannot be measured (K = 1) or barely (K = 2).
        const prior2 = s.shortHistoryRunNoise ** 2;
        notes.push(K === 1
            ? `short history (1 baseline run): run-to-run variation cannot be measured yet, so at least ±${pct(s.shortHistoryRunNoise, 0)} is assumed; a longer history sharpens this`
            : `short history (2 baseline runs): run-to-run variation is barely measured yet, so at least ±${pct(s.shortHistoryRunNoise, 0)} is assumed; a third run sharpens this`);
        fit =
            K === 2 && sy2 - eb * vh.variance > prior2
                ? drift()
                : {
                    model: 'short-history',
                    components: combine([
                        { variance: prior2, coefficient: 1 + cK / K, df: Infinity, key: 'prior' },
                        { ...vc, coefficient: cm },
                        { ...vh, coefficient: (cK * eb) / K },
                    ]),
                    a: prior2 * (1 + cK / K) + (cK * eb * vh.variance) / K,
                };
    }
    else if (K >= 3) {
        notes.push(aggregates
            ? `imported aggregates (one number per run): noise estimated from the ${K} baseline runs only`
            : `no per-fork values: noise estimated from the ${K} baseline runs only`);
        fit = { model: 'history-only', components: [{ variance: sy2, coefficient: 1 + cK / K, df: K - 1 }], a: sy2 * (1 + cK / K) };
    }
    else {
        const n2 = s.assumedNoise ** 2;
        notes.push(`no noise estimate (${aggregates ? 'imported aggregates' : 'single values'} and ${K} baseline run${K === 1 ? '' : 's'}): ±${pct(s.assumedNoise, 0)} noise is assumed; ` +
            (aggregates ? 'a history of 3 or more runs gives a real estimate' : 'forks ≥ 2 or a history of 3 or more runs give a real estimate'));
        fit = { model: 'assumed', components: [{ variance: n2, coefficient: 1 + cK / K, df: Infinity }], a: n2 * (1 + cK / K) };
    }
    const b = dfF >= 1 ? vc.variance : 0;
    let variance = fit.a + b * cm;
    let df = welchSatterthwaite(fit.components);
    if (!(variance > floor2)) {
        variance = floor2;
        if (!(df > 0))
            df = Infinity;
    }
    if (!(df > 0))
        df = Math.max(1, dfF, K - 1);
    const se = Math.sqrt(variance);
    // One-sided test of H0: the worsening is at most shownFraction × threshold.
    const shown = fractionToLog(dir, s.shownFraction * c.threshold);
    const p = studentTSf((d - shown) / se, df);
    return { baseline, d, se, df, a: fit.a, b, m, cCur, model: fit.model, disturbed, notes, p };
}
function decideOne(c, x, rejected, level, bonferroniLevel, s) {
    const dir = c.direction;
    const tLog = fractionToLog(dir, c.threshold);
    const tLogBetter = fractionToLog(dir, -c.threshold);
    const tq = studentTQuantile(1 - level, x.df);
    const lo = x.d - tq * x.se;
    const hi = x.d + tq * x.se;
    const interval = [logToFraction(dir, lo), logToFraction(dir, hi)];
    const change = logToFraction(dir, x.d);
    // The worsening flagged with the given power: it must clear shownFraction × threshold by the
    // one-sided critical distance, with room for the power quantile.
    const shownLog = fractionToLog(dir, s.shownFraction * c.threshold);
    const mdcLog = shownLog + (studentTQuantile(1 - bonferroniLevel, x.df) + studentTQuantile(s.power, x.df)) * x.se;
    const minimumDetectableChange = logToFraction(dir, mdcLog);
    const notes = [...x.notes];
    let verdict;
    let moreForksHelp;
    if (rejected && hi >= tLog) {
        verdict = 'regression';
    }
    else if (hi < tLog) {
        verdict = hi < 0 && lo <= tLogBetter ? 'improvement' : 'unchanged';
        // Worse beyond doubt (the interval lies above zero) yet shown to stay under the threshold.
        if (lo > 0)
            notes.push(`measurably worse (${signedPct(change)}) but less than the ${pct(c.threshold)} threshold`);
    }
    else {
        verdict = 'inconclusive';
        const hint = resolveHint(c, x, tLog, level, interval, s);
        notes.push(hint.text);
        moreForksHelp = hint.moreForksHelp;
    }
    if (minimumDetectableChange > c.threshold && verdict !== 'inconclusive') {
        notes.push(`with this noise only a worsening of ${pct(minimumDetectableChange)} or more is reliably detected (threshold ${pct(c.threshold)})`);
    }
    const decision = { verdict, baseline: x.baseline, change, interval, minimumDetectableChange };
    if (moreForksHelp !== undefined)
        decision.moreForksHelp = moreForksHelp;
    if (notes.length > 0)
        decision.note = sentence(notes);
    return decision;
}
/** What would resolve an inconclusive case: more current forks (how many), or a larger threshold. */
function resolveHint(c, x, tLog, level, interval, s) {
    // Resolved when the half-width drops below max(d − S, T − d), S the worsening a regression must be
    // shown to exceed: then either lo > S or hi < T (assuming the estimate stays where it is). More
    // forks shrink the per-fork part of the variance and, where fork noise is pooled, add degrees of
    // freedom.
    const goal = Math.max(x.d - fractionToLog(c.direction, s.shownFraction * c.threshold), tLog - x.d);
    const dfWith = (m) => (x.model === 'drift' ? x.df : x.df + (m - x.m));
    const halfWidth = (m) => studentTQuantile(1 - level, dfWith(m)) * Math.sqrt(x.a + (x.b * x.cCur(m)) / m);
    let forks;
    let moreForksHelp = true;
    if (x.b > 0 && halfWidth(MAX_FORKS_SUGGESTED) < goal) {
        let m = x.m + 1;
        while (halfWidth(m) >= goal)
            m++;
        forks = `about ${m} forks (now ${x.m})`;
    }
    else if (x.b > 0 && halfWidth(10_000) < goal) {
        forks = `more than ${MAX_FORKS_SUGGESTED} forks`;
    }
    else {
        forks = 'a longer baseline history (more current forks alone cannot narrow it enough)';
        moreForksHelp = false;
    }
    // Speak in the report's terms: the plain relative change, so a throughput fall is negative.
    const plain = c.direction === 'lower' ? interval : [-interval[1], -interval[0]];
    const threshold = c.direction === 'lower' ? c.threshold : -c.threshold;
    const text = `inconclusive: the interval ${signedPct(plain[0])} to ${signedPct(plain[1])} holds both no change and the ${signedPct(threshold)} threshold; ` +
        (interval[1] > format/* CHANGE_CAP */.K5 ? `${forks} would resolve it` : `${forks} or a threshold above ${pct(interval[1])} would resolve it`);
    return { text, moreForksHelp };
}
// Past CHANGE_CAP a percentage says only "no idea": "over 1000%", not 15 digits.
function pct(f, digits = 1) {
    return f > format/* CHANGE_CAP */.K5 ? `over ${format/* CHANGE_CAP */.K5 * 100}%` : `${(f * 100).toFixed(digits)}%`;
}
function signedPct(f) {
    if (f > format/* CHANGE_CAP */.K5)
        return `over +${format/* CHANGE_CAP */.K5 * 100}%`;
    return `${f >= 0 ? '+' : ''}${(f * 100).toFixed(1)}%`;
}
function sentence(parts) {
    const s = parts.join('; ');
    return s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
}

;// CONCATENATED MODULE: ./src/compare/policies/percentage.ts

function percentagePolicy() {
    return {
        name: 'percentage',
        baselineSource: 'newest',
        describe: () => 'plain percentage rule: the current value against the newest baseline run; a change beyond the threshold is a regression',
        decide: (cases) => cases.map(percentage_decideOne),
    };
}
function percentage_decideOne(c) {
    const baseline = c.baseline.runs[c.baseline.runs.length - 1];
    const current = c.current.value;
    if (baseline === undefined) {
        return { verdict: 'inconclusive', baseline: NaN, change: NaN, note: 'no baseline value to compare with' };
    }
    if (!(baseline > 0 && Number.isFinite(baseline) && current > 0 && Number.isFinite(current))) {
        return {
            verdict: 'inconclusive',
            baseline,
            change: NaN,
            note: `cannot compare non-positive or non-finite values (baseline ${baseline}, current ${current})`,
        };
    }
    const change = changeFraction(c.direction, baseline, current);
    // A change exactly at the threshold is not beyond it (tolerating rounding: 110/100 − 1 > 0.1 in floats).
    const beyond = (x) => x > c.threshold * (1 + 1e-9);
    const verdict = beyond(change) ? 'regression' : beyond(-change) ? 'improvement' : 'unchanged';
    return { verdict, baseline, change };
}

;// CONCATENATED MODULE: ./src/compare/policies/index.ts



const POLICIES = {
    noise: (o) => noisePolicy({ confidence: o.confidence, shownFraction: o.shownFraction }),
    percentage: () => percentagePolicy(),
};
const POLICY_NAMES = Object.keys(POLICIES);
/** The policy a (validated) config names. Throws InputError for an unknown name. */
function createPolicy(config) {
    const make = Object.hasOwn(POLICIES, config.name) ? POLICIES[config.name] : undefined;
    if (!make) {
        throw new errors/* InputError */.dz(`policy.name: unknown policy "${config.name}"; expected one of ${POLICY_NAMES.join(', ')}`);
    }
    return make(config);
}



/***/ }),

/***/ 7163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  B7: () => (/* reexport */ values/* parseThreshold */.B7)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_FILES, EXTENSION_PREFIX, HANDLED_KEYS, canonicalJson, configHash, findConfigFile, gatedMetrics, parseConfigText, parseDuration, thresholdFor

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __nccwpck_require__(3010);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(131);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __nccwpck_require__(3750);
;// CONCATENATED MODULE: ./src/config/load.ts
// Loading and validating perf-gate.yml / perf-gate.json into the normalised `Config`. Every problem
// is one ConfigError line: `<file>: <key path>: <what was expected>, got <what was there>`.









/** Names looked for, in order, when no config path is given. */
const DEFAULT_CONFIG_FILES = (/* unused pure expression or super */ null && (['perf-gate.yml', 'perf-gate.yaml', 'perf-gate.json']));
/** The first default config file present in `dir`, else `perf-gate.yml` there (so the error names it). */
function findConfigFile(dir) {
    for (const name of DEFAULT_CONFIG_FILES) {
        const candidate = nodePath.join(dir, name);
        if (existsSync(candidate))
            return candidate;
    }
    return nodePath.join(dir, DEFAULT_CONFIG_FILES[0]);
}
/** Top-level keys with this prefix are ignored: a place for YAML anchors (`x-common: &common`). */
const EXTENSION_PREFIX = 'x-';
const MODULE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];
const RUN_SETTING_KEYS = ['forks', 'time', 'iterations', 'warmupTime', 'warmup', 'runs', 'timeout', 'maxExtraForks'];
/**
 * Reads and validates a config file (YAML for .yml/.yaml, JSON for .json). Messages name the file as
 * the user would: a relative `path` as given, an absolute one relative to `cwd` when inside it.
 * Relative paths inside the config resolve against the config file's directory.
 */
function loadConfig(path, overrides = {}, options = {}) {
    const threshold = overrideThreshold(overrides);
    const base = options.cwd ?? process.cwd();
    const abs = external_node_path_.resolve(base, path);
    const label = displayPath(path, abs, base);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* ConfigError */.xL(`config file not found: ${label} (create perf-gate.yml or pass --config FILE)`);
        }
        if (code === 'EISDIR')
            throw new errors/* ConfigError */.xL(`${label}: is a directory, expected a config file (.yml, .yaml or .json)`);
        throw new errors/* ConfigError */.xL(`${label}: cannot read the config file (${code ?? String(err)})`);
    }
    return parseWith(text, abs, label, threshold);
}
function displayPath(given, abs, base) {
    if (!external_node_path_.isAbsolute(given))
        return given;
    const rel = external_node_path_.relative(base, abs);
    return rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel) ? rel : abs;
}
/**
 * Validates config text as if read from `path` (the extension picks YAML or JSON; `path` is the name
 * in messages and, resolved against the working directory, the base of relative paths; benchmark
 * files are checked on disk).
 */
function parseConfigText(text, path, overrides = {}) {
    return parseWith(text, nodePath.resolve(path), path, overrideThreshold(overrides));
}
function overrideThreshold(overrides) {
    return overrides.threshold === undefined ? undefined : (0,values/* parseThreshold */.B7)(overrides.threshold, '--threshold');
}
function parseWith(text, abs, label, thresholdOverride) {
    return normalise(parseText(text, label), abs, label, thresholdOverride);
}
// ---------------------------------------------------------------------------------------------
// Text → plain data
function parseText(text, label) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const ext = external_node_path_.extname(label).toLowerCase();
    if (ext === '.json')
        return parseJson(text, label);
    if (ext === '.yml' || ext === '.yaml')
        return parseYaml(text, label);
    throw new errors/* ConfigError */.xL(`${label}: unsupported config file type "${ext || '(none)'}" (use .yml, .yaml or .json)`);
}
function parseYaml(text, label) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { merge: true, uniqueKeys: true, prettyErrors: true });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        const where = pos ? `${label}:${pos.line}:${pos.col}` : label;
        throw new errors/* ConfigError */.xL(`${where}: YAML syntax error: ${shortReason(err.message)}`);
    }
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // Unresolved aliases, alias bombs: rare, and the library names the problem.
        throw new errors/* ConfigError */.xL(`${label}: YAML error: ${shortReason(e instanceof Error ? e.message : String(e))}`);
    }
}
function shortReason(message) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '').trim();
    return first.replace(/[.:]$/, '');
}
function parseJson(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        let where = label;
        const pos = /at position (\d+)/.exec(message);
        if (pos) {
            const { line, col } = lineCol(text, Number(pos[1]));
            where = `${label}:${line}:${col}`;
        }
        else if (/end of JSON input/i.test(message)) {
            const { line, col } = lineCol(text, text.length);
            where = `${label}:${line}:${col}`;
        }
        const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/,? ?(in JSON )?at position \d+/, '').trim();
        throw new errors/* ConfigError */.xL(`${where}: JSON syntax error: ${reason}`);
    }
}
function lineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, col: offset - lineStart + 1 };
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function at(ctx, keyPath) {
    return keyPath ? `${ctx.label}: ${keyPath}` : ctx.label;
}
function join(prefix, key) {
    const k = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
    if (!prefix)
        return k;
    return /^[A-Za-z_$]/.test(k) ? `${prefix}.${k}` : `${prefix}[${k}]`;
}
function fail(ctx, keyPath, message) {
    throw new errors/* ConfigError */.xL(`${at(ctx, keyPath)}: ${message}`);
}
function normalise(raw, abs, label, thresholdOverride) {
    const ctx = { label, dir: external_node_path_.dirname(abs) };
    if (raw === null || raw === undefined) {
        fail(ctx, '', 'the config is empty: it needs at least a benchmarks list (see perf-gate.schema.json)');
    }
    if (!isObj(raw))
        fail(ctx, '', `expected a mapping of settings with a benchmarks list, got ${(0,values/* describeValue */.bp)(raw)}`);
    checkGlobalKeys(ctx, raw);
    const threshold = raw.threshold === undefined ? schema/* DEFAULTS */.zY.threshold : (0,values/* parseThreshold */.B7)(raw.threshold, at(ctx, 'threshold'));
    const metricThresholds = raw.thresholds === undefined ? {} : parseThresholds(ctx, raw.thresholds, 'thresholds', true);
    const metrics = raw.metrics === undefined ? [...schema/* DEFAULTS */.zY.metrics] : parseMetrics(ctx, raw.metrics, 'metrics', true);
    const globalSettings = parseSettings(ctx, raw, '');
    const policy = parsePolicy(ctx, raw.policy);
    const budget = raw.budget === undefined ? schema/* DEFAULTS */.zY.budget : (0,values/* parseDuration */.E9)(raw.budget, at(ctx, 'budget'), { allowZero: true });
    if (raw.benchmarks === undefined)
        fail(ctx, 'benchmarks', 'required: a non-empty list of benchmarks');
    if (!Array.isArray(raw.benchmarks) || raw.benchmarks.length === 0) {
        fail(ctx, 'benchmarks', `expected a non-empty list of benchmarks, got ${(0,values/* describeValue */.bp)(raw.benchmarks)}`);
    }
    const benchmarks = raw.benchmarks.map((b, i) => parseBenchmark(ctx, b, i, globalSettings));
    const seen = new Map();
    benchmarks.forEach((b, i) => {
        const first = seen.get(b.name);
        if (first !== undefined) {
            fail(ctx, `benchmarks[${i}].name`, `duplicate benchmark name ${JSON.stringify(b.name)} (also benchmarks[${first}])`);
        }
        seen.set(b.name, i);
    });
    // Custom metric names at the top level only make sense for import benchmarks.
    const isNative = (m) => core_metrics/* NATIVE_METRIC_NAMES */.ov.includes(m);
    metrics.forEach((m, j) => {
        if (isNative(m))
            return;
        const inheritor = benchmarks.findIndex((b) => b.kind !== 'import' && b.metrics === undefined);
        if (inheritor >= 0) {
            const b = benchmarks[inheritor];
            fail(ctx, `metrics[${j}]`, `${unknownMetric(m)}; custom metric names are allowed only for import benchmarks, and benchmarks[${inheritor}] (${JSON.stringify(b.name)}, a ${b.kind} benchmark) gates on this list`);
        }
    });
    if (!benchmarks.some((b) => b.kind === 'import')) {
        for (const m of Object.keys(metricThresholds)) {
            if (!isNative(m))
                fail(ctx, join('thresholds', m), `${unknownMetric(m)}; custom metric names are allowed only with import benchmarks`);
        }
    }
    const config = {
        path: abs,
        dir: ctx.dir,
        threshold: thresholdOverride ?? threshold,
        metricThresholds,
        metrics,
        policy,
        budget,
        benchmarks,
        hash: '',
    };
    config.hash = configHash(config);
    return config;
}
// --- keys ---------------------------------------------------------------------------------
function unknownKey(ctx, keyPath, key, candidates) {
    const guess = (0,values/* nearest */.pA)(key, candidates);
    const hint = guess ? `did you mean ${JSON.stringify(guess)}?` : `valid keys: ${candidates.join(', ')}`;
    fail(ctx, keyPath, `unknown key (${hint})`);
}
function checkGlobalKeys(ctx, raw) {
    const allowed = (0,schema/* keysFor */.qm)('global').map((k) => k.key);
    for (const key of Object.keys(raw)) {
        if (allowed.includes(key) || key.startsWith(EXTENSION_PREFIX))
            continue;
        if ((0,schema/* keyDef */.Jb)(key))
            fail(ctx, key, 'only allowed in a benchmark entry (under benchmarks:)');
        unknownKey(ctx, key, key, allowed);
    }
}
function checkBenchmarkKeys(ctx, b, prefix) {
    const present = schema/* BENCHMARK_KINDS */.ic.filter((k) => b[k] !== undefined);
    const benchKeys = (0,schema/* benchmarkKeyNames */.d0)();
    // Suggest among the keys of this kind first, so `rusn` in a file benchmark is not sent to `runs`.
    const preferred = present.length === 1 ? (0,schema/* keysFor */.qm)(present[0]).map((k) => k.key) : benchKeys;
    for (const key of Object.keys(b)) {
        if (benchKeys.includes(key))
            continue;
        const def = (0,schema/* keyDef */.Jb)(key);
        if (def)
            fail(ctx, join(prefix, key), 'only allowed at the top level, not in a benchmark');
        const guess = (0,values/* nearest */.pA)(key, preferred) ?? (0,values/* nearest */.pA)(key, benchKeys);
        if (!guess && present.length === 0) {
            fail(ctx, join(prefix, key), `unknown key (a benchmark takes exactly one of file, command or import; valid keys: ${benchKeys.join(', ')})`);
        }
        unknownKey(ctx, join(prefix, key), key, guess ? [guess] : preferred);
    }
}
function checkKindKeys(ctx, b, prefix, kind) {
    for (const key of Object.keys(b)) {
        const def = (0,schema/* keyDef */.Jb)(key);
        if (def.places.includes(kind))
            continue;
        if (kind === 'import') {
            fail(ctx, join(prefix, key), 'not used by import benchmarks (perf-gate does not measure them; their numbers come from the imported file)');
        }
        const kinds = def.places.filter((p) => p !== 'global');
        fail(ctx, join(prefix, key), `only for ${kinds.join(' and ')} benchmarks (this is a ${kind} benchmark)`);
    }
}
// --- values -------------------------------------------------------------------------------
function unknownMetric(name) {
    const guess = (0,values/* nearest */.pA)(name, core_metrics/* NATIVE_METRIC_NAMES */.ov);
    return `unknown metric ${JSON.stringify(name)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; valid metrics: ${core_metrics/* NATIVE_METRIC_NAMES */.ov.join(', ')}`;
}
function parseMetricName(ctx, value, keyPath, allowCustom) {
    if (typeof value !== 'string' || value.trim() === '')
        fail(ctx, keyPath, `expected a metric name, got ${(0,values/* describeValue */.bp)(value)}`);
    if (value === '__proto__')
        fail(ctx, keyPath, 'expected a metric name, got the reserved name "__proto__"');
    if (!allowCustom && !core_metrics/* NATIVE_METRIC_NAMES */.ov.includes(value))
        fail(ctx, keyPath, unknownMetric(value));
    return value;
}
function parseMetrics(ctx, value, keyPath, allowCustom) {
    if (!Array.isArray(value) || value.length === 0) {
        fail(ctx, keyPath, `expected a non-empty list of metric names like [p50, p99, throughput], got ${(0,values/* describeValue */.bp)(value)}`);
    }
    const out = [];
    value.forEach((v, i) => {
        const name = parseMetricName(ctx, v, `${keyPath}[${i}]`, allowCustom);
        if (out.includes(name))
            fail(ctx, `${keyPath}[${i}]`, `duplicate metric ${JSON.stringify(name)}`);
        out.push(name);
    });
    return out;
}
function parseThresholds(ctx, value, keyPath, allowCustom) {
    if (!isObj(value))
        fail(ctx, keyPath, `expected a mapping of metric → threshold like { p99: 20% }, got ${(0,values/* describeValue */.bp)(value)}`);
    const out = {};
    for (const [metric, t] of Object.entries(value)) {
        const path = join(keyPath, metric);
        parseMetricName(ctx, metric, path, allowCustom);
        out[metric] = (0,values/* parseThreshold */.B7)(t, at(ctx, path));
    }
    return out;
}
function parseDirections(ctx, value, keyPath, allowCustom) {
    if (!isObj(value))
        fail(ctx, keyPath, `expected a mapping of metric → lower | higher, got ${(0,values/* describeValue */.bp)(value)}`);
    const out = {};
    for (const [metric, d] of Object.entries(value)) {
        const path = join(keyPath, metric);
        parseMetricName(ctx, metric, path, allowCustom);
        if (d !== 'lower' && d !== 'higher')
            fail(ctx, path, `expected ${schema/* DIRECTIONS */.X.join(' or ')} (which way is better), got ${(0,values/* describeValue */.bp)(d)}`);
        out[metric] = d;
    }
    return out;
}
function parseSetting(ctx, key, value, keyPath) {
    const def = (0,schema/* keyDef */.Jb)(key);
    const where = at(ctx, keyPath);
    switch (def.type) {
        case 'duration':
            return (0,values/* parseDuration */.E9)(value, where);
        case 'durationOrZero':
            return (0,values/* parseDuration */.E9)(value, where, { allowZero: true });
        default:
            return (0,values/* parseInteger */.cG)(value, where, def.min ?? 0);
    }
}
/** The run settings given in `obj` (top level or a benchmark), parsed; absent ones are left out. */
function parseSettings(ctx, obj, prefix) {
    const out = {};
    for (const key of RUN_SETTING_KEYS) {
        if (obj[key] !== undefined)
            out[key] = parseSetting(ctx, key, obj[key], join(prefix, key));
    }
    return out;
}
function parsePolicy(ctx, value) {
    const policy = { ...schema/* DEFAULTS */.zY.policy };
    if (value === undefined)
        return policy;
    const parseName = (v, keyPath) => {
        if (v === 'noise' || v === 'percentage')
            return v;
        const guess = typeof v === 'string' ? (0,values/* nearest */.pA)(v, schema/* POLICY_NAMES */.So) : undefined;
        fail(ctx, keyPath, `expected ${schema/* POLICY_NAMES */.So.join(' or ')}, got ${(0,values/* describeValue */.bp)(v)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`);
    };
    if (typeof value === 'string') {
        policy.name = parseName(value, 'policy');
        return policy;
    }
    if (!isObj(value))
        fail(ctx, 'policy', `expected ${schema/* POLICY_NAMES */.So.join(' or ')}, or a mapping { name, confidence, failOnInconclusive, shownFraction }, got ${(0,values/* describeValue */.bp)(value)}`);
    const allowed = schema/* POLICY_KEYS */.cN.map((k) => k.key);
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
            unknownKey(ctx, join('policy', key), key, allowed);
    }
    if (value.name !== undefined)
        policy.name = parseName(value.name, 'policy.name');
    if (value.confidence !== undefined)
        policy.confidence = (0,values/* parseConfidence */.Go)(value.confidence, at(ctx, 'policy.confidence'));
    if (value.failOnInconclusive !== undefined) {
        if (typeof value.failOnInconclusive !== 'boolean')
            fail(ctx, 'policy.failOnInconclusive', `expected true or false, got ${(0,values/* describeValue */.bp)(value.failOnInconclusive)}`);
        policy.failOnInconclusive = value.failOnInconclusive;
    }
    if (value.shownFraction !== undefined) {
        const f = value.shownFraction;
        if (typeof f !== 'number' || !Number.isFinite(f) || f < 0 || f >= 1) {
            fail(ctx, 'policy.shownFraction', `expected a number from 0 up to (not including) 1, such as 0.5, got ${(0,values/* describeValue */.bp)(f)}`);
        }
        policy.shownFraction = f;
    }
    return policy;
}
function nonEmptyString(ctx, value, keyPath, what) {
    if (typeof value !== 'string' || value.trim() === '')
        fail(ctx, keyPath, `expected ${what}, got ${(0,values/* describeValue */.bp)(value)}`);
    return value;
}
function parseName(ctx, b, prefix) {
    const keyPath = join(prefix, 'name');
    if (b.name === undefined)
        fail(ctx, keyPath, 'required: a unique name for the benchmark');
    const name = nonEmptyString(ctx, b.name, keyPath, 'a non-empty name');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        fail(ctx, keyPath, `expected a name on one line without control characters, got ${JSON.stringify(name)}`);
    return name;
}
function parseKind(ctx, b, prefix, name) {
    const present = schema/* BENCHMARK_KINDS */.ic.filter((k) => b[k] !== undefined);
    if (present.length === 1)
        return present[0];
    if (present.length === 0) {
        fail(ctx, prefix, `benchmark ${JSON.stringify(name)} has no kind: give exactly one of file (a JS/TS module), command (a shell command) or import ({ format, file })`);
    }
    fail(ctx, prefix, `benchmark ${JSON.stringify(name)} has ${present.join(' and ')}: give exactly one of file, command or import`);
}
function parseModulePath(ctx, value, keyPath) {
    const rel = nonEmptyString(ctx, value, keyPath, 'the path of a JS/TS module');
    const abs = external_node_path_.resolve(ctx.dir, rel);
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(abs);
    }
    catch {
        fail(ctx, keyPath, `file not found: ${rel}`);
    }
    if (stat.isDirectory())
        fail(ctx, keyPath, `is a directory, expected a module file: ${rel}`);
    if (!MODULE_EXTENSIONS.includes(external_node_path_.extname(abs).toLowerCase())) {
        fail(ctx, keyPath, `expected a JS or TS module (${MODULE_EXTENSIONS.join(', ')}), got ${JSON.stringify(rel)}`);
    }
    return abs;
}
function parseDirectory(ctx, value, keyPath) {
    const rel = nonEmptyString(ctx, value, keyPath, 'a directory path');
    const abs = external_node_path_.resolve(ctx.dir, rel);
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
    }
    catch {
        fail(ctx, keyPath, `directory not found: ${rel}`);
    }
    if (!isDir)
        fail(ctx, keyPath, `not a directory: ${rel}`);
    return abs;
}
function parseEnv(ctx, value, keyPath) {
    if (!isObj(value))
        fail(ctx, keyPath, `expected a mapping of variable name → value, got ${(0,values/* describeValue */.bp)(value)}`);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const path = join(keyPath, k);
        if (k === '' || k === '__proto__' || k.includes('=') || k.includes('\0'))
            fail(ctx, path, `invalid environment variable name ${JSON.stringify(k)}`);
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
        else
            fail(ctx, path, `expected a string value, got ${(0,values/* describeValue */.bp)(v)}`);
    }
    return out;
}
function parseImport(ctx, value, keyPath) {
    if (!isObj(value))
        fail(ctx, keyPath, `expected a mapping { format, file }, got ${(0,values/* describeValue */.bp)(value)}`);
    const allowed = schema/* IMPORT_KEYS */.nz.map((k) => k.key);
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key))
            unknownKey(ctx, join(keyPath, key), key, allowed);
    }
    if (value.format === undefined)
        fail(ctx, join(keyPath, 'format'), "required: the tool's output format");
    if (value.file === undefined)
        fail(ctx, join(keyPath, 'file'), "required: the path (or glob) of the tool's output, relative to the config file");
    return {
        format: nonEmptyString(ctx, value.format, join(keyPath, 'format'), 'a format name'),
        file: nonEmptyString(ctx, value.file, join(keyPath, 'file'), 'a path or glob'),
    };
}
function parseBenchmark(ctx, b, index, global) {
    const prefix = `benchmarks[${index}]`;
    if (!isObj(b))
        fail(ctx, prefix, `expected a mapping with a name and one of file, command or import, got ${(0,values/* describeValue */.bp)(b)}`);
    checkBenchmarkKeys(ctx, b, prefix);
    const name = parseName(ctx, b, prefix);
    const kind = parseKind(ctx, b, prefix, name);
    checkKindKeys(ctx, b, prefix, kind);
    const custom = kind === 'import';
    const base = { name };
    // Sources first, so a missing file is reported before a bad override.
    let source;
    if (kind === 'file')
        source = { file: parseModulePath(ctx, b.file, join(prefix, 'file')) };
    else if (kind === 'command') {
        source = {
            command: nonEmptyString(ctx, b.command, join(prefix, 'command'), 'a shell command'),
            cwd: b.cwd === undefined ? ctx.dir : parseDirectory(ctx, b.cwd, join(prefix, 'cwd')),
            env: b.env === undefined ? {} : parseEnv(ctx, b.env, join(prefix, 'env')),
        };
    }
    else
        source = parseImport(ctx, b.import, join(prefix, 'import'));
    if (b.threshold !== undefined)
        base.threshold = (0,values/* parseThreshold */.B7)(b.threshold, at(ctx, join(prefix, 'threshold')));
    if (b.thresholds !== undefined)
        base.metricThresholds = parseThresholds(ctx, b.thresholds, join(prefix, 'thresholds'), custom);
    if (b.metrics !== undefined)
        base.metrics = parseMetrics(ctx, b.metrics, join(prefix, 'metrics'), custom);
    if (b.directions !== undefined)
        base.directions = parseDirections(ctx, b.directions, join(prefix, 'directions'), custom);
    const own = parseSettings(ctx, b, prefix);
    const settings = {
        forks: own.forks ?? global.forks ?? schema/* DEFAULTS */.zY.forks,
        time: own.time ?? global.time ?? schema/* DEFAULTS */.zY.time,
        iterations: own.iterations ?? global.iterations ?? schema/* DEFAULTS */.zY.iterations,
        warmupTime: own.warmupTime ?? global.warmupTime ?? schema/* DEFAULTS */.zY.warmupTime,
        warmup: own.warmup ?? global.warmup ?? schema/* DEFAULTS */.zY.warmup[kind],
        runs: own.runs ?? global.runs ?? schema/* DEFAULTS */.zY.runs,
        timeout: own.timeout ?? global.timeout ?? schema/* DEFAULTS */.zY.timeout,
        maxExtraForks: own.maxExtraForks ?? global.maxExtraForks ?? schema/* DEFAULTS */.zY.maxExtraForks,
    };
    return { ...base, kind, ...source, settings };
}
// ---------------------------------------------------------------------------------------------
// Effective values (the precedence the schema documents)
/** The metrics that gate a benchmark: its own list, else the top-level one. */
function gatedMetrics(config, benchmark) {
    return benchmark.metrics ?? config.metrics;
}
/**
 * The threshold (fraction) for one metric of one benchmark: the benchmark's per-metric threshold,
 * then its threshold, then the top-level per-metric threshold, then the top-level threshold.
 */
function thresholdFor(config, benchmark, metric) {
    return benchmark.metricThresholds?.[metric] ?? benchmark.threshold ?? config.metricThresholds[metric] ?? config.threshold;
}
// ---------------------------------------------------------------------------------------------
// Hash
/** JSON with object keys sorted at every level: equal data, equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isObj(value)) {
        const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** Run settings that change what a benchmark of a kind measures (not timeouts or adaptive extras). */
const HASHED_SETTINGS = {
    file: ['forks', 'time', 'iterations', 'warmupTime', 'warmup'],
    command: ['forks', 'warmup', 'runs'],
    import: [],
};
function relPosix(dir, abs) {
    const rel = external_node_path_.relative(dir, abs);
    return rel === '' ? '.' : rel.split(external_node_path_.sep).join('/');
}
/**
 * sha256 (hex) identifying the measured suite: for each benchmark (sorted by name) its name, kind,
 * source (paths relative to the config directory, in / form) and the run settings that shape its
 * samples. Deliberately left out: thresholds, gated metrics, directions, policy, budget, timeout
 * and maxExtraForks. They change how results are judged or how long perf-gate waits, not what is
 * measured, so tuning them neither warns about nor orphans an existing baseline.
 */
function configHash(config) {
    const benchmarks = [...config.benchmarks]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((b) => {
        const settings = {};
        for (const k of HASHED_SETTINGS[b.kind])
            settings[k] = b.settings[k];
        if (b.kind === 'file')
            return { name: b.name, kind: b.kind, file: relPosix(config.dir, b.file), settings };
        if (b.kind === 'command') {
            return { name: b.name, kind: b.kind, command: b.command, cwd: relPosix(config.dir, b.cwd), env: b.env, settings };
        }
        return { name: b.name, kind: b.kind, format: b.format, file: b.file.split('\\').join('/') };
    });
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonicalJson({ hashVersion: 1, benchmarks })).digest('hex');
}
/** The keys this loader reads; a test checks it equals the key table (KEYS in schema.ts). */
const HANDLED_KEYS = new Set([
    'threshold', 'thresholds', 'metrics', ...RUN_SETTING_KEYS, 'policy', 'budget', 'benchmarks',
    'name', 'file', 'command', 'import', 'cwd', 'env', 'directions',
]);


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ keyDef),
/* harmony export */   So: () => (/* binding */ POLICY_NAMES),
/* harmony export */   X: () => (/* binding */ DIRECTIONS),
/* harmony export */   cN: () => (/* binding */ POLICY_KEYS),
/* harmony export */   d0: () => (/* binding */ benchmarkKeyNames),
/* harmony export */   ic: () => (/* binding */ BENCHMARK_KINDS),
/* harmony export */   nz: () => (/* binding */ IMPORT_KEYS),
/* harmony export */   qm: () => (/* binding */ keysFor),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports KEYS, generateJsonSchema, jsonSchemaText, configReferenceMarkdown */
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3010);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3750);
// The one table of config keys. It drives both the loader (which keys exist where, what the nearest
// valid key is, the defaults) and the JSON Schema for editors (`perf-gate.schema.json`, generated by
// `generateJsonSchema` and checked by a test to equal the committed file). To add a key: add a row
// here, handle its type in load.ts, then run `npx node src/config/write-schema.ts`.


const BENCHMARK_KINDS = ['file', 'command', 'import'];
const ALL = ['global', 'file', 'command', 'import'];
const BENCH_ALL = ['file', 'command', 'import'];
const MEASURED = ['global', 'file', 'command'];
/** Defaults of the normalised config (durations in ms, thresholds as fractions). */
const DEFAULTS = {
    threshold: 0.1,
    metrics: [..._core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATED_METRICS */ .yJ],
    forks: 3,
    time: 500,
    iterations: 10,
    warmupTime: 100,
    /** Warm-up iterations of a file benchmark / warm-up runs of a command benchmark. */
    warmup: { file: 10, command: 2, import: 0 },
    runs: 20,
    timeout: 60_000,
    maxExtraForks: 10,
    budget: 0,
    // 0.99: the study (bench/study) showed 0.95 raising a false alarm in about 1 run in 50 on a noisy
    // 2-core machine; a gate that cries wolf gets switched off.
    policy: { name: 'noise', confidence: 0.99, failOnInconclusive: false, shownFraction: 0.5 },
};
const THRESHOLD_RULE = `A percentage: "10%", or a bare number, which is also read as percent (10 = 10%, 0.5 = 0.5%, never a fraction). ` +
    `Range 0% < t ≤ ${_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_THRESHOLD_PERCENT */ .vC}%.`;
const DURATION_RULE = 'A number of milliseconds, or a string with a unit ms, s, m (minutes) or h: "500ms", "2s", "1m". At most 24h.';
const METRIC_LIST = _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .NATIVE_METRICS */ .EB.map((m) => `${m.name} (${m.label})`).join(', ');
const KEYS = [
    // Gating: global, overridable per benchmark.
    {
        key: 'threshold',
        type: 'threshold',
        places: ALL,
        default: '10%',
        description: `A change larger than this (in the worse direction) is a regression. ${THRESHOLD_RULE} Precedence for a metric of a benchmark: the benchmark's thresholds.<metric>, then its threshold, then the top-level thresholds.<metric>, then the top-level threshold. The CLI's --threshold replaces the top-level value.`,
    },
    {
        key: 'thresholds',
        type: 'thresholds',
        places: ALL,
        description: `Per-metric thresholds, e.g. { p99: 20% }. Each value: ${THRESHOLD_RULE}`,
    },
    {
        key: 'metrics',
        type: 'metrics',
        places: ALL,
        default: [..._core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_GATED_METRICS */ .yJ],
        description: `Which metrics gate (all are reported). Native metrics: ${METRIC_LIST}. Import benchmarks may name any metric of the imported tool.`,
    },
    // Measuring: global, overridable per measured benchmark.
    { key: 'forks', type: 'integer', min: 1, places: MEASURED, default: DEFAULTS.forks, description: 'Separate processes per benchmark; each fork starts from a fresh JIT.' },
    { key: 'time', type: 'duration', places: ['global', 'file'], default: DEFAULTS.time, description: `Measuring time per fork of a file benchmark (tinybench time). ${DURATION_RULE}` },
    { key: 'iterations', type: 'integer', min: 1, places: ['global', 'file'], default: DEFAULTS.iterations, description: 'Minimum iterations per fork of a file benchmark (tinybench iterations).' },
    { key: 'warmupTime', type: 'durationOrZero', places: ['global', 'file'], default: DEFAULTS.warmupTime, description: `Warm-up time per fork of a file benchmark; 0 disables it. ${DURATION_RULE}` },
    {
        key: 'warmup',
        type: 'integer',
        min: 0,
        places: MEASURED,
        description: `Warm-up iterations per fork (file benchmarks, default ${DEFAULTS.warmup.file}) or unmeasured warm-up runs per fork (command benchmarks, default ${DEFAULTS.warmup.command}). A top-level value applies to both kinds.`,
    },
    { key: 'runs', type: 'integer', min: 1, places: ['global', 'command'], default: DEFAULTS.runs, description: 'Measured runs (samples) per fork of a command benchmark.' },
    { key: 'timeout', type: 'duration', places: MEASURED, default: DEFAULTS.timeout, description: `Hard limit per fork; a fork still running then is killed and its benchmark reports an error. ${DURATION_RULE}` },
    { key: 'maxExtraForks', type: 'integer', min: 0, places: MEASURED, default: DEFAULTS.maxExtraForks, description: 'Extra forks the adaptive sampler may add to a benchmark whose verdict is unresolved (0 disables it).' },
    // Top level only.
    {
        key: 'policy',
        type: 'policy',
        places: ['global'],
        default: { ...DEFAULTS.policy },
        description: 'The verdict rule: a name (noise | percentage) or { name, confidence, failOnInconclusive }.',
    },
    { key: 'budget', type: 'durationOrZero', places: ['global'], default: DEFAULTS.budget, description: `Time budget for adaptive sampling (extra forks) over the whole suite; 0 adds none. ${DURATION_RULE}` },
    { key: 'benchmarks', type: 'benchmarks', places: ['global'], description: 'The suite: a non-empty list of benchmarks, each with a unique name and exactly one of file, command or import.' },
    // Benchmarks only.
    { key: 'name', type: 'name', places: BENCH_ALL, description: 'Unique name of the benchmark. The tasks of a file benchmark are reported as <name>/<task> (or <name> for a single task).' },
    {
        key: 'file',
        type: 'modulePath',
        places: ['file'],
        description: 'A JS/TS module (.js, .mjs, .cjs, .ts, .mts, .cts), relative to the config file, that default-exports a tinybench Bench or a function (bench) => void that adds tasks. Must exist.',
    },
    { key: 'command', type: 'command', places: ['command'], description: 'A shell command; each run is one sample. Not checked for existence until it runs.' },
    { key: 'import', type: 'import', places: ['import'], description: "Results of another tool to import instead of measuring: { format, file }." },
    { key: 'cwd', type: 'directory', places: ['command'], description: 'Working directory of the command, relative to the config file (default: the config file’s directory). Must exist.' },
    { key: 'env', type: 'env', places: ['command'], description: 'Extra environment variables for the command (name → value; numbers and booleans are turned into strings).' },
    { key: 'directions', type: 'directions', places: BENCH_ALL, description: 'Per-metric direction overrides (metric → lower | higher): which way is better. Mostly for imported custom metrics.' },
];
/** The keys of `policy: { ... }`. */
const POLICY_KEYS = [
    { key: 'name', default: DEFAULTS.policy.name, description: 'noise (default): a noise-aware rule that uses forks and history; percentage: a plain threshold on the point values.' },
    { key: 'confidence', default: DEFAULTS.policy.confidence, description: 'Confidence for the whole suite (1 − family-wise false-alarm rate): a number 0 < c < 1 such as 0.95, or "95%".' },
    { key: 'failOnInconclusive', default: DEFAULTS.policy.failOnInconclusive, description: 'Fail the gate when a gated metric is inconclusive.' },
    {
        key: 'shownFraction',
        default: DEFAULTS.policy.shownFraction,
        description: 'Noise rule: the share of the threshold a worsening must be shown (at the suite-wide confidence) to exceed before it is a regression, 0 ≤ f < 1. 0 flags any worsening shown to be real whose interval reaches the threshold; higher ignores more slow drift of the machine.',
    },
];
const POLICY_NAMES = ['noise', 'percentage'];
/** The keys of `import: { ... }`. */
const IMPORT_KEYS = [
    { key: 'format', description: "The tool's output format (an importer name)." },
    { key: 'file', description: 'Path or glob of the tool output, relative to the config file.' },
];
const DIRECTIONS = ['lower', 'higher'];
function keysFor(place) {
    return KEYS.filter((k) => k.places.includes(place));
}
/** Every key a benchmark entry may hold, of any kind. */
function benchmarkKeyNames() {
    return KEYS.filter((k) => k.places.some((p) => p !== 'global')).map((k) => k.key);
}
function keyDef(key) {
    return KEYS.find((k) => k.key === key);
}
const PERCENT_PATTERN = '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*%?\\s*$';
const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*(ms|s|m|h)?\\s*$';
function schemaForType(def, place) {
    switch (def.type) {
        case 'threshold':
            return { $ref: '#/$defs/threshold' };
        case 'thresholds':
            return { $ref: '#/$defs/thresholds' };
        case 'metrics':
            return { $ref: '#/$defs/metrics' };
        case 'duration':
            return { $ref: '#/$defs/duration' };
        case 'durationOrZero':
            return { $ref: '#/$defs/durationOrZero' };
        case 'integer':
            return { type: 'integer', minimum: def.min ?? 0 };
        case 'policy':
            return { $ref: '#/$defs/policy' };
        case 'benchmarks':
            return { type: 'array', minItems: 1, items: { $ref: '#/$defs/benchmark' } };
        case 'name':
            return { type: 'string', minLength: 1, pattern: '\\S' };
        case 'modulePath':
            return { type: 'string', minLength: 1, pattern: '\\.(js|mjs|cjs|ts|mts|cts)$' };
        case 'command':
            return { type: 'string', minLength: 1, pattern: '\\S' };
        case 'directory':
            return { type: 'string', minLength: 1 };
        case 'env':
            return {
                type: 'object',
                propertyNames: { pattern: '^[^=]+$' },
                additionalProperties: { type: ['string', 'number', 'boolean'] },
            };
        case 'import':
            return { $ref: '#/$defs/import' };
        case 'directions':
            return { $ref: '#/$defs/directions' };
        default: {
            const never = def.type;
            throw new Error(`no schema for ${String(never)} at ${place}`);
        }
    }
}
function withDoc(def, place) {
    const s = { description: def.description, ...schemaForType(def, place) };
    if (place === 'global' && def.default !== undefined)
        s.default = def.default;
    return s;
}
function generateJsonSchema() {
    const globalProps = {};
    for (const def of keysFor('global'))
        globalProps[def.key] = withDoc(def, 'global');
    const benchProps = {};
    for (const def of KEYS.filter((k) => k.places.some((p) => p !== 'global')))
        benchProps[def.key] = withDoc(def, 'benchmark');
    // Per kind: keys of other kinds are forbidden, and file/command benchmarks gate native metrics only.
    const kindRules = BENCHMARK_KINDS.map((kind) => {
        const props = {};
        for (const def of KEYS) {
            if (def.places.some((p) => p !== 'global') && !def.places.includes(kind))
                props[def.key] = false;
        }
        if (kind !== 'import') {
            props.metrics = { type: 'array', items: { $ref: '#/$defs/nativeMetric' } };
            props.thresholds = { type: 'object', propertyNames: { $ref: '#/$defs/nativeMetric' } };
            props.directions = { type: 'object', propertyNames: { $ref: '#/$defs/nativeMetric' } };
        }
        return { if: { required: [kind] }, then: { properties: props } };
    });
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'perf-gate.schema.json',
        title: 'perf-gate config',
        description: 'perf-gate.yml (or .json): the benchmark suite perf-gate measures and the rule that gates it. Relative paths are resolved against the config file’s directory.',
        type: 'object',
        additionalProperties: false,
        required: ['benchmarks'],
        properties: globalProps,
        patternProperties: {
            '^x-': { description: 'Ignored by perf-gate: a place for YAML anchors shared by benchmarks (x-common: &common …, then <<: *common).' },
        },
        $defs: {
            threshold: {
                description: THRESHOLD_RULE,
                anyOf: [
                    { type: 'number', exclusiveMinimum: 0, maximum: MAX_THRESHOLD_PERCENT },
                    { type: 'string', pattern: PERCENT_PATTERN },
                ],
            },
            thresholds: {
                type: 'object',
                propertyNames: { $ref: '#/$defs/metricName' },
                additionalProperties: { $ref: '#/$defs/threshold' },
            },
            duration: {
                description: `${DURATION_RULE} Must be positive.`,
                anyOf: [
                    { type: 'number', exclusiveMinimum: 0, maximum: 86_400_000 },
                    { type: 'string', pattern: DURATION_PATTERN },
                ],
            },
            durationOrZero: {
                description: `${DURATION_RULE} 0 is allowed.`,
                anyOf: [
                    { type: 'number', minimum: 0, maximum: 86_400_000 },
                    { type: 'string', pattern: DURATION_PATTERN },
                ],
            },
            nativeMetric: { enum: [...NATIVE_METRIC_NAMES] },
            metricName: {
                description: 'A native metric, or (import benchmarks only) any metric name of the imported tool.',
                anyOf: [{ $ref: '#/$defs/nativeMetric' }, { type: 'string', minLength: 1 }],
            },
            metrics: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/metricName' } },
            directions: {
                type: 'object',
                propertyNames: { $ref: '#/$defs/metricName' },
                additionalProperties: { enum: [...DIRECTIONS] },
            },
            policy: {
                anyOf: [
                    { enum: [...POLICY_NAMES] },
                    {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            name: { description: POLICY_KEYS[0].description, enum: [...POLICY_NAMES], default: POLICY_KEYS[0].default },
                            confidence: {
                                description: POLICY_KEYS[1].description,
                                default: POLICY_KEYS[1].default,
                                anyOf: [
                                    { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
                                    { type: 'string', pattern: '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*%\\s*$' },
                                ],
                            },
                            failOnInconclusive: { description: POLICY_KEYS[2].description, type: 'boolean', default: POLICY_KEYS[2].default },
                            shownFraction: { description: POLICY_KEYS[3].description, type: 'number', minimum: 0, exclusiveMaximum: 1, default: POLICY_KEYS[3].default },
                        },
                    },
                ],
            },
            import: {
                type: 'object',
                additionalProperties: false,
                required: ['format', 'file'],
                properties: {
                    format: { description: IMPORT_KEYS[0].description, type: 'string', minLength: 1 },
                    file: { description: IMPORT_KEYS[1].description, type: 'string', minLength: 1 },
                },
            },
            benchmark: {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: benchProps,
                oneOf: BENCHMARK_KINDS.map((kind) => ({ required: [kind] })),
                allOf: kindRules,
            },
        },
    };
}
/** The committed file's exact text. */
function jsonSchemaText() {
    return `${JSON.stringify(generateJsonSchema(), null, 2)}\n`;
}
// ---------------------------------------------------------------------------------------------
// Config reference for the README, from the same table.
function formatDefault(value) {
    if (value === undefined)
        return '';
    if (Array.isArray(value))
        return `\`[${value.join(', ')}]\``;
    if (typeof value === 'object' && value !== null) {
        return `\`{ ${Object.entries(value).map(([k, v]) => `${k}: ${String(v)}`).join(', ')} }\``;
    }
    return `\`${String(value)}\``;
}
function placesText(def) {
    const kinds = def.places.filter((p) => p !== 'global');
    const top = def.places.includes('global');
    if (kinds.length === 0)
        return 'top level';
    const bench = kinds.length === 3 ? 'any benchmark' : `${kinds.join(' and ')} benchmarks`;
    return top ? `top level, ${bench}` : bench;
}
/** A markdown table of every key: where it goes, its default, what it means. */
function configReferenceMarkdown() {
    const lines = ['| key | where | default | meaning |', '|---|---|---|---|'];
    for (const def of KEYS) {
        let dflt = formatDefault(def.default);
        if (def.key === 'warmup')
            dflt = `\`${DEFAULTS.warmup.file}\` (file), \`${DEFAULTS.warmup.command}\` (command)`;
        if (def.type === 'duration' || def.type === 'durationOrZero')
            dflt = dflt.replace(/`(\d+)`/, '`$1` ms');
        lines.push(`| \`${def.key}\` | ${placesText(def)} | ${dflt} | ${def.description.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;')} |`);
    }
    return `${lines.join('\n')}\n`;
}


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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
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
 * given: the value is in percent, with or without the `%` sign. `"10%"`, `10` and `"10"` all mean
 * 10%; `0.5` means 0.5% (not 50%). Accepted range: 0% < t ≤ 1000%.
 */
function parseThreshold(value, where) {
    let percent = Number.NaN;
    if (typeof value === 'number')
        percent = value;
    else if (typeof value === 'string') {
        const m = PERCENT_RE.exec(value);
        if (m)
            percent = Number(m[1]);
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
            ms = Number(m[1]) * DURATION_UNITS[m[2] ?? 'ms'];
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
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => {
        const row = new Array(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
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

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ directionFromUnit),
/* harmony export */   EB: () => (/* binding */ NATIVE_METRICS),
/* harmony export */   mL: () => (/* binding */ nativeMetric),
/* harmony export */   ov: () => (/* binding */ NATIVE_METRIC_NAMES),
/* harmony export */   yJ: () => (/* binding */ DEFAULT_GATED_METRICS)
/* harmony export */ });
const NATIVE_METRICS = [
    { name: 'p50', unit: 'ns', direction: 'lower', label: 'median latency', quantile: 0.5, read: (s) => s.p50 },
    { name: 'p99', unit: 'ns', direction: 'lower', label: '99th percentile latency', quantile: 0.99, read: (s) => s.p99 },
    { name: 'p999', unit: 'ns', direction: 'lower', label: '99.9th percentile latency', quantile: 0.999, read: (s) => s.p999 },
    { name: 'mean', unit: 'ns', direction: 'lower', label: 'mean latency', read: (s) => s.mean },
    { name: 'min', unit: 'ns', direction: 'lower', label: 'fastest sample', read: (s) => s.min },
    { name: 'max', unit: 'ns', direction: 'lower', label: 'slowest sample', read: (s) => s.max },
    { name: 'stddev', unit: 'ns', direction: 'lower', label: 'standard deviation', read: (s) => s.stddev },
    { name: 'throughput', unit: 'ops/s', direction: 'higher', label: 'operations per second', read: (s) => s.throughput },
];
const NATIVE_METRIC_NAMES = NATIVE_METRICS.map((m) => m.name);
function nativeMetric(name) {
    return NATIVE_METRICS.find((m) => m.name === name);
}
/** Metrics that gate when the config does not say. */
const DEFAULT_GATED_METRICS = ['p50', 'p99', 'throughput'];
/**
 * The direction of a metric from its unit, for imported and custom metrics: time and bytes are
 * lower-is-better, rates (anything per second, per op…) higher-is-better. Undecidable → undefined.
 */
function directionFromUnit(unit) {
    const u = unit.trim().toLowerCase();
    if (/^(ns|us|µs|μs|ms|s|sec|seconds?|minutes?|min|h)(\/(op|iter|call|it))?$/.test(u))
        return 'lower';
    if (/^(b|kb|kib|mb|mib|gb|gib|bytes?)(\/(op|iter|call|it))?$/.test(u))
        return 'lower';
    if (/^allocs?(\/(op|iter|call|it))?$/.test(u))
        return 'lower';
    if (/^(ops?|operations|iter(ations)?|calls|runs|items|elements|req(uests)?|bytes|b|kb|mb|gb|mib|gib)\/(s|sec|second|ms|us|µs|ns|min)$/.test(u))
        return 'higher';
    if (/^(ops|hz)$/.test(u))
        return 'higher';
    // Generic rules (importers): any count per unit of time is a rate; any quantity per operation is
    // a cost (`fields/op`, `instructions/op`).
    if (/^[a-z_][\w .-]*\/(s|sec|second|ms|us|µs|μs|ns|min)$/.test(u))
        return 'higher';
    if (/^[a-z_][\w .-]*\/(op|iter|call|it|invocation)$/.test(u))
        return 'lower';
    return undefined;
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

/***/ 3502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P7: () => (/* binding */ addForks),
  Wh: () => (/* reexport */ machineFingerprint),
  measure: () => (/* binding */ measure),
  WY: () => (/* reexport */ runWorker)
});

// UNUSED EXPORTS: RESERVOIR_SIZE, consoleProgress, formatSeconds, reduceForks, silentProgress

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: ./src/stats/reservoir.ts
var reservoir = __nccwpck_require__(6394);
// EXTERNAL MODULE: ./src/stats/summary.ts
var summary = __nccwpck_require__(2303);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/measure/children.ts
// Child processes of a run: spawned detached (each its own process group) so that a hang can be
// killed with everything it started (`sh -c "a | b"`, a worker's own children). Detached groups do
// not receive the terminal's Ctrl-C, so while any is alive we forward SIGINT/SIGTERM/SIGHUP (and
// process exit) to them: interrupting perf-gate never leaves benchmarks burning CPU in the background.

const live = new Set();
/** Synchronous clean-ups (a run's temporary directory) to do if a signal ends the process. */
const cleanups = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
function killGroup(child, afterExit = false) {
    const signal = 'SIGKILL';
    if (child.pid === undefined)
        return;
    if (!afterExit && (child.exitCode !== null || child.signalCode !== null))
        return;
    try {
        process.kill(-child.pid, signal);
    }
    catch {
        if (afterExit)
            return;
        try {
            child.kill(signal);
        }
        catch {
            // already gone
        }
    }
}
function killAll() {
    for (const child of live)
        killGroup(child);
}
function onSignal(signal) {
    killAll();
    for (const cleanup of cleanups) {
        try {
            cleanup();
        }
        catch {
            // best effort: the process is ending anyway
        }
    }
    cleanups.clear();
    uninstall();
    // Re-raise so the default behaviour still ends the process, unless someone else handles it.
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
/** Handlers are installed only while there is something to stop or clean, so idle code is unaffected. */
function update() {
    const needed = live.size > 0 || cleanups.size > 0;
    if (needed && !installed) {
        for (const s of SIGNALS)
            process.on(s, onSignal);
        process.on('exit', killAll);
        installed = true;
    }
    else if (!needed && installed) {
        uninstall();
    }
}
function uninstall() {
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', killAll);
    installed = false;
}
function track(child) {
    live.add(child);
    update();
    const forget = () => {
        if (!live.delete(child))
            return;
        update();
    };
    child.once('exit', forget);
    child.once('error', forget);
}
/**
 * Runs `cleanup` (synchronously) if SIGINT, SIGTERM or SIGHUP ends the process before the returned
 * function is called: a run interrupted between forks still removes its temporary directory.
 */
function cleanUpOnSignal(cleanup) {
    cleanups.add(cleanup);
    update();
    return () => {
        cleanups.delete(cleanup);
        update();
    };
}
/** A bounded buffer of the last bytes a stream wrote. */
class Tail {
    chunks = [];
    size = 0;
    limit;
    constructor(limit = 8192) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length >= this.limit)
            this.size -= this.chunks.shift().length;
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/** The last non-empty lines of some output, joined with " | " and cut to about `max` characters. */
function lastLines(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const lines = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let out = '';
    for (let i = lines.length - 1; i >= 0; i--) {
        const next = out ? `${lines[i]} | ${out}` : lines[i];
        if (next.length > max) {
            if (!out)
                out = `...${lines[i].slice(lines[i].length - (max - 3))}`;
            break;
        }
        out = next;
    }
    return out;
}
/**
 * Spawns a process in its own group, drains its output (keeping only tails), and resolves when it
 * exits. After `timeoutMs` the whole group is SIGKILLed and `timedOut` is set.
 */
function runChild(file, args, options) {
    const { timeoutMs, ...spawnOptions } = options;
    return new Promise((resolve) => {
        const stderr = new Tail();
        const stdout = new Tail(2048);
        const start = process.hrtime.bigint();
        let timedOut = false;
        let settled = false;
        let child;
        const done = (result, end) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({ ...result, timedOut, stderr: stderr.text(), stdout: stdout.text(), elapsedNs: end - start });
        };
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)(file, args, { ...spawnOptions, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        }
        catch (err) {
            resolve({ code: null, signal: null, timedOut: false, spawnError: err, stderr: '', stdout: '', elapsedNs: 0n });
            return;
        }
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child);
        }, timeoutMs);
        track(child);
        child.stdout?.on('data', (c) => stdout.push(c));
        child.stderr?.on('data', (c) => stderr.push(c));
        child.once('error', (err) => done({ code: null, signal: null, spawnError: err }, process.hrtime.bigint()));
        child.once('exit', (code, signal) => {
            const end = process.hrtime.bigint();
            // Kill what the process may have left behind in its group (a backgrounded grandchild would
            // otherwise keep the pipes open and keep running).
            killGroup(child, true);
            // Wait for the pipes to drain so the stderr tail is complete, but never for long: a grandchild
            // that escaped the group may still hold them.
            let waiting = 0;
            const streams = [child.stdout, child.stderr].filter((s) => s && !s.readableEnded);
            if (streams.length === 0)
                return done({ code, signal }, end);
            const guard = setTimeout(() => done({ code, signal }, end), 200);
            for (const s of streams) {
                waiting++;
                s.once('close', () => {
                    if (--waiting === 0) {
                        clearTimeout(guard);
                        done({ code, signal }, end);
                    }
                });
            }
        });
    });
}

// EXTERNAL MODULE: ./src/measure/protocol.ts
var protocol = __nccwpck_require__(3582);
;// CONCATENATED MODULE: ./src/measure/progress.ts
// Progress of a measuring run, reported through a small sink so entry points choose where it goes
// (the CLI: stderr; tests: an array). The default sink writes human lines to stderr: on a TTY one
// line rewritten in place, otherwise one line per finished fork.
const silentProgress = { event() { } };
/** `250 ms`, `1.5 s`, `12 s`, `2 min 5 s`. */
function formatSeconds(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))} ms`;
    const s = ms / 1000;
    if (s < 10) {
        const r = Math.round(s * 10) / 10;
        return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)} s`;
    }
    if (s < 120)
        return `${Math.round(s)} s`;
    const whole = Math.round(s);
    const rest = whole % 60;
    return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''}`;
}
function consoleProgress(stream = process.stderr) {
    const tty = stream.isTTY === true;
    let open = false; // a status line is on screen (TTY)
    const clear = () => {
        if (open)
            stream.write('\r\x1b[K');
        open = false;
    };
    const where = (e) => `${e.done}/${e.total} forks, ${formatSeconds(e.elapsedMs)} elapsed${e.remainingMs ? `, ~${formatSeconds(e.remainingMs)} left` : ''}`;
    return {
        event(e) {
            switch (e.type) {
                case 'start':
                    if (!tty)
                        stream.write(`perf-gate: measuring ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'}, ${e.total} fork${e.total === 1 ? '' : 's'}\n`);
                    break;
                case 'fork-start':
                    if (tty) {
                        clear();
                        stream.write(`perf-gate: ${e.benchmark} · fork ${e.fork}/${e.forks} · ${where(e)}`);
                        open = true;
                    }
                    break;
                case 'fork-end':
                    if (e.error) {
                        clear();
                        stream.write(`perf-gate: ${e.benchmark} fork ${e.fork}/${e.forks} failed: ${e.error}\n`);
                    }
                    else if (!tty) {
                        stream.write(`perf-gate: ${e.benchmark} fork ${e.fork}/${e.forks} done in ${formatSeconds(e.durationMs)} (${where(e)})\n`);
                    }
                    break;
                case 'end':
                    clear();
                    stream.write(`perf-gate: measured ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'} in ${formatSeconds(e.elapsedMs)}` +
                        (e.errors ? `, ${e.errors} failed` : '') +
                        '\n');
                    break;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/measure/command.ts
// `command` benchmarks: a shell command run `warmup` times, then `runs` times, each run timed from
// spawn to exit as one sample. One fork is one such batch, run from the parent: the command is its
// own process already, and separate batches show the between-batch variation.






function failure(bench, run) {
    const prefix = `benchmark "${bench.name}"`;
    if (run.spawnError) {
        if (run.spawnError.code === 'ENOENT')
            return `${prefix}: cannot start a shell for the command: ${run.spawnError.message}`;
        return `${prefix}: cannot start the command: ${run.spawnError.message}`;
    }
    if (run.code === 127) {
        const m = /(?:^|\s|:)([^\s:]+):\s*(?:command )?not found/.exec(run.stderr) ?? /([^\s:]+): No such file or directory/.exec(run.stderr);
        const name = m ? m[1] : bench.command.trim().split(/\s+/)[0];
        return `${prefix}: command not found: ${name}`;
    }
    if (run.code === 126) {
        const tail = lastLines(run.stderr);
        return `${prefix}: command cannot be executed (exit 126)${tail ? `: ${tail}` : ''}`;
    }
    if (run.code !== null && run.code !== 0) {
        const tail = lastLines(run.stderr);
        return `${prefix}: command exited with code ${run.code}${tail ? `: ${tail}` : ' (no stderr output)'}`;
    }
    if (run.signal) {
        const tail = lastLines(run.stderr);
        return `${prefix}: command was killed by ${run.signal}${tail ? `: ${tail}` : ''}`;
    }
    return undefined;
}
async function runCommandFork(bench, fork) {
    const { warmup, runs, timeout } = bench.settings;
    const deadline = Date.now() + timeout;
    const env = { ...process.env, ...bench.env };
    if (runs < 1)
        return { ok: false, error: `benchmark "${bench.name}": runs must be at least 1` };
    if (!(0,external_node_fs_.existsSync)(bench.cwd))
        return { ok: false, error: `benchmark "${bench.name}": working directory not found: ${bench.cwd}` };
    const samples = new Float64Array(runs);
    let measureStart = 0;
    for (let i = 0; i < warmup + runs; i++) {
        if (i === warmup)
            measureStart = performance.now();
        const remaining = deadline - Date.now();
        const run = remaining <= 0
            ? undefined
            : await runChild(bench.command, [], { shell: true, cwd: bench.cwd, env, timeoutMs: remaining });
        if (!run || run.timedOut) {
            return { ok: false, error: `benchmark "${bench.name}": timed out after ${formatSeconds(timeout)} in fork ${fork}` };
        }
        const error = failure(bench, run);
        if (error)
            return { ok: false, error };
        if (i >= warmup)
            samples[i - warmup] = Number(run.elapsedNs);
    }
    return {
        ok: true,
        summary: (0,summary/* summarizeLatencies */._)(samples),
        durationMs: performance.now() - measureStart,
        reservoir: (0,reservoir/* reservoir */.M)(samples, protocol/* RESERVOIR_SIZE */.M),
    };
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(3323);
;// CONCATENATED MODULE: ./src/measure/fingerprint.ts
// What a results document records about where and from what it was measured.



function machineFingerprint() {
    const cpus = external_node_os_default().cpus();
    return {
        node: process.version,
        os: `${external_node_os_default().platform()} ${external_node_os_default().release()}`,
        arch: external_node_os_default().arch(),
        cpu: cpus[0]?.model?.trim() || 'unknown',
        cores: typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : cpus.length,
        memoryBytes: external_node_os_default().totalmem(),
        runner: process.env.RUNNER_NAME || external_node_os_default().hostname(),
    };
}
function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, timeout: 5000, windowsHide: true }, (err, stdout) => {
            resolve(err ? undefined : stdout.trim() || undefined);
        });
    });
}
/** `GITHUB_SHA`/`GITHUB_REF` on Actions, else `git` in `dir` when it works, else nothing. */
async function detectGit(dir, env = process.env) {
    if (env.GITHUB_SHA) {
        const info = { commit: env.GITHUB_SHA };
        if (env.GITHUB_REF)
            info.ref = env.GITHUB_REF;
        return info;
    }
    const commit = await git(['rev-parse', '--verify', '-q', 'HEAD'], dir);
    if (!commit)
        return {};
    const ref = await git(['symbolic-ref', '-q', 'HEAD'], dir);
    return ref ? { commit, ref } : { commit };
}
/** perf-gate's version from its package.json (source layout or bundle), else "unknown". */
function toolVersion() {
    return (0,version/* packageVersion */.T)(import.meta.url);
}

// EXTERNAL MODULE: ./src/measure/reduce.ts
var reduce = __nccwpck_require__(6044);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./node_modules/tinybench/dist/index.js
const e = Object.freeze(() => {}), t = globalThis.Event;
var n = class extends t {
	get error() {
		return this.#e;
	}
	get reason() {
		return this.#t;
	}
	get task() {
		return this.#n;
	}
	#e;
	#t;
	#n;
	constructor(e, t, n) {
		super(e), t != null && (this.#n = t), typeof n == "string" ? this.#t = n : n != null && (this.#e = n);
	}
};
// src/async.ts
const r = (e) => e !== null && (typeof e == "object" || typeof e == "function") && typeof e.then == "function", i = (t, n = 2, a = new WeakSet()) => {
	try {
		if (!r(t) || a.has(t)) return;
		if (n < -1) {
			a.add(t), t.catch?.(e);
			return;
		}
		a.add(t);
		let o = (e) => {
			i(e, n - 1, a);
		};
		i(t.then(o, o), n - 1, a);
	} catch {}
}, a = (async () => {}).constructor, o = (e) => typeof e == "function" && e.constructor === a, s = (e) => {
	if (e == null) return !1;
	if (o(e)) return !0;
	try {
		let t = e(), n = r(t);
		return n && i(t), n;
	} catch {
		return !1;
	}
}, c = (e, t) => {
	if (!e) {
		let e = Error.stackTraceLimit;
		try {
			Error.stackTraceLimit = 0;
			let n = Error(t);
			throw Error.stackTraceLimit = e, e !== 0 && Error.captureStackTrace(n, c), n;
		} finally {
			Error.stackTraceLimit = e;
		}
	}
}, l = (e) => {
	switch (typeof e) {
		case "function": return Error(e.name);
		case "object": if (e !== null) return e instanceof Error ? e : Error(e.message ?? "");
		case "undefined": return Error();
		case "string": return Error(e);
		default: return Error(String(e));
	}
}, u = (e) => Number(e) / 1e6, d = (e) => Number(e) * 1e6, f = (e) => e, p = (e) => BigInt(Math.round(e * 1e6));
// src/runtime.ts
function m(e = globalThis) {
	let t = "unknown", n = "unknown";
	if (e.Bun || e.process && e.process.versions?.bun) {
		t = "bun";
		let r = e.Bun?.version;
		if (r) n = r;
		else {
			let t = e.process?.versions?.bun;
			t && (n = t);
		}
	} else e.Deno ? (t = "deno", n = e.Deno.version?.deno ?? "unknown") : e.process && e.process.release?.name === "node" ? (t = "node", n = e.process.versions?.node ?? "unknown") : e.HermesInternal ? (t = "hermes", n = e.HermesInternal.getRuntimeProperties?.()["OSS Release Version"] ?? "unknown") : h(e) && e.navigator.userAgent === "Cloudflare-Workers" ? t = "workerd" : h(e) && e.navigator.userAgent.toLowerCase().startsWith("quickjs-ng") ? (t = "quickjs-ng", n = e.navigator.userAgent.split("/")[1] ?? "unknown") : typeof e.Netlify == "object" ? t = "netlify" : typeof e.EdgeRuntime == "string" ? t = "edge-light" : e.__lagon__ ? t = "lagon" : e.fastly ? t = "fastly" : e.$262 && e.lockdown && e.AsyncDisposableStack ? t = "moddable" : e.d8 ? (t = "v8", n = typeof e.version == "function" ? e.version() : "unknown") : e.inIon && e.performance && e.performance.mozMemory ? t = "spidermonkey" : typeof e.$ == "object" && e.$ !== null && "IsHTMLDDA" in e.$ ? t = "jsc" : e.window && e.navigator && (t = "browser");
	return {
		runtime: t,
		version: n
	};
}
function h(e = globalThis) {
	return typeof e.navigator == "object" && e.navigator !== null && typeof e.navigator.userAgent == "string";
}
const { runtime: g, version: _ } = m(), v = globalThis.performance.now.bind(globalThis.performance), y = {
	fn: v,
	fromMs: f,
	name: "performanceNow",
	toMs: f
}, b = globalThis.process?.hrtime?.bigint.bind(globalThis.process?.hrtime) ?? (() => {
	throw Error("hrtime.bigint() is not supported in this JS environment");
}), x = () => u(b()), S = {
	fn: b,
	fromMs: p,
	name: "hrtimeNow",
	toMs: u
}, C = globalThis.Bun?.nanoseconds, w = C ? {
	fn: C,
	fromMs: d,
	name: "bunNanoseconds",
	toMs: u
} : void 0;
function T(e) {
	return {
		fn: e,
		fromMs: f,
		name: "custom",
		toMs: f
	};
}
const ee = (e = g) => e === "bun" ? w : e === "deno" ? y : e === "node" ? S : y, E = (e) => {
	switch (typeof e) {
		case "function": return T(e);
		case "string": switch (e) {
			case "auto": return ee();
			case "bunNanoseconds": return w ?? y;
			case "hrtimeNow": return S;
			default: return y;
		}
		case "object": return e === null ? y : (c(D(e), "Invalid Timestamp Provider object"), e);
		case "undefined": return y;
		default: throw Error("Invalid value for 'timestampProvider' or 'now'");
	}
};
function D(e) {
	return typeof e == "object" && !!e && typeof e.fn == "function" && typeof e.name == "string" && typeof e.toMs == "function" && typeof e.fromMs == "function";
}
// src/concurrency.ts
const O = async (e) => {
	let { fn: t, iterations: n, limit: r, signal: i, time: a = 0, timestampProvider: o = y } = e, s = n === 0 ? r : Math.max(0, Math.min(r, n)), c = [], u = [], d = !0, f = 0, p = Number.isFinite(a) && a > 0, m = n > 0, h = 0, g = o.fn, _ = m ? p ? () => d && f++ < n && (g() < h || (d = !1)) : () => d && f++ < n : p ? () => d && (g() < h || (d = !1)) : () => d, v = (e) => {
		d && u.push(e);
	}, b = (e) => {
		c.push(l(e));
	}, x = () => d = !1, S = Array.isArray(i) ? i : i ? [i] : [];
	if (S.some((e) => e.aborted)) return [];
	for (let e of S) e.addEventListener("abort", x);
	let C = async () => {
		for (; _();) try {
			v(await t());
		} catch (e) {
			d = !1, b(e);
			break;
		}
	};
	try {
		p && (h = g() + o.fromMs(a));
		let e = Array.from({ length: s }, () => C());
		await Promise.allSettled(e);
	} finally {
		for (let e of S) e.removeEventListener("abort", x);
	}
	if (c.length === 0) return u;
	throw c.length === 1 ? c[0] : AggregateError(c, "Multiple errors occurred during concurrent execution");
}, k = (e, t = 5, n = 2) => {
	if (e === 1e400) return "+∞";
	if (e === -1e400) return "-∞";
	if (e !== e) return "NaN";
	let r = Math.abs(e);
	if (r >= 10 ** t) return e.toFixed();
	if (r < 10 ** (t - n)) return e.toFixed(n);
	let i = Math.min(Math.max(0, t - (Math.floor(Math.log10(r)) + 1)), n);
	return e.toFixed(i);
}, te = (e) => {
	let t = e.result.state;
	return {
		"Task name": e.name,
		...t === "aborted-with-statistics" || t === "completed" ? {
			"Latency avg (ns)": `${k(d(e.result.latency.mean))} \xb1 ${k(e.result.latency.rme)}%`,
			"Latency med (ns)": `${k(d(e.result.latency.p50))} \xb1 ${k(d(e.result.latency.mad))}`,
			"Throughput avg (ops/s)": `${Math.round(e.result.throughput.mean).toString()} \xb1 ${k(e.result.throughput.rme)}%`,
			"Throughput med (ops/s)": `${Math.round(e.result.throughput.p50).toString()} \xb1 ${Math.round(e.result.throughput.mad).toString()}`,
			Samples: e.result.latency.samplesCount
		} : t === "errored" ? {
			Error: e.result.error.message,
			Stack: e.result.error.stack ?? "N/A"
		} : {
			"Latency avg (ns)": "N/A",
			"Latency med (ns)": "N/A",
			"Throughput avg (ops/s)": "N/A",
			"Throughput med (ops/s)": "N/A",
			Samples: "N/A",
			Remarks: t
		},
		...t === "aborted-with-statistics" && { Remarks: t }
	};
}, [ne, ...A] = [
	.9999999999998099,
	676.5203681218851,
	-1259.1392167224028,
	771.3234287776531,
	-176.6150291621406,
	12.507343278686905,
	-.13857109526572012,
	9984369578019572e-21,
	1.5056327351493116e-7
], j = (e) => {
	let t = ne;
	for (let n = 0; n < A.length; n++) t += A[n] / (e + n);
	return .5 * Math.log(2 * Math.PI) + (e - .5) * Math.log(e + 6.5) - (e + 6.5) + Math.log(t);
}, M = (e, t, n) => {
	let r = e + t, i = e + 1, a = e - 1, o = 1, s = 1 - r * n / i;
	Math.abs(s) < 1e-300 && (s = 1e-300), s = 1 / s;
	let c = s;
	for (let l = 1; l <= 300; l++) {
		let u = 2 * l, d = l * (t - l) * n / ((a + u) * (e + u));
		s = 1 + d * s, Math.abs(s) < 1e-300 && (s = 1e-300), o = 1 + d / o, Math.abs(o) < 1e-300 && (o = 1e-300), s = 1 / s, c *= s * o, d = -(e + l) * (r + l) * n / ((e + u) * (i + u)), s = 1 + d * s, Math.abs(s) < 1e-300 && (s = 1e-300), o = 1 + d / o, Math.abs(o) < 1e-300 && (o = 1e-300), s = 1 / s;
		let f = s * o;
		if (c *= f, Math.abs(f - 1) < 1e-16) break;
	}
	return c;
}, N = (e) => {
	let t = e > 0 ? e : 1, n = t / 2, r = .5, i = n < 12 ? j(n + .5) - j(n) : .5 * Math.log(n) - 1 / (8 * n) + 1 / (192 * n ** 3) - 1 / (640 * n ** 5) + .00118582565234835 / n ** 7 - .00167977198469943 / n ** 9 + .00342404392538552 / n ** 11, a = .5 * Math.log(Math.PI), o = i - .5 * Math.log(t * Math.PI), s = (e) => {
		let o = e * e, s = o / (t + o), c = Math.exp(i - a + n * Math.log1p(-s) + r * Math.log(s));
		return s <= .5 ? 1 - c * M(r, n, s) / r : c * M(n, r, 1 - s) / n;
	}, c = (e) => o - (t + 1) / 2 * Math.log1p(e * e / t), l = 1.959963984540054;
	for (let e = 0; e < 30; e++) {
		let e = Math.exp(-c(l)), t = .5 * (s(l) - .05) * e;
		if (!Number.isFinite(t)) break;
		let n = l + t;
		if (!(n > 0)) break;
		let r = Math.abs(t);
		if (l = n, r <= 4e-16 * e) break;
	}
	return l;
}, P = (e) => Array.isArray(e) && e.length !== 0;
function F(e) {
	let t = e.length;
	if (t < 1024) {
		e.sort(z);
		return;
	}
	let n = !0, r = !0, i = e[0];
	for (let a = 0; a < t; a++) {
		let t = e[a];
		if (!Number.isFinite(t) || Object.is(t, -0)) {
			e.sort(z);
			return;
		}
		(n || r) && (n &&= t >= i, r &&= t <= i, i = t);
	}
	if (n) return;
	if (r) {
		e.reverse();
		return;
	}
	let a = new Float64Array(e).sort();
	for (let n = 0; n < t; n++) e[n] = a[n];
}
const I = (e) => {
	let t = e.length;
	if (t === 1) return {
		mean: e[0],
		vr: 0
	};
	let n = 0, r = 0, i = 0;
	for (; i < t;) {
		let t = e[i++], a = t - n;
		n += a / i, r += a * (t - n);
	}
	return {
		mean: n,
		vr: r / (t - 1)
	};
}, L = (e, t) => {
	let n = e + t;
	return Number.isFinite(n) ? n / 2 : e / 2 + t / 2;
}, R = (e, t) => {
	let n = (e.length - 1) * t, r = Math.floor(n), i = e[r];
	if (n === r) return i;
	let a = e[r + 1];
	if (i === a) return i;
	let o = n - r;
	if (o === .5) return L(i, a);
	let s = a - i;
	return Number.isFinite(s) ? i + o * s : (1 - o) * i + o * a;
}, z = (e, t) => e - t, re = (e, t) => {
	let n = 0, r = e.length, i = 0;
	for (; i < r;) n += (Math.abs(e[i++] - t) - n) / i;
	return n;
};
function B(e, t) {
	let n = e.length;
	if (n === 1) return 0;
	let r = n >> 1, i = n + 1 >> 1, a = 0, o = r, s, c, l, u, d, f;
	for (; a <= o;) {
		if (s = a + o >> 1, c = i - s, l = s === 0 ? -1e400 : t - e[r - s], d = s === r ? 1e400 : t - e[r - s - 1], u = c === 0 ? -1e400 : e[r + c - 1] - t, f = c === n - r ? 1e400 : e[r + c] - t, l <= f && u <= d) return n & 1 ? Math.max(l, u) : L(Math.max(l, u), Math.min(d, f));
		l > f ? o = s - 1 : a = s + 1;
	}
	return 0;
}
const V = (e) => B(e, R(e, .5));
function H(e, t = !1) {
	let { mean: n, vr: r } = I(e), i = Math.sqrt(r), a = i / Math.sqrt(e.length), o = e.length - 1, s = N(o), c = a * s, l = n === 0 ? 1e400 : c / Math.abs(n) * 100, u = R(e, .5);
	return {
		aad: re(e, n),
		critical: s,
		df: o,
		mad: B(e, u),
		max: e[o],
		mean: n,
		min: e[0],
		moe: c,
		p50: u,
		p75: R(e, .75),
		p99: R(e, .99),
		p995: R(e, .995),
		p999: R(e, .999),
		rme: l,
		samples: t ? e : void 0,
		samplesCount: e.length,
		sd: i,
		sem: a,
		variance: r
	};
}
// src/timer-diagnostics.ts
const U = (e, t) => {
	let n = e.length;
	if (n < 10) return;
	let r = 0;
	for (let t of e) t === 0 && r++;
	if (r * 2 > n) return "zero-dominated";
	let i = Math.max(3, Math.min(10, Math.floor(n / 1e3))), a = 1;
	for (let t = 1; t < n && !(e[t] !== e[t - 1] && (a++, a >= i)); t++);
	if (a < i) return "low-distinct";
	if (n > 100 && t === 0) return "zero-mad";
}, ie = (e, t) => U(e, t) !== void 0, W = (e) => {
	let t;
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		if (!(r <= 0) && (t ??= r, e[n + 1] === r)) return r;
	}
	return t;
}, G = (e, t = {}) => {
	let { estimator: n = "median", pairs: r = 1024, warmupPairs: i = 64 } = t, { fn: a, toMs: o } = e;
	if (!Number.isInteger(r) || r <= 0) return 0;
	if (Number.isInteger(i) && i > 0) for (let e = 0; e < i; e++) {
		let e = a();
		o(a() - e);
	}
	let s = [];
	for (let e = 0; e < r; e++) {
		let e = a(), t = o(a() - e);
		t > 0 && s.push(t);
	}
	return s.length * 2 < r ? 0 : (s.sort(z), n === "min" ? s[0] : R(s, n === "p05" ? .05 : .5));
}, ae = [
	"afterAll",
	"beforeAll",
	"beforeEach",
	"afterEach"
], K = (e, t) => {
	let n = r(e);
	n && i(e), c(!n, t);
}, oe = ["not-started", "started"], q = { state: "not-started" }, J = { state: "aborted" }, se = { state: "started" };
var Y = class extends EventTarget {
	get detectedResolution() {
		return this.#r;
	}
	get name() {
		return this.#o;
	}
	get result() {
		return {
			...this.#s,
			runtime: this.#n.runtime,
			runtimeVersion: this.#n.runtimeVersion,
			timestampProviderName: this.#n.timestampProvider.name
		};
	}
	get runs() {
		return this.#l;
	}
	#e = !1;
	#t;
	#n;
	#r = void 0;
	#i;
	#a;
	#o;
	#s = q;
	#c;
	#l = 0;
	#u;
	#d;
	#f;
	#p;
	constructor(e, t, n, r = {}) {
		super(), this.#n = e, this.#o = t, this.#i = n, this.#a = r, this.#t = r.async ?? s(n), this.#u = r.signal, this.#c = r.retainSamples ?? e.retainSamples, this.#f = e.timestampProvider, this.#d = e.timestampProvider.fn, this.#p = e.timestampProvider.toMs;
		for (let e of ae) this.#a[e] != null && c(typeof this.#a[e] == "function", `'${e}' must be a function if provided`);
		this.reset(!1), this.#u && (this.#u.aborted ? this.#v() : this.#u.addEventListener("abort", this.#v.bind(this), { once: !0 })), this.#n.signal && (this.#n.signal.aborted ? this.#v() : this.#n.signal.addEventListener("abort", this.#v.bind(this), { once: !0 }));
	}
	reset(e = !0) {
		this.#l = 0, this.#r = void 0, this.#s = this.#e ? J : q, e && this.dispatchEvent(new n("reset", this));
	}
	async run() {
		if (this.#s.state !== "not-started") return this;
		this.#s = { state: "started" }, this.dispatchEvent(new n("start", this)), await this.#n.setup(this, "run");
		let { error: e, overriddenIndices: t, samples: r } = await this.#m("run", this.#n.time, this.#n.iterations);
		return await this.#n.teardown(this, "run"), this.#b({
			error: e,
			latencySamples: r,
			overriddenIndices: t
		}), this;
	}
	runSync() {
		if (this.#s.state !== "not-started") return this;
		c(this.#n.concurrency === null, "Cannot use `concurrency` option when using `runSync`"), this.#s = se, this.dispatchEvent(new n("start", this)), K(this.#n.setup(this, "run"), "`setup` function must be sync when using `runSync()`");
		let { error: e, overriddenIndices: t, samples: r } = this.#h("run", this.#n.time, this.#n.iterations);
		return K(this.#n.teardown(this, "run"), "`teardown` function must be sync when using `runSync()`"), this.#b({
			error: e,
			latencySamples: r,
			overriddenIndices: t
		}), this;
	}
	async warmup() {
		if (this.#s.state !== "not-started") return;
		this.dispatchEvent(new n("warmup", this)), await this.#n.setup(this, "warmup");
		let { error: e } = await this.#m("warmup", this.#n.warmupTime, this.#n.warmupIterations);
		await this.#n.teardown(this, "warmup"), this.#y(e);
	}
	warmupSync() {
		if (this.#s.state !== "not-started") return;
		this.dispatchEvent(new n("warmup", this)), K(this.#n.setup(this, "warmup"), "`setup` function must be sync when using `runSync()`");
		let { error: e } = this.#h("warmup", this.#n.warmupTime, this.#n.warmupIterations);
		K(this.#n.teardown(this, "warmup"), "`teardown` function must be sync when using `runSync()`"), this.#y(e);
	}
	async #m(e, t, n) {
		try {
			this.#a.beforeAll && await this.#a.beforeAll.call(this, e);
			let r = this.#n.concurrency !== "task", i = 0, a = [], o = new Set(), s = async () => {
				if (!this.#e) try {
					this.#a.beforeEach != null && await this.#a.beforeEach.call(this, e);
					let { iterationCost: t, overridden: n, taskTime: s } = this.#t ? await this.#g(r) : this.#_(r), c = a.push(s) - 1;
					n && o.add(c), r && (i += t ?? s);
				} finally {
					this.#a.afterEach != null && await this.#a.afterEach.call(this, e);
				}
			};
			try {
				if (!r) await O({
					fn: s,
					iterations: n,
					limit: Math.max(1, Math.floor(this.#n.threshold)),
					signal: [this.#u, this.#n.signal].filter((e) => e != null),
					time: t,
					timestampProvider: this.#f
				}), this.#l = a.length;
				else for (; (i < t || a.length < n) && !this.#e;) await s();
			} finally {
				this.#a.afterAll != null && await this.#a.afterAll.call(this, e);
			}
			return P(a) ? {
				overriddenIndices: o,
				samples: a
			} : {};
		} catch (e) {
			return { error: l(e) };
		}
	}
	#h(e, t, n) {
		try {
			this.#a.beforeAll && K(this.#a.beforeAll.call(this, e), "`beforeAll` function must be sync when using `runSync()`");
			let r = 0, i = [], a = new Set(), o = () => {
				if (!this.#e) try {
					this.#a.beforeEach && K(this.#a.beforeEach.call(this, e), "`beforeEach` function must be sync when using `runSync()`");
					let { iterationCost: t, overridden: n, taskTime: o } = this.#_(!0), s = i.push(o) - 1;
					n && a.add(s), r += t ?? o;
				} finally {
					this.#a.afterEach && K(this.#a.afterEach.call(this, e), "`afterEach` function must be sync when using `runSync()`");
				}
			};
			try {
				for (; (r < t || i.length < n) && !this.#e;) o();
			} finally {
				this.#a.afterAll && K(this.#a.afterAll.call(this, e), "`afterAll` function must be sync when using `runSync()`");
			}
			return P(i) ? {
				overriddenIndices: a,
				samples: i
			} : {};
		} catch (e) {
			return { error: l(e) };
		}
	}
	async #g(e) {
		let t = this.#d(), n = await this.#i.call(this), r = this.#p(this.#d() - t), i = e ? Q(n) : void 0, a = Z(n);
		return a === void 0 ? {
			iterationCost: i,
			overridden: !1,
			taskTime: r
		} : {
			iterationCost: i,
			overridden: !0,
			taskTime: a
		};
	}
	#_(e) {
		let t = this.#d(), n = this.#i.call(this), r = this.#p(this.#d() - t);
		K(n, "task function must be sync when using `runSync()`");
		let i = e ? Q(n) : void 0, a = Z(n);
		return a === void 0 ? {
			iterationCost: i,
			overridden: !1,
			taskTime: r
		} : {
			iterationCost: i,
			overridden: !0,
			taskTime: a
		};
	}
	#v() {
		if (this.#e = !0, oe.includes(this.#s.state)) {
			this.#s = J;
			let e = new n("abort", this);
			this.dispatchEvent(e), this.#n.dispatchEvent(e);
		}
	}
	#y(e) {
		if (e) {
			this.#s = {
				state: "errored",
				error: e
			};
			let t = new n("error", this, e);
			if (this.dispatchEvent(t), this.#n.dispatchEvent(t), this.#n.throws) throw e;
		}
	}
	#b({ error: e, latencySamples: t, overriddenIndices: r }) {
		if (P(t)) {
			this.#l = t.length;
			let e = this.#n.timerOverhead;
			if (e !== void 0 && e > 0) for (let n = 0; n < t.length; n++) r?.has(n) || (t[n] = Math.max(0, t[n] - e));
			let i = (r?.size ?? 0) > 0, a = i ? t.filter((e, t) => !r?.has(t)) : t;
			F(t);
			let o = H(t, this.#c), s;
			i ? P(a) ? (F(a), this.#r = W(a), s = U(a, V(a))) : this.#r = void 0 : (this.#r = W(t), s = U(t, o.mad));
			let c = o.mean, l = 0, u = [];
			for (let e of t) e === 0 ? u.push(c === 0 ? 0 : 1e3 / c) : (l += e, u.push(1e3 / e));
			F(u);
			let d = H(u, this.#c);
			if (this.#s = {
				state: this.#e ? "aborted-with-statistics" : "completed",
				latency: o,
				period: l / this.runs,
				throughput: d,
				totalTime: l
			}, s !== void 0) {
				let e = new n("warning", this, s);
				this.dispatchEvent(e), this.#n.dispatchEvent(e);
			}
		} else this.#e && (this.#s = J);
		if (e) {
			this.#s = {
				state: "errored",
				error: e
			};
			let t = new n("error", this, e);
			if (this.dispatchEvent(t), this.#n.dispatchEvent(t), this.#n.throws) throw e;
		}
		let i = new n("cycle", this);
		this.dispatchEvent(i), this.#n.dispatchEvent(i), this.dispatchEvent(new n("complete", this));
	}
};
const X = (e) => typeof e == "number" && Number.isFinite(e) && e >= 0;
function Z(e) {
	if (typeof e != "object" || !e) return;
	let t = e;
	if (!("overriddenDuration" in t)) return;
	let n = t.overriddenDuration;
	if (typeof n != "number") try {
		r(n) && i(n);
	} catch {}
	else return X(n) ? n : void 0;
}
function Q(e) {
	if (typeof e != "object" || !e) return;
	let t = e;
	try {
		if (!("overriddenIterationCost" in t)) return;
		let e = t.overriddenIterationCost;
		return typeof e != "number" && r(e) && i(e), X(e) ? e : void 0;
	} catch {
		return;
	}
}
// src/bench.ts
const $ = "`subtractTimerOverhead` cannot be used with `concurrency: \"task\"` — set `concurrency` to `null` or `\"bench\"`, or disable `subtractTimerOverhead`";
var ce = class extends EventTarget {
	concurrency;
	iterations;
	name;
	now;
	retainSamples;
	runtime;
	runtimeVersion;
	setup;
	signal;
	subtractTimerOverhead;
	teardown;
	threshold;
	throws;
	time;
	timerOverhead;
	timestampProvider;
	warmup;
	warmupIterations;
	warmupTime;
	get results() {
		return this.tasks.map((e) => e.result);
	}
	get tasks() {
		return [...this.#e.values()];
	}
	#e = new Map();
	constructor(t = {}) {
		super();
		let { name: r, ...i } = t;
		this.name = r, this.runtime = g, this.runtimeVersion = _, this.concurrency = i.concurrency ?? null, this.threshold = i.threshold ?? 1e400, this.time = i.time ?? 1e3, this.iterations = i.iterations ?? 64, c(i.now === void 0 || i.timestampProvider === void 0, "Cannot set both `now` and `timestampProvider` options"), this.timestampProvider = E(i.now ?? i.timestampProvider), this.now = () => this.timestampProvider.toMs(this.timestampProvider.fn()), this.warmup = i.warmup ?? !0, this.warmupIterations = i.warmupIterations ?? 16, this.warmupTime = i.warmupTime ?? 250, this.setup = i.setup ?? e, this.teardown = i.teardown ?? e, this.throws = i.throws ?? !1, i.signal != null && (this.signal = i.signal), this.retainSamples = i.retainSamples === !0, this.subtractTimerOverhead = i.subtractTimerOverhead === !0, c(!(this.subtractTimerOverhead && this.concurrency === "task"), $);
		let a = this.subtractTimerOverhead ? G(this.timestampProvider) : void 0;
		a != null && (this.timerOverhead = a), this.signal && this.signal.addEventListener("abort", () => {
			this.dispatchEvent(new n("abort"));
		}, { once: !0 });
	}
	add(e, t, r = {}) {
		if (this.#e.has(e)) throw Error(`Task "${e}" already exists`);
		{
			let i = new Y(this, e, t, r);
			this.#e.set(e, i), this.dispatchEvent(new n("add", i));
		}
		return this;
	}
	getTask(e) {
		return this.#e.get(e);
	}
	remove(e) {
		let t = this.getTask(e);
		return t && (this.#e.delete(e), this.dispatchEvent(new n("remove", t))), this;
	}
	reset() {
		for (let e of this.#e.values()) e.reset();
		this.dispatchEvent(new n("reset"));
	}
	async run() {
		c(!(this.subtractTimerOverhead && this.concurrency === "task"), $), this.warmup && await this.#t(), this.dispatchEvent(new n("start"));
		let e = [];
		if (this.concurrency === "bench") {
			let t = [];
			for (let e of this.#e.values()) t.push(e.run());
			e = await Promise.all(t);
		} else for (let t of this.#e.values()) e.push(await t.run());
		return this.dispatchEvent(new n("complete")), e;
	}
	runSync() {
		c(this.concurrency === null, "Cannot use `concurrency` option when using `runSync`"), this.warmup && this.#n();
		let e = [];
		this.dispatchEvent(new n("start"));
		for (let t of this.#e.values()) e.push(t.runSync());
		return this.dispatchEvent(new n("complete")), e;
	}
	table(e = te) {
		return this.tasks.map(e);
	}
	async #t() {
		if (this.dispatchEvent(new n("warmup")), this.concurrency === "bench") {
			let e = [];
			for (let t of this.#e.values()) e.push(t.warmup());
			await Promise.all(e);
		} else for (let e of this.#e.values()) await e.warmup();
	}
	#n() {
		this.dispatchEvent(new n("warmup"));
		for (let e of this.#e.values()) e.warmupSync();
	}
};


;// CONCATENATED MODULE: ./src/measure/worker.ts
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
// The worker side: runs inside a fresh child process, one per benchmark and fork. It imports the
// user's module, runs its tinybench tasks and reduces the raw samples right here, so only a few
// kilobytes (statistics + a 256-value reservoir per task) travel back to the parent. tinybench keeps
// one sample per call, hundreds of thousands per second: raw arrays never leave this process.






function isBenchLike(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const v = value;
    return 'tasks' in v && typeof v.add === 'function' && typeof v.run === 'function';
}
/** One line from anything thrown: `TypeError: boom`. */
function errorLine(err) {
    let text;
    if (err instanceof Error) {
        const message = err.message.split('\n').find((l) => l.trim() !== '') ?? '';
        text = message ? `${err.name}: ${message.trim()}` : err.name;
    }
    else {
        text = String(err).split('\n')[0];
    }
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object') {
        const ctor = value.constructor?.name;
        return ctor && ctor !== 'Object' ? `an object of class ${ctor}` : 'object';
    }
    return typeof value;
}
/** Runs the worker for a request file (the last argument), writes the response and exits. */
async function runWorker(argv) {
    const requestPath = argv[argv.length - 1];
    if (!requestPath)
        throw new Error('perf-gate worker: expected the path of a request file as argument');
    const request = JSON.parse((0,external_node_fs_.readFileSync)(requestPath, 'utf8'));
    const finish = (response, code) => {
        const tmp = `${request.resultPath}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(response));
        (0,external_node_fs_.renameSync)(tmp, request.resultPath);
        // Exit explicitly: user code may leave timers or sockets open, and the parent must not wait for
        // them (it would report a timeout).
        process.exit(code);
    };
    const onUncaught = (err) => finish({ ok: false, error: `${request.displayFile}: uncaught error while benchmarking: ${errorLine(err)}` }, 1);
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    let response;
    try {
        response = await runRequest(request);
    }
    catch (err) {
        response = { ok: false, error: `${request.displayFile}: ${errorLine(err)}` };
    }
    finish(response, 0);
}
async function runRequest(request) {
    const where = request.displayFile;
    let mod;
    try {
        // webpackIgnore: the user's module is loaded by Node at run time, never by the bundler (without it,
        // ncc turns this into a lookup in the bundle's own module table, which fails).
        mod = (await import(__rewriteRelativeImportExtension(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(request.file).href)));
    }
    catch (err) {
        const code = err.code;
        if (code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes(request.file)) {
            return { ok: false, error: `${where}: file not found` };
        }
        return { ok: false, error: `${where}: cannot import the module: ${errorLine(err)}` };
    }
    const expected = 'expected a default export that is a tinybench Bench or a function (bench) => void';
    if (!('default' in mod))
        return { ok: false, error: `${where}: ${expected}, found no default export` };
    const exported = mod.default;
    let bench;
    if (isBenchLike(exported)) {
        // A Bench built by the user keeps its own options (time, iterations, retainSamples).
        bench = exported;
    }
    else if (typeof exported === 'function') {
        bench = new ce({
            time: request.bench.time,
            iterations: request.bench.iterations,
            warmupTime: request.bench.warmupTime,
            warmupIterations: request.bench.warmupIterations,
            retainSamples: true,
        });
        try {
            await exported(bench);
        }
        catch (err) {
            return { ok: false, error: `${where}: the exported function threw: ${errorLine(err)}` };
        }
    }
    else {
        return { ok: false, error: `${where}: ${expected}, found ${describeValue(exported)}` };
    }
    const all = Array.from(bench.tasks ?? []);
    if (all.length === 0)
        return { ok: false, error: `${where}: the Bench has no tasks` };
    const fullName = (task) => (all.length === 1 ? request.benchmark : `${request.benchmark}/${task.name}`);
    const filter = request.filter ? new RegExp(request.filter.source, request.filter.flags.replace(/[gy]/g, '')) : undefined;
    const wanted = (task) => (!filter || filter.test(fullName(task))) && (!request.only || request.only.includes(fullName(task)));
    const selected = all.filter(wanted);
    if (selected.length === 0)
        return { ok: true, tasks: [] };
    if (selected.length < all.length && typeof bench.remove === 'function') {
        for (const task of all)
            if (!wanted(task))
                bench.remove(task.name);
    }
    let runError;
    try {
        await bench.run();
    }
    catch (err) {
        // Only a Bench created with `throws: true` gets here.
        runError = err;
    }
    const tasks = selected.map((task) => {
        const name = fullName(task);
        const result = task.result;
        const state = result?.state;
        if (state === 'errored' || (state === undefined && result?.error !== undefined)) {
            return { ok: false, name, task: task.name, error: `${where}: task "${task.name}" threw: ${errorLine(result?.error)}` };
        }
        const latency = result?.latency;
        if (!latency || (state !== undefined && state !== 'completed')) {
            const why = runError !== undefined ? `the run stopped: ${errorLine(runError)}` : `it ended in state "${state ?? 'unknown'}"`;
            return { ok: false, name, task: task.name, error: `${where}: task "${task.name}" produced no samples: ${why}` };
        }
        const durationMs = result?.totalTime ?? 0;
        const samples = latency.samples;
        if (samples && samples.length > 0) {
            const ns = new Float64Array(samples.length);
            for (let i = 0; i < samples.length; i++)
                ns[i] = samples[i] * 1e6; // tinybench reports ms
            return {
                ok: true,
                name,
                task: task.name,
                summary: (0,summary/* summarizeLatencies */._)(ns),
                durationMs,
                reservoir: (0,reservoir/* reservoir */.M)(ns, protocol/* RESERVOIR_SIZE */.M),
                samplesRetained: true,
            };
        }
        return { ok: true, name, task: task.name, summary: fromTinybenchStats(latency), durationMs, reservoir: [], samplesRetained: false };
    });
    return { ok: true, tasks };
}
/**
 * A Bench exported without `retainSamples: true` keeps only its own statistics. tinybench uses the
 * same quantile convention (linear interpolation, type 7) and sample standard deviation, so these
 * are the numbers we would have computed; only the reservoir is missing.
 */
function fromTinybenchStats(l) {
    const mean = l.mean * 1e6;
    return {
        n: l.samplesCount ?? 0,
        p50: l.p50 * 1e6,
        p99: l.p99 * 1e6,
        p999: l.p999 * 1e6,
        mean,
        min: l.min * 1e6,
        max: l.max * 1e6,
        stddev: l.sd * 1e6,
        throughput: mean > 0 ? 1e9 / mean : 0,
    };
}

;// CONCATENATED MODULE: ./src/measure/index.ts
// The measure layer: turns a config into a results document by running every benchmark in fresh
// child processes ("forks"), reducing samples per fork in the child and overall here.
//
//   measure(config, options)     → ResultsDocument
//   addForks(config, doc, name…) → ResultsDocument with more forks of one benchmark (adaptive sampling)
//   runWorker(argv)              → the child side, for entry points that double as the worker
















function displayPath(config, file) {
    const rel = external_node_path_default().relative(config.dir, file);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : file;
}
function newSlot(config, forks, firstFork = 1) {
    return { config, forks, firstFork, finished: 0, stopped: false, results: new Map(), durations: [] };
}
function totalPlanned(run) {
    return run.slots.reduce((sum, s) => sum + (s.stopped ? s.finished : s.forks), 0);
}
function doneCount(run) {
    return run.slots.reduce((sum, s) => sum + s.finished, 0);
}
/** Time left: each pending fork costs its benchmark's mean fork time so far, or the overall mean. */
function estimateRemaining(run) {
    const all = run.slots.flatMap((s) => s.durations);
    if (all.length === 0)
        return undefined;
    const overall = all.reduce((a, b) => a + b, 0) / all.length;
    let ms = 0;
    for (const s of run.slots) {
        if (s.stopped)
            continue;
        const own = s.durations.length ? s.durations.reduce((a, b) => a + b, 0) / s.durations.length : overall;
        ms += own * (s.forks - s.finished);
    }
    return ms;
}
function progressOf(run, slot, round) {
    return {
        benchmark: slot.config.name,
        fork: slot.firstFork + round,
        forks: slot.firstFork - 1 + slot.forks,
        done: doneCount(run),
        total: totalPlanned(run),
        elapsedMs: performance.now() - run.start,
        remainingMs: estimateRemaining(run),
    };
}
/**
 * Claims result names for a slot. When an earlier benchmark (config order) already has one of them,
 * nothing is claimed and that name is returned.
 */
function claim(run, slot, names) {
    const clash = names.find((name) => {
        const owner = run.owners.get(name);
        return owner !== undefined && owner !== slot;
    });
    if (clash !== undefined)
        return clash;
    for (const name of names)
        run.owners.set(name, slot);
    return undefined;
}
function duplicateMessage(run, slot, name) {
    const owner = run.owners.get(name);
    const by = owner && owner !== 'existing' ? `benchmark "${owner.config.name}"` : 'another benchmark';
    return `benchmark "${slot.config.name}": produces the name "${name}", which ${by} already uses; rename a benchmark or task`;
}
function fail(slot, error) {
    slot.error ??= error;
    slot.stopped = true;
}
// ---------------------------------------------------------------------------------------------
// One fork of one benchmark
async function runFileFork(run, slot, bench, fork) {
    const shown = displayPath(run.config, bench.file);
    if (!(0,external_node_fs_.existsSync)(bench.file))
        return fail(slot, `${shown}: file not found`);
    const [command, ...prefix] = run.options.workerCommand;
    const id = `${run.slots.indexOf(slot)}-${fork}`;
    const requestPath = external_node_path_default().join(run.tmp, `request-${id}.json`);
    const request = {
        file: bench.file,
        displayFile: shown,
        benchmark: bench.name,
        bench: {
            time: bench.settings.time,
            iterations: bench.settings.iterations,
            warmupTime: bench.settings.warmupTime,
            warmupIterations: bench.settings.warmup,
        },
        resultPath: external_node_path_default().join(run.tmp, `result-${id}.json`),
    };
    if (run.options.filter)
        request.filter = { source: run.options.filter.source, flags: run.options.filter.flags };
    if (slot.only)
        request.only = slot.only;
    await (0,promises_namespaceObject.writeFile)(requestPath, JSON.stringify(request));
    const child = await runChild(command, [...prefix, requestPath], {
        cwd: run.config.dir,
        env: { ...process.env, PERF_GATE_WORKER: '1' },
        timeoutMs: bench.settings.timeout,
    });
    if (child.timedOut) {
        return fail(slot, `benchmark "${bench.name}": timed out after ${formatSeconds(bench.settings.timeout)} in fork ${fork}`);
    }
    if (child.spawnError) {
        return fail(slot, `benchmark "${bench.name}": cannot start a worker process (${command}): ${child.spawnError.message}`);
    }
    let response;
    try {
        response = JSON.parse(await (0,promises_namespaceObject.readFile)(request.resultPath, 'utf8'));
    }
    catch (err) {
        const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${child.code}`;
        const missing = err.code === 'ENOENT';
        const tail = lastLines(child.stderr);
        return fail(slot, `${shown}: the benchmark process ${how} in fork ${fork}${missing ? ' before reporting results' : ' and left an unreadable result'}` +
            (tail ? `: ${tail}` : ''));
    }
    if (!response.ok)
        return fail(slot, response.error);
    if (response.tasks.length === 0 && slot.results.size === 0) {
        // The filter matched none of its tasks: the benchmark is skipped, silently.
        slot.stopped = true;
        return;
    }
    const clash = claim(run, slot, response.tasks.map((t) => t.name));
    if (clash !== undefined)
        return fail(slot, duplicateMessage(run, slot, clash));
    for (const task of response.tasks) {
        let acc = slot.results.get(task.name);
        if (!acc) {
            acc = { name: task.name, forkStats: [], reservoirs: [] };
            slot.results.set(task.name, acc);
        }
        if (!task.ok) {
            acc.error ??= task.error;
            continue;
        }
        acc.forkStats.push((0,reduce/* forkStatsFrom */.U)(fork, task.summary, task.durationMs));
        acc.reservoirs.push(task.reservoir);
    }
}
async function runCommandSlotFork(run, slot, bench, fork) {
    const clash = claim(run, slot, [bench.name]);
    if (clash !== undefined)
        return fail(slot, duplicateMessage(run, slot, clash));
    const outcome = await runCommandFork(bench, fork);
    if (!outcome.ok)
        return fail(slot, outcome.error);
    let acc = slot.results.get(bench.name);
    if (!acc) {
        acc = { name: bench.name, forkStats: [], reservoirs: [] };
        slot.results.set(bench.name, acc);
    }
    acc.forkStats.push((0,reduce/* forkStatsFrom */.U)(fork, outcome.summary, outcome.durationMs));
    acc.reservoirs.push(outcome.reservoir);
}
async function runImportSlot(run, slot, bench) {
    let mod;
    try {
        // Loaded on demand: a suite without imports never pays for the parsers.
        mod = await __nccwpck_require__.e(/* import() */ 153).then(__nccwpck_require__.bind(__nccwpck_require__, 153));
    }
    catch (err) {
        return fail(slot, `benchmark "${bench.name}": importing results is not available in this build (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    let results;
    try {
        results = await mod.importBenchmark(bench, { dir: run.config.dir });
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz) {
            const named = err.message.includes(`"${bench.name}"`) ? err.message : `benchmark "${bench.name}": ${err.message}`;
            return fail(slot, named);
        }
        throw err;
    }
    const kept = run.options.filter ? results.filter((r) => testName(run.options.filter, r.name)) : results;
    if (kept.length === 0) {
        slot.stopped = true;
        return;
    }
    const clash = claim(run, slot, kept.map((r) => r.name));
    if (clash !== undefined)
        return fail(slot, duplicateMessage(run, slot, clash));
    slot.imported = kept;
}
function testName(filter, name) {
    filter.lastIndex = 0;
    return filter.test(name);
}
async function runSlotFork(run, slot, round) {
    const fork = slot.firstFork + round;
    const before = performance.now();
    const errorBefore = slot.error;
    run.progress.event({ type: 'fork-start', ...progressOf(run, slot, round) });
    const bench = slot.config;
    if (bench.kind === 'file')
        await runFileFork(run, slot, bench, fork);
    else if (bench.kind === 'command')
        await runCommandSlotFork(run, slot, bench, fork);
    else
        await runImportSlot(run, slot, bench);
    const durationMs = performance.now() - before;
    slot.finished++;
    slot.durations.push(durationMs);
    run.progress.event({
        type: 'fork-end',
        ...progressOf(run, slot, round),
        durationMs,
        ...(slot.error !== errorBefore ? { error: slot.error } : {}),
    });
}
/**
 * Runs all slots, interleaved: fork 1 of every benchmark, then fork 2 of every benchmark, and so on.
 * Machines drift (thermal throttling, a noisy neighbour arriving, caches of other jobs): run in
 * blocks, a drift during one benchmark's forks would bias that benchmark alone; interleaved, it
 * spreads over all benchmarks and shows up as between-fork variance, where the verdicts account for it.
 */
async function runSlots(run) {
    const rounds = Math.max(0, ...run.slots.map((s) => s.forks));
    for (let round = 0; round < rounds; round++) {
        for (const slot of run.slots) {
            if (slot.stopped || round >= slot.forks)
                continue;
            await runSlotFork(run, slot, round);
        }
    }
}
// ---------------------------------------------------------------------------------------------
// From slots to results
function okResult(kind, acc) {
    return {
        name: acc.name,
        kind,
        status: 'ok',
        metrics: (0,reduce/* reduceForks */.a)(acc.forkStats),
        forkStats: acc.forkStats,
        samples: { unit: 'ns', perFork: acc.reservoirs },
        evidence: 'samples',
    };
}
function errorResult(kind, name, error) {
    return { name, kind, status: 'error', error, metrics: {} };
}
/** A document-unique name for the error result of a benchmark whose own name is taken. */
function freeName(taken, name) {
    if (!taken.has(name))
        return name;
    for (let i = 2;; i++) {
        const candidate = `${name} (duplicate ${i})`;
        if (!taken.has(candidate))
            return candidate;
    }
}
function slotResults(slot, taken) {
    const kind = slot.config.kind;
    let out;
    if (slot.error !== undefined) {
        const names = [...slot.results.keys()].filter((n) => !taken.has(n));
        out = names.length
            ? names.map((n) => errorResult(kind, n, slot.error))
            : [errorResult(kind, freeName(taken, slot.config.name), slot.error)];
    }
    else if (slot.imported) {
        out = slot.imported;
    }
    else {
        out = [...slot.results.values()].map((acc) => acc.error !== undefined || acc.forkStats.length === 0
            ? errorResult(kind, acc.name, acc.error ?? `benchmark "${acc.name}": no samples`)
            : okResult(kind, acc));
    }
    for (const r of out)
        taken.add(r.name);
    return out;
}
async function withRun(config, options, fn) {
    if (!Array.isArray(options.workerCommand) || options.workerCommand.length === 0) {
        throw new Error('measure: options.workerCommand must name the program that starts a worker');
    }
    const tmp = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'perf-gate-'));
    const run = {
        config,
        options,
        progress: options.progress ?? consoleProgress(),
        tmp,
        start: performance.now(),
        slots: [],
        owners: new Map(),
    };
    const forget = cleanUpOnSignal(() => (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true }));
    try {
        return await fn(run);
    }
    finally {
        forget();
        await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
    }
}
function countErrors(results) {
    return results.filter((r) => r.status === 'error').length;
}
// ---------------------------------------------------------------------------------------------
// Public API
/** Measures every benchmark of `config` (those matching `options.filter`) into a results document. */
async function measure(config, options) {
    if (config.benchmarks.some((b) => b.kind === 'import')) {
        // An unknown format is a config error (exit 2) before anything runs. Checked here, where the
        // registry is loaded on demand, so suites without imports (and every worker) never load it.
        const { checkImportFormats } = await __nccwpck_require__.e(/* import() */ 153).then(__nccwpck_require__.bind(__nccwpck_require__, 153));
        checkImportFormats(config);
    }
    const gitInfo = options.git ?? (await detectGit(config.dir));
    const benchmarks = await withRun(config, options, async (run) => {
        for (const bench of config.benchmarks) {
            const slot = newSlot(bench, bench.kind === 'import' ? 1 : Math.max(1, bench.settings.forks));
            // A command's name is known up front: filter it before running anything.
            if (bench.kind === 'command' && options.filter && !testName(options.filter, bench.name))
                continue;
            run.slots.push(slot);
        }
        run.progress.event({ type: 'start', benchmarks: run.slots.length, total: totalPlanned(run) });
        await runSlots(run);
        const taken = new Set();
        const results = run.slots.flatMap((slot) => slotResults(slot, taken));
        run.progress.event({ type: 'end', elapsedMs: performance.now() - run.start, benchmarks: results.length, errors: countErrors(results) });
        return results;
    });
    return {
        schemaVersion: types/* SCHEMA_VERSION */.f$,
        kind: types/* RESULTS_KIND */.mU,
        createdAt: new Date().toISOString(),
        tool: { name: 'perf-gate', version: options.toolVersion ?? toolVersion() },
        git: gitInfo,
        configHash: config.hash,
        machine: machineFingerprint(),
        benchmarks,
    };
}
/**
 * Runs `forks` more forks of one configured benchmark and merges them into existing results (for
 * adaptive sampling): per-fork values appended, overall values re-reduced. `benchmarkName` is a
 * result name (`<benchmark>/<task>` re-runs that task only) or a configured name (all its results).
 * A failing extra fork turns the affected results into errors, as in `measure`.
 */
async function addForks(config, existing, benchmarkName, forks, options) {
    const bench = config.benchmarks.find((b) => b.name === benchmarkName) ??
        config.benchmarks.find((b) => b.kind === 'file' && benchmarkName.startsWith(`${b.name}/`));
    if (!bench)
        throw new errors/* InputError */.dz(`no configured benchmark produces "${benchmarkName}"`);
    if (bench.kind === 'import')
        throw new errors/* InputError */.dz(`benchmark "${bench.name}" is imported: perf-gate cannot run more forks of it`);
    const targets = existing.benchmarks.filter((r) => r.status === 'ok' && (r.name === benchmarkName || (bench.name === benchmarkName && r.name.startsWith(`${bench.name}/`))));
    // Nothing measured to add to (it failed, or was filtered out): the document stays as it is.
    if (targets.length === 0 || !(forks >= 1))
        return existing;
    const lastFork = Math.max(0, ...targets.flatMap((r) => (r.forkStats ?? []).map((f) => f.fork)));
    const replaced = await withRun(config, { ...options, filter: undefined }, async (run) => {
        const slot = newSlot(bench, Math.floor(forks), lastFork + 1);
        if (bench.kind === 'file')
            slot.only = targets.map((r) => r.name);
        // Names of other results stay taken; the slot's own names are its to use.
        for (const r of existing.benchmarks)
            run.owners.set(r.name, targets.includes(r) ? slot : 'existing');
        run.slots.push(slot);
        run.progress.event({ type: 'start', benchmarks: 1, total: slot.forks });
        await runSlots(run);
        const merged = new Map();
        for (const target of targets) {
            const acc = slot.results.get(target.name);
            const error = slot.error ?? acc?.error;
            if (error !== undefined) {
                merged.set(target.name, errorResult(target.kind, target.name, error));
                continue;
            }
            const forkStats = [...(target.forkStats ?? []), ...(acc?.forkStats ?? [])];
            const perFork = [...(target.samples?.perFork ?? []), ...(acc?.reservoirs ?? [])];
            merged.set(target.name, {
                ...target,
                metrics: (0,reduce/* reduceForks */.a)(forkStats),
                forkStats,
                samples: { unit: target.samples?.unit ?? 'ns', perFork },
            });
        }
        const errors = [...merged.values()].filter((r) => r.status === 'error').length;
        run.progress.event({ type: 'end', elapsedMs: performance.now() - run.start, benchmarks: merged.size, errors });
        return merged;
    });
    return { ...existing, benchmarks: existing.benchmarks.map((r) => replaced.get(r.name) ?? r) };
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

/***/ 6044:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ forkStatsFrom),
/* harmony export */   a: () => (/* binding */ reduceForks)
/* harmony export */ });
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3010);
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6806);
// From per-fork statistics to the overall metrics of a benchmark. Pure.


function forkStatsFrom(fork, summary, durationMs) {
    return {
        fork,
        n: summary.n,
        durationMs,
        p50: summary.p50,
        p99: summary.p99,
        p999: summary.p999,
        mean: summary.mean,
        min: summary.min,
        max: summary.max,
        stddev: summary.stddev,
        throughput: summary.throughput,
    };
}
/**
 * Overall metrics: each native metric's value is the median of its per-fork values (forks are the
 * independent replicates; pooling all samples would let one long fork dominate). `n` counts all
 * samples; a tail quantile is `supported` only if every fork alone has enough samples for it, since
 * each per-fork value is estimated from that fork's samples only.
 */
function reduceForks(forks) {
    if (forks.length === 0)
        return {};
    const total = forks.reduce((sum, f) => sum + f.n, 0);
    const minN = Math.min(...forks.map((f) => f.n));
    const metrics = {};
    for (const def of _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .NATIVE_METRICS */ .EB) {
        const values = forks.map((f) => def.read(f));
        metrics[def.name] = {
            value: (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(values),
            unit: def.unit,
            direction: def.direction,
            forks: values,
            n: total,
            supported: def.quantile === undefined ? true : (0,_stats_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .supportsQuantile */ .Mt)(minN, def.quantile),
        };
    }
    return metrics;
}


/***/ }),

/***/ 5165:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ measureAndCompare),
/* harmony export */   sc: () => (/* binding */ compareWithConfig)
/* harmony export */ });
/* unused harmony export policyFor */
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(591);
/* harmony import */ var _compare_policies_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3283);
/* harmony import */ var _measure_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3502);



function policyFor(config, name) {
    return (0,_compare_policies_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createPolicy */ .BV)(name ? { ...config.policy, name: name } : config.policy);
}
function compareWithConfig(history, results, config, policy = undefined) {
    const chosen = typeof policy === 'object' ? policy : policyFor(config, policy);
    const settings = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsFromConfig */ .m5)(config, chosen);
    return { report: (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compare */ .UD)(history, results, settings), settings };
}
/**
 * Measures the suite and compares it with the history. When the config grants a time budget, the
 * benchmarks whose verdict is still inconclusive get extra forks, one round at a time, until every
 * verdict is resolved, the budget is spent, or a benchmark reached its maxExtraForks.
 */
async function measureAndCompare(config, history, options) {
    const now = options.now ?? (() => performance.now());
    const started = now();
    let results = await (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_2__.measure)(config, options);
    let { report, settings } = compareWithConfig(history, results, config, options.policy);
    const added = new Map();
    while (config.budget > 0 && report.verdict !== 'no-baseline') {
        const spent = now() - started;
        // Inconclusive benchmarks with a metric that more forks could settle; one that only a longer
        // history could settle is left alone (the policy says which, when it knows).
        const unresolved = report.benchmarks
            .filter((b) => Object.values(b.metrics).some((m) => m.verdict === 'inconclusive' && m.moreForksHelp !== false))
            .map((b) => b.name);
        const targets = unresolved
            .map((name) => ({ name, bench: config.benchmarks.find((c) => name === c.name || name.startsWith(`${c.name}/`)) }))
            .filter((t) => t.bench && t.bench.kind !== 'import' && (added.get(t.bench.name) ?? 0) < t.bench.settings.maxExtraForks);
        if (targets.length === 0 || spent >= config.budget)
            break;
        // One configured benchmark may expand to several tasks: add forks once per configured benchmark.
        const configured = [...new Set(targets.map((t) => t.bench.name))];
        options.log?.(`adaptive sampling: ${configured.length} benchmark(s) inconclusive, adding a fork (${Math.round(spent)} of ${config.budget} ms budget spent)`);
        for (const name of configured) {
            if (now() - started >= config.budget)
                break;
            results = await (0,_measure_index_js__WEBPACK_IMPORTED_MODULE_2__/* .addForks */ .P7)(config, results, name, 1, options);
            added.set(name, (added.get(name) ?? 0) + 1);
        }
        ({ report, settings } = compareWithConfig(history, results, config, options.policy));
    }
    return { results, report, settings };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   K5: () => (/* binding */ CHANGE_CAP),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
/* unused harmony export truncate */
// Number and text formatting shared by the renderers.
/** 0.1 → "10%", 0.125 → "12.5%". */
function formatPercent(fraction) {
    const p = fraction * 100;
    const digits = Math.abs(p) >= 10 || Number.isInteger(p) ? 0 : 1;
    return `${Number(p.toFixed(digits))}%`;
}
/** A signed relative change: +12.3%, −4.0%, ±0.0%; "—" when unknown. */
function formatChange(change) {
    if (change === null || change === undefined || !Number.isFinite(change))
        return '—';
    const p = change * 100;
    const text = Math.abs(p) >= 1000 ? Math.abs(p).toFixed(0) : Math.abs(p).toFixed(1);
    if (Number(text) === 0)
        return '±0.0%';
    return `${p > 0 ? '+' : '−'}${text}%`;
}
/** Past this change (+1000%) a bound says only "no idea": printed as ">+1000%", not as 15 digits. */
const CHANGE_CAP = 10;
function formatInterval(interval) {
    if (!interval)
        return '';
    const bound = (x) => (x > CHANGE_CAP ? `>${formatChange(CHANGE_CAP)}` : formatChange(x));
    return `[${bound(interval[0])}, ${bound(interval[1])}]`;
}
const TIME_UNITS = [
    ['s', 1e9],
    ['ms', 1e6],
    ['µs', 1e3],
    ['ns', 1],
];
function significant(v) {
    const a = Math.abs(v);
    if (a >= 100)
        return v.toFixed(0);
    if (a >= 10)
        return v.toFixed(1);
    return v.toFixed(2);
}
/** A value in its canonical unit, scaled for reading: 1234567 ns → "1.23 ms", 12345 ops/s → "12.3k ops/s". */
function formatValue(value, unit) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '—';
    if (unit === 'ns') {
        for (const [name, scale] of TIME_UNITS) {
            if (Math.abs(value) >= scale || name === 'ns')
                return `${significant(value / scale)} ${name}`;
        }
    }
    if (unit === 'B') {
        const units = [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]];
        for (const [name, scale] of units)
            if (Math.abs(value) >= scale)
                return `${significant(value / scale)} ${name}`;
        return `${significant(value)} B`;
    }
    const suffixes = [['G', 1e9], ['M', 1e6], ['k', 1e3]];
    for (const [name, scale] of suffixes) {
        if (Math.abs(value) >= scale)
            return `${significant(value / scale)}${name} ${unit}`.trimEnd();
    }
    return `${significant(value)} ${unit}`.trimEnd();
}
/**
 * Escapes a user-controlled string (benchmark names, error texts, config strings) for GitHub
 * markdown, including inside a table cell: one line, no HTML, no emphasis or links, no table breaks,
 * no @-mentions, #-references or autolinks (those become character references, which render as the
 * same characters but are not recognised as syntax).
 */
const MARKDOWN_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '@': '&#64;',
    '#': '&#35;',
    ':': '&#58;',
};
function escapeMarkdown(text) {
    // One pass, so the references it writes are never escaped again.
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[&<>|@#:\\`*_{}[\]()!~]/g, (c) => MARKDOWN_ENTITIES[c] ?? `\\${c}`);
}
/** Shortens text to at most `max` characters, marking the cut. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
function renderJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony export COMMENT_MAX_LENGTH */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7994);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6425);



/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_MAX_LENGTH = 65_536;
const ICON = {
    pass: '✅',
    regression: '❌',
    inconclusive: '⚠️',
    'no-baseline': 'ℹ️',
    error: '💥',
};
const VERDICT_LABEL = {
    regression: '🔴 regression',
    improvement: '🟢 improvement',
    unchanged: 'unchanged',
    inconclusive: '🟡 inconclusive',
    new: 'new',
    missing: 'missing',
    error: '💥 error',
    info: 'not gated',
    informational: 'not gated',
};
function table(rows, stats) {
    // The interval and detectable-change columns only when the policy computed them.
    const withStats = stats && rows.some((r) => r.interval || r.detectable);
    const head = withStats
        ? ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Interval', 'Detectable', 'Verdict']
        : ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Verdict'];
    const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i >= 2 && i <= 6 ? '---:' : '---')).join('|')}|`];
    for (const r of rows) {
        const cells = [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.benchmark),
            r.metric,
            r.baseline,
            r.current,
            r.change,
            ...(withStats ? [r.interval, r.detectable] : []),
            VERDICT_LABEL[r.verdict] ?? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.verdict),
        ];
        lines.push(`| ${cells.join(' | ')} |`);
    }
    return lines;
}
function noteLines(rows) {
    return rows
        .filter((r) => r.note)
        .map((r) => `- **${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.benchmark)}**${r.metric ? ` ${r.metric}` : ''}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.note)}`);
}
function renderMarkdown(report, options = {}) {
    const title = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(options.title ?? 'perf-gate');
    const sections = [];
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`### ${ICON[report.verdict]} ${title}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryLine */ .d)(report, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)}`, '');
    if (options.header)
        head.push(options.header, '');
    sections.push({ priority: 100, lines: head });
    if (report.verdict === 'no-baseline') {
        sections.push({
            priority: 90,
            lines: [
                'There is no baseline to compare with yet (first run, or the stored baseline expired after 7 days unused).',
                'It is recorded when perf-gate runs on the default branch: merge to the default branch, or run the workflow there once.',
                '',
            ],
        });
    }
    for (const w of report.warnings)
        sections.push({ priority: 85, lines: [`> [!WARNING]`, `> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(w)}`, ''] });
    const attention = [
        ['regression', 'Regressions', 80],
        ['error', 'Failed benchmarks', 75],
        ['inconclusive', 'Inconclusive (too noisy to tell at this threshold)', 70],
    ];
    for (const [verdict, heading, priority] of attention) {
        const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsWithVerdict */ .vb)(report, verdict);
        if (rows.length === 0)
            continue;
        if (verdict === 'error') {
            sections.push({
                priority,
                lines: [],
                rows,
                build: (rs, omitted) => [
                    `**${heading}**`,
                    '',
                    ...rs.map((r) => `- **${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.benchmark)}**: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.note)}`),
                    ...(omitted > 0 ? [`- … and ${omitted} more`] : []),
                    '',
                ],
            });
            continue;
        }
        sections.push({
            priority,
            lines: [],
            rows,
            build: (rs, omitted) => [
                `**${heading}**`,
                '',
                ...table(rs, true),
                ...(omitted > 0 ? [`| … ${omitted} more rows not shown (see the JSON report) |`] : []),
                '',
                ...noteLines(rs),
                ...(rs.some((r) => r.note) ? [''] : []),
            ],
        });
    }
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .allRows */ .Pl)(report);
    const missing = report.counts.missing > 0 ? `, ${report.counts.missing} missing` : '';
    sections.push({
        priority: 50,
        lines: [],
        rows,
        build: (rs, omitted) => [
            '<details>',
            `<summary>All results (${report.benchmarks.length} benchmarks${missing})</summary>`,
            '',
            ...table(rs, false),
            ...(omitted > 0 ? ['', `*${omitted} more rows not shown to fit GitHub's size limit; the JSON report has them all.*`] : []),
            '',
            '</details>',
            '',
        ],
    });
    const about = [
        `<sub>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .baselineDescription */ .MP)(report))} · threshold ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(report.threshold)} · gating ${report.gatedMetrics.join(', ')} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.policy.description)}</sub>`,
        '',
        `<sub>Machine: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .machineDescription */ ._s)(report.current.machine))}</sub>`,
    ];
    if (options.footer)
        about.push('', options.footer);
    sections.push({ priority: 95, lines: about });
    return fit(sections, options.maxLength ?? Infinity);
}
function renderSection(s, keep) {
    if (!s.build || !s.rows)
        return s.lines;
    const shown = keep === undefined ? s.rows : s.rows.slice(0, keep);
    return s.build(shown, s.rows.length - shown.length);
}
/**
 * Renders all sections, then, while the text is too long, cuts rows from the lowest-priority
 * section first (the folded full table, then inconclusive, failures, regressions), saying what was cut.
 */
function fit(sections, maxLength) {
    const keep = new Map();
    const text = () => sections
        .map((s) => renderSection(s, keep.get(s)).join('\n'))
        .join('\n')
        .trimEnd() + '\n';
    let out = text();
    if (out.length <= maxLength)
        return out;
    const cuttable = sections.filter((s) => s.rows && s.rows.length > 0).sort((a, b) => a.priority - b.priority);
    for (const s of cuttable) {
        // Binary search for the most rows of this section that fit, with the others as they are.
        let lo = 0;
        let hi = s.rows.length;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            keep.set(s, mid);
            if (text().length <= maxLength)
                lo = mid;
            else
                hi = mid - 1;
        }
        keep.set(s, lo);
        out = text();
        if (out.length <= maxLength)
            return out;
    }
    // Still too long (a huge header or warnings): hard cut, keeping the summary line.
    return out.slice(0, Math.max(0, maxLength - 40)) + '\n\n*… report truncated to fit.*\n';
}


/***/ }),

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ baselineDescription),
/* harmony export */   Pl: () => (/* binding */ allRows),
/* harmony export */   _s: () => (/* binding */ machineDescription),
/* harmony export */   vb: () => (/* binding */ rowsWithVerdict)
/* harmony export */ });
/* unused harmony export benchmarkRows */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);

function metricRow(b, name, m) {
    let verdict = m.verdict;
    if (b.verdict === 'new')
        verdict = 'new';
    else if (m.verdict === 'informational' && m.gated === false && m.baseline !== null)
        verdict = 'info';
    return {
        benchmark: b.name,
        benchmarkVerdict: b.verdict,
        metric: name,
        baseline: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(m.baseline, m.unit),
        current: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(m.current, m.unit),
        change: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(m.change),
        verdict,
        interval: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInterval */ .vy)(m.interval),
        detectable: m.minimumDetectableChange !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(m.minimumDetectableChange) : '',
        note: m.note ?? '',
        report: m,
    };
}
function bareRow(b, note) {
    return {
        benchmark: b.name,
        benchmarkVerdict: b.verdict,
        metric: '',
        baseline: '',
        current: '',
        change: '',
        verdict: b.verdict,
        interval: '',
        detectable: '',
        note,
    };
}
/**
 * Which metrics a benchmark shows: the gated ones and any with a decided verdict; for a new
 * benchmark, the gated metric names of the run. `all` shows every metric.
 */
function benchmarkRows(b, gatedMetrics, all = false) {
    if (b.verdict === 'error')
        return [bareRow(b, b.error ?? 'failed')];
    if (b.verdict === 'missing')
        return [bareRow(b, 'in the baseline, not in this run')];
    const rows = [];
    for (const [name, m] of Object.entries(b.metrics)) {
        const shown = all || m.gated || m.verdict !== 'informational' || (gatedMetrics.includes(name) && m.note);
        if (shown)
            rows.push(metricRow(b, name, m));
    }
    if (rows.length === 0) {
        // Imports may carry only metrics nobody gates: show what there is rather than nothing.
        for (const [name, m] of Object.entries(b.metrics))
            rows.push(metricRow(b, name, m));
    }
    return rows;
}
function rowsWithVerdict(report, verdict) {
    return report.benchmarks.flatMap((b) => benchmarkRows(b, report.gatedMetrics)).filter((r) => r.verdict === verdict);
}
function allRows(report) {
    return report.benchmarks.flatMap((b) => benchmarkRows(b, report.gatedMetrics));
}
/** "5 baseline runs, newest abc1234 of 2026-11-25; compared with the median of the history". */
function baselineDescription(report) {
    const b = report.baseline;
    if (!b)
        return 'no baseline';
    const commit = b.commit ? ` ${b.commit.slice(0, 7)}` : '';
    const date = b.createdAt ? ` of ${b.createdAt.slice(0, 10)}` : '';
    const against = report.policy.baselineSource === 'newest' ? 'compared with the newest run' : 'compared with the median of the history';
    return `${b.runs} baseline run${b.runs === 1 ? '' : 's'}, newest${commit}${date}; ${against}`;
}
function machineDescription(m) {
    const gib = m.memoryBytes / 2 ** 30;
    return `${m.cpu}, ${m.cores} cores, ${gib.toFixed(0)} GiB, ${m.os} ${m.arch}, Node ${m.node}, ${m.runner}`;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ summaryLine)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);

/**
 * The one-line summary: what regressed and by how much, or why the verdict is what it is. `name`
 * renders a benchmark name (the markdown renderer escapes it; the plain text keeps it as is).
 */
function summaryLine(report, name = (t) => t) {
    const { verdict, benchmarks, counts } = report;
    const total = benchmarks.filter((b) => b.verdict !== 'missing').length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const threshold = `threshold ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(report.threshold)}`;
    if (verdict === 'regression') {
        const parts = [];
        for (const b of benchmarks) {
            if (b.verdict !== 'regression')
                continue;
            const worst = Object.entries(b.metrics)
                .filter(([, m]) => m.verdict === 'regression')
                .map(([name, m]) => `${name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(m.change)}`);
            parts.push(`${name(b.name)} (${worst.join(', ')})`);
        }
        const shown = parts.slice(0, 3).join('; ') + (parts.length > 3 ? `; and ${parts.length - 3} more` : '');
        return `${plural(counts.regression, 'benchmark')} regressed: ${shown}`;
    }
    if (verdict === 'error') {
        const failed = benchmarks.filter((b) => b.verdict === 'error').map((b) => name(b.name));
        return `${plural(failed.length, 'benchmark')} failed: ${failed.slice(0, 3).join(', ')}${failed.length > 3 ? ', …' : ''}`;
    }
    if (verdict === 'no-baseline') {
        return `No baseline to compare with: ${plural(total, 'benchmark')} measured; this run can become the baseline`;
    }
    const extras = [];
    if (counts.improvement > 0)
        extras.push(`${counts.improvement} improved`);
    if (counts.new > 0)
        extras.push(`${counts.new} new`);
    if (counts.missing > 0)
        extras.push(`${counts.missing} missing`);
    const tail = extras.length > 0 ? ` (${extras.join(', ')})` : '';
    if (verdict === 'inconclusive') {
        return `No regression shown, but ${plural(counts.inconclusive, 'benchmark')} too noisy to tell at the ${threshold}${tail}`;
    }
    return `No regression in ${plural(total, 'benchmark')} (${threshold})${tail}`;
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6425);


const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
const VERDICT_COLOUR = {
    regression: 'red',
    error: 'red',
    improvement: 'green',
    inconclusive: 'yellow',
    missing: 'yellow',
    new: 'dim',
    info: 'dim',
    informational: 'dim',
};
const HEADLINE = {
    pass: 'PASS',
    regression: 'REGRESSION',
    inconclusive: 'INCONCLUSIVE',
    'no-baseline': 'NO BASELINE',
    error: 'ERROR',
};
/** Strips control characters from user strings so a benchmark name cannot drive the terminal. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
function renderTerminal(report, options = {}) {
    const paint = (c, s) => (options.color && c ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
    const lines = [];
    const headColour = report.verdict === 'pass' ? 'green' : report.verdict === 'no-baseline' ? 'yellow' : report.verdict === 'inconclusive' ? 'yellow' : 'red';
    lines.push(`${paint(headColour, paint('bold', `perf-gate: ${HEADLINE[report.verdict]}`))} — ${clean(report.summary)}`);
    lines.push(paint('dim', `${(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .baselineDescription */ .MP)(report)}; threshold ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(report.threshold)}; gating ${report.gatedMetrics.join(', ')}; ${report.policy.description}`));
    lines.push(paint('dim', `machine: ${clean((0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .machineDescription */ ._s)(report.current.machine))}`));
    for (const w of report.warnings)
        lines.push(paint('yellow', `warning: ${clean(w)}`));
    lines.push('');
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .allRows */ .Pl)(report);
    const header = ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'Verdict', 'Interval', 'Detectable'];
    const cells = rows.map((r, i) => [
        i > 0 && rows[i - 1].benchmark === r.benchmark ? '' : clean(r.benchmark),
        r.metric,
        r.baseline,
        r.current,
        r.change,
        r.verdict,
        r.interval,
        r.detectable,
    ]);
    const used = header.map((_, c) => c < 6 || cells.some((row) => row[c] !== ''));
    const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
    const alignRight = new Set([2, 3, 4]);
    const format = (row, colourOf) => row
        .map((cell, c) => {
        if (!used[c])
            return null;
        const padded = alignRight.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
        return c === 5 && colourOf ? paint(VERDICT_COLOUR[colourOf.verdict], padded) : padded;
    })
        .filter((x) => x !== null)
        .join('  ')
        .trimEnd();
    lines.push(paint('bold', format(header)));
    cells.forEach((row, i) => lines.push(format(row, rows[i])));
    const notes = rows.filter((r) => r.note && r.verdict !== 'missing');
    if (notes.length > 0) {
        lines.push('');
        for (const r of notes) {
            const where = r.metric ? `${clean(r.benchmark)} ${r.metric}` : clean(r.benchmark);
            lines.push(r.verdict === 'error' ? paint('red', `${where}: error: ${clean(r.note)}`) : paint('dim', `${where}: ${clean(r.note)}`));
        }
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 6806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ samplesRequired),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Mt: () => (/* binding */ supportsQuantile),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   Z4: () => (/* binding */ quantileSorted)
/* harmony export */ });
/* unused harmony exports quantile, TAIL_SAMPLES_REQUIRED */
// Quantiles by linear interpolation between order statistics: Hyndman & Fan type 7, the default of
// R's quantile(), NumPy's percentile() and Excel's PERCENTILE.INC. For sorted x[0..n-1] and q in
// [0, 1]: h = (n - 1)·q, result = x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋]).
/** Quantile of an ascending-sorted array. Throws on an empty array or q outside [0, 1]. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        throw new RangeError('quantile of an empty sample');
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile level ${q} outside [0, 1]`);
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Quantile of an unsorted array (copies and sorts). */
function quantile(values, q) {
    return quantileSorted(sortedCopy(values), q);
}
function median(values) {
    return quantile(values, 0.5);
}
function sortedCopy(values) {
    // A typed array sorts numerically and much faster than Array#sort with a comparator.
    return Float64Array.from(values).sort();
}
/**
 * Whether a sample of size n supports the q-quantile: at least `tail` samples must lie beyond it, so
 * the estimate is not just the maximum. With tail = 10: p99 needs 1,000 samples, p999 needs 10,000.
 */
const TAIL_SAMPLES_REQUIRED = 10;
function supportsQuantile(n, q, tail = TAIL_SAMPLES_REQUIRED) {
    return n >= samplesRequired(q, tail);
}
/** The smallest sample size that supports the q-quantile (see supportsQuantile). */
function samplesRequired(q, tail = TAIL_SAMPLES_REQUIRED) {
    if (q <= 0.5)
        return 1;
    // The epsilon absorbs rounding in 1 − q (10 / (1 − 0.99) is 1000.0000000000009).
    return Math.ceil(tail / (1 - q) - 1e-9);
}


/***/ }),

/***/ 6394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ reservoir)
/* harmony export */ });
/* unused harmony export RESERVOIR_DIGITS */
// A bounded, deterministic sample of a larger sample: the same input always yields the same
// reservoir, so two results documents of the same run are byte-identical.
/**
 * Significant digits kept per reservoir value: 5 digits is 0.001% resolution, far below any timer's
 * noise, and keeps a 100-benchmark history small enough to cache on every push.
 */
const RESERVOIR_DIGITS = 5;
const round = (v) => (Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(RESERVOIR_DIGITS)) : v);
/**
 * Keeps at most `size` values, evenly spaced over the sorted input: the reservoir is a quantile
 * sketch (min and max always kept), deterministic and order-independent.
 */
function reservoir(values, size = 256) {
    const n = values.length;
    const sorted = Float64Array.from(values).sort();
    if (n <= size)
        return Array.from(sorted, round);
    const out = new Array(size);
    for (let i = 0; i < size; i++) {
        out[i] = round(sorted[Math.round((i * (n - 1)) / (size - 1))]);
    }
    return out;
}


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ summarizeLatencies)
/* harmony export */ });
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6806);
// Reduces raw latency samples to the statistics every benchmark reports.

/** Summarises latency samples given in nanoseconds. Throws on an empty array. */
function summarizeLatencies(samplesNs) {
    const n = samplesNs.length;
    if (n === 0)
        throw new RangeError('no samples to summarise');
    const sorted = (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(samplesNs);
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += sorted[i];
    const mean = sum / n;
    // Two-pass variance: numerically stable enough for latencies, and exact for the tests' references.
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const d = sorted[i] - mean;
        ss += d * d;
    }
    return {
        n,
        p50: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(sorted, 0.5),
        p99: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(sorted, 0.99),
        p999: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(sorted, 0.999),
        mean,
        min: sorted[0],
        max: sorted[n - 1],
        stddev: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
        throughput: mean > 0 ? 1e9 / mean : 0,
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
