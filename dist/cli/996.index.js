export const id = 996;
export const ids = [996];
export const modules = {

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ globUnsupportedError),
/* harmony export */   Rd: () => (/* binding */ typeScriptImportError)
/* harmony export */ });
/* unused harmony exports TYPESCRIPT_MIN_NODE, GLOB_MIN_NODE, parseNodeVersion, stripsTypesByDefault, isTypeScriptFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Which Node a feature of perf-gate needs, for one-line errors that say so instead of Node's own
// message ("Unknown file extension", "globSync is not a function"). The CLI runs on Node 20 and newer
// (package.json `engines`); two optional features need newer ones:
// - a benchmark file in TypeScript: Node strips types natively from 22.18 (and 23.6) on;
// - a glob pattern in an `import:` benchmark's `file`: fs.globSync exists from Node 22 on.

const TYPESCRIPT_MIN_NODE = '22.18';
const GLOB_MIN_NODE = '22';
function parseNodeVersion(text = process.versions.node) {
    const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((p) => Number.parseInt(p, 10) || 0);
    return [major, minor, patch];
}
function atLeast(v, major, minor) {
    return v[0] > major || (v[0] === major && v[1] >= minor);
}
/** Whether Node loads `.ts` modules by default (without a flag) at this version. */
function stripsTypesByDefault(version = process.versions.node) {
    const v = parseNodeVersion(version);
    return atLeast(v, 23, 6) || (v[0] === 22 && atLeast(v, 22, 18));
}
function isTypeScriptFile(file) {
    return /\.[cm]?ts$/i.test(file);
}
/** One line for a `.ts` file the running Node cannot import; undefined for any other failure. */
function typeScriptImportError(file, err, version = process.versions.node) {
    if (!isTypeScriptFile(file))
        return undefined;
    if (err?.code !== 'ERR_UNKNOWN_FILE_EXTENSION')
        return undefined;
    return (`a TypeScript benchmark needs Node ${TYPESCRIPT_MIN_NODE} or newer (this is Node ${version}): ` +
        'run perf-gate with a newer Node, or point the benchmark at compiled JavaScript');
}
/** One line when this Node has no fs.globSync for a glob `pattern`; undefined when it has. */
function globUnsupportedError(pattern, version = process.versions.node) {
    if (typeof node_fs__WEBPACK_IMPORTED_MODULE_0__.globSync === 'function')
        return undefined;
    return `the glob pattern "${pattern}" needs Node ${GLOB_MIN_NODE} or newer (this is Node ${version}): name one file, or run perf-gate with a newer Node`;
}


/***/ }),

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWorker: () => (/* binding */ runWorker)
});

// UNUSED EXPORTS: errorLine, isBenchLike

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/node-support.ts
var node_support = __webpack_require__(153);
// EXTERNAL MODULE: ./src/core/escape.ts
var core_escape = __webpack_require__(4536);
// EXTERNAL MODULE: ./node_modules/tinybench/dist/index.js
var dist = __webpack_require__(3674);
// EXTERNAL MODULE: ./src/stats/reservoir.ts
var reservoir = __webpack_require__(6394);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/stats/quantile.ts
var quantile = __webpack_require__(6806);
// EXTERNAL MODULE: ./src/stats/summary.ts
var stats_summary = __webpack_require__(2303);
// EXTERNAL MODULE: ./src/stats/tinybench.ts
var tinybench = __webpack_require__(2611);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/measure/worker-resources.ts
// Resource metrics inside a worker (core/resources.ts): CPU time and heap allocation of each task's
// measured phase, and the peak resident memory of the process.
//
// Bracketing the measured phase: tinybench runs every task's warm-up, then each task's measured
// loop; around the loop (and only that one: warm-up passes mode "warmup") it calls the Bench's
// `setup(task, "run")` and `teardown(task, "run")` hooks. We wrap those two hooks, so the bracket
// opens after the user's setup and closes before the user's teardown: it holds the measured calls and
// tinybench's bookkeeping per call, nothing else. Task events would not do: a task's "start" comes
// before setup, and its "complete" after tinybench has reduced the samples (sorting them, one
// throughput per sample), which would add CPU time and allocations in proportion to the sample
// count to every operation. The other way, the run's CPU time minus the warm-up's, would need the
// warm-up bracketed just the same and would still count the reduction.
//
// The number of operations is the task's sample count: tinybench times each call as one sample.


function isThenable(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}
/**
 * A full garbage collection: the global `gc` under --expose-gc, else one without it: the flag, set
 * for a moment, exposes `gc` in a context created meanwhile (the benchmark's own global object
 * never gets it). Undefined where the runtime refuses.
 */
function collectorOf() {
    const exposed = globalThis.gc;
    if (typeof exposed === 'function') {
        return () => {
            exposed();
        };
    }
    try {
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        const gc = (0,external_node_vm_.runInNewContext)('gc');
        if (typeof gc !== 'function')
            return undefined;
        return () => {
            gc();
        };
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_v8_.setFlagsFromString)('--no-expose-gc');
    }
}
/**
 * Heap allocation needs a clean start: the formula below counts everything a collection frees, and
 * garbage left over from import and warm-up would count as allocated by the measured calls. So the
 * bracket opens after a full collection (outside the bracket: neither its time nor its CPU counts).
 */
function openBracket(collect) {
    let heapStart;
    let profiler;
    if (collect) {
        collect();
        heapStart = (0,external_node_v8_.getHeapStatistics)().used_heap_size;
        profiler = new external_node_v8_.GCProfiler();
        profiler.start();
    }
    // Last, so that neither the collection nor the profiler's start counts as the benchmark's CPU time.
    return { cpuStart: process.cpuUsage(), heapStart, profiler };
}
function closeBracket(bracket) {
    const cpu = process.cpuUsage(bracket.cpuStart);
    bracket.cpuMicros = cpu.user + cpu.system;
    if (bracket.profiler && bracket.heapStart !== undefined) {
        // Read before stop(): the profile stop() returns is itself allocated on the heap.
        const heapEnd = (0,external_node_v8_.getHeapStatistics)().used_heap_size;
        const profile = bracket.profiler.stop();
        // Allocated = growth of the heap in use + whatever each collection in between reclaimed.
        let reclaimed = 0;
        for (const gc of profile.statistics)
            reclaimed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
        bracket.heapBytes = Math.max(0, heapEnd - bracket.heapStart + reclaimed);
    }
}
/**
 * Wraps the setup and teardown hooks of `bench` so that every task's measured phase is bracketed.
 * A Bench without such hooks (or that will not let them be replaced) still gets `rss`.
 */
function bracketMeasuredPhases(bench) {
    const brackets = new Map();
    const hooked = bench;
    const setup = hooked.setup;
    const teardown = hooked.teardown;
    if (typeof setup === 'function' && typeof teardown === 'function') {
        const collect = collectorOf();
        const userSetup = setup;
        const userTeardown = teardown;
        try {
            // Synchronous where the user's hook is: tinybench's runSync() refuses a hook that returns a promise.
            hooked.setup = function (task, mode) {
                const result = userSetup.call(this, task, mode);
                if (mode !== 'run')
                    return result;
                if (isThenable(result)) {
                    return Promise.resolve(result).then(() => {
                        brackets.set(task, openBracket(collect));
                    });
                }
                brackets.set(task, openBracket(collect));
                return result;
            };
            hooked.teardown = function (task, mode) {
                const bracket = mode === 'run' ? brackets.get(task) : undefined;
                if (bracket && bracket.cpuMicros === undefined)
                    closeBracket(bracket);
                return userTeardown.call(this, task, mode);
            };
        }
        catch {
            // Read-only hooks: no bracket, no cpu or heap.
            brackets.clear();
        }
    }
    return {
        valuesFor(task, operations) {
            const values = { rss: process.resourceUsage().maxRSS * 1024 };
            const bracket = brackets.get(task);
            if (bracket?.cpuMicros !== undefined && operations > 0) {
                values.cpu = (bracket.cpuMicros * 1000) / operations;
                if (bracket.heapBytes !== undefined)
                    values.heap = bracket.heapBytes / operations;
            }
            return values;
        },
    };
}

// EXTERNAL MODULE: ./src/measure/protocol.ts
var protocol = __webpack_require__(3582);
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
        text = String(err).split('\n')[0] ?? '';
    }
    return (0,core_escape/* headBetweenWords */.sM)(text, 300);
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
    // A worker whose parent is gone (perf-gate killed outright) has no one to report to: it exits as
    // soon as it notices it was re-parented. Only while user code yields; the reaper covers the rest.
    const parent = process.ppid;
    setInterval(() => {
        if (process.ppid !== parent)
            process.exit(1);
    }, 500).unref();
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
    if (request.profile)
        await keepFunctionsApart();
    let mod;
    try {
        // webpackIgnore: the user's module is loaded by Node at run time, never by the bundler (without it,
        // ncc turns this into a lookup in the bundle's own module table, which fails).
        mod = (await import(__rewriteRelativeImportExtension(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(request.file).href)));
    }
    catch (err) {
        const code = err.code;
        // Only when the module itself is missing: a module that imports a missing one names both paths.
        if (code === 'ERR_MODULE_NOT_FOUND' && !(0,external_node_fs_.existsSync)(request.file)) {
            return { ok: false, error: `${where}: file not found` };
        }
        const needsNewerNode = (0,node_support/* typeScriptImportError */.Rd)(request.file, err);
        if (needsNewerNode)
            return { ok: false, error: `${where}: ${needsNewerNode}` };
        return { ok: false, error: `${where}: cannot import the module: ${errorLine(err)}` };
    }
    const expected = 'expected a default export that is a tinybench Bench or a function (bench) => void';
    if (!('default' in mod))
        return { ok: false, error: `${where}: ${expected}, found no default export` };
    const exported = mod.default;
    const filter = request.filter ? new RegExp(request.filter.source, request.filter.flags.replace(/[gy]/g, '')) : undefined;
    let bench;
    /** Every task the module declares, in order: full names depend on how many there are. */
    let declared;
    if (isBenchLike(exported)) {
        // A Bench built by the user keeps its own options (time, iterations, retainSamples). Its tasks
        // were created when the module was imported (tinybench calls each function once then, to see
        // whether it is async): that much of its neighbours every task's process runs.
        bench = exported;
        declared = Array.from(bench.tasks ?? []).map((t) => t.name);
    }
    else if (typeof exported === 'function') {
        const real = new dist/* Bench */.hg({
            time: request.bench.time,
            iterations: request.bench.iterations,
            warmupTime: request.bench.warmupTime,
            warmupIterations: request.bench.warmupIterations,
            retainSamples: true,
        });
        bench = real;
        declared = [];
        const keep = (name) => {
            if (request.list)
                return false;
            if (!request.only)
                return true;
            return request.only.includes(`${request.benchmark}/${name}`) || request.only.includes(request.benchmark);
        };
        // The module sees a Bench whose add() registers only the task this process measures: tinybench
        // calls a task's function once when it is added, and a neighbour's call could leave state
        // behind (a grown heap, polymorphic call sites) that changes what this task measures. A listing
        // registers nothing and so runs no task code.
        const proxy = new Proxy(real, {
            get(target, prop) {
                if (prop === 'add') {
                    return (name, fn, ...rest) => {
                        declared.push(name);
                        if (keep(name))
                            target.add.call(target, name, fn, ...rest);
                        return proxy;
                    };
                }
                const value = Reflect.get(target, prop, target);
                return typeof value === 'function' ? value.bind(target) : value;
            },
        });
        try {
            await exported(proxy);
        }
        catch (err) {
            return { ok: false, error: `${where}: the exported function threw: ${errorLine(err)}` };
        }
    }
    else {
        return { ok: false, error: `${where}: ${expected}, found ${describeValue(exported)}` };
    }
    if (declared.length === 0)
        return { ok: false, error: `${where}: the Bench has no tasks` };
    const fullNameOf = (name) => (declared.length === 1 ? request.benchmark : `${request.benchmark}/${name}`);
    const wantedName = (name) => (!filter || filter.test(fullNameOf(name))) && (!request.only || request.only.includes(fullNameOf(name)));
    if (request.list)
        return { ok: true, tasks: [], names: declared.filter(wantedName).map(fullNameOf) };
    const all = Array.from(bench.tasks ?? []);
    const fullName = (task) => fullNameOf(task.name);
    const wanted = (task) => wantedName(task.name);
    const selected = all.filter(wanted);
    if (selected.length === 0)
        return { ok: true, tasks: [] };
    const phases = request.resources === false ? undefined : bracketMeasuredPhases(bench);
    const resourcesOf = (task, operations) => (phases ? { resources: phases.valuesFor(task, operations) } : {});
    if (selected.length < all.length && typeof bench.remove === 'function') {
        for (const task of all)
            if (!wanted(task))
                bench.remove(task.name);
    }
    let runError;
    const profiler = request.profile ? await startProfiler(request.profile) : undefined;
    try {
        await bench.run();
    }
    catch (err) {
        // Only a Bench created with `throws: true` gets here.
        runError = err;
    }
    const profileError = profiler ? await profiler.finish() : undefined;
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
        const durationMs = result.totalTime ?? 0;
        const samples = latency.samples;
        if (samples && samples.length > 0) {
            const ns = Float64Array.from(samples, (ms) => ms * 1e6); // tinybench reports ms
            return {
                ok: true,
                name,
                task: task.name,
                summary: (0,stats_summary/* summarizeLatencies */._)(ns),
                durationMs,
                reservoir: (0,reservoir/* reservoir */.M)(ns, protocol/* RESERVOIR_SIZE */.M),
                samplesRetained: true,
                ...resourcesOf(task, ns.length),
            };
        }
        const summary = fromTinybenchStats(latency);
        if ('missing' in summary) {
            const why = `tinybench reports no ${summary.missing} and the Bench kept no samples (create it with retainSamples: true)`;
            return { ok: false, name, task: task.name, error: `${where}: task "${task.name}": ${why}` };
        }
        return { ok: true, name, task: task.name, summary, durationMs, reservoir: [], samplesRetained: false, ...resourcesOf(task, summary.n) };
    });
    return profileError === undefined ? { ok: true, tasks } : { ok: true, tasks, profileError };
}
/**
 * A Bench exported without `retainSamples: true` keeps only its own statistics. tinybench uses the
 * same quantile convention (linear interpolation, type 7) and sample standard deviation, so these
 * are the numbers we would have computed; only the reservoir is missing. A registry quantile that
 * tinybench does not report cannot be had without samples: its name is returned instead.
 */
function fromTinybenchStats(l) {
    const quantiles = (0,quantile/* quantilesByLevel */.qL)(l, tinybench/* TINYBENCH_QUANTILES */.c, 1e6);
    const mean = l.mean * 1e6;
    const moments = {
        mean,
        min: l.min * 1e6,
        max: l.max * 1e6,
        stddev: l.sd * 1e6,
        throughput: mean > 0 ? 1e9 / mean : 0,
    };
    const missing = metrics/* NATIVE_METRICS */.EB.find((def) => def.quantile !== undefined && quantiles[def.quantile] === undefined);
    if (missing)
        return { missing: missing.name };
    return { n: l.samplesCount ?? 0, ...(0,metrics/* metricRecord */.C_)((def) => (def.quantile !== undefined ? (quantiles[def.quantile] ?? Number.NaN) : moments[def.moment])) };
}
/**
 * Switches off inlining in a process about to be profiled, before the user's code is compiled. V8's
 * profiler counts the samples of a function inlined into its caller as the caller's, so a task
 * closure that calls a small function would take all of its time, and the profile would not name the
 * function that got slower. The profiled run is never a measurement, so slowing its calls costs
 * nothing but its share of overhead. A flag this V8 lacks is only reported on stderr.
 */
async function keepFunctionsApart() {
    const { setFlagsFromString } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8877, 23));
    for (const flag of ['--no-turbo-inlining', '--no-maglev-inlining'])
        setFlagsFromString(flag);
}
/**
 * Starts V8's CPU profiler in this process, right before the measured run. The inspector module is
 * loaded only here: measuring forks never load it. A profiler that cannot start (a Node built
 * without the inspector) is an error of the profile only; the tasks still run.
 */
async function startProfiler(options) {
    let session;
    try {
        const { Session } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3119, 23));
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: options.intervalUs });
        await session.post('Profiler.start');
    }
    catch (err) {
        const why = `the CPU profiler could not start: ${errorLine(err)}`;
        return { finish: () => Promise.resolve(why) };
    }
    return {
        async finish() {
            try {
                const { profile } = await session.post('Profiler.stop');
                const tmp = `${options.path}.tmp`;
                (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(profile));
                (0,external_node_fs_.renameSync)(tmp, options.path);
                return undefined;
            }
            catch (err) {
                return `the CPU profile could not be written: ${errorLine(err)}`;
            }
            finally {
                session.disconnect();
            }
        },
    };
}


/***/ }),

/***/ 6806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ samplesRequired),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Mt: () => (/* binding */ supportsQuantile),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   qL: () => (/* binding */ quantilesByLevel)
/* harmony export */ });
/* unused harmony exports quantile, TAIL_SAMPLES_REQUIRED */
/* harmony import */ var _core_checked_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5862);
/* harmony import */ var _core_own_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6207);
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
    const below = (0,_core_checked_js__WEBPACK_IMPORTED_MODULE_0__/* .element */ .N)(sorted, lo);
    return below + (h - lo) * ((0,_core_checked_js__WEBPACK_IMPORTED_MODULE_0__/* .element */ .N)(sorted, hi) - below);
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
/**
 * The quantiles a statistics object reports, by level, each multiplied by `scale` (1e6 turns
 * milliseconds into nanoseconds). `aliases` names older spellings (`median` for p50).
 */
function quantilesByLevel(stats, names, scale, aliases = {}) {
    const out = {};
    const fields = stats;
    for (const [name, level] of Object.entries(names)) {
        const alias = (0,_core_own_js__WEBPACK_IMPORTED_MODULE_1__/* .ownValue */ .eC)(aliases, name);
        const value = fields[name] ?? (alias === undefined ? undefined : fields[alias]);
        if (typeof value === 'number' && Number.isFinite(value))
            out[level] = value * scale;
    }
    return out;
}


/***/ }),

/***/ 6394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ reservoir)
/* harmony export */ });
/* unused harmony export RESERVOIR_DIGITS */
/* harmony import */ var _core_checked_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5862);
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6806);
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
    const sorted = (0,_quantile_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(values);
    if (n <= size)
        return Array.from(sorted, round);
    return Array.from({ length: size }, (_, i) => round((0,_core_checked_js__WEBPACK_IMPORTED_MODULE_1__/* .element */ .N)(sorted, Math.round((i * (n - 1)) / (size - 1)))));
}


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ summarizeLatencies)
/* harmony export */ });
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6806);
// Reduces raw latency samples to the statistics every benchmark reports: one value per metric of the
// registry (core/metrics.ts), so a metric added there is computed here without a change.


/** Summarises latency samples given in nanoseconds. Throws on an empty array. */
function summarizeLatencies(samplesNs) {
    const n = samplesNs.length;
    if (n === 0)
        throw new RangeError('no samples to summarise');
    const sorted = (0,_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedCopy */ .TZ)(samplesNs);
    const moments = momentsOf(sorted);
    return { n, ...(0,_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRecord */ .C_)((def) => (def.quantile !== undefined ? (0,_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(sorted, def.quantile) : moments[def.moment])) };
}
/** The non-quantile statistics of an ascending-sorted, non-empty sample. */
function momentsOf(sorted) {
    const n = sorted.length;
    let sum = 0;
    for (const x of sorted)
        sum += x;
    const mean = sum / n;
    // Two-pass variance: numerically stable enough for latencies, and exact for the tests' references.
    let ss = 0;
    for (const x of sorted) {
        const d = x - mean;
        ss += d * d;
    }
    return {
        mean,
        // A sorted sample's ends; `at` is undefined only for an empty array, which callers exclude.
        min: sorted.at(0) ?? Number.NaN,
        max: sorted.at(-1) ?? Number.NaN,
        /** Sample standard deviation (n - 1 denominator); 0 for a single sample. */
        stddev: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
        /** Operations per second implied by the mean latency: 1e9 / mean(ns). */
        throughput: mean > 0 ? 1e9 / mean : 0,
    };
}


/***/ }),

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ TINYBENCH_QUANTILES)
/* harmony export */ });
// tinybench's own statistics: the runner reads them from a Bench that kept no samples, the importer
// from tinybench and vitest JSON. Both map tinybench's quantile names to levels with this table.
/** The quantiles tinybench reports (its Statistics fields), by level. */
const TINYBENCH_QUANTILES = {
    p50: 0.5,
    p75: 0.75,
    p99: 0.99,
    p995: 0.995,
    p999: 0.999,
};


/***/ })

};
