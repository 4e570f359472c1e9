export const id = 153;
export const ids = [153];
export const modules = {

/***/ 2534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMAT_NAMES: () => (/* binding */ FORMAT_NAMES),
  IMPORTERS: () => (/* binding */ IMPORTERS),
  checkImportFormats: () => (/* binding */ checkImportFormats),
  expandImportFiles: () => (/* binding */ expandImportFiles),
  importBenchmark: () => (/* binding */ importBenchmark),
  importFile: () => (/* binding */ importFile),
  importer: () => (/* binding */ importer)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/node-support.ts
var node_support = __webpack_require__(153);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __webpack_require__(6207);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __webpack_require__(3010);
// EXTERNAL MODULE: ./src/stats/forks.ts
var stats_forks = __webpack_require__(7846);
// EXTERNAL MODULE: ./src/stats/quantile.ts
var quantile = __webpack_require__(6806);
// EXTERNAL MODULE: ./src/stats/reservoir.ts
var reservoir = __webpack_require__(6394);
// EXTERNAL MODULE: ./src/stats/summary.ts
var stats_summary = __webpack_require__(2303);
;// CONCATENATED MODULE: ./src/import/common.ts
// Shared pieces of the importers: reading and recognising a file, unit normalisation, metric
// naming, and turning raw samples or a tool's aggregates into perf-gate metrics. Pure except
// `readInput`, the one place that touches the file system.







// The one median of the project, for the formats that take the middle of their repetitions.



function readInput(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read');
        throw new errors/* InputError */.dz(`${file}: cannot read the file to import (${why})`);
    }
    return { file, label: (0,external_node_path_.basename)(file), text };
}
/**
 * What a text looks like, for "found …" in a message, without quoting any of it: the file given may
 * be the wrong one, even a secret (a key file, a .env), and messages end up in CI logs.
 */
function describeText(text) {
    const t = text.replace(/^\uFEFF/, '').trimStart();
    if (t.length === 0)
        return 'an empty file';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000e-\u001f]/.test(t.slice(0, 512)))
        return 'binary data';
    if (t.startsWith('<'))
        return 'XML or HTML';
    if (t.startsWith('{') || t.startsWith('['))
        return 'JSON';
    const lines = t.trimEnd().split('\n').length;
    return `${lines} line${lines === 1 ? '' : 's'} of other text`;
}
/** The shape of a JSON value for "found …" in a message; never its content or key names. */
function describeJson(value) {
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (value === null)
        return 'null';
    if (typeof value === 'object') {
        const n = Object.keys(value).length;
        return n === 0 ? 'an empty object' : `an object with ${n} key${n === 1 ? '' : 's'}`;
    }
    return `a ${typeof value}`;
}
/**
 * A tool's own text field (an error message, a mode) for a message: strings and numbers as they are,
 * anything else by its shape, since the default stringification of an object says nothing.
 */
function fieldText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return describeJson(value);
}
/** The one-line error of a file that is not the expected format. */
function notFormat(input, what, why) {
    return new errors/* InputError */.dz(`${input.label}: not ${what}: ${why}`);
}
/** Parses JSON or throws the one-line "not FORMAT" error with the file's first bytes. */
function parseJson(input, what) {
    try {
        return JSON.parse(input.text.replace(/^\uFEFF/, ''));
    }
    catch {
        throw notFormat(input, what, `not JSON (found ${describeText(input.text)})`);
    }
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNumber(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function numberArray(v) {
    return Array.isArray(v) && v.every(isNumber) ? v : undefined;
}
// ---------------------------------------------------------------------------------------------
// Units
const TIME_TO_NS = {
    ps: 1e-3,
    ns: 1,
    us: 1e3,
    'µs': 1e3,
    'μs': 1e3,
    ms: 1e6,
    s: 1e9,
    sec: 1e9,
    second: 1e9,
    seconds: 1e9,
    min: 60e9,
    minute: 60e9,
    minutes: 60e9,
};
/** Nanoseconds per one of `unit` (a time unit), or undefined. */
function nsPer(unit) {
    return TIME_TO_NS[unit.trim()] ?? TIME_TO_NS[unit.trim().toLowerCase()];
}
function toNs(value, unit, where) {
    const f = nsPer(unit);
    if (f === undefined)
        throw new InputError(`${where()}: unknown time unit "${unit}" (expected ns, us, ms or s)`);
    return value * f;
}
const BYTES = {
    b: 1,
    byte: 1,
    bytes: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/**
 * Normalises a value and its unit: time (per op) → ns, operations per time → ops/s, bytes → B,
 * bytes per time → B/s. Other units are kept as the tool says (a rate `x/ms` becomes `x/s`).
 */
function normaliseUnit(value, unit) {
    const u = unit.trim();
    const [num, den, ...rest] = u.split('/').map((p) => p.trim());
    if (rest.length === 0 && num !== undefined) {
        const timeNum = nsPer(num);
        if (den === undefined) {
            if (timeNum !== undefined)
                return { value: value * timeNum, unit: 'ns' };
            const b = BYTES[num.toLowerCase()];
            if (b !== undefined)
                return { value: value * b, unit: 'B' };
            return { value, unit: u };
        }
        const perOp = /^(op|ops|iter|iteration|call|invocation|it)$/i.test(den);
        if (timeNum !== undefined && perOp)
            return { value: value * timeNum, unit: 'ns' };
        const timeDen = nsPer(den === 'sec' ? 's' : den);
        if (timeDen !== undefined) {
            const perSecond = value * (1e9 / timeDen);
            if (/^(op|ops|operations?)$/i.test(num))
                return { value: perSecond, unit: 'ops/s' };
            const b = BYTES[num.toLowerCase()];
            if (b !== undefined)
                return { value: perSecond * b, unit: 'B/s' };
            return { value: perSecond, unit: `${num}/s` };
        }
        const b = BYTES[num.toLowerCase()];
        if (b !== undefined && perOp)
            return { value: value * b, unit: 'B' };
    }
    return { value, unit: u };
}
/**
 * The metric name of an extra tool metric, derived from its unit: `B/op` → `bytes_per_op`,
 * `allocs/op` → `allocs_per_op`, `MB/s` → `bytes_per_second`, `fields/op` → `fields_per_op`.
 */
function metricNameFromUnit(unit) {
    const words = unit
        .trim()
        .split('/')
        .map((p) => {
        const w = p.trim();
        if (BYTES[w.toLowerCase()] !== undefined)
            return 'bytes';
        if (/^(s|sec|second)$/.test(w))
            return 'second';
        return w;
    });
    return sanitiseMetricName(words.join('_per_'));
}
function sanitiseMetricName(name) {
    return name
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/[^A-Za-z0-9.]+/g, '_')
        .replace(/_+$/, '')
        .toLowerCase();
}
// ---------------------------------------------------------------------------------------------
// Directions and metrics
/**
 * Direction of a metric: native metrics keep theirs (p50 lower, throughput higher), others follow
 * their unit (`directionFromUnit`); a unit that says nothing defaults to lower-is-better.
 */
function directionOf(metric, unit) {
    return (0,metrics/* nativeMetric */.mL)(metric)?.direction ?? (0,metrics/* directionFromUnit */.CQ)(unit) ?? 'lower';
}
function metric(name, value, unit, extra = {}) {
    return { value, unit, direction: directionOf(name, unit), ...extra };
}
/**
 * Latency samples (ns) per fork → the native metrics, reservoir and per-fork statistics.
 * `durationsMs`: measuring time of each fork when the tool says; else the sum of its samples.
 */
function fromSamples(perForkNs, durationsMs) {
    const forks = perForkNs.filter((f) => f.length > 0);
    if (forks.length === 0 || forks.length !== perForkNs.length)
        throw new RangeError('a fork without samples');
    const forkStats = forks.map((s, i) => {
        const summary = (0,stats_summary/* summarizeLatencies */._)(s);
        let sum = 0;
        for (const x of s)
            sum += x;
        return (0,stats_forks/* forkStatsFrom */.U)(i, summary, durationsMs?.[i] ?? sum / 1e6);
    });
    const metrics = (0,stats_forks/* reduceForks */.a)(forkStats);
    if (forks.length === 1)
        for (const m of Object.values(metrics))
            delete m.forks;
    return {
        metrics,
        forkStats,
        samples: { unit: 'ns', perFork: forks.map((s) => (0,reservoir/* reservoir */.M)(s)) },
        evidence: 'samples',
    };
}
/**
 * What a tool's summary values honestly give: each registry metric it reported, throughput derived
 * from the mean when not given, tail quantiles flagged unsupported when `n` is too small for them.
 */
function fromTimeAggregates(a) {
    const out = {};
    const n = a.n !== undefined ? { n: a.n } : {};
    const repeated = a.meanForks !== undefined && a.meanForks.length > 1 ? a.meanForks : undefined;
    for (const def of metrics/* NATIVE_METRICS */.EB) {
        let value;
        let forks;
        if (def.quantile !== undefined)
            value = a.quantiles?.[def.quantile];
        else if (def.moment === 'throughput' && a.throughput === undefined) {
            value = a.mean !== undefined && a.mean > 0 ? 1e9 / a.mean : undefined;
            forks = repeated?.map((m) => (m > 0 ? 1e9 / m : 0));
        }
        else {
            value = a[def.moment];
            if (def.moment === 'mean')
                forks = repeated;
        }
        if (value === undefined || !Number.isFinite(value))
            continue;
        const m = metric(def.name, value, def.unit, { ...n });
        if (def.quantile !== undefined && a.n !== undefined)
            m.supported = (0,quantile/* supportsQuantile */.Mt)(a.n, def.quantile);
        if (forks)
            m.forks = forks;
        (0,own/* setOwn */.P5)(out, def.name, m);
    }
    return out;
}
/** Adds an extra metric (unit normalised, name derived from the unit unless given). */
function addMetric(metrics, value, rawUnit, name, forks) {
    const { value: v, unit } = normaliseUnit(value, rawUnit);
    const key = name ?? metricNameFromUnit(rawUnit);
    const m = metric(key, v, unit);
    if (forks && forks.length > 1)
        m.forks = forks.map((f) => normaliseUnit(f, rawUnit).value);
    (0,own/* setOwn */.P5)(metrics, key, m);
}
function benchmark(input, format, name, parts) {
    return {
        name,
        kind: 'import',
        status: 'ok',
        evidence: 'aggregates',
        ...parts,
        source: { format, file: input.file },
    };
}
/** Makes names unique by suffixing ` #2`, ` #3`… in order of appearance. */
function uniqueNames(items) {
    const seen = new Map();
    for (const it of items) {
        const k = seen.get(it.name) ?? 0;
        seen.set(it.name, k + 1);
        if (k > 0)
            it.name = `${it.name} #${k + 1}`;
    }
    return items;
}

;// CONCATENATED MODULE: ./src/import/formats/benchmarkdotnet.ts
// BenchmarkDotNet JSON exporter, full flavour (`[JsonExporterAttribute.Full]` or
// `--exporters json`, file `*-report-full.json`; the brief/default flavour works too).
// Samples: `Measurements` of IterationMode `Workload` and IterationStage `Result` (BDN's
// overhead-corrected actual iterations), Nanoseconds / Operations each, one fork per LaunchIndex;
// else `Statistics.OriginalValues` (ns per operation); else the `Statistics` aggregates.
// `Memory.BytesAllocatedPerOperation` (MemoryDiagnoser) → `bytes_per_op`.


const WHAT = 'BenchmarkDotNet JSON export';
/** BenchmarkDotNet's names of the percentiles in `Statistics.Percentiles`, by level. */
const BDN_PERCENTILES = { P25: 0.25, P50: 0.5, P67: 0.67, P80: 0.8, P85: 0.85, P90: 0.9, P95: 0.95 };
const benchmarkdotnet = {
    name: 'benchmarkdotnet',
    produces: 'dotnet run -c Release -- --exporters json  (BenchmarkDotNet.Artifacts/results/*-report-full.json)',
    parse(input) {
        const doc = parseJson(input, WHAT);
        if (!isRecord(doc) || !Array.isArray(doc.Benchmarks)) {
            throw notFormat(input, WHAT, `missing "Benchmarks" array (found ${describeJson(doc)})`);
        }
        const names = doc.Benchmarks.map((b) => (isRecord(b) && typeof b.FullName === 'string' ? b.FullName : ''));
        const duplicated = new Set(names.filter((n, i) => names.indexOf(n) !== i));
        return uniqueNames(doc.Benchmarks.map((b, i) => {
            if (!isRecord(b) || typeof b.FullName !== 'string')
                throw notFormat(input, WHAT, `Benchmarks[${i}] has no "FullName"`);
            const name = duplicated.has(b.FullName) && typeof b.DisplayInfo === 'string' ? `${b.FullName} [${b.DisplayInfo}]` : b.FullName;
            /** Per launch (BDN's process): time per operation of each measurement, and their total time. */
            const byLaunch = new Map();
            if (Array.isArray(b.Measurements)) {
                for (const m of b.Measurements) {
                    if (!isRecord(m) || m.IterationMode !== 'Workload' || m.IterationStage !== 'Result')
                        continue;
                    if (!isNumber(m.Nanoseconds) || !isNumber(m.Operations) || m.Operations <= 0)
                        continue;
                    const launch = isNumber(m.LaunchIndex) ? m.LaunchIndex : 1;
                    const acc = byLaunch.get(launch) ?? { samples: [], totalNs: 0 };
                    acc.samples.push(m.Nanoseconds / m.Operations);
                    acc.totalNs += m.Nanoseconds;
                    byLaunch.set(launch, acc);
                }
            }
            const stats = isRecord(b.Statistics) ? b.Statistics : undefined;
            const originals = numberArray(stats?.OriginalValues);
            let result;
            if (byLaunch.size > 0) {
                const launches = [...byLaunch.entries()].sort(([x], [y]) => x - y).map(([, launch]) => launch);
                result = benchmark(input, 'benchmarkdotnet', name, fromSamples(launches.map((l) => l.samples), launches.map((l) => l.totalNs / 1e6)));
            }
            else if (stats && originals && originals.length > 0) {
                result = benchmark(input, 'benchmarkdotnet', name, fromSamples([originals]));
            }
            else if (stats && isNumber(stats.Mean)) {
                const pct = isRecord(stats.Percentiles) ? stats.Percentiles : {};
                const num = (v) => (isNumber(v) ? v : undefined);
                result = benchmark(input, 'benchmarkdotnet', name, {
                    metrics: fromTimeAggregates({
                        mean: stats.Mean,
                        quantiles: { ...(0,quantile/* quantilesByLevel */.qL)(pct, BDN_PERCENTILES, 1), ...(isNumber(stats.Median) ? { 0.5: stats.Median } : {}) },
                        min: num(stats.Min),
                        max: num(stats.Max),
                        stddev: num(stats.StandardDeviation),
                        n: num(stats.N),
                    }),
                });
            }
            else {
                throw notFormat(input, WHAT, `Benchmarks[${i}] ("${b.FullName}") has no Workload Result measurements and no "Statistics"`);
            }
            const mem = isRecord(b.Memory) ? b.Memory : undefined;
            if (mem && isNumber(mem.BytesAllocatedPerOperation))
                addMetric(result.metrics, mem.BytesAllocatedPerOperation, 'B/op', 'bytes_per_op');
            return result;
        }));
    },
};

// EXTERNAL MODULE: ./src/core/checked.ts
var checked = __webpack_require__(5862);
;// CONCATENATED MODULE: ./src/import/formats/benchmarkjs.ts
// benchmark.js console output: the `String(event.target)` line printed on each `cycle` event,
// `name x 1,431,759 ops/sec ±0.74% (93 runs sampled)`. Only the rate is printed, so the benchmark
// gets `throughput` (ops/s) resting on `n` sampled runs; other lines are ignored.


const benchmarkjs_WHAT = 'benchmark.js console output';
const LINE = /^(.+?) x ([\d,]*\.?\d+) ops\/sec (?:±|\+\/-)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
const benchmarkjs = {
    name: 'benchmarkjs',
    produces: "node suite.js | tee bench.txt  # with .on('cycle', e => console.log(String(e.target)))",
    parse(input) {
        const out = [];
        for (const raw of input.text.split(/\r?\n/)) {
            const m = LINE.exec(raw.trim());
            if (!m)
                continue;
            const hz = Number((0,checked/* captured */.F)(m, 2).replace(/,/g, ''));
            const n = Number((0,checked/* captured */.F)(m, 4));
            out.push(benchmark(input, 'benchmarkjs', (0,checked/* captured */.F)(m, 1), { metrics: { throughput: metric('throughput', hz, 'ops/s', { n }) } }));
        }
        if (out.length === 0) {
            throw notFormat(input, benchmarkjs_WHAT, `no "NAME x N ops/sec ±X% (N runs sampled)" lines (found ${describeText(input.text)})`);
        }
        return uniqueNames(out);
    },
};

;// CONCATENATED MODULE: ./src/import/formats/catch2.ts
// Catch2 benchmarks (BENCHMARK macro), two outputs told apart by content:
// - the XML reporter (`./tests -r xml -o bench.xml`, Catch2 v2 and v3): each
//   `<BenchmarkResults name samples iterations …>` holds `<mean value>` and
//   `<standardDeviation value>` in ns (`<failed message>` when the benchmark threw);
// - the console reporter's benchmark table (v2 and v3): name, samples, iterations, estimated;
//   mean, low mean, high mean; std dev, low std dev, high std dev.
// Catch2 prints no raw samples, so both give aggregates: `mean`, `stddev`, derived `throughput`,
// with `n` = samples.



const WHAT_XML = 'Catch2 XML reporter output';
const WHAT_TEXT = 'Catch2 console benchmark output';
function unescapeXml(s) {
    return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e) => {
        const k = e.toLowerCase();
        if (k === 'lt')
            return '<';
        if (k === 'gt')
            return '>';
        if (k === 'amp')
            return '&';
        if (k === 'quot')
            return '"';
        if (k === 'apos')
            return "'";
        return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
    });
}
function attributes(tag) {
    const out = {};
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
        (0,own/* setOwn */.P5)(out, (0,checked/* captured */.F)(m, 1), unescapeXml(m[3] ?? m[4] ?? ''));
    return out;
}
const ATTRS = String.raw `(?:[^>"']|"[^"]*"|'[^']*')*?`;
function tag(name, body) {
    return new RegExp(String.raw `<${name}\b(${ATTRS})\/?>`).exec(body);
}
function parseXml(input) {
    const text = input.text;
    if (!/<(Catch|Catch2TestRun)\b/.test(text)) {
        throw notFormat(input, WHAT_XML, `no <Catch> or <Catch2TestRun> root element (found ${describeText(text)})`);
    }
    const out = [];
    // Attribute values may hold an unescaped `>` (Catch2 escapes only `<`, `&` and `"`).
    for (const m of text.matchAll(new RegExp(String.raw `<BenchmarkResults\b(${ATTRS})(\/?)>([\s\S]*?)(?:<\/BenchmarkResults>|(?=<BenchmarkResults\b)|$)`, 'g'))) {
        const attrs = attributes((0,checked/* captured */.F)(m, 1));
        const body = m[2] === '/' ? '' : (m[3] ?? '');
        const name = attrs.name ?? 'benchmark';
        const failed = tag('failed', body);
        if (failed) {
            out.push(benchmark(input, 'catch2', name, { status: 'error', error: `Catch2 benchmark failed: ${attributes((0,checked/* captured */.F)(failed, 1)).message ?? 'no message'}`, metrics: {} }));
            continue;
        }
        const mean = tag('mean', body);
        const sd = tag('standardDeviation', body);
        const meanNs = mean ? Number(attributes((0,checked/* captured */.F)(mean, 1)).value) : NaN;
        if (!Number.isFinite(meanNs))
            throw notFormat(input, WHAT_XML, `<BenchmarkResults name="${name}"> has no <mean value="…">`);
        const sdNs = sd ? Number(attributes((0,checked/* captured */.F)(sd, 1)).value) : undefined;
        const n = Number(attrs.samples);
        out.push(benchmark(input, 'catch2', name, {
            metrics: fromTimeAggregates({ mean: meanNs, stddev: Number.isFinite(sdNs) ? sdNs : undefined, n: Number.isFinite(n) && n > 0 ? n : undefined }),
        }));
    }
    if (out.length === 0)
        throw notFormat(input, WHAT_XML, 'no <BenchmarkResults> elements (were the benchmarks run? Catch2 skips them with --skip-benchmarks)');
    return out;
}
const VALUE = String.raw `([\d.]+(?:e[-+]?\d+)?) (ns|us|µs|μs|ms|s)`;
const HEAD = new RegExp(String.raw `^(.+?)\s+(\d+)\s+(\d+)\s+${VALUE}\s*$`);
const TRIPLE = new RegExp(String.raw `^\s+${VALUE}\s+${VALUE}\s+${VALUE}\s*$`);
function parseText(input) {
    const lines = input.text.split(/\r?\n/);
    const out = [];
    for (let i = 0; i + 2 < lines.length; i++) {
        const h = HEAD.exec(lines[i] ?? '');
        if (!h)
            continue;
        const mean = TRIPLE.exec(lines[i + 1] ?? '');
        const sd = TRIPLE.exec(lines[i + 2] ?? '');
        if (!mean || !sd)
            continue;
        const ns = (v, u) => Number(v) * (nsPer(u) ?? NaN);
        out.push(benchmark(input, 'catch2', (0,checked/* captured */.F)(h, 1).trim(), {
            metrics: fromTimeAggregates({
                mean: ns((0,checked/* captured */.F)(mean, 1), (0,checked/* captured */.F)(mean, 2)),
                stddev: ns((0,checked/* captured */.F)(sd, 1), (0,checked/* captured */.F)(sd, 2)),
                n: Number((0,checked/* captured */.F)(h, 2)),
            }),
        }));
        i += 2;
    }
    if (out.length === 0) {
        throw notFormat(input, WHAT_TEXT, `no benchmark table rows (name, samples, iterations, estimated / mean / std dev) and not XML (found ${describeText(input.text)})`);
    }
    return out;
}
const catch2 = {
    name: 'catch2',
    produces: './tests "[!benchmark]" -r xml -o catch2.xml  (or the console output)',
    parse(input) {
        return uniqueNames(/^\s*(\uFEFF)?</.test(input.text) ? parseXml(input) : parseText(input));
    },
};

;// CONCATENATED MODULE: ./src/import/formats/criterion.ts
// Criterion.rs, three inputs (told apart by content):
// - `target/criterion/<bench>/new/sample.json` → { sampling_mode, iters: [...], times: [...] } (ns per
//   sample of `iters[i]` iterations): each times[i] / iters[i] is a latency sample;
// - `target/criterion/<bench>/new/estimates.json` → { mean, median, std_dev, slope?, … } each with
//   a `point_estimate` in ns: aggregates;
// - the bencher text format (`cargo bench -- --output-format bencher`, also what libtest's
//   `cargo bench` prints): `test NAME ... bench: 1,234 ns/iter (+/- 56)` → `mean`.
// For the JSON files the name is `full_id` of the sibling benchmark.json when present, else the
// directory path under `criterion/` (`<group>/<function>/<parameter>`).




const WHAT_JSON = 'Criterion sample.json or estimates.json';
const criterion_WHAT_TEXT = 'Criterion bencher output';
const criterion_LINE = /^test (.+?) \.\.\. bench:\s+([\d,]*\.?\d+) ns\/iter \(\+\/- ([\d,]*\.?\d+)\)/;
/** The benchmark's id: `full_id` from benchmark.json next to the file, else its directory path. */
function criterionName(file) {
    const dir = (0,external_node_path_.dirname)(file);
    const meta = (0,external_node_path_.join)(dir, 'benchmark.json');
    if ((0,external_node_fs_.existsSync)(meta)) {
        try {
            const m = JSON.parse((0,external_node_fs_.readFileSync)(meta, 'utf8'));
            if (isRecord(m) && typeof m.full_id === 'string')
                return m.full_id;
        }
        catch {
            // fall through to the path
        }
    }
    const parts = dir.split(external_node_path_.sep).filter(Boolean);
    if (parts.at(-1) === 'new' || parts.at(-1) === 'base')
        parts.pop();
    const at = parts.lastIndexOf('criterion');
    const rest = at >= 0 ? parts.slice(at + 1) : parts.slice(-1);
    return rest.join('/') || 'criterion';
}
function parseJsonInput(input) {
    const doc = parseJson(input, WHAT_JSON);
    if (!isRecord(doc))
        throw notFormat(input, WHAT_JSON, `expected an object (found ${describeJson(doc)})`);
    const name = criterionName(input.file);
    if ('iters' in doc || 'times' in doc) {
        const iters = numberArray(doc.iters);
        const times = numberArray(doc.times);
        if (!iters || !times || iters.length !== times.length || iters.length === 0 || iters.some((x) => x <= 0)) {
            throw notFormat(input, WHAT_JSON, '"iters" and "times" must be non-empty arrays of equal length with positive iteration counts');
        }
        return [benchmark(input, 'criterion', name, fromSamples([times.map((t, i) => t / (0,checked/* element */.N)(iters, i))], [times.reduce((a, b) => a + b, 0) / 1e6]))];
    }
    const pe = (k) => {
        const e = doc[k];
        return isRecord(e) && isNumber(e.point_estimate) ? e.point_estimate : undefined;
    };
    const mean = pe('mean');
    if (mean === undefined) {
        throw notFormat(input, WHAT_JSON, `missing "mean.point_estimate" or "iters"/"times" (found ${describeJson(doc)})`);
    }
    const metrics = fromTimeAggregates({ mean, quantiles: { 0.5: pe('median') }, stddev: pe('std_dev') });
    const slope = pe('slope');
    if (slope !== undefined)
        metrics.slope = { value: slope, unit: 'ns', direction: 'lower' };
    return [benchmark(input, 'criterion', name, { metrics })];
}
const criterion = {
    name: 'criterion',
    produces: 'cargo bench -- --output-format bencher > bench.txt  (or target/criterion/**/new/sample.json)',
    parse(input) {
        if (/^\s*[{[]/.test(input.text))
            return parseJsonInput(input);
        const out = [];
        for (const raw of input.text.split(/\r?\n/)) {
            const m = criterion_LINE.exec(raw.trim());
            if (!m)
                continue;
            const ns = Number((0,checked/* captured */.F)(m, 2).replace(/,/g, ''));
            out.push(benchmark(input, 'criterion', (0,checked/* captured */.F)(m, 1), { metrics: fromTimeAggregates({ mean: ns }) }));
        }
        if (out.length === 0) {
            throw notFormat(input, criterion_WHAT_TEXT, `no "test NAME ... bench: N ns/iter (+/- N)" lines and not JSON (found ${describeText(input.text)})`);
        }
        return uniqueNames(out);
    },
};

;// CONCATENATED MODULE: ./src/import/formats/custom.ts
// perf-gate's own small JSON format for anything else (specified in docs/importing.md, "The custom JSON format"):
// { "benchmarks": [ { "name", "unit", "value" | "samples": [...], "metric"?, "direction"?, "metrics"?: { NAME: { "value" | "samples", "unit", "direction"? } } } ] }



const custom_WHAT = 'perf-gate custom benchmark JSON';
function direction(input, where, v) {
    if (v === undefined)
        return undefined;
    if (v === 'lower' || v === 'higher')
        return v;
    throw notFormat(input, custom_WHAT, `${where}: "direction" must be "lower" or "higher" (found ${JSON.stringify(v)})`);
}
/** One value (or repetitions) of a non-latency metric. */
function valueMetric(input, where, name, spec) {
    if (typeof spec.unit !== 'string')
        throw notFormat(input, custom_WHAT, `${where}: missing "unit" string`);
    const samples = spec.samples === undefined ? undefined : numberArray(spec.samples);
    if (spec.samples !== undefined && (!samples || samples.length === 0)) {
        throw notFormat(input, custom_WHAT, `${where}: "samples" must be a non-empty array of numbers`);
    }
    if (samples && spec.value !== undefined)
        throw notFormat(input, custom_WHAT, `${where}: give "value" or "samples", not both`);
    if (!samples && !isNumber(spec.value))
        throw notFormat(input, custom_WHAT, `${where}: missing "value" number or "samples" array`);
    const raw = samples ?? [spec.value];
    const values = raw.map((x) => normaliseUnit(x, spec.unit));
    const m = metric(name, (0,quantile/* median */.JZ)(values.map((v) => v.value)), (0,checked/* element */.N)(values, 0).unit, samples ? { forks: values.map((v) => v.value), n: samples.length } : {});
    const d = direction(input, where, spec.direction);
    if (d)
        m.direction = d;
    return m;
}
const custom = {
    name: 'custom',
    produces: 'any script that writes the JSON described in perf-gate\'s docs/importing.md, "The custom JSON format"',
    parse(input) {
        const doc = parseJson(input, custom_WHAT);
        if (!isRecord(doc) || !Array.isArray(doc.benchmarks)) {
            throw notFormat(input, custom_WHAT, `missing "benchmarks" array (found ${describeJson(doc)})`);
        }
        const seen = new Set();
        return doc.benchmarks.map((b, i) => {
            const where = `benchmarks[${i}]`;
            if (!isRecord(b) || typeof b.name !== 'string' || b.name.trim() === '')
                throw notFormat(input, custom_WHAT, `${where}: missing "name" string`);
            if (seen.has(b.name))
                throw notFormat(input, custom_WHAT, `${where}: duplicate name "${b.name}"`);
            seen.add(b.name);
            const at = `${where} ("${b.name}")`;
            let parts = { metrics: {} };
            const hasMain = b.value !== undefined || b.samples !== undefined;
            if (hasMain) {
                if (typeof b.unit !== 'string')
                    throw notFormat(input, custom_WHAT, `${at}: missing "unit" string`);
                const timeUnit = nsPer(b.unit) !== undefined || normaliseUnit(1, b.unit).unit === 'ns';
                const samples = numberArray(b.samples);
                if (timeUnit && samples && samples.length > 0 && b.value === undefined && b.metric === undefined) {
                    if (b.direction !== undefined)
                        throw notFormat(input, custom_WHAT, `${at}: "direction" does not apply to latency samples (their statistics have fixed directions)`);
                    const f = normaliseUnit(1, b.unit).value;
                    parts = fromSamples([samples.map((x) => x * f)]);
                }
                else if (timeUnit && isNumber(b.value) && b.metric === undefined && b.samples === undefined) {
                    if (b.direction !== undefined)
                        throw notFormat(input, custom_WHAT, `${at}: "direction" does not apply to a time value (it is a mean latency); use "metric" to name it`);
                    parts.metrics = fromTimeAggregates({ mean: normaliseUnit(b.value, b.unit).value });
                }
                else {
                    const norm = normaliseUnit(1, b.unit).unit;
                    const rate = norm === 'ops/s' || /\/s$/.test(norm);
                    const name = typeof b.metric === 'string' && b.metric ? b.metric : rate ? 'throughput' : 'value';
                    if (name === '__proto__')
                        throw notFormat(input, custom_WHAT, `${at}: "__proto__" is not a metric name`);
                    (0,own/* setOwn */.P5)(parts.metrics, name, valueMetric(input, at, name, b));
                    if (b.samples !== undefined)
                        parts.evidence = 'aggregates';
                }
            }
            if (b.metrics !== undefined) {
                if (!isRecord(b.metrics))
                    throw notFormat(input, custom_WHAT, `${at}: "metrics" must be an object of { value | samples, unit, direction? }`);
                for (const [k, spec] of Object.entries(b.metrics)) {
                    if (!isRecord(spec))
                        throw notFormat(input, custom_WHAT, `${at}: metrics.${k} must be an object with "value" and "unit"`);
                    if (k === '__proto__')
                        throw notFormat(input, custom_WHAT, `${at}: "__proto__" is not a metric name`);
                    if ((0,own/* hasOwnKey */.aE)(parts.metrics, k))
                        throw notFormat(input, custom_WHAT, `${at}: metrics.${k} repeats a metric the main value already sets`);
                    (0,own/* setOwn */.P5)(parts.metrics, k, valueMetric(input, `${at} metrics.${k}`, k, spec));
                }
            }
            if (Object.keys(parts.metrics).length === 0)
                throw notFormat(input, custom_WHAT, `${at}: no "value", "samples" or "metrics"`);
            return benchmark(input, 'custom', b.name, parts);
        });
    },
};

;// CONCATENATED MODULE: ./src/import/formats/go.ts
// `go test -bench . [-benchmem] [-count N]` text output (or `go test -json` events). Each result line is
// `BenchmarkName[-procs]  N  value unit  value unit …`: `ns/op` becomes `mean` (and throughput),
// `B/op`, `allocs/op`, `MB/s` and `b.ReportMetric` units become metrics named after their unit.
// Repeated lines of one benchmark (`-count N`) are repetitions: the value is their median and each
// one is kept in `forks`.


const go_WHAT = 'go test -bench output';
const go_LINE = /^Benchmark(\S*)\s+(\d+)\s+(.+)$/;
/**
 * `go test -json` output (test2json events, one JSON object a line) → the plain text it carries:
 * the `Output` fields of each package in order (a result line may be split over several events).
 */
function textOf(text) {
    const first = text.trimStart();
    if (!first.startsWith('{'))
        return text;
    const byPackage = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            return text; // not test2json: parse as text (and fail with the first bytes)
        }
        if (typeof event !== 'object' || event === null)
            return text;
        const e = event;
        if (typeof e.Output !== 'string')
            continue;
        const p = typeof e.Package === 'string' ? e.Package : '';
        const parts = byPackage.get(p) ?? [];
        parts.push(e.Output);
        byPackage.set(p, parts);
    }
    return [...byPackage.entries()].map(([p, parts]) => `pkg: ${p}\n${parts.join('')}`).join('\n');
}
/** [fields[0], fields[1]], [fields[2], fields[3]]…: a trailing odd field is left out. */
function pairs(fields) {
    const out = [];
    for (let i = 0; i + 1 < fields.length; i += 2)
        out.push([(0,checked/* element */.N)(fields, i), (0,checked/* element */.N)(fields, i + 1)]);
    return out;
}
const go = {
    name: 'go',
    produces: 'go test -run ^$ -bench . -benchmem -count 5 ./... > bench.txt  (-json output works too)',
    parse(input) {
        const entries = new Map();
        let pkg = '';
        for (const raw of textOf(input.text).split(/\r?\n/)) {
            const line = raw.trim();
            const p = /^pkg:\s*(\S+)/.exec(line);
            if (p) {
                pkg = (0,checked/* captured */.F)(p, 1);
                continue;
            }
            const m = go_LINE.exec(line);
            if (!m)
                continue;
            const fields = (0,checked/* captured */.F)(m, 3).trim().split(/\s+/);
            if (fields.length < 2 || fields.length % 2 !== 0)
                continue;
            const rawName = (0,checked/* captured */.F)(m, 1);
            const key = `${pkg}\u0000${rawName}`;
            const e = entries.get(key) ?? { pkg, rawName, values: new Map() };
            entries.set(key, e);
            // Value-unit pairs: the length was checked to be even above.
            for (const [value, unit] of pairs(fields)) {
                const v = Number(value);
                if (!Number.isFinite(v))
                    continue;
                const list = e.values.get(unit) ?? [];
                list.push(v);
                e.values.set(unit, list);
            }
        }
        if (entries.size === 0) {
            throw notFormat(input, go_WHAT, `no "BenchmarkName  N  value ns/op" lines (found ${describeText(input.text)})`);
        }
        const all = [...entries.values()];
        // Go appends `-GOMAXPROCS` to every name when it is not 1: strip it when all names share it, so
        // names stay stable across runners with different core counts.
        const suffix = /-(\d+)$/.exec(all[0]?.rawName ?? '')?.[0];
        const strip = suffix !== undefined && all.every((e) => e.rawName.endsWith(suffix));
        const pkgs = new Set(all.map((e) => e.pkg));
        return all.map((e) => {
            let name = strip ? e.rawName.slice(0, -suffix.length) : e.rawName;
            if (name.startsWith('_'))
                name = name.slice(1);
            if (name === '')
                name = 'Benchmark';
            if (pkgs.size > 1 && e.pkg)
                name = `${e.pkg}/${name}`;
            const ns = e.values.get('ns/op');
            const metrics = ns ? fromTimeAggregates({ mean: (0,quantile/* median */.JZ)(ns), meanForks: ns, n: ns.length }) : {};
            for (const [unit, values] of e.values) {
                if (unit === 'ns/op')
                    continue;
                addMetric(metrics, (0,quantile/* median */.JZ)(values), unit, undefined, values);
            }
            return benchmark(input, 'go', name, { metrics });
        });
    },
};

;// CONCATENATED MODULE: ./src/import/formats/googlebenchmark.ts
// Google Benchmark `--benchmark_format=json` (or `--benchmark_out=FILE`). `real_time` is a mean time
// per iteration → `mean`; `cpu_time` → `cpu_time`; `bytes_per_second`, `items_per_second` and user
// counters → metrics of those names. With `--benchmark_repetitions=N` the iteration rows are the
// repetitions (value = their median, each kept in `forks`) and the aggregate rows (mean, median,
// stddev, cv, …) are ignored so nothing is counted twice; with `--benchmark_report_aggregates_only`
// only aggregates exist, and the median (else mean) aggregate and the stddev aggregate are used.

const googlebenchmark_WHAT = 'Google Benchmark JSON output';
const KNOWN = new Set([
    'name', 'family_index', 'per_family_instance_index', 'run_name', 'run_type', 'repetitions',
    'repetition_index', 'threads', 'iterations', 'real_time', 'cpu_time', 'time_unit', 'aggregate_name',
    'aggregate_unit', 'error_occurred', 'error_message', 'label', 'skipped', 'big_o', 'rms',
]);
const googlebenchmark = {
    name: 'googlebenchmark',
    produces: './my_bench --benchmark_format=json --benchmark_repetitions=5 > bench.json',
    parse(input) {
        const doc = parseJson(input, googlebenchmark_WHAT);
        if (!isRecord(doc) || !Array.isArray(doc.benchmarks)) {
            throw notFormat(input, googlebenchmark_WHAT, `missing "benchmarks" array (found ${describeJson(doc)})`);
        }
        const groups = new Map();
        doc.benchmarks.forEach((row, i) => {
            if (!isRecord(row) || typeof row.name !== 'string')
                throw notFormat(input, googlebenchmark_WHAT, `benchmarks[${i}] has no "name"`);
            const runName = typeof row.run_name === 'string' ? row.run_name : row.name;
            const g = groups.get(runName) ?? { iterations: [], aggregates: new Map() };
            groups.set(runName, g);
            if (row.run_type === 'aggregate') {
                if (typeof row.aggregate_name === 'string')
                    g.aggregates.set(row.aggregate_name, row);
            }
            else {
                if (!isNumber(row.real_time))
                    throw notFormat(input, googlebenchmark_WHAT, `benchmarks[${i}] ("${row.name}") has no "real_time" number`);
                g.iterations.push(row);
            }
        });
        const out = [];
        for (const [name, g] of groups) {
            const failed = [...g.iterations, ...g.aggregates.values()].find((r) => r.error_occurred === true);
            if (failed) {
                out.push(benchmark(input, 'googlebenchmark', name, {
                    status: 'error',
                    error: `Google Benchmark reported an error: ${fieldText(failed.error_message ?? 'unknown')}`,
                    metrics: {},
                }));
                continue;
            }
            const ns = (r, key) => {
                const unit = typeof r.time_unit === 'string' ? r.time_unit : 'ns';
                const f = nsPer(unit);
                if (f === undefined)
                    throw notFormat(input, googlebenchmark_WHAT, `"${String(r.name)}" has unknown time_unit "${unit}"`);
                return r[key] * f;
            };
            let metrics;
            const extras = new Map();
            if (g.iterations.length > 0) {
                const real = g.iterations.map((r) => ns(r, 'real_time'));
                metrics = fromTimeAggregates({ mean: (0,quantile/* median */.JZ)(real), meanForks: real, n: real.length });
                const cpu = g.iterations.filter((r) => isNumber(r.cpu_time)).map((r) => ns(r, 'cpu_time'));
                if (cpu.length > 0)
                    metrics.cpu_time = metric('cpu_time', (0,quantile/* median */.JZ)(cpu), 'ns', cpu.length > 1 ? { forks: cpu } : {});
                for (const r of g.iterations) {
                    for (const [k, v] of Object.entries(r))
                        if (!KNOWN.has(k) && isNumber(v))
                            extras.set(k, [...(extras.get(k) ?? []), v]);
                }
            }
            else {
                const centre = g.aggregates.get('median') ?? g.aggregates.get('mean');
                if (!centre || !isNumber(centre.real_time))
                    continue; // BigO/RMS-only groups
                const sd = g.aggregates.get('stddev');
                const reps = isNumber(centre.repetitions) ? centre.repetitions : undefined;
                metrics = fromTimeAggregates({
                    mean: ns(centre, 'real_time'),
                    stddev: sd && isNumber(sd.real_time) ? ns(sd, 'real_time') : undefined,
                    n: reps,
                });
                if (isNumber(centre.cpu_time))
                    metrics.cpu_time = metric('cpu_time', ns(centre, 'cpu_time'), 'ns');
                for (const [k, v] of Object.entries(centre))
                    if (!KNOWN.has(k) && isNumber(v))
                        extras.set(k, [v]);
            }
            for (const [k, values] of extras) {
                const unit = k === 'bytes_per_second' ? 'B/s' : k === 'items_per_second' ? 'items/s' : '';
                addMetric(metrics, (0,quantile/* median */.JZ)(values), unit, k, values);
            }
            out.push(benchmark(input, 'googlebenchmark', name, { metrics }));
        }
        if (out.length === 0)
            throw notFormat(input, googlebenchmark_WHAT, '"benchmarks" holds no benchmark results');
        return out;
    },
};

;// CONCATENATED MODULE: ./src/import/formats/hyperfine.ts
// hyperfine `--export-json FILE`: every run time of every command becomes a latency sample.

const hyperfine_WHAT = 'hyperfine --export-json output';
const hyperfine = {
    name: 'hyperfine',
    produces: 'hyperfine --export-json results.json CMD...',
    parse(input) {
        const doc = parseJson(input, hyperfine_WHAT);
        if (!isRecord(doc) || !Array.isArray(doc.results)) {
            throw notFormat(input, hyperfine_WHAT, `missing "results" array (found ${describeJson(doc)})`);
        }
        return uniqueNames(doc.results.map((r, i) => {
            if (!isRecord(r) || typeof r.command !== 'string') {
                throw notFormat(input, hyperfine_WHAT, `results[${i}] has no "command" string`);
            }
            const times = numberArray(r.times);
            if (!times || times.length === 0) {
                throw notFormat(input, hyperfine_WHAT, `results[${i}] ("${r.command}") has no "times" array of run times`);
            }
            const parts = fromSamples([times.map((t) => t * 1e9)]);
            // User and system CPU time (means over the runs) as extra metrics.
            if (isNumber(r.user))
                addMetric(parts.metrics, r.user, 's', 'user_time');
            if (isNumber(r.system))
                addMetric(parts.metrics, r.system, 's', 'system_time');
            return benchmark(input, 'hyperfine', r.command, parts);
        }));
    },
};

;// CONCATENATED MODULE: ./src/import/formats/jmh.ts
// JMH `-rf json -rff results.json`. Per benchmark (× params × mode):
// - thrpt (ops/time): `throughput` = score (ops/s), higher is better; forks = per-fork means of rawData;
// - avgt (time/op): `mean` = score (ns), throughput = 1e9 / mean; forks as above;
// - sample (time/op): `mean` = score, p50/p99/p999/min/max from scorePercentiles (JMH computes them
//   over all samples; n from rawDataHistogram when present);
// - ss (single shot, time/op): rawData are single invocations → latency samples, one fork per JMH fork.
// secondaryMetrics (e.g. `·gc.alloc.rate.norm` B/op) → metrics named after the key.


const jmh_WHAT = 'JMH JSON result (-rf json)';
/** JMH's names of the percentiles in `scorePercentiles`, by level. */
const JMH_PERCENTILES = {
    '50.0': 0.5,
    '90.0': 0.9,
    '95.0': 0.95,
    '99.0': 0.99,
    '99.9': 0.999,
    '99.99': 0.9999,
    '99.999': 0.99999,
    '99.9999': 0.999999,
};
function quantilesOf(at) {
    return Object.fromEntries(Object.entries(JMH_PERCENTILES).map(([key, level]) => [level, at(key)]));
}
function rawForks(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw.filter(Array.isArray).map((f) => f.filter(isNumber)).filter((f) => f.length > 0);
}
function mean(xs) {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
const jmh = {
    name: 'jmh',
    produces: 'java -jar target/benchmarks.jar -rf json -rff jmh.json',
    parse(input) {
        const doc = parseJson(input, jmh_WHAT);
        if (!Array.isArray(doc))
            throw notFormat(input, jmh_WHAT, `expected an array of benchmark results (found ${describeJson(doc)})`);
        const rows = doc.map((r, i) => {
            if (!isRecord(r) || typeof r.benchmark !== 'string' || !isRecord(r.primaryMetric)) {
                throw notFormat(input, jmh_WHAT, `element ${i} has no "benchmark" and "primaryMetric" (found ${describeJson(r)})`);
            }
            const params = isRecord(r.params) ? Object.entries(r.params).map(([k, v]) => `${k}=${String(v)}`).join(', ') : '';
            return { r, benchmark: r.benchmark, pm: r.primaryMetric, base: params ? `${r.benchmark} (${params})` : r.benchmark, mode: fieldText(r.mode ?? '') };
        });
        const counts = new Map();
        for (const x of rows)
            counts.set(x.base, (counts.get(x.base) ?? 0) + 1);
        return rows.map(({ r, benchmark: shown, pm, base, mode }, i) => {
            const name = (counts.get(base) ?? 0) > 1 ? `${base} [${mode}]` : base;
            if (!isNumber(pm.score) || typeof pm.scoreUnit !== 'string') {
                throw notFormat(input, jmh_WHAT, `element ${i} ("${shown}") has no primaryMetric.score and scoreUnit`);
            }
            const unit = pm.scoreUnit;
            const score = normaliseUnit(pm.score, unit);
            const forks = rawForks(pm.rawData).map((f) => f.map((x) => normaliseUnit(x, unit).value));
            const forkMeans = forks.map(mean);
            const nIter = forks.reduce((s, f) => s + f.length, 0) || undefined;
            let result;
            if (score.unit === 'ops/s' || mode === 'thrpt') {
                const key = score.unit === 'ops/s' ? 'throughput' : sanitiseMetricName(unit);
                const m = metric(key, score.value, score.unit, nIter ? { n: nIter } : {});
                if (forkMeans.length > 1)
                    m.forks = forkMeans;
                result = benchmark(input, 'jmh', name, { metrics: { [key]: m } });
            }
            else if (score.unit !== 'ns') {
                throw notFormat(input, jmh_WHAT, `element ${i} ("${shown}") has score unit "${unit}", neither ops/time nor time/op`);
            }
            else if (mode === 'ss' && forks.length > 0) {
                result = benchmark(input, 'jmh', name, fromSamples(forks));
            }
            else if (mode === 'sample') {
                const pct = isRecord(pm.scorePercentiles) ? pm.scorePercentiles : {};
                const at = (k) => {
                    const v = (0,own/* ownValue */.eC)(pct, k);
                    return isNumber(v) ? normaliseUnit(v, unit).value : undefined;
                };
                let n;
                if (Array.isArray(pm.rawDataHistogram)) {
                    n = 0;
                    for (const fork of pm.rawDataHistogram)
                        for (const it of Array.isArray(fork) ? fork : [])
                            for (const bin of Array.isArray(it) ? it : [])
                                if (Array.isArray(bin) && isNumber(bin[1]))
                                    n += bin[1];
                }
                result = benchmark(input, 'jmh', name, {
                    metrics: fromTimeAggregates({ mean: score.value, quantiles: quantilesOf(at), min: at('0.0'), max: at('100.0'), n: n || undefined }),
                });
            }
            else {
                // JMH's score is the mean over all iterations of all forks; the fork means are kept as forks.
                const metrics = fromTimeAggregates({ mean: score.value, meanForks: forkMeans, n: nIter });
                result = benchmark(input, 'jmh', name, { metrics });
            }
            if (isRecord(r.secondaryMetrics)) {
                for (const [key, sm] of Object.entries(r.secondaryMetrics)) {
                    if (!isRecord(sm) || !isNumber(sm.score) || typeof sm.scoreUnit !== 'string')
                        continue;
                    const smForks = rawForks(sm.rawData).map(mean);
                    addMetric(result.metrics, sm.score, sm.scoreUnit, sanitiseMetricName(key), smForks.length > 1 ? smForks : undefined);
                }
            }
            return result;
        });
    },
};

;// CONCATENATED MODULE: ./src/import/formats/pytest-benchmark.ts
// pytest-benchmark `--benchmark-json=FILE`, or a file saved by `--benchmark-save`/`--benchmark-autosave`.
// `stats.data` (per-round times per iteration, seconds; always in --benchmark-json files, in saved
// files only with --benchmark-save-data) become latency samples; without it the stats are used:
// min, max, mean, median, stddev, ops, rounds.

const pytest_benchmark_WHAT = 'pytest-benchmark JSON';
const pytestBenchmark = {
    name: 'pytest-benchmark',
    produces: 'pytest --benchmark-only --benchmark-json=bench.json',
    parse(input) {
        const doc = parseJson(input, pytest_benchmark_WHAT);
        if (!isRecord(doc) || !Array.isArray(doc.benchmarks)) {
            throw notFormat(input, pytest_benchmark_WHAT, `missing "benchmarks" array (found ${describeJson(doc)})`);
        }
        const names = doc.benchmarks.map((b) => (isRecord(b) && typeof b.name === 'string' ? b.name : ''));
        const duplicated = new Set(names.filter((n, i) => names.indexOf(n) !== i));
        return uniqueNames(doc.benchmarks.map((b, i) => {
            if (!isRecord(b) || typeof b.name !== 'string' || !isRecord(b.stats)) {
                throw notFormat(input, pytest_benchmark_WHAT, `benchmarks[${i}] has no "name" and "stats"`);
            }
            const name = duplicated.has(b.name) && typeof b.fullname === 'string' ? b.fullname : b.name;
            const s = b.stats;
            const data = numberArray(s.data);
            if (data && data.length > 0) {
                // Each round ran `iterations` calls; data[i] is the round's time per call (seconds).
                const iterations = isNumber(s.iterations) && s.iterations > 0 ? s.iterations : 1;
                const durationMs = data.reduce((a, x) => a + x, 0) * iterations * 1e3;
                return benchmark(input, 'pytest-benchmark', name, fromSamples([data.map((x) => x * 1e9)], [durationMs]));
            }
            if (!isNumber(s.mean))
                throw notFormat(input, pytest_benchmark_WHAT, `benchmarks[${i}] ("${b.name}") has neither "stats.data" nor "stats.mean"`);
            const sec = (v) => (isNumber(v) ? v * 1e9 : undefined);
            const metrics = fromTimeAggregates({
                mean: sec(s.mean),
                quantiles: { 0.5: sec(s.median) },
                min: sec(s.min),
                max: sec(s.max),
                stddev: sec(s.stddev),
                throughput: isNumber(s.ops) ? s.ops : undefined,
                n: isNumber(s.rounds) ? s.rounds : undefined,
            });
            return benchmark(input, 'pytest-benchmark', name, { metrics });
        }));
    },
};

// EXTERNAL MODULE: ./src/stats/tinybench.ts
var tinybench = __webpack_require__(2611);
;// CONCATENATED MODULE: ./src/import/formats/tinybench.ts




const tinybench_WHAT = 'tinybench results JSON (bench.table() or task results)';
/**
 * A tinybench / vitest statistics object in milliseconds: the nested `latency` statistics of
 * tinybench 3+ (and vitest 5), or the flat task result of tinybench 2 (and vitest 1-4 JSON).
 * Raw samples when present, else the aggregates.
 */
function fromTinybenchStats(stats) {
    const samples = numberArray(stats.samples);
    if (samples && samples.length > 0)
        return fromSamples([samples.map((x) => x * 1e6)]);
    if (!isNumber(stats.mean))
        return undefined;
    const ms = (v) => (isNumber(v) ? v * 1e6 : undefined);
    const n = [stats.samplesCount, stats.sampleCount, stats.df].find(isNumber);
    const metrics = fromTimeAggregates({
        mean: ms(stats.mean),
        quantiles: (0,quantile/* quantilesByLevel */.qL)(stats, tinybench/* TINYBENCH_QUANTILES */.c, 1e6, { p50: 'median' }),
        min: ms(stats.min),
        max: ms(stats.max),
        stddev: ms(stats.sd),
        n: n === stats.df && n !== undefined ? n + 1 : n,
    });
    return { metrics };
}
/** The leading number of a table cell: 26451, "26451 ± 0.78%", "36,748". */
function cellNumber(v) {
    if (isNumber(v))
        return v;
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*([-+]?[\d,]*\.?\d+(?:e[-+]?\d+)?)/i.exec(v);
    if (!m)
        return undefined;
    const x = Number((0,checked/* captured */.F)(m, 1).replace(/,/g, ''));
    return Number.isFinite(x) ? x : undefined;
}
function fromTableRow(input, row, i) {
    const name = row['Task name'] ?? row['Task Name'];
    if (typeof name !== 'string')
        throw notFormat(input, tinybench_WHAT, `row ${i} has no "Task name"`);
    if (row.Error !== undefined) {
        return benchmark(input, 'tinybench', name, { status: 'error', error: `tinybench reported an error: ${fieldText(row.Error)}`, metrics: {} });
    }
    let mean;
    let p50;
    for (const [key, value] of Object.entries(row)) {
        const k = /^(?:latency\s+)?(avg|average|mean|med|median)(?:\s+time)?\s*\((\w+)\)$/i.exec(key.trim());
        const unit = k ? nsPer((0,checked/* captured */.F)(k, 2)) : undefined;
        const x = cellNumber(value);
        if (!k || unit === undefined || x === undefined)
            continue;
        if (/^(avg|average|mean)$/i.test((0,checked/* captured */.F)(k, 1)))
            mean = x * unit;
        else
            p50 = x * unit;
    }
    let metrics;
    const n = cellNumber(row.Samples);
    if (mean !== undefined || p50 !== undefined) {
        metrics = fromTimeAggregates({ mean, quantiles: { 0.5: p50 }, n });
    }
    else {
        const hz = cellNumber(row['ops/sec']);
        if (hz === undefined)
            throw notFormat(input, tinybench_WHAT, `row ${i} ("${name}") has no latency or ops/sec column`);
        metrics = fromTimeAggregates({ throughput: hz, n });
    }
    return benchmark(input, 'tinybench', name, { metrics });
}
const tinybench_tinybench = {
    name: 'tinybench',
    produces: "node bench.mjs > bench.json  # prints JSON.stringify(bench.table()) or the task results",
    parse(input) {
        const doc = parseJson(input, tinybench_WHAT);
        const rows = isRecord(doc) && Array.isArray(doc.tasks) ? doc.tasks : doc;
        if (!Array.isArray(rows) || rows.length === 0 || !rows.every(isRecord)) {
            throw notFormat(input, tinybench_WHAT, `expected a non-empty array of table rows or tasks (found ${describeJson(doc)})`);
        }
        return uniqueNames(rows.map((row, i) => {
            if ('Task name' in row || 'Task Name' in row)
                return fromTableRow(input, row, i);
            if (typeof row.name !== 'string' || !isRecord(row.result)) {
                throw notFormat(input, tinybench_WHAT, `element ${i} is neither a table row ("Task name") nor a task ({ name, result }) (found ${describeJson(row)})`);
            }
            const r = row.result;
            if (r.state === 'errored' || r.error !== undefined) {
                return benchmark(input, 'tinybench', row.name, { status: 'error', error: `tinybench reported an error: ${String(isRecord(r.error) ? r.error.message : r.error)}`, metrics: {} });
            }
            const parts = fromTinybenchStats(isRecord(r.latency) ? r.latency : r);
            if (!parts)
                throw notFormat(input, tinybench_WHAT, `task "${row.name}" has no latency statistics`);
            return benchmark(input, 'tinybench', row.name, parts);
        }));
    },
};

;// CONCATENATED MODULE: ./src/import/formats/vitest.ts
// vitest benchmarks, two outputs:
// - vitest 1-4: `vitest bench --run --outputJson bench.json` → { files: [{ groups: [{ fullName, benchmarks }] }] }
//   (aggregates in ms: mean, median, p75, p99, p995, p999, min, max, sd, hz, sampleCount);
// - vitest 5: `vitest bench --run --reporter=json --outputFile=bench.json` → the JSON reporter's
//   `testResults[].assertionResults[].benchmarks[].tasks[]` with tinybench `latency` statistics,
//   including raw `latency.samples` when the config sets `benchmark: { retainSamples: true }`.
// Names: `<file> > <group/test> > <bench>`.



const vitest_WHAT = 'vitest benchmark JSON (bench --outputJson, or the vitest 5 json reporter)';
const vitest = {
    name: 'vitest',
    produces: 'vitest bench --run --outputJson bench.json  (vitest 5: vitest bench --run --reporter=json --outputFile=bench.json)',
    parse(input) {
        const doc = parseJson(input, vitest_WHAT);
        const out = [];
        const add = (name, stats) => {
            if (!isRecord(stats))
                throw notFormat(input, vitest_WHAT, `benchmark "${name}" has no statistics`);
            const parts = fromTinybenchStats(stats);
            if (!parts)
                throw notFormat(input, vitest_WHAT, `benchmark "${name}" has no "mean"`);
            out.push(benchmark(input, 'vitest', name, parts));
        };
        if (isRecord(doc) && Array.isArray(doc.files)) {
            for (const f of doc.files) {
                if (!isRecord(f) || !Array.isArray(f.groups))
                    throw notFormat(input, vitest_WHAT, 'a "files" entry has no "groups" array');
                for (const g of f.groups) {
                    if (!isRecord(g) || !Array.isArray(g.benchmarks))
                        throw notFormat(input, vitest_WHAT, 'a group has no "benchmarks" array');
                    for (const b of g.benchmarks) {
                        if (!isRecord(b) || typeof b.name !== 'string')
                            throw notFormat(input, vitest_WHAT, 'a benchmark has no "name"');
                        add(typeof g.fullName === 'string' && g.fullName ? `${g.fullName} > ${b.name}` : b.name, b);
                    }
                }
            }
        }
        else if (isRecord(doc) && Array.isArray(doc.testResults)) {
            for (const file of doc.testResults) {
                if (!isRecord(file) || !Array.isArray(file.assertionResults))
                    continue;
                const fileName = typeof file.name === 'string' ? (0,external_node_path_.basename)(file.name) : '';
                for (const test of file.assertionResults) {
                    if (!isRecord(test) || !Array.isArray(test.benchmarks))
                        continue;
                    for (const group of test.benchmarks) {
                        if (!isRecord(group) || !Array.isArray(group.tasks))
                            continue;
                        for (const task of group.tasks) {
                            if (!isRecord(task) || typeof task.name !== 'string' || task.fromStore === true)
                                continue;
                            const prefix = [fileName, typeof group.name === 'string' ? group.name : ''].filter(Boolean).join(' > ');
                            add(prefix ? `${prefix} > ${task.name}` : task.name, task.latency);
                        }
                    }
                }
            }
            if (out.length === 0) {
                throw notFormat(input, vitest_WHAT, 'the JSON report holds no benchmarks (run `vitest bench` with --reporter=json)');
            }
        }
        else {
            throw notFormat(input, vitest_WHAT, `missing "files" array (found ${describeJson(doc)})`);
        }
        return uniqueNames(out);
    },
};

;// CONCATENATED MODULE: ./src/import/index.ts
// The importers: one registry line per format. `importFile` parses one file of a tool's output into
// perf-gate benchmarks; `importBenchmark` does it for an `import: { format, file }` benchmark of the
// config (a glob, names prefixed with the benchmark's name, direction overrides applied).



















/** One line per format. */
const IMPORTERS = [
    hyperfine,
    vitest,
    tinybench_tinybench,
    benchmarkjs,
    go,
    googlebenchmark,
    pytestBenchmark,
    criterion,
    benchmarkdotnet,
    jmh,
    catch2,
    custom,
];
const FORMAT_NAMES = IMPORTERS.map((i) => i.name);
function importer(format) {
    const found = IMPORTERS.find((i) => i.name === format);
    if (!found)
        throw new errors/* InputError */.dz(`unknown import format "${format}" (formats: ${FORMAT_NAMES.join(', ')})`);
    return found;
}
/**
 * Rejects an `import` benchmark whose format is not one of the registry's: a config error (exit 2)
 * before anything is measured, instead of a failed benchmark after the rest have run. The config
 * layer does not know the registry (core does not depend on adapters): `measure` calls this first.
 */
function checkImportFormats(config, cwd = process.cwd()) {
    config.benchmarks.forEach((b, i) => {
        if (b.kind !== 'import' || FORMAT_NAMES.includes(b.format))
            return;
        const label = (0,external_node_path_.relative)(cwd, config.path) || config.path;
        const guess = (0,values/* nearest */.pA)(b.format, FORMAT_NAMES);
        throw new errors/* ConfigError */.xL(`${label}: benchmarks[${i}].import.format: unknown format ${JSON.stringify(b.format)}` +
            `${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; formats: ${FORMAT_NAMES.join(', ')}`);
    });
}
/** Parses one file of a tool's output. Throws InputError (one line) on a file of another format. */
function importFile(format, file, options = {}) {
    const imp = importer(format);
    const results = imp.parse(readInput(file));
    if (results.length === 0)
        throw new errors/* InputError */.dz(`${file}: no benchmarks found in this ${format} output`);
    for (const r of results) {
        if (options.namePrefix)
            r.name = `${options.namePrefix}/${r.name}`;
        applyDirections(r, options.directions);
    }
    return results;
}
function applyDirections(r, directions) {
    if (!directions)
        return;
    for (const [name, m] of Object.entries(r.metrics)) {
        const d = (0,own/* ownValue */.eC)(directions, name);
        if (d === 'lower' || d === 'higher')
            m.direction = d;
    }
}
const GLOB_CHARS = /[*?[\]{}]/;
/** The files an import benchmark names: `file` as a path or glob relative to `dir`, sorted. */
function expandImportFiles(pattern, dir) {
    if (!GLOB_CHARS.test(pattern)) {
        const abs = (0,external_node_path_.resolve)(dir, pattern);
        return (0,external_node_fs_.existsSync)(abs) ? [abs] : [];
    }
    const cwd = (0,external_node_path_.isAbsolute)(pattern) ? undefined : dir;
    const matches = (0,external_node_fs_.globSync)(pattern, cwd ? { cwd } : {});
    return [...new Set(matches.map((m) => (0,external_node_path_.resolve)(dir, m)))].filter((f) => (0,external_node_fs_.statSync)(f, { throwIfNoEntry: false })?.isFile()).sort();
}
/**
 * Imports the results of an `import: { format, file }` benchmark. Benchmarks are named
 * `<bench.name>/<tool's name>`, or `<bench.name>` when the files hold only one.
 */
function importBenchmark(bench, options = {}) {
    const dir = options.dir ?? process.cwd();
    importer(bench.format);
    const needsNewerNode = GLOB_CHARS.test(bench.file) ? (0,node_support/* globUnsupportedError */.Gg)(bench.file) : undefined;
    if (needsNewerNode)
        throw new errors/* InputError */.dz(`benchmark "${bench.name}": ${needsNewerNode}`);
    const files = expandImportFiles(bench.file, dir);
    if (files.length === 0) {
        throw new errors/* InputError */.dz(`benchmark "${bench.name}": no file matches import file "${bench.file}" (relative to ${dir})`);
    }
    const all = [];
    for (const abs of files) {
        const results = importFile(bench.format, abs, { directions: bench.directions });
        const rel = (0,external_node_path_.relative)(dir, abs) || abs;
        const file = rel.startsWith('..') ? abs : rel;
        for (const r of results) {
            if (r.source)
                r.source.file = file;
            all.push({ result: r, file });
        }
    }
    const [only, ...others] = all;
    if (only && others.length === 0) {
        only.result.name = bench.name;
        return [only.result];
    }
    // A name found in several files is told apart by its file (without the extension).
    const count = new Map();
    for (const { result } of all)
        count.set(result.name, (count.get(result.name) ?? 0) + 1);
    for (const { result, file } of all) {
        const where = (count.get(result.name) ?? 0) > 1 && files.length > 1 ? `${file.replace(/\\/g, '/').replace(/\.[^./]*$/, '')}/` : '';
        result.name = `${bench.name}/${where}${result.name}`;
    }
    return uniqueNames(all.map((a) => a.result));
}


/***/ })

};
