export const id = 613;
export const ids = [613];
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

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ RESOURCE_METRIC_NAMES),
/* harmony export */   P$: () => (/* binding */ resourceMetric),
/* harmony export */   P0: () => (/* binding */ RESOURCE_METRICS),
/* harmony export */   U: () => (/* binding */ resourceNamesFor),
/* harmony export */   mT: () => (/* binding */ resourceValuesOf)
/* harmony export */ });
/* unused harmony export resourceMeasuredFor */
const RESOURCE_REGISTRY = [
    {
        name: 'cpu',
        unit: 'ns',
        direction: 'lower',
        label: 'user + system CPU time per operation',
        measured: "process.cpuUsage() of the fork around its measured phase, over the operations run in it; for a command, per run, the CPU time of the shell and everything it waited for (Linux: the kernel's count for reaped children, /proc/self/stat; elsewhere the shell's `times`)",
        commands: 'posix-shell',
    },
    {
        name: 'rss',
        unit: 'B',
        direction: 'lower',
        label: 'peak resident memory of the fork',
        measured: "process.resourceUsage().maxRSS at the end of the fork (the whole process: Node's own memory included)",
        commands: false,
    },
    {
        name: 'heap',
        unit: 'B',
        direction: 'lower',
        label: 'heap bytes allocated per operation',
        measured: 'V8 heap in use after the measured phase minus before it, plus what every garbage collection in between freed (v8.GCProfiler), over the operations',
        commands: false,
    },
];
const RESOURCE_METRICS = RESOURCE_REGISTRY;
const RESOURCE_METRIC_NAMES = RESOURCE_METRICS.map((m) => m.name);
function resourceMetric(name) {
    return RESOURCE_METRICS.find((m) => m.name === name);
}
/**
 * Whether a benchmark of `kind` gets the resource metric `def` on `platform` (a `process.platform`
 * value): file benchmarks get them all; commands only what their shell can report.
 */
function resourceMeasuredFor(def, kind, platform) {
    if (kind === 'file')
        return true;
    return def.commands === 'posix-shell' && platform !== 'win32';
}
/** Only the finite, non-negative resource values of `values`, in registry order. */
function resourceValuesOf(values) {
    const out = {};
    for (const def of RESOURCE_METRICS) {
        const v = Object.hasOwn(values, def.name) ? values[def.name] : undefined;
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            out[def.name] = v;
    }
    return out;
}
/** The resource metrics a benchmark of `kind` gets on `platform`, in registry order. */
function resourceNamesFor(kind, platform) {
    return RESOURCE_METRICS.filter((def) => resourceMeasuredFor(def, kind, platform)).map((def) => def.name);
}


/***/ }),

/***/ 7846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ forkStatsFrom),
/* harmony export */   a: () => (/* binding */ reduceForks)
/* harmony export */ });
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/* harmony import */ var _core_resources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7862);
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6806);
// From per-fork statistics to the overall metrics of a benchmark: what the runners (measure/) and
// the importers of raw samples (import/) both reduce. Pure.



/** `resources`: the resource metrics the fork measured (core/resources.ts); unusable values are dropped. */
function forkStatsFrom(fork, summary, durationMs, resources = {}) {
    return { fork, n: summary.n, durationMs, ...(0,_core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRecord */ .C_)((def) => summary[def.name]), ...(0,_core_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceValuesOf */ .mT)(resources) };
}
/**
 * Overall metrics: each native (and measured resource) metric's value is the median of its per-fork
 * values (forks are the independent replicates; pooling all samples would let one long fork
 * dominate). `n` counts all samples; a tail quantile is `supported` only if every fork alone has
 * enough samples for it, since each per-fork value is estimated from that fork's samples only.
 */
function reduceForks(forks) {
    if (forks.length === 0)
        return {};
    const total = forks.reduce((sum, f) => sum + f.n, 0);
    const minN = forks.reduce((least, f) => Math.min(least, f.n), Infinity);
    const metrics = {};
    for (const def of _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .NATIVE_METRICS */ .EB) {
        const values = forks.map((f) => f[def.name]);
        metrics[def.name] = {
            value: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(values),
            unit: def.unit,
            direction: def.direction,
            forks: values,
            n: total,
            supported: def.quantile === undefined ? true : (0,_quantile_js__WEBPACK_IMPORTED_MODULE_2__/* .supportsQuantile */ .Mt)(minN, def.quantile),
        };
    }
    // A resource metric is reduced only when every fork measured it: a median over some forks would
    // stand for forks that never measured it (a history written before the metric existed, extra
    // forks of a run whose first forks lacked it).
    for (const def of _core_resources_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_METRICS */ .P0) {
        const values = forks.map((f) => f[def.name]);
        if (!values.every((v) => v !== undefined))
            continue;
        metrics[def.name] = { value: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(values), unit: def.unit, direction: def.direction, forks: values, n: total, supported: true };
    }
    return metrics;
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
