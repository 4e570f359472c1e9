export const id = 640;
export const ids = [640];
export const modules = {

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

/***/ 7640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P7: () => (/* binding */ addForks),
  xP: () => (/* binding */ measure),
  runWorker: () => (/* reexport */ runWorker)
});

// UNUSED EXPORTS: RESERVOIR_SIZE, consoleProgress, formatSeconds, machineFingerprint, reduceForks, silentProgress

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/stats/reservoir.ts
var reservoir = __webpack_require__(6394);
// EXTERNAL MODULE: ./src/stats/summary.ts
var summary = __webpack_require__(2303);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/escape.ts
var core_escape = __webpack_require__(4536);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/core/process.ts
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

;// CONCATENATED MODULE: ./src/measure/reaper.ts
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
function createRunDir(root = external_node_os_default().tmpdir()) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(root, RUN_DIR_PREFIX));
    const owner = { pid: process.pid, host: external_node_os_default().hostname() };
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, OWNER_FILE), JSON.stringify(owner));
    return dir;
}
/**
 * Removes run directories whose owner process is gone. Only directories with an owner file written
 * on this host are considered: a directory being created (no owner file yet), another machine's
 * (a shared /tmp) or one whose pid is alive or reused is left alone. Returns the removed paths.
 */
function sweepStaleRunDirs(root = external_node_os_default().tmpdir()) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(root);
    }
    catch {
        return [];
    }
    const host = external_node_os_default().hostname();
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(RUN_DIR_PREFIX))
            continue;
        const dir = external_node_path_default().join(root, name);
        let owner;
        try {
            owner = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, OWNER_FILE), 'utf8'));
        }
        catch {
            continue;
        }
        if (owner.host !== host || typeof owner.pid !== 'number' || !Number.isInteger(owner.pid) || owner.pid <= 0)
            continue;
        if (owner.pid === process.pid || processExists(owner.pid))
            continue;
        try {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
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
            mark = `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
            const child = (0,external_node_child_process_.spawn)(process.execPath, ['--input-type=commonjs', '-e', REAPER_SOURCE, `${MARK_VARIABLE}=${mark}`], {
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
            child.stdin?.on('error', () => {
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
/**
 * The last non-empty lines of some output, joined with " | " and cut to about `max` characters, only
 * ever between words (a secret the output printed is then whole, where redaction finds it, or gone).
 */
function lastLines(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const lines = text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let out = '';
    for (let i = lines.length - 1; i >= 0; i--) {
        const next = out ? `${lines[i]} | ${out}` : lines[i];
        if (next.length > max) {
            if (!out)
                out = (0,core_escape/* tailBetweenWords */.kI)(lines[i], max);
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
            const env = spawnOptions.env ? { ...spawnOptions.env, ...reaperMark() } : undefined;
            child = (0,external_node_child_process_.spawn)(file, args, { ...spawnOptions, ...(env ? { env } : {}), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
            reaperTrack(group);
        child.stdout?.on('data', (c) => stdout.push(c));
        child.stderr?.on('data', (c) => stderr.push(c));
        child.once('error', (err) => done({ code: null, signal: null, spawnError: err }, process.hrtime.bigint()));
        child.once('exit', (code, signal) => {
            const end = process.hrtime.bigint();
            // Kill what the process may have left behind in its group (a backgrounded grandchild would
            // otherwise keep the pipes open and keep running).
            killGroup(child, true);
            if (group !== undefined)
                reaperForget(group);
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

// EXTERNAL MODULE: ./src/measure/environment.ts
var environment = __webpack_require__(8653);
// EXTERNAL MODULE: ./src/measure/protocol.ts
var protocol = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/measure/progress.ts
var progress = __webpack_require__(1101);
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
/** `suitePassEnv`: the config's top-level `passEnv`, added to the benchmark's own. */
async function runCommandFork(bench, fork, suitePassEnv = []) {
    const { warmup, runs, timeout } = bench.settings;
    const deadline = Date.now() + timeout;
    const env = (0,environment/* childEnvironment */.Qc)(process.env, { passEnv: [...suitePassEnv, ...(bench.passEnv ?? [])], env: bench.env });
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
            return { ok: false, error: `benchmark "${bench.name}": timed out after ${(0,progress/* formatSeconds */.Xo)(timeout)} in fork ${fork}` };
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
var version = __webpack_require__(3323);
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
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 5000, windowsHide: true }, (err, stdout) => {
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
var reduce = __webpack_require__(6044);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/node-support.ts
var node_support = __webpack_require__(153);
// EXTERNAL MODULE: ./node_modules/tinybench/dist/index.js
var dist = __webpack_require__(3674);
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
function newSlot(config, forks, firstFork = 1, label = config.name) {
    return { config, label, forks, firstFork, finished: 0, stopped: false, results: new Map(), durations: [] };
}
/** How many results a slot will produce: what the start and end of a run both count. */
function expectedResults(slot) {
    return slot.imported && !slot.pending ? slot.imported.length : 1;
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
        benchmark: slot.label,
        fork: slot.firstFork + round,
        forks: slot.firstFork - 1 + slot.forks,
        done: doneCount(run),
        total: totalPlanned(run),
        elapsedMs: performance.now() - run.start,
        remainingMs: estimateRemaining(run),
    };
}
/**
 * Claims result names, each for its slot. When an earlier benchmark (config order) already has one
 * of them, nothing is claimed and that name is returned.
 */
function claim(run, entries) {
    const clash = entries.find(([name, slot]) => {
        const owner = run.owners.get(name);
        return owner !== undefined && owner !== slot;
    });
    if (clash !== undefined)
        return clash[0];
    for (const [name, slot] of entries)
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
/**
 * Runs one worker process for a file benchmark and reads its answer. `when` says in error messages
 * what the process was doing ("in fork 2", "while loading its tasks").
 */
async function callWorker(run, bench, label, extra, when) {
    const shown = displayPath(run.config, bench.file);
    if (!(0,external_node_fs_.existsSync)(bench.file))
        return { ok: false, error: `${shown}: file not found` };
    const [command, ...prefix] = run.options.workerCommand;
    const id = String(run.calls++);
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
        ...extra,
    };
    await (0,promises_.writeFile)(requestPath, JSON.stringify(request));
    const child = await runChild(command, [...prefix, requestPath], {
        cwd: run.config.dir,
        env: (0,environment/* childEnvironment */.Qc)(process.env, {
            passEnv: [...(run.config.passEnv ?? []), ...(bench.passEnv ?? [])],
            internal: { PERF_GATE_WORKER: '1' },
        }),
        timeoutMs: bench.settings.timeout,
    });
    if (child.timedOut) {
        return { ok: false, error: `benchmark "${label}": timed out after ${(0,progress/* formatSeconds */.Xo)(bench.settings.timeout)} ${when}` };
    }
    if (child.spawnError) {
        return { ok: false, error: `benchmark "${label}": cannot start a worker process (${command}): ${child.spawnError.message}` };
    }
    let response;
    try {
        response = JSON.parse(await (0,promises_.readFile)(request.resultPath, 'utf8'));
    }
    catch (err) {
        const how = child.signal ? `was killed by ${child.signal}` : `exited with code ${child.code}`;
        const missing = err.code === 'ENOENT';
        const tail = lastLines(child.stderr);
        return {
            ok: false,
            error: `${shown}: the benchmark process ${how} ${when}${missing ? ' before reporting results' : ' and left an unreadable result'}` +
                (tail ? `: ${tail}` : ''),
        };
    }
    if (!response.ok)
        return { ok: false, error: response.error };
    return { ok: true, response };
}
/**
 * Plans a file benchmark: one process imports the module and lists its tasks (those the filter
 * keeps); each task then gets a slot of its own. A module that cannot be loaded becomes one slot
 * that fails in its first fork.
 */
async function planFile(run, bench, forks) {
    const filter = run.options.filter ? { source: run.options.filter.source, flags: run.options.filter.flags } : undefined;
    const listed = await callWorker(run, bench, bench.name, { list: true, ...(filter ? { filter } : {}) }, 'while loading its tasks');
    if (!listed.ok) {
        const slot = newSlot(bench, forks);
        slot.pending = listed.error;
        return [slot];
    }
    const names = listed.response.names ?? [];
    // The filter matched none of its tasks: the benchmark is skipped, silently.
    if (names.length === 0)
        return [];
    const slots = names.map((name) => {
        const slot = newSlot(bench, forks, 1, name);
        slot.only = [name];
        return slot;
    });
    const clash = claim(run, slots.map((slot) => [slot.label, slot]));
    if (clash !== undefined) {
        const slot = newSlot(bench, forks);
        slot.pending = duplicateMessage(run, slot, clash);
        return [slot];
    }
    return slots;
}
async function runFileFork(run, slot, bench, fork) {
    const call = await callWorker(run, bench, slot.label, slot.only ? { only: slot.only } : {}, `in fork ${fork}`);
    if (!call.ok)
        return fail(slot, call.error);
    const tasks = call.response.tasks;
    if (tasks.length === 0) {
        const shown = displayPath(run.config, bench.file);
        return fail(slot, `${shown}: task "${slot.label}" was not found in fork ${fork}: task names must be the same in every process`);
    }
    for (const task of tasks) {
        if (!task.ok)
            return fail(slot, task.error);
        let acc = slot.results.get(task.name);
        if (!acc) {
            acc = { name: task.name, forkStats: [], reservoirs: [] };
            slot.results.set(task.name, acc);
        }
        acc.forkStats.push((0,reduce/* forkStatsFrom */.U)(fork, task.summary, task.durationMs));
        acc.reservoirs.push(task.reservoir);
    }
}
async function runCommandSlotFork(run, slot, bench, fork) {
    const outcome = await runCommandFork(bench, fork, run.config.passEnv);
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
/** Imports an `import` benchmark's results while planning, so the run knows how many it has. */
async function planImport(run, bench) {
    const slot = newSlot(bench, 1);
    let mod;
    try {
        // Loaded on demand: a suite without imports never pays for the parsers.
        mod = await __webpack_require__.e(/* import() */ 153).then(__webpack_require__.bind(__webpack_require__, 2534));
    }
    catch (err) {
        slot.pending = `benchmark "${bench.name}": importing results is not available in this build (${(0,errors/* errorMessage */.gJ)(err)})`;
        return slot;
    }
    let results;
    try {
        results = await mod.importBenchmark(bench, { dir: run.config.dir });
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz) {
            slot.pending = err.message.includes(`"${bench.name}"`) ? err.message : `benchmark "${bench.name}": ${err.message}`;
            return slot;
        }
        throw err;
    }
    const kept = run.options.filter ? results.filter((r) => testName(run.options.filter, r.name)) : results;
    if (kept.length === 0)
        return undefined;
    const clash = claim(run, kept.map((r) => [r.name, slot]));
    if (clash !== undefined)
        slot.pending = duplicateMessage(run, slot, clash);
    else
        slot.imported = kept;
    return slot;
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
    if (slot.pending !== undefined)
        fail(slot, slot.pending);
    else if (bench.kind === 'file')
        await runFileFork(run, slot, bench, fork);
    else if (bench.kind === 'command')
        await runCommandSlotFork(run, slot, bench, fork);
    // An import did its work while planning: its one "fork" only reports it.
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
    // A reduce, not Math.max(...slots): a suite of 400,000 benchmarks would overflow the call stack.
    const rounds = run.slots.reduce((most, s) => Math.max(most, s.forks), 0);
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
            : [errorResult(kind, freeName(taken, slot.label), slot.error)];
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
    // Directories of earlier runs that were killed outright (and whose reaper died with them).
    sweepStaleRunDirs();
    const tmp = createRunDir();
    const releaseReaper = acquireReaper(tmp);
    const run = {
        config,
        options,
        progress: options.progress ?? (0,progress/* consoleProgress */.pi)(),
        tmp,
        start: performance.now(),
        slots: [],
        owners: new Map(),
        calls: 0,
    };
    const forget = cleanUpOnSignal(() => (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true }));
    try {
        return await fn(run);
    }
    finally {
        forget();
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        releaseReaper();
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
        const { checkImportFormats } = await __webpack_require__.e(/* import() */ 153).then(__webpack_require__.bind(__webpack_require__, 2534));
        checkImportFormats(config);
    }
    const gitInfo = options.git ?? (await detectGit(config.dir));
    const benchmarks = await withRun(config, options, async (run) => {
        // Planning, in config order (earlier benchmarks keep a name both produce): every result name
        // is known before the first fork, so the counts of the start and the end agree.
        for (const bench of config.benchmarks) {
            const forks = Math.max(1, bench.settings.forks);
            if (bench.kind === 'file') {
                for (const slot of await planFile(run, bench, forks))
                    run.slots.push(slot);
            }
            else if (bench.kind === 'import') {
                const slot = await planImport(run, bench);
                if (slot)
                    run.slots.push(slot);
            }
            else if (!options.filter || testName(options.filter, bench.name)) {
                const slot = newSlot(bench, forks);
                const clash = claim(run, [[bench.name, slot]]);
                if (clash !== undefined)
                    slot.pending = duplicateMessage(run, slot, clash);
                run.slots.push(slot);
            }
        }
        run.progress.event({
            type: 'start',
            benchmarks: run.slots.reduce((n, slot) => n + expectedResults(slot), 0),
            configured: new Set(run.slots.map((slot) => slot.config)).size,
            total: totalPlanned(run),
        });
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
        // One slot per task, as in `measure`: each task runs alone in its processes.
        const slotOf = new Map();
        for (const target of targets) {
            const slot = newSlot(bench, Math.floor(forks), lastFork + 1, bench.kind === 'file' ? target.name : bench.name);
            if (bench.kind === 'file')
                slot.only = [target.name];
            slotOf.set(target, slot);
            run.slots.push(slot);
        }
        // Names of other results stay taken; the slots' own names are theirs to use.
        for (const r of existing.benchmarks)
            run.owners.set(r.name, slotOf.get(r) ?? 'existing');
        run.progress.event({ type: 'start', benchmarks: run.slots.length, configured: 1, total: totalPlanned(run) });
        await runSlots(run);
        const merged = new Map();
        for (const target of targets) {
            const slot = slotOf.get(target);
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

/***/ 6044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ forkStatsFrom),
/* harmony export */   a: () => (/* binding */ reduceForks)
/* harmony export */ });
/* harmony import */ var _core_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/* harmony import */ var _stats_quantile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6806);
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

/***/ 6806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ summarizeLatencies)
/* harmony export */ });
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6806);
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


/***/ })

};
