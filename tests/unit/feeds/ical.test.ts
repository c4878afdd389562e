import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { foldLine, icalendar, icalText } from '../../../src/lib/feeds/ical.ts';
import { fixtureSite, fixtureTimeline } from './fixture.ts';

const text = icalendar(fixtureTimeline, fixtureSite);

describe('iCalendar (RFC 5545)', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('parses with ical.js and has one VEVENT per event', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    expect(comp.name).toBe('vcalendar');
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(String(comp.getFirstPropertyValue('refresh-interval'))).toBe('PT6H');
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.uid)).toEqual([
      'port-strike-talks-resume-s0@timeline.example.org',
      'port-strike-talks-resume-s2@timeline.example.org',
      'union-vote-scheduled-s0@timeline.example.org',
      'port-strike-talks-resume-s1@timeline.example.org',
    ]);
  });

  it('writes all-day events as DATE values and timed ones in UTC', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    const [allDay, timed, , deadline] = comp.getAllSubcomponents('vevent');
    const start = allDay!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2024-03-11');
    expect((allDay!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2024-03-12');
    const t = timed!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(t.isDate).toBe(false);
    expect(t.zone?.tzid).toBe('UTC');
    expect(t.toString()).toBe('2024-03-12T01:25:00Z');
    expect(deadline!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(deadline!.getFirstProperty('categories')!.getValues()).toEqual(['Scheduled', 'port operators', 'dockworkers’ union']);
    expect(allDay!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(allDay!.getFirstPropertyValue('url')).toBe('https://timeline.example.org/news/days/2024-03-11/#port-strike-talks-resume-s0');
  });

  it('round-trips commas, semicolons, backslashes and newlines', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    const timed = comp.getAllSubcomponents('vevent')[1]!;
    expect(timed.getFirstPropertyValue('summary')).toBe('Mayor Ortiz says the city will not intervene, for now; “unless asked”');
    const description = timed.getFirstPropertyValue('description') as string;
    expect(description).toContain('the city, the state; and the port\\authority');
    expect(description.split('\n').length).toBeGreaterThan(3);
    expect(icalText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('uses CRLF and folds lines at 75 octets without splitting characters', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is deterministic: DTSTAMP from the content, identical under any machine zone', () => {
    expect(text).toContain('DTSTAMP:20240313T000000Z');
    process.env.TZ = 'Pacific/Kiritimati';
    const kiritimati = icalendar(fixtureTimeline, fixtureSite);
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = icalendar(fixtureTimeline, fixtureSite);
    expect(kiritimati).toBe(text);
    expect(losAngeles).toBe(text);
  });
});
