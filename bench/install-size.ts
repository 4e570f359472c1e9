// What a user installs: `npm pack` of this working tree, installed into an empty project the way
// `npm install ./perf-gate-0.1.0.tgz` does, then counted (packages, bytes on disk, files shipped).
//
//   npm run build && npm run bench:install
//
// The CLI ships as a bundle (dist/cli/) with no runtime dependencies, so the install needs no network
// (`--offline`). test/packaging/install.test.ts uses the same functions.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface PackedFile {
  path: string;
  size: number;
}

export interface Installed {
  /** The directory of the consuming project (package.json, node_modules/). */
  project: string;
  tarball: string;
  tarballBytes: number;
  unpackedBytes: number;
  files: PackedFile[];
  /** Package directories under node_modules (scoped ones as `@scope/name`). */
  packages: string[];
  installedBytes: number;
  npmOutput: string;
}

/** The npm on PATH, without its update, fund and audit chatter. */
function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Bytes of every file under `dir` (symbolic links counted as links, not followed). */
export function diskBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += diskBytes(p);
    else total += lstatSync(p).size;
  }
  return total;
}

export function installedPackages(nodeModules: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@')) {
      for (const sub of readdirSync(path.join(nodeModules, entry.name))) out.push(`${entry.name}/${sub}`);
    } else {
      out.push(entry.name);
      const nested = path.join(nodeModules, entry.name, 'node_modules');
      if (lstatSync(nested, { throwIfNoEntry: false })?.isDirectory()) out.push(...installedPackages(nested));
    }
  }
  return out.sort();
}

/** Packs the working tree into `work` and installs the tarball into a new project there. */
export function packAndInstall(work: string, installArgs: string[] = ['--offline']): Installed {
  const packed = npm(['pack', '--json', '--pack-destination', work], ROOT);
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr.trim().split('\n').pop()}`);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; size: number; unpackedSize: number; files: PackedFile[] }>;
  if (info === undefined) throw new Error('npm pack --json described no package');
  const tarball = path.join(work, path.basename(info.filename));

  const project = path.join(work, 'project');
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
  const installed = npm(['install', '--no-package-lock', ...installArgs, tarball], project);
  const npmOutput = `${installed.stdout}${installed.stderr}`;
  if (installed.status !== 0) throw new Error(`npm install failed: ${npmOutput.trim().split('\n').slice(-3).join(' | ')}`);
  const nodeModules = path.join(project, 'node_modules');
  return {
    project,
    tarball,
    tarballBytes: info.size,
    unpackedBytes: info.unpackedSize,
    files: info.files.map((f) => ({ path: f.path, size: f.size })),
    packages: installedPackages(nodeModules),
    installedBytes: diskBytes(nodeModules),
    npmOutput,
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

if (import.meta.main) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-install-'));
  try {
    const r = packAndInstall(work, ['--prefer-offline']);
    console.log(`perf-gate install size (npm pack of ${ROOT}, npm install of the tarball into an empty project)`);
    console.log(`machine: Node ${process.version}, npm ${npm(['--version'], work).stdout.trim()}, ${os.type()} ${os.arch()}`);
    console.log(`  tarball            ${mb(r.tarballBytes)}`);
    console.log(`  unpacked           ${mb(r.unpackedBytes)} in ${r.files.length} files`);
    console.log(`  installed          ${mb(r.installedBytes)} in node_modules, ${r.packages.length} package${r.packages.length === 1 ? '' : 's'}: ${r.packages.join(', ')}`);
    console.log(`  engine warnings    ${/EBADENGINE/.test(r.npmOutput) ? 'yes' : 'none'}`);
    for (const f of [...r.files].sort((a, b) => b.size - a.size)) console.log(`    ${String(f.size).padStart(9)}  ${f.path}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
