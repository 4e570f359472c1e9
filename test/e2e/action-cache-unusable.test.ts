// The Action end to end when the cache service is down or hangs, or holds an entry perf-gate did not
// write (see harness.ts): the run goes on without a baseline and says why. Split from action.test.ts so
// that each file stays well under a minute on a busy machine.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ActionHarness, closedPort, warnings } from './harness.ts';

const SHA_MAIN_2 = '2222222222222222222222222222222222222222';

const h = new ActionHarness();

beforeAll(async () => {
  await h.start();
});

afterAll(async () => {
  await h.stop();
});

describe('the Action, when the cache cannot be used', () => {
  test('cache service down: a warning, verdict no-baseline, the step passes', async () => {
    const closed = await closedPort();
    const r = await h.prPush('8888888888888888888888888888888888888888', {
      env: { ACTIONS_RESULTS_URL: `http://127.0.0.1:${closed}/` },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(warnings(r).length).toBeGreaterThanOrEqual(1);
    // Said as it is: the cache could not be read, which is not "first run, or the baseline expired".
    expect(r.summary).toContain('The Actions cache could not be read (the connection to the cache service was refused)');
    expect(r.summary).not.toMatch(/first run|expired|HTTP 5\d\d/);
    expect(h.stickyComments(7)[0]!.body).toContain('could not be read');
  });

  test('cache service hanging: the restore gives up after the timeout and the run continues', async () => {
    h.cache.mode = 'hang';
    try {
      const r = await h.pushMain('3333333333333333333333333333333333333333', {
        env: { PERF_GATE_CACHE_TIMEOUT_SECONDS: '2' },
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(warnings(r).join('\n')).toMatch(/did not finish within 2 s/);
    } finally {
      h.cache.mode = 'ok';
    }
  });

  test('a foreign entry under the baseline prefix is reported and skipped, never trusted', async () => {
    expect((await h.pushMain(SHA_MAIN_2)).code).toBe(0);
    const newest = h.cache.visible(['refs/heads/main']).at(-1)!;
    const foreign = h.cache.plant(
      newest.key.replace(SHA_MAIN_2, 'e'.repeat(40)),
      newest.version,
      'refs/heads/main',
      h.archive(JSON.stringify({ note: 'written by some other tool', runs: 'many' })),
    );
    const r = await h.prPush('9999999999999999999999999999999999999999');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`Cache hit for restore-key: ${foreign.key}`);
    expect(warnings(r).join('\n')).toContain(`cache entry ${foreign.key} is not a usable perf-gate baseline`);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.summary).toMatch(/was not a usable perf-gate baseline \(.*\) and was ignored/);
  });
});
