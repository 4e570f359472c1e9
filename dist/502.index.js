export const id = 502;
export const ids = [502];
export const modules = {

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 9978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ processExists)
/* harmony export */ });
// Whether a process exists, for lock files and run directories that record their owner's pid: a
// lock or a directory whose owner is gone can be broken or swept.
/** A process that exists: kill 0 succeeds, or is refused because the process belongs to someone else. */
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
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

/***/ 3549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ cleanUpOnSignal),
/* harmony export */   dO: () => (/* binding */ runChild),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony export Tail */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4536);
/* harmony import */ var _reaper_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(745);
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
        // Drop whole chunks from the front while what is left still holds `limit` bytes.
        for (let first = this.chunks[0]; first && this.size - first.length >= this.limit; first = this.chunks[0]) {
            this.chunks.shift();
            this.size -= first.length;
        }
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/**
 * The last non-empty lines of some output, joined with " | " and cut to about `max` characters, only
 * ever between words (a secret the output printed is then whole, where redaction finds it, or gone).
 */
function lastLines(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const lines = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let out = '';
    for (const line of lines.reverse()) {
        const next = out ? `${line} | ${out}` : line;
        if (next.length > max) {
            if (!out)
                out = (0,_core_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .tailBetweenWords */ .kI)(line, max);
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
            const env = spawnOptions.env ? { ...spawnOptions.env, ...(0,_reaper_js__WEBPACK_IMPORTED_MODULE_2__/* .reaperMark */ .$Q)() } : undefined;
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { ...spawnOptions, ...(env ? { env } : {}), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
        // Detached: the child's pid is its group's id. Should perf-gate die without a chance to kill
        // it (SIGKILL), the reaper does.
        const group = child.pid;
        if (group !== undefined)
            (0,_reaper_js__WEBPACK_IMPORTED_MODULE_2__/* .reaperTrack */ .zh)(group);
        child.stdout?.on('data', (c) => stdout.push(c));
        child.stderr?.on('data', (c) => stderr.push(c));
        child.once('error', (err) => done({ code: null, signal: null, spawnError: err }, process.hrtime.bigint()));
        child.once('exit', (code, signal) => {
            const end = process.hrtime.bigint();
            // Kill what the process may have left behind in its group (a backgrounded grandchild would
            // otherwise keep the pipes open and keep running).
            killGroup(child, true);
            if (group !== undefined)
                (0,_reaper_js__WEBPACK_IMPORTED_MODULE_2__/* .reaperForget */ .Zr)(group);
            // Wait for the pipes to drain so the stderr tail is complete, but never for long: a grandchild
            // that escaped the group may still hold them.
            let waiting = 0;
            const streams = [child.stdout, child.stderr].filter((s) => s !== null && !s.readableEnded);
            if (streams.length === 0) {
                done({ code, signal }, end);
                return;
            }
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


/***/ }),

/***/ 9121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ runCommandProfiled),
/* harmony export */   LC: () => (/* binding */ runCommandFork)
/* harmony export */ });
/* unused harmony exports commandCpuSource, childrenCpuNs, withCpuTimes, cpuNsFromTimes, COMMAND_PROFILE_INTERVAL_US */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_resources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7862);
/* harmony import */ var _stats_reservoir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6394);
/* harmony import */ var _stats_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2303);
/* harmony import */ var _children_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3549);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8653);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3582);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1101);
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
        const tail = (0,_children_js__WEBPACK_IMPORTED_MODULE_5__/* .lastLines */ .w$)(run.stderr);
        return `${prefix}: command cannot be executed (exit 126)${tail ? `: ${tail}` : ''}`;
    }
    if (run.code !== null && run.code !== 0) {
        const tail = (0,_children_js__WEBPACK_IMPORTED_MODULE_5__/* .lastLines */ .w$)(run.stderr);
        return `${prefix}: command exited with code ${run.code}${tail ? `: ${tail}` : ' (no stderr output)'}`;
    }
    if (run.signal) {
        const tail = (0,_children_js__WEBPACK_IMPORTED_MODULE_5__/* .lastLines */ .w$)(run.stderr);
        return `${prefix}: command was killed by ${run.signal}${tail ? `: ${tail}` : ''}`;
    }
    return undefined;
}
/** A string the shell reads as exactly that one word. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The source a command's CPU time is read from on `platform`; undefined where there is none (Windows). */
function commandCpuSource(platform) {
    if (!(0,_core_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceNamesFor */ .U)('command', platform).includes('cpu'))
        return undefined;
    return platform === 'linux' ? 'children-stat' : 'shell-times';
}
/**
 * CPU time (user + system) of every child this process has waited for, ns: /proc/self/stat's cutime
 * and cstime. The kernel adds a child's time (its own and that of everything it waited for) when the
 * child is reaped, so the difference across a batch of runs is the batch's command trees, provided
 * no other child of this process ends meanwhile (perf-gate runs one at a time). The fields count
 * clock ticks of 10 ms (USER_HZ is 100 on every architecture Node runs on): over a whole batch the
 * error is at most two ticks, whatever the number of runs. Undefined where /proc cannot be read.
 */
function childrenCpuNs() {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/stat', 'utf8');
    }
    catch {
        return undefined;
    }
    // The command name (field 2) is in parentheses and may hold spaces: count from its end. The
    // state is field 3, cutime and cstime are fields 16 and 17.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const cutime = Number(fields[13]);
    const cstime = Number(fields[14]);
    if (!Number.isInteger(cutime) || !Number.isInteger(cstime))
        return undefined;
    return (cutime + cstime) * 1e7;
}
/**
 * The command with its CPU time recorded by the shell itself: an EXIT trap runs the POSIX `times`
 * builtin as the shell ends (however the command ends it, `exit` included; the shell's exit status
 * is kept) and writes its output to `timesFile`, so the command's own output and fds are untouched.
 * A command that replaces the shell (`exec …`) or sets an EXIT trap of its own leaves no file: no
 * cpu then. The trap also keeps the shell from replacing itself with the command's last program:
 * one more process per run, which the wall time includes.
 */
function withCpuTimes(command, timesFile) {
    return `trap ${shellQuote(`times > ${shellQuote(timesFile)}`)} EXIT\n${command}`;
}
/**
 * The CPU time `times` printed, ns: the user and system time of the shell, then of everything it
 * waited for (the command's whole process tree). Undefined unless all four are there. Shells print
 * `0m0.012s`; a locale may write the decimal point as a comma. dash counts in clock ticks (10 ms)
 * and truncates each figure, so it only means something for commands using well over 10 ms of CPU
 * per run; bash prints milliseconds.
 */
function cpuNsFromTimes(text) {
    const fields = [...text.matchAll(/(\d+)m(\d+(?:[.,]\d+)?)s/g)].map((m) => Number(m[1]) * 60 + Number((m[2] ?? '').replace(',', '.')));
    if (fields.length !== 4 || !fields.every((seconds) => Number.isFinite(seconds)))
        return undefined;
    return fields.reduce((sum, seconds) => sum + seconds, 0) * 1e9;
}
function readCpuNs(timesFile) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(timesFile, 'utf8');
    }
    catch {
        return undefined;
    }
    // Read once: the next run must not find this run's times.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(timesFile, { force: true });
    return cpuNsFromTimes(text);
}
/**
 * `suitePassEnv`: the config's top-level `passEnv`, added to the benchmark's own. `resources: false`
 * measures no CPU time; `cpuFrom` chooses its source (default: commandCpuSource of this platform).
 * bench/resource-cost.ts compares them.
 */
async function runCommandFork(bench, fork, suitePassEnv = [], options = {}) {
    const { runs } = bench.settings;
    const env = (0,_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .childEnvironment */ .Qc)(process.env, { passEnv: [...suitePassEnv, ...(bench.passEnv ?? [])], env: bench.env });
    if (runs < 1)
        return { ok: false, error: `benchmark "${bench.name}": runs must be at least 1` };
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bench.cwd))
        return { ok: false, error: `benchmark "${bench.name}": working directory not found: ${bench.cwd}` };
    const source = options.resources === false ? undefined : (options.cpuFrom ?? commandCpuSource(process.platform));
    if (source !== 'shell-times')
        return runBatch(bench, fork, env, source === undefined ? undefined : { from: source });
    // A directory of our own (mode 0700): the shell writes where no other user can plant a link.
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'perf-gate-times-'));
    try {
        return await runBatch(bench, fork, env, { from: source, file: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'times') });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The warm-up and measured runs of one fork, and the CPU time of the measured runs as `cpu` reads it. */
async function runBatch(bench, fork, env, cpu) {
    const { warmup, runs, timeout } = bench.settings;
    const deadline = Date.now() + timeout;
    const timesFile = cpu?.from === 'shell-times' ? cpu.file : undefined;
    const command = timesFile === undefined ? bench.command : withCpuTimes(bench.command, timesFile);
    const samples = new Float64Array(runs);
    /** CPU time of the measured runs so far; undefined once one of them could not be read. */
    let cpuNs = 0;
    let measureStart = 0;
    for (let i = 0; i < warmup + runs; i++) {
        if (i === warmup) {
            measureStart = performance.now();
            // Subtracted at the end: what the earlier children (warm-up runs included) used.
            if (cpu?.from === 'children-stat')
                cpuNs = childrenCpuNs();
        }
        const remaining = deadline - Date.now();
        const run = remaining <= 0
            ? undefined
            : await (0,_children_js__WEBPACK_IMPORTED_MODULE_5__/* .runChild */ .dO)(command, [], { shell: true, cwd: bench.cwd, env, timeoutMs: remaining });
        const runCpuNs = timesFile === undefined ? undefined : readCpuNs(timesFile);
        if (!run || run.timedOut) {
            return { ok: false, error: `benchmark "${bench.name}": timed out after ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSeconds */ .Xo)(timeout)} in fork ${fork}` };
        }
        const error = failure(bench, run);
        if (error)
            return { ok: false, error };
        if (i >= warmup) {
            samples[i - warmup] = Number(run.elapsedNs);
            if (timesFile !== undefined)
                cpuNs = cpuNs === undefined || runCpuNs === undefined ? undefined : cpuNs + runCpuNs;
        }
    }
    if (cpu?.from === 'children-stat') {
        const end = childrenCpuNs();
        cpuNs = cpuNs === undefined || end === undefined ? undefined : end - cpuNs;
    }
    return {
        ok: true,
        summary: (0,_stats_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeLatencies */ ._)(samples),
        durationMs: performance.now() - measureStart,
        reservoir: (0,_stats_reservoir_js__WEBPACK_IMPORTED_MODULE_8__/* .reservoir */ .M)(samples, _protocol_js__WEBPACK_IMPORTED_MODULE_9__/* .RESERVOIR_SIZE */ .M),
        ...(cpu !== undefined && cpuNs !== undefined ? { resources: { cpu: cpuNs / runs } } : {}),
    };
}
/** Node's own sampling interval for `--cpu-prof`, µs: the same as a file benchmark's profile. */
const COMMAND_PROFILE_INTERVAL_US = 100;
/** A value inside NODE_OPTIONS, which Node splits at spaces unless they are in double quotes. */
function nodeOptionValue(text) {
    return /[\s"\\]/.test(text) ? `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"` : text;
}
/**
 * One run of the command with Node's CPU profiler switched on through NODE_OPTIONS: every Node
 * process the command starts writes its profile into `dir` as it exits. A command that starts no
 * Node process leaves `dir` empty, which is how the caller tells it was not a Node program. A Node
 * too old to accept `--cpu-prof` in NODE_OPTIONS refuses to start, and the run fails (the caller
 * notes it). Its time is never a sample.
 */
async function runCommandProfiled(bench, dir, suitePassEnv = []) {
    const env = (0,_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .childEnvironment */ .Qc)(process.env, { passEnv: [...suitePassEnv, ...(bench.passEnv ?? [])], env: bench.env });
    const flags = ['--cpu-prof', `--cpu-prof-dir=${nodeOptionValue(dir)}`, `--cpu-prof-interval=${COMMAND_PROFILE_INTERVAL_US}`];
    env.NODE_OPTIONS = [env.NODE_OPTIONS, ...flags].filter((part) => part !== undefined && part.trim() !== '').join(' ');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bench.cwd))
        return { ok: false, error: `benchmark "${bench.name}": working directory not found: ${bench.cwd}` };
    const run = await (0,_children_js__WEBPACK_IMPORTED_MODULE_5__/* .runChild */ .dO)(bench.command, [], { shell: true, cwd: bench.cwd, env, timeoutMs: bench.settings.timeout });
    if (run.timedOut)
        return { ok: false, error: `benchmark "${bench.name}": timed out after ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSeconds */ .Xo)(bench.settings.timeout)} under the profiler` };
    const error = failure(bench, run);
    return error ? { ok: false, error } : { ok: true };
}


/***/ }),

/***/ 3852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wh: () => (/* binding */ machineFingerprint),
/* harmony export */   fX: () => (/* binding */ toolVersion),
/* harmony export */   ou: () => (/* binding */ detectGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
// What a results document records about where and from what it was measured.



function machineFingerprint() {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_1___default().cpus();
    return {
        node: process.version,
        os: `${node_os__WEBPACK_IMPORTED_MODULE_1___default().platform()} ${node_os__WEBPACK_IMPORTED_MODULE_1___default().release()}`,
        arch: node_os__WEBPACK_IMPORTED_MODULE_1___default().arch(),
        cpu: cpus[0]?.model.trim() || 'unknown',
        cores: typeof (node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism() : cpus.length,
        memoryBytes: node_os__WEBPACK_IMPORTED_MODULE_1___default().totalmem(),
        runner: process.env.RUNNER_NAME || node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(),
    };
}
function git(args, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 5000, windowsHide: true }, (err, stdout) => {
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
    return (0,_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .packageVersion */ .T)(import.meta.url);
}


/***/ }),

/***/ 8878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ runFork)
/* harmony export */ });
/* harmony import */ var _stats_forks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7846);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9121);
/* harmony import */ var _worker_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7565);



/** Runs fork number `fork` of `u`. */
async function runFork({ config, worker }, u, fork) {
    if (u.pending !== undefined)
        return { ok: false, error: u.pending };
    const bench = u.config;
    if (bench.kind === 'command') {
        const outcome = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommandFork */ .LC)(bench, fork, config.passEnv);
        if (!outcome.ok)
            return outcome;
        const stats = (0,_stats_forks_js__WEBPACK_IMPORTED_MODULE_0__/* .forkStatsFrom */ .U)(fork, outcome.summary, outcome.durationMs, outcome.resources);
        return { ok: true, tasks: [{ name: bench.name, stats, reservoir: outcome.reservoir }] };
    }
    // An import did its work while planning: its one "fork" only reports it.
    if (bench.kind === 'import')
        return { ok: true, tasks: [] };
    const call = await worker(bench, u.label, u.only ? { only: [...u.only] } : {}, `in fork ${fork}`);
    if (!call.ok)
        return call;
    const tasks = call.response.tasks;
    if (tasks.length === 0) {
        const shown = (0,_worker_call_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(config, bench.file);
        return { ok: false, error: `${shown}: task "${u.label}" was not found in fork ${fork}: task names must be the same in every process` };
    }
    const measured = [];
    for (const task of tasks) {
        if (!task.ok)
            return { ok: false, error: task.error };
        measured.push({ name: task.name, stats: (0,_stats_forks_js__WEBPACK_IMPORTED_MODULE_0__/* .forkStatsFrom */ .U)(fork, task.summary, task.durationMs, task.resources), reservoir: task.reservoir });
    }
    return { ok: true, tasks: measured };
}


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P7: () => (/* binding */ addForks),
  xP: () => (/* binding */ measure),
  runWorker: () => (/* reexport */ runWorker)
});

// UNUSED EXPORTS: RESERVOIR_SIZE, consoleProgress, formatSeconds, machineFingerprint, reduceForks, silentProgress

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/measure/fingerprint.ts
var fingerprint = __webpack_require__(3852);
// EXTERNAL MODULE: ./src/measure/fork.ts
var measure_fork = __webpack_require__(8878);
// EXTERNAL MODULE: ./src/measure/plan.ts + 1 modules
var measure_plan = __webpack_require__(4957);
// EXTERNAL MODULE: ./src/measure/progress.ts
var measure_progress = __webpack_require__(1101);
// EXTERNAL MODULE: ./src/measure/results.ts
var measure_results = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/measure/run-directory.ts
var run_directory = __webpack_require__(7603);
;// CONCATENATED MODULE: ./src/measure/schedule.ts
/** Whether nothing more runs for this unit: a fork failed. */
function stopped(run) {
    return run.outcomes.at(-1)?.ok === false;
}
/** Forks planned over all units: a stopped unit counts the forks it ran. */
function plannedForks(runs) {
    return runs.reduce((sum, r) => sum + (stopped(r) ? r.outcomes.length : r.unit.forks), 0);
}
function finishedForks(runs) {
    return runs.reduce((sum, r) => sum + r.outcomes.length, 0);
}
const meanOf = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Time left: each pending fork costs its unit's mean fork time so far, or the overall mean. */
function estimateRemaining(runs) {
    const all = runs.flatMap((r) => r.durations);
    if (all.length === 0)
        return undefined;
    const overall = meanOf(all);
    let ms = 0;
    for (const r of runs) {
        if (stopped(r))
            continue;
        ms += (r.durations.length ? meanOf(r.durations) : overall) * (r.unit.forks - r.outcomes.length);
    }
    return ms;
}
function progressOf(runs, run, round, startedAt) {
    return {
        benchmark: run.unit.label,
        fork: run.unit.firstFork + round,
        forks: run.unit.firstFork - 1 + run.unit.forks,
        done: finishedForks(runs),
        total: plannedForks(runs),
        elapsedMs: performance.now() - startedAt,
        remainingMs: estimateRemaining(runs),
    };
}
/**
 * Runs every unit's forks through `runOne`, interleaved, and returns what each returned. `startedAt`
 * (performance.now()) is when the run began, for the elapsed time in progress events.
 */
async function runInterleaved(units, runOne, progress, startedAt) {
    // The scheduler alone appends to these lists; everyone else reads the returned values.
    const lists = units.map((u) => ({ unit: u, outcomes: [], durations: [] }));
    // A reduce, not Math.max(...units): a suite of 400,000 benchmarks would overflow the call stack.
    const rounds = units.reduce((most, u) => Math.max(most, u.forks), 0);
    for (let round = 0; round < rounds; round++) {
        for (const run of lists) {
            if (stopped(run) || round >= run.unit.forks)
                continue;
            progress.event({ type: 'fork-start', ...progressOf(lists, run, round, startedAt) });
            const before = performance.now();
            const outcome = await runOne(run.unit, run.unit.firstFork + round);
            const durationMs = performance.now() - before;
            run.outcomes.push(outcome);
            run.durations.push(durationMs);
            progress.event({
                type: 'fork-end',
                ...progressOf(lists, run, round, startedAt),
                durationMs,
                ...(outcome.ok ? {} : { error: outcome.error }),
            });
        }
    }
    return lists;
}

// EXTERNAL MODULE: ./src/measure/worker-call.ts
var worker_call = __webpack_require__(7565);
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

// EXTERNAL MODULE: ./src/stats/forks.ts
var forks = __webpack_require__(7846);
;// CONCATENATED MODULE: ./src/measure/index.ts
// The measure layer: turns a config into a results document by running every benchmark in fresh
// child processes ("forks"), reducing samples per fork in the child and overall here. The steps:
//
//   plan.ts      config → units (one per command, task of a file, or import), names claimed
//   schedule.ts  units → what each fork returned, forks interleaved across units
//   fork.ts      one fork of one unit → its outcome (worker-call.ts runs a file's worker process)
//   results.ts   outcomes → benchmark results (pure)
//
//   measure(config, options)     → ResultsDocument
//   addForks(config, doc, name…) → ResultsDocument with more forks of one benchmark (adaptive sampling)
//   runWorker(argv)              → the child side, for entry points that double as the worker















/** Runs `units` in a fresh run directory, with start and end events around the forks. */
async function runUnits(config, options, plan) {
    const progress = options.progress ?? (0,measure_progress/* consoleProgress */.pi)();
    return (0,run_directory/* withRunDirectory */.d)(async (dir) => {
        const startedAt = performance.now();
        const worker = (0,worker_call/* workerCaller */.S)(config, options.workerCommand, dir);
        const { units, configured } = await plan(worker);
        const idle = units.map((u) => ({ unit: u, outcomes: [], durations: [] }));
        progress.event({
            type: 'start',
            benchmarks: units.reduce((n, u) => n + (0,measure_plan/* expectedResults */.Hl)(u), 0),
            configured,
            total: plannedForks(idle),
        });
        return runInterleaved(units, (u, fork) => (0,measure_fork/* runFork */.M)({ config, worker }, u, fork), progress, startedAt);
    });
}
function endEvent(options, startedAt, results) {
    (options.progress ?? (0,measure_progress/* consoleProgress */.pi)()).event({
        type: 'end',
        elapsedMs: performance.now() - startedAt,
        benchmarks: results.length,
        errors: (0,measure_results/* countErrors */.Tk)(results),
    });
}
function checkWorkerCommand(options) {
    if (!Array.isArray(options.workerCommand) || options.workerCommand.length === 0) {
        throw new Error('measure: options.workerCommand must name the program that starts a worker');
    }
}
/** Measures every benchmark of `config` (those matching `options.filter`) into a results document. */
async function measure(config, options) {
    checkWorkerCommand(options);
    const progress = options.progress ?? (0,measure_progress/* consoleProgress */.pi)();
    const withProgress = { ...options, progress };
    // An unknown format is a config error (exit 2) before anything runs.
    if (config.benchmarks.some((b) => b.kind === 'import')) {
        if (!options.imports)
            throw new Error('measure: the config has import benchmarks: options.imports must supply the importers');
        await options.imports.checkFormats(config);
    }
    const gitInfo = options.git ?? (await (0,fingerprint/* detectGit */.ou)(config.dir));
    const startedAt = performance.now();
    const runs = await runUnits(config, withProgress, async (worker) => {
        const units = await (0,measure_plan/* planRun */.nY)({ config, filter: options.filter, worker, imports: options.imports });
        return { units, configured: new Set(units.map((u) => u.config)).size };
    });
    const benchmarks = (0,measure_results/* runResults */.Qj)(runs);
    endEvent(withProgress, startedAt, benchmarks);
    return {
        schemaVersion: types/* SCHEMA_VERSION */.f$,
        kind: types/* RESULTS_KIND */.mU,
        createdAt: new Date().toISOString(),
        tool: { name: 'perf-gate', version: options.toolVersion ?? (0,fingerprint/* toolVersion */.fX)() },
        git: gitInfo,
        configHash: config.hash,
        machine: (0,fingerprint/* machineFingerprint */.Wh)(),
        benchmarks,
    };
}
/** The configured benchmark that produces `name`: its own name, or `<benchmark>/<task>` of a file. */
function configuredFor(config, name) {
    return config.benchmarks.find((b) => b.name === name) ?? config.benchmarks.find((b) => b.kind === 'file' && name.startsWith(`${b.name}/`));
}
/**
 * Runs `forks` more forks of one configured benchmark and merges them into existing results (for
 * adaptive sampling): per-fork values appended, overall values re-reduced. `benchmarkName` is a
 * result name (`<benchmark>/<task>` re-runs that task only) or a configured name (all its results).
 * A failing extra fork turns the affected results into errors, as in `measure`.
 */
async function addForks(config, existing, benchmarkName, forks, options) {
    checkWorkerCommand(options);
    const bench = configuredFor(config, benchmarkName);
    if (!bench)
        throw new errors/* InputError */.dz(`no configured benchmark produces "${benchmarkName}"`);
    if (bench.kind === 'import')
        throw new errors/* InputError */.dz(`benchmark "${bench.name}" is imported: perf-gate cannot run more forks of it`);
    const targets = existing.benchmarks.filter((r) => r.status === 'ok' && (r.name === benchmarkName || (bench.name === benchmarkName && r.name.startsWith(`${bench.name}/`))));
    // Nothing measured to add to (it failed, or was filtered out): the document stays as it is.
    if (targets.length === 0 || !(forks >= 1))
        return existing;
    const progress = options.progress ?? (0,measure_progress/* consoleProgress */.pi)();
    const withProgress = { ...options, progress };
    const lastFork = Math.max(0, ...targets.flatMap((r) => (r.forkStats ?? []).map((f) => f.fork)));
    // One unit per task, as in `measure`: each task runs alone in its processes.
    const units = targets.map((target) => bench.kind === 'file'
        ? (0,measure_plan/* unit */.zA)(bench, Math.floor(forks), { firstFork: lastFork + 1, label: target.name, only: [target.name] })
        : (0,measure_plan/* unit */.zA)(bench, Math.floor(forks), { firstFork: lastFork + 1 }));
    const startedAt = performance.now();
    const runs = await runUnits(config, withProgress, () => Promise.resolve({ units, configured: 1 }));
    const replaced = new Map(targets.map((target, i) => [target.name, (0,measure_results/* withMoreForks */.pU)(target, (0,measure_results/* foldForks */.Rl)(runs[i]?.outcomes ?? []))]));
    endEvent(withProgress, startedAt, [...replaced.values()]);
    return { ...existing, benchmarks: existing.benchmarks.map((r) => replaced.get(r.name) ?? r) };
}


/***/ }),

/***/ 4957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hl: () => (/* binding */ expectedResults),
  nY: () => (/* binding */ planRun),
  zA: () => (/* binding */ unit)
});

// UNUSED EXPORTS: NameClaims

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/measure/options.ts
function testName(filter, name) {
    filter.lastIndex = 0;
    return filter.test(name);
}

;// CONCATENATED MODULE: ./src/measure/plan.ts


function unit(config, forks, extra = {}) {
    return { config, label: config.name, forks, firstFork: 1, ...extra };
}
/** How many results a unit will produce: what the start and end of a run both count. */
function expectedResults(u) {
    return u.imported && u.pending === undefined ? u.imported.length : 1;
}
/** Result names and the unit that claimed each first (config order wins). */
class NameClaims {
    owners = new Map();
    /**
     * Gives each name to its unit, all or none: when an earlier unit already has one of the names,
     * nothing is claimed and that name is returned.
     */
    claim(entries) {
        const clash = entries.find(([name, owner]) => {
            const current = this.owners.get(name);
            return current !== undefined && current !== owner;
        });
        if (clash !== undefined)
            return clash[0];
        for (const [name, owner] of entries)
            this.owners.set(name, owner);
        return undefined;
    }
    duplicateMessage(u, name) {
        const owner = this.owners.get(name);
        const by = owner ? `benchmark "${owner.config.name}"` : 'another benchmark';
        return `benchmark "${u.config.name}": produces the name "${name}", which ${by} already uses; rename a benchmark or task`;
    }
}
/**
 * A file benchmark: one process imports the module and lists its tasks (those the filter keeps); each
 * task then gets a unit of its own. A module that cannot be loaded becomes one unit that fails in its
 * first fork.
 */
async function planFile(bench, forks, filter, worker, claims) {
    const ask = filter ? { list: true, filter: { source: filter.source, flags: filter.flags } } : { list: true };
    const listed = await worker(bench, bench.name, ask, 'while loading its tasks');
    if (!listed.ok)
        return [unit(bench, forks, { pending: listed.error })];
    // The filter matched none of its tasks: the benchmark is skipped, silently.
    const units = (listed.response.names ?? []).map((name) => unit(bench, forks, { label: name, only: [name] }));
    const clash = claims.claim(units.map((u) => [u.label, u]));
    if (clash === undefined)
        return units;
    const failed = unit(bench, forks);
    return [{ ...failed, pending: claims.duplicateMessage(failed, clash) }];
}
/** An `import` benchmark's results, read while planning so the run knows how many it has. */
async function planImport(bench, config, filter, imports, claims) {
    let results;
    try {
        results = await imports.importBenchmark(bench, config.dir);
    }
    catch (err) {
        if (!(err instanceof errors/* InputError */.dz))
            throw err;
        const pending = err.message.includes(`"${bench.name}"`) ? err.message : `benchmark "${bench.name}": ${err.message}`;
        return unit(bench, 1, { pending });
    }
    const kept = filter ? results.filter((r) => testName(filter, r.name)) : results;
    if (kept.length === 0)
        return undefined;
    const planned = unit(bench, 1);
    const clash = claims.claim(kept.map((r) => [r.name, planned]));
    return clash === undefined ? { ...planned, imported: kept } : { ...planned, pending: claims.duplicateMessage(planned, clash) };
}
/** Every unit of the config, in config order (earlier benchmarks keep a name both produce). */
async function planRun({ config, filter, worker, imports }) {
    const claims = new NameClaims();
    const units = [];
    for (const bench of config.benchmarks) {
        const forks = Math.max(1, bench.settings.forks);
        if (bench.kind === 'file') {
            units.push(...(await planFile(bench, forks, filter, worker, claims)));
        }
        else if (bench.kind === 'import') {
            if (!imports)
                throw new Error(`measure: benchmark "${bench.name}" is an import: options.imports must supply the importers`);
            const planned = await planImport(bench, config, filter, imports, claims);
            if (planned)
                units.push(planned);
        }
        else if (!filter || testName(filter, bench.name)) {
            const planned = unit(bench, forks);
            const clash = claims.claim([[bench.name, planned]]);
            units.push(clash === undefined ? planned : { ...planned, pending: claims.duplicateMessage(planned, clash) });
        }
    }
    return units;
}


/***/ }),

/***/ 1101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   pi: () => (/* binding */ consoleProgress)
/* harmony export */ });
/* unused harmony export silentProgress */
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4536);
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
    // Names and error texts come from benchmark code: on a terminal or a runner log they must not be
    // able to move the cursor, ring the bell or start a workflow command.
    const safe = (e) => ({
        ...e,
        benchmark: (0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogLine */ ._P)(e.benchmark),
        ...(e.error !== undefined ? { error: (0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogLine */ ._P)(e.error) } : {}),
    });
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
                    if (!tty) {
                        const from = e.configured !== undefined && e.configured !== e.benchmarks ? ` (from ${e.configured} in the config)` : '';
                        stream.write(`perf-gate: measuring ${e.benchmarks} benchmark${e.benchmarks === 1 ? '' : 's'}${from}, ${e.total} fork${e.total === 1 ? '' : 's'}\n`);
                    }
                    break;
                case 'fork-start':
                    if (tty) {
                        const f = safe(e);
                        clear();
                        stream.write(`perf-gate: ${f.benchmark} · fork ${f.fork}/${f.forks} · ${where(f)}`);
                        open = true;
                    }
                    break;
                case 'fork-end': {
                    const f = safe(e);
                    if (f.error) {
                        clear();
                        stream.write(`perf-gate: ${f.benchmark} fork ${f.fork}/${f.forks} failed: ${f.error}\n`);
                    }
                    else if (!tty) {
                        stream.write(`perf-gate: ${f.benchmark} fork ${f.fork}/${f.forks} done in ${formatSeconds(f.durationMs)} (${where(f)})\n`);
                    }
                    break;
                }
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


/***/ }),

/***/ 745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ reaperMark),
/* harmony export */   Dr: () => (/* binding */ sweepStaleRunDirs),
/* harmony export */   QT: () => (/* binding */ acquireReaper),
/* harmony export */   Zr: () => (/* binding */ reaperForget),
/* harmony export */   dK: () => (/* binding */ createRunDir),
/* harmony export */   zh: () => (/* binding */ reaperTrack)
/* harmony export */ });
/* unused harmony exports RUN_DIR_PREFIX, MARK_VARIABLE, reaperPid */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9978);
// What perf-gate leaves behind if it is killed outright (SIGKILL, the OOM killer, a runner that
// tears the job down). Signal handlers cannot run then, and benchmark processes live in process
// groups of their own (so a hang can be killed with everything it started): nothing would stop them
// or remove the run's temporary directory. Two safeguards:
//
// - a reaper: a tiny process started with the run that holds a pipe from perf-gate. perf-gate tells
//   it each benchmark process group it starts and ends; when the pipe closes without a goodbye
//   (perf-gate died however it died), it kills the groups still recorded and removes the run
//   directory, then exits. On a normal end perf-gate closes the pipe itself with nothing recorded.
// - an owner file in every run directory (pid and host): the next run removes directories whose
//   owner is dead, for the cases where the reaper died too (a whole container killed at once).






/** Run directories are `<tmpdir>/perf-gate-run-XXXXXX`. */
const RUN_DIR_PREFIX = 'perf-gate-run-';
const OWNER_FILE = 'owner.json';
/** Creates a run directory owned by this process. */
function createRunDir(root = node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir()) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(root, RUN_DIR_PREFIX));
    const owner = { pid: process.pid, host: node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname() };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, OWNER_FILE), JSON.stringify(owner));
    return dir;
}
/**
 * Removes run directories whose owner process is gone. Only directories with an owner file written
 * on this host are considered: a directory being created (no owner file yet), another machine's
 * (a shared /tmp) or one whose pid is alive or reused is left alone. Returns the removed paths.
 */
function sweepStaleRunDirs(root = node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir()) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(root);
    }
    catch {
        return [];
    }
    const host = node_os__WEBPACK_IMPORTED_MODULE_3___default().hostname();
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(RUN_DIR_PREFIX))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(root, name);
        let owner;
        try {
            owner = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, OWNER_FILE), 'utf8'));
        }
        catch {
            continue;
        }
        if (owner.host !== host || typeof owner.pid !== 'number' || !Number.isInteger(owner.pid) || owner.pid <= 0)
            continue;
        if (owner.pid === process.pid || (0,_core_process_js__WEBPACK_IMPORTED_MODULE_5__/* .processExists */ ._)(owner.pid))
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
            removed.push(dir);
        }
        catch {
            // someone else's to deal with (permissions): never fail a run over it
        }
    }
    return removed;
}
// The reaper's program (argv[1]: the mark). Lines on stdin: "+PGID" / "-PGID" record and forget a
// process group, "dPATH" / "DPATH" a directory. Where /proc exists it also kills every process whose
// environment carries the mark: that covers a process perf-gate had no time to report (killed right
// after spawning it) and grandchildren that left their group. SIGINT and SIGHUP are ignored: Ctrl-C
// is perf-gate's to handle, and a closed terminal ends perf-gate, which closes the pipe. SIGTERM (a
// job being torn down) reaps at once.
const REAPER_SOURCE = `
const fs = require('node:fs');
const mark = Buffer.from(process.argv[1] + '\\0');
function marked() {
  const found = [];
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((p) => /^[0-9]+$/.test(p)); } catch { return found; }
  for (const p of pids) {
    if (Number(p) === process.pid) continue;
    try {
      const env = fs.readFileSync('/proc/' + p + '/environ');
      if (env.indexOf(mark) === 0 || env.indexOf(Buffer.concat([Buffer.from([0]), mark])) >= 0) found.push(Number(p));
    } catch {}
  }
  return found;
}
const groups = new Set();
const dirs = new Set();
let buffer = '';
let done = false;
function reap() {
  if (done) return;
  done = true;
  for (const group of groups) { try { process.kill(-group, 'SIGKILL'); } catch {} }
  for (const pid of marked()) {
    try { process.kill(-pid, 'SIGKILL'); } catch {}
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  for (const dir of dirs) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }
  process.exit(0);
}
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.on('SIGTERM', reap);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  for (let i = buffer.indexOf('\\n'); i >= 0; i = buffer.indexOf('\\n')) {
    const line = buffer.slice(0, i);
    buffer = buffer.slice(i + 1);
    const arg = line.slice(1);
    if (line[0] === '+') groups.add(Number(arg));
    else if (line[0] === '-') groups.delete(Number(arg));
    else if (line[0] === 'd') dirs.add(arg);
    else if (line[0] === 'D') dirs.delete(arg);
  }
});
process.stdin.on('end', reap);
process.stdin.on('close', reap);
process.stdin.on('error', reap);
`;
let reaper;
let users = 0;
/** The environment variable that marks every benchmark process of this perf-gate process. */
const MARK_VARIABLE = 'PERF_GATE_RUN';
let mark;
function send(line) {
    if (!reaper?.stdin || reaper.stdin.destroyed)
        return;
    reaper.stdin.write(`${line}\n`);
}
/**
 * Starts the reaper if none is running (one serves every run of this process) and hands it `dir`.
 * The returned function forgets the directory and, for the last user, ends the reaper. Where
 * process groups do not exist (Windows), or the reaper cannot start, runs go on without it.
 */
function acquireReaper(dir) {
    if (process.platform === 'win32')
        return () => { };
    if (!reaper) {
        try {
            mark = `${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}`;
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['--input-type=commonjs', '-e', REAPER_SOURCE, `${MARK_VARIABLE}=${mark}`], {
                // Its own group: a Ctrl-C or a kill of perf-gate's group must not take the reaper along.
                detached: true,
                stdio: ['pipe', 'ignore', 'ignore'],
                // It runs no user code and needs nothing of the environment (NODE_OPTIONS could load hooks).
                env: {},
            });
            child.on('error', () => {
                if (reaper === child)
                    reaper = undefined;
            });
            child.stdin.on('error', () => {
                // The reaper is gone: nothing to tell it any more.
            });
            child.unref();
            reaper = child;
        }
        catch {
            return () => { };
        }
    }
    users++;
    send(`d${dir}`);
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        send(`D${dir}`);
        if (--users === 0 && reaper) {
            reaper.stdin?.end();
            reaper = undefined;
            mark = undefined;
        }
    };
}
/** The variable to add to a benchmark process's environment while a reaper runs. */
function reaperMark() {
    return mark === undefined ? {} : { [MARK_VARIABLE]: mark };
}
/** Records a benchmark process group with the reaper (no-op when none runs). */
function reaperTrack(group) {
    send(`+${group}`);
}
/** Forgets a process group that has ended and was reaped by perf-gate itself. */
function reaperForget(group) {
    send(`-${group}`);
}
/** The reaper's pid while one runs (tests). */
function reaperPid() {
    return reaper?.pid;
}


/***/ }),

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ runResults),
/* harmony export */   Rl: () => (/* binding */ foldForks),
/* harmony export */   Tk: () => (/* binding */ countErrors),
/* harmony export */   pU: () => (/* binding */ withMoreForks)
/* harmony export */ });
/* unused harmony exports okResult, errorResult */
/* harmony import */ var _stats_forks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7846);

function foldForks(outcomes) {
    const tasks = new Map();
    for (const outcome of outcomes) {
        if (!outcome.ok)
            return { tasks, error: outcome.error };
        for (const task of outcome.tasks) {
            const acc = tasks.get(task.name) ?? { name: task.name, forkStats: [], reservoirs: [] };
            acc.forkStats.push(task.stats);
            acc.reservoirs.push(task.reservoir);
            tasks.set(task.name, acc);
        }
    }
    return { tasks };
}
function okResult(kind, task) {
    return {
        name: task.name,
        kind,
        status: 'ok',
        metrics: (0,_stats_forks_js__WEBPACK_IMPORTED_MODULE_0__/* .reduceForks */ .a)(task.forkStats),
        forkStats: task.forkStats,
        samples: { unit: 'ns', perFork: task.reservoirs },
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
/** One unit's results; `taken` holds the names earlier units' results use. */
function unitResults(run, taken) {
    const { unit } = run;
    const kind = unit.config.kind;
    const { tasks, error } = foldForks(run.outcomes);
    if (error !== undefined) {
        const names = [...tasks.keys()].filter((n) => !taken.has(n));
        return names.length ? names.map((n) => errorResult(kind, n, error)) : [errorResult(kind, freeName(taken, unit.label), error)];
    }
    if (unit.imported)
        return [...unit.imported];
    return [...tasks.values()].map((task) => okResult(kind, task));
}
/** Every unit's results, in plan order, with document-unique names. */
function runResults(runs) {
    const taken = new Set();
    return runs.flatMap((run) => {
        const results = unitResults(run, taken);
        for (const r of results)
            taken.add(r.name);
        return results;
    });
}
function countErrors(results) {
    return results.filter((r) => r.status === 'error').length;
}
/**
 * An existing result with the forks of a later run appended and its metrics re-reduced; an error
 * result when the later forks failed.
 */
function withMoreForks(target, more) {
    if (more.error !== undefined)
        return errorResult(target.kind, target.name, more.error);
    const added = more.tasks.get(target.name);
    const forkStats = [...(target.forkStats ?? []), ...(added?.forkStats ?? [])];
    const perFork = [...(target.samples?.perFork ?? []), ...(added?.reservoirs ?? [])];
    return {
        ...target,
        metrics: (0,_stats_forks_js__WEBPACK_IMPORTED_MODULE_0__/* .reduceForks */ .a)(forkStats),
        forkStats,
        samples: { unit: target.samples?.unit ?? 'ns', perFork },
    };
}


/***/ }),

/***/ 7603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ withRunDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _children_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3549);
/* harmony import */ var _reaper_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(745);
// The scratch directory of one measuring run (worker requests and answers), removed however the run
// ends: normally, on an error, on a signal (cleanUpOnSignal) or, when perf-gate is killed outright,
// by the reaper or the next run's sweep.




async function withRunDirectory(fn) {
    // Directories of earlier runs that were killed outright (and whose reaper died with them).
    (0,_reaper_js__WEBPACK_IMPORTED_MODULE_3__/* .sweepStaleRunDirs */ .Dr)();
    const dir = (0,_reaper_js__WEBPACK_IMPORTED_MODULE_3__/* .createRunDir */ .dK)();
    const releaseReaper = (0,_reaper_js__WEBPACK_IMPORTED_MODULE_3__/* .acquireReaper */ .QT)(dir);
    const forget = (0,_children_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanUpOnSignal */ .M6)(() => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    });
    try {
        return await fn(dir);
    }
    finally {
        forget();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        releaseReaper();
    }
}


/***/ }),

/***/ 7565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath),
/* harmony export */   S: () => (/* binding */ workerCaller)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _children_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3549);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8653);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1101);
// One worker process for a file benchmark: write the request, run the process, read its answer.






/** How a file is named in messages: relative to the config directory when inside it. */
function displayPath(config, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(config.dir, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') : file;
}
/**
 * A caller whose requests and answers live in `runDir`, numbered by call: each worker process of a
 * run has files of its own.
 */
function workerCaller(config, workerCommand, runDir) {
    const [command, ...prefix] = workerCommand;
    if (command === undefined)
        throw new Error('measure: options.workerCommand must name the program that starts a worker');
    let calls = 0;
    return async (bench, label, ask, when) => {
        const shown = displayPath(config, bench.file);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bench.file))
            return { ok: false, error: `${shown}: file not found` };
        const id = String(calls++);
        const requestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runDir, `request-${id}.json`);
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
            resultPath: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runDir, `result-${id}.json`),
            ...ask,
        };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(requestPath, JSON.stringify(request));
        const child = await (0,_children_js__WEBPACK_IMPORTED_MODULE_3__/* .runChild */ .dO)(command, [...prefix, requestPath], {
            cwd: config.dir,
            env: (0,_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .childEnvironment */ .Qc)(process.env, {
                passEnv: [...(config.passEnv ?? []), ...(bench.passEnv ?? [])],
                internal: { PERF_GATE_WORKER: '1' },
            }),
            timeoutMs: bench.settings.timeout,
        });
        if (child.timedOut) {
            return { ok: false, error: `benchmark "${label}": timed out after ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSeconds */ .Xo)(bench.settings.timeout)} ${when}` };
        }
        if (child.spawnError) {
            return { ok: false, error: `benchmark "${label}": cannot start a worker process (${command}): ${child.spawnError.message}` };
        }
        let response;
        try {
            response = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(request.resultPath, 'utf8'));
        }
        catch (err) {
            const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${String(child.code)}`;
            const missing = err.code === 'ENOENT';
            const tail = (0,_children_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(child.stderr);
            return {
                ok: false,
                error: `${shown}: the benchmark process ${how} ${when}${missing ? ' before reporting results' : ' and left an unreadable result'}` +
                    (tail ? `: ${tail}` : ''),
            };
        }
        if (!response.ok)
            return { ok: false, error: response.error };
        return { ok: true, response };
    };
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
