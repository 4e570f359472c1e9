// The Action when the cache fails, end to end through the bundle (see harness.ts): what an outage may
// never do to the baseline, and what the summary says. The scenarios share the fakes' state, in order.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionHarness, warnings, type RunResult } from './harness.ts';

/** The smallest suite, for the scenarios where what is measured does not matter. */
const TINY = { config: 'tiny.perf-gate.yml' };
const h = new ActionHarness();

beforeAll(async () => {
  await h.start();
});

afterAll(async () => {
  await h.stop();
});

function mainEntries() {
  return h.cache.visible(['refs/heads/main']).filter((e) => e.key.startsWith('perf-gate-v1-'));
}

describe('the Action, when the cache fails', () => {
  test('two pushes on main build a history of two runs', async () => {
    expect((await h.pushMain('1'.repeat(40), { inputs: TINY })).code).toBe(0);
    const second = await h.pushMain('2'.repeat(40), { inputs: TINY });
    expect(second.code, second.stdout).toBe(0);
    expect(second.summary).toContain('1 run of history');
    expect(second.summary).toMatch(/This run is recorded in the baseline \(cache entry `perf-gate-v1-\w+-2{40}-\d+-1`, 2 runs\)/);
    expect(mainEntries()).toHaveLength(2);
  });

  test('a read failure the cache client swallows (HTTP 401) is not "no entry": no one-run history is saved over the real one', async () => {
    h.cache.failing = { GetCacheEntryDownloadURL: 401 };
    let r: RunResult;
    try {
      r = await h.pushMain('3'.repeat(40), { inputs: TINY });
    } finally {
      h.cache.failing = {};
    }
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(mainEntries()).toHaveLength(2);
    expect(h.cache.calls.filter((c) => c.method === 'CreateCacheEntry' && String(c.body.key).startsWith('perf-gate-v1-'))).toHaveLength(2);
    expect(r.stdout).not.toContain('no baseline entry found');
    expect(r.summary).toContain('The Actions cache could not be read (the cache service answered HTTP 401)');
    expect(r.summary).toContain('**This run is not recorded in the baseline:** the Actions cache could not be read');
    expect(r.summary).not.toMatch(/first run|expired|is recorded (in|as) the baseline/);
    expect(warnings(r).join('\n')).toContain('this run is not recorded in the baseline');
  });

  test('a 503 on reads that outlasts the timeout: nothing saved either', async () => {
    h.cache.failing = { GetCacheEntryDownloadURL: 503 };
    let r: RunResult;
    try {
      r = await h.pushMain('4'.repeat(40), { inputs: TINY, env: { PERF_GATE_CACHE_TIMEOUT_SECONDS: '2' } });
    } finally {
      h.cache.failing = {};
    }
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(mainEntries()).toHaveLength(2);
    expect(r.summary).toContain('**This run is not recorded in the baseline:**');
  });

  test('once the cache answers again, the whole history is there and grows', async () => {
    const r = await h.pushMain('5'.repeat(40), { inputs: TINY });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.summary).toContain('2 runs of history');
    expect(r.summary).toContain('3 runs)');
    expect(mainEntries()).toHaveLength(3);
  });
});
