import { describe, expect, it } from 'vitest';
import { formatShanghaiDateTime, parseSiteDate, shanghaiParts, toW3CDateTime } from './time';

describe('parseSiteDate', () => {
  it('reads the old site format with its +0800 offset', () => {
    expect(parseSiteDate('2021-12-21 15:37:38 +0800')?.toISOString()).toBe(
      '2021-12-21T07:37:38.000Z',
    );
  });

  it('treats a date without offset as Asia/Shanghai wall-clock time', () => {
    expect(parseSiteDate('2021-12-08 10:46:18')?.toISOString()).toBe('2021-12-08T02:46:18.000Z');
    expect(parseSiteDate('2021-12-08')?.toISOString()).toBe('2021-12-07T16:00:00.000Z');
  });

  it('accepts ISO 8601 and other offsets', () => {
    expect(parseSiteDate('2021-12-08T10:46:18+08:00')?.toISOString()).toBe(
      '2021-12-08T02:46:18.000Z',
    );
    expect(parseSiteDate('2021-12-08 02:46:18 Z')?.toISOString()).toBe('2021-12-08T02:46:18.000Z');
    expect(parseSiteDate('2021-12-08 10:46:18 -0500')?.toISOString()).toBe(
      '2021-12-08T15:46:18.000Z',
    );
  });

  it.each([
    '',
    ' +0800',
    '+0800',
    'yesterday',
    '2021-02-30 10:00:00',
    '2021-13-01',
    '2021-12-08 25:00:00',
  ])('refuses %j', (value) => {
    expect(parseSiteDate(value)).toBeNull();
  });
});

describe('Shanghai formatting', () => {
  const instant = new Date('2021-12-21T16:30:05Z'); // past midnight in Shanghai

  it('uses the Shanghai calendar day', () => {
    expect(shanghaiParts(instant)).toMatchObject({
      year: '2021',
      month: '12',
      day: '22',
      hour: '00',
    });
  });

  it('formats for readers and for machines', () => {
    expect(formatShanghaiDateTime(instant)).toBe('2021-12-22 00:30');
    expect(toW3CDateTime(instant)).toBe('2021-12-22T00:30:05+08:00');
  });
});
