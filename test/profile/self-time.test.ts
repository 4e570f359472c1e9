// Self time per function from a CPU profile: on a small profile made by hand, where every number can
// be worked out, and on a real one that Node writes for a program with one hot function.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { grownFunctions, isCpuProfile, RUNTIME, selfTimes, topFunctions, type CpuProfile, type ProfileNode } from '../../src/profile/self-time.ts';
import { profileStems } from '../../src/profile/take.ts';

const ROOT = '/repo';
const OWN = '/opt/perf-gate/src';
const options = { root: ROOT, runtimeDirs: [OWN] };

function node(id: number, functionName: string, url: string, lineNumber: number, children: number[] = []): ProfileNode {
  return { id, callFrame: { functionName, url, lineNumber, columnNumber: 0, scriptId: String(id) }, children };
}

/**
 * A call tree with one of each kind of frame, and samples whose lengths are chosen so every share is
 * a round number: a sample lasts until the next one, the last until endTime.
 */
function handMade(slowInnerLine = 9): CpuProfile {
  return {
    nodes: [
      node(1, '(root)', '', -1, [2, 7, 8, 9, 10, 11, 12]),
      node(2, 'task', pathToFileURL(`${ROOT}/bench/a.mjs`).href, 19, [3, 4, 5, 6]),
      node(3, 'slowInner', pathToFileURL(`${ROOT}/bench/a.mjs`).href, slowInnerLine),
      node(4, '', pathToFileURL(`${ROOT}/bench/a.mjs`).href, 29),
      node(5, 'sort', '', -1),
      node(6, 'slowInner', pathToFileURL(`${ROOT}/bench/a.mjs`).href, slowInnerLine),
      node(7, 'run', pathToFileURL('/deps/node_modules/tinybench/dist/index.js').href, 100),
      node(8, 'runRequest', pathToFileURL(`${OWN}/measure/worker.ts`).href, 120),
      node(9, 'emit', 'node:events', 50),
      node(10, '(program)', '', -1),
      node(11, '(idle)', '', -1),
      node(12, '(garbage collector)', '', -1),
    ],
    startTime: 1000,
    // Samples at 1000+10=1010, 1040, 1050, 1060, 1070, 1080, 1090, 1100, 1110, 1120; end 1130.
    samples: [3, 6, 4, 5, 7, 8, 9, 10, 11, 12],
    timeDeltas: [10, 30, 10, 10, 10, 10, 10, 10, 10, 10],
    endTime: 1130,
  };
}

describe('selfTimes', () => {
  it('sums each function over its call paths, groups the runtime, leaves out idle time and shares the busy time', () => {
    const times = selfTimes(handMade(), options);
    const byName = new Map(times.map((t) => [t.name, t]));
    // slowInner: node 3 (1010→1040) + node 6 (1040→1050), one function in two places of the tree.
    expect(byName.get('slowInner')).toMatchObject({ file: 'bench/a.mjs', line: 10, selfUs: 40 });
    expect(byName.get('(anonymous)')).toMatchObject({ file: 'bench/a.mjs', line: 30, selfUs: 10 });
    expect(byName.get('sort')).toMatchObject({ file: '(native)', selfUs: 10 });
    expect(byName.get('(garbage collector)')).toMatchObject({ file: '', selfUs: 10 });
    // tinybench, perf-gate's own worker, node: modules and (program): one group.
    expect(byName.get(RUNTIME)).toMatchObject({ file: '', selfUs: 40 });
    expect(byName.has('run')).toBe(false);
    expect(byName.has('runRequest')).toBe(false);
    expect(byName.has('(idle)')).toBe(false);
    // Busy time: 120 µs of samples less 10 µs idle.
    const busy = 110;
    expect(byName.get('slowInner')?.share).toBeCloseTo(40 / busy, 10);
    expect(times.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 10);
    // Largest first.
    expect(times.map((t) => t.selfUs)).toEqual([...times.map((t) => t.selfUs)].sort((a, b) => b - a));
  });

  it('counts hit counts at the mean interval when a profile has no sample list', () => {
    const profile: CpuProfile = {
      nodes: [node(1, '(root)', '', -1, [2, 3]), { ...node(2, 'hot', pathToFileURL(`${ROOT}/x.js`).href, 0), hitCount: 3 }, { ...node(3, 'cold', pathToFileURL(`${ROOT}/x.js`).href, 5), hitCount: 1 }],
      startTime: 0,
      endTime: 400,
    };
    const times = selfTimes(profile, options);
    expect(times.map((t) => [t.name, t.selfUs, t.share])).toEqual([
      ['hot', 300, 0.75],
      ['cold', 100, 0.25],
    ]);
  });

  it('keeps paths outside the root absolute, and names a frame without a file by its script', () => {
    const profile: CpuProfile = {
      nodes: [node(1, '(root)', '', -1, [2, 3]), node(2, 'lib', pathToFileURL('/elsewhere/lib.js').href, 2), node(3, 'evaluated', 'evalmachine.<anonymous>', 0)],
      startTime: 0,
      samples: [2, 3],
      timeDeltas: [0, 10],
      endTime: 20,
    };
    const times = selfTimes(profile, options);
    expect(times.find((t) => t.name === 'lib')?.file).toBe('/elsewhere/lib.js');
    expect(times.find((t) => t.name === 'evaluated')?.file).toBe('evalmachine.<anonymous>');
  });
});

describe('grownFunctions and topFunctions', () => {
  it('match functions by name and file across trees, whatever their line, and rank by growth', () => {
    const base = selfTimes(handMade(9), options);
    // The head tree: slowInner moved down five lines and does three times the work.
    const slowed = handMade(14);
    slowed.timeDeltas = [10, 90, 10, 10, 10, 10, 10, 10, 10, 10];
    slowed.endTime = 1190;
    const head = selfTimes(slowed, options);
    const grown = grownFunctions(base, head, 5);
    expect(grown[0]).toMatchObject({ name: 'slowInner', location: 'bench/a.mjs:15' });
    expect(grown[0]?.before).toBeCloseTo(40 / 110, 10);
    expect(grown[0]?.after).toBeCloseTo(100 / 170, 10);
    expect(grown[0]?.change).toBeCloseTo(100 / 170 - 40 / 110, 10);
    // Every other function's share fell: no other change is positive.
    expect(grown.slice(1).every((f) => (f.change ?? 0) < 0)).toBe(true);
    expect(grown).toHaveLength(5);
  });

  it('count a function one profile lacks as 0 there', () => {
    const base = selfTimes(handMade(), options);
    const withNew: CpuProfile = handMade();
    withNew.nodes.push(node(13, 'brandNew', pathToFileURL(`${ROOT}/bench/b.mjs`).href, 0));
    const root = withNew.nodes[0];
    root?.children?.push(13);
    withNew.samples = [...(withNew.samples ?? []), 13];
    withNew.timeDeltas = [...(withNew.timeDeltas ?? []), 10];
    withNew.endTime = 1140;
    const grown = grownFunctions(base, selfTimes(withNew, options), 20);
    const added = grown.find((f) => f.name === 'brandNew');
    expect(added).toMatchObject({ before: 0, location: 'bench/b.mjs:1' });
    expect(added?.change).toBeCloseTo(added?.after ?? NaN, 10);
  });

  it('without a base, list the largest shares, the runtime and garbage collection after the program\'s own functions', () => {
    const top = topFunctions(selfTimes(handMade(), options), 10);
    // slowInner and the runtime group both hold 40 µs: the program's function comes first.
    expect(top[0]).toMatchObject({ name: 'slowInner', location: 'bench/a.mjs:10' });
    // The groups come after the program's own functions, whatever their size.
    expect(top.slice(-2).map((f) => f.name).sort()).toEqual(['(garbage collector)', RUNTIME]);
    expect(top).toHaveLength(5);
    expect(top.every((f) => f.before === undefined && f.change === undefined)).toBe(true);
  });
});

describe('isCpuProfile', () => {
  it('accepts a profile and refuses what is not one', () => {
    expect(isCpuProfile(handMade())).toBe(true);
    expect(isCpuProfile(null)).toBe(false);
    expect(isCpuProfile({ nodes: 'x', startTime: 0, endTime: 1 })).toBe(false);
    expect(isCpuProfile({ nodes: [{ id: 1 }], startTime: 0, endTime: 1 })).toBe(false);
    expect(isCpuProfile({ ...handMade(), samples: ['1'] })).toBe(false);
  });
});

describe('profileStems', () => {
  it('makes safe file names, distinct for names that clean up alike', () => {
    const names = ['a/b', 'a:b', '../../etc/passwd', '..', 'x'.repeat(300), 'a/b'];
    const stems = profileStems(names);
    const values = [...stems.values()];
    expect(new Set(values).size).toBe(stems.size);
    for (const stem of values) {
      expect(stem).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(stem.length).toBeLessThanOrEqual(80);
      expect(stem.startsWith('.')).toBe(false);
    }
  });
});

describe('a real profile', () => {
  it('names the hot function of a program Node profiled, at its line, with most of the busy time', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'perf-gate-self-time-')));
    const program = [
      'function coldSetup() { return [1, 2, 3]; }',
      'function hotLoop(n) {',
      '  let s = 0;',
      '  for (let i = 0; i < n; i++) s += Math.sqrt(i) % 3;',
      '  return s;',
      '}',
      'coldSetup();',
      'const end = Date.now() + 300;',
      'let total = 0;',
      'while (Date.now() < end) total += hotLoop(20000);',
      'if (total < 0) console.log(total);',
    ].join('\n');
    writeFileSync(join(dir, 'hot.mjs'), program);
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', join(dir, 'out'), '--cpu-prof-interval', '100', join(dir, 'hot.mjs')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [file] = readdirSync(join(dir, 'out'));
    const profile: unknown = JSON.parse(readFileSync(join(dir, 'out', file ?? ''), 'utf8'));
    expect(isCpuProfile(profile)).toBe(true);
    if (!isCpuProfile(profile)) return;
    const times = selfTimes(profile, { root: dir, runtimeDirs: [] });
    const own = times.filter((t) => t.name !== RUNTIME && t.file !== '(native)');
    expect(own[0]).toMatchObject({ name: 'hotLoop', file: 'hot.mjs', line: 2 });
    expect(own[0]?.share).toBeGreaterThan(0.5);
  });
});
