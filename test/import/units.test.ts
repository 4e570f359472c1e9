import { describe, expect, it } from 'vitest';
import { directionFromUnit } from '../../src/core/metrics.ts';
import { directionOf, metricNameFromUnit, normaliseUnit } from '../../src/import/common.ts';

describe('unit normalisation, metric names and directions of imported metrics', () => {
  it('normalises time, rates and bytes', () => {
    expect(normaliseUnit(2.5, 'us')).toEqual({ value: 2500, unit: 'ns' });
    expect(normaliseUnit(3, 'ms/op')).toEqual({ value: 3e6, unit: 'ns' });
    expect(normaliseUnit(7, 'ns/iter')).toEqual({ value: 7, unit: 'ns' });
    expect(normaliseUnit(1.5, 's')).toEqual({ value: 1.5e9, unit: 'ns' });
    expect(normaliseUnit(4, 'ops/ms')).toEqual({ value: 4000, unit: 'ops/s' });
    expect(normaliseUnit(2, 'ops/us')).toEqual({ value: 2e6, unit: 'ops/s' });
    expect(normaliseUnit(850.5, 'MB/sec')).toEqual({ value: 850.5e6, unit: 'B/s' });
    expect(normaliseUnit(2, 'KiB')).toEqual({ value: 2048, unit: 'B' });
    expect(normaliseUnit(144, 'B/op')).toEqual({ value: 144, unit: 'B' });
    expect(normaliseUnit(3, 'req/ms')).toEqual({ value: 3000, unit: 'req/s' });
    expect(normaliseUnit(9, 'fields/op')).toEqual({ value: 9, unit: 'fields/op' });
    expect(normaliseUnit(1, 'count')).toEqual({ value: 1, unit: 'count' });
  });

  it('names extra metrics after their unit', () => {
    expect(metricNameFromUnit('B/op')).toBe('bytes_per_op');
    expect(metricNameFromUnit('allocs/op')).toBe('allocs_per_op');
    expect(metricNameFromUnit('MB/s')).toBe('bytes_per_second');
    expect(metricNameFromUnit('fields/op')).toBe('fields_per_op');
  });

  it('derives direction per metric from the unit (generic per-op and per-second rules)', () => {
    expect(directionFromUnit('fields/op')).toBe('lower');
    expect(directionFromUnit('instructions/iter')).toBe('lower');
    expect(directionFromUnit('fields/s')).toBe('higher');
    expect(directionFromUnit('req/s')).toBe('higher');
    expect(directionFromUnit('B/s')).toBe('higher');
    expect(directionFromUnit('count')).toBeUndefined();
    expect(directionOf('throughput', 'ops/s')).toBe('higher');
    expect(directionOf('p99', 'ns')).toBe('lower');
    expect(directionOf('copies', '')).toBe('lower');
  });
});
