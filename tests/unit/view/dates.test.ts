import { afterEach, describe, expect, it } from 'vitest';
import { addDays, formatArticleDate, formatClock, formatDay, formatEventTime, formatMonth, formatOffset, parseDay } from '../../../src/lib/view/dates.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar days', () => {
  it('spells a day as written, whatever the machine zone', () => {
    const out: string[] = [];
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      out.push([formatDay('2025-11-24', 'full'), formatDay('2025-01-01', 'short'), formatDay('2024-12-31', 'weekday'), formatMonth('2025-11')].join('|'));
    }
    expect(new Set(out).size).toBe(1);
    expect(out[0]).toBe('Monday, November 24, 2025|Jan 1|Tuesday|November 2025');
  });

  it('formats every style', () => {
    expect(formatDay('2025-11-23', 'long')).toBe('November 23, 2025');
    expect(formatDay('2025-11-23', 'medium')).toBe('Sun, Nov 23, 2025');
  });

  it('adds days across months, years and DST changes', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    process.env.TZ = 'America/New_York';
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-11-01', 2)).toBe('2025-11-03');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => parseDay('2025-02-30')).toThrow();
    expect(() => parseDay('Nov 23')).toThrow();
  });
});

describe('times', () => {
  it('prints clock times as written', () => {
    process.env.TZ = 'Asia/Tokyo';
    expect(formatClock('21:25')).toBe('9:25 PM');
    expect(formatClock('00:05')).toBe('12:05 AM');
  });

  it('states the zone of an event time', () => {
    expect(formatEventTime({ date: '2025-11-23', time: '21:25', timeZone: 'America/New_York' })).toEqual({ label: '9:25 PM EST', datetime: '2025-11-23T21:25' });
    expect(formatEventTime({ date: '2025-07-01', time: '9:00', timeZone: 'America/New_York' })?.label).toBe('9:00 AM EDT');
    expect(formatEventTime({ date: '2025-11-24', partOfDay: 'morning' })).toEqual({ label: 'Morning' });
    expect(formatEventTime({ date: '2025-11-24' })).toBeUndefined();
  });

  it('formats offsets', () => {
    expect(formatOffset('-05:00')).toBe('UTC−5');
    expect(formatOffset('+05:30')).toBe('UTC+5:30');
    expect(formatOffset('Z')).toBe('UTC');
  });
});

describe('article dates', () => {
  it('keeps the local day of a date-time with offset (late evening ET is the next day in UTC)', () => {
    for (const tz of ['UTC', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      const v = formatArticleDate({ value: '2025-11-23T21:25:00-05:00', day: '2025-11-23', precision: 'minute', source: 'published' });
      expect(v).toEqual({ label: 'November 23, 2025, 9:25 PM UTC−5', datetime: '2025-11-23T21:25:00-05:00', inferred: false, evidence: undefined });
    }
    expect(formatArticleDate({ value: '2025-11-23T21:25:00-05:00', day: '2025-11-23', precision: 'minute', source: 'published' }, 'America/New_York').label).toBe(
      'November 23, 2025, 9:25 PM EST',
    );
  });

  it('shows inferred dates at their precision with their evidence', () => {
    const d = formatArticleDate({ value: '2025-11-24', day: '2025-11-24', precision: 'day', source: 'inferred', evidence: 'the dateline' });
    expect(d).toEqual({ label: 'November 24, 2025', datetime: '2025-11-24', inferred: true, evidence: 'the dateline' });
    expect(formatArticleDate({ value: '2025-11', day: '2025-11-01', precision: 'month', source: 'inferred' })).toMatchObject({ label: 'November 2025', datetime: '2025-11' });
    expect(formatArticleDate({ value: '2025', day: '2025-01-01', precision: 'year', source: 'inferred' })).toMatchObject({ label: '2025', datetime: '2025' });
  });
});
