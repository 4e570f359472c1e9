import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2929:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5513);
/* harmony import */ var _baseline_cache_store_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6130);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4296);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8943);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9556);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3323);
/* harmony import */ var _measure_protocol_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(3582);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5446);
/* harmony import */ var _github_io_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8275);
/* harmony import */ var _github_run_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(397);
// The Action's entry point (bundled to dist/index.js). The bundle is also the measuring worker: the
// engine spawns `node dist/index.js __perf-gate-worker`, so one file serves both roles.











async function main() {
    const self = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url);
    try {
        const inputs = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .Ko)(process.env);
        const ctx = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunContext */ .$p)(process.env);
        const result = await (0,_github_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runAction */ .C)(inputs, ctx, {
            env: process.env,
            io: (0,_github_io_js__WEBPACK_IMPORTED_MODULE_7__/* .coreIO */ .IK)(process.env),
            // The engine (config loader with yaml, pipeline, renderers) is most of the bundle: loaded after the first log line.
            engine: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(674), __nccwpck_require__.e(815), __nccwpck_require__.e(502), __nccwpck_require__.e(94)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8094))).realEngine({ workerCommand: [process.execPath, self, _measure_protocol_js__WEBPACK_IMPORTED_MODULE_9__/* .WORKER_ARG */ .i], version: (0,_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .packageVersion */ .T)(import.meta.url), ctx }),
            cache: _baseline_cache_store_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsCacheClient */ .Vm,
            github: (o) => (0,_github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .createIssueCommentsApi */ .id)({ ...o, retry: (0,_github_api_js__WEBPACK_IMPORTED_MODULE_3__/* .retryOptionsFromEnv */ .gJ)(process.env) }),
        });
        return result.exitCode;
    }
    catch (err) {
        _github_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('verdict', 'error');
        _github_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`perf-gate: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(err).split('\n')[0]}`);
        return 1;
    }
}
if (process.argv[2] === _measure_protocol_js__WEBPACK_IMPORTED_MODULE_9__/* .WORKER_ARG */ .i) {
    const { runWorker } = await Promise.all(/* import() */[__nccwpck_require__.e(674), __nccwpck_require__.e(502)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3502));
    await runWorker(process.argv.slice(3));
}
else {
    const code = await main();
    // Exit now: a cache request abandoned after its timeout must not keep the step alive.
    process.exit(code);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vm: () => (/* binding */ actionsCacheClient),
  $u: () => (/* binding */ actionsCacheStore),
  G7: () => (/* binding */ baselineSaveKey),
  KO: () => (/* binding */ cacheServiceConfigured),
  gX: () => (/* binding */ cacheTimeoutMs)
});

// UNUSED EXPORTS: CacheUnavailableError, baselineCachePaths, baselineRestoreKeys, configHashPart, describeCacheFailure, restoreBaseline, saveBaseline, watchForSwallowedFailure

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __nccwpck_require__(3010);
// EXTERNAL MODULE: ./src/core/compatibility.ts
var compatibility = __nccwpck_require__(6967);
;// CONCATENATED MODULE: ./src/baseline/documents.ts
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
const KNOWN_MAJOR = types/* SCHEMA_VERSION */.f$.split('.')[0];
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
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(tmp, text);
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw err;
    }
}
function readText(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new DocumentError(`${path}: file not found`);
        if (code === 'EISDIR')
            throw new DocumentError(`${path}: is a directory, expected a JSON file`);
        throw new DocumentError(`${path}: cannot read: ${err.message}`);
    }
}
function parseJson(text, label) {
    if (text.trim() === '')
        throw new errors/* DocumentError */.Mi(`${label}: file is empty, expected a perf-gate JSON document`);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const reason = err.message.replace(/\s+/g, ' ');
        throw new errors/* DocumentError */.Mi(`${label}: not valid JSON (truncated or corrupted?): ${reason}`);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function checkVersion(doc, label) {
    const v = doc.schemaVersion;
    if (typeof v !== 'string' && typeof v !== 'number') {
        throw new errors/* DocumentError */.Mi(`${label}: missing "schemaVersion", expected a perf-gate document`);
    }
    const major = String(v).split('.')[0];
    if (major !== KNOWN_MAJOR) {
        throw new errors/* DocumentError */.Mi(`${label}: schemaVersion "${v}" is not supported (this perf-gate reads ${KNOWN_MAJOR}.x); upgrade perf-gate or regenerate the file`);
    }
}
/** Validates a parsed results document; `where` prefixes messages (file and, in a history, the run). */
function validateResults(value, where) {
    if (!isObject(value))
        throw new errors/* DocumentError */.Mi(`${where}: expected a JSON object`);
    checkVersion(value, where);
    if (value.kind !== types/* RESULTS_KIND */.mU) {
        throw new errors/* DocumentError */.Mi(`${where}: "kind" is ${JSON.stringify(value.kind)}, expected "${types/* RESULTS_KIND */.mU}"`);
    }
    if (!Array.isArray(value.benchmarks))
        throw new errors/* DocumentError */.Mi(`${where}: missing "benchmarks" array`);
    const seen = new Set();
    value.benchmarks.forEach((b, i) => {
        const at = `${where}: benchmarks[${i}]`;
        if (!isObject(b))
            throw new errors/* DocumentError */.Mi(`${at}: expected an object`);
        if (typeof b.name !== 'string' || b.name === '')
            throw new errors/* DocumentError */.Mi(`${at}.name: expected a non-empty string`);
        if (seen.has(b.name))
            throw new errors/* DocumentError */.Mi(`${at}.name: duplicate benchmark name ${quote(b.name)}`);
        seen.add(b.name);
        const bat = `${at} (${quote(b.name)})`;
        if (b.status !== 'ok' && b.status !== 'error') {
            throw new errors/* DocumentError */.Mi(`${bat}.status: expected "ok" or "error", got ${shown(b.status)}`);
        }
        if (!isObject(b.metrics))
            throw new errors/* DocumentError */.Mi(`${bat}.metrics: expected an object`);
        if (b.status === 'error')
            return;
        for (const [metric, m] of Object.entries(b.metrics))
            validateMetric(m, metric, `${bat}.metrics.${metric}`);
    });
    if (!isObject(value.git))
        throw new errors/* DocumentError */.Mi(`${where}: missing "git" object (may be empty: {})`);
    if (value.git.commit !== undefined && typeof value.git.commit !== 'string') {
        throw new errors/* DocumentError */.Mi(`${where}: git.commit: expected a string`);
    }
    if (typeof value.createdAt !== 'string')
        throw new errors/* DocumentError */.Mi(`${where}: missing "createdAt" string (an ISO date)`);
    if (!isObject(value.machine))
        throw new errors/* DocumentError */.Mi(`${where}: missing "machine" object`);
    if (typeof value.configHash !== 'string')
        throw new errors/* DocumentError */.Mi(`${where}: missing "configHash" string`);
    return value;
}
/** A name for a message: quoted, cut short, one line. */
function quote(name) {
    // eslint-disable-next-line no-control-regex
    const one = name.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return JSON.stringify(one.length > 80 ? `${one.slice(0, 79)}…` : one);
}
function shown(v) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'undefined':
            return 'nothing';
        case 'object':
            return 'an object';
        case 'function':
            return 'a function';
        case 'symbol':
            return 'a symbol';
        case 'bigint':
            return `${v}n`;
        case 'number':
        case 'boolean':
            return String(v);
    }
    return 'a value';
}
/**
 * One metric of a successful benchmark: a finite value, a unit and a direction that agree with the
 * metric registry (a throughput marked lower-is-better would turn every fall into an improvement),
 * and per-fork values the overall value lies among.
 */
function validateMetric(m, metric, mat) {
    if (metric === '__proto__')
        throw new errors/* DocumentError */.Mi(`${mat}: "__proto__" is not a metric name`);
    if (!isObject(m))
        throw new errors/* DocumentError */.Mi(`${mat}: expected an object with value and unit`);
    if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
        throw new errors/* DocumentError */.Mi(`${mat}.value: expected a finite number, got ${shown(m.value)}`);
    }
    if (typeof m.unit !== 'string')
        throw new errors/* DocumentError */.Mi(`${mat}.unit: expected a string`);
    if (m.direction !== 'lower' && m.direction !== 'higher') {
        throw new errors/* DocumentError */.Mi(`${mat}.direction: expected "lower" or "higher"`);
    }
    const known = (0,metrics/* nativeMetric */.mL)(metric);
    if (known && m.direction !== known.direction) {
        throw new errors/* DocumentError */.Mi(`${mat}.direction: ${metric} is ${known.direction}-is-better (${known.label}), the document says ${m.direction}`);
    }
    if (m.forks !== undefined) {
        if (!Array.isArray(m.forks) || !m.forks.every((f) => typeof f === 'number' && Number.isFinite(f))) {
            throw new errors/* DocumentError */.Mi(`${mat}.forks: expected a list of finite numbers`);
        }
        const forks = m.forks;
        if (forks.length > 0) {
            let lo = Infinity;
            let hi = -Infinity;
            for (const f of forks) {
                if (f < lo)
                    lo = f;
                if (f > hi)
                    hi = f;
            }
            const slack = 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
            if (m.value < lo - slack || m.value > hi + slack) {
                throw new errors/* DocumentError */.Mi(`${mat}: the value ${m.value} lies outside its per-fork values (${lo} to ${hi}); the document contradicts itself`);
            }
        }
    }
    if (m.n !== undefined && !(typeof m.n === 'number' && Number.isInteger(m.n) && m.n >= 0)) {
        throw new errors/* DocumentError */.Mi(`${mat}.n: expected a whole number ≥ 0`);
    }
    if (m.supported !== undefined && typeof m.supported !== 'boolean') {
        throw new errors/* DocumentError */.Mi(`${mat}.supported: expected true or false`);
    }
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
        throw new errors/* DocumentError */.Mi(`${label}: expected a JSON object`);
    checkVersion(value, label);
    if (value.kind === types/* RESULTS_KIND */.mU)
        return newHistory([validateResults(value, label)]);
    if (value.kind !== types/* BASELINE_KIND */.$B) {
        throw new errors/* DocumentError */.Mi(`${label}: "kind" is ${JSON.stringify(value.kind)}, expected "${types/* BASELINE_KIND */.$B}" or "${types/* RESULTS_KIND */.mU}"`);
    }
    if (!Array.isArray(value.runs))
        throw new errors/* DocumentError */.Mi(`${label}: missing "runs" array`);
    const runs = value.runs.map((r, i) => validateResults(r, `${label}: runs[${i}]`));
    const notes = Array.isArray(value.notes) ? value.notes.filter((n) => typeof n === 'string') : [];
    return { schemaVersion: types/* SCHEMA_VERSION */.f$, kind: types/* BASELINE_KIND */.$B, runs, notes };
}
function readBaselineOrResults(path) {
    return parseBaselineOrResults(readText(path), path);
}
function newHistory(runs = []) {
    return { schemaVersion: types/* SCHEMA_VERSION */.f$, kind: types/* BASELINE_KIND */.$B, runs, notes: [] };
}
/**
 * Appends a run to a history (a new one when absent), keeping the newest `keep` runs. Returns the
 * warnings about a changed config or machine, which are also recorded in the history's notes.
 */
function appendRun(history, results, keep = DEFAULT_KEEP) {
    if (!Number.isInteger(keep) || keep < 1)
        throw new errors/* DocumentError */.Mi(`--keep: expected a whole number ≥ 1, got ${keep}`);
    const base = history ?? newHistory();
    const warnings = (0,compatibility/* compatibilityWarnings */.g)(base, results);
    const stamp = results.git.commit ? `run of ${results.git.commit.slice(0, 12)}` : `run of ${results.createdAt}`;
    const notes = [...(base.notes ?? []), ...warnings.map((w) => `${stamp}: ${w}`)].slice(-keep);
    const runs = [...base.runs, results]
        .slice(-keep)
        .map((run, i, all) => (i < all.length - RUNS_WITH_SAMPLES ? withoutSamples(run) : run));
    return { history: { schemaVersion: types/* SCHEMA_VERSION */.f$, kind: types/* BASELINE_KIND */.$B, runs, notes }, warnings };
}
function withoutSamples(run) {
    if (!run.benchmarks.some((b) => b.samples))
        return run;
    return { ...run, benchmarks: run.benchmarks.map(({ samples: _dropped, ...rest }) => rest) };
}
const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms) {
    Atomics.wait(sleepCell, 0, 0, ms);
}
function readOwner(lock) {
    let text;
    try {
        text = readFileSync(lock, 'utf8');
    }
    catch {
        return null; // released meanwhile
    }
    try {
        const v = JSON.parse(text);
        return { text, owner: typeof v?.pid === 'number' ? v : null };
    }
    catch {
        return { text, owner: null };
    }
}
/** Whether a lock's holder is gone: a dead pid on this host, or an old lock of unknown holder. */
function isStale(lock, owner, staleMs) {
    if (owner && owner.host === hostname())
        return !processExists(owner.pid);
    let age;
    try {
        age = Date.now() - statSync(lock).mtimeMs;
    }
    catch {
        return false;
    }
    // A lock without readable content is one whose writer died between creating and filling it.
    return owner ? age > staleMs : age > 5_000;
}
/** Removes a stale lock, unless it was replaced by a live one since it was judged stale. */
function breakStaleLock(lock, judged) {
    const aside = `${lock}.${process.pid}.stale`;
    try {
        renameSync(lock, aside);
    }
    catch {
        return;
    }
    let moved = '';
    try {
        moved = readFileSync(aside, 'utf8');
    }
    catch {
        /* gone: nothing to restore */
    }
    if (moved !== judged) {
        // Another process took the lock in between: put it back (link fails if a new lock exists).
        try {
            linkSync(aside, lock);
        }
        catch {
            /* the lock was retaken again; that holder owns it */
        }
    }
    rmSync(aside, { force: true });
}
/**
 * Runs `fn` holding `<path>.lock`, an exclusive lock file (created with O_EXCL) that records the
 * holder's pid, host and time. A lock whose process is dead is broken; a live one is waited for up to
 * `timeoutMs`, then a one-line InputError names the holder and the lock file.
 */
function withFileLock(path, fn, options = {}) {
    const lock = `${path}.lock`;
    const timeoutMs = options.timeoutMs ?? 60_000;
    const staleMs = options.staleMs ?? 10 * 60_000;
    mkdirSync(dirname(path), { recursive: true });
    const started = Date.now();
    let fd;
    for (let attempt = 0; fd === undefined; attempt++) {
        try {
            fd = openSync(lock, 'wx');
        }
        catch (err) {
            const code = err.code;
            if (code !== 'EEXIST') {
                throw new InputError(`${lock}: cannot create the lock file for the baseline (${code ?? errorText(err)})`);
            }
            const held = readOwner(lock);
            const stale = held !== null && isStale(lock, held.owner, staleMs);
            if (stale)
                breakStaleLock(lock, held.text);
            if (Date.now() - started >= timeoutMs) {
                const who = held?.owner ? `process ${held.owner.pid} on ${held.owner.host} since ${held.owner.time}` : 'another process';
                throw new InputError(`${path}: locked by ${who}; gave up after ${Math.round(timeoutMs / 1000)} s (if no perf-gate is running, delete ${lock})`);
            }
            if (stale || !held)
                continue;
            // Jittered back-off, so waiting writers do not retry in lockstep.
            sleepMs(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
        }
    }
    try {
        const owner = { pid: process.pid, host: hostname(), time: new Date().toISOString() };
        writeSync(fd, JSON.stringify(owner));
    }
    finally {
        closeSync(fd);
    }
    try {
        return fn();
    }
    finally {
        rmSync(lock, { force: true });
    }
}
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Appends a run to the baseline file at `path` (created when absent) under its lock: the file is read
 * after the lock is taken, so concurrent updates each add their run and none is lost.
 */
function updateBaselineFile(path, results, keep = DEFAULT_KEEP, options = {}) {
    return withFileLock(path, () => {
        const existing = existsSync(path) ? readBaselineOrResults(path) : null;
        const updated = appendRun(existing, results, keep);
        writeJsonAtomic(path, updated.history);
        return updated;
    }, options);
}

;// CONCATENATED MODULE: ./src/baseline/cache-store.ts
// The baseline store of the Action: a history document saved in the GitHub Actions cache.
//
// Cache keys are immutable, so every save uses a new key (prefix + config hash + commit + run id +
// attempt) and a restore asks for the newest entry by prefix. The path list given to restore is the
// very list given to save (it is part of the entry's version). Caching is best effort: a service that
// is down or slow, an entry that cannot be reserved, or an entry that is not a perf-gate baseline is a
// warning, never a failure, and never trusted. A cache that could not be read is kept apart from one
// that holds no entry all the way to the caller: only the second may be followed by a save.





/** Largest baseline file that is read back (a history of 1000 runs is far below). */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
const KEY_VERSION = 'v1';
/** The cached path, relative to the workspace. Save and restore must use exactly this list. */
function baselineCachePaths(baselineKey) {
    return [baselineCachePath(baselineKey)];
}
/** The one file of the entry, relative to the workspace. */
function baselineCachePath(baselineKey) {
    return `.perf-gate-cache/${baselineKey}/baseline.json`;
}
function configHashPart(configHash) {
    return configHash.slice(0, 16) || 'nohash';
}
/** A new, unique key for one save: never reused, so a save never collides with an older entry. */
function baselineSaveKey(parts) {
    const sha = parts.sha.slice(0, 40) || 'nosha';
    return `${parts.baselineKey}-${KEY_VERSION}-${configHashPart(parts.configHash)}-${sha}-${parts.runId}-${parts.runAttempt}`;
}
/**
 * Prefixes to restore by, best first: the newest entry saved with the same config, else the newest
 * entry of any config (benchmarks that kept their names still compare; the report notes the change).
 */
function baselineRestoreKeys(baselineKey, configHash) {
    return [`${baselineKey}-${KEY_VERSION}-${configHashPart(configHash)}-`, `${baselineKey}-${KEY_VERSION}-`];
}
function cacheTimeoutMs(env = process.env) {
    const s = Number(env.PERF_GATE_CACHE_TIMEOUT_SECONDS);
    return Number.isFinite(s) && s > 0 ? s * 1000 : 120_000;
}
class TimeoutError extends Error {
    name = 'TimeoutError';
}
function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** The cache service could not be asked (as opposed to: it answered that no entry matches). */
class CacheUnavailableError extends Error {
    name = 'CacheUnavailableError';
}
/**
 * A cache failure in plain words: what a reader can act on (a refused connection, a name that does
 * not resolve, an HTTP status, no answer in time), not the client's wording.
 */
function describeCacheFailure(message) {
    const text = oneLine(message);
    if (/ECONNREFUSED/.test(text))
        return 'the connection to the cache service was refused';
    if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME/.test(text))
        return "the cache service's host name could not be resolved (DNS)";
    if (/EHOSTUNREACH|ENETUNREACH/.test(text))
        return 'the cache service could not be reached (host unreachable)';
    if (/ECONNRESET|socket hang up/.test(text))
        return 'the connection to the cache service was reset';
    if (/ETIMEDOUT|did not finish within/.test(text))
        return `the cache service did not answer in time`;
    if (/cache-mode|read denied/i.test(text))
        return 'reading the cache is not permitted for this run';
    const status = /\((\d{3})\)|\bstatus(?: code)?:? (\d{3})\b|\bHTTP (\d{3})\b/i.exec(text);
    if (status)
        return `the cache service answered HTTP ${status[1] ?? status[2] ?? status[3]}`;
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
const SCHEMA_MAJOR = Number(types/* SCHEMA_VERSION */.f$.split('.')[0]);
/** Whether `text` is a perf-gate document of a later major version than this perf-gate reads. */
function isNewerDocument(text) {
    try {
        const doc = JSON.parse(text);
        const version = doc?.schemaVersion;
        const major = typeof version === 'string' ? Number(version.split('.')[0]) : NaN;
        return Number.isInteger(major) && major > SCHEMA_MAJOR;
    }
    catch {
        return false;
    }
}
/**
 * Restores the newest baseline entry by prefix. `primaryKey` is this run's own save key (an exact
 * hit means a re-run of the same attempt saved already).
 */
async function restoreBaseline(client, opts) {
    const paths = baselineCachePaths(opts.baselineKey);
    const file = (0,external_node_path_.join)(opts.workspace, baselineCachePath(opts.baselineKey));
    // Never read a file left by an earlier step: only what this restore extracts.
    (0,external_node_fs_.rmSync)(file, { force: true });
    let key;
    try {
        key = await withTimeout(client.restoreCache(paths, opts.primaryKey, baselineRestoreKeys(opts.baselineKey, opts.configHash)), opts.timeoutMs, 'restoring the baseline from the Actions cache');
    }
    catch (err) {
        const message = oneLine((0,errors/* errorMessage */.gJ)(err));
        const detail = describeCacheFailure(message);
        opts.log.warning(`perf-gate: the Actions cache could not be read: ${detail} (${message}); continuing without a baseline.`);
        return { history: null, reason: 'unavailable', detail };
    }
    if (!key)
        return { history: null, reason: 'not-found' };
    let text = '';
    try {
        const stat = (0,external_node_fs_.lstatSync)(file);
        if (!stat.isFile())
            throw new Error(`${paths[0]} in the entry is not a regular file`);
        if (stat.size > MAX_BASELINE_BYTES)
            throw new Error(`${paths[0]} is ${stat.size} bytes, more than a baseline can be`);
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const history = parseBaselineOrResults(text, `cache entry ${key}`);
        if (history.runs.length === 0)
            return { history: null, key, reason: 'not-found' };
        opts.log.info(`perf-gate: baseline restored from cache entry ${key} (${history.runs.length} runs)`);
        return { history, key };
    }
    catch (err) {
        const detail = oneLine((0,errors/* errorMessage */.gJ)(err)).replace(`cache entry ${key}: `, '');
        if (isNewerDocument(text)) {
            opts.log.warning(`perf-gate: cache entry ${key} was written by a newer perf-gate (${detail}); it is ignored and kept: ` +
                'this run does not update the baseline. Use the newer perf-gate version in this workflow.');
            return { history: null, key, reason: 'newer-version', detail };
        }
        opts.log.warning(`perf-gate: cache entry ${key} is not a usable perf-gate baseline (${detail}); it is ignored. ` +
            'The next run on the default branch records a fresh baseline.');
        return { history: null, key, reason: 'invalid', detail };
    }
    finally {
        (0,external_node_fs_.rmSync)(file, { force: true });
    }
}
/** Writes the history and saves it under `key` (a new key). Failures are warnings. */
async function saveBaseline(client, history, opts) {
    const paths = baselineCachePaths(opts.baselineKey);
    const file = (0,external_node_path_.join)(opts.workspace, baselineCachePath(opts.baselineKey));
    writeJsonAtomic(file, history);
    try {
        const id = await withTimeout(client.saveCache(paths, opts.key), opts.timeoutMs, 'saving the baseline to the Actions cache');
        if (id === -1) {
            opts.log.warning(`perf-gate: the baseline could not be saved under cache key ${opts.key} (the key could not be reserved: ` +
                'another job may be saving it, or the cache is read-only for this run). The previous baseline entry is kept.');
            return { saved: false, key: opts.key, why: `the cache key ${opts.key} could not be reserved (another job may be saving it, or the cache is read-only for this run)` };
        }
        opts.log.info(`perf-gate: baseline saved as cache entry ${opts.key} (${history.runs.length} runs)`);
        return { saved: true, key: opts.key };
    }
    catch (err) {
        const message = oneLine((0,errors/* errorMessage */.gJ)(err));
        const why = describeCacheFailure(message);
        opts.log.warning(`perf-gate: the baseline could not be saved to the Actions cache: ${why} (${message}). The previous baseline entry is kept.`);
        return { saved: false, key: opts.key, why };
    }
    finally {
        (0,external_node_fs_.rmSync)(file, { force: true });
    }
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The real client, loaded on first use (it is large, and most of its work is network). */
async function actionsCacheClient() {
    const cache = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
    return {
        restoreCache: (paths, primaryKey, restoreKeys) => watchForSwallowedFailure(() => cache.restoreCache(paths, primaryKey, restoreKeys, { timeoutInMs: 30_000, segmentTimeoutInMs: 60_000 })),
        saveCache: (paths, key) => cache.saveCache(paths, key),
    };
}
/**
 * Lines `@actions/cache` writes when a restore fails: it logs the failure (`::warning::` or, for a 5xx,
 * `::error::Failed to restore: …`) or that reads are not permitted, then resolves to `undefined`, the
 * very value of a miss. It offers no other way to tell them apart, so its log is watched.
 */
const SWALLOWED_RESTORE_FAILURE = /^::(?:warning|error)(?: [^:]*)?::Failed to restore: (.*)$|^(Cache restore skipped: .*)$/;
function decodeCommandData(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
/**
 * Runs `restore` while watching the process's standard output (where `@actions/core` writes) for a
 * swallowed failure, and rejects with `CacheUnavailableError` when one was written. The lines still
 * reach the log.
 */
async function watchForSwallowedFailure(restore) {
    const stdout = process.stdout;
    // The method itself (not a bound copy), so that putting it back restores the stream exactly.
    const original = Reflect.get(stdout, 'write');
    let failure;
    const watching = function (chunk, ...rest) {
        if (failure === undefined && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
            const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            for (const line of text.split(/\r?\n/)) {
                const m = SWALLOWED_RESTORE_FAILURE.exec(line);
                if (m) {
                    failure = decodeCommandData(m[1] ?? m[2] ?? line);
                    break;
                }
            }
        }
        return Reflect.apply(original, this, [chunk, ...rest]);
    };
    stdout.write = watching;
    try {
        const result = await restore();
        if (failure !== undefined)
            throw new CacheUnavailableError(oneLine(failure));
        return result;
    }
    finally {
        if (stdout.write === watching)
            stdout.write = original;
    }
}
/** Whether the runner provides a cache service at all (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL). */
function cacheServiceConfigured(env = process.env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}
async function inGroup(log, name, fn) {
    log.startGroup?.(name);
    try {
        return await fn();
    }
    finally {
        log.endGroup?.();
    }
}
/**
 * The Actions cache as a baseline store. `client` is called only when the runner provides a cache
 * service, and loaded then (the real one is large). `saveKey` is this run's own new key; `keep` is
 * how many runs the history keeps.
 */
function actionsCacheStore(options) {
    let client;
    const { log } = options;
    return {
        label: 'the Actions cache',
        async read() {
            if (!options.configured) {
                const detail = 'no Actions cache service is available to this step';
                log.warning(`perf-gate: ${detail} (ACTIONS_RESULTS_URL is not set). Continuing without a baseline.`);
                return { history: null, reason: 'no-store', detail };
            }
            return inGroup(log, 'perf-gate: restore the baseline', async () => {
                try {
                    client = await options.client();
                    const restored = await restoreBaseline(client, { ...options, primaryKey: options.saveKey });
                    if (restored.reason === 'not-found')
                        log.info('perf-gate: no baseline entry found in the Actions cache');
                    return { history: restored.history, location: restored.key, reason: restored.reason, detail: restored.detail };
                }
                catch (err) {
                    const detail = oneLine((0,errors/* errorMessage */.gJ)(err));
                    log.warning(`perf-gate: the Actions cache could not be used (${detail}); continuing without a baseline.`);
                    return { history: null, reason: 'unavailable', detail };
                }
            });
        },
        async record(read, results) {
            if (!client)
                return { recorded: false, why: 'the Actions cache was not read, so it is not written' };
            const { history, warnings } = appendRun(read.history, results, options.keep);
            for (const w of warnings)
                log.info(`perf-gate: baseline note: ${w}`);
            const saving = client;
            const saved = await inGroup(log, 'perf-gate: save the baseline', () => saveBaseline(saving, history, { ...options, key: options.saveKey }));
            return saved.saved
                ? { recorded: true, location: saved.key, runs: history.runs.length, warnings }
                : { recorded: false, why: `${saved.why ?? 'the cache entry could not be saved'}; the previous baseline entry is kept` };
        },
    };
}


/***/ }),

/***/ 6967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ compatibilityWarnings)
/* harmony export */ });
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
/* harmony export */   kI: () => (/* binding */ tailBetweenWords),
/* harmony export */   sM: () => (/* binding */ headBetweenWords)
/* harmony export */ });
/* unused harmony export escapeTerminal */
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

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Zu: () => (/* binding */ fixed),
/* harmony export */   dG: () => (/* binding */ NAME_HEAD),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   jM: () => (/* binding */ shortenMiddle),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   nj: () => (/* binding */ NAME_TAIL),
/* harmony export */   x6: () => (/* binding */ displayMetric)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3010);
// Numbers and names as words, shared by the judgement (its one-line summary, in compare/) and the
// renderers (report/), which must say a change the same way. Plain text: each medium escapes it where
// it is written.

/** Display lengths: a benchmark name keeps its first 60 and last 20 characters; a metric name less. */
const NAME_HEAD = 60;
const NAME_TAIL = 20;
const METRIC_HEAD = 24;
const METRIC_TAIL = 8;
/**
 * A number in fixed notation with `digits` decimals: never exponent notation (`toFixed` switches to
 * it from 1e21 on), never `-0`.
 */
function fixed(value, digits) {
    if (Math.abs(value) >= 1e21)
        return BigInt(Math.round(value)).toString();
    const text = value.toFixed(digits);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
/** 0.1 → "10%", 0.125 → "12.5%"; past ±1000% "more than 1000%" (a figure past CHANGE_CAP says only "very large"). */
function formatPercent(fraction) {
    if (!Number.isFinite(fraction))
        return '—';
    if (Math.abs(fraction) > _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5)
        return `${fraction < 0 ? 'less than −' : 'more than '}${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 * 100}%`;
    const p = fraction * 100;
    const digits = Math.abs(p) >= 10 || Number.isInteger(p) ? 0 : 1;
    return `${fixed(Number(p.toFixed(digits)), digits).replace(/\.0$/, '')}%`;
}
/** A signed relative change: +12.3%, −4.0%, ±0.0%; "more than +1000%" past the cap; "—" when unknown. */
function formatChange(change) {
    if (change === null || change === undefined || Number.isNaN(change))
        return '—';
    if (change > _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5)
        return `more than +${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 * 100}%`;
    if (change < -_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5)
        return `less than −${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 * 100}%`;
    const p = change * 100;
    const text = Math.abs(p) >= 1000 ? fixed(Math.abs(p), 0) : fixed(Math.abs(p), 1);
    if (Number(text) === 0)
        return '±0.0%';
    return `${p > 0 ? '+' : '−'}${text}%`;
}
/**
 * Shortens a long name for display, keeping both ends (a suite prefix and a case suffix are what
 * tell names apart): the first `head` and the last `tail` characters around an ellipsis. Counts code
 * points, so a surrogate pair is never split.
 */
function shortenMiddle(text, head = NAME_HEAD, tail = NAME_TAIL) {
    const chars = Array.from(text);
    if (chars.length <= head + tail + 1)
        return text;
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
/** "1 benchmark", "3 benchmarks": a count and a noun that takes a plain -s. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** A metric name as displayed. */
function displayMetric(name) {
    return shortenMiddle(name, METRIC_HEAD, METRIC_TAIL);
}


/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ directionFromUnit),
/* harmony export */   C_: () => (/* binding */ metricRecord),
/* harmony export */   EB: () => (/* binding */ NATIVE_METRICS),
/* harmony export */   K5: () => (/* binding */ CHANGE_CAP),
/* harmony export */   mL: () => (/* binding */ nativeMetric),
/* harmony export */   ov: () => (/* binding */ NATIVE_METRIC_NAMES),
/* harmony export */   yJ: () => (/* binding */ DEFAULT_GATED_METRICS)
/* harmony export */ });
/* unused harmony export summaryOf */
const REGISTRY = [
    { name: 'p50', unit: 'ns', direction: 'lower', label: 'median latency', quantile: 0.5 },
    { name: 'p99', unit: 'ns', direction: 'lower', label: '99th percentile latency', quantile: 0.99 },
    { name: 'p999', unit: 'ns', direction: 'lower', label: '99.9th percentile latency', quantile: 0.999 },
    { name: 'mean', unit: 'ns', direction: 'lower', label: 'mean latency', moment: 'mean' },
    { name: 'min', unit: 'ns', direction: 'lower', label: 'fastest sample', moment: 'min' },
    { name: 'max', unit: 'ns', direction: 'lower', label: 'slowest sample', moment: 'max' },
    { name: 'stddev', unit: 'ns', direction: 'lower', label: 'standard deviation', moment: 'stddev' },
    { name: 'throughput', unit: 'ops/s', direction: 'higher', label: 'operations per second', moment: 'throughput' },
];
const NATIVE_METRICS = REGISTRY;
/** The names, as strings: what config validation checks a user's metric name against. */
const NATIVE_METRIC_NAMES = NATIVE_METRICS.map((m) => m.name);
function nativeMetric(name) {
    return NATIVE_METRICS.find((m) => m.name === name);
}
/**
 * One value per native metric, from `valueOf`: the single place a record keyed by the registry is
 * built, so every caller gets every metric (the loop below visits each registry entry once).
 */
function metricRecord(valueOf) {
    const out = {};
    for (const def of NATIVE_METRICS)
        out[def.name] = valueOf(def);
    return out;
}
/** The native metrics of a summary, in registry order: what per-fork statistics copy. */
function summaryOf(source) {
    return { n: source.n, ...metricRecord((def) => source[def.name]) };
}
/**
 * The largest relative change stated as a number (+1000%). Past it a figure only says "no idea":
 * reports print "more than +1000%", and policies cap the minimum detectable change here.
 */
const CHANGE_CAP = 10;
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

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ retryOptionsFromEnv),
/* harmony export */   id: () => (/* binding */ createIssueCommentsApi)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, withRetry, isTransient, isRateLimited */
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7318);

const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 1000 };
function retryOptionsFromEnv(env = process.env) {
    const base = Number(env.PERF_GATE_RETRY_BASE_MS);
    return { ...DEFAULT_RETRY, baseDelayMs: Number.isFinite(base) && base >= 0 ? base : DEFAULT_RETRY.baseDelayMs };
}
function retryAfterMs(err) {
    const headers = err?.response?.headers;
    const value = headers?.['retry-after'];
    const s = value === undefined ? NaN : Number(value);
    return Number.isFinite(s) && s >= 0 ? Math.min(s, 60) * 1000 : undefined;
}
/** Runs `fn`, retrying when `retryable(err)` says so, with exponential backoff. */
async function withRetry(fn, retryable, opts) {
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (attempt >= opts.attempts || !retryable(err))
                throw err;
            await sleep(retryAfterMs(err) ?? opts.baseDelayMs * 2 ** (attempt - 1));
        }
    }
}
/** 5xx, 429, or no response at all (network error, timeout). */
function isTransient(err) {
    const status = (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err);
    if (status === undefined)
        return true;
    return status === 429 || status >= 500;
}
function isRateLimited(err) {
    return (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err) === 429;
}
async function createIssueCommentsApi(opts) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(413)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const octokit = getOctokit(opts.token, { baseUrl: opts.apiUrl });
    const retry = opts.retry ?? DEFAULT_RETRY;
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const request = () => ({ signal: AbortSignal.timeout(timeoutMs) });
    const { owner, repo } = opts;
    const asComment = (d) => ({
        id: d.id,
        body: d.body,
        html_url: d.html_url,
        user: d.user ? { login: d.user.login, type: d.user.type } : null,
    });
    return {
        listComments: (issue, page, perPage) => withRetry(async () => (await octokit.rest.issues.listComments({ owner, repo, issue_number: issue, page, per_page: perPage, request: request() })).data.map(asComment), isTransient, retry),
        createComment: (issue, body) => withRetry(async () => asComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body, request: request() })).data), isRateLimited, retry),
        updateComment: (commentId, body) => withRetry(async () => asComment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body, request: request() })).data), isTransient, retry),
        // A user token (a PAT) can say whose it is; the workflow token cannot (403), and its comments
        // are a bot's anyway.
        viewerLogin: async () => {
            try {
                return (await octokit.rest.users.getAuthenticated({ request: request() })).data.login;
            }
            catch {
                return undefined;
            }
        },
    };
}


/***/ }),

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ commentFailureAdvice),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   wT: () => (/* binding */ MAX_COMMENT_LENGTH)
/* harmony export */ });
/* unused harmony exports PER_PAGE, findStickyComment */
// The sticky PR comment: one per pull request and per baseline key, found by a hidden marker while
// paging through all comments, updated in place on every run (so a stale warning never survives a
// fixed push), created when absent.
/** GitHub rejects comment bodies longer than this. */
const MAX_COMMENT_LENGTH = 65_536;
const PER_PAGE = 100;
/** A safety stop: 100 pages are 10,000 comments. */
const MAX_PAGES = 100;
function commentMarker(baselineKey) {
    return `<!-- perf-gate:${baselineKey} -->`;
}
/**
 * Finds perf-gate's own comment: one carrying the marker, paging through all comments, written by a
 * bot (the workflow token comments as `github-actions[bot]`, an app's token as its bot) or by the
 * user whose token this is. Anyone can write the marker into a comment of their own; taking theirs
 * would overwrite a person's words with the report, under their name. The newest match wins.
 */
async function findStickyComment(api, issue, marker) {
    let found;
    let viewer;
    const ours = async (c) => {
        if (c.user?.type === 'Bot')
            return true;
        if (!c.user?.login || !api.viewerLogin)
            return false;
        viewer ??= api.viewerLogin();
        return (await viewer) === c.user.login;
    };
    for (let page = 1; page <= MAX_PAGES; page++) {
        const comments = await api.listComments(issue, page, PER_PAGE);
        for (const c of comments) {
            if (typeof c.body === 'string' && c.body.includes(marker) && (await ours(c)))
                found = c;
        }
        if (comments.length < PER_PAGE)
            break;
    }
    return found;
}
/**
 * Updates the marked comment in place, or creates it. With `createIfMissing: false` (comment mode
 * `on-regression` on a passing run) an existing comment is still updated, so it stops warning.
 */
async function upsertStickyComment(api, issue, marker, body, options = { createIfMissing: true }) {
    if (!body.includes(marker))
        body = `${marker}\n${body}`;
    if (body.length > MAX_COMMENT_LENGTH) {
        throw new Error(`comment body is ${body.length} characters, more than GitHub's ${MAX_COMMENT_LENGTH}`);
    }
    const existing = await findStickyComment(api, issue, marker);
    if (existing) {
        const updated = await api.updateComment(existing.id, body);
        return { action: 'updated', url: updated.html_url ?? existing.html_url, id: existing.id };
    }
    if (!options.createIfMissing)
        return { action: 'skipped' };
    const created = await api.createComment(issue, body);
    return { action: 'created', url: created.html_url, id: created.id };
}
/**
 * The HTTP status of an octokit (or fetch-like) error, when there was an answer. Octokit reports a
 * request that got none (a host name that does not resolve, a refused connection, a timeout) as status
 * 500 without a response: that is no status at all.
 */
function httpStatus(err) {
    const e = err;
    if (typeof e?.status !== 'number')
        return undefined;
    if (e.status === 500 && e.response === undefined && (e.name === 'HttpError' || e.name === 'AbortError'))
        return undefined;
    return e.status;
}
/** A request that got no answer, in plain words. */
function describeNoAnswer(message) {
    if (/ENOTFOUND|EAI_AGAIN|EAI_NONAME/.test(message))
        return "the GitHub API's host name could not be resolved (DNS)";
    if (/ECONNREFUSED/.test(message))
        return 'the connection to the GitHub API was refused';
    if (/ECONNRESET|socket hang up/.test(message))
        return 'the connection to the GitHub API was reset';
    if (/ETIMEDOUT|aborted|timed? ?out/i.test(message))
        return 'the GitHub API did not answer in time';
    if (/EHOSTUNREACH|ENETUNREACH/.test(message))
        return 'the GitHub API could not be reached (host unreachable)';
    return undefined;
}
/** Plain words and the fix for a comment that could not be written. */
function commentFailureAdvice(err, fromFork) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) {
        const fork = fromFork
            ? 'This pull request comes from a fork, and the workflow token of a fork pull request is read-only: ' +
                'use the two-workflow setup (pull_request runs perf-gate with comment: never and uploads the report as an artifact; ' +
                'a workflow_run workflow downloads it and comments), see the perf-gate README, section "Pull requests from forks".'
            : 'Give the job permission to comment: add `permissions: { contents: read, pull-requests: write }` to the workflow or job.';
        return `perf-gate could not comment on the pull request (HTTP ${status}: the token may not write pull request comments). ${fork} The verdict, job summary and outputs are unaffected.`;
    }
    const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim() : String(err);
    const plain = status === undefined ? describeNoAnswer(reason) : undefined;
    const what = plain ? `${plain}: ${reason}` : `${status ? `HTTP ${status}: ` : ''}${reason}`;
    return `perf-gate could not comment on the pull request (${what}). The verdict, job summary and outputs are unaffected.`;
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   aA: () => (/* binding */ shouldUpdateBaseline),
/* harmony export */   rt: () => (/* binding */ runMode)
/* harmony export */ });
/* unused harmony exports TRUSTED_BASELINE_EVENTS, readEventPayload, isTrustedDefaultBranchRun, workspaceHead */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
// What the workflow run is: event, refs, pull request, default branch, run link. Read from the
// runner's environment and the event payload file, without @actions/github (start-up matters and the
// logic stays testable with plain objects).



const TRUSTED_BASELINE_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** A payload field as a string, when it is one. */
function text(value) {
    return typeof value === 'string' ? value : undefined;
}
function readEventPayload(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return {};
    }
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null ? value : {};
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`GITHUB_EVENT_PATH ${path}: not valid JSON`);
    }
}
function readRunContext(env = process.env, payload) {
    const event = payload ?? readEventPayload(env.GITHUB_EVENT_PATH);
    const repoText = env.GITHUB_REPOSITORY ?? text(event.repository?.full_name) ?? '';
    const [owner, repo] = repoText.split('/');
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('GITHUB_REPOSITORY: expected owner/repo (is this running in GitHub Actions?)');
    const ref = env.GITHUB_REF ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '0';
    const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let pullRequest;
    const pr = event.pull_request;
    if (PULL_REQUEST_EVENTS.includes(eventName) && pr && typeof pr.number === 'number') {
        const headRepo = text(pr.head?.repo?.full_name);
        const baseRepo = text(pr.base?.repo?.full_name) ?? repoText;
        pullRequest = {
            number: pr.number,
            baseRef: text(pr.base?.ref) ?? '',
            baseSha: text(pr.base?.sha),
            headSha: text(pr.head?.sha),
            headRef: text(pr.head?.ref),
            // Only a head repository known to be the base one is trusted with a write token: a deleted
            // fork (`head.repo: null`) is still a fork.
            fromFork: headRepo !== baseRepo,
        };
    }
    const baseSha = text(pr?.base?.sha);
    const pullRequestBase = baseSha ? { sha: baseSha, ref: text(pr?.base?.ref) ?? '' } : undefined;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const untrustedCode = untrustedCodeOf(eventName, event, workspace);
    return {
        eventName,
        repository: { owner, repo },
        sha: env.GITHUB_SHA ?? '',
        ref,
        branch,
        defaultBranch: text(event.repository?.default_branch),
        runId,
        runAttempt,
        serverUrl,
        apiUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${runAttempt !== '1' ? `/attempts/${runAttempt}` : ''}`,
        pullRequest,
        ...(pullRequestBase ? { pullRequestBase } : {}),
        ...(untrustedCode ? { untrustedCode } : {}),
        workspace,
        tempDir: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    };
}
/** Whether this run may write the baseline under `update-baseline: auto`. */
function isTrustedDefaultBranchRun(ctx) {
    if (!TRUSTED_BASELINE_EVENTS.includes(ctx.eventName) || ctx.branch === undefined)
        return false;
    // Scheduled runs always run on the default branch, and their payload does not name it.
    if (ctx.eventName === 'schedule' && ctx.defaultBranch === undefined)
        return true;
    return ctx.defaultBranch !== undefined && ctx.branch === ctx.defaultBranch;
}
function runMode(ctx) {
    if (ctx.pullRequest)
        return 'pull-request';
    if (isTrustedDefaultBranchRun(ctx))
        return 'baseline';
    return 'report-only';
}
/** Whether the baseline is appended and saved on this run, given the `update-baseline` input. */
function shouldUpdateBaseline(ctx, input) {
    // A pull request never saves: its cache entries are visible only to re-runs of that PR anyway, and
    // a baseline written from untrusted code must never gate anything.
    if (ctx.pullRequest)
        return false;
    if (input === 'auto')
        return isTrustedDefaultBranchRun(ctx);
    return input;
}
function untrustedCodeOf(eventName, event, workspace) {
    if (eventName === 'pull_request_target') {
        const headSha = text(event.pull_request?.head?.sha);
        return { event: 'pull_request_target', ...(headSha ? { headSha } : {}) };
    }
    const run = event.workflow_run;
    const runEvent = text(run?.event);
    const headSha = text(run?.head_sha);
    if (eventName === 'workflow_run' && runEvent && PULL_REQUEST_EVENTS.includes(runEvent) && headSha) {
        if (workspaceHead(workspace) === headSha.toLowerCase())
            return { event: 'workflow_run', headSha };
    }
    return undefined;
}
/** The commit checked out in `dir` (read from .git, without running git), or undefined. */
function workspaceHead(dir) {
    const read = (path) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
        }
        catch {
            return undefined;
        }
    };
    let gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git');
    const pointer = /^gitdir: (.+)$/m.exec(read(gitDir) ?? '');
    if (pointer?.[1])
        gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, pointer[1].trim());
    const head = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'HEAD'))?.trim();
    if (!head)
        return undefined;
    if (/^[0-9a-f]{40,64}$/i.test(head))
        return head.toLowerCase();
    const ref = /^ref: (\S+)$/.exec(head)?.[1];
    if (!ref)
        return undefined;
    const loose = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, ref))?.trim();
    if (loose && /^[0-9a-f]{40,64}$/i.test(loose))
        return loose.toLowerCase();
    const packed = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'packed-refs')) ?? '';
    for (const line of packed.split('\n')) {
        const [sha, name] = line.trim().split(' ');
        if (name === ref && sha && /^[0-9a-f]{40,64}$/i.test(sha))
            return sha.toLowerCase();
    }
    return undefined;
}


/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   aQ: () => (/* binding */ OUTPUT),
/* harmony export */   bO: () => (/* binding */ INPUT)
/* harmony export */ });
/* unused harmony exports INPUT_DEFAULTS, rawInput */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
// The Action's inputs: names in one place (they must match action.yml), read from the environment the
// way the runner passes them (`INPUT_<NAME>`: upper-cased, spaces → `_`, dashes kept), validated into
// one typed object. Nothing here talks to GitHub.

const INPUT = {
    config: 'config',
    threshold: 'threshold',
    githubToken: 'github-token',
    baselineKey: 'baseline-key',
    comment: 'comment',
    failOnRegression: 'fail-on-regression',
    updateBaseline: 'update-baseline',
    keep: 'keep',
    workingDirectory: 'working-directory',
    against: 'against',
    setup: 'setup',
};
const OUTPUT = {
    verdict: 'verdict',
    regressions: 'regressions',
    reportJson: 'report-json',
    reportMarkdown: 'report-markdown',
    commentUrl: 'comment-url',
};
const INPUT_DEFAULTS = {
    config: 'perf-gate.yml',
    baselineKey: 'perf-gate',
    comment: 'always',
    failOnRegression: 'true',
    updateBaseline: 'auto',
    keep: '20',
    workingDirectory: '.',
    against: 'baseline',
};
/** The raw value of an input as the runner passes it (empty string when unset). */
function rawInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function parseBool(text, name) {
    const t = text.toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(t))
        return true;
    if (['false', 'no', 'off', '0'].includes(t))
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input ${name}: expected true or false, got "${text}"`);
}
function readInputs(env = process.env) {
    const get = (name, fallback) => rawInput(env, name) || fallback;
    const threshold = rawInput(env, INPUT.threshold) || undefined;
    const comment = get(INPUT.comment, INPUT_DEFAULTS.comment).toLowerCase();
    if (comment !== 'always' && comment !== 'on-regression' && comment !== 'never') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input ${INPUT.comment}: expected always, on-regression or never, got "${comment}"`);
    }
    const update = get(INPUT.updateBaseline, INPUT_DEFAULTS.updateBaseline).toLowerCase();
    const updateBaseline = update === 'auto' ? 'auto' : parseBool(update, INPUT.updateBaseline);
    const keepText = get(INPUT.keep, INPUT_DEFAULTS.keep);
    const keep = Number(keepText);
    if (!Number.isInteger(keep) || keep < 1 || keep > 1000) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input ${INPUT.keep}: expected a whole number from 1 to 1000, got "${keepText}"`);
    }
    const baselineKey = get(INPUT.baselineKey, INPUT_DEFAULTS.baselineKey);
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(baselineKey)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input ${INPUT.baselineKey}: expected 1-64 letters, digits, dots, dashes or underscores, got "${baselineKey}"`);
    }
    const against = get(INPUT.against, INPUT_DEFAULTS.against).toLowerCase();
    if (against !== 'baseline' && against !== 'base') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input ${INPUT.against}: expected baseline (the cached baseline of the default branch) or base (the pull request's base commit, measured in the same job), got "${against}"`);
    }
    const setup = rawInput(env, INPUT.setup) || undefined;
    return {
        config: get(INPUT.config, INPUT_DEFAULTS.config),
        threshold,
        githubToken: rawInput(env, INPUT.githubToken),
        baselineKey,
        comment,
        failOnRegression: parseBool(get(INPUT.failOnRegression, INPUT_DEFAULTS.failOnRegression), INPUT.failOnRegression),
        updateBaseline,
        keep,
        workingDirectory: get(INPUT.workingDirectory, INPUT_DEFAULTS.workingDirectory),
        against,
        ...(setup ? { setup } : {}),
    };
}


/***/ }),

/***/ 8275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ redactingIO),
/* harmony export */   IK: () => (/* binding */ coreIO)
/* harmony export */ });
/* unused harmony export escapingIO */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5513);
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4536);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2935);
// The runner-facing side effects of the Action (log lines, groups, masks, outputs, summary, failure),
// behind one small interface so `runAction` can be driven by tests without a runner. Every log text
// passes through `escapeLogLine` here, at the sink: benchmark names, error texts and config values
// reach the log in many places, and the runner obeys a workflow command wherever a line starts with
// one (`::add-mask::`, `::error::`) or contains the legacy `##[name]` form.



/** `io` with every log text (lines, group titles, warnings, errors, the failure) escaped as one log line. */
function escapingIO(io) {
    return {
        info: (m) => io.info((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(m)),
        notice: (m) => io.notice((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(m)),
        warning: (m) => io.warning((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(m)),
        error: (m) => io.error((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(m)),
        startGroup: (n) => io.startGroup((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(n)),
        endGroup: () => io.endGroup(),
        setSecret: (s) => io.setSecret(s),
        setOutput: (n, v) => io.setOutput(n, v),
        appendSummary: (md) => io.appendSummary(md),
        setFailed: (m) => io.setFailed((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._P)(m)),
    };
}
/**
 * `io` with the values of `secrets` replaced by `***` in everything it writes but the masks: log
 * lines, the summary and the failure message (a defence behind the runner's masking, which does not
 * see a value in another form, such as markdown-escaped).
 */
function redactingIO(io, redact, redactMarkdown = redact) {
    return {
        info: (m) => io.info(redact(m)),
        notice: (m) => io.notice(redact(m)),
        warning: (m) => io.warning(redact(m)),
        error: (m) => io.error(redact(m)),
        startGroup: (n) => io.startGroup(redact(n)),
        endGroup: () => io.endGroup(),
        setSecret: (s) => io.setSecret(s),
        setOutput: (n, v) => io.setOutput(n, redact(v)),
        appendSummary: (md) => io.appendSummary(redactMarkdown(md)),
        setFailed: (m) => io.setFailed(redact(m)),
    };
}
/** The real implementation over @actions/core and GITHUB_STEP_SUMMARY, escaping every log text. */
function coreIO(env = process.env) {
    return escapingIO({
        info: (m) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
        notice: (m) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(m),
        warning: (m) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
        error: (m) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m),
        startGroup: (n) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(n),
        endGroup: () => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4(),
        setSecret: (s) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s),
        setOutput: (n, v) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(n, v),
        appendSummary: (md) => {
            if (!(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .appendStepSummary */ .Jc)(env.GITHUB_STEP_SUMMARY, md))
                _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('perf-gate: no job summary written (GITHUB_STEP_SUMMARY is not set or full)');
        },
        setFailed: (m) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(m),
    });
}


/***/ }),

/***/ 397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/baseline/cache-store.ts + 1 modules
var cache_store = __nccwpck_require__(6130);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/gate/gate.ts
/**
 * Whether a run that is meant to update the baseline may: never from a run whose benchmarks failed
 * (its numbers are partial or missing), nor from one during which the machine was disturbed, and never
 * after a failed read, which would write a one-run history over the real one.
 *
 * An `invalid` entry (corrupt, or not a perf-gate document) does not stop the record. In the Actions
 * cache it is the newest entry under the prefix, so every restore finds it and, being used, it is
 * never evicted: refusing to save would leave the baseline broken for good. A fresh history under a
 * new key becomes the newest entry and heals it. An entry written by a newer perf-gate is different:
 * it is a real history, and this run must not hide it.
 */
function recordDecision(judgement, read, label) {
    const failed = judgement.results.benchmarks.filter((b) => b.status === 'error').map((b) => b.name);
    if (failed.length > 0 || judgement.report.verdict === 'error' || judgement.report.benchmarks.some((b) => b.verdict === 'error')) {
        const names = failed.length > 5 ? `${failed.slice(0, 5).join(', ')}, …` : failed.join(', ');
        const what = failed.length > 0 ? `${failed.length} benchmark${failed.length === 1 ? '' : 's'} failed (${names})` : 'benchmarks failed';
        return { record: false, why: `${what}; a baseline holds only complete runs` };
    }
    if (judgement.report.disturbance) {
        // Its numbers carry the burst: recorded, they would make the next runs look faster than they are.
        return { record: false, why: 'the machine was disturbed during this run, and a baseline holds only undisturbed runs' };
    }
    switch (read.reason) {
        case 'no-store':
            return { record: false, why: read.detail ?? 'no baseline store is reachable from here' };
        case 'unavailable':
            return {
                record: false,
                why: `${label} could not be read${read.detail ? ` (${read.detail})` : ''}; ` +
                    'saving now would replace the history with this one run, so the previous baseline is kept',
            };
        case 'newer-version':
            return { record: false, why: 'the newest baseline was written by a newer perf-gate, and recording would hide it' };
        default:
            return { record: true };
    }
}
function exitCodeFor(judgement, enforcement) {
    if (!enforcement.failOnRegression || !judgement.failsGate)
        return 0;
    return enforcement.regressionBlocks || judgement.report.verdict === 'error' ? 1 : 0;
}
function isStore(source) {
    return 'record' in source;
}
async function recordRun(plan, read, judgement) {
    if (!isStore(plan.baseline))
        return { record: { recorded: false, why: 'this baseline source cannot be written' } };
    const decision = recordDecision(judgement, read, plan.baseline.label);
    if (!decision.record)
        return { record: { recorded: false, why: decision.why } };
    try {
        return { record: await plan.baseline.record(read, judgement.results) };
    }
    catch (thrown) {
        // Reported first (the results and the reports are still worth having), then raised.
        const error = thrown instanceof Error ? thrown : new Error(String(thrown));
        return { record: { recorded: false, why: error.message, raised: true }, error };
    }
}
/**
 * Runs the gate. Everything that can be checked before measuring is (output paths, a filter that
 * matches nothing), so a mistake costs a second, not the suite. A store whose write fails with an
 * error the user must act on has its outcome published first, then the error is raised.
 */
async function gate(plan) {
    plan.measurement.check?.();
    plan.baseline.check?.({ recording: plan.record });
    for (const p of plan.publishers)
        p.check?.();
    const read = await plan.baseline.read();
    const judgement = await plan.measurement.run(read.history, plan.log);
    const recorded = plan.record ? await recordRun(plan, read, judgement) : undefined;
    const outcome = {
        ...judgement,
        read,
        ...(recorded ? { record: recorded.record } : {}),
        exitCode: exitCodeFor(judgement, plan.enforcement),
    };
    for (const p of plan.publishers)
        await p.publish(outcome);
    if (recorded?.error)
        throw recorded.error;
    return outcome;
}

// EXTERNAL MODULE: ./src/measure/environment.ts
var environment = __nccwpck_require__(8653);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __nccwpck_require__(5446);
;// CONCATENATED MODULE: ./src/github/against-base.ts
// The Action's `against: base`: a pull request is compared with its base commit, measured in the same
// job beside it, instead of with the baseline cached from the default branch. This module decides
// which comparison an event gets, and makes sure the base commit is in the checkout: actions/checkout
// fetches one commit by default, and the base is then missing.




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
/**
 * The comparison for this event and these inputs. `against: base` needs a pull request's base commit:
 * on the default branch the cached baseline is compared with and refreshed as always (the history a
 * pull request without `against: base` needs keeps growing), and on other events without a base the
 * run behaves as `against: baseline`.
 */
function chooseComparison(inputs, ctx, mode) {
    if (inputs.against === 'baseline') {
        return inputs.setup
            ? { kind: 'baseline', notice: `perf-gate: input ${github_inputs/* INPUT */.bO.setup} is not used: it prepares the base tree of ${github_inputs/* INPUT */.bO.against}: base, and this step compares with the cached baseline` }
            : { kind: 'baseline' };
    }
    const base = ctx.pullRequestBase;
    if (base) {
        if (!COMMIT.test(base.sha)) {
            throw new errors/* InputError */.dz(`the event's pull_request.base.sha "${base.sha}" is not a commit id (expected 40 hexadecimal digits)`);
        }
        return { kind: 'base', sha: base.sha.toLowerCase(), ref: base.ref };
    }
    const event = ctx.eventName || 'this event';
    return {
        kind: 'baseline',
        notice: mode === 'baseline'
            ? `perf-gate: ${github_inputs/* INPUT */.bO.against}: base compares pull requests with their base commit; on the default branch (${event}) the cached baseline is compared with and updated as with ${github_inputs/* INPUT */.bO.against}: baseline`
            : `perf-gate: ${github_inputs/* INPUT */.bO.against}: base needs a pull request's base commit and ${event} carries none: comparing with the cached baseline, as with ${github_inputs/* INPUT */.bO.against}: baseline`,
    };
}
async function hasCommit(dir, sha, env) {
    try {
        await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: dir, env });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * git configuration given through the environment (GIT_CONFIG_COUNT, git ≥ 2.31), appended to what the
 * job already sets there. Equivalent to `-c`, but `-c` would put the token in the process's argument
 * list, readable by every process of the runner's user while the fetch runs.
 */
function gitConfigEnv(env, entries) {
    const existing = Number(env.GIT_CONFIG_COUNT ?? '0');
    const first = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const out = { GIT_CONFIG_COUNT: String(first + entries.length) };
    entries.forEach(([key, value], i) => {
        out[`GIT_CONFIG_KEY_${first + i}`] = key;
        out[`GIT_CONFIG_VALUE_${first + i}`] = value;
    });
    return out;
}
/** The extra-header configuration that authenticates to `serverUrl` with `token`, as actions/checkout does. */
function authHeaderConfig(serverUrl, token) {
    const secret = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
    // An empty value first clears a header actions/checkout persisted in the repository's config:
    // two Authorization headers make the server refuse the fetch.
    return { entries: [[key, ''], [key, `AUTHORIZATION: basic ${secret}`]], secret };
}
function lastLine(text) {
    const line = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').at(-1) ?? '';
    return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
/**
 * Makes sure the base commit is in the repository holding `dir`: present already (a checkout with
 * `fetch-depth: 0`), or fetched from `origin`, one commit deep. Returns whether it was fetched.
 */
async function ensureBaseCommit(options) {
    const { dir, sha } = options;
    const short = sha.slice(0, 7);
    const gitEnv = { ...options.env, GIT_TERMINAL_PROMPT: '0' };
    try {
        await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir, env: gitEnv });
    }
    catch {
        throw new errors/* InputError */.dz(`${github_inputs/* INPUT */.bO.against}: base needs a git checkout, and ${dir} is not inside one (check out the repository with actions/checkout first)`);
    }
    if (await hasCommit(dir, sha, gitEnv))
        return 'present';
    let fetchEnv = gitEnv;
    if (options.token) {
        const auth = authHeaderConfig(options.serverUrl, options.token);
        options.mask(auth.secret);
        fetchEnv = { ...gitEnv, ...gitConfigEnv(gitEnv, auth.entries) };
    }
    let detail = '';
    try {
        await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: dir, env: fetchEnv, timeout: options.timeoutMs ?? 120_000 });
    }
    catch (err) {
        const { stderr, killed } = err;
        detail = killed ? 'timed out' : lastLine(typeof stderr === 'string' ? stderr : '') || 'git fetch failed';
    }
    if (!detail && (await hasCommit(dir, sha, gitEnv)))
        return 'fetched';
    throw new errors/* InputError */.dz(`the pull request's base commit ${short} is not in the checkout and could not be fetched from origin` +
        `${detail ? ` (${detail})` : ''}: check out with actions/checkout's fetch-depth: 0, or give the job a token that can read the repository`);
}

// EXTERNAL MODULE: ./src/github/comment.ts
var github_comment = __nccwpck_require__(7318);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __nccwpck_require__(9556);
// EXTERNAL MODULE: ./src/github/io.ts
var io = __nccwpck_require__(8275);
// EXTERNAL MODULE: ./src/report/rows.ts
var rows = __nccwpck_require__(6425);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __nccwpck_require__(2935);
;// CONCATENATED MODULE: ./src/github/publishers.ts
// The Action's publishers: one log group per benchmark, the report files and outputs, the job
// summary, the sticky pull request comment, and the step's verdict. Each gets the whole outcome of
// the gate; what was compared with what is said once (`describeComparison`) and shown in the summary,
// the comment and report.md alike.







function noBaselineWhy(reason, detail) {
    const more = detail ? ` (${(0,format/* escapeMarkdown */.FV)(detail)})` : '';
    switch (reason) {
        case 'not-found':
            return 'No baseline was found in the Actions cache (first run, or the baseline expired after 7 days without use).';
        case 'unavailable':
            return `The Actions cache could not be read${more}, so this run has no baseline to compare with.`;
        case 'invalid':
            return `The newest baseline entry in the Actions cache was not a usable perf-gate baseline${more} and was ignored.`;
        case 'newer-version':
            return 'The newest baseline entry in the Actions cache was written by a newer perf-gate and was ignored: use that version in this workflow.';
        case 'no-store':
            return 'No Actions cache service is available to this step (ACTIONS_RESULTS_URL is not set).';
        case 'live':
            return `The base commit was to be measured in this job${more}, and was not.`;
    }
}
function nextStep(reason) {
    // Measured in the job, not kept anywhere: there is nothing to record for next time.
    if (reason === 'live')
        return '';
    if (reason === 'unavailable')
        return 'The baseline itself is not affected: the next run that can read the cache compares with it.';
    return 'To record one, merge to the default branch or run the workflow there once (push, schedule or workflow_dispatch).';
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : 'unknown';
}
function safeKey(key) {
    return key.replace(/[^A-Za-z0-9._-]/g, '?');
}
/**
 * Trusted markdown naming what was compared with what, and what became of this run in the baseline
 * (`record`: absent on runs that never record); user-controlled parts are escaped.
 */
function describeComparison(ctx, read, report, record) {
    const lines = [];
    const pr = ctx.pullRequest;
    const head = pr ? `pull request #${pr.number} at \`${shortSha(pr.headSha ?? ctx.sha)}\`` : `\`${shortSha(ctx.sha)}\``;
    const where = pr ? ` (into ${(0,format/* escapeMarkdown */.FV)(pr.baseRef)})` : ctx.branch ? ` on ${(0,format/* escapeMarkdown */.FV)(ctx.branch)}` : '';
    const b = report.baseline;
    const key = read.location;
    if (report.against) {
        lines.push(`Measured ${head}${where} ${(0,format/* escapeMarkdown */.FV)((0,rows/* againstDescription */.G1)(report.against))}. Threshold ${(0,format/* formatPercent */.l9)(report.threshold)}.`);
    }
    else if (b && key && !read.reason) {
        const base = b.commit ? `\`${shortSha(b.commit)}\`` : 'the newest run';
        const when = b.createdAt ? ` of ${(0,format/* escapeMarkdown */.FV)(b.createdAt.slice(0, 16).replace('T', ' '))} UTC` : '';
        // The save key ends with the run id and attempt of the run that recorded the baseline.
        const run = /-(\d+)-(\d+)$/.exec(key);
        const runLink = run
            ? `, recorded by [run ${run[1] ?? ''}](${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${run[1] ?? ''})`
            : '';
        lines.push(`Measured ${head}${where} against the baseline of ${base}${when}${runLink} ` +
            `(cache entry \`${safeKey(key)}\`, ${b.runs} run${b.runs === 1 ? '' : 's'} of history). ` +
            `Threshold ${(0,format/* formatPercent */.l9)(report.threshold)}.`);
    }
    else {
        lines.push(`Measured ${head}${where}. Threshold ${(0,format/* formatPercent */.l9)(report.threshold)}.`);
        const why = read.reason ?? 'not-found';
        const step = record ? '' : nextStep(why);
        const next = step ? ` ${step}` : '';
        lines.push('', `${noBaselineWhy(why, read.detail)}${next}`);
    }
    if (record?.recorded) {
        lines.push('', `This run is recorded in the baseline (cache entry \`${safeKey(record.location)}\`, ${record.runs} run${record.runs === 1 ? '' : 's'}).`);
    }
    else if (record) {
        lines.push('', `**This run is not recorded in the baseline:** ${(0,format/* escapeMarkdown */.FV)(record.why)}.`);
    }
    return lines.join('\n');
}
const BENCH_ICON = { regression: '🔴', improvement: '🟢', inconclusive: '🟡', error: '💥' };
/** One collapsible log group per benchmark: its verdict in the title, its metrics inside. */
function benchmarkLogGroups(io) {
    return {
        publish({ report }) {
            for (const b of report.benchmarks) {
                io.startGroup(`${BENCH_ICON[b.verdict] ?? '·'} ${b.name}: ${b.verdict}`);
                if (b.error)
                    io.info(`error: ${b.error}`);
                for (const [name, m] of Object.entries(b.metrics)) {
                    const change = m.change === null ? '' : ` (${(0,format/* formatChange */.eD)(m.change)})`;
                    const base = m.baseline === null ? '' : `${(0,format/* formatValue */.Fl)(m.baseline, m.unit)} → `;
                    io.info(`${name.padEnd(10)} ${base}${(0,format/* formatValue */.Fl)(m.current, m.unit)}${change} ${m.gated ? m.verdict : 'not gated'}${m.note ? ` · ${m.note}` : ''}`);
                }
                io.endGroup();
            }
        },
    };
}
function title(inputs) {
    return inputs.baselineKey === 'perf-gate' ? 'perf-gate' : `perf-gate (${inputs.baselineKey})`;
}
function footer(ctx, version) {
    return `<sub>[Workflow run](${ctx.runUrl}) · perf-gate ${(0,format/* escapeMarkdown */.FV)(version)}</sub>`;
}
/** The comment's markdown (also report.md): the comparison described, the report, the footer. */
function commentBody(p, outcome) {
    const header = describeComparison(p.ctx, outcome.read, outcome.report, outcome.record);
    return p.redactMarkdown(p.renderers.renderMarkdown(outcome.report, {
        maxLength: github_comment/* MAX_COMMENT_LENGTH */.wT - 100,
        header,
        footer: footer(p.ctx, p.renderers.toolVersion),
        marker: p.marker,
        title: title(p.inputs),
        recorded: outcome.record?.recorded === true,
    }));
}
/**
 * The report with its CPU profile files copied into `dir`, beside report.json (an upload-artifact
 * step of the report directory takes them along), and named there by file name. A file that cannot
 * be copied is left out of the entry, never fails the step.
 */
function profilesInto(report, dir) {
    if (!report.profiles || report.profiles.length === 0)
        return report;
    const place = (file) => {
        if (file === undefined)
            return undefined;
        const name = (0,external_node_path_.basename)(file);
        const target = (0,external_node_path_.join)(dir, name);
        try {
            if ((0,external_node_path_.resolve)(file) !== (0,external_node_path_.resolve)(target))
                (0,external_node_fs_.copyFileSync)(file, target);
            return name;
        }
        catch {
            return undefined;
        }
    };
    const profiles = report.profiles.map((entry) => {
        const head = place(entry.files.head);
        const base = place(entry.files.base);
        return { ...entry, files: { ...(head !== undefined ? { head } : {}), ...(base !== undefined ? { base } : {}) } };
    });
    return { ...report, profiles };
}
/** report.json and report.md, the job summary, and the outputs naming them and the verdict. */
function reportsAndOutputs(io, p) {
    return {
        publish(outcome) {
            const { record } = outcome;
            (0,external_node_fs_.mkdirSync)(p.reportDir, { recursive: true });
            const report = profilesInto(outcome.report, p.reportDir);
            const jsonPath = (0,external_node_path_.join)(p.reportDir, 'report.json');
            const mdPath = (0,external_node_path_.join)(p.reportDir, 'report.md');
            (0,external_node_fs_.writeFileSync)(jsonPath, p.redact(p.renderers.renderJson(report)));
            (0,external_node_fs_.writeFileSync)(mdPath, commentBody(p, { ...outcome, report }));
            const header = describeComparison(p.ctx, outcome.read, report, record);
            io.appendSummary(p.renderers.renderMarkdown(report, {
                maxLength: summary/* SUMMARY_REPORT_MAX_CHARS */.V6,
                header,
                footer: footer(p.ctx, p.renderers.toolVersion),
                title: title(p.inputs),
                recorded: record?.recorded === true,
            }));
            io.setOutput(github_inputs/* OUTPUT */.aQ.verdict, report.verdict);
            io.setOutput(github_inputs/* OUTPUT */.aQ.regressions, String(report.counts.regression));
            io.setOutput(github_inputs/* OUTPUT */.aQ.reportJson, jsonPath);
            io.setOutput(github_inputs/* OUTPUT */.aQ.reportMarkdown, mdPath);
            io.info(`perf-gate: ${report.verdict}: ${report.summary}`);
            if (record?.recorded)
                io.info(`perf-gate: this run is recorded in the baseline (cache entry ${record.location}, ${record.runs} runs)`);
            else if (record)
                io.warning(`perf-gate: this run is not recorded in the baseline: ${record.why}.`);
            for (const w of report.warnings)
                io.warning(`perf-gate: ${w}`);
        },
    };
}
/**
 * The sticky comment on the pull request: created when the verdict needs attention (or always, by
 * input), updated in place when one exists. Sets the `comment-url` output, empty when there is none.
 */
function pullRequestComment(io, p, github) {
    const publisher = {
        async publish(outcome) {
            const pr = p.ctx.pullRequest;
            const { inputs } = p;
            if (pr && inputs.comment !== 'never') {
                const attention = outcome.report.verdict === 'regression' || outcome.report.verdict === 'error';
                const createIfMissing = inputs.comment === 'always' || attention;
                if (!inputs.githubToken) {
                    io.warning('perf-gate: no github-token, so no pull request comment (the default is the workflow token: ${{ github.token }}).');
                }
                else {
                    try {
                        const api = await github({ token: inputs.githubToken, apiUrl: p.ctx.apiUrl, owner: p.ctx.repository.owner, repo: p.ctx.repository.repo });
                        const result = await (0,github_comment/* upsertStickyComment */.qD)(api, pr.number, p.marker, commentBody(p, outcome), { createIfMissing });
                        if (result.action === 'skipped')
                            io.info('perf-gate: no regression and no earlier comment: not commenting (comment: on-regression)');
                        else
                            io.info(`perf-gate: comment ${result.action}: ${result.url ?? `#${result.id}`}`);
                        publisher.url = result.url;
                    }
                    catch (err) {
                        io.warning((0,github_comment/* commentFailureAdvice */.Ab)(err, pr.fromFork));
                    }
                }
            }
            io.setOutput(github_inputs/* OUTPUT */.aQ.commentUrl, publisher.url ?? '');
        },
    };
    return publisher;
}
/**
 * The step's verdict: failed when the gate blocks; a regression off pull requests is reported, not
 * blocking (the gate's enforcement says so).
 */
function stepVerdict(io, mode) {
    return {
        publish({ exitCode, report }) {
            if (exitCode === 1)
                io.setFailed(`perf-gate: ${report.summary}`);
            else if (report.verdict === 'regression' && mode !== 'pull-request') {
                io.warning(`perf-gate: ${report.summary} (reported, not blocking: this is not a pull request)`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/github/secrets.ts
// The secrets a run holds (the github-token input, the runner's cache and OIDC tokens): masked before
// anything is logged, and replaced by `***` in everything perf-gate writes. Benchmark code must never
// see them (the measuring children get an allow-listed environment); this is the layer behind that,
// for a value that reaches an error text anyway. The runner's masking covers the log only, and only
// the exact value: a markdown-escaped `ghs\_…` in the comment or the summary passes it.


/** Environment variables whose values are secrets the Action holds. */
const SECRET_ENV = ['INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
/** Values shorter than this are not treated as secrets (masking `t` would hide every t in the log). */
const MIN_SECRET_LENGTH = 8;
/** GitHub token formats (`ghs_…`, `ghp_…`, `github_pat_…`), raw or markdown-escaped. */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[opsur]|github(?:\\?_)pat)(?:\\?_)[A-Za-z0-9_\\]{20,}/g;
/**
 * The secret values in reach of this run: the Action's own tokens, every variable the workflow set
 * whose name says it is a credential (`NPM_TOKEN`, `AWS_SECRET_ACCESS_KEY` …), and the password of
 * any URL in the environment (`DATABASE_URL=postgres://app:PASSWORD@db/app`). Benchmark code
 * can reach those through `passEnv` in a pull request's config, or by reading perf-gate's own
 * environment from /proc, so what it reports is redacted from every output. The Action's other
 * inputs (`INPUT_CONFIG` …) are settings, not secrets.
 */
function secretValues(env) {
    const values = [];
    const add = (value) => {
        const v = value?.trim();
        if (v && v.length >= MIN_SECRET_LENGTH && !values.includes(v))
            values.push(v);
    };
    for (const name of SECRET_ENV)
        add(env[name]);
    for (const [name, value] of Object.entries(env)) {
        if ((0,environment/* isSecretName */.eh)(name) && !name.toUpperCase().startsWith('INPUT_'))
            add(value);
        // A secret under a plain name is usually a URL carrying a password (DATABASE_URL, REDIS_URL).
        else if (value)
            for (const m of value.matchAll(URL_PASSWORD))
                add(m[1]);
    }
    return values;
}
/** The password of a URL's user information: `scheme://user:PASSWORD@host`. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/gi;
/** The forms a value takes in what perf-gate writes: as is, markdown-escaped, JSON-escaped. */
function secrets_forms(value) {
    const all = [value, (0,format/* escapeMarkdown */.FV)(value), JSON.stringify(value).slice(1, -1)];
    return [...new Set(all)].sort((a, b) => b.length - a.length);
}
/**
 * A function replacing every form of every secret (and anything shaped like a GitHub token) by
 * `replacement`: `***` as the runner writes it in a log, `\*\*\*` in markdown.
 */
function redactor(secrets, replacement = '***') {
    const patterns = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap(secrets_forms);
    return (text) => {
        let out = text;
        for (const p of patterns)
            if (out.includes(p))
                out = out.split(p).join(replacement);
        return out.replace(GITHUB_TOKEN_SHAPE, replacement);
    };
}
const MARKDOWN_REDACTED = '\\*\\*\\*';

;// CONCATENATED MODULE: ./src/github/run.ts
// The Action's entry logic: secrets masked first, the event read, then the one gate composed with the
// Action's implementations of its seams: the Actions cache as the baseline store, the runner's log,
// files, summary, outputs and the pull request comment as publishers. All I/O comes in through
// `ActionDeps`, so tests swap implementations instead of mocking modules.














/** A warning, once, when a pull request's code runs where secrets are in reach. */
function untrustedCodeWarning(ctx) {
    const u = ctx.untrustedCode;
    if (!u)
        return undefined;
    const what = u.event === 'pull_request_target'
        ? 'perf-gate runs on pull_request_target: this workflow has your secrets and a write token, and perf-gate executes the benchmark code in the workspace, so if this job checked out the pull request, its author can read them.'
        : `perf-gate runs on workflow_run with the pull request's head${u.headSha ? ` (${u.headSha.slice(0, 7)})` : ''} checked out: this workflow has your secrets and a write token, and perf-gate executes that untrusted code.`;
    return (`perf-gate: ${what} Measure pull requests in a workflow on pull_request instead (read-only token, no secrets; ` +
        'comment: never, upload the report as an artifact), and post the comment from a workflow_run workflow that never checks out or runs the pull request\'s code ' +
        '(see "Pull requests from forks" in the perf-gate README).');
}
/**
 * Masks every secret of the job before the first line is written, and returns an IO whose every text
 * has them replaced (in any form), with the redactors for texts written elsewhere (files, the comment).
 */
function guardSecrets(inputs, deps) {
    const secrets = secretValues({ ...deps.env, 'INPUT_GITHUB-TOKEN': inputs.githubToken || deps.env['INPUT_GITHUB-TOKEN'] });
    // The token input is masked whatever its length (a short one is not redacted, see secretValues).
    if (inputs.githubToken && !secrets.includes(inputs.githubToken))
        deps.io.setSecret(inputs.githubToken);
    for (const secret of secrets) {
        deps.io.setSecret(secret);
        const escaped = (0,format/* escapeMarkdown */.FV)(secret);
        if (escaped !== secret)
            deps.io.setSecret(escaped);
    }
    const redact = redactor(secrets);
    const redactMarkdown = redactor(secrets, MARKDOWN_REDACTED);
    return { io: (0,io/* redactingIO */.Eb)(deps.io, redact, redactMarkdown), redact, redactMarkdown };
}
/** What this run compares with, in words, for the first line of the log. */
function runPurpose(ctx, mode, comparison) {
    if (comparison.kind === 'base') {
        const pr = ctx.pullRequest ? `pull request #${ctx.pullRequest.number}` : 'pull request';
        const ref = comparison.ref ? ` (${comparison.ref})` : '';
        return `${pr}, comparing with its base commit ${comparison.sha.slice(0, 7)}${ref} measured in this job`;
    }
    if (mode === 'pull-request') {
        return `pull request #${ctx.pullRequest?.number ?? '?'}, comparing with the baseline of ${ctx.pullRequest?.baseRef || 'the base branch'}`;
    }
    return mode === 'baseline' ? 'default branch, comparing and then updating the baseline' : 'reporting in the job summary only';
}
function describeRun(ctx, mode, update, comparison) {
    const extra = update && mode !== 'baseline' ? ' (update-baseline: true, the baseline is updated)' : '';
    return `perf-gate: event ${ctx.eventName || 'unknown'} on ${ctx.ref || 'no ref'}: ${runPurpose(ctx, mode, comparison)}${extra}`;
}
/** The config the inputs name; the Action's own inputs are named as inputs, not as the CLI's flags. */
function loadActionConfig(engine, inputs, ctx) {
    const configPath = (0,external_node_path_.resolve)(ctx.workspace, inputs.workingDirectory, inputs.config);
    if (!(0,external_node_fs_.existsSync)(configPath)) {
        const dir = inputs.workingDirectory === '.' ? 'the workspace' : `${inputs.workingDirectory} (input ${github_inputs/* INPUT */.bO.workingDirectory})`;
        throw new errors/* ConfigError */.xL(`input ${github_inputs/* INPUT */.bO.config}: config file ${inputs.config} not found in ${dir}; create it, or set the ${github_inputs/* INPUT */.bO.config} input to its path`);
    }
    return engine.loadConfig(configPath, inputs.threshold);
}
async function runAction(inputs, ctx, deps) {
    const { io, redact, redactMarkdown } = guardSecrets(inputs, deps);
    const untrusted = untrustedCodeWarning(ctx);
    if (untrusted)
        io.warning(untrusted);
    const mode = (0,context/* runMode */.rt)(ctx);
    let comparison;
    try {
        comparison = chooseComparison(inputs, ctx, mode);
    }
    catch (err) {
        return fail(err, mode, deps, io);
    }
    // A baseline measured in this job is never written: it is a pull request's base, not a history.
    const update = comparison.kind === 'baseline' && (0,context/* shouldUpdateBaseline */.aA)(ctx, inputs.updateBaseline);
    if ((ctx.pullRequest || comparison.kind === 'base') && inputs.updateBaseline === true) {
        io.warning('perf-gate: update-baseline is ignored on pull requests: a pull request never writes the baseline.');
    }
    if (comparison.kind === 'baseline' && comparison.notice)
        io.notice(comparison.notice);
    io.info(describeRun(ctx, mode, update, comparison));
    let outcome;
    let comment;
    try {
        const engine = typeof deps.engine === 'function' ? await deps.engine() : deps.engine;
        const config = loadActionConfig(engine, inputs, ctx);
        const log = {
            info: (m) => { io.info(m); },
            warning: (m) => { io.warning(m); },
            startGroup: (n) => { io.startGroup(n); },
            endGroup: () => { io.endGroup(); },
        };
        const presentation = {
            ctx,
            inputs,
            renderers: engine,
            redact,
            redactMarkdown,
            reportDir: (0,external_node_path_.join)(ctx.tempDir, 'perf-gate', inputs.baselineKey),
            marker: (0,github_comment/* commentMarker */.Ql)(inputs.baselineKey),
        };
        comment = pullRequestComment(io, presentation, (options) => deps.github(options));
        const compared = comparison.kind === 'base'
            ? await againstBase(engine, config, comparison, inputs, ctx, deps, io)
            : { measurement: engine.measurement(config), baseline: cachedBaseline(inputs, ctx, deps, config, log) };
        outcome = await gate({
            ...compared,
            // Trusted default-branch runs only (or update-baseline: true off pull requests); the gate
            // also refuses a run with failed benchmarks and a run whose read failed.
            record: update,
            publishers: [benchmarkLogGroups(io), reportsAndOutputs(io, presentation), comment, stepVerdict(io, mode)],
            // A regression on the default branch is reported, it does not block; a failed benchmark fails
            // the step everywhere (it could hide anything) unless fail-on-regression is off.
            enforcement: { failOnRegression: inputs.failOnRegression, regressionBlocks: mode === 'pull-request' },
            log: (line) => { io.info(`perf-gate: ${line}`); },
        });
    }
    catch (err) {
        return fail(err, mode, deps, io);
    }
    return {
        exitCode: outcome.exitCode,
        mode,
        verdict: outcome.report.verdict,
        report: outcome.report,
        ...(comment.url ? { commentUrl: comment.url } : {}),
        ...(outcome.record ? { record: outcome.record } : {}),
    };
}
/** The baseline cached from the default branch: read on every run, written on the runs that record. */
function cachedBaseline(inputs, ctx, deps, config, log) {
    return (0,cache_store/* actionsCacheStore */.$u)({
        baselineKey: inputs.baselineKey,
        workspace: ctx.workspace,
        timeoutMs: (0,cache_store/* cacheTimeoutMs */.gX)(deps.env),
        log,
        client: () => deps.cache(),
        configured: (0,cache_store/* cacheServiceConfigured */.KO)(deps.env),
        configHash: config.hash,
        saveKey: (0,cache_store/* baselineSaveKey */.G7)({ baselineKey: inputs.baselineKey, configHash: config.hash, sha: ctx.sha, runId: ctx.runId, runAttempt: ctx.runAttempt }),
        keep: inputs.keep,
    });
}
/**
 * The pull request's base commit, fetched when the checkout lacks it, measured beside the working
 * tree: no cache is read or written.
 */
async function againstBase(engine, config, comparison, inputs, ctx, deps, io) {
    const fetched = await ensureBaseCommit({
        dir: (0,external_node_path_.dirname)(config.path),
        sha: comparison.sha,
        token: inputs.githubToken,
        serverUrl: ctx.serverUrl,
        env: deps.env,
        mask: (secret) => { io.setSecret(secret); },
    });
    if (fetched === 'fetched')
        io.info(`perf-gate: fetched the base commit ${comparison.sha.slice(0, 7)} from origin (the checkout did not have it)`);
    return engine.againstBase({
        config,
        base: comparison.sha,
        ...(inputs.setup ? { setup: inputs.setup } : {}),
        setupEnv: (0,environment/* childEnvironment */.Qc)(deps.env, { passEnv: config.passEnv ?? [] }),
    });
}
function fail(err, mode, deps, io) {
    const message = (0,errors/* errorMessage */.gJ)(err).split('\n')[0] ?? '';
    const known = err instanceof errors/* InputError */.dz;
    const line = known ? `perf-gate: ${message}` : `perf-gate: internal error: ${message}`;
    io.appendSummary(`### 💥 perf-gate could not run\n\n${(0,format/* escapeMarkdown */.FV)(message)}\n`);
    io.setOutput(github_inputs/* OUTPUT */.aQ.verdict, 'error');
    io.setOutput(github_inputs/* OUTPUT */.aQ.regressions, '0');
    if (!known && err instanceof Error && err.stack && deps.env.RUNNER_DEBUG === '1') {
        for (const l of err.stack.split('\n'))
            io.info(l);
    }
    io.setFailed(line);
    return { exitCode: 1, mode, verdict: 'error' };
}


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ appendStepSummary),
/* harmony export */   V6: () => (/* binding */ SUMMARY_REPORT_MAX_CHARS)
/* harmony export */ });
/* unused harmony export SUMMARY_MAX_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The job summary: appended to the file GITHUB_STEP_SUMMARY names, kept under GitHub's 1 MiB limit
// per step (bytes, not characters).

const SUMMARY_MAX_BYTES = 1024 * 1024;
/** What the report may take, leaving room for anything else the step writes. */
const SUMMARY_REPORT_MAX_CHARS = 250_000;
/**
 * Appends markdown to the step summary file. Returns false (and writes nothing) when there is no
 * summary file. Text that would push the file past the limit is replaced by a one-line notice.
 */
function appendStepSummary(path, markdown) {
    if (!path)
        return false;
    let existing;
    try {
        existing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch {
        existing = 0;
    }
    let text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    if (existing + Buffer.byteLength(text) > SUMMARY_MAX_BYTES) {
        text = '\n*perf-gate: the report does not fit in the job summary (1 MiB per step); see the report-json output.*\n';
        if (existing + Buffer.byteLength(text) > SUMMARY_MAX_BYTES)
            return false;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, text, 'utf8');
    return true;
}


/***/ }),

/***/ 5513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export debug */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The few runner commands the Action issues (log lines, annotations, groups, masks, outputs, failure),
// written the way the runner reads them: `::name::data` lines on stdout and `name<<delimiter` blocks in
// the GITHUB_OUTPUT file. Same names and behaviour as the @actions/core functions of the same name;
// kept here because @actions/core loads an HTTP client (undici, ~1 MB of bundle) at start-up for OIDC
// tokens the Action never asks for, which more than doubled the time to the Action's first log line.
// Escaping user text against command injection is the caller's job (see core/escape.ts); this module
// only encodes what the runner's protocol itself requires.



/** The runner decodes these three in a command's data; anything else is taken literally. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function issue(command, data = '') {
    process.stdout.write(`::${command}::${escapeData(data)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** Shown only when the run has step debug logging on. */
function debug(message) {
    issue('debug', message);
}
function notice(message) {
    issue('notice', message);
}
function warning(message) {
    issue('warning', message);
}
function error(message) {
    issue('error', message);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}
/** The runner replaces this value by *** wherever it appears in the log from now on. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/**
 * A step output: a heredoc-style block in the GITHUB_OUTPUT file, delimited by a random line the
 * value cannot contain; without that file (an old runner, a local run), the legacy command.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        process.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`GITHUB_OUTPUT names a file that does not exist: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name}: contains its own delimiter`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Logs the error and makes the step fail when the process exits. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}


/***/ }),

/***/ 8653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ childEnvironment),
/* harmony export */   eh: () => (/* binding */ isSecretName)
/* harmony export */ });
/* unused harmony export allowedVariables */
// The environment of every process that runs benchmark code (tinybench workers and `sh -c` command
// runs). It is built from an allow-list and never copied from perf-gate's own environment: in a
// GitHub Actions job that environment holds the Action's inputs (INPUT_GITHUB-TOKEN), the runtime's
// tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN) and whatever secrets the workflow
// put in `env:`, and benchmark code is often pull-request code. Whatever benchmark code can read, it
// can print or throw, and from there it reaches the results, the report and the PR comment.
/**
 * Variables passed through when set, each for a reason a benchmark needs it. None of them holds a
 * credential on a GitHub runner or a developer machine.
 */
const ALLOWED = {
    // Finding and running programs at all.
    PATH: 'where the shell, node and the commands a benchmark names are found',
    HOME: 'tools read their configuration and caches below it (npm, git, language toolchains)',
    USER: 'some programs look up the current user by name',
    LOGNAME: 'the POSIX spelling of USER',
    SHELL: 'programs that start a subshell use it',
    LD_LIBRARY_PATH: 'toolchains installed by setup actions (setup-python) load their shared libraries through it',
    // Behaviour that changes what a benchmark measures.
    LANG: 'locale: collation, number and date formatting (Intl, sort) depend on it',
    LANGUAGE: 'locale: message language',
    TZ: 'time zone: Date arithmetic and formatting depend on it',
    NODE_ENV: 'libraries switch between development and production code paths (a large difference in speed)',
    // NODE_OPTIONS is passed on purpose: it is set by whoever set up the job or the shell (never by
    // an input or a secret), and holds the flags the user's Node programs are meant to run with (heap
    // size, --enable-source-maps, a loader for .ts files on older Node). Dropping it would measure a
    // different program from the one the user runs. It cannot smuggle a secret in: its value is the
    // user's own, and the secret names below stay out whatever it says.
    NODE_OPTIONS: 'the Node flags the user runs their programs with (heap size, loaders)',
    NODE_PATH: 'extra module directories for CommonJS resolution',
    // Temporary files.
    TMPDIR: 'where temporary files go (os.tmpdir())',
    TEMP: 'TMPDIR on Windows',
    TMP: 'TMPDIR on Windows',
    // Terminal output of commands.
    TERM: 'terminal capabilities of programs that print',
    NO_COLOR: 'the user asked for no colour',
    FORCE_COLOR: 'the user asked for colour',
    // Where the benchmark runs: benchmarks and the tools they call may branch on CI.
    CI: 'tools behave differently on CI (no prompts, no spinners)',
    GITHUB_ACTIONS: 'tells a program it runs in GitHub Actions',
    RUNNER_OS: 'the runner operating system',
    RUNNER_ARCH: 'the runner architecture',
    RUNNER_TEMP: 'the runner temporary directory',
    RUNNER_TOOL_CACHE: 'where setup actions installed toolchains',
    GITHUB_WORKSPACE: 'the checkout directory',
    // Which code is measured: identifiers only. The files GITHUB_ENV, GITHUB_OUTPUT, GITHUB_PATH and
    // GITHUB_STEP_SUMMARY are left out on purpose: benchmark code writing to them could set the
    // environment of later steps, outputs of this one, or the job summary.
    GITHUB_SHA: 'the commit measured',
    GITHUB_REF: 'the ref measured',
    GITHUB_REF_NAME: 'the branch or tag measured',
    GITHUB_HEAD_REF: 'the pull request head branch',
    GITHUB_BASE_REF: 'the pull request base branch',
    GITHUB_REPOSITORY: 'owner/name of the repository',
    GITHUB_EVENT_NAME: 'the event that started the workflow',
    GITHUB_RUN_ID: 'identifies the workflow run',
    GITHUB_RUN_NUMBER: 'identifies the workflow run',
    GITHUB_RUN_ATTEMPT: 'identifies the workflow run',
    GITHUB_JOB: 'identifies the job',
    GITHUB_WORKFLOW: 'identifies the workflow',
    // Toolchain locations that command benchmarks (cargo bench, go test -bench, mvn) need.
    JAVA_HOME: 'the JDK of Java benchmarks',
    GOROOT: 'the Go toolchain',
    GOPATH: 'Go modules and binaries',
    GOCACHE: 'the Go build cache',
    CARGO_HOME: 'the Rust toolchain and crates',
    RUSTUP_HOME: 'the Rust toolchains',
    pythonLocation: 'the Python installed by setup-python',
    VIRTUAL_ENV: 'an activated Python virtual environment',
    // Windows: without these, programs (node itself, cmd) fail to start or to find system files.
    SYSTEMROOT: 'Windows system directory; node and crypto need it',
    WINDIR: 'Windows system directory',
    COMSPEC: 'the Windows command interpreter',
    PATHEXT: 'which file extensions Windows runs',
    USERPROFILE: 'HOME on Windows',
    APPDATA: 'per-user configuration on Windows',
    LOCALAPPDATA: 'per-user caches on Windows',
};
/** Prefixes of locale variables (LC_ALL, LC_NUMERIC, ...): all locale, never credentials. */
const ALLOWED_PREFIXES = ['LC_'];
/**
 * Names that are never passed on from perf-gate's environment unless the user names them exactly
 * in `passEnv`: the Action's inputs, the Actions runtime's tokens, and anything named like a
 * credential. Checked after the allow-list, so no future allow-list entry can let one through.
 */
function isSecretName(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        upper.startsWith('ACTIONS_') ||
        upper === 'GITHUB_TOKEN' ||
        upper.endsWith('TOKEN') ||
        upper.includes('SECRET') ||
        upper.includes('PASSWORD') ||
        upper.includes('PASSWD') ||
        upper.endsWith('_KEY') ||
        upper.includes('CREDENTIAL'));
}
const ALLOWED_UPPER = new Set(Object.keys(ALLOWED).map((k) => k.toUpperCase()));
function isAllowed(name) {
    // Windows names are case-insensitive (Path, SystemRoot); elsewhere the exact spelling is in the table.
    const known = process.platform === 'win32' ? ALLOWED_UPPER.has(name.toUpperCase()) : Object.hasOwn(ALLOWED, name);
    return known || ALLOWED_PREFIXES.some((p) => name.startsWith(p));
}
/**
 * The environment of a benchmark process: the allow-listed variables of `source` (minus anything
 * secret-looking), the names listed in `passEnv`, then the config's `env:`, then perf-gate's own
 * protocol variables. Later layers win.
 */
function childEnvironment(source, options = {}) {
    const out = Object.create(null);
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined)
            continue;
        if (isAllowed(name) && !isSecretName(name))
            out[name] = value;
    }
    for (const name of options.passEnv ?? []) {
        const value = source[name];
        if (value !== undefined)
            out[name] = value;
    }
    Object.assign(out, options.env ?? {}, options.internal ?? {});
    // A plain object again: spawn reads it with Object.keys, and callers may spread it.
    return { ...out };
}
/** Why each allow-listed variable is passed (for documentation and tests). */
function allowedVariables() {
    return ALLOWED;
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

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ shortenText),
/* harmony export */   FV: () => (/* reexport safe */ _core_escape_js__WEBPACK_IMPORTED_MODULE_2__.FV),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   eD: () => (/* reexport safe */ _core_format_js__WEBPACK_IMPORTED_MODULE_1__.eD),
/* harmony export */   j: () => (/* binding */ shortTag),
/* harmony export */   jM: () => (/* reexport safe */ _core_format_js__WEBPACK_IMPORTED_MODULE_1__.jM),
/* harmony export */   l9: () => (/* reexport safe */ _core_format_js__WEBPACK_IMPORTED_MODULE_1__.l9),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
/* unused harmony export truncate */
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3010);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6228);
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4536);
// Number and text formatting shared by the renderers. Past CHANGE_CAP (+1000%) a percentage says
// only "very large": printed as a phrase, never as digits.


// How a change and a name are said is shared with the judgement's summary line (core/format.ts).

/** A confidence interval of a change; a bound past the cap says only ">+1000%" (or "<−1000%"). */
function formatInterval(interval) {
    if (!interval)
        return '';
    const bound = (x) => x > _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 ? `>+${_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 * 100}%` : x < -_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 ? `<−${_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_CAP */ .K5 * 100}%` : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(x);
    return `[${bound(interval[0])}, ${bound(interval[1])}]`;
}
const TIME_UNITS = [
    ['s', 1e9],
    ['ms', 1e6],
    ['µs', 1e3],
    ['ns', 1],
];
/** Past this many of the largest unit (a million seconds, a million G…) a value is phrased, not printed. */
const VALUE_CAP = 1e6;
function significant(v) {
    const a = Math.abs(v);
    if (a >= VALUE_CAP)
        return `more than ${v < 0 ? '−' : ''}${VALUE_CAP}`;
    if (a >= 100)
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Zu)(v, 0);
    if (a >= 10)
        return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Zu)(v, 1);
    return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Zu)(v, 2);
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
// The markdown escaping lives with the other escaping functions; re-exported for the renderers.

/** Shortens text to at most `max` characters, marking the cut. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
/** A short stable tag of a string (FNV-1a, 6 hex digits), to tell apart names shortened alike. */
function shortTag(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0').slice(0, 6);
}
/**
 * Shortens free text (an error, a note, a warning) like `shortenMiddle`, but never through a word:
 * a run of non-space characters the cut would split is left out whole. A secret in an error text is
 * then either shown whole, where redaction finds it, or not at all, never as a fragment redaction
 * cannot recognise.
 */
function shortenText(text, head, tail) {
    const chars = Array.from(text);
    if (chars.length <= head + tail + 1)
        return text;
    // Past either end counts as a space: the text's ends are word boundaries.
    const spaceAt = (i) => {
        const c = chars[i];
        return c === undefined || /\s/.test(c);
    };
    let h = head;
    if (!spaceAt(h))
        while (h > 0 && !spaceAt(h - 1))
            h--;
    let t = chars.length - tail;
    if (!spaceAt(t - 1))
        while (t < chars.length && !spaceAt(t))
            t++;
    return `${chars.slice(0, h).join('').trimEnd()} … ${chars.slice(t).join('').trimStart()}`.trim();
}


/***/ }),

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ againstDescription),
/* harmony export */   MP: () => (/* binding */ baselineDescription),
/* harmony export */   SW: () => (/* binding */ gatedDescription),
/* harmony export */   X3: () => (/* binding */ limitRows),
/* harmony export */   _s: () => (/* binding */ machineDescription),
/* harmony export */   wf: () => (/* binding */ namer),
/* harmony export */   yl: () => (/* binding */ reportView)
/* harmony export */ });
/* unused harmony exports NOTE_MAX, displayNames, factorNotes, limitCounts */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6228);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2011);


/** Display lengths of a unit (a name's and a metric's are in core/format.ts). */
const UNIT_HEAD = 16;
const UNIT_TAIL = 4;
/** A note or an error text longer than this is cut for display (the JSON report keeps it whole). */
const NOTE_MAX = 600;
/**
 * Display names for a set of names: long ones shortened to both ends; two names shortened alike get
 * a tag from their full text, so displayed names stay as distinct as the names.
 */
function displayNames(names, head = _core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_HEAD */ .dG, tail = _core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_TAIL */ .nj) {
    const unique = [...new Set(names)];
    const shown = new Map(unique.map((n) => [n, (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(n, head, tail)]));
    const uses = new Map();
    for (const s of shown.values())
        uses.set(s, (uses.get(s) ?? 0) + 1);
    for (const [name, s] of shown) {
        if ((uses.get(s) ?? 0) > 1 && s !== name)
            shown.set(name, `${s} ·${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortTag */ .j)(name)}`);
    }
    return shown;
}
/** Renders names for one report: `name(full)` gives the displayed benchmark name. */
function namer(report) {
    const shown = displayNames(report.benchmarks.map((b) => b.name));
    return (name) => shown.get(name) ?? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(name, _core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_HEAD */ .dG, _core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_TAIL */ .nj);
}
function displayNote(text) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenText */ .Bu)(text, NOTE_MAX - 100, 99);
}
function metricRow(b, shown, name, m) {
    let verdict = m.verdict;
    if (b.verdict === 'new')
        verdict = 'new';
    else if (m.verdict === 'informational' && !m.gated && m.baseline !== null)
        verdict = 'info';
    const unit = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(m.unit, UNIT_HEAD, UNIT_TAIL);
    return {
        benchmark: shown,
        fullName: b.name,
        benchmarkVerdict: b.verdict,
        metric: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayMetric */ .x6)(name),
        baseline: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(m.baseline, unit),
        current: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(m.current, unit),
        change: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(m.change),
        verdict,
        interval: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(m.interval),
        detectable: m.minimumDetectableChange !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.minimumDetectableChange) : '',
        note: displayNote(m.note ?? ''),
        report: m,
    };
}
function bareRow(b, shown, note) {
    return {
        benchmark: shown,
        fullName: b.name,
        benchmarkVerdict: b.verdict,
        metric: '',
        baseline: '',
        current: '',
        change: '',
        verdict: b.verdict,
        interval: '',
        detectable: '',
        note: displayNote(note),
    };
}
/**
 * Which metrics a benchmark shows: those that gate, those with a decided verdict, and those the
 * judgement put a note on (compare notes an undecided metric only to say why a metric configured to
 * gate does not: too few samples, another unit). Which metrics gate is the comparison's rule, read
 * here from its result, never decided again. `shown` is the displayed name (see `namer`).
 */
function benchmarkRows(b, shown) {
    if (b.verdict === 'error')
        return [bareRow(b, shown, b.error ?? 'failed')];
    if (b.verdict === 'missing')
        return [bareRow(b, shown, 'in the baseline, not in this run')];
    const metrics = Object.entries(b.metrics);
    const wanted = metrics.filter(([, m]) => m.gated || m.verdict !== 'informational' || m.note);
    // Imports may carry only metrics nobody gates: show what there is rather than nothing.
    return (wanted.length > 0 ? wanted : metrics).map(([name, m]) => metricRow(b, shown, name, m));
}
function allRows(report) {
    const name = namer(report);
    return report.benchmarks.flatMap((b) => benchmarkRows(b, name(b.name)));
}
/** The order the rest is listed in: what is undecided first (with what would settle it). */
const OTHER_ORDER = ['inconclusive', 'improvement', 'new', 'missing', 'unchanged', 'info', 'informational'];
/** Parts of a note as a policy joins them ("a; b."), first letter and final stop normalised. */
function noteParts(note) {
    return note
        .replace(/\.$/, '')
        .split('; ')
        .map((p) => p.charAt(0).toLowerCase() + p.slice(1))
        .filter((p) => p !== '');
}
function asSentence(parts) {
    const s = parts.join('; ');
    return s === '' ? '' : `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}
/**
 * Says once what all rows of one verdict note alike (a short history, noted on every inconclusive
 * metric): for each verdict with at least `min` rows, the note parts every one of them carries move
 * to `shared`, and each row keeps only what is its own.
 */
function factorNotes(rows, min = 3) {
    const noted = rows.map((r) => ({ r, parts: r.note ? noteParts(r.note) : [] }));
    const byVerdict = new Map();
    for (const { r, parts } of noted) {
        const group = byVerdict.get(r.verdict);
        if (group)
            group.push(parts);
        else
            byVerdict.set(r.verdict, [parts]);
    }
    const shared = [];
    const commonOf = new Map();
    for (const [verdict, members] of byVerdict) {
        if (members.length < min)
            continue;
        // The parts the first member's note shares with every other member's.
        const common = members.reduce((acc, parts) => acc.filter((p) => parts.includes(p)));
        if (common.length === 0)
            continue;
        commonOf.set(verdict, new Set(common));
        shared.push({ text: asSentence(common), verdict, rows: members.length });
    }
    if (shared.length === 0)
        return { rows, shared };
    const own = noted.map(({ r, parts }) => {
        const common = commonOf.get(r.verdict);
        return common ? { ...r, note: asSentence(parts.filter((p) => !common.has(p))) } : r;
    });
    return { rows: own, shared };
}
function reportView(report) {
    const rows = allRows(report);
    const rank = (r) => {
        const i = OTHER_ORDER.indexOf(r.verdict);
        return i < 0 ? OTHER_ORDER.length : i;
    };
    const others = rows
        .filter((r) => r.verdict !== 'regression' && r.verdict !== 'error')
        .map((r, i) => ({ r, i }))
        .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
        .map((x) => x.r);
    const c = report.counts;
    const parts = [];
    if (c.inconclusive > 0)
        parts.push(`${c.inconclusive} inconclusive`);
    if (c.improvement > 0)
        parts.push(`${c.improvement} improved`);
    if (c.new > 0)
        parts.push(`${c.new} new`);
    if (c.missing > 0)
        parts.push(`${c.missing} missing`);
    if (c.unchanged > 0)
        parts.push(`${c.unchanged} unchanged`);
    const decided = new Set(rows.filter((r) => r.verdict === 'regression' || r.verdict === 'error').map((r) => r.fullName));
    const alsoDecided = new Set(others.filter((r) => decided.has(r.fullName)).map((r) => r.fullName)).size;
    if (alsoDecided > 0)
        parts.push(`other metrics of ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(alsoDecided, 'regressed benchmark')}`);
    const decisive = factorNotes(rows.filter((r) => r.verdict === 'regression'));
    const rest = factorNotes(others);
    return {
        regressions: decisive.rows,
        errors: rows.filter((r) => r.verdict === 'error'),
        others: rest.rows,
        othersShared: rest.shared,
        decisiveShared: decisive.shared,
        othersLabel: parts.join(', '),
    };
}
/** "5 baseline runs, newest abc1234 of 2026-11-25; compared with the median of the history". */
function baselineDescription(report) {
    const b = report.baseline;
    if (report.against)
        return againstDescription(report.against);
    if (!b)
        return 'no baseline';
    const commit = b.commit ? ` ${b.commit.slice(0, 7)}` : '';
    const date = b.createdAt ? ` of ${b.createdAt.slice(0, 10)}` : '';
    const against = report.policy.baselineSource === 'newest' ? 'compared with the newest run' : 'compared with the median of the history';
    return `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(b.runs, 'baseline run')}, newest${commit}${date}; ${against}`;
}
/** "against base abc1234 (origin/main), same job, 12 pairs; adaptive sampling spent 8 of 30 s". */
function againstDescription(a) {
    const ref = a.ref !== a.commit && !a.commit.startsWith(a.ref) ? ` (${a.ref})` : '';
    const pairs = a.pairs.min === a.pairs.max ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(a.pairs.min, 'pair') : `${a.pairs.min}–${a.pairs.max} pairs`;
    const budget = a.budgetMs > 0 ? `; adaptive sampling spent ${seconds(a.spentMs)} of ${seconds(a.budgetMs)} s` : '';
    return `against base ${a.commit.slice(0, 7)}${ref}, same job, ${pairs}${budget}`;
}
function seconds(ms) {
    return (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
}
function machineDescription(m) {
    const gib = m.memoryBytes / 2 ** 30;
    return `${m.cpu}, ${m.cores} cores, ${gib.toFixed(0)} GiB, ${m.os} ${m.arch}, Node ${m.node}, ${m.runner}`;
}
/** The gated metric names of a report, for display. */
function gatedDescription(report) {
    return report.gatedMetrics.map(_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayMetric */ .x6).join(', ');
}
const LIMIT_ORDER = ['over', 'uncertain', 'within'];
/** The limit checks of a report as rows, breaches first, then uncertain, then within (each in report order). */
function limitRows(report) {
    const checks = report.limits ?? [];
    if (checks.length === 0)
        return [];
    const name = namer(report);
    const rows = checks.map((c) => {
        const unit = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(c.unit, UNIT_HEAD, UNIT_TAIL);
        return {
            benchmark: name(c.benchmark),
            fullName: c.benchmark,
            metric: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .displayMetric */ .x6)(c.metric),
            limit: `${c.kind === 'max' ? '≤' : '≥'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(c.limit, unit)}`,
            measured: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(c.value, unit),
            interval: c.interval ? `[${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(c.interval[0], unit)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(c.interval[1], unit)}]` : '',
            verdict: c.verdict,
            note: displayNote(c.note ?? ''),
        };
    });
    return LIMIT_ORDER.flatMap((v) => rows.filter((r) => r.verdict === v));
}
/** "1 over, 2 uncertain, 5 within": what the limit checks came to. */
function limitCounts(rows) {
    return LIMIT_ORDER.map((v) => [v, rows.filter((r) => r.verdict === v).length])
        .filter(([, n]) => n > 0)
        .map(([v, n]) => `${n} ${v}`)
        .join(', ');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 3119:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:inspector/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(2929);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
