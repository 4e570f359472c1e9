import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.ts';
import {
  editDistance,
  nearest,
  parseConfidence,
  parseDuration,
  parseInteger,
  parseThreshold,
} from '../../src/config/values.ts';
import { at } from '../helpers/assert.ts';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseThreshold: a bare number below 1 is ambiguous', () => {
  it.each([
    [0.1, '--threshold: 0.1 is ambiguous: write "10%" if you mean a fraction, or "0.1%"'],
    ['0.25', 'input threshold: "0.25" is ambiguous: write "25%" if you mean a fraction, or "0.25%"'],
  ])('%j is refused, naming its source and both readings', (input, start) => {
    const source = at(start.split(':'), 0);
    expect(messageOf(() => parseThreshold(input, source))).toBe(
      `${start} (a bare number is read as percent, and below 1 it is refused)`,
    );
  });
});

describe('parseThreshold: percent, with or without the % sign', () => {
  it.each([
    ['10%', 0.1],
    [10, 0.1],
    ['10', 0.1],
    [' 12.5 % ', 0.125],
    ['0.5%', 0.005],
    [1, 0.01],
    ['1.5', 0.015],
    ['1000%', 10],
    [1000, 10],
    ['.5%', 0.005],
    [12.3, 0.123],
  ])('%j → %d', (input, expected) => {
    expect(parseThreshold(input, 'x')).toBe(expected);
  });

  it.each([
    ['abc', '"abc"'],
    ['-5%', '"-5%"'],
    [-5, '-5'],
    [0, '0'],
    ['0%', '"0%"'],
    ['1000.1%', '"1000.1%"'],
    [1001, '1001'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [true, 'true'],
    [null, 'nothing'],
    [[10], 'a list'],
    [{ p: 1 }, 'a mapping'],
    ['10%%', '"10%%"'],
    ['10 percent', '"10 percent"'],
  ])('rejects %j', (input, shown) => {
    expect(messageOf(() => parseThreshold(input, 'perf-gate.yml: benchmarks[1].threshold'))).toBe(
      `perf-gate.yml: benchmarks[1].threshold: expected a percentage like "10%" (0% < t ≤ 1000%), got ${shown}`,
    );
  });
});

describe('parseDuration: numbers are ms, strings take ms/s/m/h', () => {
  it.each([
    [500, 500],
    ['500', 500],
    ['500ms', 500],
    ['2s', 2000],
    ['1.5s', 1500],
    ['1m', 60_000],
    ['1h', 3_600_000],
    [' 250 ms ', 250],
    ['0.1s', 100],
    ['24h', 86_400_000],
  ])('%j → %d ms', (input, expected) => {
    expect(parseDuration(input, 'x')).toBe(expected);
  });

  it('accepts 0 only when allowed', () => {
    expect(parseDuration(0, 'x', { allowZero: true })).toBe(0);
    expect(parseDuration('0s', 'x', { allowZero: true })).toBe(0);
    expect(messageOf(() => parseDuration(0, 'perf-gate.yml: time'))).toBe(
      'perf-gate.yml: time: expected a duration like "500ms", "2s" or "1m" (a bare number is milliseconds; 0 < d ≤ 24h), got 0',
    );
  });

  it.each([['abc'], ['2 sec'], ['-1s'], [-1], ['25h'], [86_400_001], ['1d'], [true], [[1]], ['s']])('rejects %j', (input) => {
    expect(messageOf(() => parseDuration(input, 'perf-gate.yml: timeout', { allowZero: true }))).toMatch(
      /^perf-gate\.yml: timeout: expected a duration like "500ms", "2s" or "1m" \(a bare number is milliseconds; 0 ≤ d ≤ 24h\), got .+$/,
    );
  });
});

describe('parseInteger and parseConfidence', () => {
  it('takes whole numbers in range only', () => {
    expect(parseInteger(3, 'x', 1)).toBe(3);
    expect(parseInteger(0, 'x', 0)).toBe(0);
    expect(messageOf(() => parseInteger(0, 'f: forks', 1))).toBe('f: forks: expected a whole number ≥ 1, got 0');
    expect(messageOf(() => parseInteger(2.5, 'f: forks', 1))).toBe('f: forks: expected a whole number ≥ 1, got 2.5');
    expect(messageOf(() => parseInteger('3', 'f: forks', 1))).toBe('f: forks: expected a whole number ≥ 1, got "3"');
    expect(messageOf(() => parseInteger(11, 'f: n', 1, 10))).toBe('f: n: expected a whole number from 1 to 10, got 11');
  });

  it('takes a fraction or a percentage string strictly between 0 and 1', () => {
    expect(parseConfidence(0.95, 'x')).toBe(0.95);
    expect(parseConfidence('99%', 'x')).toBe(0.99);
    for (const bad of [0, 1, 95, '0.95', '100%', 'high', -0.5]) {
      expect(messageOf(() => parseConfidence(bad, 'f: policy.confidence'))).toMatch(
        /^f: policy\.confidence: expected a confidence like 0\.95 or "95%" \(0 < c < 1\), got /,
      );
    }
  });
});

describe('nearest key suggestion', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('forsk', 'forks')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests plausible typos only', () => {
    const keys = ['threshold', 'thresholds', 'forks', 'time', 'timeout', 'warmupTime', 'maxExtraForks'];
    expect(nearest('forsk', keys)).toBe('forks');
    expect(nearest('thresold', keys)).toBe('threshold');
    expect(nearest('Timeout', keys)).toBe('timeout');
    expect(nearest('warmup_time', keys)).toBe('warmupTime');
    expect(nearest('maxextraforks', keys)).toBe('maxExtraForks');
    expect(nearest('zzzzzz', keys)).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
});
