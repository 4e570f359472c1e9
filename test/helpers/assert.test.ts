import { describe, expect, it } from 'vitest';
import { at, byName, defined, exactly, group, metric, only } from './assert.ts';

describe('test assertions', () => {
  it('return what is there', () => {
    expect(defined(0)).toBe(0);
    expect(at([1, 2, 3], -1)).toBe(3);
    expect(only(['a'])).toBe('a');
    expect(exactly([1, 2], 2)).toEqual([1, 2]);
    expect(byName([{ name: 'a' }, { name: 'b', v: 1 }], 'b')).toEqual({ name: 'b', v: 1 });
    expect(group('took 12 ms', /(\d+) ms/)).toBe('12');
    expect(metric({ name: 'b', metrics: { p50: 1 } }, 'p50')).toBe(1);
  });
  it('throw a message that says what was missing', () => {
    expect(() => defined<number>(undefined, 'the report')).toThrow('expected the report to be defined, got undefined');
    expect(() => at([1], 1)).toThrow('expected an item at index 1, the list has 1');
    expect(() => only([1, 2])).toThrow('expected exactly one item, got 2');
    expect(() => exactly([1], 2)).toThrow('expected exactly 2 items, got 1');
    expect(() => byName([{ name: 'a' }, { name: 'a' }], 'a')).toThrow('expected one item named "a", found 2 among a, a');
    expect(() => byName([], 'a')).toThrow('found 0 among none');
    expect(() => group('no number', /(\d+)/)).toThrow('to match "no number"');
    expect(() => metric({ name: 'b', metrics: { p50: 1 } }, 'p99')).toThrow('expected benchmark "b" to have metric p99, it has p50');
  });
});
