// Which runs may be recorded in the baseline: complete ones, read from a store that answered, and
// measured while the machine was quiet.
import { describe, expect, it } from 'vitest';
import { percentagePolicy } from '../../src/compare/policies/index.ts';
import { compare } from '../../src/compare/index.ts';
import type { Judgement } from '../../src/core/seams.ts';
import { recordDecision } from '../../src/gate/gate.ts';
import { defaultSettings } from '../../src/gate/settings.ts';
import { bench, failed, results } from '../helpers/results.ts';

function judgement(doc = results([bench('a', 100), bench('b', 200)])): Judgement {
  const report = compare(null, doc, defaultSettings(percentagePolicy()));
  return { results: doc, report, failsGate: false };
}

describe('recordDecision', () => {
  it('records a complete run after a read that found nothing', () => {
    expect(recordDecision(judgement(), { history: null, reason: 'not-found' }, 'the cache')).toEqual({ record: true });
  });

  it('never records a run whose benchmarks failed', () => {
    const decision = recordDecision(judgement(results([bench('a', 100), failed('b', 'boom')])), { history: null }, 'the cache');
    expect(decision).toEqual({ record: false, why: '1 benchmark failed (b); a baseline holds only complete runs' });
  });

  it('never records after a read that failed', () => {
    const decision = recordDecision(judgement(), { history: null, reason: 'unavailable', detail: 'HTTP 503' }, 'the Actions cache');
    expect(decision.record).toBe(false);
    if (!decision.record) expect(decision.why).toContain('the Actions cache could not be read (HTTP 503)');
  });

  it('never records a run during which the machine was disturbed', () => {
    const j = judgement();
    const disturbed: Judgement = { ...j, report: { ...j.report, disturbance: { moved: ['a', 'b'], note: 'moved together' } } };
    const decision = recordDecision(disturbed, { history: null, reason: 'not-found' }, 'the cache');
    expect(decision).toEqual({ record: false, why: 'the machine was disturbed during this run, and a baseline holds only undisturbed runs' });
  });
});
