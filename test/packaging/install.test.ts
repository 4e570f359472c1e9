// The CLI as a user installs it: `npm pack` of this tree (dist/ as committed or built), installed from
// the tarball into an empty project with no network (`npm install --offline` works only because the
// package has no runtime dependencies), then run from node_modules on a tiny suite.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packAndInstall, ROOT, type Installed } from '../../bench/install-size.ts';
import { stripsTypesByDefault } from '../../src/core/node-support.ts';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let installed: Installed;
let bin: string;

beforeAll(() => {
  installed = packAndInstall(mkdtempSync(join(tmpdir(), 'perf-gate-install-')));
  bin = join(installed.project, 'node_modules', 'perf-gate', 'bin', 'perf-gate.js');
}, 60_000);

function run(node: string, args: string[], cwd: string) {
  const r = spawnSync(node, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Node on PATH other than the project's own (the machine's), if there is one. */
function otherNode(): string | undefined {
  const own = realpathSync(process.execPath);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.startsWith(ROOT)) continue;
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      if (realpathSync(candidate) !== own) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function suite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(installed.project, 'suite-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const MJS_BENCH = `export default (bench) => { bench.add('sum', () => { let s = 0; for (let i = 0; i < 100; i++) s += i; return s; }); };\n`;
const TS_BENCH = `const n: number = 100;\nexport default (bench: { add(name: string, fn: () => unknown): unknown }) => { bench.add('sum', () => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }); };\n`;

describe('the packed CLI', () => {
  it('ships the CLI bundle and nothing else: no tests, benchmarks, sources or Action bundle', () => {
    const paths = installed.files.map((f) => f.path).sort();
    expect(paths).toContain('bin/perf-gate.js');
    expect(paths).toContain('dist/cli/index.js');
    expect(paths).toContain('dist/cli/package.json');
    expect(paths).toContain('src/config/perf-gate.schema.json');
    const unexpected = paths.filter(
      (p) => !/^(bin\/perf-gate\.js|dist\/cli\/[^/]+|src\/config\/perf-gate\.schema\.json|package\.json|README\.md|LICENSE(\.md)?)$/.test(p),
    );
    expect(unexpected).toEqual([]);
  });

  it('installs offline as one package with no runtime dependencies, well under 15 MB, without engine warnings', () => {
    expect(installed.packages).toEqual(['perf-gate']);
    const pkg = JSON.parse(readFileSync(join(installed.project, 'node_modules', 'perf-gate', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(installed.installedBytes).toBeLessThan(15e6);
    expect(installed.npmOutput).not.toMatch(/EBADENGINE|deprecated/i);
  });

  it('runs from node_modules/.bin: --version and --help', () => {
    const link = join(installed.project, 'node_modules', '.bin', 'perf-gate');
    const r = spawnSync(link, ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: `${process.execPath.replace(/\/[^/]+$/, '')}${delimiter}${process.env.PATH}` } });
    expect(r.stdout.trim()).toBe(VERSION);
    expect(r.status).toBe(0);
    const help = run(process.execPath, ['--help'], installed.project);
    expect(help.stdout).toMatch(/^perf-gate/);
    expect(help.code).toBe(0);
  });

  it('measures a tiny suite and compares it with itself', () => {
    const dir = suite({
      'sum.bench.mjs': MJS_BENCH,
      'perf-gate.yml': 'forks: 1\ntime: 20ms\nbenchmarks:\n  - name: sum\n    file: sum.bench.mjs\n  - name: node-start\n    command: node -e 0\n    runs: 2\n    warmup: 0\n',
    });
    const measured = run(process.execPath, ['run', '--out', 'results.json'], dir);
    expect(measured.stderr).toContain('wrote 2 benchmark results');
    expect(measured.code).toBe(0);
    const compared = run(process.execPath, ['compare', '--baseline', 'results.json', '--current', 'results.json'], dir);
    expect(compared.stdout).toMatch(/sum/);
    expect(compared.code).toBe(0);
  });

  it("runs on the machine's other Node and says which Node a TypeScript benchmark needs", () => {
    const node = otherNode() ?? process.execPath;
    const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(run(node, ['--version'], installed.project).stdout.trim()).toBe(VERSION);
    const dir = suite({
      'sum.bench.mjs': MJS_BENCH,
      'typed.bench.ts': TS_BENCH,
      'perf-gate.yml': 'forks: 1\ntime: 20ms\nbenchmarks:\n  - name: js\n    file: sum.bench.mjs\n  - name: ts\n    file: typed.bench.ts\n',
    });
    const r = run(node, ['run', '--out', 'results.json'], dir);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { benchmarks: Array<{ name: string; status?: string; error?: string }> };
    expect(results.benchmarks.find((b) => b.name.startsWith('js'))?.status ?? 'ok').not.toBe('error');
    const ts = results.benchmarks.find((b) => b.name.startsWith('ts'));
    if (stripsTypesByDefault(version)) {
      expect(ts?.status ?? 'ok', `Node ${version}`).not.toBe('error');
      expect(r.code).toBe(0);
    } else {
      expect(ts?.error).toBe(
        `typed.bench.ts: a TypeScript benchmark needs Node 22.18 or newer (this is Node ${version}): run perf-gate with a newer Node, or point the benchmark at compiled JavaScript`,
      );
      expect(r.stderr).not.toContain('Unknown file extension');
      expect(r.code).toBe(1);
    }
  });

  it("says which Node a glob in an import benchmark needs, on the machine's other Node", () => {
    const node = otherNode() ?? process.execPath;
    const hasGlob = spawnSync(node, ['-p', "typeof require('node:fs').globSync"], { encoding: 'utf8' }).stdout.trim() === 'function';
    const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    const dir = suite({
      'hyperfine-1.json': readFileSync(join(ROOT, 'test/fixtures/hyperfine/hyperfine.json'), 'utf8'),
      'perf-gate.yml': 'benchmarks:\n  - name: cli\n    import: { format: hyperfine, file: "hyperfine-*.json" }\n',
    });
    const r = run(node, ['run', '--out', 'results.json'], dir);
    if (hasGlob) {
      expect(r.stderr, `Node ${version}`).toContain('wrote');
      expect(r.code).toBe(0);
    } else {
      expect(r.stderr).toContain(
        `benchmark "cli": the glob pattern "hyperfine-*.json" needs Node 22 or newer (this is Node ${version}): name one file, or run perf-gate with a newer Node\n`,
      );
      expect(r.stderr).not.toContain('is not a function');
      expect(r.code).toBe(1);
    }
  });
});
