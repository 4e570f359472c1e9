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
const ALLOWED: Readonly<Record<string, string>> = {
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
export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper.startsWith('INPUT_') ||
    upper.startsWith('ACTIONS_') ||
    upper === 'GITHUB_TOKEN' ||
    upper.endsWith('TOKEN') ||
    upper.includes('SECRET') ||
    upper.includes('PASSWORD') ||
    upper.includes('PASSWD') ||
    upper.endsWith('_KEY') ||
    upper.includes('CREDENTIAL')
  );
}

const ALLOWED_UPPER = new Set(Object.keys(ALLOWED).map((k) => k.toUpperCase()));

function isAllowed(name: string): boolean {
  // Windows names are case-insensitive (Path, SystemRoot); elsewhere the exact spelling is in the table.
  const known = process.platform === 'win32' ? ALLOWED_UPPER.has(name.toUpperCase()) : Object.hasOwn(ALLOWED, name);
  return known || ALLOWED_PREFIXES.some((p) => name.startsWith(p));
}

export interface ChildEnvOptions {
  /** Names the user listed in `passEnv`: passed when set, whatever they are called. */
  passEnv?: readonly string[];
  /** Values from the config (`env:` of a command): set as given. */
  env?: Readonly<Record<string, string>>;
  /** Variables of perf-gate's own protocol (PERF_GATE_WORKER). */
  internal?: Readonly<Record<string, string>>;
}

/**
 * The environment of a benchmark process: the allow-listed variables of `source` (minus anything
 * secret-looking), the names listed in `passEnv`, then the config's `env:`, then perf-gate's own
 * protocol variables. Later layers win.
 */
export function childEnvironment(source: NodeJS.ProcessEnv, options: ChildEnvOptions = {}): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (isAllowed(name) && !isSecretName(name)) out[name] = value;
  }
  for (const name of options.passEnv ?? []) {
    const value = source[name];
    if (value !== undefined) out[name] = value;
  }
  Object.assign(out, options.env ?? {}, options.internal ?? {});
  // A plain object again: spawn reads it with Object.keys, and callers may spread it.
  return { ...out };
}

/** Why each allow-listed variable is passed (for documentation and tests). */
export function allowedVariables(): Readonly<Record<string, string>> {
  return ALLOWED;
}
