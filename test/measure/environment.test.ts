// Benchmark processes get an environment built from an allow-list: the Action's inputs, the runtime's
// tokens and anything named like a secret never reach benchmark code, so benchmark code cannot put
// them into results, errors, the report or a PR comment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { childEnvironment, isSecretName } from '../../src/measure/environment.ts';
import { project, runCli } from '../helpers/cli.ts';

const SECRETS: Record<string, string> = {
  'INPUT_GITHUB-TOKEN': 'ghs_input0token1value',
  ACTIONS_RUNTIME_TOKEN: 'actions0runtime1token',
  GITHUB_TOKEN: 'ghs_github0token1value',
  MY_RANDOM_SECRET: 'random0secret1value',
};
const NAMES = [...Object.keys(SECRETS), 'PERF_GATE_VISIBLE'];

describe('childEnvironment', () => {
  const source = { ...SECRETS, PATH: '/bin', HOME: '/h', LC_ALL: 'C', TZ: 'UTC', GITHUB_SHA: 'abc', GITHUB_ENV: '/env-file', OTHER: 'x', DEPLOY_KEY: 'k' };

  it('keeps the allow-list and drops everything else', () => {
    expect(childEnvironment(source)).toEqual({ PATH: '/bin', HOME: '/h', LC_ALL: 'C', TZ: 'UTC', GITHUB_SHA: 'abc' });
  });

  it('passes a name listed in passEnv, secret-looking or not, and the config env and protocol values on top', () => {
    const env = childEnvironment(source, { passEnv: ['OTHER', 'GITHUB_TOKEN', 'NOT_SET'], env: { TZ: 'Europe/Paris' }, internal: { PERF_GATE_WORKER: '1' } });
    expect(env.OTHER).toBe('x');
    expect(env.GITHUB_TOKEN).toBe(SECRETS.GITHUB_TOKEN);
    expect(env.TZ).toBe('Europe/Paris');
    expect(env.PERF_GATE_WORKER).toBe('1');
    expect('NOT_SET' in env).toBe(false);
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
  });

  it('names credentials as secrets', () => {
    for (const name of [...Object.keys(SECRETS), 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'NPM_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD', 'SSH_KEY']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['PATH', 'HOME', 'GITHUB_SHA', 'NODE_OPTIONS', 'LC_ALL']) expect(isSecretName(name), name).toBe(false);
  });
});

describe('passEnv in the config', () => {
  it('is read at the top level and per benchmark, and must be a list of names', () => {
    const dir = project({
      'perf-gate.yml': 'passEnv: [A]\nbenchmarks:\n  - name: c\n    command: "true"\n    passEnv: [B, C]\n',
      'bad.yml': 'benchmarks:\n  - name: c\n    command: "true"\n    passEnv: ["X=1"]\n',
    });
    const config = loadConfig(join(dir, 'perf-gate.yml'));
    expect(config.passEnv).toEqual(['A']);
    expect(config.benchmarks[0]).toMatchObject({ passEnv: ['B', 'C'] });
    expect(() => loadConfig(join(dir, 'bad.yml'))).toThrow(/benchmarks\[0\]\.passEnv\[0\]: expected an environment variable name/);
  });
});

describe('a run under a GitHub-like environment full of secrets', () => {
  it('file and command benchmarks that throw and print the values leak none of them', async () => {
    // Each benchmark shows what it can see: the error carries the values, so a leak would be in the
    // results document and on stderr. PERF_GATE_VISIBLE, listed in passEnv, proves the channel works.
    const show = `[${NAMES.map((n) => JSON.stringify(n)).join(',')}].map((n) => n + '=' + (process.env[n] ?? '-')).join(' ')`;
    const dir = project({
      'perf-gate.yml': [
        'passEnv: [PERF_GATE_VISIBLE]',
        'forks: 1',
        'benchmarks:',
        '  - name: file',
        '    file: bench/show.mjs',
        '  - name: module',
        '    file: bench/show-at-import.mjs',
        '  - name: command',
        `    command: node show.mjs`,
        '    warmup: 0',
        '    runs: 1',
        '',
      ].join('\n'),
      'bench/show.mjs': `export default (bench) => { bench.add('t', () => { throw new Error(${show}); }); };\n`,
      'bench/show-at-import.mjs': `throw new Error(${show});\n`,
      'show.mjs': `console.error(${show}); process.exit(1);\n`,
    });
    const run = await runCli(['run', '--out', 'results.json'], { cwd: dir, env: { ...SECRETS, PERF_GATE_VISIBLE: 'visible0value' } });
    // Every benchmark failed (by design), so the run exits 1.
    expect(run.code, run.stderr).toBe(1);
    const results = readFileSync(join(dir, 'results.json'), 'utf8');
    const doc = JSON.parse(results) as { benchmarks: Array<{ name: string; status: string; error?: string }> };
    expect(doc.benchmarks.map((b) => [b.name, b.status])).toEqual([
      ['file', 'error'],
      ['module', 'error'],
      ['command', 'error'],
    ]);
    for (const b of doc.benchmarks) {
      expect(b.error, b.name).toContain('PERF_GATE_VISIBLE=visible0value');
      for (const name of Object.keys(SECRETS)) expect(b.error, `${b.name}: ${name}`).toContain(`${name}=-`);
    }
    for (const value of Object.values(SECRETS)) {
      expect(results).not.toContain(value);
      expect(run.stderr).not.toContain(value);
      expect(run.stdout).not.toContain(value);
    }
  });
});
